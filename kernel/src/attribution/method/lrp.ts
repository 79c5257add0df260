/**
 * Layer-wise relevance propagation with a composite (methods.md §2–4): the named composites, LRP-0 on
 * every layer, and `lrp` with the user's own table. Relevance starts as the explained logit and flows
 * back through the rules the composite assigns.
 */
import { assignRules, COMPOSITE_NAMES, namedComposite, type Composite } from "../../composites";
import { check } from "../../errors";
import type { ExplainOptions } from "../explain";
import type { Method } from "./method";
import { propagationPlan } from "./propagation";

/** The rule parameters every LRP method reads. */
const RULE_PARAMETERS = ["epsilon", "gamma", "alpha", "beta", "low", "high", "zeroBias"] as const;

/** One method per named composite (aliases included), LRP-0, and `lrp` with a custom table. */
export const LRP_METHODS: readonly Method[] = [
  ...COMPOSITE_NAMES.map((name) => lrpMethod(name, (o) => namedComposite(name, o))),
  lrpMethod("lrp", (o) => o.composite!, ["composite"]),
];

/** An LRP method that explains with the composite `compositeOf(options)`. */
export function lrpMethod(name: string, compositeOf: (options: ExplainOptions) => Composite, extra: readonly (keyof ExplainOptions)[] = []): Method {
  return {
    name,
    family: "lrp",
    summary: `LRP with the composite ${name}`,
    parameters: [...RULE_PARAMETERS, ...extra],
    layers: true,
    plan: (graph, options) => propagationPlan(graph, assignRules(graph, compositeOf(options)), "logit"),
  };
}

/** `lrp` needs a table; checked with the method name, before the graph is built. */
export function checkLrpOptions(name: string, options: ExplainOptions): void {
  if (name === "lrp") check(Array.isArray(options.composite), "method 'lrp' needs a composite table (options.composite)");
}

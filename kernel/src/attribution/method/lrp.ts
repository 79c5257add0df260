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

/** Bounds that let a box composite be built to read its parameters. */
const ANY_BOUNDS = { low: 0, high: 1 } as const;

/** What each named composite does, in one line. */
const SUMMARIES: Readonly<Record<string, string>> = {
  epsilon: "LRP-ε on every layer (epsilon)",
  "lrp-epsilon": "the same as epsilon",
  zplus: "LRP z⁺ (= α1β0) on every layer",
  alpha1beta0: "the same as zplus",
  alpha2beta1: "LRP-αβ on every layer (alpha, beta; α − β = 1)",
  "epsilon-plus": "z⁺ on conv layers, ε on dense layers",
  "epsilon-plus-flat": "flat on the first layer, z⁺ on conv, ε on dense (the default)",
  "epsilon-gamma-box": "box on the first layer (needs low, high), γ on conv, ε on dense",
  "epsilon-alpha2beta1": "αβ on conv layers, ε on dense layers",
  "dtd-zb": "deep Taylor: box rule on the first layer (needs low, high), z⁺ elsewhere",
  dtd: "the same as dtd-zb",
  "dtd-w2": "deep Taylor: w² rule on the first layer (inputs in ℝ), z⁺ elsewhere",
  "lrp-0": "LRP-0 on every layer (equals gradient × input on ReLU nets)",
  lrp: "a custom composite table (options.composite): library API only",
};

/** One method per named composite (aliases included), and `lrp` with a custom table. */
export const LRP_METHODS: readonly Method[] = [
  ...COMPOSITE_NAMES.map((name) => lrpMethod(name, (o) => namedComposite(name, o), ruleParameters(namedComposite(name, ANY_BOUNDS)))),
  lrpMethod("lrp", (o) => o.composite!, ["composite"]),
];

/** An LRP method that explains with the composite `compositeOf(options)`. */
export function lrpMethod(name: string, compositeOf: (options: ExplainOptions) => Composite, parameters: readonly (keyof ExplainOptions)[]): Method {
  return {
    name,
    family: "lrp",
    summary: SUMMARIES[name] ?? `LRP with the composite ${name}`,
    parameters,
    layers: true,
    plan: (graph, options) => propagationPlan(graph, assignRules(graph, compositeOf(options)), "logit"),
  };
}

/**
 * The options a table's rules read (each rule's `params`: ε, γ, α/β, low/high), and zeroBias, which every
 * dense/conv rule takes: the parameters a named composite accepts (the others would be ignored).
 */
export function ruleParameters(composite: Composite): (keyof ExplainOptions)[] {
  const keys = new Set<keyof ExplainOptions>(["zeroBias"]);
  for (const { rule } of composite) for (const key of Object.keys(rule.params)) keys.add(key as keyof ExplainOptions);
  return [...keys];
}

/** `lrp` needs a table; checked with the method name, before the graph is built. */
export function checkLrpOptions(name: string, options: ExplainOptions): void {
  if (name === "lrp") check(Array.isArray(options.composite), "method 'lrp' needs a composite table (options.composite)");
}

/**
 * Layer-wise relevance propagation with a composite (methods.md §2–4): the named composites, LRP-0 on
 * every layer, and `lrp` with the user's own table. Relevance starts as the explained logit and flows
 * back through the rules the composite assigns.
 */
import * as tf from "@tensorflow/tfjs";
import { assignRules, COMPOSITE_NAMES, namedComposite, type Composite } from "../../composites";
import { XaiError, check } from "../../errors";
import { forward } from "../../graph/forward";
import type { Graph } from "../../graph/graph";
import { lrp0, type Rule } from "../../rules";
import type { ExplainOptions } from "../explain";
import { selector } from "../gradient";
import { propagateRelevance } from "../lrp";
import { boundsTensor } from "../lrp/linear";
import { predictedClasses, type Method, type Plan } from "./method";

/** The rule parameters every LRP method reads. */
const RULE_PARAMETERS = ["epsilon", "gamma", "alpha", "beta", "low", "high", "zeroBias"] as const;

/** One method per named composite (aliases included), LRP-0, and `lrp` with a custom table. */
export const LRP_METHODS: readonly Method[] = [
  ...COMPOSITE_NAMES.map((name) => lrpMethod(name, (o) => namedComposite(name, o))),
  lrpMethod("lrp-0", (o) => [{ match: { kind: "linear" }, rule: lrp0({ zeroBias: o.zeroBias }) }]),
  lrpMethod("lrp", (o) => o.composite!, ["composite"]),
];

/** An LRP method that explains with the composite `compositeOf(options)`. */
export function lrpMethod(name: string, compositeOf: (options: ExplainOptions) => Composite, extra: readonly (keyof ExplainOptions)[] = []): Method {
  return {
    name,
    family: "lrp",
    summary: `LRP with the composite ${name}`,
    parameters: [...RULE_PARAMETERS, ...extra],
    plan: (graph, options) => lrpPlan(graph, assignRules(graph, compositeOf(options))),
  };
}

/** The computation of LRP with the given rule of each linear node. */
export function lrpPlan(graph: Graph, rules: ReadonlyMap<number, Rule>): Plan {
  return {
    rules,
    checkInput: (shape) => checkRuleBounds(graph, rules, shape),
    async compute(chunk) {
      const { batch } = chunk;
      const classes = graph.nodes[graph.output]!.outputShape[1] as number;
      const acts = tf.tidy(() => forward(graph, batch));
      const logits = acts[graph.output]!;
      try {
        const targets = chunk.targets ? [...chunk.targets] : await predictedClasses(logits);
        return tf.tidy(() => {
          const start = tf.mul(logits, selector(targets, classes));
          const perLayer = propagateRelevance(graph, acts, start, rules, { keepLayers: chunk.layers });
          const relevance = perLayer[0] ?? tf.zerosLike(batch);
          const n = batch.shape[0]!;
          const layers = chunk.layers ? perLayer.map((r, id) => r ?? tf.zeros([n, ...(graph.nodes[id]!.outputShape.slice(1) as number[])])) : undefined;
          return { relevance, logits, targets, ...(layers ? { layers } : {}) };
        });
      } finally {
        // The stored activations, but for the logits (returned) and the batch itself (the caller's).
        for (const t of new Set(acts)) if (t !== logits && t !== batch) t.dispose();
      }
    },
  };
}

/** Bounds of the box rule must fit the layer input they apply to; checked before any work. */
function checkRuleBounds(graph: Graph, rules: ReadonlyMap<number, Rule>, inputShape: readonly number[]): void {
  for (const [id, rule] of rules) {
    if (rule.low === undefined && rule.high === undefined) continue;
    const node = graph.nodes[id]!;
    const producer = graph.nodes[node.inputs[0]!]!;
    const shape = producer.kind === "input" ? inputShape : [1, ...(producer.outputShape.slice(1) as number[])];
    try {
      tf.tidy(() => {
        boundsTensor(rule.low, shape, "low");
        boundsTensor(rule.high, shape, "high");
      });
    } catch (e) {
      throw new XaiError(`${(e as Error).message} (rule ${rule.name} on layer '${node.name}')`);
    }
  }
}

/** `lrp` needs a table; checked with the method name, before the graph is built. */
export function checkLrpOptions(name: string, options: ExplainOptions): void {
  if (name === "lrp") check(Array.isArray(options.composite), "method 'lrp' needs a composite table (options.composite)");
}

/**
 * Methods that propagate relevance layer by layer with a rule on every layer (LRP, guided backprop,
 * the deconvnet): one forward pass that stores every activation, then one backward sweep.
 */
import * as tf from "@tensorflow/tfjs";
import type { AssignedRule } from "../../composites";
import { XaiError } from "../../errors";
import { forward } from "../../graph/forward";
import type { Graph } from "../../graph/graph";
import type { LayerRule, Rule } from "../../rules";
import { selector } from "../gradient";
import { propagateRelevance } from "../lrp";
import { boundsTensor } from "../lrp/linear";
import { predictedClasses, type Plan } from "./method";
import { padBounds } from "./paddedBounds";

/**
 * Where the backward sweep starts: "logit", the explained logit (LRP, methods.md §2), or "one", the
 * one-hot vector (the gradient and the methods that modify it).
 */
export type Start = "logit" | "one";

/** The computation with the given rule of each node, the sweep starting at `start`. */
export function propagationPlan(graph: Graph, assigned: ReadonlyMap<number, AssignedRule>, start: Start): Plan {
  // Zero padding between the input and a box rule's layer gets bounds 0 (paddedBounds.ts).
  const rules = padBounds(graph, new Map([...assigned].map(([id, a]) => [id, a.rule])));
  return {
    rules: assigned,
    checkInput: (shape) => checkRuleBounds(graph, rules, shape),
    async compute(chunk) {
      const { batch } = chunk;
      const classes = graph.nodes[graph.output]!.outputShape[1] as number;
      const acts = tf.tidy(() => forward(graph, batch));
      const logits = acts[graph.output]!;
      try {
        const targets = chunk.targets ? [...chunk.targets] : await predictedClasses(logits);
        return tf.tidy(() => {
          const oneHot = selector(targets, classes);
          const perLayer = propagateRelevance(graph, acts, start === "logit" ? tf.mul(logits, oneHot) : oneHot, rules, { keepLayers: chunk.layers });
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
function checkRuleBounds(graph: Graph, rules: ReadonlyMap<number, Rule | LayerRule>, inputShape: readonly number[]): void {
  for (const [id, rule] of rules) {
    if (!("parts" in rule) || (rule.low === undefined && rule.high === undefined)) continue;
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

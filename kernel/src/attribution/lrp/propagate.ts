/**
 * The generic engine of the layer rules (rules/layer.ts) on any layer: `R_in = in(x) ⊙ B(out(R))`.
 * The backward map B "gradient" is the graph's own vector–Jacobian product of each node
 * (graph/backward.ts, the same on every backend): max pooling routes to the first maximum of each
 * window, average pooling divides by the in-image inputs of each window, an addition copies, a
 * concatenation splits, reshaping and padding move data back, a dense/conv layer is Wᵀ.
 */
import * as tf from "@tensorflow/tfjs";
import { backwardNode } from "../../graph/backward";
import type { Graph, GraphNode } from "../../graph/graph";
import type { LayerRule } from "../../rules";
import { divideStabilised } from "./linear";

/**
 * Relevance at each input of `node` by the layer rule `rule`, given relevance `R` at its output;
 * `inputs` are the node's input activations and `z` its output. Call inside `tf.tidy`.
 */
export function propagateLayer(graph: Graph, node: GraphNode, inputs: tf.Tensor[], z: tf.Tensor, R: tf.Tensor, rule: LayerRule): tf.Tensor[] {
  const s = rule.output === "relevance" ? R : rule.output === "positive" ? tf.relu(R) : divideStabilised(R, z, rule.epsilon);
  const back = rule.backward === "identity" ? inputs.map((x) => (sameShape(x, s) ? s : tf.reshape(s, x.shape))) : backwardNode(graph, node, inputs, s);
  return back.map((b, k) => {
    const x = inputs[k]!;
    if (rule.input === "x") return tf.mul(x, b);
    return sameShape(x, b) ? b : tf.broadcastTo(b, x.shape);
  });
}

function sameShape(a: tf.Tensor, b: tf.Tensor): boolean {
  return a.rank === b.rank && a.shape.every((d, i) => d === b.shape[i]);
}

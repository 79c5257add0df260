/**
 * The gradient family (methods.md §2): the gradient of the explained logit with respect to the input,
 * its square (sensitivity analysis, which decomposes ‖∇f‖², not f), and gradient × input.
 */
import * as tf from "@tensorflow/tfjs";
import { backward } from "../graph/backward";
import { forward } from "../graph/forward";
import type { Graph } from "../graph/graph";

/**
 * ∂f_t/∂x for each sample's target t, and the logits: one forward pass and one explicit backward pass
 * (graph/backward.ts), with the activations freed on the way down. Call inside `tf.tidy`.
 */
export function inputGradient(graph: Graph, x: tf.Tensor, targets: readonly number[]): { gradient: tf.Tensor; logits: tf.Tensor } {
  const acts = forward(graph, x);
  const logits = acts[graph.output]!;
  const gradient = backward(graph, acts, selector(targets, logits.shape[1]!));
  return { gradient, logits };
}

/** The one-hot rows that pick each sample's target from the logits (the gradient's starting vector). */
export function selector(targets: readonly number[], classes: number): tf.Tensor2D {
  // tf.oneHot refuses depth 1; a single-output model (one logit, a regression) selects its only unit.
  if (classes === 1) return tf.ones([targets.length, 1]);
  return tf.oneHot(tf.tensor1d(targets as number[], "int32"), classes).toFloat() as tf.Tensor2D;
}

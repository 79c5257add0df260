/**
 * The gradient family (methods.md §2): the gradient of the explained logit with respect to the input,
 * its square (sensitivity analysis, which decomposes ‖∇f‖², not f), and gradient × input.
 */
import * as tf from "@tensorflow/tfjs";
import { forward } from "../graph/forward";
import type { Graph } from "../graph/graph";

/** ∂f_t/∂x for each sample's target t, and the logits, from one forward and one backward pass. Call inside `tf.tidy`. */
export function inputGradient(graph: Graph, x: tf.Tensor, targets: readonly number[]): { gradient: tf.Tensor; logits: tf.Tensor } {
  let kept: tf.Tensor | null = null;
  const f = (input: tf.Tensor): tf.Scalar => {
    const out = forward(graph, input)[graph.output]!;
    // The gradient scope frees its intermediates; keep the logits and hand a tracked clone out below.
    kept = tf.keep(out);
    return tf.sum(tf.mul(out, selector(targets, out.shape[1]!)));
  };
  const { value, grad } = tf.valueAndGrad(f)(x);
  value.dispose();
  const held = kept as tf.Tensor | null;
  const logits = held!.clone();
  held!.dispose();
  return { gradient: grad, logits };
}

/** The one-hot rows that pick each sample's target from the logits (the gradient's starting vector). */
export function selector(targets: readonly number[], classes: number): tf.Tensor2D {
  // tf.oneHot refuses depth 1; a single-output model (one logit, a regression) selects its only unit.
  if (classes === 1) return tf.ones([targets.length, 1]);
  return tf.oneHot(tf.tensor1d(targets as number[], "int32"), classes).toFloat() as tf.Tensor2D;
}

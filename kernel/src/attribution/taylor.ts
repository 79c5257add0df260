/**
 * Simple Taylor decomposition (methods.md §2): `R_i = ∂f/∂x_i|x̃ · (x_i − x̃_i)` at a root point x̃
 * (f(x̃) = 0).
 *
 * - "nearest" (default): the nearest root of the first-order expansion at x,
 *   x̃ = x − f(x)·∇f(x)/‖∇f(x)‖², with the gradient taken at x. For a piecewise-linear (ReLU) net the
 *   gradient is the same everywhere on x's linear piece, so this is the exact nearest root whenever it
 *   lies on that piece; it gives R_i = f(x)·(∂f/∂x_i)²/‖∇f‖², which sums to f(x). (Iterating Newton
 *   steps instead can leave the piece and land on a root that explains nothing, e.g. 0 for max(x1, x2).)
 * - "zero": x̃ = 0, the gradient taken at 0.
 * - a tensor: x̃ itself (broadcast to the input), the gradient taken at x̃.
 */
import * as tf from "@tensorflow/tfjs";
import { check } from "../errors";
import type { Graph } from "../graph/graph";
import { inputGradient, selector } from "./gradient";

export type RootPoint = "nearest" | "zero" | tf.Tensor;

export interface TaylorOptions {
  root?: RootPoint;
}

/** Relevance and the logits at x. Call inside `tf.tidy`. */
export function taylor(graph: Graph, x: tf.Tensor, targets: readonly number[], options: TaylorOptions): { relevance: tf.Tensor; logits: tf.Tensor } {
  const root = options.root ?? "nearest";
  const atX = inputGradient(graph, x, targets);
  if (root === "nearest") {
    const axes = x.shape.slice(1).map((_, i) => i + 1);
    const f = tf.sum(tf.mul(atX.logits, selector(targets, atX.logits.shape[1]!)), 1);
    const norm = tf.sum(tf.square(atX.gradient), axes);
    // A vanishing gradient (a flat region) has no root along it: relevance 0 there.
    const step = tf.where(tf.greater(norm, 0), tf.div(f, tf.maximum(norm, 1e-30)), tf.zerosLike(f));
    const xMinusRoot = tf.mul(atX.gradient, tf.reshape(step, [-1, ...axes.map(() => 1)]));
    return { relevance: tf.mul(atX.gradient, xMinusRoot), logits: atX.logits };
  }
  let xr: tf.Tensor;
  if (root === "zero") xr = tf.zerosLike(x);
  else {
    check(root instanceof tf.Tensor, () => `unknown root point ${JSON.stringify(root)}: use "nearest", "zero" or a tensor`);
    xr = broadcastRoot(root, x);
  }
  const atRoot = inputGradient(graph, xr, targets);
  return { relevance: tf.mul(atRoot.gradient, tf.sub(x, xr)), logits: atX.logits };
}

function broadcastRoot(root: tf.Tensor, x: tf.Tensor): tf.Tensor {
  const message = `root point of shape [${root.shape.join(", ")}] cannot be broadcast to the input [${x.shape.join(", ")}]`;
  check(root.rank <= x.rank, message);
  const aligned = [...new Array<number>(x.rank - root.rank).fill(1), ...root.shape];
  check(
    aligned.every((d, i) => d === 1 || d === x.shape[i]),
    message,
  );
  return tf.broadcastTo(root, x.shape);
}

/**
 * Simple Taylor decomposition (methods.md §2): `R_i = ∂f/∂x_i|x̃ · (x_i − x̃_i)` at a root point x̃
 * (f(x̃) = 0). The default searches the nearest root along the gradient with Newton steps, which for a
 * piecewise-linear (ReLU) net lands on the root of the local linear piece; "zero" uses x̃ = 0; a tensor
 * gives x̃ directly (broadcast to the input).
 */
import * as tf from "@tensorflow/tfjs";
import { check } from "../errors";
import type { Graph } from "../graph/graph";
import { inputGradient, selector } from "./gradient";

export type RootPoint = "nearest" | "zero" | tf.Tensor;

export interface TaylorOptions {
  root?: RootPoint;
  /** Newton steps of the "nearest" search (default 10). */
  rootSteps?: number;
}

/** Relevance and the logits at x. Call inside `tf.tidy`. */
export function taylor(graph: Graph, x: tf.Tensor, targets: readonly number[], options: TaylorOptions): { relevance: tf.Tensor; logits: tf.Tensor } {
  const root = options.root ?? "nearest";
  const { logits } = inputGradient(graph, x, targets);
  let xr: tf.Tensor;
  if (root === "zero") xr = tf.zerosLike(x);
  else if (root instanceof tf.Tensor) {
    check(root.rank <= x.rank, `root point of shape [${root.shape.join(", ")}] cannot be broadcast to the input [${x.shape.join(", ")}]`);
    try {
      xr = tf.broadcastTo(root, x.shape);
    } catch {
      check(false, `root point of shape [${root.shape.join(", ")}] cannot be broadcast to the input [${x.shape.join(", ")}]`);
    }
  } else {
    check(root === "nearest", `unknown root point ${JSON.stringify(root)}: use "nearest", "zero" or a tensor`);
    xr = nearestRoot(graph, x, targets, options.rootSteps ?? 10);
  }
  const { gradient } = inputGradient(graph, xr, targets);
  return { relevance: tf.mul(gradient, tf.sub(x, xr)), logits };
}

/** Newton steps x ← x − f(x)·∇f/‖∇f‖² per sample, stopping a sample once |f| is negligible. */
function nearestRoot(graph: Graph, x: tf.Tensor, targets: readonly number[], steps: number): tf.Tensor {
  const axes = x.shape.slice(1).map((_, i) => i + 1);
  const perSample = [-1, ...x.shape.slice(1).map(() => 1)];
  let xr = x;
  for (let k = 0; k < steps; k++) {
    const { gradient, logits } = inputGradient(graph, xr, targets);
    const f = tf.sum(tf.mul(logits, selector(targets, logits.shape[1]!)), 1);
    const norm = tf.sum(tf.square(gradient), axes);
    // Samples with a vanishing gradient (flat region) stay where they are.
    const step = tf.where(tf.greater(norm, 1e-12), tf.div(f, tf.maximum(norm, 1e-12)), tf.zerosLike(f));
    xr = tf.sub(xr, tf.mul(gradient, tf.reshape(step, perSample)));
    if (tf.max(tf.abs(f)).dataSync()[0]! < 1e-6) break;
  }
  return xr;
}

/**
 * The L2 penalties of activation maximisation (Montavon et al. 2018, §1), as objectives with the sign
 * already applied (they are added to the class score):
 *  - decay −λ‖x‖²: plain AM, the isotropic Gaussian expert centred at 0;
 *  - −λ‖x − x̄‖² with x̄ the data mean: the same expert centred on the data;
 *  - −λ‖x − x0‖²: local AM, a prototype kept near the data point x0 ("from global to local analysis");
 *  - −λ‖z‖² on the code of a decoder x = g(z): AM in code space.
 */
import * as tf from "@tensorflow/tfjs";
import { XaiError, check } from "../../errors";
import { Objective } from "../objectives/objective";

export interface L2Options {
  /** Weight λ ≥ 0 (default 0.01). */
  lambda?: number;
  /** The point the prototype is kept near: a number, or a tensor shaped like one input ([1, ...] allowed). */
  center?: number | tf.Tensor;
  /** A name for the center in the settings, e.g. "data mean" or "x0". */
  centerName?: string;
}

/** −λ‖x − center‖² per prototype (center 0 by default). The center tensor is used, not copied: keep it alive. */
export function l2(options: L2Options = {}): Objective {
  const lambda = weight(options.lambda ?? 0.01, "l2");
  const center = options.center ?? 0;
  check(typeof center === "number" || center instanceof tf.Tensor, "l2 center must be a number or a tf.Tensor");
  const centerSpec = typeof center === "number" ? center : (options.centerName ?? `tensor [${center.shape.join(", ")}]`);
  return new Objective(
    { kind: "l2", lambda, center: centerSpec },
    (ctx) => {
      const x = ctx.image;
      const diff = typeof center === "number" ? (center === 0 ? x : tf.sub(x, center)) : tf.sub(x, reshapedCenter(center, x));
      return tf.mul(sumPerSample(tf.square(diff)), -lambda);
    },
    (info) => {
      if (typeof center === "number") return;
      const size = info.inputShape.reduce((a, b) => a * b, 1);
      check(center.size === size, `l2 center of shape [${center.shape.join(", ")}] does not match the model input [${info.inputShape.join(", ")}]`);
    },
  );
}

/** −λ‖z‖² on the code z of a code-space parameterisation (a standard-normal prior on z, up to a constant). */
export function codeL2(options: { lambda?: number } = {}): Objective {
  const lambda = weight(options.lambda ?? 0.01, "codeL2");
  return new Objective({ kind: "codeL2", lambda }, (ctx) => {
    if (!ctx.code) throw new XaiError("codeL2 penalises the code of a decoder: use it with the code(decoder) parameterisation");
    return tf.mul(sumPerSample(tf.square(ctx.code)), -lambda);
  });
}

/** Σ over all axes but the first. */
export function sumPerSample(t: tf.Tensor): tf.Tensor {
  return t.rank === 1 ? t : tf.sum(tf.reshape(t, [t.shape[0]!, -1]), 1);
}

export function weight(value: unknown, what: string): number {
  check(typeof value === "number" && Number.isFinite(value) && value >= 0, () => `${what} lambda must be a non-negative number, got ${JSON.stringify(value)}`);
  return value;
}

function reshapedCenter(center: tf.Tensor, x: tf.Tensor): tf.Tensor {
  return tf.reshape(center, [1, ...x.shape.slice(1)]);
}

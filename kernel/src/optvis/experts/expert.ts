/**
 * Experts: density models p(x) fitted on data whose log-density joins the AM objective, so that the
 * prototype maximises log p(ω_c|x) + log p(x) and stays near the data (Montavon et al. 2018, §1,
 * "AM with an expert"; Nguyen et al. 2016 use a learnt prior in the same role). Plain AM with
 * λ‖x‖² is the special case of an isotropic Gaussian expert centred at zero.
 */
import * as tf from "@tensorflow/tfjs";
import { check } from "../../errors";

/** A serialisable description of a fitted (or not yet fitted) expert. */
export interface ExpertSpec {
  readonly kind: string;
  readonly [setting: string]: unknown;
}

/** A density model of the data. */
export interface Expert {
  /** "gaussian", "gmm" or "rbm". */
  readonly kind: string;
  /** Whether `fit` has run. */
  readonly fitted: boolean;
  /** Number of features per sample the expert was fitted on (0 before `fit`). */
  readonly dim: number;
  /** Fits the model on `data` ([N, ...features]); resolves to this expert. */
  fit(data: tf.Tensor): Promise<this>;
  /**
   * log p(x) per sample of `x` ([N, ...features] with as many features as the data): a [N] tensor,
   * differentiable in `x`. RBMs give it up to their (unknown) log-partition constant.
   */
  logDensity(x: tf.Tensor): tf.Tensor;
  /** Kind, options and what the fit found (dimension, components), as plain data. */
  describe(): ExpertSpec;
  /** Frees the expert's tensors. */
  dispose(): void;
}

/** `x` as [N, d] float32 for an expert fitted on `d` features; checks the feature count. */
export function flatSamples(x: tf.Tensor, d: number, what: string): tf.Tensor2D {
  check(x instanceof tf.Tensor, `${what}.logDensity needs a tf.Tensor`);
  check(x.rank >= 1 && x.size > 0, `${what}.logDensity needs samples [N, ...features], got shape [${x.shape.join(", ")}]`);
  const n = x.rank === 1 ? 1 : x.shape[0]!;
  check(x.size === n * d, `${what}.logDensity: the samples of shape [${x.shape.join(", ")}] have ${x.size / n} features, the expert was fitted on ${d}`);
  return tf.reshape(x.dtype === "float32" ? x : tf.cast(x, "float32"), [n, d]) as tf.Tensor2D;
}

/** Throws unless the expert has been fitted. */
export function checkFitted(expert: { fitted: boolean; kind: string }): void {
  check(expert.fitted, `the ${expert.kind} expert is not fitted yet: call fit(data) first`);
}

/** Checks a positive number option. */
export function positive(value: unknown, name: string, integer = false): number {
  check(
    typeof value === "number" && Number.isFinite(value) && value > 0 && (!integer || Number.isInteger(value)),
    () => `${name} must be a positive ${integer ? "integer" : "number"}, got ${JSON.stringify(value)}`,
  );
  return value;
}

/** Checks a non-negative number option. */
export function nonNegative(value: unknown, name: string): number {
  check(typeof value === "number" && Number.isFinite(value) && value >= 0, () => `${name} must be a non-negative number, got ${JSON.stringify(value)}`);
  return value;
}

export const LOG_2PI = Math.log(2 * Math.PI);

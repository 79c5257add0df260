/**
 * The data an expert is fitted on: checked (shape, NaN, constant data) and summarised (mean, variance,
 * covariance) once, with an error that names the problem when no density can be fitted.
 */
import * as tf from "@tensorflow/tfjs";
import { XaiError, check } from "../../errors";

/** Fitting data as a float32 [N, d] matrix with the statistics every expert checks. */
export interface FitData {
  /** [N, d], float32. Owned by the caller of `fitData`. */
  readonly x: tf.Tensor2D;
  readonly n: number;
  readonly d: number;
  /** Per-feature mean and (biased) variance, float64. */
  readonly mean: Float64Array;
  readonly variance: Float64Array;
  /** Mean of `variance` over the features: the scale that default floors and ridges refer to. */
  readonly meanVariance: number;
}

/**
 * Checks `data` for fitting `what` and flattens it to [N, d]: a tensor of rank ≥ 2, at least
 * `minSamples` samples, only finite numbers, not constant. Each problem gets an XaiError naming it.
 */
export async function fitData(data: unknown, what: string, minSamples = 2): Promise<FitData> {
  check(data instanceof tf.Tensor, () => `${what}.fit needs a tf.Tensor of samples [N, ...features], got ${data === null ? "null" : typeof data}`);
  check(data.rank >= 2, `${what}.fit needs samples along the first axis ([N, ...features]); got shape [${data.shape.join(", ")}]`);
  const n = data.shape[0]!;
  const d = data.size / n;
  check(n >= minSamples, `${what}.fit needs at least ${minSamples} samples, got ${n}`);
  check(d > 0, `${what}.fit: the samples have no features (shape [${data.shape.join(", ")}])`);
  const values = await data.data();
  const mean = new Float64Array(d);
  const variance = new Float64Array(d);
  for (let i = 0; i < n; i++) {
    const row = i * d;
    for (let j = 0; j < d; j++) {
      const v = values[row + j]!;
      if (!Number.isFinite(v)) throw new XaiError(`${what}.fit: the data contains NaN or Infinity (sample ${i}, feature ${j})`);
      mean[j]! += v;
    }
  }
  for (let j = 0; j < d; j++) mean[j]! /= n;
  for (let i = 0; i < n; i++) {
    const row = i * d;
    for (let j = 0; j < d; j++) variance[j]! += (values[row + j]! - mean[j]!) ** 2;
  }
  let total = 0;
  for (let j = 0; j < d; j++) {
    variance[j]! /= n;
    total += variance[j]!;
  }
  check(total > 0, `${what}.fit: the data is constant (all ${n} samples are equal), so no density can be fitted to it`);
  const x = tf.tidy(() => tf.reshape(data.dtype === "float32" ? data : tf.cast(data, "float32"), [n, d]) as tf.Tensor2D);
  return { x, n, d, mean, variance, meanVariance: total / d };
}

/**
 * Σ_n (x_n − μ)(x_n − μ)ᵀ / N from the row-major samples `values` [n, d], in float64. The products
 * are accumulated over the non-zero features of each sample only, which makes sparse data (images with
 * a black background) cheap, and the mean is subtracted at the end.
 */
export function covarianceOf(values: ArrayLike<number>, n: number, d: number, mean: Float64Array): Float64Array {
  const S = new Float64Array(d * d);
  const index = new Int32Array(d);
  const value = new Float64Array(d);
  for (let s = 0; s < n; s++) {
    let count = 0;
    const row = s * d;
    for (let j = 0; j < d; j++) {
      const v = values[row + j]!;
      if (v !== 0) {
        index[count] = j;
        value[count++] = v;
      }
    }
    for (let a = 0; a < count; a++) {
      const va = value[a]!;
      const base = index[a]! * d;
      for (let b = a; b < count; b++) S[base + index[b]!]! += va * value[b]!;
    }
  }
  for (let i = 0; i < d; i++) {
    for (let j = i; j < d; j++) {
      const c = S[i * d + j]! / n - mean[i]! * mean[j]!;
      S[i * d + j] = c;
      S[j * d + i] = c;
    }
  }
  return S;
}

/**
 * A Gaussian N(μ, Σ) ready to evaluate log N(x; μ, Σ) = −½ [d log 2π + log|Σ| + (x−μ)ᵀ Σ⁻¹ (x−μ)]
 * with differentiable tfjs ops, for three shapes of Σ:
 *  - full: Σ = L·Lᵀ (Cholesky); the quadratic is ‖L⁻¹(x−μ)‖². For images Σ needs a ridge.
 *  - diagonal: Σ = diag(v).
 *  - low-rank + diagonal (factor analysis, PPCA when the diagonal is isotropic): Σ = W·Wᵀ + Ψ, with W
 *    [d, r]. By the Woodbury identity Σ⁻¹ = Ψ⁻¹ − Ψ⁻¹W M⁻¹ WᵀΨ⁻¹, M = I + WᵀΨ⁻¹W, and
 *    |Σ| = |Ψ|·|M|, so nothing of size d×d is ever formed.
 */
import * as tf from "@tensorflow/tfjs";
import { LOG_2PI } from "./expert";
import { cholesky, invertLower, logDetFromCholesky, matrix, multiply, transpose, type Matrix } from "./linalg";

export type CovarianceKind = "full" | "diagonal" | "lowrank";
export const COVARIANCE_KINDS: readonly CovarianceKind[] = ["full", "diagonal", "lowrank"];

/** A Gaussian with its tensors; `dispose` frees them. */
export interface GaussianForm {
  readonly kind: CovarianceKind;
  readonly dim: number;
  /** μ, float64. */
  readonly mean: Float64Array;
  /** log|Σ|. */
  readonly logDet: number;
  /** log N(x; μ, Σ) for each row of `x` [N, d]: a [N] tensor. */
  logDensity(x: tf.Tensor2D): tf.Tensor;
  dispose(): void;
}

/** N(μ, Σ) with a full covariance; throws an XaiError if Σ is not positive definite. */
export function fullForm(mean: Float64Array, covariance: Matrix): GaussianForm {
  const d = mean.length;
  const L = cholesky(covariance, "the covariance");
  const logDet = logDetFromCholesky(L);
  // Rows times L⁻ᵀ: (x−μ)ᵀ L⁻ᵀ is the whitened row, whose squared norm is the Mahalanobis term.
  const whiten = tf.tensor2d(Float32Array.from(transpose(invertLower(L)).data), [d, d]);
  const mu = tf.tensor1d(Float32Array.from(mean));
  const logNorm = -0.5 * (d * LOG_2PI + logDet);
  return {
    kind: "full",
    dim: d,
    mean,
    logDet,
    logDensity: (x) => tf.tidy(() => tf.add(tf.mul(tf.sum(tf.square(tf.matMul(tf.sub(x, mu), whiten)), 1), -0.5), logNorm)),
    dispose: () => tf.dispose([whiten, mu]),
  };
}

/** N(μ, diag(variance)). */
export function diagonalForm(mean: Float64Array, variance: Float64Array): GaussianForm {
  const d = mean.length;
  let logDet = 0;
  const inv = new Float32Array(d);
  for (let i = 0; i < d; i++) {
    logDet += Math.log(variance[i]!);
    inv[i] = 1 / variance[i]!;
  }
  const precision = tf.tensor1d(inv);
  const mu = tf.tensor1d(Float32Array.from(mean));
  const logNorm = -0.5 * (d * LOG_2PI + logDet);
  return {
    kind: "diagonal",
    dim: d,
    mean,
    logDet,
    logDensity: (x) => tf.tidy(() => tf.add(tf.mul(tf.sum(tf.mul(tf.square(tf.sub(x, mu)), precision), 1), -0.5), logNorm)),
    dispose: () => tf.dispose([precision, mu]),
  };
}

/** N(μ, W·Wᵀ + diag(psi)) with W [d, r]. */
export function lowRankForm(mean: Float64Array, W: Matrix, psi: Float64Array): GaussianForm {
  const d = mean.length;
  const r = W.cols;
  const P = matrix(d, r);
  let logDetPsi = 0;
  for (let i = 0; i < d; i++) {
    logDetPsi += Math.log(psi[i]!);
    for (let j = 0; j < r; j++) P.data[i * r + j] = W.data[i * r + j]! / psi[i]!;
  }
  const M = multiply(W, P, true);
  for (let j = 0; j < r; j++) M.data[j * r + j]! += 1;
  const Lm = cholesky(M, "I + WᵀΨ⁻¹W");
  // (x−μ)ᵀ Ψ⁻¹W M⁻¹ WᵀΨ⁻¹ (x−μ) = ‖(x−μ)ᵀ P Lm⁻ᵀ‖²
  const A = multiply(P, transpose(invertLower(Lm)));
  const logDet = logDetPsi + logDetFromCholesky(Lm);
  const inv = new Float32Array(d);
  for (let i = 0; i < d; i++) inv[i] = 1 / psi[i]!;
  const precision = tf.tensor1d(inv);
  const a = tf.tensor2d(Float32Array.from(A.data), [d, r]);
  const mu = tf.tensor1d(Float32Array.from(mean));
  const logNorm = -0.5 * (d * LOG_2PI + logDet);
  return {
    kind: "lowrank",
    dim: d,
    mean,
    logDet,
    logDensity: (x) =>
      tf.tidy(() => {
        const xc = tf.sub(x, mu);
        const quadratic = tf.sub(tf.sum(tf.mul(tf.square(xc), precision), 1), tf.sum(tf.square(tf.matMul(xc, a)), 1));
        return tf.add(tf.mul(quadratic, -0.5), logNorm);
      }),
    dispose: () => tf.dispose([precision, a, mu]),
  };
}

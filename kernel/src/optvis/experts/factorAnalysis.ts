/**
 * Fitting a low-rank + diagonal covariance Σ = W·Wᵀ + Ψ (factor analysis) by EM (Rubin & Thayer 1982;
 * Ghahramani & Hinton 1996). Each step reads the data only through its second moments S (the weighted
 * covariance about the mean), and only as products S·M with thin [d, r] matrices, so it works for
 * 784-dimensional images without a d×d matrix when the moments come from the data:
 *
 *   β = M⁻¹ WᵀΨ⁻¹ with M = I + WᵀΨ⁻¹W      (the posterior map of the factors)
 *   E = I − βW + β S βᵀ                     (their averaged second moment)
 *   W' = S βᵀ E⁻¹,   Ψ' = diag(S − W' β S)   (floored at `floor`)
 *
 * Each step does not decrease the likelihood, also with the floor (the expected log-likelihood of each
 * ψ_i is unimodal, so clamping is the constrained maximum); a Gaussian mixture can thus run one step
 * per EM iteration and stay a generalised EM.
 */
import * as tf from "@tensorflow/tfjs";
import type { Random } from "../../random";
import { transposeTimes, valuesOf } from "./tensors";
import { invertSpd, matrix, multiply, orthonormaliseColumns, symmetrise, type Matrix } from "./linalg";

/** The second moments S of (weighted) data about a mean: its diagonal and products S·M. */
export interface SecondMoments {
  readonly diag: Float64Array;
  times(m: Matrix): Promise<Matrix>;
}

export interface FactorModel {
  readonly W: Matrix;
  readonly psi: Float64Array;
}

/**
 * S = Σ_n w_n (x_n − μ)(x_n − μ)ᵀ / Σ_n w_n from centred rows `xc` [N, d] and weights [N] (null: all 1),
 * applied to M as xcᵀ (w ⊙ (xc M)) / Σw without forming S. `smallest` bounds Σw away from 0 (an empty
 * mixture component).
 */
export async function momentsOfData(xc: tf.Tensor2D, weights: tf.Tensor1D | null, smallest = 0): Promise<SecondMoments> {
  const total = Math.max(weights ? (await valuesOf(() => tf.sum(weights)))[0]! : xc.shape[0], smallest);
  const diag = await valuesOf(() => tf.div(tf.sum(weights ? tf.mul(tf.square(xc), tf.expandDims(weights, 1)) : tf.square(xc), 0), total));
  return {
    diag,
    times: (m) =>
      fromTensor(
        tf.tidy(() => {
          const projected = tf.matMul(xc, toTensor(m));
          return tf.div(transposeTimes(xc, (weights ? tf.mul(projected, tf.expandDims(weights, 1)) : projected) as tf.Tensor2D), total);
        }),
        m.cols,
      ),
  };
}

/**
 * A starting point: the top-`rank` principal subspace of S by subspace iteration from a seeded random
 * basis, scaled as in probabilistic PCA (Tipping & Bishop 1999), and Ψ = diag(S − WWᵀ) floored.
 */
export async function initialFactors(S: SecondMoments, rank: number, floor: number, random: Random, iterations = 8): Promise<FactorModel> {
  const d = S.diag.length;
  let V = orthonormaliseColumns(matrix(d, rank, random.normals(d * rank)));
  let SV = await S.times(V);
  for (let t = 0; t < iterations; t++) {
    V = orthonormaliseColumns(SV);
    SV = await S.times(V);
  }
  const eigen = new Float64Array(rank);
  for (let j = 0; j < rank; j++) for (let i = 0; i < d; i++) eigen[j]! += V.data[i * rank + j]! * SV.data[i * rank + j]!;
  const trace = S.diag.reduce((a, b) => a + b, 0);
  const rest = d > rank ? (trace - eigen.reduce((a, b) => a + b, 0)) / (d - rank) : floor;
  const sigma2 = Math.max(rest, floor);
  const W = matrix(d, rank);
  for (let j = 0; j < rank; j++) {
    const scale = Math.sqrt(Math.max(eigen[j]! - sigma2, 0));
    for (let i = 0; i < d; i++) W.data[i * rank + j] = V.data[i * rank + j]! * scale;
  }
  const psi = new Float64Array(d);
  for (let i = 0; i < d; i++) {
    let ww = 0;
    for (let j = 0; j < rank; j++) ww += W.data[i * rank + j]! ** 2;
    psi[i] = Math.max(S.diag[i]! - ww, floor);
  }
  return { W, psi };
}

/** One EM step of factor analysis (see the file comment). */
export async function factorStep(S: SecondMoments, model: FactorModel, floor: number): Promise<FactorModel> {
  const { W, psi } = model;
  const d = psi.length;
  const r = W.cols;
  const P = matrix(d, r);
  for (let i = 0; i < d; i++) for (let j = 0; j < r; j++) P.data[i * r + j] = W.data[i * r + j]! / psi[i]!;
  const M = multiply(W, P, true);
  for (let j = 0; j < r; j++) M.data[j * r + j]! += 1;
  const G = invertSpd(symmetrise(M), "I + WᵀΨ⁻¹W");
  const betaT = multiply(P, G); // βᵀ = Ψ⁻¹W M⁻¹, [d, r]
  const SB = await S.times(betaT); // S βᵀ
  const betaW = multiply(betaT, W, true); // β W
  const betaSB = multiply(betaT, SB, true); // β S βᵀ
  const E = matrix(r, r);
  for (let a = 0; a < r; a++) for (let b = 0; b < r; b++) E.data[a * r + b] = (a === b ? 1 : 0) - betaW.data[a * r + b]! + betaSB.data[a * r + b]!;
  const Wn = multiply(SB, invertSpd(symmetrise(E), "the factors' second moment"));
  const psiN = new Float64Array(d);
  for (let i = 0; i < d; i++) {
    let s = S.diag[i]!;
    for (let j = 0; j < r; j++) s -= Wn.data[i * r + j]! * SB.data[i * r + j]!;
    psiN[i] = Math.max(s, floor);
  }
  return { W: Wn, psi: psiN };
}

function toTensor(m: Matrix): tf.Tensor2D {
  return tf.tensor2d(Float32Array.from(m.data), [m.rows, m.cols]);
}

async function fromTensor(t: tf.Tensor, cols: number): Promise<Matrix> {
  try {
    const data = await t.data();
    return matrix(data.length / cols, cols, data);
  } finally {
    t.dispose();
  }
}

/**
 * The Gaussian expert: log N(x; μ, Σ) against a hand computation in 3-D (3×3 inverse by cofactors,
 * determinant by the rule of Sarrus), the low-rank form against the full one, and its errors.
 */
import { test } from "node:test";
import * as assert from "node:assert/strict";
import * as xai from "xai-lab";
import * as optvis from "../src/optvis";
import { fullForm, lowRankForm } from "../src/optvis/experts/gaussianForm";
import { matrix } from "../src/optvis/experts/linalg";
import { tensorsLeft } from "./optvis.fixtures";

const tf = xai.tf;

const MU = [1, -2, 0.5];
const SIGMA = [
  [2, 0.6, 0],
  [0.6, 1, -0.3],
  [0, -0.3, 0.5],
];

/** log N(x; μ, Σ) for 3-D x, with Σ⁻¹ = adj(Σ)/det(Σ). */
function handLogNormal(x: number[], mu: number[], s: number[][]): number {
  const [a, b, c] = s[0]!;
  const [d, e, f] = s[1]!;
  const [g, h, i] = s[2]!;
  const det = a! * e! * i! + b! * f! * g! + c! * d! * h! - c! * e! * g! - b! * d! * i! - a! * f! * h!;
  const inv = [
    [e! * i! - f! * h!, c! * h! - b! * i!, b! * f! - c! * e!],
    [f! * g! - d! * i!, a! * i! - c! * g!, c! * d! - a! * f!],
    [d! * h! - e! * g!, b! * g! - a! * h!, a! * e! - b! * d!],
  ].map((row) => row.map((v) => v / det));
  const r = x.map((v, k) => v - mu[k]!);
  let q = 0;
  for (let p = 0; p < 3; p++) for (let t = 0; t < 3; t++) q += r[p]! * inv[p]![t]! * r[t]!;
  return -0.5 * (3 * Math.log(2 * Math.PI) + Math.log(det) + q);
}

/** The six points μ ± √3·Lₖ (Lₖ the columns of the Cholesky factor of Σ): sample mean μ, covariance Σ. */
function sigmaPoints(): number[][] {
  const l11 = Math.sqrt(2);
  const l21 = 0.6 / l11;
  const l22 = Math.sqrt(1 - l21 * l21);
  const l32 = -0.3 / l22;
  const l33 = Math.sqrt(0.5 - l32 * l32);
  const columns = [
    [l11, l21, 0],
    [0, l22, l32],
    [0, 0, l33],
  ];
  return columns.flatMap((col) => [1, -1].map((sign) => MU.map((m, k) => m + sign * Math.sqrt(3) * col[k]!)));
}

test("the Gaussian expert's log-density matches log N(x; μ, Σ) computed by hand in 3-D", async () => {
  await xai.ready();
  const data = tf.tensor2d(sigmaPoints());
  const points = [
    [0.5, -1, 1],
    [1, -2, 0.5],
    [3, 0, -1],
  ];
  const x = tf.tensor2d(points);
  const expert = await optvis.gaussian({ ridge: 0 }).fit(data);
  const got = expert.logDensity(x);
  points.forEach((p, k) => {
    const want = handLogNormal(p, MU, SIGMA);
    assert.ok(Math.abs(got.dataSync()[k]! - want) < 1e-4, `x = ${p}: ${got.dataSync()[k]} vs ${want}`);
  });
  Array.from(expert.mean).forEach((v, k) => assert.ok(Math.abs(v - MU[k]!) < 1e-6));
  // A ridge adds to the diagonal of Σ.
  const ridged = await optvis.gaussian({ ridge: 0.1 }).fit(data);
  const withRidge = ridged.logDensity(x);
  const s = SIGMA.map((row, i) => row.map((v, j) => v + (i === j ? 0.1 : 0)));
  points.forEach((p, k) => assert.ok(Math.abs(withRidge.dataSync()[k]! - handLogNormal(p, MU, s)) < 1e-4));
  // A diagonal expert keeps only the variances.
  const diagonal = await optvis.gaussian({ covariance: "diagonal" }).fit(data);
  const d = diagonal.logDensity(x);
  const sd = SIGMA.map((row, i) => row.map((v, j) => (i === j ? v : 0)));
  points.forEach((p, k) => assert.ok(Math.abs(d.dataSync()[k]! - handLogNormal(p, MU, sd)) < 1e-4));
  tf.dispose([data, x, got, withRidge, d]);
  [expert, ridged, diagonal].forEach((e) => e.dispose());
});

test("the low-rank form (Woodbury) gives the same log-density as the full form of W·Wᵀ + Ψ", async () => {
  const d = 5;
  const W = matrix(d, 2, [0.5, -1, 1.2, 0.3, -0.7, 0.8, 0.1, 0.4, 2, -0.2]);
  const psi = Float64Array.from([0.3, 0.5, 0.2, 1, 0.7]);
  const cov = matrix(d, d);
  for (let i = 0; i < d; i++)
    for (let j = 0; j < d; j++) cov.data[i * d + j] = W.data[i * 2]! * W.data[j * 2]! + W.data[i * 2 + 1]! * W.data[j * 2 + 1]! + (i === j ? psi[i]! : 0);
  const mean = Float64Array.from([0.1, 0.2, -0.3, 0, 1]);
  const low = lowRankForm(mean, W, psi);
  const full = fullForm(mean, cov);
  assert.ok(Math.abs(low.logDet - full.logDet) < 1e-9);
  const x = tf.tensor2d([
    [1, 2, 3, 4, 5],
    [0, 0, 0, 0, 0],
    [-1, 0.5, 0.2, 2, -3],
  ]);
  const a = low.logDensity(x);
  const b = full.logDensity(x);
  Array.from(a.dataSync()).forEach((v, k) => assert.ok(Math.abs(v - b.dataSync()[k]!) < 1e-3, `${v} vs ${b.dataSync()[k]}`));
  tf.dispose([x, a, b]);
  low.dispose();
  full.dispose();
});

test("a low-rank expert fitted on factor-model data comes close to the full maximum-likelihood Gaussian", async () => {
  // x = w·s + noise in 6-D, s standard normal: the full MLE's log-likelihood bounds the low-rank one.
  const n = 1500;
  const w = [1.5, -1, 0.5, 2, 0, 1];
  const values: number[] = [];
  let state = 7;
  const normal = (): number => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const u = (state + 1) / 4294967297;
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return Math.sqrt(-2 * Math.log(u)) * Math.cos((2 * Math.PI * state) / 4294967296);
  };
  for (let i = 0; i < n; i++) {
    const s = normal();
    for (const wk of w) values.push(wk * s + 0.3 * normal());
  }
  const data = tf.tensor2d(values, [n, 6]);
  const full = await optvis.gaussian({ ridge: 0 }).fit(data);
  const low = await optvis.gaussian({ covariance: "lowrank", rank: 1, iterations: 100 }).fit(data);
  const mean = (e: optvis.Expert): number => xai.tf.tidy(() => e.logDensity(data).mean().dataSync()[0]!);
  const gap = mean(full) - mean(low);
  assert.ok(gap >= -1e-3 && gap < 0.02, `full − low-rank log-likelihood per sample: ${gap}`);
  data.dispose();
  full.dispose();
  low.dispose();
});

test("fitting a Gaussian on constant data, NaN or a single sample fails with a clear error", async () => {
  const constant = tf.ones([10, 4]);
  await assert.rejects(() => optvis.gaussian().fit(constant), /the data is constant \(all 10 samples are equal\)/);
  const nan = tf.tensor2d([
    [1, 2],
    [NaN, 3],
  ]);
  await assert.rejects(() => optvis.gaussian().fit(nan), /NaN or Infinity \(sample 1, feature 0\)/);
  const one = tf.tensor2d([[1, 2]]);
  await assert.rejects(() => optvis.gaussian().fit(one), /needs at least 2 samples, got 1/);
  await assert.rejects(() => optvis.gaussian().fit(tf.tensor1d([1, 2, 3])), /samples along the first axis/);
  assert.throws(() => optvis.gaussian({ covariance: "spherical" as never }), /covariance 'spherical' is not known/);
  assert.throws(() => optvis.gaussian().logDensity(one), /not fitted yet: call fit\(data\) first/);
  const g = optvis.gaussian({ ridge: 0 });
  // Two samples in 3-D: a singular covariance without a ridge.
  await assert.rejects(
    () =>
      g.fit(
        tf.tensor2d([
          [0, 0, 0],
          [1, 2, 3],
        ]),
      ),
    /covariance is not positive definite.*increase the ridge/,
  );
  tf.dispose([constant, nan, one]);
});

test("a fitted expert refuses samples of another size", async () => {
  const data = tf.tensor2d([
    [0, 1],
    [1, 0],
    [2, 2],
  ]);
  const e = await optvis.gaussian().fit(data);
  const x = tf.zeros([2, 3]);
  assert.throws(() => e.logDensity(x), /have 3 features, the expert was fitted on 2/);
  tf.dispose([data, x]);
  e.dispose();
});

test("fitting, evaluating and disposing Gaussian experts leaves no tensor behind", async () => {
  const data = tf.randomNormal([40, 6], 0, 1, "float32", 3);
  for (const covariance of ["full", "diagonal", "lowrank"] as const) {
    const left = await tensorsLeft(async () => {
      const e = await optvis.gaussian({ covariance, rank: 2 }).fit(data);
      e.logDensity(data).dispose();
      await e.fit(data); // refitting replaces the old tensors
      e.dispose();
    });
    assert.equal(left, 0, covariance);
  }
  assert.equal(await tensorsLeft(() => assert.rejects(() => optvis.gaussian({ ridge: 0 }).fit(tf.tidy(() => tf.zeros([3, 2]))))), 1, "only the input itself");
  data.dispose();
});

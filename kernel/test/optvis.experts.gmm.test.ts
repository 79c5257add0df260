/**
 * The Gaussian-mixture expert: EM never lowers the log-likelihood, it finds the means of well-separated
 * clusters, a one-component mixture is the diagonal Gaussian, and bad input fails clearly.
 */
import { test } from "node:test";
import * as assert from "node:assert/strict";
import * as xai from "xai-lab";
import * as optvis from "../src/optvis";
import { seeded } from "../src/random";
import { tensorsLeft } from "./optvis.fixtures";

const tf = xai.tf;

/** `perCluster` points around each centre with standard deviation `spread`, from a seeded stream. */
function clusters(centres: number[][], perCluster: number, spread: number, seed = 11): xai.tf.Tensor2D {
  const random = seeded(seed);
  const rows: number[][] = [];
  for (let i = 0; i < perCluster; i++) for (const c of centres) rows.push(c.map((v) => v + spread * random.normal()));
  return tf.tensor2d(rows);
}

test("EM increases the log-likelihood at every iteration, with diagonal and with low-rank covariances", async () => {
  await xai.ready();
  const data = clusters(
    [
      [0, 0, 0, 0],
      [3, 1, -2, 0],
      [-2, 4, 1, 1],
    ],
    60,
    1.2,
  );
  for (const covariance of ["diagonal", "lowrank"] as const) {
    const e = await optvis.gmm({ components: 3, covariance, rank: 2, iterations: 40, tolerance: 0, seed: 1 }).fit(data);
    const ll = e.logLikelihood;
    assert.ok(ll.length > 5, `${covariance}: ${ll.length} iterations recorded`);
    for (let t = 1; t < ll.length; t++)
      assert.ok(ll[t]! >= ll[t - 1]! - 1e-5 * Math.abs(ll[t - 1]!), `${covariance}: iteration ${t} lowered the log-likelihood ${ll[t - 1]} → ${ll[t]}`);
    assert.ok(ll[ll.length - 1]! > ll[0]!, `${covariance}: EM improved on the k-means++ start`);
    // The recorded value is the mean log-density of the data under the fitted mixture.
    const mean = tf.tidy(() => e.logDensity(data).mean().dataSync()[0]!);
    assert.ok(Math.abs(mean - ll[ll.length - 1]!) < 1e-4);
    e.dispose();
  }
  data.dispose();
});

test("a two-component mixture recovers the means of a well-separated two-cluster set", async () => {
  const truth = [
    [-5, -5],
    [5, 4],
  ];
  const data = clusters(truth, 100, 1, 5);
  const e = await optvis.gmm({ components: 2, seed: 3 }).fit(data);
  const means = e.means.map((m) => Array.from(m)).sort((a, b) => a[0]! - b[0]!);
  means.forEach((m, k) => m.forEach((v, j) => assert.ok(Math.abs(v - truth[k]![j]!) < 0.3, `mean ${k}: ${m} vs ${truth[k]}`)));
  const w = Array.from(e.weights);
  w.forEach((v) => assert.ok(Math.abs(v - 0.5) < 1e-6, `equal clusters get equal weights: ${w}`));
  data.dispose();
  e.dispose();
});

test("a one-component mixture is the diagonal Gaussian", async () => {
  const data = clusters([[1, 2, 3]], 50, 0.7);
  const one = await optvis.gmm({ components: 1 }).fit(data);
  const gauss = await optvis.gaussian({ covariance: "diagonal" }).fit(data);
  const x = tf.tensor2d([
    [0, 0, 0],
    [1, 2, 3],
    [2, 1, 0],
  ]);
  const a = one.logDensity(x).dataSync();
  const b = gauss.logDensity(x).dataSync();
  a.forEach((v, k) => assert.ok(Math.abs(v - b[k]!) < 1e-3, `${v} vs ${b[k]}`));
  tf.dispose([data, x]);
  one.dispose();
  gauss.dispose();
});

test("the same seed gives the same mixture", async () => {
  const data = clusters(
    [
      [0, 0],
      [2, 2],
      [0, 3],
    ],
    30,
    0.8,
  );
  const a = await optvis.gmm({ components: 3, seed: 9 }).fit(data);
  const b = await optvis.gmm({ components: 3, seed: 9 }).fit(data);
  assert.deepEqual(a.means, b.means);
  assert.deepEqual(a.logLikelihood, b.logLikelihood);
  data.dispose();
  a.dispose();
  b.dispose();
});

test("more components than samples, constant data or NaN give a clear error", async () => {
  const three = tf.tensor2d([
    [0, 1],
    [1, 0],
    [2, 2],
  ]);
  await assert.rejects(() => optvis.gmm({ components: 5 }).fit(three), /gmm with 5 components needs at least 5 samples, got 3/);
  const constant = tf.fill([8, 3], 0.5);
  await assert.rejects(() => optvis.gmm({ components: 2 }).fit(constant), /the data is constant/);
  const nan = tf.tensor2d([
    [0, 1],
    [NaN, 0],
    [2, 2],
  ]);
  await assert.rejects(() => optvis.gmm({ components: 2 }).fit(nan), /NaN or Infinity/);
  assert.throws(() => optvis.gmm({ covariance: "full" as never }), /gmm covariance 'full' is not supported; use diagonal or lowrank/);
  assert.throws(() => optvis.gmm({ components: 0 }), /components must be a positive integer/);
  await assert.rejects(() => optvis.gmm({ components: 2, covariance: "lowrank", rank: 2 }).fit(three), /rank 2 must be smaller than the data dimension 2/);
  tf.dispose([three, constant, nan]);
});

test("fitting, evaluating and disposing mixtures leaves no tensor behind, also when the fit fails", async () => {
  const data = clusters(
    [
      [0, 0, 0],
      [3, 3, 3],
    ],
    20,
    1,
  );
  for (const covariance of ["diagonal", "lowrank"] as const) {
    const left = await tensorsLeft(async () => {
      const e = await optvis.gmm({ components: 2, covariance, rank: 1, iterations: 5 }).fit(data);
      e.logDensity(data).dispose();
      e.dispose();
    });
    assert.equal(left, 0, covariance);
  }
  const constant = tf.zeros([4, 3]);
  assert.equal(await tensorsLeft(() => assert.rejects(() => optvis.gmm({ components: 2 }).fit(constant))), 0);
  tf.dispose([data, constant]);
});

test("each expert can be fitted at once by passing the data first", async () => {
  const data = clusters(
    [
      [0, 0, 0],
      [4, 4, 4],
    ],
    30,
    1,
  );
  const experts = [await optvis.gaussian(data), await optvis.gmm(data, { components: 2 }), await optvis.rbm(data, { hidden: 2, epochs: 1 })];
  for (const e of experts) {
    assert.ok(e.fitted, e.kind);
    assert.equal(e.dim, 3);
    e.dispose();
  }
  assert.equal(optvis.gaussian({ covariance: "diagonal" }).fitted, false);
  data.dispose();
});

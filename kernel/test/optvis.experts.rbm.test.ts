/**
 * The Gaussian-binary RBM expert: CD-k training lowers the reconstruction error, and its log-density is
 * the log of the energy summed over every hidden configuration (enumerated by brute force).
 */
import { test } from "node:test";
import * as assert from "node:assert/strict";
import * as xai from "xai-lab";
import * as optvis from "../src/optvis";
import { strokes, tensorsLeft } from "./optvis.fixtures";

const tf = xai.tf;

test("CD-1 training lowers the reconstruction error", async () => {
  await xai.ready();
  const data = strokes(200);
  const e = await optvis.rbm({ hidden: 16, epochs: 8, learningRate: 0.05, batchSize: 20, seed: 1 }).fit(data);
  const r = e.reconstructionError;
  assert.equal(r.length, 9);
  assert.ok(r[8]! < 0.5 * r[0]!, `reconstruction error ${r[0]} → ${r[8]}`);
  data.dispose();
  e.dispose();
});

test("CD-k with k = 3 trains too", async () => {
  const data = strokes(100, 8);
  const e = await optvis.rbm({ hidden: 8, k: 3, epochs: 8, learningRate: 0.05, batchSize: 10 }).fit(data);
  assert.ok(e.reconstructionError[8]! < 0.8 * e.reconstructionError[0]!, `${e.reconstructionError}`);
  data.dispose();
  e.dispose();
});

test("the RBM's log-density is log Σ_h exp(−E(u, h)) − Σ log σ, by enumerating the hidden states", async () => {
  const data = tf.tensor2d([
    [0, 1, 2],
    [1, 0, 1],
    [2, 2, 0],
    [0.5, 1.5, 1],
    [1, 1, 1],
  ]);
  const e = await optvis.rbm({ hidden: 3, epochs: 20, learningRate: 0.05, batchSize: 2, seed: 4 }).fit(data);
  const { W, b, c, mean, sigma } = await e.parameters();
  const points = [
    [0, 0, 0],
    [1, 2, 3],
    [0.5, 1, 1.5],
  ];
  const x = tf.tensor2d(points);
  const got = e.logDensity(x).dataSync();
  points.forEach((p, k) => {
    const u = p.map((v, i) => (v - mean[i]!) / sigma[i]!);
    let total = 0;
    for (let h = 0; h < 8; h++) {
      const bits = [h & 1, (h >> 1) & 1, (h >> 2) & 1];
      let energy = 0.5 * u.reduce((s, ui, i) => s + (ui - b[i]!) ** 2, 0);
      for (let j = 0; j < 3; j++) energy -= bits[j]! * (c[j]! + u.reduce((s, ui, i) => s + ui * W[i * 3 + j]!, 0));
      total += Math.exp(-energy);
    }
    const want = Math.log(total) - Array.from(sigma).reduce((s, v) => s + Math.log(v), 0);
    assert.ok(Math.abs(got[k]! - want) < 1e-4, `x = ${p}: ${got[k]} vs ${want}`);
  });
  tf.dispose([data, x]);
  e.dispose();
});

test("the same seed trains the same RBM", async () => {
  const data = strokes(50, 2);
  const a = await optvis.rbm({ hidden: 4, epochs: 2, seed: 7 }).fit(data);
  const b = await optvis.rbm({ hidden: 4, epochs: 2, seed: 7 }).fit(data);
  assert.deepEqual((await a.parameters()).W, (await b.parameters()).W);
  data.dispose();
  a.dispose();
  b.dispose();
});

test("an RBM refuses constant data, NaN and bad options with a clear error", async () => {
  const constant = tf.fill([6, 4], 0.2);
  await assert.rejects(() => optvis.rbm().fit(constant), /rbm.fit: the data is constant/);
  const nan = tf.tensor2d([
    [0, Infinity],
    [1, 2],
  ]);
  await assert.rejects(() => optvis.rbm().fit(nan), /NaN or Infinity \(sample 0, feature 1\)/);
  assert.throws(() => optvis.rbm({ hidden: 2.5 }), /rbm hidden must be a positive integer/);
  assert.throws(() => optvis.rbm({ learningRate: -1 }), /rbm learningRate must be a positive number/);
  assert.throws(() => optvis.rbm().logDensity(nan), /not fitted yet/);
  tf.dispose([constant, nan]);
});

test("fitting, evaluating and disposing an RBM leaves no tensor behind", async () => {
  const data = strokes(30);
  const left = await tensorsLeft(async () => {
    const e = await optvis.rbm({ hidden: 4, epochs: 2, k: 2 }).fit(data);
    e.logDensity(data).dispose();
    await e.fit(data);
    e.dispose();
  });
  assert.equal(left, 0);
  data.dispose();
});

/**
 * The AM loop: the paper's expected behaviours (larger λ, smaller ‖x*‖; an expert keeps prototypes
 * likely under the data; local AM stays near x0), determinism, settings, payload and tensor hygiene.
 */
import { test } from "node:test";
import * as assert from "node:assert/strict";
import * as xai from "xai-lab";
import * as optvis from "../src/optvis";
import { squaredNorms, strokes, tensorsLeft, tinyCnn, tinyDecoder } from "./optvis.fixtures";

const tf = xai.tf;

test("a larger lambda gives a prototype of smaller norm", async () => {
  await xai.ready();
  const model = tinyCnn();
  const norms: number[] = [];
  for (const lambda of [0.001, 0.03, 1]) {
    const p = await optvis.prototype(model, { target: 0, lambda, steps: 60, learningRate: 0.1, seed: 3 });
    norms.push(squaredNorms(p.images)[0]!);
    p.dispose();
  }
  assert.ok(norms[0]! > norms[1]! && norms[1]! > norms[2]!, `‖x*‖² for λ = 0.001, 0.03, 1: ${norms}`);
});

for (const [name, make] of [
  ["a Gaussian", () => optvis.gaussian()],
  ["a Gaussian mixture", () => optvis.gmm({ components: 2, seed: 1 })],
  ["a Gaussian-binary RBM", () => optvis.rbm({ hidden: 16, epochs: 8, learningRate: 0.05, batchSize: 20, seed: 1 })],
] as const) {
  test(`prototypes with ${name} expert are more likely under the expert than plain AM prototypes`, async () => {
    const model = tinyCnn();
    const data = strokes(200);
    const expert = await make().fit(data);
    const common = { target: 1, steps: 40, learningRate: 0.05, starts: 2, seed: 5, parameterisation: optvis.pixels({ low: 0, high: 1 }) };
    const plain = await optvis.prototype(model, { ...common, lambda: 0.01 });
    const withExpert = await optvis.prototype(model, { ...common, expert });
    const plainDensity = tf.tidy(() => Array.from(expert.logDensity(plain.images).dataSync()));
    assert.equal(withExpert.logDensity!.length, 2);
    withExpert.logDensity!.forEach((v, k) => assert.ok(v > plainDensity[k]!, `prototype ${k}: log p(x) ${v} with the expert, ${plainDensity[k]} without`));
    assert.equal(plain.logDensity, null);
    assert.equal(withExpert.settings.lambda, 0, "the expert replaces the decay by default");
    assert.equal(withExpert.settings.expert!["kind"], expert.kind);
    plain.dispose();
    withExpert.dispose();
    expert.dispose();
    data.dispose();
    model.dispose();
  });
}

test("local AM starts at x0 and stays closer to it for a larger lambda", async () => {
  const model = tinyCnn();
  const data = strokes(3, 9);
  const x0 = tf.tidy(() => tf.slice(data, [1], [1]));
  const start = await optvis.prototype(model, { target: 2, near: x0, steps: 0 });
  assert.deepEqual(Array.from(start.images.dataSync()), Array.from(x0.dataSync()));
  start.dispose();
  const distance: number[] = [];
  for (const lambda of [0.001, 1]) {
    const p = await optvis.prototype(model, { target: 2, near: x0, lambda, steps: 40, learningRate: 0.05 });
    distance.push(tf.tidy(() => tf.sum(tf.square(tf.sub(p.images, x0))).dataSync()[0]!));
    assert.equal(p.settings.lambdaOn, "x - x0");
    assert.equal(p.settings.local, true);
    assert.ok(p.history[0]![39]! > p.history[0]![0]!);
    p.dispose();
  }
  assert.ok(distance[1]! < distance[0]!, `‖x* − x0‖² for λ = 0.001, 1: ${distance}`);
  tf.dispose([data, x0]);
  model.dispose();
});

test("the same seed gives identical prototypes; another seed or another start gives others", async () => {
  const model = tinyCnn();
  const options = { target: 3, steps: 10, starts: 3, transforms: [optvis.jitter(1)] };
  const a = await optvis.prototype(model, { ...options, seed: 42 });
  const b = await optvis.prototype(model, { ...options, seed: 42 });
  const c = await optvis.prototype(model, { ...options, seed: 43 });
  assert.deepEqual(Array.from(a.images.dataSync()), Array.from(b.images.dataSync()));
  assert.deepEqual(a.history, b.history);
  assert.notDeepEqual(Array.from(a.images.dataSync()), Array.from(c.images.dataSync()));
  const [p0, p1] = tf.tidy(() =>
    tf
      .split(a.images, 3)
      .slice(0, 2)
      .map((t) => Array.from(t.dataSync())),
  );
  assert.notDeepEqual(p0, p1, "each start is its own prototype");
  [a, b, c].forEach((p) => p.dispose());
  model.dispose();
});

test("every optimiser raises the objective", async () => {
  const model = tinyCnn();
  for (const optimiser of optvis.OPTIMISERS) {
    const p = await optvis.prototype(model, { target: 0, optimiser, steps: 10, learningRate: optimiser === "sgd" || optimiser === "momentum" ? 0.5 : 0.05 });
    assert.ok(p.history[0]![9]! > p.history[0]![0]!, `${optimiser}: ${p.history[0]![0]} → ${p.history[0]![9]}`);
    p.dispose();
  }
  model.dispose();
});

test("onProgress is called after every step with the mean objective, and awaited", async () => {
  const model = tinyCnn();
  const calls: [number, number, number][] = [];
  const p = await optvis.prototype(model, {
    target: 1,
    steps: 4,
    starts: 2,
    onProgress: async (step, value, values) => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      calls.push([step, value, values.length]);
    },
  });
  assert.deepEqual(
    calls.map((c) => c[0]),
    [0, 1, 2, 3],
  );
  calls.forEach(([step, value, n]) => {
    assert.equal(n, 2);
    assert.ok(Math.abs(value - (p.history[0]![step]! + p.history[1]![step]!) / 2) < 1e-9);
  });
  p.dispose();
  model.dispose();
});

test("the settings are plain JSON and the payload carries every prototype as a Float32Array", async () => {
  const model = tinyCnn();
  const p = await optvis.prototype(model, {
    objective: optvis.logSoftmax(2).plus(optvis.totalVariation({ lambda: 0.001 })),
    target: 2,
    steps: 3,
    starts: 2,
    seed: 7,
  });
  assert.deepEqual(JSON.parse(JSON.stringify(p.settings)), p.settings);
  assert.equal(p.settings.seed, 7);
  assert.equal(p.settings.optimiser, "adam");
  assert.deepEqual(p.settings.inputShape, [8, 8, 1]);
  const payload = await optvis.prototypesData(p);
  assert.equal(payload.kind, "prototypes");
  assert.equal(payload.prototypes.length, 2);
  const images = p.images.dataSync();
  assert.equal(payload.title, "Prototypes of class 2 (pixels)");
  payload.prototypes.forEach((entry, k) => {
    assert.ok(entry.image.data instanceof Float32Array);
    assert.deepEqual(entry.image.shape, [8, 8, 1]);
    assert.deepEqual(Array.from(entry.image.data), Array.from(images.slice(k * 64, (k + 1) * 64)));
    assert.equal(entry.target, 2);
    assert.equal(entry.score, p.scores[k]!.logit);
    assert.equal(entry.logDensity, undefined);
    assert.equal(entry.history.length, 3);
  });
  const json = JSON.parse(JSON.stringify(optvis.prototypesJson(payload))) as { prototypes: { image: { data: number[] } }[] };
  assert.equal(json.prototypes[1]!.image.data.length, 64);
  p.dispose();
  model.dispose();
});

test("prototype leaves no tensor behind but its result, and none when it fails; the model is unchanged", async () => {
  const model = tinyCnn();
  const decoder = tinyDecoder();
  const data = strokes(40);
  const expert = await optvis.gaussian({ covariance: "diagonal" }).fit(data);
  const x0 = tf.tidy(() => tf.slice(data, [0], [1]));
  const weights = model.getWeights().map((w) => Array.from(w.dataSync()));
  const runs: optvis.PrototypeOptions[] = [
    { target: 1, steps: 3, starts: 2, transforms: [optvis.jitter(1), optvis.scale()], regularisers: [optvis.totalVariation()] },
    { target: 1, steps: 3, expert, near: x0 },
    { objective: optvis.channel("conv", 1), steps: 3, parameterisation: optvis.code(decoder), optimiser: "momentum" },
  ];
  for (const options of runs) {
    const left = await tensorsLeft(async () => (await optvis.prototype(model, options)).dispose());
    assert.equal(left, 0, JSON.stringify(Object.keys(options)));
  }
  const failing = await tensorsLeft(async () => {
    await assert.rejects(optvis.prototype(model, { target: 1, steps: 2, objective: optvis.unit("nope", 0) }), /no layer 'nope'/);
    await assert.rejects(optvis.prototype(model, { target: 1, near: tf.tidy(() => tf.zeros([3])) }), /near \(x0\) of shape \[3\] does not match/);
  });
  assert.equal(failing, 1, "only the tensor the test made for near");
  assert.deepEqual(
    model.getWeights().map((w) => Array.from(w.dataSync())),
    weights,
  );
  tf.dispose([data, x0]);
  expert.dispose();
  decoder.dispose();
  model.dispose();
});

test("bad options fail with a message naming the option", async () => {
  const model = tinyCnn();
  await assert.rejects(optvis.prototype(model, { target: 0, steps: -1 }), /steps must be an integer ≥ 0/);
  await assert.rejects(optvis.prototype(model, { target: 0, starts: 0 }), /starts must be an integer ≥ 1/);
  await assert.rejects(optvis.prototype(model, { target: 0, learningRate: 0 }), /learningRate must be a positive number/);
  await assert.rejects(optvis.prototype(model, { target: 0, lambda: -1 }), /lambda must be a non-negative number/);
  await assert.rejects(optvis.prototype(model, { target: 0, optimiser: "lbfgs" as never }), /optimiser 'lbfgs' is not known/);
  await assert.rejects(optvis.prototype(model, { target: 1.5 }), /target must be a class index/);
  await assert.rejects(optvis.prototype({} as xai.tf.LayersModel, { target: 0 }), /needs a tfjs LayersModel/);
  const unfitted = optvis.gaussian();
  await assert.rejects(optvis.prototype(model, { target: 0, expert: unfitted }), /gaussian expert is not fitted yet/);
  const other = await optvis.gaussian().fit(tf.tidy(() => tf.randomNormal([10, 5], 0, 1, "float32", 1)));
  await assert.rejects(optvis.prototype(model, { target: 0, expert: other }), /fitted on 5 features, the model input \[8, 8, 1\] has 64/);
  other.dispose();
  model.dispose();
});

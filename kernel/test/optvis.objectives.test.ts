/**
 * Objectives: hand-checked values on a constant-weight model, sums and scales, and ascent that raises
 * each kind of objective (class logit, log-softmax, unit, channel) over a few seeded steps.
 */
import { test } from "node:test";
import * as assert from "node:assert/strict";
import * as xai from "xai-lab";
import * as optvis from "../src/optvis";
import { tinyCnn } from "./optvis.fixtures";

const tf = xai.tf;

/** y = relu(W x) with W = [[1, 0], [0, 1], [1, 1]] ("hidden"), then logits = [h1 + h3, h2] ("out"). */
function handModel(): xai.tf.LayersModel {
  const m = tf.sequential();
  m.add(tf.layers.dense({ inputShape: [2], units: 3, activation: "relu", useBias: false, name: "hidden" }));
  m.add(tf.layers.dense({ units: 2, useBias: false, activation: "softmax", name: "out" }));
  m.layers[0]!.setWeights([
    tf.tensor2d([
      [1, 0, 1],
      [0, 1, 1],
    ]),
  ]);
  m.layers[1]!.setWeights([
    tf.tensor2d([
      [1, 0],
      [0, 1],
      [1, 0],
    ]),
  ]);
  return m;
}

test("objectives evaluate to hand-computed values and add and scale", async () => {
  await xai.ready();
  const model = handModel();
  // x = (2, 1): hidden = (2, 1, 3), logits = (5, 1), log-softmax(0) = −log(1 + e^−4).
  const x = tf.tensor2d([[2, 1]]);
  const objective = optvis.logit(0).plus(optvis.unit("hidden", 2).times(2)).plus(optvis.logSoftmax(1)).plus(optvis.channel("hidden", 1));
  const p = await optvis.prototype(model, { objective, parameterisation: optvis.pixels({ init: x }), steps: 0, lambda: 0 });
  const expected = 5 + 2 * 3 + (1 - 5 - Math.log(1 + Math.exp(-4))) + 1;
  assert.ok(Math.abs(p.objective[0]! - expected) < 1e-5, `objective ${p.objective[0]} vs ${expected}`);
  assert.equal(p.scores[0]!.class, 0);
  assert.ok(Math.abs(p.scores[0]!.logit - 5) < 1e-6);
  assert.ok(Math.abs(p.scores[0]!.probability - 1 / (1 + Math.exp(-4))) < 1e-6);
  assert.equal(objective.toString(), "logit(class=0) + 2·unit(layer=hidden, index=2) + logSoftmax(class=1) + channel(layer=hidden, channel=1)");
  p.dispose();
  x.dispose();
  model.dispose();
});

test("the L2 decay and the distance to a point are minus lambda times the squared norm", async () => {
  const model = handModel();
  const x = tf.tensor2d([[2, 1]]);
  const x0 = tf.tensor1d([1, 3]);
  const objective = optvis
    .logit(1)
    .plus(optvis.l2({ lambda: 0.5 }))
    .plus(optvis.l2({ lambda: 0.25, center: x0 }));
  const p = await optvis.prototype(model, { objective, parameterisation: optvis.pixels({ init: x }), steps: 0, lambda: 0 });
  // logit 1 = 1; −0.5·(4 + 1); −0.25·((2−1)² + (1−3)²)
  assert.ok(Math.abs(p.objective[0]! - (1 - 2.5 - 1.25)) < 1e-6);
  p.dispose();
  tf.dispose([x, x0]);
  model.dispose();
});

for (const [name, make] of [
  ["the class logit", () => optvis.logit(2)],
  ["the log-softmax of a class", () => optvis.logSoftmax(2)],
  ["a unit of a conv layer", () => optvis.unit("conv", [2, 1, 0])],
  ["a channel of a conv layer (mean over space)", () => optvis.channel("conv", 0)],
  ["a unit of the flattened layer", () => optvis.unit("flat", 7)],
] as const) {
  test(`ascent raises ${name} over a few seeded steps`, async () => {
    const model = tinyCnn();
    // Starts with noise of standard deviation 0.5 so that the ReLU units are not all silent.
    const p = await optvis.prototype(model, {
      objective: make(),
      parameterisation: optvis.pixels({ noise: 0.5 }),
      steps: 15,
      learningRate: 0.1,
      lambda: 0,
      seed: 4,
    });
    const h = p.history[0]!;
    assert.equal(h.length, 15);
    assert.ok(h[14]! > h[0]! + 1e-3, `${name}: ${h[0]} → ${h[14]}`);
    assert.ok(p.objective[0]! > h[0]!, "the final prototype scores higher than the start");
    p.dispose();
    model.dispose();
  });
}

test("a layer objective reads the layer's output after its activation", async () => {
  const model = handModel();
  const x = tf.tensor2d([[-2, 1]]);
  // hidden pre-activations (−2, 1, −1) → relu (0, 1, 0)
  const p = await optvis.prototype(model, {
    objective: optvis.unit("hidden", 0).plus(optvis.unit("hidden", 2)),
    parameterisation: optvis.pixels({ init: x }),
    steps: 0,
    lambda: 0,
  });
  assert.equal(p.objective[0], 0);
  p.dispose();
  x.dispose();
  model.dispose();
});

test("objectives that do not fit the model fail before the ascent with a message naming the problem", async () => {
  const model = tinyCnn();
  await assert.rejects(optvis.prototype(model, { objective: optvis.channel("nope", 0), steps: 1 }), /no layer 'nope'; layers: .*conv/);
  await assert.rejects(optvis.prototype(model, { objective: optvis.channel("conv", 3), steps: 1 }), /channel 3 is out of range: layer 'conv' has 3 channels/);
  await assert.rejects(optvis.prototype(model, { objective: optvis.logit(4), steps: 1 }), /class 4 is out of range, the model has 4 classes/);
  await assert.rejects(optvis.prototype(model, { target: 9, steps: 1 }), /target 9 is out of range/);
  await assert.rejects(optvis.prototype(model, { objective: optvis.unit("conv", [6, 0, 0]), steps: 1 }), /unit \[6,0,0\] is out of range for layer 'conv'/);
  await assert.rejects(optvis.prototype(model, { steps: 1 }), /needs a target class or an objective/);
  assert.throws(() => optvis.logit(-1), /logit needs a class index/);
  assert.throws(() => optvis.logit(1).times(NaN), /finite number/);
  model.dispose();
});

test("layer objectives read functional models, batch norm included, and name a removed final softmax", async () => {
  const input = tf.input({ shape: [6, 6, 1] });
  const conv = tf.layers
    .conv2d({ filters: 2, kernelSize: 3, name: "c1", kernelInitializer: tf.initializers.glorotUniform({ seed: 2 }) })
    .apply(input) as xai.tf.SymbolicTensor;
  const bn = tf.layers.batchNormalization({ name: "bn" }).apply(conv) as xai.tf.SymbolicTensor;
  const act = tf.layers.activation({ activation: "relu", name: "act" }).apply(bn) as xai.tf.SymbolicTensor;
  const flat = tf.layers.flatten().apply(act) as xai.tf.SymbolicTensor;
  const dense = tf.layers.dense({ units: 3, name: "d" }).apply(flat) as xai.tf.SymbolicTensor;
  const model = tf.model({ inputs: input, outputs: tf.layers.softmax({ name: "sm" }).apply(dense) as xai.tf.SymbolicTensor });
  const x = tf.randomNormal([1, 6, 6, 1], 0, 1, "float32", 3);
  const inner = tf.model({ inputs: input, outputs: act });
  const want = tf.tidy(() => tf.mean(inner.predict(x) as xai.tf.Tensor, [0, 1, 2]).dataSync()[1]!);
  const p = await optvis.prototype(model, { objective: optvis.channel("act", 1), parameterisation: optvis.pixels({ init: x }), steps: 0, lambda: 0 });
  assert.ok(Math.abs(p.objective[0]! - want) < 1e-5, `${p.objective[0]} vs ${want}`);
  p.dispose();
  await assert.rejects(optvis.prototype(model, { objective: optvis.unit("sm", 0), steps: 1 }), /layer 'sm' is the model's final softmax, which AM leaves out/);
  x.dispose();
  model.dispose();
});

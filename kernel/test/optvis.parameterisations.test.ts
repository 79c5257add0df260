/**
 * Parameterisations and transforms: pixels clipped to the data range, code-space prototypes that are
 * exactly decoder outputs, and jitter/scale resamplings checked against hand-shifted images.
 */
import { test } from "node:test";
import * as assert from "node:assert/strict";
import * as xai from "xai-lab";
import * as optvis from "../src/optvis";
import { seeded } from "../src/random";
import { tinyCnn, tinyDecoder } from "./optvis.fixtures";

const tf = xai.tf;

test("pixel prototypes stay inside the data range [low, high] at every step", async () => {
  await xai.ready();
  const model = tinyCnn();
  const p = await optvis.prototype(model, {
    target: 1,
    parameterisation: optvis.pixels({ low: 0, high: 1 }),
    steps: 30,
    learningRate: 0.2,
    lambda: 0,
    starts: 2,
  });
  const values = p.images.dataSync();
  assert.ok(values.every((v) => v >= 0 && v <= 1));
  assert.ok(values.some((v) => v === 0) && values.some((v) => v === 1), "a logit without penalty drives pixels to the bounds");
  assert.ok(p.history[0]![29]! > p.history[0]![0]!);
  p.dispose();
  model.dispose();
});

test("code-space prototypes lie in the decoder's range: x = g(z) exactly, inside [0, 1]", async () => {
  const model = tinyCnn();
  const decoder = tinyDecoder();
  const p = await optvis.prototype(model, { target: 2, parameterisation: optvis.code(decoder), steps: 25, learningRate: 0.1, starts: 3, seed: 2 });
  assert.deepEqual(p.images.shape, [3, 8, 8, 1]);
  const values = p.images.dataSync();
  assert.ok(
    values.every((v) => v > 0 && v < 1),
    "a sigmoid decoder's outputs",
  );
  for (const h of p.history) assert.ok(h[24]! > h[0]!, `code-space ascent raises the objective: ${h[0]} → ${h[24]}`);
  assert.equal(p.settings.lambdaOn, "code");
  assert.equal(p.settings.parameterisation["codeSize"], 3);
  assert.deepEqual(p.codes!.shape, [3, 3]);
  const decoded = decoder.predict(p.codes!) as xai.tf.Tensor;
  assert.deepEqual(Array.from(decoded.dataSync()), Array.from(values));
  decoded.dispose();
  p.dispose();
  model.dispose();
  decoder.dispose();
});

test("the code parameterisation's image is the decoder applied to its variable", async () => {
  const decoder = tinyDecoder();
  const z0 = tf.tensor1d([0.3, -1, 2]);
  const state = optvis.code(decoder, { init: z0 }).create({ count: 2, shape: [8, 8, 1], random: seeded(0) });
  const image = state.image();
  const direct = decoder.predict(tf.stack([z0, z0])) as xai.tf.Tensor;
  assert.deepEqual(Array.from(image.dataSync()), Array.from(direct.dataSync()));
  assert.deepEqual(Array.from(state.code()!.dataSync()), [0.3, -1, 2, 0.3, -1, 2].map(Math.fround));
  tf.dispose([image, direct, z0]);
  state.dispose();
  decoder.dispose();
});

test("a decoder whose output does not fit the model input is refused", async () => {
  const model = tinyCnn();
  const decoder = tf.sequential({ layers: [tf.layers.dense({ inputShape: [2], units: 10 })] });
  await assert.rejects(
    optvis.prototype(model, { target: 0, parameterisation: optvis.code(decoder), steps: 1 }),
    /decoder makes 10 values per code, the model input \[8, 8, 1\] has 64/,
  );
  assert.throws(() => optvis.code(model as unknown as xai.tf.LayersModel), /decoder input must be codes \[batch, d\]/);
  assert.throws(() => optvis.pixels({ low: 1, high: 0 }), /range is empty/);
  model.dispose();
  decoder.dispose();
});

test("jitter shifts the image by whole pixels with the edges replicated", () => {
  const x = tf.tensor4d(
    Array.from({ length: 2 * 4 * 5 * 2 }, (_, i) => i),
    [2, 4, 5, 2],
  );
  const data = x.arraySync() as number[][][][];
  // Find a seed whose first draw is a shift of (dy, dx) ≠ (0, 0) and compare with a hand shift.
  for (let seed = 0; seed < 20; seed++) {
    const probe = seeded(seed);
    const dy = probe.integer(-2, 2);
    const dx = probe.integer(-2, 2);
    const y = optvis.jitter(2).apply(x, seeded(seed));
    const got = y.arraySync() as number[][][][];
    const clamp = (v: number, n: number): number => Math.min(Math.max(v, 0), n - 1);
    for (let k = 0; k < 2; k++)
      for (let i = 0; i < 4; i++)
        for (let j = 0; j < 5; j++)
          for (let c = 0; c < 2; c++) {
            assert.equal(got[k]![i]![j]![c], data[k]![clamp(i - dy, 4)]![clamp(j - dx, 5)]![c]);
          }
    if (y !== x) y.dispose();
  }
  x.dispose();
});

test("scaling by 1 is the identity and scaling by 2 samples the centre bilinearly", () => {
  const x = tf.tensor4d([0, 1, 2, 3], [1, 1, 4, 1]);
  assert.equal(optvis.scale([1]).apply(x, seeded(0)), x);
  const y = optvis.scale([2]).apply(x, seeded(0));
  // Column j samples (j − 1.5)/2 + 1.5: 0.75, 1.25, 1.75, 2.25.
  assert.deepEqual(Array.from(y.dataSync()), [0.75, 1.25, 1.75, 2.25]);
  tf.dispose([x, y]);
});

test("ascent with jitter and scale still raises the class logit", async () => {
  const model = tinyCnn();
  const p = await optvis.prototype(model, { target: 3, transforms: [optvis.jitter(1), optvis.scale([0.9, 1, 1.1])], steps: 30, learningRate: 0.1, seed: 1 });
  const h = p.history[0]!;
  const early = (h[0]! + h[1]! + h[2]!) / 3;
  const late = (h[27]! + h[28]! + h[29]!) / 3;
  assert.ok(late > early, `${early} → ${late}`);
  assert.deepEqual(p.settings.transforms, [
    { kind: "jitter", pixels: 1 },
    { kind: "scale", factors: [0.9, 1, 1.1] },
  ]);
  p.dispose();
  model.dispose();
});

test("transforms are refused for models whose input is not an image", async () => {
  const m = tf.sequential({ layers: [tf.layers.dense({ inputShape: [5], units: 2 })] });
  await assert.rejects(
    optvis.prototype(m, { target: 0, transforms: [optvis.jitter(1)], steps: 1 }),
    /transforms need image inputs \[H, W, C\]; the model input is \[5\]/,
  );
  m.dispose();
});

/**
 * Pixel-flipping (methods.md §6) against curves worked out by hand on a linear model, the batched run
 * against the one-at-a-time reference, the seeded random baseline, and every bad argument.
 */
import { test } from "node:test";
import * as assert from "node:assert/strict";
import * as xai from "xai-lab";
import { compareSelectivity, pixelFlipping, areaUnderCurve, patchGrid, blur } from "../src/metrics";
import { assertAllClose, failsCleanly, images, linearModel, LINEAR_W, noLeak, smallCnn } from "./metrics.fixtures";

const tf = xai.tf;

/** The relevance of x = 1 under the linear model: w ⊙ x = w (gradient × input, exact for a linear model). */
function linearRelevance(): xai.tf.Tensor {
  return tf.tensor4d(LINEAR_W.flat(), [1, 4, 4, 1]);
}

test("most-relevant-first on a linear model removes patches 12, 8, 4, −1 and gives the curve 23, 11, 3, −1, 0", async () => {
  await xai.ready();
  const model = linearModel();
  const x = tf.ones([1, 4, 4, 1]);
  const r = linearRelevance();
  const result = await noLeak("pixelFlipping", () => pixelFlipping(model, x, r, { patch: 2, target: 0 }));
  assert.deepEqual(result.removalOrder, [[3, 1, 0, 2]]);
  assertAllClose(result.curve, [23, 11, 3, -1, 0], 1e-5, "curve");
  // Trapezoid over 4 steps: (17 + 7 + 1 − 0.5) / 4.
  assert.ok(Math.abs(result.meanAuc - 6.125) < 1e-5, `AUC ${result.meanAuc}`);
  assert.equal(result.better, "lower");
  assert.equal(pixelFlipping.better, "lower");
  assert.deepEqual(result.removed, [0, 1, 2, 3, 4]);
  assert.equal(result.patches, 4);
  x.dispose();
  r.dispose();
  model.dispose();
});

test("least-relevant-first on the same model gives 23, 24, 20, 12, 0 and says higher is better", async () => {
  const model = linearModel();
  const x = tf.ones([1, 4, 4, 1]);
  const r = linearRelevance();
  const result = await pixelFlipping(model, x, r, { patch: 2, target: 0, order: "least-relevant-first" });
  assertAllClose(result.curve, [23, 24, 20, 12, 0], 1e-5, "curve");
  assert.ok(Math.abs(result.meanAuc - 16.875) < 1e-5, `AUC ${result.meanAuc}`);
  assert.equal(result.better, "higher");
  x.dispose();
  r.dispose();
  model.dispose();
});

test("relevance maps without a channel axis, an Explanation, and a method recomputed every step give the same linear curve", async () => {
  const model = linearModel();
  const x = tf.ones([1, 4, 4, 1]);
  const maps = tf.tensor3d(LINEAR_W.flat(), [1, 4, 4]);
  const e = await xai.explain(model, x, { method: "gradient-x-input", target: 0 });
  const expected = [23, 11, 3, -1, 0];
  for (const [what, source] of [
    ["maps [N, H, W]", maps],
    ["an explanation", e],
    ["a recomputed method", { method: "gradient-x-input" }],
    ["a method by name, explained once", "gradient-x-input"],
  ] as const) {
    const result = await noLeak(what, () => pixelFlipping(model, x, source, { patch: 2, target: 0, recompute: what !== "a method by name, explained once" }));
    assertAllClose(result.curve, expected, 1e-5, what);
  }
  const recomputed = await pixelFlipping(model, x, { method: "gradient-x-input" }, { patch: 2, target: 0 });
  assert.equal(recomputed.recomputed, true);
  assert.equal(recomputed.method, "gradient-x-input");
  assert.equal((await pixelFlipping(model, x, e, { patch: 2 })).target[0], 0, "the explanation's target is used");
  e.dispose();
  maps.dispose();
  x.dispose();
  model.dispose();
});

test("one image [H, W, C] works with its relevance batched or not, and gives the same curve", async () => {
  const model = linearModel();
  const x = tf.ones([4, 4, 1]);
  const maps = [tf.tensor3d(LINEAR_W.flat(), [4, 4, 1]), tf.tensor2d(LINEAR_W), linearRelevance()];
  for (const r of maps) {
    const result = await noLeak("single image", () => pixelFlipping(model, x, r, { patch: 2, target: 0 }));
    assertAllClose(result.curve, [23, 11, 3, -1, 0], 1e-5, `relevance [${r.shape.join(", ")}]`);
  }
  tf.dispose([x, ...maps]);
  model.dispose();
});

test("replacing by the per-pixel data mean raises the score by each removed patch's weight sum", async () => {
  // Two images, 1 and 3 everywhere: the mean is 2, so removing a patch of image 0 adds its w-sum.
  const model = linearModel();
  const xs = tf.concat([tf.ones([1, 4, 4, 1]), tf.fill([1, 4, 4, 1], 3)]);
  const r = tf.tile(linearRelevance(), [2, 1, 1, 1]);
  const result = await noLeak("mean", () => pixelFlipping(model, xs, r, { patch: 2, target: 0, replace: "mean" }));
  assertAllClose(result.curves[0]!, [23, 35, 43, 47, 46], 1e-4, "image 0");
  assertAllClose(result.curves[1]!, [69, 57, 49, 45, 46], 1e-4, "image 1");
  assert.equal(result.replace, "mean (pixel)");
  const given = await pixelFlipping(model, xs, r, { patch: 2, target: 0, replace: "mean", mean: 2 });
  assertAllClose(given.curves.flat(), result.curves.flat(), 1e-4, "given mean");
  xs.dispose();
  r.dispose();
  model.dispose();
});

test("replacing by a blurred copy leaves a constant image (and its score) unchanged, borders included", async () => {
  const model = linearModel();
  const x = tf.ones([1, 4, 4, 1]);
  const r = linearRelevance();
  for (const blur of [{ kind: "gaussian" as const }, { kind: "box" as const, size: 3 }]) {
    const result = await noLeak("blur", () => pixelFlipping(model, x, r, { patch: 2, target: 0, replace: "blur", blur }));
    assertAllClose(result.curve, [23, 23, 23, 23, 23], 1e-4, `blur ${blur.kind}`);
  }
  const constant = await pixelFlipping(model, x, r, { patch: 2, target: 0, replace: 1 });
  assertAllClose(constant.curve, [23, 23, 23, 23, 23], 1e-5, "replace by 1");
  x.dispose();
  r.dispose();
  model.dispose();
});

test("score: probability tracks the softmax of the target, here the logistic function of the linear logit", async () => {
  const model = linearModel([
    [0.5, 0.5, 1, 1],
    [0.5, 0.5, 1, 1],
    [-0.5, 0, 1.5, 1.5],
    [0, 0, 1.5, 1.5],
  ]);
  const x = tf.ones([1, 4, 4, 1]);
  const r = tf.tensor4d(LINEAR_W.flat(), [1, 4, 4, 1]);
  const result = await pixelFlipping(model, x, r, { patch: 2, target: 0, score: "probability" });
  const logistic = (z: number) => 1 / (1 + Math.exp(-z));
  assertAllClose(result.curve, [11.5, 5.5, 1.5, -0.5, 0].map(logistic), 1e-6, "probability");
  x.dispose();
  r.dispose();
  model.dispose();
});

test("patches that do not divide the image are refused unless edge: 'partial', which makes smaller border patches", async () => {
  const model = linearModel(Array.from({ length: 5 }, () => [1, 1, 1, 1, 1]));
  const x = tf.ones([1, 5, 5, 1]);
  await failsCleanly(() => pixelFlipping(model, x, x, { patch: 2 }), /patch 2×2 does not divide the input 5×5.*edge: "partial"/);
  const result = await noLeak("partial", () => pixelFlipping(model, x, x, { patch: 2, edge: "partial", target: 0 }));
  assert.equal(result.patches, 9);
  // Patch sums 4, 4, 2 / 4, 4, 2 / 2, 2, 1: the 4s go first (lowest index first), then the 2s, then the corner.
  assert.deepEqual(result.removalOrder[0], [0, 1, 3, 4, 2, 5, 6, 7, 8]);
  assertAllClose(result.curve, [25, 21, 17, 13, 9, 7, 5, 3, 1, 0], 1e-5, "curve");
  x.dispose();
  model.dispose();
});

test("the patch grid of 28×28 MNIST with 4×4 patches has 49 patches numbered row-major", () => {
  const grid = patchGrid(28, 28, 4);
  assert.equal(grid.count, 49);
  assert.equal(grid.pixelPatch[0], 0);
  assert.equal(grid.pixelPatch[27], 6);
  assert.equal(grid.pixelPatch[4 * 28], 7);
  assert.equal(grid.pixelPatch[28 * 28 - 1], 48);
});

test("the blur is a kernel average renormalised over the pixels inside the image", async () => {
  // A single 9 in the middle of a 3×3 image: the 3×3 box average sees it from 4 pixels at a corner,
  // 6 at an edge and 9 in the middle.
  const image = tf.tensor4d([0, 0, 0, 0, 9, 0, 0, 0, 0], [1, 3, 3, 1]);
  await noLeak("blur", () => {
    const b = blur(image, { kind: "box", size: 3 });
    assertAllClose(b.dataSync(), [9 / 4, 9 / 6, 9 / 4, 9 / 6, 1, 9 / 6, 9 / 4, 9 / 6, 9 / 4], 1e-6, "box blur");
    b.dispose();
    const g = blur(image, { sigma: 1 });
    const values = g.dataSync();
    assert.ok(values[4]! > values[1]! && values[1]! > 0, "a Gaussian keeps the peak in the middle");
    g.dispose();
  });
  await failsCleanly(() => blur(image, { size: 4 }), /blur size must be a positive odd integer/);
  image.dispose();
});

test("the area under the curve is the trapezoid rule divided by the number of steps", () => {
  assert.equal(areaUnderCurve([1, 1, 1]), 1);
  assert.equal(areaUnderCurve([2, 0]), 1);
  assert.equal(areaUnderCurve([4, 2, 0, 0, 0]), (3 + 1 + 0 + 0) / 4);
});

test("batched and one-at-a-time pixel-flipping give identical curves, with fixed, chunked and recomputed relevance", async () => {
  const model = smallCnn(7);
  const xs = images(7, 8, 11);
  const e = await xai.explain(model, xs, { method: "epsilon-plus-flat" });
  const runs: [string, unknown, object][] = [
    ["fixed", e.relevance, {}],
    ["fixed, blur, probability", e.relevance, { replace: "blur", score: "probability", steps: 10 }],
    ["fixed, chunks of 3", e.relevance, { batchSize: 3, replace: "mean" }],
    ["recomputed zplus", { method: "zplus" }, { steps: 6, batchSize: 4 }],
    ["random", null, { order: "random", seed: 5 }],
  ];
  for (const [what, source, options] of runs) {
    const batched = await noLeak(what, () => pixelFlipping(model, xs, source as xai.tf.Tensor, { patch: 2, ...options }));
    const reference = await noLeak(what, () => pixelFlipping(model, xs, source as xai.tf.Tensor, { patch: 2, ...options, mode: "one-at-a-time" }));
    assert.deepEqual(batched.removalOrder, reference.removalOrder, `${what}: removal order`);
    assertAllClose(batched.curves.flat(), reference.curves.flat(), 1e-5, `${what}: curves`);
    assert.equal(batched.meanAuc.toFixed(5), reference.meanAuc.toFixed(5));
  }
  e.dispose();
  xs.dispose();
  model.dispose();
});

test("the random baseline is seeded: the same seed repeats its curve, another seed changes the order", async () => {
  const model = smallCnn(3);
  const xs = images(4, 8, 2);
  const a = await noLeak("random", () => pixelFlipping(model, xs, null, { order: "random", seed: 42, patch: 2 }));
  const b = await pixelFlipping(model, xs, null, { order: "random", seed: 42, patch: 2 });
  const c = await pixelFlipping(model, xs, null, { order: "random", seed: 43, patch: 2 });
  assert.deepEqual(a.removalOrder, b.removalOrder);
  assert.deepEqual(a.curves, b.curves);
  assert.notDeepEqual(a.removalOrder, c.removalOrder);
  for (const order of a.removalOrder)
    assert.deepEqual(
      [...order].sort((p, q) => p - q),
      Array.from({ length: 16 }, (_, i) => i),
      "a permutation of the patches",
    );
  assert.equal(a.method, "random");
  xs.dispose();
  model.dispose();
});

test("onProgress reports increasing fractions up to 1, in both modes", async () => {
  const model = smallCnn(3);
  const xs = images(3, 8, 4);
  for (const mode of ["batched", "one-at-a-time"] as const) {
    const seen: number[] = [];
    await pixelFlipping(model, xs, null, { order: "random", patch: 4, mode, onProgress: (f) => seen.push(f) });
    assert.ok(seen.length > 1, mode);
    assert.ok(
      seen.every((f, i) => f > 0 && f <= 1 && (i === 0 || f > seen[i - 1]!)),
      `${mode}: ${seen.join(", ")}`,
    );
    assert.equal(seen[seen.length - 1], 1);
  }
  xs.dispose();
  model.dispose();
});

test("compareSelectivity ranks methods against the random baseline on one prepared model", async () => {
  const model = linearModel();
  const xs = tf.ones([1, 4, 4, 1]);
  const progress: number[] = [];
  const c = await noLeak("compareSelectivity", () =>
    compareSelectivity(model, xs, ["gradient-x-input", { method: "epsilon", epsilon: 1e-9 }], {
      patch: 2,
      target: 0,
      seed: 1,
      onProgress: (f) => progress.push(f),
    }),
  );
  assert.deepEqual(
    c.table.map((r) => r.method),
    ["gradient-x-input", "epsilon", "random"],
  );
  assert.ok(Math.abs(c.table[0]!.meanAuc - 6.125) < 1e-4);
  assert.ok(Math.abs(c.table[1]!.meanAuc - 6.125) < 1e-4);
  // On a linear model with zero replacement, most-relevant-first by w ⊙ x is the fastest possible descent.
  assert.ok(c.table[0]!.vsRandom! <= 0, "gradient × input is never beaten by random on a linear model");
  assert.equal(c.table[0]!.vsRandom, c.table[0]!.meanAuc - c.baseline!.meanAuc);
  assert.equal(c.baseline!.meanAuc, c.table[2]!.meanAuc);
  assert.equal(c.better, "lower");
  assert.equal(progress[progress.length - 1], 1);
  xs.dispose();
  model.dispose();
});

test("bad arguments fail with an XaiError naming the problem, and leak nothing", async () => {
  const model = linearModel();
  const x = tf.ones([2, 4, 4, 1]);
  const r = tf.ones([2, 4, 4, 1]);
  const empty = tf.zeros([0, 4, 4, 1]);
  const wrong = tf.ones([2, 4, 4, 3]);
  await failsCleanly(() => pixelFlipping(model, x, r, { patch: 5 }), /patch 5×5 is larger than the input 4×4/);
  await failsCleanly(() => pixelFlipping(model, x, r, { patch: 5, edge: "partial" }), /larger than the input/);
  await failsCleanly(() => pixelFlipping(model, x, r, { patch: 3 }), /does not divide the input 4×4/);
  await failsCleanly(() => pixelFlipping(model, x, r, { patch: 0 }), /patch must be a positive integer/);
  await failsCleanly(() => pixelFlipping(model, empty, r, { patch: 2 }), /empty data/);
  await failsCleanly(() => pixelFlipping(model, wrong, r, { patch: 2 }), /do not match the model input \[N, 4, 4, 1\]/);
  const twoChannels = tf.ones([2, 4, 4, 2]);
  await failsCleanly(() => pixelFlipping(model, x, twoChannels, { patch: 2 }), /relevance of shape \[2, 4, 4, 2\] does not match/);
  twoChannels.dispose();
  await failsCleanly(() => pixelFlipping(model, x, null, { patch: 2 }), /needs relevance/);
  await failsCleanly(() => pixelFlipping(model, x, r, { patch: 2, order: "sideways" as "random" }), /order must be one of/);
  await failsCleanly(() => pixelFlipping(model, x, r, { patch: 2, steps: 5 }), /steps must be an integer from 1 to 4/);
  await failsCleanly(() => pixelFlipping(model, x, r, { patch: 2, replace: "noise" as "mean" }), /replace must be a number, "mean" or "blur"/);
  await failsCleanly(() => pixelFlipping(model, x, r, { patch: 2, replace: "mean", mean: [1, 2] }), /cannot be broadcast/);
  await failsCleanly(() => pixelFlipping(model, x, r, { patch: 2, target: 7 }), /target 7 .*out of range/);
  await failsCleanly(() => pixelFlipping(model, x, { method: "nonsense" }, { patch: 2 }), /unknown method 'nonsense'/);
  await failsCleanly(() => pixelFlipping(model, x, r, { patch: 2, batchSize: 0 }), /batchSize must be a positive integer/);
  await failsCleanly(() => pixelFlipping({} as xai.tf.LayersModel, x, r), /must be a tf.LayersModel or an Explainer/);
  await failsCleanly(() => compareSelectivity(model, x, [], { baseline: false }), /nothing to compare/);
  for (const t of [x, r, empty, wrong]) t.dispose();
  model.dispose();
});

/**
 * The translation trick (methods.md §5): shaped like the input, conservative when the rule is (the sum
 * is the mean of f over the shifted inputs), the plain explanation when the only shift is zero, and the
 * shifted-back heatmap of a shifted input, checked against plain-array shifting.
 */
import { test } from "node:test";
import * as assert from "node:assert/strict";
import * as xai from "xai-lab";
import { shiftImages, translationTrick } from "../src/tricks";
import { assertAllClose, failsCleanly, images, noLeak, smallCnn } from "./metrics.fixtures";

const tf = xai.tf;

/** Plain-array shift of images [N, H, W, 1] by (dy, dx) with `fill` entering. */
function shiftPlain(data: ArrayLike<number>, n: number, h: number, w: number, dy: number, dx: number, fill: number): Float32Array {
  const out = new Float32Array(n * h * w).fill(fill);
  for (let i = 0; i < n; i++)
    for (let y = 0; y < h; y++)
      for (let x = 0; x < w; x++) {
        const sy = y - dy;
        const sx = x - dx;
        if (sy >= 0 && sy < h && sx >= 0 && sx < w) out[(i * h + y) * w + x] = data[(i * h + sy) * w + sx]!;
      }
  return out;
}

test("the translation-averaged heatmap has the input's shape, for a batch and for one image", async () => {
  await xai.ready();
  const model = smallCnn(1);
  const xs = images(2, 8, 1);
  await noLeak("translationTrick", async () => {
    const t = await translationTrick(model, xs, { method: "zplus" });
    assert.deepEqual(t.relevance.shape, [2, 8, 8, 1]);
    assert.equal(t.shifts.length, 9);
    assert.equal(t.relevanceSum.length, 2);
    t.dispose();
    const one = tf.tidy(() => tf.squeeze(tf.slice(xs, [0], [1]), [0]));
    const single = await translationTrick(model, one, { method: "zplus", shifts: 2 });
    assert.deepEqual(single.relevance.shape, [8, 8, 1]);
    assert.deepEqual(single.output.shape, [3], "one image gets an output without a batch axis, like explain");
    assert.equal(single.shifts.length, 25);
    single.dispose();
    one.dispose();
  });
  xs.dispose();
  model.dispose();
});

test("with a conservative rule on a bias-free ReLU net the heatmap sums to the mean of f over the shifted inputs", async () => {
  const model = smallCnn(2, { bias: false, strides: 2, size: 10 });
  const xs = images(3, 10, 2);
  const n = 3;
  const data = xs.dataSync();
  const shifts = [-1, 0, 1].flatMap((dy) => [-1, 0, 1].map((dx) => [dy, dx] as const));
  for (const options of [{ method: "epsilon" }, { method: "zplus", zeroBias: true }]) {
    const before = tf.memory().numTensors;
    const t = await translationTrick(model, xs, { ...options, target: [0, 1, 2] });
    // f of each shifted input, from the model itself on plain-array shifts.
    const meanF = [0, 0, 0];
    for (const [dy, dx] of shifts) {
      const shifted = tf.tensor4d(shiftPlain(data, n, 10, 10, dy, dx, 0), [n, 10, 10, 1]);
      const out = model.predict(shifted) as xai.tf.Tensor;
      const logits = out.arraySync() as number[][];
      out.dispose();
      logits.forEach((row, i) => (meanF[i]! += row[i]! / shifts.length));
      shifted.dispose();
    }
    assertAllClose(t.relevanceSum, meanF, 1e-3 * Math.max(...meanF.map(Math.abs)), `${options.method}: Σ R = mean f`);
    assertAllClose(t.score, meanF, 1e-4, `${options.method}: reported mean scores`);
    // The result is an Explanation: output holds the mean logits, and score is its target column.
    const output = t.output.arraySync() as number[][];
    assert.deepEqual(t.output.shape, [3, 3]);
    assertAllClose(
      output.map((row, i) => row[i]!),
      t.score,
      1e-6,
      "output[target] = score",
    );
    t.dispose();
    assert.equal(tf.memory().numTensors, before, "the result's dispose frees everything");
  }
  xs.dispose();
  model.dispose();
});

test("with only the zero shift the trick is the plain explanation", async () => {
  const model = smallCnn(3);
  const xs = images(2, 8, 3);
  const t = await translationTrick(model, xs, { method: "epsilon-plus-flat", shifts: 0, target: 1 });
  const e = await xai.explain(model, xs, { method: "epsilon-plus-flat", target: 1 });
  assertAllClose(t.relevance.dataSync(), e.relevance.dataSync(), 1e-6, "relevance");
  assert.deepEqual(t.target, [1, 1]);
  t.dispose();
  e.dispose();
  xs.dispose();
  model.dispose();
});

test("one shift gives the explanation of the shifted input shifted back, zero where it left the frame", async () => {
  const model = smallCnn(4);
  const xs = images(1, 8, 4);
  const t = await translationTrick(model, xs, { method: "gradient", shifts: [[1, -2]], fill: 0.5, target: 0 });
  const shifted = tf.tensor4d(shiftPlain(xs.dataSync(), 1, 8, 8, 1, -2, 0.5), [1, 8, 8, 1]);
  const e = await xai.explain(model, shifted, { method: "gradient", target: 0 });
  const back = shiftPlain(e.relevance.dataSync(), 1, 8, 8, -1, 2, 0);
  assertAllClose(t.relevance.dataSync(), back, 1e-6, "shifted back");
  // The predicted class of the unshifted input is explained in every shift when no target is given.
  const predicted = await translationTrick(model, xs, { method: "gradient", shifts: 1 });
  const logits = (model.predict(xs) as xai.tf.Tensor).argMax(1);
  assert.deepEqual(predicted.target, Array.from(logits.dataSync()));
  for (const x of [t, predicted, e]) x.dispose();
  tf.dispose([shifted, logits, xs]);
  model.dispose();
});

test("shiftImages moves pixels down and right with the fill entering, and back up and left", async () => {
  const x = tf.tensor4d([1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 3, 3, 1]);
  await noLeak("shiftImages", () => {
    const down = shiftImages(x, 1, 1, -1);
    assert.deepEqual(Array.from(down.dataSync()), [-1, -1, -1, -1, 1, 2, -1, 4, 5]);
    const up = shiftImages(x, -1, -2, 0);
    assert.deepEqual(Array.from(up.dataSync()), [6, 0, 0, 9, 0, 0, 0, 0, 0]);
    tf.dispose([down, up]);
  });
  await failsCleanly(() => shiftImages(x, 3, 0), /entirely out of the frame/);
  x.dispose();
});

test("the trick accepts a prepared Explainer and explains in chunks with the same result", async () => {
  const model = smallCnn(5);
  const xs = images(2, 8, 5);
  await noLeak("with an explainer", async () => {
    const explainer = await xai.prepare(model);
    const a = await translationTrick(explainer, xs, { method: "zplus", batchSize: 4, target: 2 });
    const b = await translationTrick(model, xs, { method: "zplus", target: 2 });
    assertAllClose(a.relevance.dataSync(), b.relevance.dataSync(), 1e-6, "chunked");
    a.dispose();
    b.dispose();
    explainer.dispose();
  });
  xs.dispose();
  model.dispose();
});

test("bad parameters fail with an XaiError and leak nothing", async () => {
  const model = smallCnn(6);
  const xs = images(1, 8, 6);
  const wrong = tf.ones([1, 6, 6, 1]);
  const empty = tf.zeros([0, 8, 8, 1]);
  await failsCleanly(() => translationTrick(model, xs, { shifts: 8 }), /out of the frame/);
  await failsCleanly(() => translationTrick(model, xs, { shifts: -1 }), /non-negative integer/);
  await failsCleanly(() => translationTrick(model, xs, { shifts: [[0, 0.5]] as unknown as [number, number][] }), /whole pixels/);
  await failsCleanly(() => translationTrick(model, xs, { shifts: [] }), /non-empty list/);
  await failsCleanly(() => translationTrick(model, wrong), /does not match the model input/);
  await failsCleanly(() => translationTrick(model, empty), /empty/);
  await failsCleanly(() => translationTrick(model, xs, { method: "nonsense" }), /unknown method 'nonsense'/);
  await failsCleanly(() => translationTrick(model, xs, { target: 5 }), /out of range/);
  await failsCleanly(() => translationTrick(model, xs, { batchSize: 0 }), /batchSize must be a positive integer/);
  await failsCleanly(() => translationTrick(model, xs, { fill: NaN }), /fill must be a finite number/);
  tf.dispose([xs, wrong, empty]);
  model.dispose();
});

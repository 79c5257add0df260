/**
 * Sliding-window explanations (methods.md §5): where windows do not overlap the frame holds each
 * window's own explanation; where they overlap, the average; bad parameters are refused cleanly.
 */
import { test } from "node:test";
import * as assert from "node:assert/strict";
import * as xai from "xai-lab";
import { slidingWindow } from "../src/tricks";
import { assertAllClose, failsCleanly, images, noLeak, smallCnn } from "./metrics.fixtures";

const tf = xai.tf;

/** The [h, w] crop at (y0, x0) of a [1, H, W, 1] tensor's data as a plain row-major array. */
function crop(data: ArrayLike<number>, width: number, y0: number, x0: number, h: number, w: number): number[] {
  const out: number[] = [];
  for (let y = y0; y < y0 + h; y++) for (let x = x0; x < x0 + w; x++) out.push(data[y * width + x]!);
  return out;
}

test("with stride = window size the frame holds each window's own explanation, and its logits", async () => {
  await xai.ready();
  const model = smallCnn(1);
  const big = tf.tidy(() => images(1, 24, 1).slice([0, 0, 0, 0], [1, 16, 24, 1]));
  const s = await slidingWindow(model, big, { stride: 8, method: "epsilon-plus-flat" });
  assert.deepEqual(s.relevance.shape, [1, 16, 24, 1]);
  assert.deepEqual(
    s.windows.map((w) => [w.y, w.x]),
    [
      [0, 0],
      [0, 8],
      [0, 16],
      [8, 0],
      [8, 8],
      [8, 16],
    ],
  );
  assert.ok(s.coverage.every((row) => row.every((c) => c === 1)));
  const bigData = big.dataSync();
  const crops = tf.tensor4d(
    s.windows.flatMap((w) => crop(bigData, 24, w.y, w.x, 8, 8)),
    [6, 8, 8, 1],
  );
  const e = await xai.explain(model, crops, { method: "epsilon-plus-flat" });
  const relevance = s.relevance.dataSync();
  const perWindow = e.relevance.dataSync();
  const logits = e.output.arraySync() as number[][];
  s.windows.forEach((w, k) => {
    assertAllClose(crop(relevance, 24, w.y, w.x, 8, 8), Array.from(perWindow.subarray(k * 64, (k + 1) * 64)), 1e-6, `window ${k}`);
    assertAllClose(w.logits, logits[k]!, 1e-5, `logits of window ${k}`);
    assert.equal(w.predicted, e.target[k], "the predicted class is explained by default");
    assert.equal(w.target, w.predicted);
  });
  // As an Explanation of the frame: the mean window logits, and the class most windows predict.
  assert.deepEqual(s.output.shape, [1, 3]);
  assertAllClose(
    s.output.dataSync(),
    [0, 1, 2].map((k) => logits.reduce((sum, row) => sum + row[k]!, 0) / 6),
    1e-5,
    "mean logits",
  );
  const votes = [0, 1, 2].map((k) => e.target.filter((t) => t === k).length);
  assert.equal(s.target[0], votes.indexOf(Math.max(...votes)));
  tf.dispose([big, crops]);
  e.dispose();
  s.dispose();
  model.dispose();
});

test("where windows overlap the frame holds the average of their heatmaps, and coverage counts them", async () => {
  const model = smallCnn(2);
  const big = tf.tidy(() => images(1, 12, 2).slice([0, 0, 0, 0], [1, 8, 12, 1]));
  const before = tf.memory().numTensors;
  const s = await slidingWindow(model, big, { stride: 4, method: "zplus", target: 2 });
  assert.deepEqual(s.coverage[3], [1, 1, 1, 1, 2, 2, 2, 2, 1, 1, 1, 1]);
  const bigData = big.dataSync();
  const crops = tf.tensor4d([...crop(bigData, 12, 0, 0, 8, 8), ...crop(bigData, 12, 0, 4, 8, 8)], [2, 8, 8, 1]);
  const e = await xai.explain(model, crops, { method: "zplus", target: 2 });
  const r = e.relevance.dataSync();
  const expected: number[] = [];
  for (let y = 0; y < 8; y++)
    for (let x = 0; x < 12; x++) {
      const a = x < 8 ? r[y * 8 + x]! : null;
      const b = x >= 4 ? r[64 + y * 8 + (x - 4)]! : null;
      expected.push(a !== null && b !== null ? (a + b) / 2 : (a ?? b)!);
    }
  assertAllClose(s.relevance.dataSync(), expected, 1e-6, "averaged frame");
  assert.ok(s.windows.every((w) => w.target === 2));
  e.dispose();
  crops.dispose();
  s.dispose();
  assert.equal(tf.memory().numTensors, before, "nothing leaks once the result is disposed");
  big.dispose();
  model.dispose();
});

test("a window flush with the border is added when the stride does not reach it, unless cover: false", async () => {
  const model = smallCnn(3);
  const big = tf.tidy(() => tf.squeeze(images(1, 11, 3).slice([0, 0, 0, 0], [1, 8, 11, 1]), [0]));
  await noLeak("slidingWindow", async () => {
    const covered = await slidingWindow(model, big, { stride: 4 });
    assert.deepEqual(
      covered.windows.map((w) => w.x),
      [0, 3],
    );
    assert.deepEqual(covered.relevance.shape, [8, 11, 1], "one image without a batch axis stays so");
    covered.dispose();
    const bare = await slidingWindow(model, big, { stride: 4, cover: false });
    assert.deepEqual(
      bare.windows.map((w) => w.x),
      [0],
    );
    assert.deepEqual(bare.coverage[0]!.slice(8), [0, 0, 0]);
    assert.deepEqual(
      Array.from(bare.relevance.dataSync()).filter((_, i) => i % 11 >= 8),
      new Array(24).fill(0),
    );
    bare.dispose();
    const defaults = await slidingWindow(model, big);
    assert.deepEqual(defaults.stride, [4, 4], "the default stride is half the window");
    defaults.dispose();
  });
  big.dispose();
  model.dispose();
});

test("bad parameters fail with an XaiError and leak nothing", async () => {
  const model = smallCnn(4);
  const big = images(1, 16, 4);
  const small = images(1, 6, 4);
  const two = images(2, 16, 4);
  const rgb = tf.ones([1, 16, 16, 3]);
  await failsCleanly(() => slidingWindow(model, big, { stride: 0 }), /stride must be a positive integer/);
  await failsCleanly(() => slidingWindow(model, big, { stride: -2 }), /stride must be a positive integer/);
  await failsCleanly(() => slidingWindow(model, big, { stride: [4, 1.5] }), /stride must be a positive integer/);
  await failsCleanly(() => slidingWindow(model, small), /input 6×6 is smaller than the model's window 8×8/);
  await failsCleanly(() => slidingWindow(model, two), /one large image at a time/);
  await failsCleanly(() => slidingWindow(model, rgb), /3 channels but the model takes 1/);
  await failsCleanly(() => slidingWindow(model, big, { target: 7 }), /target must be "predicted" or a class index from 0 to 2/);
  await failsCleanly(() => slidingWindow(model, big, { method: "nonsense" }), /unknown method 'nonsense'/);
  await failsCleanly(() => slidingWindow(model, big, { batchSize: -1 }), /batchSize must be a positive integer/);
  tf.dispose([big, small, two, rgb]);
  model.dispose();
});

/**
 * The bundled MNIST digits: the fixed split (sizes, classes, no overlap, pinned content), value ranges,
 * windows by count/offset, errors for bad windows, tensors that match the arrays and leave nothing behind.
 */
import { test } from "node:test";
import * as assert from "node:assert/strict";
import * as xai from "xai-lab";
import { splitArrays } from "../src/data/digits";
import { CLASS_SIZES, splitDigits, testIndices } from "../src/data/split";

const { tf, XaiError } = xai;
const { mnist, mnistArrays, SPLIT_SIZES, LABEL_NAMES } = xai.data;

const PIXELS = 784;

function classCounts(labels: Int32Array): number[] {
  const counts = new Array<number>(10).fill(0);
  for (const l of labels) counts[l]!++;
  return counts;
}

/** FNV-1a over one digit's pixels (as thousandths), to compare digits by content. */
function digitHash(images: Float32Array, k: number): number {
  let h = 2166136261;
  for (let i = k * PIXELS; i < (k + 1) * PIXELS; i++) {
    h ^= Math.round(images[i]! * 1000);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

test("the split holds 8,000 train and 2,000 test digits, the test split 200 of each class", () => {
  assert.deepEqual(SPLIT_SIZES, { train: 8000, test: 2000 });
  const train = mnistArrays({ split: "train" });
  const testSplit = mnistArrays({ split: "test" });
  assert.equal(train.labels.length, 8000);
  assert.equal(train.images.length, 8000 * PIXELS);
  assert.deepEqual(train.shape, [8000, 28, 28, 1]);
  assert.deepEqual(classCounts(testSplit.labels), new Array(10).fill(200));
  assert.deepEqual(
    classCounts(train.labels),
    CLASS_SIZES.map((n) => n - 200),
  );
});

test("every digit of the package is in exactly one split", () => {
  const seen = new Set<string>();
  for (const split of ["train", "test"] as const) for (const r of splitDigits(split)) seen.add(`${r.label}:${r.index}`);
  assert.equal(seen.size, 10_000);
  assert.equal(
    CLASS_SIZES.reduce((a, n) => a + n, 0),
    10_000,
  );
});

test("no test image is equal to any training image", () => {
  const train = mnistArrays({ split: "train" });
  const testSplit = mnistArrays({ split: "test" });
  const trainHashes = new Set<number>();
  for (let k = 0; k < 8000; k++) trainHashes.add(digitHash(train.images, k));
  let shared = 0;
  for (let k = 0; k < 2000; k++) if (trainHashes.has(digitHash(testSplit.images, k))) shared++;
  assert.equal(shared, 0);
});

test("test digits are spread evenly through each class file: positions 2, 7, 12, … for 1,001 digits", () => {
  const positions = testIndices(1001);
  assert.deepEqual(positions.slice(0, 4), [2, 7, 12, 17]);
  assert.equal(positions[199], 998);
  assert.equal(new Set(positions).size, 200);
});

test("the split is pinned: its order and its pixel sums do not change between versions", () => {
  const testSplit = mnistArrays({ split: "test" });
  const train = mnistArrays({ split: "train" });
  assert.deepEqual(Array.from(testSplit.labels.slice(0, 20)), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  // Classes merged in proportion: the largest classes (1, 7, 3) come first in each round.
  assert.deepEqual(Array.from(train.labels.slice(0, 10)), [1, 7, 3, 6, 0, 2, 4, 9, 8, 5]);
  const sum = (a: Float32Array): number => a.reduce((s, v) => s + v, 0);
  assert.ok(Math.abs(sum(testSplit.images) - 209095.511) < 0.05, `test pixel sum ${sum(testSplit.images)}`);
  assert.ok(Math.abs(sum(train.images) - 818853.978) < 0.2, `train pixel sum ${sum(train.images)}`);
});

test("pixels lie in [0, 1], with black background and white strokes", () => {
  const { images } = mnistArrays({ split: "test", count: 500 });
  let min = Infinity;
  let max = -Infinity;
  let zeros = 0;
  for (const v of images) {
    if (v < min) min = v;
    if (v > max) max = v;
    if (v === 0) zeros++;
  }
  assert.equal(min, 0);
  assert.equal(max, 1);
  const zeroFraction = zeros / images.length;
  assert.ok(zeroFraction > 0.7 && zeroFraction < 0.9, `fraction of black pixels ${zeroFraction}`);
});

test("any prefix holds the classes in proportion: the first 500 test digits are 50 per class, the first 1,000 train digits 8–12% each", () => {
  assert.deepEqual(classCounts(mnistArrays({ split: "test", count: 500 }).labels), new Array(10).fill(50));
  for (const c of classCounts(mnistArrays({ split: "train", count: 1000 }).labels)) assert.ok(c >= 80 && c <= 120, `class count ${c}`);
  assert.deepEqual(LABEL_NAMES, ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"]);
});

test("count and offset select a window of the split", () => {
  const all = mnistArrays({ split: "train", count: 40 });
  const window = mnistArrays({ split: "train", offset: 10, count: 5 });
  assert.deepEqual(window.shape, [5, 28, 28, 1]);
  assert.deepEqual(Array.from(window.labels), Array.from(all.labels.slice(10, 15)));
  assert.deepEqual(Array.from(window.images), Array.from(all.images.slice(10 * PIXELS, 15 * PIXELS)));
  const rest = mnistArrays({ split: "test", offset: 1990 });
  assert.equal(rest.labels.length, 10);
});

test("the arrays are fresh copies: changing one result does not change the next", () => {
  const a = mnistArrays({ split: "test", count: 1 });
  a.images.fill(7);
  a.labels[0] = 9;
  const b = mnistArrays({ split: "test", count: 1 });
  assert.equal(b.labels[0], 0);
  assert.ok(b.images.every((v) => v <= 1));
});

test("a bad split, count or offset is an XaiError naming it", () => {
  const bad: [object, RegExp][] = [
    [{ split: "validation" }, /split must be "train" or "test"/],
    [{ split: "test", count: 0 }, /count must be a positive integer/],
    [{ split: "test", count: 2.5 }, /count must be a positive integer/],
    [{ split: "test", offset: -1 }, /offset must be an integer in \[0, 1999\]/],
    [{ split: "test", offset: 2000 }, /offset must be an integer in \[0, 1999\]/],
    [{ split: "test", offset: 1990, count: 20 }, /offset 1990 \+ count 20 = 2010 is more than the 2000 digits of the test split/],
    [{ split: "train", count: 8001 }, /more than the 8000 digits of the train split/],
  ];
  for (const [options, message] of bad) {
    assert.throws(
      () => mnistArrays(options as never),
      (e: unknown) => e instanceof XaiError && message.test(e.message),
      JSON.stringify(options),
    );
  }
});

test("mnist() gives float32 [N, 28, 28, 1] images and int32 labels equal to the arrays, and disposing them leaves no tensors", async () => {
  const before = tf.memory().numTensors;
  const t = await mnist({ split: "test", offset: 3, count: 7 });
  const a = mnistArrays({ split: "test", offset: 3, count: 7 });
  assert.deepEqual(t.images.shape, [7, 28, 28, 1]);
  assert.equal(t.images.dtype, "float32");
  assert.deepEqual(t.labels.shape, [7]);
  assert.equal(t.labels.dtype, "int32");
  assert.deepEqual(Array.from(t.labels.dataSync()), Array.from(a.labels));
  assert.deepEqual(Array.from(t.images.dataSync()), Array.from(a.images));
  assert.deepEqual(t.labelNames, LABEL_NAMES);
  assert.equal(tf.memory().numTensors, before + 2);
  t.images.dispose();
  t.labels.dispose();
  assert.equal(tf.memory().numTensors, before);
  await assert.rejects(mnist({ split: "test", count: -3 }), XaiError);
  assert.equal(tf.memory().numTensors, before);
});

test("loading is cached per process: the files are parsed once and every call copies from the one parse", () => {
  const parsed = splitArrays("train");
  assert.equal(splitArrays("train"), parsed, "the second load reuses the parsed split");
  const first = mnistArrays({ split: "train", count: 5 });
  const second = mnistArrays({ split: "train", count: 5 });
  // Callers may change what they get: equal contents, separate buffers, the cache untouched.
  assert.deepEqual(second.images, first.images);
  first.images.fill(-1);
  assert.deepEqual(Array.from(second.images.subarray(0, 784)), Array.from(parsed.images.subarray(0, 784)));
});

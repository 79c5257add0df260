/**
 * The pieces of the training run (`npm run train`): the seeded generator and permutation, the shift
 * augmentation, and the wasm convolution gradients, which must agree with the cpu backend's kernels.
 */
import { test } from "node:test";
import * as assert from "node:assert/strict";
import * as tf from "@tensorflow/tfjs";
import { useBackend } from "../src/backend";
import { randomShifts, shiftInto } from "../src/train/augment";
import { permutation } from "../src/random";
import { seededUniform, withSeededMathRandom } from "../src/train/random";
import { installWasmConvGradients } from "../src/train/wasmConvGradients";

test("the seeded generator repeats for the same seed, differs for another, and stays in [0, 1)", () => {
  const a = seededUniform(42);
  const b = seededUniform(42);
  const c = seededUniform(43);
  const xs = Array.from({ length: 1000 }, () => a());
  assert.deepEqual(
    xs,
    Array.from({ length: 1000 }, () => b()),
  );
  assert.notDeepEqual(
    xs.slice(0, 5),
    Array.from({ length: 5 }, () => c()),
  );
  assert.ok(xs.every((x) => x >= 0 && x < 1));
  const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
  assert.ok(Math.abs(mean - 0.5) < 0.03, `mean ${mean}`);
});

test("a permutation holds every index once, and the same seed gives the same order", () => {
  const p = permutation(100, seededUniform(7));
  assert.deepEqual(
    Array.from(p).sort((x, y) => x - y),
    Array.from({ length: 100 }, (_, i) => i),
  );
  assert.deepEqual(Array.from(permutation(100, seededUniform(7))), Array.from(p));
  assert.notDeepEqual(
    Array.from(p),
    Array.from({ length: 100 }, (_, i) => i),
  );
});

test("withSeededMathRandom makes Math.random repeatable inside and restores it afterwards", async () => {
  const original = Math.random;
  const first = await withSeededMathRandom(5, async () => [Math.random(), Math.random()]);
  const second = await withSeededMathRandom(5, async () => [Math.random(), Math.random()]);
  assert.deepEqual(first, second);
  assert.equal(Math.random, original);
  await assert.rejects(
    withSeededMathRandom(5, async () => Promise.reject(new Error("boom"))),
    /boom/,
  );
  assert.equal(Math.random, original);
});

test("shifting a digit moves each pixel by (dy, dx) and fills the vacated rows and columns with black", () => {
  const src = new Float32Array(784);
  src[10 * 28 + 12] = 1; // row 10, column 12
  src[0] = 0.5; // top-left corner: pushed out by a shift up or left
  const down = new Float32Array(784);
  shiftInto(src, down, 0, 2, -1);
  assert.equal(down[12 * 28 + 11], 1);
  assert.equal(
    down.reduce((s, v) => s + v, 0),
    1,
  );
  const up = new Float32Array(784);
  shiftInto(src, up, 0, -2, 2);
  assert.equal(up[8 * 28 + 14], 1);
  assert.equal(up[0 * 28 + 2], 0);
  const same = new Float32Array(784);
  shiftInto(src, same, 0, 0, 0);
  assert.deepEqual(same, src);
});

test("random shifts stay within ±2 pixels, vary from digit to digit, and repeat for the same seed", () => {
  const n = 50;
  const images = new Float32Array(n * 784);
  for (let k = 0; k < n; k++) images[k * 784 + 14 * 28 + 14] = 1; // one lit pixel in the centre
  const a = randomShifts(images, 2, seededUniform(1));
  assert.deepEqual(a, randomShifts(images, 2, seededUniform(1)));
  const offsets = new Set<string>();
  for (let k = 0; k < n; k++) {
    const at = a.subarray(k * 784, (k + 1) * 784).indexOf(1);
    const dy = Math.floor(at / 28) - 14;
    const dx = (at % 28) - 14;
    assert.ok(Math.abs(dy) <= 2 && Math.abs(dx) <= 2, `shift ${dy}, ${dx}`);
    offsets.add(`${dy},${dx}`);
  }
  assert.ok(offsets.size > 10, `only ${offsets.size} distinct shifts in ${n} draws`);
});

test("the wasm convolution gradients equal the cpu backend's for valid/same padding and strides 1 and 2", async () => {
  await useBackend("wasm");
  const uninstall = installWasmConvGradients();
  const cases: [number, number, number, "valid" | "same"][] = [
    [5, 1, 3, "valid"],
    [3, 1, 3, "same"],
    [5, 1, 2, "same"],
    [3, 2, 3, "same"],
    [3, 2, 2, "valid"],
    [4, 2, 3, "same"],
  ];
  try {
    for (const [k, stride, channels, padding] of cases) {
      const x = tf.randomNormal([2, 9, 9, channels], 0, 1, "float32", 1) as tf.Tensor4D;
      const w = tf.randomNormal([k, k, channels, 4], 0, 1, "float32", 2) as tf.Tensor4D;
      const probe = tf.randomNormal(tf.conv2d(x, w, stride, padding).shape, 0, 1, "float32", 3);
      const f = (xx: tf.Tensor, ww: tf.Tensor): tf.Scalar => tf.sum(tf.mul(tf.conv2d(xx as tf.Tensor4D, ww as tf.Tensor4D, stride, padding), probe));
      const [dxWasm, dwWasm] = tf
        .grads(f)([x, w])
        .map((g) => g.dataSync());
      const inputs = [x, w, probe].map((t) => ({ data: t.dataSync(), shape: t.shape }));
      await tf.setBackend("cpu");
      const [xc, wc, pc] = inputs.map((t) => tf.tensor(t.data, t.shape));
      const [dxCpu, dwCpu] = tf
        .grads((xx: tf.Tensor, ww: tf.Tensor): tf.Scalar => tf.sum(tf.mul(tf.conv2d(xx as tf.Tensor4D, ww as tf.Tensor4D, stride, padding), pc!)))([xc!, wc!])
        .map((g) => g.dataSync());
      await tf.setBackend("wasm");
      const label = `kernel ${k}, stride ${stride}, ${padding}`;
      assert.ok(maxDiff(dwWasm!, dwCpu!) < 1e-4, `${label}: weight gradient differs by ${maxDiff(dwWasm!, dwCpu!)}`);
      assert.ok(maxDiff(dxWasm!, dxCpu!) < 1e-4, `${label}: input gradient differs by ${maxDiff(dxWasm!, dxCpu!)}`);
    }
  } finally {
    uninstall();
  }
});

test("the wasm gradient kernels leave no tensors behind and uninstalling restores the missing-kernel error", async () => {
  await useBackend("wasm");
  const uninstall = installWasmConvGradients();
  const x = tf.randomNormal([1, 6, 6, 2]) as tf.Tensor4D;
  const w = tf.randomNormal([3, 3, 2, 3]) as tf.Tensor4D;
  const before = tf.memory().numTensors;
  const grads = tf.grads((xx: tf.Tensor, ww: tf.Tensor): tf.Scalar => tf.sum(tf.conv2d(xx as tf.Tensor4D, ww as tf.Tensor4D, 1, "same")))([x, w]);
  assert.equal(tf.memory().numTensors, before + 2);
  tf.dispose(grads);
  assert.equal(tf.memory().numTensors, before);
  uninstall();
  assert.throws(() => tf.grad((ww: tf.Tensor) => tf.sum(tf.conv2d(x, ww as tf.Tensor4D, 1, "same")))(w), /Conv2DBackpropFilter/);
  tf.dispose([x, w]);
});

function maxDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i]! - b[i]!));
  return m;
}

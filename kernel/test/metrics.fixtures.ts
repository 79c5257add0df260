/**
 * Fixtures of the metrics and tricks tests: hand-made models whose answers can be worked out on paper,
 * small seeded CNNs, and the tensor-hygiene assertions (nothing leaks, not even when a call throws).
 */
import * as assert from "node:assert/strict";
import * as xai from "xai-lab";
import { seededRandom } from "../src/metrics/metric";

const tf = xai.tf;

/**
 * A linear model on 4×4×1 images: logit 0 = Σ w·x with `w` the 4×4 grid below, logit 1 = 0. With x = 1
 * the 2×2 patches hold w-sums 4 (top left), 8 (top right), −1 (bottom left), 12 (bottom right), f = 23.
 */
export const LINEAR_W = [
  [1, 1, 2, 2],
  [1, 1, 2, 2],
  [-1, 0, 3, 3],
  [0, 0, 3, 3],
];

export function linearModel(w: readonly (readonly number[])[] = LINEAR_W): xai.tf.LayersModel {
  const h = w.length;
  const width = w[0]!.length;
  const model = tf.sequential();
  model.add(tf.layers.flatten({ inputShape: [h, width, 1] }));
  model.add(tf.layers.dense({ units: 2, useBias: false }));
  tf.tidy(() =>
    model.layers[1]!.setWeights([
      tf.tensor2d(
        w.flat().map((v) => [v, 0]),
        [h * width, 2],
      ),
    ]),
  );
  return model;
}

/**
 * A seeded CNN on `size`×`size`×1 images: conv 3×3 (4 filters, ReLU) → max-pool 2 → flatten → dense
 * (`classes` logits). With `bias: false` it is a bias-free ReLU net (positively homogeneous: LRP-ε and
 * z+ conserve f exactly).
 */
export function smallCnn(seed: number, options: { size?: number; classes?: number; bias?: boolean; strides?: number } = {}): xai.tf.LayersModel {
  const { size = 8, classes = 3, bias = true, strides = 1 } = options;
  const random = seededRandom(seed);
  const model = tf.sequential();
  model.add(tf.layers.conv2d({ inputShape: [size, size, 1], filters: 4, kernelSize: 3, strides, activation: "relu", useBias: bias }));
  model.add(tf.layers.maxPooling2d({ poolSize: 2 }));
  model.add(tf.layers.flatten());
  model.add(tf.layers.dense({ units: classes, useBias: bias }));
  tf.tidy(() => {
    for (const layer of model.layers) {
      const weights = layer.getWeights();
      if (weights.length === 0) continue;
      layer.setWeights(
        weights.map((t) =>
          tf.tensor(
            Array.from({ length: t.size }, () => Math.fround(random() * 2 - 1) * (t.rank === 1 ? 0.2 : 0.8)),
            t.shape,
          ),
        ),
      );
    }
  });
  return model;
}

/** Seeded uniform images [n, size, size, 1] in [0, 1). */
export function images(n: number, size: number, seed: number): xai.tf.Tensor4D {
  const random = seededRandom(seed);
  return tf.tensor4d(
    Array.from({ length: n * size * size }, () => Math.fround(random())),
    [n, size, size, 1],
  );
}

/** Runs `body` and asserts that it left no tensor behind. */
export async function noLeak<T>(what: string, body: () => Promise<T> | T): Promise<T> {
  const before = tf.memory().numTensors;
  const result = await body();
  assert.equal(tf.memory().numTensors, before, `${what} leaked ${tf.memory().numTensors - before} tensors`);
  return result;
}

/** Asserts that `body` fails with an XaiError whose message matches `pattern`, leaving no tensor behind. */
export async function failsCleanly(body: () => Promise<unknown> | unknown, pattern: RegExp): Promise<void> {
  const before = tf.memory().numTensors;
  await assert.rejects(
    async () => body(),
    (e: unknown) => {
      assert.ok(e instanceof xai.XaiError, `expected an XaiError, got ${String(e)}`);
      assert.match(e.message, pattern);
      return true;
    },
  );
  assert.equal(tf.memory().numTensors, before, `the failing call leaked ${tf.memory().numTensors - before} tensors`);
}

/** Asserts |a − b| ≤ tol element-wise. */
export function assertAllClose(actual: ArrayLike<number>, expected: ArrayLike<number>, tol: number, what: string): void {
  assert.equal(actual.length, expected.length, `${what}: lengths differ`);
  for (let i = 0; i < actual.length; i++) {
    assert.ok(Math.abs(actual[i]! - expected[i]!) <= tol, `${what}[${i}]: got ${actual[i]}, expected ${expected[i]} (tolerance ${tol})`);
  }
}

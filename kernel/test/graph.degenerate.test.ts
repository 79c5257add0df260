/** Degenerate shapes that tfjs ops refuse in corner cases: one-element windows, one-output models. */
import { strict as assert } from "node:assert";
import { test } from "node:test";
import * as xai from "xai-lab";

const tf = xai.tf;

test("global max pooling over a 1×1 feature map sends all relevance to its only element", async () => {
  const m = tf.sequential();
  m.add(tf.layers.conv2d({ inputShape: [3, 3, 1], filters: 2, kernelSize: 3, useBias: false, kernelInitializer: "ones" }));
  m.add(tf.layers.globalMaxPooling2d({}));
  m.add(tf.layers.dense({ units: 1, useBias: false, kernelInitializer: "ones" }));
  const x = tf.tensor4d([1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 3, 3, 1]);
  const before = tf.memory().numTensors;
  const e = await xai.explain(m, x, { method: "zplus" });
  // f = 2 · (1 + … + 9) = 90; z⁺ with positive weights and inputs gives R_i = 2·x_i.
  assert.deepEqual(Array.from(e.relevance.dataSync()), [2, 4, 6, 8, 10, 12, 14, 16, 18]);
  e.dispose();
  assert.equal(tf.memory().numTensors, before);
  x.dispose();
  m.dispose();
});

test("max pooling with a 1×1 window passes the gradient through unchanged", async () => {
  const m = tf.sequential();
  m.add(tf.layers.maxPooling2d({ inputShape: [2, 2, 1], poolSize: 1 }));
  m.add(tf.layers.flatten());
  m.add(tf.layers.dense({ units: 2, useBias: false, kernelInitializer: "ones" }));
  const x = tf.tensor4d([1, -2, 3, -4], [1, 2, 2, 1]);
  const e = await xai.explain(m, x, { method: "gradient", target: 1 });
  assert.deepEqual(Array.from(e.relevance.dataSync()), [1, 1, 1, 1]);
  e.dispose();
  x.dispose();
  m.dispose();
});

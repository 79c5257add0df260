/**
 * Models written by the Keras converter (snake_case configs, `model_config` wrapper, Keras weight
 * names) load from disk and explain like models saved by tfjs.
 */
import { strict as assert } from "node:assert";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { test } from "node:test";
import * as xai from "xai-lab";

const tf = xai.tf;

/** A 2-input, 2-hidden, 2-class dense net with hand-picked weights, in the converter's format. */
function writeConverterModel(dir: string): void {
  const kernel1 = [1, -1, 2, 0.5]; // [2, 2] row-major: inputs × units
  const bias1 = [0, -0.5];
  const kernel2 = [1, 0, -1, 2];
  const bias2 = [0.25, 0];
  const topology = {
    keras_version: "2.15.0",
    backend: "tensorflow",
    model_config: {
      class_name: "Sequential",
      config: {
        name: "sequential",
        layers: [
          { class_name: "InputLayer", config: { batch_input_shape: [null, 2], dtype: "float32", sparse: false, name: "input_1" } },
          {
            class_name: "Dense",
            config: {
              name: "dense",
              trainable: true,
              dtype: "float32",
              units: 2,
              activation: "relu",
              use_bias: true,
              kernel_initializer: { class_name: "Zeros", config: {} },
              bias_initializer: { class_name: "Zeros", config: {} },
              kernel_regularizer: null,
              bias_regularizer: null,
              activity_regularizer: null,
              kernel_constraint: null,
              bias_constraint: null,
            },
          },
          {
            class_name: "Dense",
            config: {
              name: "dense_1",
              trainable: true,
              dtype: "float32",
              units: 2,
              activation: "softmax",
              use_bias: true,
              kernel_initializer: { class_name: "Zeros", config: {} },
              bias_initializer: { class_name: "Zeros", config: {} },
              kernel_regularizer: null,
              bias_regularizer: null,
              activity_regularizer: null,
              kernel_constraint: null,
              bias_constraint: null,
            },
          },
        ],
      },
    },
    training_config: { loss: "categorical_crossentropy", metrics: ["accuracy"], optimizer_config: { class_name: "Adam", config: { learning_rate: 0.001 } } },
  };
  const weights = [
    { name: "dense/kernel", shape: [2, 2], dtype: "float32" },
    { name: "dense/bias", shape: [2], dtype: "float32" },
    { name: "dense_1/kernel", shape: [2, 2], dtype: "float32" },
    { name: "dense_1/bias", shape: [2], dtype: "float32" },
  ];
  const data = new Float32Array([...kernel1, ...bias1, ...kernel2, ...bias2]);
  fs.writeFileSync(path.join(dir, "group1-shard1of1.bin"), Buffer.from(data.buffer));
  const json = {
    format: "layers-model",
    generatedBy: "keras v2.15.0",
    convertedBy: "TensorFlow.js Converter v4.22.0",
    modelTopology: topology,
    weightsManifest: [{ paths: ["group1-shard1of1.bin"], weights }],
  };
  fs.writeFileSync(path.join(dir, "model.json"), JSON.stringify(json));
}

test("a model.json written by the Keras converter loads and gives the hand-computed logits", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "xai-keras-"));
  writeConverterModel(dir);
  const model = await xai.loadModel(path.join(dir, "model.json"));
  const explainer = await xai.prepare(model);
  // x = (1, 2): hidden z = (1·1 + 2·2 + 0, 1·(−1) + 2·0.5 − 0.5) = (5, −0.5) → a = (5, 0);
  // logits = (5·1 + 0·(−1) + 0.25, 5·0 + 0·2 + 0) = (5.25, 0).
  const x = tf.tensor2d([[1, 2]]);
  const logits = await explainer.predict(x);
  assert.deepEqual(Array.from(logits.dataSync()), [5.25, 0]);
  // LRP-0 of class 0: the output layer gives R_hidden = a·w/z·5.25 = (5·1/5.25·5.25, 0) = (5, 0)... the bias
  // 0.25 absorbs 0.25. Hidden unit 0: z = 5, contributions (1·1, 2·2) = (1, 4) → R = (1, 4).
  const e = await explainer.explain(x, { method: "lrp-0", target: 0 });
  const r = Array.from(e.relevance.dataSync());
  assert.ok(Math.abs(r[0]! - 1) < 1e-5 && Math.abs(r[1]! - 4) < 1e-5, `relevance ${r}`);
  e.dispose();
  logits.dispose();
  x.dispose();
  explainer.dispose();
  model.dispose();
});

test("loading a directory finds the model.json inside it", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "xai-keras-"));
  writeConverterModel(dir);
  const model = await xai.loadModel(dir);
  assert.deepEqual(
    model.layers.map((l) => l.name).filter((n) => n.startsWith("dense")),
    ["dense", "dense_1"],
  );
  model.dispose();
});

/**
 * The bundled models: list() describes them, each loads from the package's files (from any working
 * directory) with its documented architecture, classifies the first 500 test digits as well as the
 * training run recorded, and loading leaves no tensors behind once the model is disposed.
 */
import { test } from "node:test";
import * as assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as xai from "xai-lab";

const { tf, XaiError, models } = xai;
const { mnistArrays } = xai.data;

/** Accuracy on the first 500 test digits must reach these (measured: see kernel/models/<name>/metrics.json). */
const FLOOR: Record<xai.models.BundledName, number> = {
  "mnist-mlp": 0.97,
  "mnist-cnn": 0.98,
  "mnist-cnn-explainable": 0.98,
};

const LOADERS: Record<xai.models.BundledName, () => Promise<xai.tf.LayersModel>> = {
  "mnist-mlp": models.mnistMlp,
  "mnist-cnn": models.mnistCnn,
  "mnist-cnn-explainable": models.mnistCnnExplainable,
};

/** The documented layers: class name and the size that defines each (units, filters, pool). */
const ARCHITECTURE: Record<xai.models.BundledName, string[]> = {
  "mnist-mlp": ["Flatten", "Dense 128 relu bias", "Dense 64 relu bias", "Dense 10 softmax bias"],
  "mnist-cnn": [
    "Conv2D 16 5x5 relu bias",
    "MaxPooling2D 2x2",
    "Conv2D 32 5x5 relu bias",
    "MaxPooling2D 2x2",
    "Flatten",
    "Dense 64 relu bias",
    "Dense 10 softmax bias",
  ],
  "mnist-cnn-explainable": [
    "Conv2D 16 5x5 relu nobias",
    "AveragePooling2D 2x2",
    "Conv2D 32 5x5 relu nobias",
    "AveragePooling2D 2x2",
    "Flatten",
    "Dropout 0.25",
    "Dense 64 relu nobias",
    "Dropout 0.5",
    "Dense 10 softmax nobias",
  ],
};

interface Metrics {
  testAccuracy: number;
  testAccuracyFirst500: number;
  seed: number;
  epochs: number;
}

function describeLayer(layer: xai.tf.layers.Layer): string {
  const c = layer.getConfig() as Record<string, unknown>;
  const cls = layer.getClassName();
  const bias = c["useBias"] ? "bias" : "nobias";
  if (cls === "Dense") return `Dense ${c["units"]} ${c["activation"]} ${bias}`;
  if (cls === "Conv2D") return `Conv2D ${c["filters"]} ${(c["kernelSize"] as number[]).join("x")} ${c["activation"]} ${bias}`;
  if (cls.endsWith("Pooling2D")) return `${cls} ${(c["poolSize"] as number[]).join("x")}`;
  if (cls === "Dropout") return `Dropout ${c["rate"]}`;
  return cls;
}

function metricsOf(name: xai.models.BundledName): Metrics {
  return JSON.parse(fs.readFileSync(path.join(models.MODELS_DIR, name, "metrics.json"), "utf8")) as Metrics;
}

test("list() names the three models with input shape, architecture, recorded accuracy and an existing file", () => {
  const listed = models.list();
  assert.deepEqual(
    listed.map((m) => m.name),
    ["mnist-mlp", "mnist-cnn", "mnist-cnn-explainable"],
  );
  for (const m of listed) {
    assert.deepEqual(m.inputShape, [28, 28, 1]);
    assert.ok(m.description.length > 20 && m.architecture.includes("Dense(10, softmax"), m.name);
    assert.equal(m.testAccuracy, metricsOf(m.name).testAccuracy);
    assert.ok(fs.existsSync(m.path), m.path);
  }
  const accuracy = Object.fromEntries(listed.map((m) => [m.name, m.testAccuracy!]));
  assert.ok(accuracy["mnist-mlp"]! >= 0.97, `mlp ${accuracy["mnist-mlp"]}`);
  assert.ok(accuracy["mnist-cnn"]! >= 0.98, `cnn ${accuracy["mnist-cnn"]}`);
  assert.ok(accuracy["mnist-cnn-explainable"]! >= 0.98, `explainable ${accuracy["mnist-cnn-explainable"]}`);
});

test("each bundled model is well under 1 MB on disk", () => {
  for (const m of models.list()) {
    const bytes = fs.statSync(path.join(path.dirname(m.path), "weights.bin")).size;
    assert.ok(bytes < 512 * 1024, `${m.name}: ${bytes} bytes`);
  }
});

for (const name of models.BUNDLED_NAMES) {
  test(`${name} loads with its documented architecture and classifies the first 500 test digits as recorded`, async () => {
    const before = tf.memory().numTensors;
    const model = await LOADERS[name]();
    try {
      assert.deepEqual(model.inputs[0]!.shape, [null, 28, 28, 1]);
      assert.deepEqual(model.outputs[0]!.shape, [null, 10]);
      assert.deepEqual(model.layers.map(describeLayer), ARCHITECTURE[name]);
      const digits = mnistArrays({ split: "test", count: 500 });
      const predicted = tf.tidy(() => (model.predict(tf.tensor4d(digits.images, digits.shape)) as xai.tf.Tensor).argMax(-1).dataSync());
      const correct = digits.labels.filter((label, i) => predicted[i] === label).length;
      const accuracy = correct / 500;
      const recorded = metricsOf(name).testAccuracyFirst500;
      assert.ok(accuracy >= FLOOR[name], `${name}: ${accuracy} on the first 500 test digits`);
      // Same digits, same backend family: at most two digits may flip on rounding differences.
      assert.ok(Math.abs(accuracy - recorded) <= 2 / 500, `${name}: ${accuracy}, recorded ${recorded}`);
    } finally {
      model.dispose();
    }
    assert.equal(tf.memory().numTensors, before, `${name}: tensors left after dispose`);
  });
}

test("the explainable model has no biases: its logits are positively homogeneous, f(2x) = 2 f(x)", async () => {
  const model = await models.mnistCnnExplainable();
  try {
    assert.equal(model.getWeights().length, 4, "four kernels and nothing else");
    const out = model.layers[model.layers.length - 1] as xai.tf.layers.Layer;
    const [kernel] = out.getWeights();
    const [small, large] = tf.tidy(() => {
      const hidden = tf.model({ inputs: model.inputs, outputs: model.layers[model.layers.length - 2]!.output as xai.tf.SymbolicTensor });
      const x = tf.tensor4d(mnistArrays({ split: "test", count: 20 }).images, [20, 28, 28, 1]);
      const logits = (input: xai.tf.Tensor): xai.tf.Tensor => tf.matMul(hidden.predict(input) as xai.tf.Tensor2D, kernel as xai.tf.Tensor2D);
      return [logits(x).dataSync(), logits(x.mul(2)).dataSync()];
    });
    for (let i = 0; i < small!.length; i++) assert.ok(Math.abs(large![i]! - 2 * small![i]!) <= 1e-4 * (1 + Math.abs(small![i]!)), `logit ${i}`);
  } finally {
    model.dispose();
  }
});

test("on the explainable model no relevance is lost to biases: LRP relevance sums to the explained logit", async () => {
  const model = await models.mnistCnnExplainable();
  const x = tf.tensor4d(mnistArrays({ split: "test", count: 4 }).images, [4, 28, 28, 1]);
  try {
    for (const method of ["zplus", "epsilon-plus-flat"]) {
      const e = await xai.explain(model, x, { method });
      const sums = [...e.relevanceSum];
      const scores = [...e.score];
      e.dispose();
      sums.forEach((r, i) => assert.ok(Math.abs(r - scores[i]!) <= 1e-4 * Math.abs(scores[i]!), `${method}, digit ${i}: ΣR = ${r}, f(x) = ${scores[i]}`));
    }
  } finally {
    x.dispose();
    model.dispose();
  }
});

test("loading the same bundled model twice in one process gives two independent, equal models", async () => {
  const a = await models.mnistMlp();
  const b = await models.mnistMlp();
  try {
    const wa = a.getWeights().map((w) => Array.from(w.dataSync()));
    const wb = b.getWeights().map((w) => Array.from(w.dataSync()));
    assert.deepEqual(wa, wb);
    a.setWeights(a.getWeights().map((w) => tf.zerosLike(w)));
    assert.notEqual(b.getWeights()[0]!.dataSync()[0], 0);
  } finally {
    a.dispose();
    b.dispose();
  }
});

test("an unknown model name is an XaiError listing the bundled ones", async () => {
  await assert.rejects(
    models.load("mnist-resnet" as xai.models.BundledName),
    (e: unknown) => e instanceof XaiError && /unknown bundled model "mnist-resnet".*mnist-mlp, mnist-cnn, mnist-cnn-explainable/.test(e.message),
  );
});

test("the loaders find the files from another working directory, as from a notebook in another folder", () => {
  const library = path.resolve(__dirname, "../src/models/index.js");
  const cwd = fs.mkdtempSync(path.join(os.tmpdir(), "xai-models-"));
  const script = `require(${JSON.stringify(library)}).mnistCnn().then((m) => { console.log(JSON.stringify({ layers: m.layers.length })); m.dispose(); }, (e) => { console.log(JSON.stringify({ error: e.message })); });`;
  const run = spawnSync(process.execPath, ["-e", script], { cwd, encoding: "utf8", timeout: 60_000 });
  fs.rmSync(cwd, { recursive: true, force: true });
  const line = run.stdout.trim().split("\n").pop() ?? "";
  assert.deepEqual(JSON.parse(line), { layers: 7 }, run.stderr);
});

test("the bundled decoder maps a 16-number code to a 28×28 digit image in [0, 1]", async () => {
  const before = xai.tf.memory().numTensors;
  const decoder = await xai.models.mnistDecoder();
  const image = xai.tf.tidy(() => decoder.predict(xai.tf.zeros([2, 16])) as import("@tensorflow/tfjs").Tensor);
  assert.deepEqual(image.shape, [2, 28, 28, 1]);
  const values = image.dataSync();
  assert.ok(values.every((v) => v >= 0 && v <= 1));
  image.dispose();
  decoder.dispose();
  assert.equal(xai.tf.memory().numTensors, before);
});

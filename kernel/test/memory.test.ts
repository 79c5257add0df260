/**
 * Tensor hygiene: every public function that makes tensors leaves tf.memory().numTensors unchanged once
 * what it returns is disposed, and so does every call that throws.
 */
import { test } from "node:test";
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as xai from "xai-lab";
import { inputFor, residualCnn, seqCnn } from "./graph.fixtures";

const tf = xai.tf;

/** Runs `body` and asserts that it left no tensor behind. */
async function noLeak(what: string, body: () => Promise<void> | void): Promise<void> {
  const before = tf.memory().numTensors;
  await body();
  assert.equal(tf.memory().numTensors, before, `${what} leaked ${tf.memory().numTensors - before} tensors`);
}

/** Options that make every method name runnable. */
function optionsFor(method: string): xai.ExplainOptions {
  const options: xai.ExplainOptions = { method, layers: true, target: [1, 0], low: -1, high: 1 };
  const composite = [
    { match: { first: true }, rule: xai.rules.wSquare() },
    { match: { kind: "linear" }, rule: xai.rules.gamma() },
  ] as const;
  return xai.applicableOptions(method === "lrp" ? { ...options, composite } : options);
}

test("explain leaves no tensor behind for every method, with layers: true, on a batch and on a single sample", async () => {
  await xai.ready();
  const { model } = residualCnn();
  const x = inputFor(model, 2, 61);
  const single = tf.squeeze(tf.slice(x, [0], [1]), [0]);
  for (const method of xai.METHOD_NAMES) {
    await noLeak(`explain(${method})`, async () => {
      const e = await xai.explain(model, x, optionsFor(method));
      assert.ok(e.relevance instanceof tf.Tensor);
      e.dispose();
      const one = await xai.explain(model, single, { ...optionsFor(method), target: 2 });
      one.dispose();
      one.dispose(); // disposing twice is harmless
    });
  }
  tf.dispose([x, single]);
  model.dispose();
});

test("explain leaves no tensor behind for an int32 input, a predicted target and a given Taylor root", async () => {
  const { model } = seqCnn();
  const x = tf.tidy(() => tf.cast(tf.mul(inputFor(model, 2, 62), 3), "int32"));
  const root = tf.zeros([8, 8, 2]);
  await noLeak("explain on int32", async () => (await xai.explain(model, x, { method: "epsilon-plus" })).dispose());
  await noLeak("explain with a root tensor", async () => (await xai.explain(model, x, { method: "taylor", root })).dispose());
  await noLeak("explain with the nearest root", async () => (await xai.explain(model, x, { method: "taylor" })).dispose());
  tf.dispose([x, root]);
  model.dispose();
});

test("prepare, Explainer.explain, predict, rules and dispose leave no tensor behind; repeated calls add nothing", async () => {
  const { model } = seqCnn();
  const x = inputFor(model, 3, 63);
  await noLeak("an Explainer's whole life", async () => {
    const ex = await xai.prepare(model);
    const round = async (): Promise<void> => {
      for (const method of ["epsilon-gamma-box", "zplus", "epsilon-plus-flat", "gradient"]) {
        const e = await xai.explain(ex, x, xai.applicableOptions({ method, low: -1, high: 1, layers: true }));
        e.dispose();
        const p = await ex.predict(x);
        p.dispose();
        if (method !== "gradient") ex.rules(xai.applicableOptions({ method, low: -1, high: 1 }));
      }
    };
    // The first round caches rule-modified weights on the Explainer (freed by dispose); later rounds reuse them.
    await round();
    const held = tf.memory().numTensors;
    await round();
    assert.equal(tf.memory().numTensors, held, "a second round of the same calls adds no tensor");
    ex.dispose();
    ex.dispose(); // twice is harmless
  });
  x.dispose();
  model.dispose();
});

test("saveModel and loadModel leave no tensor behind once the loaded model is disposed", async () => {
  const { model } = residualCnn();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "xai-memory-"));
  try {
    await noLeak("saveModel", async () => void (await xai.saveModel(model, dir)));
    await noLeak("loadModel + dispose", async () => {
      const loaded = await xai.loadModel(path.join(dir, "model.json"));
      loaded.dispose();
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
    model.dispose();
  }
});

test("failing calls leave no tensor behind", async () => {
  const { model } = seqCnn();
  const ex = await xai.prepare(model);
  const x = inputFor(model, 2, 64);
  const wrong = tf.zeros([2, 7, 8, 2]);
  const nan = tf.tidy(() => tf.div(tf.zeros([1, 8, 8, 2]), 0));
  const failing: [string, () => Promise<unknown>][] = [
    ["a target out of range", () => xai.explain(model, x, { method: "epsilon", target: 10, layers: true })],
    ["a target list of the wrong length", () => ex.explain(x, { method: "zplus", target: [1, 2, 3] })],
    ["an unknown method", () => xai.explain(model, x, { method: "nope" })],
    ["an input of the wrong shape", () => ex.explain(wrong, { method: "epsilon" })],
    ["an input with NaN", () => ex.explain(nan, { method: "gradient" })],
    ["box bounds of the wrong length", () => ex.explain(x, { method: "epsilon-gamma-box", low: [0, 0, 0], high: 1 })],
    ["a composite naming no layer", () => ex.explain(x, { method: "lrp", composite: [{ match: { name: "nope" }, rule: xai.rules.flat() }] })],
    ["predict with the wrong shape", async () => ex.predict(wrong)],
    ["a missing model file", () => xai.loadModel("/nonexistent/model.json")],
  ];
  for (const [what, call] of failing) {
    await noLeak(what, async () => {
      await assert.rejects(call(), (e: Error) => e instanceof xai.XaiError, what);
    });
  }
  ex.dispose();
  await noLeak("a disposed Explainer", async () => {
    await assert.rejects(ex.explain(x), xai.XaiError);
    await assert.rejects(ex.predict(x), xai.XaiError);
  });
  tf.dispose([x, wrong, nan]);
  model.dispose();
});

test("a model refused after some of its weights were read leaves no tensor behind", async () => {
  const refused: [string, () => xai.tf.LayersModel][] = [
    [
      "an unsupported layer after dense and conv layers",
      () =>
        tf.sequential({
          layers: [
            tf.layers.conv2d({ inputShape: [6, 6, 1], filters: 2, kernelSize: 3 }),
            tf.layers.batchNormalization(),
            tf.layers.upSampling2d({ size: [2, 2] }),
            tf.layers.flatten(),
            tf.layers.dense({ units: 2 }),
          ],
        }),
    ],
    [
      "a dilated conv after a dense",
      () =>
        tf.sequential({
          layers: [
            tf.layers.dense({ inputShape: [6, 6, 1], units: 2 }),
            tf.layers.conv2d({ filters: 2, kernelSize: 2, dilationRate: 2 }),
            tf.layers.flatten(),
            tf.layers.dense({ units: 2 }),
          ],
        }),
    ],
    [
      "a softmax inside the network after a folded batch norm",
      () =>
        tf.sequential({
          layers: [tf.layers.dense({ inputShape: [4], units: 3 }), tf.layers.batchNormalization(), tf.layers.softmax(), tf.layers.dense({ units: 2 })],
        }),
    ],
  ];
  for (const [what, make] of refused) {
    const model = make();
    const x = tf.zeros([1, ...(model.inputs[0]!.shape.slice(1) as number[])]);
    await noLeak(what, async () => {
      await assert.rejects(xai.prepare(model), xai.XaiError);
      await assert.rejects(xai.explain(model, x), xai.XaiError);
    });
    x.dispose();
    model.dispose();
  }
});

test("loadModel of a file whose weights do not fit the topology leaves no tensor behind", async () => {
  const { model } = seqCnn();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "xai-memory-"));
  try {
    const file = await xai.saveModel(model, dir);
    const json = JSON.parse(fs.readFileSync(file, "utf8"));
    // Rename one weight: the bytes still add up, but the topology has no variable of that name.
    json.weightsManifest[0].weights[0].name = "no_such_layer/kernel";
    fs.writeFileSync(file, JSON.stringify(json));
    await noLeak("loadModel with a misnamed weight", async () => {
      await assert.rejects(xai.loadModel(file), xai.XaiError);
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
    model.dispose();
  }
});

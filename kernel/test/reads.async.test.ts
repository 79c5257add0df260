/**
 * Async all the way: TensorFlow.js's WebGPU backend cannot read a tensor synchronously in Node, so no
 * library path may call dataSync(), arraySync(), bufferSync() or print(). This process makes those calls
 * throw, and records each one (in case a library path catches the error), then runs every path a user
 * reaches: explain with every method (relevance per layer too), prepare and predict, the metrics,
 * prototypes (each expert, a decoder's code space, local AM), the tricks, show()'s bundles and PNGs for
 * every kind of result, the widget callback, and the CLI commands. The test's own reads are asynchronous.
 */
import { after, before, test } from "node:test";
import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as xai from "xai-lab";
import { main as cli } from "../src/cli/main";
import { answerCallback, forgetInteractiveOutputs } from "../src/display/callback";
import { displayBundle } from "../src/display/show";
import { MIME_TYPE, type HeatmapPayload } from "../src/protocol";

const tf = xai.tf;
const SYNC_READS = ["dataSync", "arraySync", "bufferSync", "print"] as const;

/** Each forbidden call: its name and where it came from. */
const calls: string[] = [];
const originals = new Map<string, unknown>();
let dir = "";

before(async () => {
  await xai.ready();
  const proto = tf.Tensor.prototype as unknown as Record<string, unknown>;
  for (const name of SYNC_READS) {
    originals.set(name, proto[name]);
    proto[name] = function forbidden(): never {
      const where = (new Error().stack ?? "")
        .split("\n")
        .slice(2, 7)
        .map((l) => l.trim())
        .join(" ← ");
      calls.push(`${name}() ${where}`);
      throw new Error(`a synchronous tensor read, ${name}(), on a library path (WebGPU in Node cannot do it)`);
    };
  }
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "xai-reads-"));
});

after(() => {
  const proto = tf.Tensor.prototype as unknown as Record<string, unknown>;
  for (const [name, fn] of originals) proto[name] = fn;
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Runs `body` and fails with the recorded stack of every synchronous read it made. */
async function noSyncRead(what: string, body: () => Promise<void>): Promise<void> {
  calls.length = 0;
  try {
    await body();
  } finally {
    const seen = calls.splice(0);
    assert.ok(seen.length === 0, `${what} read a tensor synchronously:\n${seen.join("\n")}`);
  }
}

/** A small seeded CNN on 8×8×1 images with 3 classes (conv, max pooling, dense). */
function cnn(): xai.tf.LayersModel {
  const init = (seed: number) => ({ kernelInitializer: tf.initializers.glorotUniform({ seed }), biasInitializer: tf.initializers.constant({ value: 0.05 }) });
  return tf.sequential({
    layers: [
      tf.layers.conv2d({ inputShape: [8, 8, 1], filters: 3, kernelSize: 3, padding: "same", activation: "relu", ...init(1) }),
      tf.layers.maxPooling2d({ poolSize: 2 }),
      tf.layers.flatten(),
      tf.layers.dense({ units: 3, ...init(2) }),
    ],
  });
}

function images(n: number, seed: number): xai.tf.Tensor4D {
  return tf.randomUniform([n, 8, 8, 1], 0, 1, "float32", seed) as xai.tf.Tensor4D;
}

test("explain reads nothing synchronously: every method, the predicted class, relevance per layer, a prepared model", async () => {
  const model = cnn();
  const x = images(2, 1);
  await noSyncRead("explain", async () => {
    for (const method of xai.METHOD_NAMES) {
      const options: xai.ExplainOptions = method === "lrp" ? { method, composite: xai.namedComposite("epsilon-plus-flat") } : { method };
      const e = await xai.explain(model, x, xai.applicableOptions({ ...options, layers: true, low: 0, high: 1 }));
      assert.ok((await e.relevance.data()).every(Number.isFinite), method);
      assert.equal(e.target.length, 2);
      e.dispose();
    }
    const explainer = await xai.prepare(model);
    const logits = await explainer.predict(x);
    assert.deepEqual(logits.shape, [2, 3]);
    logits.dispose();
    const e = await explainer.explain(x, { method: "zplus", target: [0, 2] });
    e.dispose();
    explainer.dispose();
  });
  x.dispose();
  model.dispose();
});

test("the metrics and the tricks read nothing synchronously", async () => {
  const model = cnn();
  const x = images(3, 2);
  await noSyncRead("metrics and tricks", async () => {
    const e = await xai.explain(model, x, { method: "epsilon-plus-flat" });
    for (const [relevance, mode] of [
      [e, "batched"],
      [e.relevance, "one-at-a-time"],
      [{ method: "zplus" }, "batched"],
      ["gradient", "one-at-a-time"],
    ] as const) {
      const r = await xai.metrics.pixelFlipping(model, x, relevance, {
        patch: 4,
        mode,
        recompute: typeof relevance === "string" || "method" in relevance ? true : undefined,
      });
      assert.equal(r.curves.length, 3);
    }
    const random = await xai.metrics.pixelFlipping(model, x, null, { patch: 4, order: "random" });
    assert.equal(random.curves.length, 3);
    const table = await xai.metrics.compareSelectivity(model, x, ["gradient", "zplus"], { patch: 4 });
    assert.equal(table.results.length, 2);
    assert.ok((await xai.metrics.continuity(x, e.relevance)).value >= 0);
    const walk = await xai.metrics.translationContinuity(model, tf.slice(x, [0], [1]).squeeze([0]), { steps: 2, methods: ["gradient", "zplus"] });
    assert.equal(walk.methods.length, 2);
    assert.equal((await xai.metrics.maxToyContinuity()).methods.length > 0, true);
    e.dispose();
    const shifted = await xai.tricks.translationTrick(model, x, { method: "zplus", shifts: 1 });
    assert.deepEqual(shifted.relevance.shape, x.shape);
    shifted.dispose();
    const canvas = tf.randomUniform([1, 12, 12, 1], 0, 1, "float32", 3);
    const windows = await xai.tricks.slidingWindow(model, canvas, { method: "epsilon", stride: 4 });
    assert.deepEqual(windows.relevance.shape, canvas.shape);
    windows.dispose();
    canvas.dispose();
  });
  x.dispose();
  model.dispose();
});

test("prototypes read nothing synchronously: plain, with each expert fitted on data, in a decoder's code space, local", async () => {
  const model = cnn();
  const data = images(24, 4);
  await noSyncRead("prototypes", async () => {
    const experts = [
      await xai.experts.gaussian(data, { covariance: "lowrank", rank: 2, iterations: 3 }),
      await xai.experts.gmm(data, { components: 2, iterations: 3 }),
      await xai.experts.rbm(data, { hidden: 4, epochs: 1 }),
    ];
    for (const expert of [undefined, ...experts]) {
      const p = await xai.prototype(model, { target: 1, steps: 2, starts: 2, ...(expert ? { expert } : {}) });
      assert.equal(p.scores.length, 2);
      assert.equal((await xai.prototypesData(p)).prototypes.length, 2);
      p.dispose();
    }
    const near = tf.slice(data, [0], [1]).squeeze([0]);
    const local = await xai.prototype(model, { target: 2, steps: 2, near });
    local.dispose();
    near.dispose();
    const params = await (experts[2] as xai.optvis.GaussianBinaryRbm).parameters();
    assert.equal(params.shape[1], 4);
    for (const expert of experts) expert.dispose();
    const digits = await xai.models.mnistCnn();
    const decoder = await xai.models.mnistDecoder();
    const coded = await xai.prototype(digits, { target: 3, steps: 2, parameterisation: xai.optvis.code(decoder) });
    assert.equal(coded.scores.length, 1);
    coded.dispose();
    decoder.dispose();
    digits.dispose();
  });
  data.dispose();
  model.dispose();
});

test("show() builds every kind of bundle and its PNG without a synchronous read, and the widget callback recomputes likewise", async () => {
  const model = cnn();
  const x = images(2, 5);
  await noSyncRead("show and the widget callback", async () => {
    const a = await xai.explain(model, x, { method: "epsilon-plus-flat", layers: true });
    const b = await xai.explain(model, x, { method: "gradient" });
    const flips = await xai.metrics.pixelFlipping(model, x, a, { patch: 4 });
    const protos = await xai.prototype(model, { target: 0, steps: 2 });
    const bundles = [
      await displayBundle(a, { input: x }),
      await displayBundle([a, b], { input: x }),
      await displayBundle(a, { view: "flow", input: x, model }),
      await displayBundle(flips),
      await displayBundle(protos),
    ];
    for (const bundle of bundles) assert.ok(typeof bundle["image/png"] === "string" && bundle["image/png"].length > 100);
    const interactive = await displayBundle(a, { input: x, model });
    const payload = interactive[MIME_TYPE] as HeatmapPayload;
    const answer = await answerCallback(
      JSON.stringify({ kind: "heatmap", secret: payload.session.secret, call: payload.session.call, target: 1, columns: [{ method: "zplus", params: {} }] }),
    );
    assert.deepEqual(answer.reply, { ok: true, call: payload.session.call });
    forgetInteractiveOutputs();
    protos.dispose();
    a.dispose();
    b.dispose();
  });
  x.dispose();
  model.dispose();
});

test("the CLI commands (explain to JSON and PNG, evaluate, prototype with an expert and with the decoder) read nothing synchronously", async () => {
  const model = xai.models.modelPath("mnist-cnn");
  const input = path.join(dir, "digits.json");
  const digits = await xai.data.mnist({ split: "test", count: 2 });
  fs.writeFileSync(input, JSON.stringify({ shape: digits.images.shape, data: Array.from(await digits.images.data()) }));
  digits.images.dispose();
  digits.labels.dispose();
  const out = (name: string): string => path.join(dir, name);
  const runs = [
    ["explain", "--model", model, "--input", input, "--method", "epsilon-gamma-box", "--low", "0", "--high", "1", "--layers", "--out", out("e.json")],
    ["explain", "--model", model, "--input", input, "--method", "zplus", "--out", out("e.png")],
    ["evaluate", "--model", model, "--data", "mnist", "--count", "2", "--methods", "gradient,zplus", "--patch", "7", "--out", out("table.json")],
    ["prototype", "--model", model, "--target", "4", "--steps", "2", "--expert", "gaussian", "--data", "40", "--out", out("p.json")],
    ["prototype", "--model", model, "--target", "7", "--steps", "2", "--decoder", "mnist-decoder", "--out", out("p.png")],
  ];
  await noSyncRead("the CLI", async () => {
    for (const args of runs) {
      const { status, text } = await quietly(() => cli(args));
      assert.equal(status, 0, `xai-lab ${args.join(" ")}: ${text}`);
      assert.ok(fs.existsSync(args[args.length - 1]!), args.join(" "));
    }
  });
});

/**
 * Runs `body` with stderr captured (the CLI's error messages); resolves to its status and what it wrote.
 * stdout is left alone: the test runner reports through it, asynchronously.
 */
async function quietly(body: () => Promise<number>): Promise<{ status: number; text: string }> {
  const written: string[] = [];
  const write = process.stderr.write;
  process.stderr.write = ((chunk: string | Uint8Array) => (written.push(String(chunk)), true)) as typeof write;
  try {
    return { status: await body(), text: written.join("") };
  } finally {
    process.stderr.write = write;
  }
}

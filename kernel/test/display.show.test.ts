/**
 * show(): one bundle per display (payload + PNG + text), the payload carrying the numbers of what was
 * shown, a clear XaiError for anything it cannot show, and no tensors created.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import * as xai from "xai-lab";
import { MIME_TYPE, parsePayload, type HeatmapPayload, type Payload } from "../src/protocol";
import { decodePng } from "../src/render";
import { displayBundle, show } from "../src/display/show";
import type { DisplayBundle } from "../src/display/bundle";
import { setKernelWriterForTesting, type DisplayContent } from "../src/display/tslab";
import { isSessionSecret, sessionSecret } from "../src/display/session";
import type { Explanation, LayerRelevance } from "../src/attribution/explain";

const tf = xai.tf;

/** An explanation with given numbers: relevance [n, ...sample], logits [n, classes]. */
function fake(method: string, relevance: number[], shape: number[], logits: number[][], target: number[], extra: Partial<Explanation> = {}): Explanation {
  const r = tf.tensor(relevance, shape);
  const output = tf.tensor2d(logits);
  const sums = target.map((_, i) =>
    relevance.slice((i * relevance.length) / target.length, ((i + 1) * relevance.length) / target.length).reduce((a, b) => a + b, 0),
  );
  return {
    method,
    relevance: r,
    output,
    target,
    relevanceSum: sums,
    score: target.map((t, i) => logits[i]![t]!),
    backend: "test",
    dispose() {
      r.dispose();
      output.dispose();
    },
    ...extra,
  };
}

/** Runs `body` with process.stdout captured; returns what it printed. */
async function captured<T>(body: () => Promise<T>): Promise<{ value: T; printed: string }> {
  const write = process.stdout.write;
  let printed = "";
  process.stdout.write = ((chunk: string | Uint8Array) => {
    printed += String(chunk);
    return true;
  }) as typeof process.stdout.write;
  try {
    const value = await body();
    return { value, printed };
  } finally {
    process.stdout.write = write;
  }
}

function payloadOf(bundle: DisplayBundle): Payload {
  const result = parsePayload(bundle[MIME_TYPE]);
  assert.ok(result.ok, result.ok ? "" : result.error);
  return result.payload;
}

function pngOf(bundle: DisplayBundle): { width: number; height: number } {
  return decodePng(Buffer.from(bundle["image/png"], "base64"));
}

test("outside a kernel, show() prints the text summary and returns one bundle: the payload, a PNG and the text", async () => {
  const e = fake("epsilon", [1, -1, 0, 2], [1, 2, 2, 1], [[0.5, 2, -1]], [1]);
  const { value: bundle, printed } = await captured(() => show(e, { classNames: ["cat", "dog", "owl"] }));
  assert.ok(bundle);
  assert.deepEqual(Object.keys(bundle).sort(), ["application/vnd.xai-lab.v1+json", "image/png", "text/plain"]);
  assert.equal(printed, bundle["text/plain"] + "\n");
  assert.match(bundle["text/plain"], /epsilon: target dog \(1\), score 2, ΣR 2/);
  const png = pngOf(bundle);
  assert.ok(png.width > 168 && png.height > 168, `a 2×2 relevance map is enlarged for reading (${png.width}×${png.height})`);
  const payload = payloadOf(bundle) as HeatmapPayload;
  assert.equal(payload.kind, "heatmap");
  assert.deepEqual(payload.methods, ["epsilon"]);
  assert.deepEqual(payload.classNames, ["cat", "dog", "owl"]);
  assert.equal(payload.samples.length, 1);
  const [s] = payload.samples;
  assert.equal(s!.prediction, 1);
  assert.equal(s!.input, undefined);
  assert.deepEqual(s!.explanations[0], { method: "epsilon", target: 1, score: 2, relevanceSum: 2, relevance: { shape: [2, 2, 1], data: [1, -1, 0, 2] } });
  assert.deepEqual(payload.style, { colormap: "bwr", alpha: 0, zoom: 84 });
  e.dispose();
});

test("show() reads tensors without creating any", async () => {
  const e = fake(
    "epsilon",
    [1, -1, 0, 2, 3, 0, 0, -3],
    [2, 2, 2],
    [
      [0, 1],
      [1, 0],
    ],
    [1, 0],
  );
  const x = tf.tensor([0, 1, 1, 0, 1, 1, 0, 0], [2, 2, 2]);
  const before = tf.memory().numTensors;
  await displayBundle(e, { input: x });
  await displayBundle([e, e], { input: x });
  assert.equal(tf.memory().numTensors, before);
  e.dispose();
  x.dispose();
});

test("a list of explanations of the same batch is shown side by side: a row per sample, a column per method, the input first", async () => {
  const a = fake(
    "epsilon",
    [1, 0, 0, 1, 0, 2, 2, 0],
    [2, 2, 2],
    [
      [0, 1],
      [3, 1],
    ],
    [1, 0],
  );
  const b = fake(
    "gradient",
    [-1, 0, 0, 1, 0, 0, 0, 5],
    [2, 2, 2],
    [
      [0, 1],
      [3, 1],
    ],
    [1, 0],
  );
  const x = tf.tensor([0, 1, 1, 0, 1, 1, 0, 0], [2, 2, 2]);
  const one = await displayBundle(a, { input: x });
  const both = await displayBundle([a, b], { input: x });
  const payload = payloadOf(both) as HeatmapPayload;
  assert.deepEqual(payload.methods, ["epsilon", "gradient"]);
  assert.equal(payload.samples.length, 2);
  assert.deepEqual(payload.samples[1]!.input, { shape: [2, 2], data: [1, 1, 0, 0] });
  assert.deepEqual(
    payload.samples[1]!.explanations.map((e) => [e.method, e.target, e.score, e.relevanceSum, e.relevance.data]),
    [
      ["epsilon", 0, 3, 4, [0, 2, 2, 0]],
      ["gradient", 0, 3, 5, [0, 0, 0, 5]],
    ],
  );
  assert.equal(payload.samples[0]!.prediction, 1);
  assert.equal(payload.samples[1]!.prediction, 0);
  assert.equal(payload.style.alpha, 0.3, "the input shows faintly under the heatmaps by default");
  const w1 = pngOf(one).width;
  const w2 = pngOf(both).width;
  assert.ok(w2 > w1 + 100, `a second method adds a column (${w1} → ${w2} pixels)`);
  assert.match(both["text/plain"], /sample 1, predicted 0; epsilon: target 0, score 3, ΣR 4; gradient: target 0, score 3, ΣR 5/);
  for (const t of [a, b, x]) t.dispose();
});

test("a single unbatched sample, a flat square vector and a flat vector with imageShape are drawn as pictures", async () => {
  const single = fake("taylor", [1, 2, 3, 4], [2, 2], [[1, 2]], [1], {});
  // An unbatched explanation has output [classes]:
  const unbatched = { ...single, output: tf.tensor1d([1, 2]) };
  assert.deepEqual((payloadOf(await displayBundle(unbatched)) as HeatmapPayload).samples[0]!.explanations[0]!.relevance.shape, [2, 2]);
  const flat16 = fake(
    "epsilon",
    Array.from({ length: 16 }, (_, i) => i),
    [1, 16],
    [[0, 1]],
    [1],
  );
  assert.deepEqual((payloadOf(await displayBundle(flat16)) as HeatmapPayload).samples[0]!.explanations[0]!.relevance.shape, [4, 4]);
  const flat10 = fake(
    "epsilon",
    Array.from({ length: 10 }, (_, i) => i),
    [1, 10],
    [[0, 1]],
    [1],
  );
  assert.deepEqual((payloadOf(await displayBundle(flat10)) as HeatmapPayload).samples[0]!.explanations[0]!.relevance.shape, [1, 10]);
  assert.deepEqual((payloadOf(await displayBundle(flat10, { imageShape: [2, 5] })) as HeatmapPayload).samples[0]!.explanations[0]!.relevance.shape, [2, 5]);
  await assert.rejects(
    () => displayBundle(flat10, { imageShape: [3, 3] }),
    (e: Error) => e instanceof xai.XaiError && /imageShape \[3, 3\] holds 9 values, but each sample has 10/.test(e.message),
  );
  for (const t of [single, flat16, flat10]) t.dispose();
  unbatched.output.dispose();
});

test("the input must be the explained one, and explanations side by side must explain the same input", async () => {
  const a = fake("epsilon", [1, 0, 0, 1], [1, 2, 2], [[0, 1]], [1]);
  const b = fake("epsilon", [1, 0, 0, 1, 0, 0], [1, 2, 3], [[0, 1]], [1]);
  const wrong = tf.zeros([1, 3, 3]);
  await assert.rejects(
    () => displayBundle(a, { input: wrong }),
    (e: Error) => e instanceof xai.XaiError && /options\.input has shape \[1, 3, 3\], but the explanation's relevance has shape \[1, 2, 2\]/.test(e.message),
  );
  await assert.rejects(
    () => displayBundle([a, b]),
    (e: Error) => e instanceof xai.XaiError && /must explain the same input: explanation 1 has relevance of shape \[1, 2, 3\]/.test(e.message),
  );
  await assert.rejects(() => displayBundle(a, { alpha: 0.5 }), /alpha blends the heatmap over the input image; pass options.input too/);
  await assert.rejects(() => displayBundle(a, { colormap: "rainbow" }), /unknown colour map "rainbow"; known maps: bwr/);
  for (const t of [a, b, wrong]) t.dispose();
});

test("relevance per layer lists each layer's total and its top units, summed over positions", async () => {
  // conv-like layer [1, 2, 1, 3]: channel sums 1+4 = 5, -2+0 = -2, 0.5+0.5 = 1.
  const conv = tf.tensor([1, -2, 0.5, 4, 0, 0.5], [1, 2, 1, 3]);
  const input = tf.tensor([1, 1, 2], [1, 3]);
  const layers: LayerRelevance[] = [
    { name: "input", className: "InputLayer", kind: "input", index: -1, shape: [1, 3], total: [4], relevance: input },
    { name: "conv", className: "Conv2D", kind: "conv2d", index: 0, rule: "gamma", shape: [1, 2, 1, 3], total: [4], relevance: conv },
  ];
  const payload = payloadOf(await displayBundle(layers, { top: 2 }));
  assert.equal(payload.kind, "relevance-flow");
  if (payload.kind !== "relevance-flow") return;
  assert.equal(payload.method, undefined);
  // ... and, for a layer with spatial axes, its map summed over channels: 1 − 2 + 0.5 and 4 + 0 + 0.5.
  assert.deepEqual(payload.layers[1], {
    name: "conv",
    className: "Conv2D",
    layerKind: "conv2d",
    rule: "gamma",
    shape: [2, 1, 3],
    totals: [4],
    top: [
      [
        { unit: 0, relevance: 5 },
        { unit: 1, relevance: -2 },
      ],
    ],
    maps: [{ shape: [2, 1], data: [-0.5, 4.5] }],
  });
  assert.deepEqual(payload.layers[0]!.top, [
    [
      { unit: 2, relevance: 2 },
      { unit: 0, relevance: 1 },
    ],
  ]);
  const e = fake("epsilon", [1, 1, 2], [1, 3], [[4, 0]], [0], { layers });
  const viaExplanation = payloadOf(await displayBundle(e, { view: "flow" }));
  assert.ok(
    viaExplanation.kind === "relevance-flow" && viaExplanation.method === "epsilon" && viaExplanation.targets?.[0] === 0 && viaExplanation.scores?.[0] === 4,
  );
  const noLayers = fake("epsilon", [1, 1, 2], [1, 3], [[4, 0]], [0]);
  await assert.rejects(() => displayBundle(noLayers, { view: "flow" }), /explain with \{ layers: true \}/);
  for (const t of [conv, input, e, noLayers]) t.dispose();
});

test("curves are drawn on one plot with their AUCs, from plain { x, y } or from pixel-flipping results", async () => {
  const payload = payloadOf(
    await displayBundle([
      { x: [0, 1, 2], y: [3, 1, 0], auc: 1.25, method: "zplus", xLabel: "patches", yLabel: "logit" },
      { x: [0, 2], y: [3, 2], label: "random" },
    ]),
  );
  assert.ok(payload.kind === "curve");
  if (payload.kind !== "curve") return;
  assert.deepEqual(
    payload.series.map((s) => [s.label, s.auc]),
    [
      ["zplus", 1.25],
      ["random", undefined],
    ],
  );
  assert.equal(payload.xLabel, "patches");
  const result = {
    metric: "pixel-flipping" as const,
    better: "lower" as const,
    method: "alpha2beta1",
    removed: [0, 1, 2],
    curve: [2, 0.5, 0],
    meanAuc: 0.75,
    order: "most-relevant-first",
    score: "logit",
    replace: "0",
    patch: [4, 4],
  };
  const one = payloadOf(await displayBundle(result));
  assert.ok(one.kind === "curve" && one.higherIsBetter === false && one.series[0]!.auc === 0.75 && one.series[0]!.label === "alpha2beta1");
  const compared = payloadOf(await displayBundle({ metric: "pixel-flipping", results: [result], baseline: { ...result, method: "random", meanAuc: 1.5 } }));
  assert.ok(compared.kind === "curve");
  if (compared.kind === "curve")
    assert.deepEqual(
      compared.series.map((s) => s.label),
      ["alpha2beta1", "random"],
    );
  await assert.rejects(() => displayBundle({ x: [0, 1], y: [1] }), /the curve has 2 x values but 1 y values/);
  await assert.rejects(() => displayBundle({ x: [0, NaN], y: [1, 2] }), /x\[1\] is NaN/);
});

test("prototypes are shown with their class, logit and settings, as activation maximisation returns them", async () => {
  const images = tf.tensor([0, 0.5, 1, 0.25, 1, 1, 0, 0], [2, 2, 2, 1]);
  const set = {
    images,
    scores: [
      { class: 3, logit: 9.5, probability: 0.99, predicted: 3 },
      { class: 7, logit: 4, probability: 0.5, predicted: 1 },
    ],
    history: [
      [1, 9.5],
      [0, 4],
    ],
    logDensity: [-3, -4],
    settings: { steps: 2, expert: { kind: "gaussian", weight: 1 }, lr: Infinity, fn: Math.max },
  };
  const bundle = await displayBundle(set, { classNames: ["0", "1", "2", "three", "4", "5", "6", "seven"] });
  const payload = payloadOf(bundle);
  assert.ok(payload.kind === "prototypes");
  if (payload.kind !== "prototypes") return;
  assert.deepEqual(payload.prototypes[1], {
    target: 7,
    score: 4,
    probability: 0.5,
    predicted: 1,
    logDensity: -4,
    history: [0, 4],
    image: { shape: [2, 2, 1], data: [1, 1, 0, 0] },
  });
  assert.deepEqual(payload.settings, { steps: 2, expert: { kind: "gaussian", weight: 1 }, lr: "Infinity", fn: "max" });
  assert.match(bundle["text/plain"], /1: class seven \(7\), logit 4, p 0.5, predicted 1/);
  const plain = payloadOf(await displayBundle({ images, scores: [1, 2], targets: 5 }));
  assert.ok(plain.kind === "prototypes" && plain.prototypes.every((p) => p.target === 5));
  await assert.rejects(() => displayBundle({ images, scores: [1, 2] }), /plain-number scores need targets/);
  await assert.rejects(() => displayBundle({ images, scores: [1] }), /one score per image: 2 images, 1 scores/);
  images.dispose();
});

test("what show() cannot display fails with an XaiError that says what it can display", async () => {
  const cannot = (v: unknown, pattern: RegExp): Promise<void> =>
    assert.rejects(
      () => displayBundle(v),
      (e: Error) => e instanceof xai.XaiError && pattern.test(e.message),
      `show(${JSON.stringify(v)})`,
    );
  await cannot({ foo: 1 }, /show\(\) cannot display an object with keys foo; it shows an explanation \(from xai\.explain\)/);
  await cannot(42, /cannot display number 42/);
  await cannot(null, /cannot display null/);
  await cannot([], /empty list/);
  await cannot([{ x: [1], y: [2] }, "b"], /cannot display item 1 of the list \(the string "b"\)/);
  const e = fake("epsilon", [1, 0, 0, 1], [1, 2, 2], [[0, 1]], [1]);
  await assert.rejects(() => displayBundle(e, "bwr" as never), /options must be an object/);
  e.dispose();
  await assert.rejects(() => displayBundle(e), /disposed tensor; show it before calling dispose\(\)/);
  const nan = fake("epsilon", [1, NaN, 0, 1], [1, 2, 2], [[0, 1]], [1]);
  await assert.rejects(() => displayBundle(nan), /relevance of epsilon contains NaN at index 1/);
  nan.dispose();
});

test("inside a kernel, show() sends one display_data with the whole bundle and a display_id, and returns undefined", async () => {
  const sent: { content: DisplayContent; update: boolean }[] = [];
  setKernelWriterForTesting((content, update) => sent.push({ content, update }));
  try {
    const e = fake("epsilon", [1, 0, 0, 1], [1, 2, 2], [[0, 1]], [1]);
    const { value, printed } = await captured(() => show(e));
    assert.equal(value, undefined, "nothing for tslab to print as the cell's value");
    assert.equal(printed, "");
    assert.equal(sent.length, 1);
    const [{ content, update }] = sent as [{ content: DisplayContent; update: boolean }];
    assert.equal(update, false);
    assert.deepEqual(Object.keys(content.data).sort(), [MIME_TYPE, "image/png", "text/plain"]);
    const payload = content.data[MIME_TYPE] as Payload;
    assert.equal(content.transient.display_id, payload.session.call);
    e.dispose();
  } finally {
    setKernelWriterForTesting(undefined);
  }
});

test("every payload carries this process's session secret and a call id of its own", async () => {
  const a = payloadOf(await displayBundle({ x: [0, 1], y: [1, 0] }));
  const b = payloadOf(await displayBundle({ x: [0, 1], y: [1, 0] }));
  assert.equal(a.session.secret, sessionSecret());
  assert.equal(b.session.secret, a.session.secret);
  assert.notEqual(a.session.call, b.session.call);
  assert.match(a.session.secret, /^[0-9a-f]{32}$/);
  assert.ok(isSessionSecret(a.session.secret));
  assert.ok(!isSessionSecret("0".repeat(32)));
  assert.ok(!isSessionSecret(undefined));
});

test("explanations from xai.explain display as they come, with the input under the heatmap", async () => {
  const model = tf.sequential({
    layers: [tf.layers.flatten({ inputShape: [3, 3, 1] }), tf.layers.dense({ units: 2, kernelInitializer: "ones", biasInitializer: "zeros" })],
  });
  const x = tf.tensor([1, 0, 2, 0, 1, 0, 0, 0, 1], [1, 3, 3, 1]);
  const e = await xai.explain(model, x, { method: "epsilon", target: 0, layers: true });
  const before = tf.memory().numTensors;
  const heat = payloadOf(await displayBundle(e, { input: x })) as HeatmapPayload;
  const flow = payloadOf(await displayBundle(e, { view: "flow" }));
  assert.equal(tf.memory().numTensors, before);
  // A dense layer of ones with zero bias: the logit is Σx = 5, and LRP-ε gives each pixel ≈ its value.
  const entry = heat.samples[0]!.explanations[0]!;
  assert.equal(entry.score, 5);
  assert.ok(Math.abs(entry.relevanceSum - 5) < 1e-3);
  entry.relevance.data.forEach((r, i) => assert.ok(Math.abs(r - [1, 0, 2, 0, 1, 0, 0, 0, 1][i]!) < 1e-3));
  assert.ok(
    flow.kind === "relevance-flow" && flow.layers.every((l) => Math.abs(l.totals[0]! - 5) < 1e-3),
    "ε with zero bias conserves relevance through every layer",
  );
  e.dispose();
  x.dispose();
  model.dispose();
});

test("prototypes in labelled rows keep their order in the payload, and settings read as words, never [object Object]", async () => {
  const images = tf.tensor(
    Array.from({ length: 4 * 4 }, (_, i) => (i % 5) / 4),
    [4, 2, 2, 1],
  );
  const set = { images, scores: [1, 2, 3, 4], targets: 3, settings: { parameterisation: { kind: "pixels", low: 0, high: 1 }, expert: null, steps: 2 } };
  const bundle = await displayBundle(set, { columns: 2, rowLabels: ["w = 0.01", "w = 1"] });
  const payload = payloadOf(bundle);
  assert.ok(payload.kind === "prototypes");
  if (payload.kind !== "prototypes") return;
  assert.equal(payload.columns, 2);
  assert.deepEqual(payload.rowLabels, ["w = 0.01", "w = 1"]);
  assert.deepEqual(
    payload.prototypes.map((p) => p.score),
    [1, 2, 3, 4],
  );
  assert.match(bundle["text/plain"], /settings: parameterisation: pixels \(low=0, high=1\), expert: none, steps: 2/);
  assert.doesNotMatch(bundle["text/plain"], /object Object/);
  assert.equal(xai.protocol.settingText({ kind: "gaussian", weight: 0.1, fit: { components: [1, 2] } }), "gaussian (weight=0.1, fit=components=[1, 2])");
  await assert.rejects(
    () => displayBundle(set, { columns: 2, rowLabels: ["only one"] }),
    (e: unknown) => e instanceof xai.XaiError && /rowLabels must be one string per row .*2 rows/.test(e.message),
  );
  await assert.rejects(
    () => displayBundle(set, { rowLabels: ["a", "b"] }),
    (e: unknown) => e instanceof xai.XaiError && /give columns too/.test(e.message),
  );
  images.dispose();
});

test("a sliding-window explanation of several digits is captioned by what its windows predict and explain, not by one prediction", async () => {
  // A 1×8 "canvas" explained by 1×4 windows at x = 0, 2, 4 predicting 4, 4, 7 (each its own prediction), and one explaining 7 everywhere.
  const windows = [0, 2, 4].map((x, k) => ({ y: 0, x, logits: [], predicted: [4, 4, 7][k]!, target: [4, 4, 7][k]!, score: 6 }));
  const own = fake("epsilon-plus-flat", [1, 0, 0, 1, 0, 2, 0, 0], [1, 1, 8], [[0, 0, 0, 0, 5, 0, 0, 4]], [4], { windows } as Partial<Explanation>);
  const fixed = fake("epsilon-plus-flat", [0, 0, 1, 1, 0, 2, 0, 0], [1, 1, 8], [[0, 0, 0, 0, 5, 0, 0, 4]], [7], {
    windows: windows.map((w) => ({ ...w, target: 7 })),
  } as Partial<Explanation>);
  const bundle = await displayBundle([own, fixed], { input: tf.zeros([1, 1, 8]), imageShape: [1, 8] });
  const payload = payloadOf(bundle) as HeatmapPayload;
  const sample = payload.samples[0]!;
  assert.deepEqual(sample.windowPredictions, [4, 7]);
  assert.equal(sample.prediction, undefined);
  assert.deepEqual(
    sample.explanations.map((e) => e.windows),
    [
      { count: 3, ownPrediction: true },
      { count: 3, ownPrediction: false },
    ],
  );
  assert.deepEqual(xai.protocol.entryCaptions(sample.explanations[1]!, undefined), ["target 7 in each of 3 windows", "mean window logit 4", "ΣR 4"]);
  assert.match(bundle["text/plain"], /windows predict 4, 7; epsilon-plus-flat: each of 3 windows: its prediction, mean window logit 5/);
  assert.doesNotMatch(bundle["text/plain"], /predicted/);
  assert.ok(parsePayload(JSON.parse(JSON.stringify(payload))).ok);
  own.dispose();
  fixed.dispose();
});

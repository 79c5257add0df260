/**
 * Canonizers as a list (canonizers/): the default list does what canonization always did and says
 * what it rewrote; a list can leave one out, add `foldBatchNormForward` (exact: same function, the
 * textbook weights) or a canonizer of one's own; a list without `splitActivations` is refused; a folded
 * layer keeps its name and the batch norm's as data; and the box rule treats zero padding before the
 * first layer as padding.
 */
import { test } from "node:test";
import * as assert from "node:assert/strict";
import * as xai from "xai-lab";
import { isLinear } from "../src/graph/graph";
import { assertClose } from "./helpers/close";
import { inputFor, mlp, relErr, seedWeights, seqCnn, values } from "./graph.fixtures";

const tf = xai.tf;
const C = xai.canonizers;

test("the default list splits activations, drops the softmax and folds batch norms, and reports each", async () => {
  const { model } = seqCnn();
  const ex = await xai.prepare(model);
  assert.deepEqual(
    ex.canonized.map((r) => r.canonizer),
    ["split-activations", "drop-softmax", "fold-batch-norm"],
  );
  const bn = model.layers.find((l) => l.getClassName() === "BatchNormalization")!;
  assert.deepEqual(ex.canonized[2]!.layers, [bn.name]);
  const folded = ex.graph.nodes.find((n) => n.folded?.includes(bn.name))!;
  assert.equal(folded.name, model.layers[model.layers.indexOf(bn) - 1]!.name, "the folded conv keeps its own name");
  ex.dispose();
  model.dispose();
});

test("a list without fold-batch-norm keeps the batch norm: same function, rules() reports it", async () => {
  const { model } = seqCnn();
  const x = inputFor(model, 2, 91);
  const usual = await xai.prepare(model);
  const kept = await xai.prepare(model, { canonizers: C.DEFAULT_CANONIZERS.filter((c) => c.name !== "fold-batch-norm") });
  assert.ok(kept.graph.nodes.some((n) => n.kind === "batchNorm"));
  const [a, b] = [await usual.predict(x), await kept.predict(x)];
  assert.ok(relErr(values(b), values(a)) < 1e-5);
  const report = kept.rules({ method: "epsilon-plus" }).find((r) => r.kind === "batchNorm")!;
  assert.equal(report.rule, "pass");
  assert.equal(report.matched, false);
  assert.match(report.note!, /a batch norm that no dense\/conv layer absorbed/);
  tf.dispose([a, b, x]);
  usual.dispose();
  kept.dispose();
  model.dispose();
});

test("foldBatchNormForward folds a batch norm into the dense or valid conv after it by W·s, b + W·t, and not into a padded conv", async () => {
  const cases: [string, () => xai.tf.layers.Layer, number[], boolean][] = [
    ["dense", () => tf.layers.dense({ units: 4 }), [6], true],
    ["valid conv2d", () => tf.layers.conv2d({ filters: 3, kernelSize: 2 }), [5, 5, 3], true],
    ["depthwise conv", () => tf.layers.depthwiseConv2d({ kernelSize: 3, depthMultiplier: 2 }), [5, 5, 3], true],
    ["'same' 1×1 conv", () => tf.layers.conv2d({ filters: 2, kernelSize: 1, padding: "same" }), [4, 4, 3], true],
    ["'same' 3×3 conv (padding)", () => tf.layers.conv2d({ filters: 2, kernelSize: 3, padding: "same" }), [4, 4, 3], false],
  ];
  for (const [what, make, shape, folds] of cases) {
    const layer = make();
    const model = tf.sequential({ layers: [tf.layers.batchNormalization({ inputShape: shape, epsilon: 0.01 }), layer] });
    if (model.outputs[0]!.shape.length > 2) model.add(tf.layers.flatten());
    seedWeights(model, 92);
    const x = inputFor(model, 3, 93);
    const plain = await xai.prepare(model);
    const ex = await xai.prepare(model, { canonizers: [...C.DEFAULT_CANONIZERS, C.foldBatchNormForward()] });
    assert.equal(
      ex.graph.nodes.some((n) => n.kind === "batchNorm"),
      !folds,
      `${what}: folded?`,
    );
    const [a, b] = [await plain.predict(x), await ex.predict(x)];
    assert.ok(relErr(values(b), values(a)) < 1e-5, `${what}: same function, relative error ${relErr(values(b), values(a))}`);
    if (folds) {
      const node = ex.graph.nodes.find(isLinear)!;
      assert.equal(node.name, layer.name);
      assert.deepEqual(node.folded, [model.layers[0]!.name]);
      // By hand: s = γ/√(var+ε), t = β − μ·s per input channel c; W'[…, c, f] = W·s_c, b' = b + Σ W·t_c.
      const [g, beta, mu, v] = model.layers[0]!.getWeights().map(values);
      const s = g!.map((gc, c) => gc / Math.sqrt(v![c]! + 0.01));
      const t = beta!.map((bc, c) => bc - mu![c]! * s[c]!);
      const [w, bias] = layer.getWeights().map(values);
      const kshape = layer.getWeights()[0]!.shape;
      const channels = s.length;
      const perChannel = layer.getClassName() === "DepthwiseConv2D" ? kshape[3]! : kshape[kshape.length - 1]!;
      const cOf = (i: number): number => Math.floor(i / perChannel) % channels;
      assertClose(
        values(node.kernel),
        w!.map((wi, i) => wi * s[cOf(i)]!),
        `${what}: kernel`,
        1e-6,
      );
      const expectedBias = bias!.slice();
      w!.forEach((wi, i) => {
        const out = layer.getClassName() === "DepthwiseConv2D" ? cOf(i) * perChannel + (i % perChannel) : i % perChannel;
        expectedBias[out] += wi * t[cOf(i)]!;
      });
      assertClose(values(node.bias!), expectedBias, `${what}: bias`, 1e-5);
    }
    tf.dispose([a, b, x]);
    plain.dispose();
    ex.dispose();
    model.dispose();
  }
});

test("a canonizer of one's own runs in the list and is reported; splitActivations cannot be left out", async () => {
  const { model } = seqCnn();
  const dropDropout: xai.canonizers.Canonizer = {
    name: "drop-dropout",
    description: "removes identity nodes (dropout and noise layers)",
    match: (graph) => graph.nodes.filter((n) => n.kind === "identity").map((n) => n.id),
    apply: (graph) => C.rewrite(graph, (step) => (step.node.kind === "identity" ? step.inputs[0]! : C.keep(step))),
  };
  const ex = await xai.prepare(model, { canonizers: [...C.DEFAULT_CANONIZERS, dropDropout] });
  assert.ok(!ex.graph.nodes.some((n) => n.kind === "identity"));
  assert.equal(ex.canonized[ex.canonized.length - 1]!.canonizer, "drop-dropout");
  const x = inputFor(model, 1, 94);
  const usual = await xai.prepare(model);
  const [a, b] = await Promise.all([usual.explain(x, { method: "zplus" }), ex.explain(x, { method: "zplus" })]);
  assert.deepEqual(values(b.relevance), values(a.relevance), "dropout passes relevance anyway");
  a.dispose();
  b.dispose();
  usual.dispose();
  ex.dispose();
  const before = tf.memory().numTensors;
  await assert.rejects(
    xai.prepare(model, { canonizers: [C.foldBatchNorm(), C.dropSoftmax()] }),
    /layer '.*' still has its fused activation 'relu' after canonization; keep canonizers.splitActivations\(\) in the list/,
  );
  await assert.rejects(
    xai.explain(model, x, { canonizers: [null as unknown as xai.canonizers.Canonizer] }),
    /canonizer 0 must be an object \{ name, description, match\(graph\), apply\(graph\) \}/,
  );
  const prepared = await xai.prepare(model);
  await assert.rejects(prepared.explain(x, { canonizers: [] }), /canonizers apply when a model is prepared/);
  prepared.dispose();
  assert.equal(tf.memory().numTensors, before, "a refused list leaves no tensor behind");
  x.dispose();
  model.dispose();
});

test("a folded conv keeps its own name and the batch norm's as data: selected by its name, the batch norm's name explained", async () => {
  // Names are never joined and split back (Keras names may hold any separator; tfjs allows '.', '-', '/').
  const model = tf.sequential({
    layers: [
      tf.layers.conv2d({ inputShape: [5, 5, 1], filters: 2, kernelSize: 3, name: "conv.1-a" }),
      tf.layers.batchNormalization({ name: "bn.1-a" }),
      tf.layers.reLU(),
      tf.layers.flatten(),
      tf.layers.dense({ units: 3, name: "out" }),
    ],
  });
  seedWeights(model, 95);
  const ex = await xai.prepare(model);
  const report = ex.rules({
    method: "lrp",
    composite: [
      { match: { name: "conv.1-a" }, rule: xai.rules.flat() },
      { match: { kind: "dense" }, rule: xai.rules.epsilon() },
    ],
  });
  assert.deepEqual(report[0], { name: "conv.1-a", kind: "conv2d", rule: "flat", matched: true, folded: ["bn.1-a"] });
  assert.throws(
    () => ex.rules({ method: "lrp", composite: [{ match: { name: "bn.1-a" }, rule: xai.rules.flat() }] }),
    /layer 'bn\.1-a', which was folded into 'conv\.1-a' when the model was canonized; select 'conv\.1-a'/,
  );
  ex.dispose();
  model.dispose();
});

test("the box rule gives zero padding before the first conv bounds 0: ZeroPadding2D + 'valid' conv = 'same' conv", async () => {
  const padded = tf.sequential({
    layers: [
      tf.layers.zeroPadding2d({ inputShape: [6, 6, 2], padding: 1 }),
      tf.layers.conv2d({ filters: 3, kernelSize: 3, activation: "relu" }),
      tf.layers.conv2d({ filters: 2, kernelSize: 2, strides: 2, activation: "relu" }),
      tf.layers.flatten(),
      tf.layers.dense({ units: 4 }),
    ],
  });
  seedWeights(padded, 96);
  const same = tf.sequential({
    layers: [
      tf.layers.conv2d({ inputShape: [6, 6, 2], filters: 3, kernelSize: 3, padding: "same", activation: "relu" }),
      tf.layers.conv2d({ filters: 2, kernelSize: 2, strides: 2, activation: "relu" }),
      tf.layers.flatten(),
      tf.layers.dense({ units: 4 }),
    ],
  });
  same.setWeights(padded.getWeights());
  const x = inputFor(padded, 2, 97, 0, 1);
  const perElement = Array.from({ length: 72 }, (_, i) => -0.1 * (i % 3));
  for (const bounds of [
    { low: 0, high: 1 },
    { low: [-0.5, 0], high: [1, 2] },
    { low: perElement, high: 1 },
  ]) {
    for (const method of ["epsilon-gamma-box", "dtd-zb"]) {
      const a = await xai.explain(padded, x, { method, ...bounds, target: [0, 2] });
      const b = await xai.explain(same, x, { method, ...bounds, target: [0, 2] });
      assertClose(values(a.relevance), values(b.relevance), `${method}, low ${JSON.stringify(bounds.low).slice(0, 20)}`, 1e-5);
      assert.deepEqual(a.score, b.score);
      a.dispose();
      b.dispose();
    }
  }
  await assert.rejects(
    xai.explain(padded, x, { method: "dtd-zb", low: [0, 0, 0], high: 1 }),
    /bound low has 3 values; expected 1, 2 \(one per channel\) or 72 .* \(rule zbox on layer/,
  );
  x.dispose();
  padded.dispose();
  same.dispose();
});

test("foldBatchNormForward on the MLP's batch norm after a ReLU: same function, the dense layer absorbs it", async () => {
  const { model } = mlp();
  const x = inputFor(model, 2, 98);
  const usual = await xai.prepare(model);
  const ex = await xai.prepare(model, { canonizers: [...C.DEFAULT_CANONIZERS, C.foldBatchNormForward()] });
  assert.equal(ex.graph.nodes.filter((n) => n.kind === "batchNorm").length, 0);
  const [a, b] = [await usual.predict(x), await ex.predict(x)];
  assert.ok(relErr(values(b), values(a)) < 1e-5);
  tf.dispose([a, b, x]);
  usual.dispose();
  ex.dispose();
  model.dispose();
});

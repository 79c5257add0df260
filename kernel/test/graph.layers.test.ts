/**
 * The explanation graph computes what the user's model computes: for a zoo of models that together use
 * every supported layer, the canonized graph's logits (after a softmax where the model ends with one)
 * match model.predict, the graph has the expected nodes, and the user's model is left untouched.
 */
import { test } from "node:test";
import * as assert from "node:assert/strict";
import * as xai from "xai-lab";
import { inputFor, relErr, values, zoo, type ZooModel } from "./graph.fixtures";

const tf = xai.tf;

function kinds(explainer: xai.Explainer): string[] {
  return explainer.graph.nodes.map((n) => (n.kind === "activation" ? `activation:${n.activation}` : n.kind));
}

for (const entry of zoo()) {
  const { model, name } = entry;

  test(`the graph of ${name} predicts the model's output to 1e-5`, async () => {
    const ex = await xai.prepare(model);
    const x = inputFor(model, 3, 11);
    const logits = await ex.predict(x);
    const mine = entry.softmax ? tf.softmax(logits) : logits;
    const theirs = model.predict(x) as xai.tf.Tensor;
    assert.deepEqual(mine.shape, theirs.shape);
    const err = relErr(values(mine), values(theirs));
    assert.ok(err < 1e-5, `relative error ${err}`);
    tf.dispose([x, logits, mine, theirs]);
    ex.dispose();
  });

  test(`the graph of ${name} has the expected nodes (batch norm folded after a linear layer, activations split, softmax dropped)`, async () => {
    const ex = await xai.prepare(model);
    assert.deepEqual(kinds(ex), entry.nodes);
    // Every node names the model layer it came from (a folded node both); the input is index -1.
    for (const node of ex.graph.nodes) {
      if (node.kind === "input") {
        assert.equal(node.layerIndex, -1);
        continue;
      }
      const layer = model.layers[node.layerIndex]!;
      assert.ok(
        node.name === layer.name || node.name.startsWith(`${layer.name}+`) || node.name.startsWith(`${layer.name}/`),
        `${node.name} comes from ${layer.name}`,
      );
    }
    ex.dispose();
  });

  test(`explaining ${name} leaves its weights and predictions bit-identical, and it predicts after the Explainer is disposed`, async () => {
    const x = inputFor(model, 2, 12);
    const before = snapshot(entry, x);
    const ex = await xai.prepare(model);
    for (const method of ["epsilon-plus-flat", "zplus", "gradient"]) {
      const e = await ex.explain(x, { method, target: 1, layers: method !== "gradient" });
      e.dispose();
    }
    const e = await xai.explain(model, x, { method: "alpha2beta1" });
    e.dispose();
    assert.deepEqual(snapshot(entry, x), before);
    ex.dispose();
    assert.deepEqual(snapshot(entry, x), before);
    x.dispose();
  });
}

test("a single sample (no batch axis) predicts the same logits as the batch of one", async () => {
  const { model } = zoo()[2]!;
  const ex = await xai.prepare(model);
  const x = inputFor(model, 1, 13);
  const single = tf.squeeze(x, [0]);
  const a = await ex.predict(x);
  const b = await ex.predict(single);
  assert.deepEqual(b.shape, [a.shape[1]]);
  assert.deepEqual(values(b), values(a));
  tf.dispose([x, single, a, b]);
  ex.dispose();
});

test("the final softmax is the only difference: the logits equal the output of the layer before Activation('softmax')", async () => {
  const { model } = zoo()[2]!;
  const beforeSoftmax = model.layers[model.layers.length - 2]!;
  const logitsModel = xai.tf.model({ inputs: model.inputs, outputs: beforeSoftmax.output as xai.tf.SymbolicTensor });
  const ex = await xai.prepare(model);
  const x = inputFor(model, 4, 14);
  const mine = await ex.predict(x);
  const theirs = logitsModel.predict(x) as xai.tf.Tensor;
  const err = relErr(values(mine), values(theirs));
  assert.ok(err < 1e-5, `relative error ${err}`);
  tf.dispose([x, mine, theirs]);
  ex.dispose();
});

test("TensorFlow's 'same' padding with stride 2 pads only at the end (hand-checked 4×4 → 2×2)", async () => {
  // Stride 2, kernel 3 on 4 pixels: (2−1)·2 + 3 − 4 = 1 padded row, all of it at the bottom (and right).
  const model = tf.sequential({
    layers: [tf.layers.conv2d({ inputShape: [4, 4, 1], filters: 1, kernelSize: 3, strides: 2, padding: "same", useBias: false }), tf.layers.flatten()],
  });
  model.setWeights([tf.ones([3, 3, 1, 1])]);
  const x = tf.tensor(
    Array.from({ length: 16 }, (_, i) => 2 ** (i % 8) * (i < 8 ? 1 : 1000)),
    [1, 4, 4, 1],
  );
  const data = values(x);
  const sum = (rows: number[], cols: number[]): number => rows.reduce((s, r) => s + cols.reduce((t, c) => t + data[r * 4 + c]!, 0), 0);
  const expected = [sum([0, 1, 2], [0, 1, 2]), sum([0, 1, 2], [2, 3]), sum([2, 3], [0, 1, 2]), sum([2, 3], [2, 3])];
  const ex = await xai.prepare(model);
  const out = await ex.predict(x);
  assert.deepEqual(values(out), expected);
  tf.dispose([x, out]);
  ex.dispose();
  model.dispose();
});

function snapshot(entry: ZooModel, x: xai.tf.Tensor): { weights: number[][]; prediction: number[] } {
  const weights = entry.model.getWeights().map((w) => values(w));
  const p = entry.model.predict(x) as xai.tf.Tensor;
  const prediction = values(p);
  p.dispose();
  return { weights, prediction };
}

test("the gradient through pooling matches the forward pass: 'same' average windows count only in-image inputs, max goes to the first maximum", async () => {
  // Average pooling 1×2, stride 2, 'same' over (1, 2, 4): outputs (1.5, 4); ∂out₁/∂x₃ = 1, not 1/2.
  const avg = tf.sequential({
    layers: [tf.layers.averagePooling2d({ inputShape: [1, 3, 1], poolSize: [1, 2], strides: [1, 2], padding: "same" }), tf.layers.flatten()],
  });
  const y = tf.tensor4d([1, 2, 4], [1, 1, 3, 1]);
  const g0 = await xai.explain(avg, y, { method: "gradient", target: 0 });
  const g1 = await xai.explain(avg, y, { method: "gradient", target: 1 });
  assert.deepEqual(values(g0.relevance), [0.5, 0.5, 0]);
  assert.deepEqual(values(g1.relevance), [0, 0, 1]);
  // Max pooling and global max pooling over ties: the whole gradient goes to the first maximum.
  const max = tf.sequential({ layers: [tf.layers.maxPooling2d({ inputShape: [2, 2, 1], poolSize: 2 }), tf.layers.flatten()] });
  const gmax = tf.sequential({ layers: [tf.layers.globalMaxPooling2d({ inputShape: [2, 2, 1] })] });
  const z = tf.tensor4d([1, 5, 5, 5], [1, 2, 2, 1]);
  const gm = await xai.explain(max, z, { method: "gradient", target: 0 });
  const gg = await xai.explain(gmax, z, { method: "gradient", target: 0 });
  assert.deepEqual(values(gm.relevance), [0, 1, 0, 0]);
  assert.deepEqual(values(gg.relevance), [0, 1, 0, 0]);
  for (const e of [g0, g1, gm, gg]) e.dispose();
  tf.dispose([y, z]);
  for (const m of [avg, max, gmax]) m.dispose();
});

/**
 * Equivalent models give equal explanations: the same network built Sequential and functional, with
 * fused activations or separate Activation layers, with a batch norm after a conv or with that batch
 * norm folded into the conv by hand. And LRP-0 equals gradient × input (computed by autodiff, an
 * independent reference) on a piecewise-linear net that uses every layer kind whose propagation is
 * homogeneous (methods.md §3: "equals gradient×input on ReLU nets"), ties in max pooling included.
 */
import { test } from "node:test";
import * as assert from "node:assert/strict";
import * as xai from "xai-lab";
import { inputFor, read, relErr, seedWeights } from "./graph.fixtures";

const tf = xai.tf;
type Layer = xai.tf.layers.Layer;
type Sym = xai.tf.SymbolicTensor;

const METHODS: [string, xai.ExplainOptions][] = [
  ["epsilon", { method: "epsilon", epsilon: 0.01 }],
  ["zplus", { method: "zplus" }],
  ["alpha2beta1", { method: "alpha2beta1" }],
  ["epsilon-plus-flat", { method: "epsilon-plus-flat" }],
  ["epsilon-gamma-box", { method: "epsilon-gamma-box", low: -1, high: 1 }],
  ["dtd-w2", { method: "dtd-w2" }],
  ["gradient-x-input", { method: "gradient-x-input" }],
];

/** Explains `x` with every method on both models and asserts the relevance agrees to `tol`. */
async function assertSameRelevance(a: xai.tf.LayersModel, b: xai.tf.LayersModel, x: xai.tf.Tensor, tol: number, methods = METHODS): Promise<void> {
  const ea = await xai.prepare(a);
  const eb = await xai.prepare(b);
  for (const [label, options] of methods) {
    const ra = await ea.explain(x, { ...options, target: 1 });
    const rb = await eb.explain(x, { ...options, target: 1 });
    const err = relErr(await read(ra.relevance), await read(rb.relevance));
    assert.ok(err < tol, `${label}: relative error ${err}`);
    assert.ok(relErr(ra.score, rb.score) < tol, `${label}: scores ${ra.score} vs ${rb.score}`);
    ra.dispose();
    rb.dispose();
  }
  ea.dispose();
  eb.dispose();
}

/** The layers of a small CNN, fresh each call, named so that composites can select them by name. */
function cnnLayers(): Layer[] {
  return [
    tf.layers.conv2d({ filters: 4, kernelSize: 3, activation: "relu", name: "c1" }),
    tf.layers.maxPooling2d({ poolSize: 2, name: "p1" }),
    tf.layers.conv2d({ filters: 5, kernelSize: 2, padding: "same", name: "c2" }),
    tf.layers.batchNormalization({ name: "bn" }),
    tf.layers.reLU({ name: "r2" }),
    tf.layers.flatten({ name: "f" }),
    tf.layers.dense({ units: 8, activation: "relu", name: "d1" }),
    tf.layers.dense({ units: 3, activation: "softmax", name: "d2" }),
  ];
}

test("the same network built Sequential and functional gives the same relevance for every composite", async () => {
  const seq = tf.sequential({ layers: [tf.layers.inputLayer({ inputShape: [8, 8, 1] }), ...cnnLayers()] });
  seedWeights(seq, 51);
  const input = tf.input({ shape: [8, 8, 1] });
  const output = cnnLayers().reduce<Sym>((t, layer) => layer.apply(t) as Sym, input);
  const fun = tf.model({ inputs: input, outputs: output });
  fun.setWeights(seq.getWeights());
  const x = inputFor(seq, 2, 52);
  const custom: xai.Composite = [
    { match: { name: "c1" }, rule: xai.rules.flat() },
    { match: { name: "c2" }, rule: xai.rules.gamma({ gamma: 0.5 }) },
    { match: { kind: "dense" }, rule: xai.rules.epsilon({ epsilon: 0.1 }) },
  ];
  await assertSameRelevance(seq, fun, x, 1e-6, [...METHODS, ["custom composite by layer names", { method: "lrp", composite: custom }]]);
  tf.dispose(x);
  seq.dispose();
  fun.dispose();
});

test("fused activations give the same relevance as separate Activation / ReLU layers", async () => {
  const fused = tf.sequential({
    layers: [
      tf.layers.conv2d({ inputShape: [7, 7, 2], filters: 4, kernelSize: 3, strides: 2, padding: "same", activation: "relu" }),
      tf.layers.depthwiseConv2d({ kernelSize: 2, activation: "relu6" }),
      tf.layers.flatten(),
      tf.layers.dense({ units: 6, activation: "relu" }),
      tf.layers.dense({ units: 3 }),
    ],
  });
  seedWeights(fused, 53);
  const separate = tf.sequential({
    layers: [
      tf.layers.conv2d({ inputShape: [7, 7, 2], filters: 4, kernelSize: 3, strides: 2, padding: "same" }),
      tf.layers.activation({ activation: "relu" }),
      tf.layers.depthwiseConv2d({ kernelSize: 2 }),
      tf.layers.reLU({ maxValue: 6 }),
      tf.layers.flatten(),
      tf.layers.dense({ units: 6 }),
      tf.layers.reLU(),
      tf.layers.dense({ units: 3 }),
    ],
  });
  separate.setWeights(fused.getWeights());
  const x = inputFor(fused, 2, 54);
  await assertSameRelevance(fused, separate, x, 1e-6);
  tf.dispose(x);
  fused.dispose();
  separate.dispose();
});

test("a batch norm after a conv gives the same LRP relevance as the conv with the batch norm folded in by hand", async () => {
  const withBn = tf.sequential({
    layers: [
      tf.layers.conv2d({ inputShape: [6, 6, 2], filters: 3, kernelSize: 3, padding: "same" }),
      tf.layers.batchNormalization({ epsilon: 0.01 }),
      tf.layers.activation({ activation: "relu" }),
      tf.layers.conv2d({ filters: 4, kernelSize: 2, strides: 2 }),
      tf.layers.batchNormalization(),
      tf.layers.reLU(),
      tf.layers.flatten(),
      tf.layers.dense({ units: 3 }),
    ],
  });
  seedWeights(withBn, 55);
  const folded = tf.sequential({
    layers: [
      tf.layers.conv2d({ inputShape: [6, 6, 2], filters: 3, kernelSize: 3, padding: "same" }),
      tf.layers.activation({ activation: "relu" }),
      tf.layers.conv2d({ filters: 4, kernelSize: 2, strides: 2 }),
      tf.layers.reLU(),
      tf.layers.flatten(),
      tf.layers.dense({ units: 3 }),
    ],
  });
  // Per layer: conv1 (kernel, bias), bn1 (γ, β, μ, var), relu, conv2 (kernel, bias), bn2 (γ, β, μ, var), relu, flatten, dense.
  const w: number[][] = [];
  for (const t of withBn.layers.flatMap((l) => l.getWeights())) w.push(await read(t));
  const fold = (kernel: number[], bias: number[], [g, beta, mu, v]: number[][], eps: number): number[][] => {
    const scale = g!.map((gk, k) => gk / Math.sqrt(v![k]! + eps));
    return [kernel.map((wk, i) => wk * scale[i % scale.length]!), bias.map((bk, k) => (bk - mu![k]!) * scale[k]! + beta![k]!)];
  };
  const c1 = fold(w[0]!, w[1]!, w.slice(2, 6), 0.01);
  const c2 = fold(w[6]!, w[7]!, w.slice(8, 12), 1e-3);
  const shapes = folded.weights.map((t) => t.shape as number[]);
  const foldedWeights = [...c1, ...c2, w[12]!, w[13]!].map((data, k) => tf.tensor(data, shapes[k]!));
  folded.setWeights(foldedWeights);
  tf.dispose(foldedWeights);
  const x = inputFor(withBn, 3, 56);
  const lrp = METHODS.filter(([name]) => name !== "gradient-x-input");
  await assertSameRelevance(withBn, folded, x, 1e-4, lrp);
  tf.dispose(x);
  withBn.dispose();
  folded.dispose();
});

test("LRP-0 equals gradient × input on a piecewise-linear net with every homogeneous layer kind", async () => {
  const input = tf.input({ shape: [9, 9, 2] });
  const apply = (layer: Layer, t: Sym | Sym[]): Sym => layer.apply(t) as Sym;
  let t = apply(tf.layers.conv2d({ filters: 4, kernelSize: 3, strides: 2, padding: "same", activation: "relu" }), input); // 5×5
  t = apply(
    tf.layers.zeroPadding2d({
      padding: [
        [0, 1],
        [1, 0],
      ],
    }),
    t,
  ); // 6×6
  t = apply(tf.layers.conv2d({ filters: 4, kernelSize: 3, strides: 3, padding: "same" }), t); // 2×2
  t = apply(tf.layers.batchNormalization(), t); // folded
  t = apply(tf.layers.leakyReLU({ alpha: 0.2 }), t);
  const skip = t;
  t = apply(tf.layers.depthwiseConv2d({ kernelSize: 2, padding: "same", activation: "relu" }), t);
  t = apply(tf.layers.add(), [t, skip]);
  const left = apply(tf.layers.maxPooling2d({ poolSize: 2, strides: 1, padding: "same" }), t);
  const right = apply(tf.layers.averagePooling2d({ poolSize: 2, strides: 1, padding: "same" }), t);
  t = apply(tf.layers.concatenate(), [left, right]);
  const gap = apply(tf.layers.globalAveragePooling2d({}), t);
  const gmp = apply(tf.layers.globalMaxPooling2d({}), t);
  t = apply(tf.layers.concatenate(), [gap, gmp]);
  t = apply(tf.layers.dropout({ rate: 0.5 }), t);
  t = apply(tf.layers.dense({ units: 4 }), t);
  const model = tf.model({ inputs: input, outputs: t });
  seedWeights(model, 57);
  const x = inputFor(model, 3, 58);
  const ex = await xai.prepare(model);
  // LRP-0 proper: ε = 0, so that the stabiliser does not blur the identity where a logit is small.
  const lrp0: xai.Composite = [{ match: { kind: "linear" }, rule: xai.rules.epsilon({ epsilon: 0 }) }];
  for (const target of [0, 3]) {
    const lrp = await ex.explain(x, { method: "lrp", composite: lrp0, target });
    const gxi = await ex.explain(x, { method: "gradient-x-input", target });
    const err = relErr(await read(lrp.relevance), await read(gxi.relevance));
    assert.ok(err < 1e-4, `target ${target}: relative error ${err}`);
    lrp.dispose();
    gxi.dispose();
  }
  tf.dispose(x);
  ex.dispose();
  model.dispose();
});

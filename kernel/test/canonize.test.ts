/**
 * The canonizers (methods.md §3): batch norm folded into the dense/conv layer right before it, fused
 * activations split into their own nodes, the final softmax dropped. Each rewrite must compute the same
 * function as the graph it came from, and the folded weights must be the textbook formula.
 */
import { test } from "node:test";
import * as assert from "node:assert/strict";
import * as xai from "xai-lab";
import { canonize } from "../src/canonizers";
import { forward } from "../src/graph/forward";
import { graphFromModel } from "../src/graph/fromModel";
import { disposeGraph, isLinear, type Graph } from "../src/graph/graph";
import { inputFor, relErr, seedWeights, values } from "./graph.fixtures";

const tf = xai.tf;

/** The raw and the canonized graph's outputs on `x`, and the canonized graph (dispose it). */
function canonized(model: xai.tf.LayersModel, x: xai.tf.Tensor): { graph: Graph; raw: number[]; canon: number[] } {
  const rawGraph = graphFromModel(model);
  const raw = tf.tidy(() => values(forward(rawGraph, x)[rawGraph.output]!));
  const graph = canonize(rawGraph);
  const canon = tf.tidy(() => values(forward(graph, x)[graph.output]!));
  return { graph, raw, canon };
}

/** w' = w·γ/√(var+ε), b' = (b−μ)·γ/√(var+ε) + β over plain arrays; the channel is the last axis of w. */
function foldByHand(
  w: number[],
  b: number[] | null,
  bn: { gamma: number[] | null; beta: number[] | null; mean: number[]; variance: number[]; epsilon: number },
): { w: number[]; b: number[] } {
  const c = bn.mean.length;
  const scale = bn.mean.map((_, k) => (bn.gamma ? bn.gamma[k]! : 1) / Math.sqrt(bn.variance[k]! + bn.epsilon));
  return {
    w: w.map((v, i) => v * scale[i % c]!),
    b: bn.mean.map((m, k) => ((b ? b[k]! : 0) - m) * scale[k]! + (bn.beta ? bn.beta[k]! : 0)),
  };
}

const FOLDABLE: [string, () => xai.tf.layers.Layer, number[]][] = [
  ["dense", () => tf.layers.dense({ units: 5 }), [7]],
  ["conv2d", () => tf.layers.conv2d({ filters: 4, kernelSize: 3, strides: 2, padding: "same" }), [6, 6, 3]],
  ["depthwiseConv2d", () => tf.layers.depthwiseConv2d({ kernelSize: 2, depthMultiplier: 2 }), [5, 5, 3]],
  ["conv2d without bias", () => tf.layers.conv2d({ filters: 3, kernelSize: 2, useBias: false }), [5, 5, 2]],
];

for (const [what, make, shape] of FOLDABLE) {
  test(`a batch norm directly after a ${what} is folded into it by w' = w·γ/√(var+ε), b' = (b−μ)·γ/√(var+ε) + β`, () => {
    const model = tf.sequential({ layers: [tf.layers.inputLayer({ inputShape: shape }), make(), tf.layers.batchNormalization({ epsilon: 0.01 })] });
    if (model.outputs[0]!.shape.length > 2) model.add(tf.layers.flatten());
    seedWeights(model, 21);
    const x = inputFor(model, 3, 22);
    const { graph, raw, canon } = canonized(model, x);
    assert.ok(!graph.nodes.some((n) => n.kind === "batchNorm"), "the batch norm is gone");
    const linear = graph.nodes.filter(isLinear);
    assert.equal(linear.length, 1);
    const layer = model.layers.find((l) => l.getClassName() !== "InputLayer")!;
    const bnLayer = model.layers.find((l) => l.getClassName() === "BatchNormalization")!;
    // The folded layer keeps its own name; the batch norm's is kept as data (Keras names may contain "+").
    assert.equal(linear[0]!.name, layer.name);
    assert.deepEqual(linear[0]!.folded, [bnLayer.name]);
    const ws = layer.getWeights().map(values);
    const [gamma, beta, mean, variance] = bnLayer.getWeights().map(values);
    const hand = foldByHand(ws[0]!, ws[1] ?? null, { gamma: gamma!, beta: beta!, mean: mean!, variance: variance!, epsilon: 0.01 });
    assert.ok(relErr(values(linear[0]!.kernel), hand.w) < 1e-6, "folded kernel");
    assert.ok(relErr(values(linear[0]!.bias!), hand.b) < 1e-6, "folded bias");
    assert.ok(relErr(canon, raw) < 1e-5, `same function, relative error ${relErr(canon, raw)}`);
    disposeGraph(graph);
    x.dispose();
    model.dispose();
  });
}

test("a batch norm without γ and β (center and scale off) folds with γ = 1, β = 0", () => {
  const model = tf.sequential({ layers: [tf.layers.dense({ inputShape: [4], units: 3 }), tf.layers.batchNormalization({ center: false, scale: false })] });
  seedWeights(model, 23);
  const x = inputFor(model, 2, 24);
  const { graph, raw, canon } = canonized(model, x);
  const [w, b] = model.layers[0]!.getWeights().map(values);
  const [mean, variance] = model.layers[1]!.getWeights().map(values);
  const hand = foldByHand(w!, b!, { gamma: null, beta: null, mean: mean!, variance: variance!, epsilon: 1e-3 });
  const dense = graph.nodes.filter(isLinear)[0]!;
  assert.ok(relErr(values(dense.kernel), hand.w) < 1e-6);
  assert.ok(relErr(values(dense.bias!), hand.b) < 1e-6);
  assert.ok(relErr(canon, raw) < 1e-5);
  disposeGraph(graph);
  x.dispose();
  model.dispose();
});

test("a batch norm after an activation, after a fused activation, or after a layer with two consumers is kept", () => {
  const input = tf.input({ shape: [6] });
  const d1 = tf.layers.dense({ units: 5, activation: "relu" }).apply(input) as xai.tf.SymbolicTensor;
  const bn1 = tf.layers.batchNormalization().apply(d1) as xai.tf.SymbolicTensor; // after a fused relu
  const d2 = tf.layers.dense({ units: 5 }).apply(bn1) as xai.tf.SymbolicTensor;
  const act = tf.layers.activation({ activation: "tanh" }).apply(d2) as xai.tf.SymbolicTensor;
  const bn2 = tf.layers.batchNormalization().apply(act) as xai.tf.SymbolicTensor; // after an Activation layer
  const d3 = tf.layers.dense({ units: 5 }).apply(bn2) as xai.tf.SymbolicTensor;
  const bn3 = tf.layers.batchNormalization().apply(d3) as xai.tf.SymbolicTensor; // d3 also feeds the Add
  const sum = tf.layers.add().apply([bn3, d3]) as xai.tf.SymbolicTensor;
  const out = tf.layers.dense({ units: 2 }).apply(sum) as xai.tf.SymbolicTensor;
  const model = tf.model({ inputs: input, outputs: out });
  seedWeights(model, 25);
  const x = inputFor(model, 3, 26);
  const { graph, raw, canon } = canonized(model, x);
  assert.equal(graph.nodes.filter((n) => n.kind === "batchNorm").length, 3);
  assert.ok(relErr(canon, raw) < 1e-5);
  disposeGraph(graph);
  x.dispose();
  model.dispose();
});

test("fused activations are split: every linear node outputs its pre-activation and the activation follows as its own node", () => {
  const model = tf.sequential({
    layers: [
      tf.layers.conv2d({ inputShape: [5, 5, 1], filters: 2, kernelSize: 3, activation: "relu6" }),
      tf.layers.depthwiseConv2d({ kernelSize: 2, activation: "tanh" }),
      tf.layers.flatten(),
      tf.layers.dense({ units: 3, activation: "elu" }),
      tf.layers.dense({ units: 2, activation: "linear" }),
    ],
  });
  seedWeights(model, 27);
  const x = inputFor(model, 2, 28);
  const { graph, raw, canon } = canonized(model, x);
  const described = graph.nodes.map((n) => (n.kind === "activation" ? `${n.name}:${n.activation}` : isLinear(n) ? `${n.kind}:${n.activation}` : n.kind));
  const [c, d, , e] = model.layers.map((l) => l.name);
  assert.deepEqual(described, [
    "input",
    "conv2d:linear",
    `${c}/relu6:relu6`,
    "depthwiseConv2d:linear",
    `${d}/tanh:tanh`,
    "flatten",
    "dense:linear",
    `${e}/elu:elu`,
    "dense:linear",
  ]);
  assert.ok(relErr(canon, raw) < 1e-5);
  disposeGraph(graph);
  x.dispose();
  model.dispose();
});

const ACTIVATION_STRINGS = [
  "linear",
  "relu",
  "relu6",
  "elu",
  "selu",
  "sigmoid",
  "hardSigmoid",
  "softplus",
  "softsign",
  "tanh",
  "swish",
  "mish",
  "gelu",
  "gelu_new",
] as const;

test("every tfjs activation, fused into a Dense or as an Activation layer, runs in the graph as in the model", async () => {
  for (const activation of ACTIVATION_STRINGS) {
    const model = tf.sequential({
      layers: [tf.layers.dense({ inputShape: [4], units: 6, activation }), tf.layers.activation({ activation }), tf.layers.dense({ units: 3 })],
    });
    seedWeights(model, 29);
    const x = inputFor(model, 4, 30, -3, 3);
    const ex = await xai.prepare(model);
    const mine = await ex.predict(x);
    const theirs = model.predict(x) as xai.tf.Tensor;
    const err = relErr(values(mine), values(theirs));
    assert.ok(err < 1e-5, `${activation}: relative error ${err}`);
    tf.dispose([x, mine, theirs]);
    ex.dispose();
    model.dispose();
  }
});

test("the activation layers LeakyReLU, ELU, ThresholdedReLU and ReLU(maxValue 6) run with their parameters", async () => {
  const layers = [
    tf.layers.leakyReLU({ alpha: 0.05 }),
    tf.layers.elu(),
    tf.layers.thresholdedReLU({ theta: 0.3 }),
    tf.layers.reLU({ maxValue: 6 }),
    tf.layers.reLU(),
  ];
  for (const layer of layers) {
    const model = tf.sequential({ layers: [tf.layers.dense({ inputShape: [4], units: 6 }), layer, tf.layers.dense({ units: 3 })] });
    seedWeights(model, 31);
    const x = inputFor(model, 4, 32, -8, 8);
    const ex = await xai.prepare(model);
    const mine = await ex.predict(x);
    const theirs = model.predict(x) as xai.tf.Tensor;
    const err = relErr(values(mine), values(theirs));
    assert.ok(err < 1e-5, `${layer.getClassName()}: relative error ${err}`);
    tf.dispose([x, mine, theirs]);
    ex.dispose();
    model.dispose();
  }
});

test("a softmax is dropped only at the output, fused or as a layer; the logits are what remains", () => {
  for (const fused of [true, false]) {
    const layers = fused
      ? [tf.layers.dense({ inputShape: [4], units: 3, activation: "softmax" })]
      : [tf.layers.dense({ inputShape: [4], units: 3 }), tf.layers.softmax()];
    const model = tf.sequential({ layers });
    seedWeights(model, 33);
    const x = inputFor(model, 2, 34);
    const graph = canonize(graphFromModel(model));
    assert.deepEqual(
      graph.nodes.map((n) => n.kind),
      ["input", "dense"],
    );
    const logits = tf.tidy(() => values(forward(graph, x)[graph.output]!));
    const [w, b] = model.layers[0]!.getWeights().map(values);
    const xs = values(x);
    const hand = [0, 1].flatMap((s) => [0, 1, 2].map((j) => [0, 1, 2, 3].reduce((acc, i) => acc + xs[s * 4 + i]! * w![i * 3 + j]!, b![j]!)));
    assert.ok(relErr(logits, hand) < 1e-6);
    disposeGraph(graph);
    x.dispose();
    model.dispose();
  }
});

test("a softmax inside the network is refused with an XaiError naming the layer, and nothing leaks", async () => {
  const model = tf.sequential({
    layers: [
      tf.layers.dense({ inputShape: [4], units: 5 }),
      tf.layers.batchNormalization(),
      tf.layers.activation({ activation: "softmax", name: "inner_softmax" }),
      tf.layers.dense({ units: 3 }),
    ],
  });
  const before = tf.memory().numTensors;
  await assert.rejects(xai.prepare(model), (e: Error) => e instanceof xai.XaiError && /inner_softmax/.test(e.message) && /softmax/.test(e.message));
  assert.equal(tf.memory().numTensors, before);
  model.dispose();
});

test("canonizing twice changes nothing more", () => {
  const model = tf.sequential({
    layers: [
      tf.layers.dense({ inputShape: [4], units: 5, activation: "relu" }),
      tf.layers.batchNormalization(),
      tf.layers.dense({ units: 3, activation: "softmax" }),
    ],
  });
  seedWeights(model, 35);
  const once = canonize(graphFromModel(model));
  const kindsOnce = once.nodes.map((n) => n.kind);
  const twice = canonize(once);
  assert.deepEqual(
    twice.nodes.map((n) => n.kind),
    kindsOnce,
  );
  disposeGraph(twice);
  model.dispose();
});

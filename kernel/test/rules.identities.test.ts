/**
 * The identities between rules that methods.md §2–3 states: LRP-0 (= ε → 0) is gradient × input on a
 * ReLU net, γ = 0 and ε = 0 are LRP-0, z⁺ keeps the sign of non-negative inputs, and the conservative
 * rules conserve, at the input and at every layer, while αβ(2,1) does not where a unit has no
 * negative part.
 */
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import * as xai from "xai-lab";
import type { Composite, ExplainOptions } from "xai-lab";
import { assertClose, assertNear } from "./helpers/close";
import { batchOf, buildNet, setWeights, type BuiltNet, type LayerSpec } from "./helpers/models";
import { Random } from "./helpers/random";

const tf = xai.tf;
const rng = new Random(73);

const DENSE_SHAPE = [6];
const CONV_SHAPE = [7, 7, 2];
const DENSE: LayerSpec[] = [
  { type: "dense", units: 8, relu: true },
  { type: "dense", units: 8, relu: true },
  { type: "dense", units: 4 },
];
const CONV: LayerSpec[] = [
  { type: "conv2d", filters: 3, kernel: [3, 3], strides: [2, 2], padding: "same", relu: true },
  { type: "conv2d", filters: 4, kernel: [3, 3], strides: [1, 1], padding: "valid", relu: true },
  { type: "flatten" },
  { type: "dense", units: 3 },
];

interface Net {
  readonly label: string;
  readonly shape: number[];
  readonly net: BuiltNet;
  explainer?: xai.Explainer;
}

const nets: Net[] = [
  { label: "a dense ReLU net with biases", shape: DENSE_SHAPE, net: buildNet(DENSE_SHAPE, DENSE, rng) },
  { label: "a ReLU CNN with biases", shape: CONV_SHAPE, net: buildNet(CONV_SHAPE, CONV, rng) },
];
const biasFree: Net[] = [
  {
    label: "a bias-free dense ReLU net",
    shape: DENSE_SHAPE,
    net: buildNet(
      DENSE_SHAPE,
      DENSE.map((s) => ({ ...s, bias: false })),
      rng,
    ),
  },
  {
    label: "a bias-free ReLU CNN",
    shape: CONV_SHAPE,
    net: buildNet(
      CONV_SHAPE,
      CONV.map((s) => ({ ...s, bias: false })),
      rng,
    ),
  },
];

before(async () => {
  for (const n of [...nets, ...biasFree]) n.explainer = await xai.prepare(n.net.model);
});

after(() => {
  for (const n of [...nets, ...biasFree]) {
    n.explainer?.dispose();
    n.net.model.dispose();
  }
});

const linear = (rule: xai.Rule): Composite => [{ match: { kind: "linear" }, rule }];

test("LRP-0, LRP-ε with ε = 1e-10 and ε = 0 equal gradient × input on ReLU nets with biases", async () => {
  for (const n of nets) {
    const x = batchOf(
      [0, 1, 2].map(() => rng.array(size(n.shape), -1, 1)),
      n.shape,
    );
    const target = [0, 1, 2];
    const reference = await values(n, x, { method: "gradient-x-input", target });
    assertClose(await values(n, x, { method: "lrp-0", target }), reference, `LRP-0, ${n.label}`);
    for (const epsilon of [1e-10, 0]) {
      assertClose(await values(n, x, { method: "lrp", composite: linear(xai.rules.epsilon({ epsilon })), target }), reference, `ε = ${epsilon}, ${n.label}`);
    }
    x.dispose();
  }
});

test("LRP-γ with γ = 0 and LRP-ε with ε = 0 give LRP-0, with and without zeroBias", async () => {
  for (const n of nets) {
    const x = batchOf(
      [0, 1].map(() => rng.array(size(n.shape), -1, 1)),
      n.shape,
    );
    for (const zeroBias of [false, true]) {
      const lrp0 = await values(n, x, { method: "lrp", composite: linear(xai.rules.lrp0({ zeroBias })), target: 1 });
      const gamma0 = await values(n, x, { method: "lrp", composite: linear(xai.rules.gamma({ gamma: 0, zeroBias })), target: 1 });
      const eps0 = await values(n, x, { method: "lrp", composite: linear(xai.rules.epsilon({ epsilon: 0, zeroBias })), target: 1 });
      assertClose(gamma0, lrp0, `γ = 0${zeroBias ? ", zeroBias" : ""}, ${n.label}`);
      assertClose(eps0, lrp0, `ε = 0${zeroBias ? ", zeroBias" : ""}, ${n.label}`);
    }
    x.dispose();
  }
});

test("z⁺ gives non-negative relevance for inputs in [0, 1] on a ReLU CNN when the explained logit is positive", async () => {
  const n = nets[1]!;
  const xs = [0, 1, 2, 3].map(() => rng.array(size(n.shape), 0, 1));
  const x = batchOf(xs, n.shape);
  const logits = await n.explainer!.predict(x);
  // Explain each sample's largest logit, which must be positive for the claim (z⁺ relevance has the sign of f).
  const rows = (await logits.array()) as number[][];
  logits.dispose();
  const target = rows.map((r) => r.indexOf(Math.max(...r)));
  rows.forEach((r, i) => assert.ok(r[target[i]!]! > 0, `sample ${i}: largest logit ${r[target[i]!]} is not positive; pick another seed`));
  const e = await n.explainer!.explain(x, { method: "zplus", target });
  const relevance = await e.relevance.data();
  assert.ok(
    relevance.every((v) => v >= 0),
    `negative relevance ${Math.min(...relevance)}`,
  );
  assert.ok(
    e.relevanceSum.every((s) => s > 0),
    "some relevance arrives at the input",
  );
  e.dispose();
  x.dispose();
});

test("with zeroBias, z⁺, flat, w² and z^B conserve the explained logit at the input and at every layer", async () => {
  const n = nets[1]!;
  const x = batchOf(
    [0, 1, 2].map(() => rng.array(size(n.shape), 0, 1)),
    n.shape,
  );
  const zplus = xai.rules.zPlus({ zeroBias: true });
  const composites: Record<string, Composite> = {
    "z⁺ everywhere": linear(zplus),
    "flat everywhere": linear(xai.rules.flat({ zeroBias: true })),
    "w² everywhere": linear(xai.rules.wSquare({ zeroBias: true })),
    "z^B first, z⁺ above": [
      { match: { first: true }, rule: xai.rules.zBox({ low: 0, high: 1, zeroBias: true }) },
      { match: { kind: "linear" }, rule: zplus },
    ],
    "w² first, z⁺ above": [
      { match: { first: true }, rule: xai.rules.wSquare({ zeroBias: true }) },
      { match: { kind: "linear" }, rule: zplus },
    ],
    "flat first, z⁺ above": [
      { match: { first: true }, rule: xai.rules.flat({ zeroBias: true }) },
      { match: { kind: "linear" }, rule: zplus },
    ],
  };
  for (const [label, composite] of Object.entries(composites)) {
    const e = await n.explainer!.explain(x, { method: "lrp", composite, target: [0, 1, 2], layers: true });
    assertClose(e.relevanceSum, e.score, `${label}: Σ input relevance vs the logit`);
    for (const layer of e.layers!) assertClose(layer.total, e.score, `${label}: Σ relevance at '${layer.name}' vs the logit`);
    e.dispose();
  }
  x.dispose();
});

test("LRP-ε conserves on bias-free layers (ε = 0 and 1e-6), at the input and at every layer", async () => {
  for (const n of biasFree) {
    const x = batchOf(
      [0, 1].map(() => rng.array(size(n.shape), -1, 1)),
      n.shape,
    );
    for (const epsilon of [0, 1e-6]) {
      const e = await n.explainer!.explain(x, { method: "lrp", composite: linear(xai.rules.epsilon({ epsilon })), target: [2, 0], layers: true });
      assertClose(e.relevanceSum, e.score, `ε = ${epsilon}, ${n.label}`);
      for (const layer of e.layers!) assertClose(layer.total, e.score, `ε = ${epsilon}, ${n.label}: at '${layer.name}'`);
      e.dispose();
    }
    x.dispose();
  }
});

test("on one dense layer, LRP-0's bias absorbs exactly its share: Σ R = f − b_t", async () => {
  const net = buildNet([5], [{ type: "dense", units: 3 }], rng);
  const xs = [rng.array(5, -1, 1)];
  const x = batchOf(xs, [5]);
  const e = await xai.explain(net.model, x, { method: "lrp-0", target: 2 });
  const b = net.plain.layers[0]!.map.bias![2]!;
  assertNear(e.relevanceSum[0]!, e.score[0]! - b, "Σ R vs f − b", 1e-4);
  assert.ok(Math.abs(b) > 0.01, "the bias is not negligible");
  e.dispose();
  x.dispose();
  net.model.dispose();
});

test("αβ(2,1) is not conservative where a unit has no negative contributions, and is where it has both", async () => {
  const model = tf.sequential({ layers: [tf.layers.dense({ units: 1, inputShape: [3], useBias: false })] });
  const x = tf.tensor2d([[1, 2, 3]]);
  const ab = linear(xai.rules.alphaBeta({ alpha: 2, beta: 1 }));
  // w = (0.5, 1, 2): every contribution is positive, f = 8.5, and the β part has nothing to take:
  // R = α · x ⊙ w = (1, 4, 12), which sums to 2f.
  setWeights(model.layers[0]!, [0.5, 1, 2], [3, 1], null);
  let e = await xai.explain(model, x, { method: "lrp", composite: ab, target: 0 });
  assertClose(await e.relevance.data(), [1, 4, 12], "αβ(2,1), only positive contributions", 1e-5);
  assertNear(e.relevanceSum[0]!, 2 * e.score[0]!, "Σ R = 2f", 1e-5);
  e.dispose();
  // w = (0.5, −1, 2): z⁺ = 6.5, z⁻ = −2, f = 4.5. R = 2·f·(0.5, 0, 6)/6.5 − f·(0, −2, 0)/(−2), which sums to f.
  setWeights(model.layers[0]!, [0.5, -1, 2], [3, 1], null);
  e = await xai.explain(model, x, { method: "lrp", composite: ab, target: 0 });
  assertClose(await e.relevance.data(), [(2 * 4.5 * 0.5) / 6.5, -4.5, (2 * 4.5 * 6) / 6.5], "αβ(2,1), both signs", 1e-5);
  assertNear(e.relevanceSum[0]!, e.score[0]!, "Σ R = f", 1e-5);
  e.dispose();
  x.dispose();
  model.dispose();
});

async function values(n: Net, x: xai.tf.Tensor, options: ExplainOptions): Promise<Float32Array> {
  const e = await n.explainer!.explain(x, options);
  const v = (await e.relevance.data()) as Float32Array;
  e.dispose();
  return v;
}

function size(shape: readonly number[]): number {
  return shape.reduce((a, c) => a * c, 1);
}

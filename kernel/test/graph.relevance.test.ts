/**
 * Relevance layer by layer (`layers: true`, methods.md §2–3): one entry per graph node, conservation at
 * every layer for a bias-free z⁺ explanation of a ReLU net, and the fixed propagation of the
 * non-parametric layers checked by hand: Add in proportion to the branches, Concatenate by slices,
 * average pooling in proportion to the inputs, max pooling winner-take-all with the first maximum
 * winning ties. Per-sample targets explain each sample as if it were alone.
 */
import { test } from "node:test";
import * as assert from "node:assert/strict";
import * as xai from "xai-lab";
import { inputFor, relErr, residualCnn, seedWeights, seqCnn, values } from "./graph.fixtures";

const tf = xai.tf;

function close(actual: readonly number[], expected: readonly number[], tol: number, what: string): void {
  assert.equal(actual.length, expected.length, `${what}: length`);
  const err = relErr(actual, expected);
  assert.ok(err < tol, `${what}: ${JSON.stringify(actual)} vs ${JSON.stringify(expected)} (relative error ${err})`);
}

/** A ReLU net using every relevance-preserving layer: max pooling, average pooling, flatten, dropout, reshape. */
function reluNet(): xai.tf.LayersModel {
  const model = tf.sequential({
    layers: [
      tf.layers.conv2d({ inputShape: [8, 8, 2], filters: 4, kernelSize: 3, activation: "relu" }),
      tf.layers.maxPooling2d({ poolSize: 2 }),
      tf.layers.conv2d({ filters: 6, kernelSize: 2, padding: "same", strides: 2, activation: "relu" }),
      tf.layers.averagePooling2d({ poolSize: 2, padding: "valid" }),
      tf.layers.flatten(),
      tf.layers.dense({ units: 12, activation: "relu" }),
      tf.layers.dropout({ rate: 0.3 }),
      tf.layers.reshape({ targetShape: [3, 4] }),
      tf.layers.flatten(),
      tf.layers.dense({ units: 5 }),
    ],
  });
  seedWeights(model, 41);
  return model;
}

test("layers: true gives one entry per graph node, input first, each shaped like the node's output", async () => {
  const model = reluNet();
  const ex = await xai.prepare(model);
  const x = inputFor(model, 2, 42, 0, 1);
  const e = await ex.explain(x, { method: "epsilon-plus-flat", layers: true });
  const layers = e.layers!;
  assert.equal(layers.length, ex.graph.nodes.length);
  layers.forEach((l, id) => {
    const node = ex.graph.nodes[id]!;
    assert.equal(l.kind, node.kind);
    assert.equal(l.name, node.name);
    assert.deepEqual(l.shape, [2, ...(node.outputShape.slice(1) as number[])]);
    assert.deepEqual(l.relevance.shape, l.shape);
    close(
      l.total,
      tf.tidy(() => values(tf.sum(tf.reshape(l.relevance, [2, -1]), 1))),
      1e-6,
      `${l.name} total`,
    );
  });
  assert.equal(layers[0]!.kind, "input");
  assert.equal(layers[0]!.index, -1);
  assert.deepEqual(values(layers[0]!.relevance), values(e.relevance));
  assert.deepEqual(layers[layers.length - 1]!.total, e.score);
  assert.equal(layers.find((l) => l.kind === "dense")!.rule, "epsilon");
  assert.equal(layers.find((l) => l.kind === "conv2d")!.rule, "flat");
  assert.equal(layers.find((l) => l.kind === "maxPool2d")!.rule, undefined);
  e.dispose();
  tf.dispose(x);
  ex.dispose();
  model.dispose();
});

test("bias-free z⁺ on a ReLU net conserves relevance at every layer; max pooling, flatten, reshape and dropout pass it unchanged", async () => {
  const model = reluNet();
  const ex = await xai.prepare(model);
  const x = inputFor(model, 3, 43, -1, 1);
  const e = await ex.explain(x, { method: "zplus", zeroBias: true, target: [0, 3, 4], layers: true });
  for (const l of e.layers!) close(l.total, e.score, 1e-5, `total at ${l.name} (${l.kind})`);
  close(e.relevanceSum, e.score, 1e-5, "Σ input relevance");
  const nodes = ex.graph.nodes;
  for (const l of e.layers!) {
    const node = nodes.find((n) => n.name === l.name && n.kind === l.kind)!;
    if (!["flatten", "reshape", "identity", "activation"].includes(node.kind)) continue;
    // Element-wise and reshaping layers hand their input exactly the relevance they received.
    const below = e.layers![node.inputs[0]!]!;
    assert.deepEqual(values(below.relevance), values(l.relevance), `${l.name} passes relevance unchanged`);
  }
  e.dispose();
  tf.dispose(x);
  ex.dispose();
  model.dispose();
});

test("Add splits relevance in proportion to each branch's contribution (hand-checked: x = (1, 3))", async () => {
  // a = 2·x1 + x2 = 5, b = −x1 + x2 = 2, out = a + b = 7. The Add gives a 5/7 and b 2/7 of R = 7;
  // LRP-0 then gives the input (1·2 + 3·1)·5/5 + (1·(−1) + 3·1)·2/2 → (2, 3) + (−1, 3) = (1, 6).
  const input = tf.input({ shape: [2] });
  const a = tf.layers.dense({ units: 1, useBias: false, name: "branch_a" }).apply(input) as xai.tf.SymbolicTensor;
  const b = tf.layers.dense({ units: 1, useBias: false, name: "branch_b" }).apply(input) as xai.tf.SymbolicTensor;
  const sum = tf.layers.add({ name: "sum" }).apply([a, b]) as xai.tf.SymbolicTensor;
  const model = tf.model({ inputs: input, outputs: sum });
  model.setWeights([tf.tensor2d([[2], [1]]), tf.tensor2d([[-1], [1]])]);
  const x = tf.tensor2d([[1, 3]]);
  const e = await xai.explain(model, x, { method: "lrp-0", target: 0, layers: true });
  const at = (name: string): number[] => values(e.layers!.find((l) => l.name === name)!.relevance);
  close(at("sum"), [7], 1e-6, "Add");
  close(at("branch_a"), [5], 1e-6, "branch a");
  close(at("branch_b"), [2], 1e-6, "branch b");
  close(values(e.relevance), [1, 6], 1e-6, "input");
  e.dispose();
  tf.dispose(x);
  model.dispose();
});

test("Concatenate hands each input its slice of the relevance", async () => {
  const { model } = residualCnn();
  const ex = await xai.prepare(model);
  const x = inputFor(model, 2, 44);
  const e = await ex.explain(x, { method: "epsilon-plus", layers: true });
  const concats = ex.graph.nodes.filter((n) => n.kind === "concatenate");
  assert.equal(concats.length, 2);
  for (const node of concats) {
    const r = e.layers![node.id]!.relevance;
    const axis = node.kind === "concatenate" ? node.axis : -1;
    const slices = tf.split(
      r,
      node.inputs.map((i) => e.layers![i]!.shape[axis]!),
      axis,
    );
    node.inputs.forEach((i, k) => assert.deepEqual(values(e.layers![i]!.relevance), values(slices[k]!), `slice ${k} of ${node.name}`));
    tf.dispose(slices);
  }
  e.dispose();
  tf.dispose(x);
  ex.dispose();
  model.dispose();
});

test("average pooling splits relevance in proportion to the inputs (hand-checked, padding excluded from 'same' windows)", async () => {
  // Valid 2×2 window over (1, 2; 3, 6): z = 3, R = 3 → x_i/4 · 3/3 = (0.25, 0.5, 0.75, 1.5).
  const valid = tf.sequential({ layers: [tf.layers.averagePooling2d({ inputShape: [2, 2, 1], poolSize: 2 }), tf.layers.flatten()] });
  const x = tf.tensor4d([1, 2, 3, 6], [1, 2, 2, 1]);
  const e = await xai.explain(valid, x, { method: "epsilon", target: 0 });
  close(values(e.relevance), [0.25, 0.5, 0.75, 1.5], 1e-6, "valid window");
  e.dispose();
  // 'same' 1×2 windows with stride 2 over (1, 2, 4): windows (1, 2) → 1.5 and (4, pad) → 4 (the pad is not counted).
  const same = tf.sequential({
    layers: [tf.layers.averagePooling2d({ inputShape: [1, 3, 1], poolSize: [1, 2], strides: [1, 2], padding: "same" }), tf.layers.flatten()],
  });
  const y = tf.tensor4d([1, 2, 4], [1, 1, 3, 1]);
  const p = same.predict(y) as xai.tf.Tensor;
  assert.deepEqual(values(p), [1.5, 4]);
  const first = await xai.explain(same, y, { method: "epsilon", target: 0 });
  close(values(first.relevance), [0.5, 1, 0], 1e-6, "first window");
  const second = await xai.explain(same, y, { method: "epsilon", target: 1 });
  close(values(second.relevance), [0, 0, 4], 1e-6, "second, partial window");
  tf.dispose([x, y, p]);
  first.dispose();
  second.dispose();
  valid.dispose();
  same.dispose();
});

test("global max pooling gives all relevance to the maximum of each channel, the first one on ties", async () => {
  const model = tf.sequential({ layers: [tf.layers.globalMaxPooling2d({ inputShape: [2, 2, 2] })] });
  // Channel 0 over the four positions: (1, 5, 5, 2) → position 1 wins the tie; channel 1: (7, 0, 7, 7) → position 0.
  const x = tf.tensor4d([1, 7, 5, 0, 5, 7, 2, 7], [1, 2, 2, 2]);
  const e0 = await xai.explain(model, x, { method: "epsilon", target: 0 });
  assert.deepEqual(values(e0.relevance), [0, 0, 5, 0, 0, 0, 0, 0]);
  const e1 = await xai.explain(model, x, { method: "zplus", target: 1 });
  assert.deepEqual(values(e1.relevance), [0, 7, 0, 0, 0, 0, 0, 0]);
  tf.dispose(x);
  e0.dispose();
  e1.dispose();
  model.dispose();
});

test("max pooling gives all relevance to the maximum of each window, the first one on ties", async () => {
  // Overlapping 2×2 windows, stride 1, over (5 5 1; 5 2 9; 0 9 9): windows → maxima at (0,0), (1,2), (2,1)... first wins.
  const model = tf.sequential({ layers: [tf.layers.maxPooling2d({ inputShape: [3, 3, 1], poolSize: 2, strides: 1 }), tf.layers.flatten()] });
  const x = tf.tensor4d([5, 5, 1, 5, 2, 9, 0, 9, 9], [1, 3, 3, 1]);
  const expected: Record<number, number[]> = {
    0: [5, 0, 0, 0, 0, 0, 0, 0, 0], // window (5 5; 5 2): first 5
    1: [0, 0, 0, 0, 0, 9, 0, 0, 0], // window (5 1; 2 9)
    2: [0, 0, 0, 0, 0, 0, 0, 9, 0], // window (5 2; 0 9)
    3: [0, 0, 0, 0, 0, 9, 0, 0, 0], // window (2 9; 9 9): first 9 at (1, 2)
  };
  for (const [target, want] of Object.entries(expected)) {
    const e = await xai.explain(model, x, { method: "epsilon", target: Number(target) });
    assert.deepEqual(values(e.relevance), want, `window ${target}`);
    e.dispose();
  }
  tf.dispose(x);
  model.dispose();
});

test("per-sample targets [2, 0, 1] explain each sample as if it were explained alone", async () => {
  const { model } = seqCnn();
  const ex = await xai.prepare(model);
  const x = inputFor(model, 3, 45);
  const targets = [2, 0, 1];
  for (const method of ["epsilon-plus-flat", "alpha2beta1", "gradient"]) {
    const all = await ex.explain(x, { method, target: targets, layers: method !== "gradient" });
    assert.deepEqual(all.target, targets);
    for (let s = 0; s < 3; s++) {
      const xs = tf.slice(x, [s], [1]);
      const one = await ex.explain(xs, { method, target: targets[s]!, layers: method !== "gradient" });
      const mine = tf.slice(all.relevance, [s], [1]);
      close(values(mine), values(one.relevance), 1e-5, `${method}, sample ${s}`);
      close([all.score[s]!], one.score, 1e-6, `${method}, score ${s}`);
      close([all.relevanceSum[s]!], one.relevanceSum, 1e-5, `${method}, sum ${s}`);
      if (all.layers) all.layers.forEach((l, k) => close([l.total[s]!], one.layers![k]!.total, 1e-5, `${method}, ${l.name}, sample ${s}`));
      tf.dispose([xs, mine]);
      one.dispose();
    }
    all.dispose();
  }
  tf.dispose(x);
  ex.dispose();
  model.dispose();
});

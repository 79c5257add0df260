/**
 * Relevance messages R(i←j) between neighbouring layers: hand-computed values on a 2-2-1 net, and on
 * small nets the two identities that make them the engine's flow — the messages into each unit sum to the
 * relevance the engine gives that unit, and the messages out of each unit sum to its relevance where the
 * rule conserves it — with and without an "other" group, across pooling and activations.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import * as xai from "xai-lab";
import { relevanceMessages, type FlowStageMessages, type RelevanceMessages } from "../src/attribution/messages";

const tf = xai.tf;

function denseNet(w1: number[][], w2: number[][]): xai.tf.LayersModel {
  const model = tf.sequential({
    layers: [
      tf.layers.dense({ inputShape: [w1.length], units: w1[0]!.length, useBias: false, activation: "relu", weights: [tf.tensor2d(w1)] }),
      tf.layers.dense({ units: w2[0]!.length, useBias: false, weights: [tf.tensor2d(w2)] }),
    ],
  });
  return model;
}

function message(stage: FlowStageMessages, sample: number, from: number | null, to: number | null): number {
  const m = stage.messages[sample]!.find((x) => x.from === from && x.to === to);
  assert.ok(m, `a message from ${from} to ${to}`);
  return m.value;
}

function close(a: number, b: number, what: string, tol = 1e-4): void {
  assert.ok(Math.abs(a - b) <= tol * Math.max(1, Math.abs(b)), `${what}: ${a} ≠ ${b}`);
}

test("on a 2-2-1 net the LRP-0 messages are x_i w_ij R_j / z_j, as computed by hand", async () => {
  // x = [1, 2]; z1 = [7, 4]; f = 7·1 + 4·2 = 15.
  const model = denseNet(
    [
      [1, 2],
      [3, 1],
    ],
    [[1], [2]],
  );
  const x = tf.tensor2d([[1, 2]]);
  const before = tf.memory().numTensors;
  const flow = await relevanceMessages(model, x, { method: "lrp-0" });
  assert.equal(tf.memory().numTensors, before, "no tensor leaks");
  assert.equal(flow.stages.length, 3, "the input and the two dense layers");
  const [input, hidden, output] = flow.stages as [FlowStageMessages, FlowStageMessages, FlowStageMessages];
  assert.deepEqual(input.messages, [[]], "the input sends nothing further");
  close(message(output, 0, 0, 0), 7, "R(h0←out)");
  close(message(output, 0, 0, 1), 8, "R(h1←out)");
  close(message(hidden, 0, 0, 0), 1, "R(x0←h0) = 1·1·7/7");
  close(message(hidden, 0, 0, 1), 6, "R(x1←h0) = 2·3·7/7");
  close(message(hidden, 0, 1, 0), 4, "R(x0←h1) = 1·2·8/4");
  close(message(hidden, 0, 1, 1), 4, "R(x1←h1) = 2·1·8/4");
  assert.deepEqual(
    input.top[0]!.map((u) => u.unit),
    [1, 0],
    "input relevance [5, 10], largest first",
  );
  model.dispose();
  x.dispose();
});

/** Checks both identities of every stage against the engine's own per-layer relevance. */
async function checkIdentities(flow: RelevanceMessages, e: xai.Explanation, conserving: boolean): Promise<void> {
  for (let k = 1; k < flow.stages.length; k++) {
    const upper = flow.stages[k]!;
    const lower = flow.stages[k - 1]!;
    const upperSums = await unitSums(e.layers![upper.node]!.relevance);
    const lowerSums = await unitSums(e.layers![lower.node]!.relevance);
    upperSums.forEach((rowUp, s) => {
      const messages = upper.messages[s]!;
      const rowDown = lowerSums[s]!;
      const topDown = lower.top[s]!.map((u) => u.unit);
      // Into each top unit of the lower stage: Σ_j R(i←j) = R_i; into the rest together: their Σ R_i.
      for (const i of topDown)
        close(
          messages.filter((m) => m.to === i).reduce((a, m) => a + m.value, 0),
          rowDown[i]!,
          `stage ${lower.name}, sample ${s}: inflow of unit ${i}`,
        );
      const restDown = rowDown.reduce((a, v, i) => a + (topDown.includes(i) ? 0 : v), 0);
      if (topDown.length < rowDown.length)
        close(
          messages.filter((m) => m.to === null).reduce((a, m) => a + m.value, 0),
          restDown,
          `stage ${lower.name}, sample ${s}: inflow of the other units`,
        );
      if (!conserving) return;
      const topUp = upper.top[s]!.map((u) => u.unit);
      for (const j of topUp)
        close(
          messages.filter((m) => m.from === j).reduce((a, m) => a + m.value, 0),
          rowUp[j]!,
          `stage ${upper.name}, sample ${s}: outflow of unit ${j}`,
        );
      const restUp = rowUp.reduce((a, v, j) => a + (topUp.includes(j) ? 0 : v), 0);
      if (topUp.length < rowUp.length)
        close(
          messages.filter((m) => m.from === null).reduce((a, m) => a + m.value, 0),
          restUp,
          `stage ${upper.name}, sample ${s}: outflow of the other units`,
        );
    });
  }
}

async function unitSums(t: xai.tf.Tensor): Promise<number[][]> {
  const units = t.shape[t.shape.length - 1]!;
  const s = tf.tidy(() => tf.sum(tf.reshape(t, [t.shape[0]!, -1, units]), 1));
  const rows = (await s.array()) as number[][];
  s.dispose();
  return rows;
}

function cnn(bias: boolean): xai.tf.LayersModel {
  const init = (seed: number) => tf.initializers.randomUniform({ minval: -0.4, maxval: 0.6, seed });
  return tf.sequential({
    layers: [
      tf.layers.conv2d({
        inputShape: [6, 6, 1],
        filters: 4,
        kernelSize: 3,
        padding: "same",
        activation: "relu",
        useBias: bias,
        kernelInitializer: init(1),
        biasInitializer: init(2),
      }),
      tf.layers.maxPooling2d({ poolSize: 2 }),
      tf.layers.conv2d({ filters: 6, kernelSize: 2, activation: "relu", useBias: bias, kernelInitializer: init(3), biasInitializer: init(4) }),
      tf.layers.flatten(),
      tf.layers.dense({ units: 7, activation: "relu", useBias: bias, kernelInitializer: init(5), biasInitializer: init(6) }),
      tf.layers.dense({ units: 3, useBias: bias, kernelInitializer: init(7), biasInitializer: init(8) }),
    ],
  });
}

test("on a bias-free CNN under z+, the messages into and out of every unit sum to the engine's relevance, with and without an 'other' group", async () => {
  const model = cnn(false);
  const x = tf.randomUniform([2, 6, 6, 1], 0, 1, "float32", 9);
  const e = await xai.explain(model, x, { method: "zplus", layers: true });
  for (const top of [100, 2]) {
    const before = tf.memory().numTensors;
    const flow = await relevanceMessages(model, x, { method: "zplus", top });
    assert.equal(tf.memory().numTensors, before, "no tensor leaks");
    assert.deepEqual(flow.target, e.target);
    assert.equal(flow.stages.length, 5, "input, two convolutions, two dense layers");
    assert.ok(flow.stages.slice(1).every((s) => s.rule === "zplus"));
    if (top === 2)
      assert.ok(
        flow.stages[2]!.messages[0]!.some((m) => m.from === null) && flow.stages[2]!.messages[0]!.some((m) => m.to === null),
        "other groups on both ends",
      );
    await checkIdentities(flow, e, true);
  }
  e.dispose();
  model.dispose();
  x.dispose();
});

test("with biases and epsilon-plus-flat the messages into each unit still sum to what the engine gives it; a gradient method is refused", async () => {
  const model = cnn(true);
  const x = tf.randomUniform([1, 6, 6, 1], 0, 1, "float32", 10);
  const e = await xai.explain(model, x, { method: "epsilon-plus-flat", target: 2, layers: true });
  const flow = await relevanceMessages(model, x, { method: "epsilon-plus-flat", target: 2, top: 3 });
  assert.deepEqual(
    flow.stages.slice(1).map((s) => s.rule),
    ["flat", "zplus", "epsilon", "epsilon"],
  );
  await checkIdentities(flow, e, false);
  await assert.rejects(
    () => relevanceMessages(model, x, { method: "gradient" }),
    (err: Error) => err instanceof xai.XaiError && /need an LRP method/.test(err.message),
  );
  e.dispose();
  model.dispose();
  x.dispose();
});

test("show(e, { view: 'flow', model, input }) carries the engine's messages, which the contract accepts", async () => {
  const model = cnn(false);
  const x = tf.randomUniform([2, 6, 6, 1], 0, 1, "float32", 11);
  const e = await xai.explain(model, x, { method: "alpha2beta1", alpha: 3, beta: 2, layers: true });
  const before = tf.memory().numTensors;
  const bundle = await xai.displayBundle(e, { view: "flow", model, input: x, top: 3 });
  assert.equal(tf.memory().numTensors, before, "no tensor leaks");
  const parsed = xai.parsePayload(bundle[xai.MIME_TYPE]);
  assert.ok(parsed.ok, parsed.ok ? "" : parsed.error);
  const p = parsed.payload;
  assert.ok(p.kind === "relevance-flow" && p.stages !== undefined);
  const direct = await relevanceMessages(model, x, { method: "alpha2beta1", alpha: 3, beta: 2, top: 3 });
  assert.deepEqual(
    p.stages.map((s) => s.layer),
    direct.stages.map((s) => s.node),
  );
  p.stages.forEach((s, k) =>
    s.links.forEach((list, i) => list.forEach((l, m) => close(l.value, direct.stages[k]!.messages[i]![m]!.value, `stage ${k}, sample ${i}, link ${m}`))),
  );
  e.dispose();
  model.dispose();
  x.dispose();
});

/**
 * The toy network of methods.md §6 (Montavon et al. 2018, §6.1, continuity): f(x) = max(x1, x2) as the
 * ReLU net a1 = (x1 − x2)⁺, a2 = (x2 − x1)⁺, a3 = (x1 + x2)⁺, f = (a1 + a2 + a3)/2, no biases.
 * Sensitivity and simple Taylor jump where x1 = x2; deep Taylor (z⁺) moves continuously.
 */
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import * as xai from "xai-lab";
import type { ExplainOptions } from "xai-lab";
import { assertClose } from "./helpers/close";
import { setWeights } from "./helpers/models";

const tf = xai.tf;

/** The points of the paper's example and their z⁺ relevance ((2x1 − x2)/2, x2/2) for x1 ≥ x2, mirrored otherwise. */
const POINTS: readonly { x: [number, number]; zplus: [number, number] }[] = [
  { x: [3, 1], zplus: [2.5, 0.5] },
  { x: [1, 3], zplus: [0.5, 2.5] },
  { x: [2, 2], zplus: [1, 1] },
];

let model: xai.tf.Sequential;
let explainer: xai.Explainer;

before(async () => {
  model = tf.sequential({
    layers: [tf.layers.dense({ units: 3, inputShape: [2], activation: "relu", useBias: false }), tf.layers.dense({ units: 1, useBias: false })],
  });
  // Kernel [in, out]: column k computes a_k.
  setWeights(model.layers[0]!, [1, -1, 1, -1, 1, 1], [2, 3], null);
  setWeights(model.layers[1]!, [0.5, 0.5, 0.5], [3, 1], null);
  explainer = await xai.prepare(model);
});

after(() => {
  explainer.dispose();
  model.dispose();
});

test("the network computes max(x1, x2)", async () => {
  const x = tf.tensor2d(POINTS.map((p) => p.x));
  const y = await explainer.predict(x);
  assertClose(
    await y.data(),
    POINTS.map((p) => Math.max(...p.x)),
    "f",
    0,
    1e-6,
  );
  tf.dispose([x, y]);
});

test("sensitivity gives (1, 0) for x1 > x2 and (0, 1) for x2 > x1: it jumps at x1 = x2", async () => {
  assertClose(await explainPoint([3, 1], { method: "sensitivity" }), [1, 0], "at (3, 1)", 0, 1e-6);
  assertClose(await explainPoint([1, 3], { method: "sensitivity" }), [0, 1], "at (1, 3)", 0, 1e-6);
  assertClose(await explainPoint([2.001, 2], { method: "sensitivity" }), [1, 0], "just above the diagonal", 0, 1e-6);
  assertClose(await explainPoint([2, 2.001], { method: "sensitivity" }), [0, 1], "just below the diagonal", 0, 1e-6);
});

test("simple Taylor at the root point εx (ε → 0) is gradient × input: (x1, 0) for x1 > x2 and (0, x2) for x2 > x1, summing to f", async () => {
  for (const [x, expected] of [
    [
      [3, 1],
      [3, 0],
    ],
    [
      [1, 3],
      [0, 3],
    ],
  ] as [[number, number], number[]][]) {
    assertClose(await explainPoint(x, { method: "gradient-x-input" }), expected, `gradient × input at (${x})`, 0, 1e-6);
    // The paper's root point x̃ = εx: f is positively homogeneous, so ∇f(εx) = ∇f(x) and R = (1 − ε)·x ⊙ ∇f(x).
    const eps = 1e-6;
    const root = tf.tensor1d(x.map((v) => eps * v));
    assertClose(await explainPoint(x, { method: "taylor", root }), expected, `Taylor at εx, (${x})`, 1e-5);
    root.dispose();
  }
});

test("simple Taylor at the root point 0 itself explains nothing: tfjs takes ReLU′(0) = 0, so ∇f(0) = 0", async () => {
  // ∇f is not defined at 0 for this homogeneous net; the paper's statement is the limit εx → 0 (above).
  assertClose(await explainPoint([3, 1], { method: "taylor", root: "zero" }), [0, 0], "Taylor at 0, (3, 1)", 0, 0);
});

test("deep Taylor (z⁺) gives (2.5, 0.5) at (3, 1), (0.5, 2.5) at (1, 3) and (1, 1) at (2, 2), each summing to f", async () => {
  for (const { x, zplus } of POINTS) {
    const r = await explainPoint(x, { method: "zplus" });
    assertClose(r, zplus, `z⁺ at (${x})`, 1e-5);
    assertClose([r[0]! + r[1]!], [Math.max(...x)], `Σ R at (${x})`, 1e-5);
  }
});

test("deep Taylor (z⁺) is continuous across x1 = x2 where sensitivity jumps", async () => {
  const above = await explainPoint([2.001, 2], { method: "zplus" });
  const below = await explainPoint([2, 2.001], { method: "zplus" });
  assert.ok(Math.abs(above[0]! - below[0]!) + Math.abs(above[1]! - below[1]!) < 0.01, `z⁺ moved from (${above}) to (${below})`);
});

async function explainPoint(x: [number, number], options: ExplainOptions): Promise<number[]> {
  const input = tf.tensor1d(x);
  const e = await explainer.explain(input, { ...options, target: 0 });
  const r = Array.from(await e.relevance.data());
  e.dispose();
  input.dispose();
  return r;
}

/**
 * The rule compiler (attribution/lrp/compile.ts): how many forward and transposed maps each rule costs,
 * counted by hand, and that its shortcuts stay exact where they could lose digits — the αβ-rule on a
 * layer whose negative contributions are tiny next to its positive ones, and a large dense kernel
 * modified block by block, both checked against the plain Float64 formula.
 */
import { test } from "node:test";
import * as assert from "node:assert/strict";
import * as xai from "xai-lab";
import { compileRule, type CompiledRule } from "../src/attribution/lrp/compile";
import { setDenseBlockingForTesting } from "../src/graph/linearMaps";
import { assertEngineMatchesPlain } from "./helpers/compare";
import { buildNet } from "./helpers/models";
import { Random } from "./helpers/random";
import { assertClose } from "./helpers/close";
import { denseMap } from "./helpers/plainLayers";
import { plainRule } from "./helpers/plainRules";

const tf = xai.tf;
const { rules } = xai;

/** Forward maps that cost work (x·w is the stored output; maps of all-ones inputs are cached) and transposed maps. */
function counts(c: CompiledRule): { forwards: number; transposes: number } {
  const forwards = new Set<string>();
  for (const part of c.parts) {
    if (part.isStoredOutput) continue;
    for (const q of part.products) if (!(q.input === "x" && q.kernel.key === "identity") && q.input !== "ones") forwards.add(`${q.input}|${q.kernel.key}`);
  }
  return { forwards: forwards.size, transposes: c.transposes.length };
}

const CASES: [string, xai.Rule, boolean, { forwards: number; transposes: number }][] = [
  ["ε: the stored output, one transposed map", rules.epsilon({ epsilon: 0.1 }), false, { forwards: 0, transposes: 1 }],
  ["ε without bias in the denominator: still no forward map", rules.epsilon({ zeroBias: true }), false, { forwards: 0, transposes: 1 }],
  ["z⁺ after a ReLU: x·w⁺ and its transpose", rules.zPlus(), true, { forwards: 1, transposes: 1 }],
  ["z⁺ on inputs of both signs: x⁺·w⁺ and x⁻·w⁻", rules.zPlus(), false, { forwards: 2, transposes: 2 }],
  ["γ after a ReLU: x·w⁺ serves both parts, two transposes", rules.gamma({ gamma: 0.25 }), true, { forwards: 1, transposes: 2 }],
  ["αβ after a ReLU: x·w⁺ and x·w⁻ each, two transposes", rules.alphaBeta({ alpha: 2, beta: 1 }), true, { forwards: 2, transposes: 2 }],
  ["flat: the all-ones map only (cached), one transpose", rules.flat(), false, { forwards: 0, transposes: 1 }],
  ["box: the bounds' maps, three transposes", rules.zBox({ low: 0, high: 1 }), false, { forwards: 2, transposes: 3 }],
];

for (const [what, rule, nonNegative, expected] of CASES) {
  test(`the compiled ${what}`, () => {
    assert.deepEqual(counts(compileRule(rule, nonNegative, true)), expected);
  });
}

test("αβ stays exact where a unit's negative contributions are tiny next to its positive ones (no x·w − x·w⁺)", async () => {
  // ReLU → dense 6→3: the dense layer's input is known to be ≥ 0. Each unit has positive weights of
  // about 1 and one weight of −1e-5, so x·w⁻ is about 1e-5 while x·w⁺ is about 4.
  const nIn = 6;
  const nOut = 3;
  const kernel = new Float64Array(nIn * nOut);
  for (let i = 0; i < nIn; i++) for (let j = 0; j < nOut; j++) kernel[i * nOut + j] = i === j ? -1e-5 * (j + 1) : 0.5 + 0.1 * ((i + 2 * j) % 5);
  const bias = new Float64Array([0.01, -0.02, 0.03]);
  const model = tf.sequential({ layers: [tf.layers.reLU({ inputShape: [nIn] }), tf.layers.dense({ units: nOut })] });
  model.layers[1]!.setWeights([tf.tensor2d(Float32Array.from(kernel), [nIn, nOut]), tf.tensor1d(Float32Array.from(bias))]);
  const x = [0.9, 0.7, 0.8, 0.6, 1.0, 0.75];
  for (const target of [0, 1, 2]) {
    const e = await xai.explain(model, tf.tensor2d([x]), { method: "alpha2beta1", target });
    const logit = e.score[0]!;
    const R = Array.from({ length: nOut }, (_, j) => (j === target ? logit : 0));
    const expected = plainRule(denseMap(nIn, nOut, kernel, bias), x, R, { name: "alpha-beta", alpha: 2, beta: 1 });
    assertClose(await e.relevance.data(), expected, `target ${target}`, 1e-4, 1e-7);
    e.dispose();
  }
  model.dispose();
});

test("a large dense kernel is modified block by block, with every rule's exact relevance", async () => {
  // Every dense kernel counts as large here, and is made one column at a time.
  setDenseBlockingForTesting(0, 1);
  const net = buildNet(
    [9],
    [
      { type: "dense", units: 12, relu: true },
      { type: "dense", units: 3 },
    ],
    new Random(77),
  );
  const explainer = await xai.prepare(net.model);
  const rng = new Random(78);
  const xs = [rng.array(9, -1, 1), rng.array(9, -1, 1)];
  try {
    for (const rule of [
      { name: "alpha-beta", alpha: 2, beta: 1 },
      { name: "zplus" },
      { name: "gamma", gamma: 0.25 },
      { name: "w-square" },
      { name: "flat" },
    ] as const) {
      await assertEngineMatchesPlain(explainer, net, xs, [9], [0, 2], [rule, rule], `${rule.name}, one column at a time`);
    }
    // What stays cached are biases and the all-ones maps, smaller than one modified kernel (9 × 12).
    assert.ok(explainer.cacheStats().bytes < 9 * 12 * 4, "no modified kernel is kept");
  } finally {
    setDenseBlockingForTesting();
    explainer.dispose();
    net.model.dispose();
  }
});

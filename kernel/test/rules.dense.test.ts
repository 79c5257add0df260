/**
 * Every LRP rule on dense layers equals its formula in methods.md §3, computed independently with plain
 * Float64 loops (helpers/plainRules.ts): one layer alone, one without bias, and two layers chained
 * through a ReLU. Random weights, biases and inputs of both signs, fixed seeds.
 */
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import * as xai from "xai-lab";
import { assertEngineMatchesPlain } from "./helpers/compare";
import { batchOf, buildNet, compositeOf, describeRule, type BuiltNet } from "./helpers/models";
import type { PlainRule } from "./helpers/plainRules";
import { Random } from "./helpers/random";
import { boxRules, UNBOUNDED_RULES, withZeroBias } from "./helpers/ruleSettings";

const tf = xai.tf;
const N_IN = 7;
const rng = new Random(20180101);

interface Case {
  readonly label: string;
  readonly net: BuiltNet;
  readonly xs: Float64Array[];
  readonly targets: number[];
  explainer?: xai.Explainer;
}

const cases: Case[] = [
  { label: "one dense layer 7→5", net: buildNet([N_IN], [{ type: "dense", units: 5 }], rng), xs: samples(3), targets: [0, 2, 4] },
  { label: "one dense layer 7→4 without bias", net: buildNet([N_IN], [{ type: "dense", units: 4, bias: false }], rng), xs: samples(2), targets: [3, 1] },
  {
    label: "dense 7→9 → ReLU → dense 9→3",
    net: buildNet(
      [N_IN],
      [
        { type: "dense", units: 9, relu: true },
        { type: "dense", units: 3 },
      ],
      rng,
    ),
    xs: samples(3),
    targets: [2, 0, 1],
  },
];
const boxes = boxRules([N_IN], rng);

before(async () => {
  for (const c of cases) c.explainer = await xai.prepare(c.net.model);
});

after(() => {
  for (const c of cases) {
    c.explainer?.dispose();
    c.net.model.dispose();
  }
});

for (const rule of withZeroBias([...UNBOUNDED_RULES, ...boxes])) {
  test(`${describeRule(rule)} on dense layers gives the relevance of its formula`, async () => {
    for (const c of cases) {
      // z^B is a first-layer rule (its bounds describe the network input): the layer above gets LRP-ε.
      const rules: PlainRule[] = c.net.plain.layers.map((_, k) => (rule.name === "zbox" && k > 0 ? { name: "epsilon", epsilon: 0.01 } : rule));
      await assertEngineMatchesPlain(c.explainer!, c.net, c.xs, [N_IN], c.targets, rules, `${describeRule(rule)}, ${c.label}`);
    }
  });
}

test("preparing, explaining a dense net with every rule and disposing leaves the tensor count unchanged", async () => {
  const c = cases[2]!;
  const x = batchOf(c.xs, [N_IN]);
  const before = tf.memory().numTensors;
  // A fresh explainer: its cache of rule-modified weights is created here and must be freed by dispose().
  const explainer = await xai.prepare(c.net.model);
  for (const rule of [...UNBOUNDED_RULES, ...boxes]) {
    const e = await explainer.explain(x, {
      method: "lrp",
      composite: compositeOf(c.net, [rule, rule.name === "zbox" ? { name: "epsilon", epsilon: 0.01 } : rule]),
      target: c.targets,
      layers: true,
    });
    e.dispose();
  }
  explainer.dispose();
  assert.equal(tf.memory().numTensors, before);
  x.dispose();
});

function samples(n: number): Float64Array[] {
  return Array.from({ length: n }, () => rng.array(N_IN, -1, 1));
}

/**
 * The stabiliser of methods.md §3, `stab(z) = z + ε·sign(z)` with sign(0) = +1, and the γ-rule's
 * "z_j = 0: dropped", on a hand-checkable two-layer net with a hidden unit whose z is exactly 0.
 *
 * Net: x = (1, 1); hidden h = xW + b with W columns (1, −1) and (1, 2), b = 0, so z = (0, 3); output
 * f = h₀ + h₁ = 3. The top layer takes the flat rule, which sends f/2 = 1.5 to each hidden unit, so
 * that the unit with z = 0 carries relevance into the first layer's rule.
 */
import { test } from "node:test";
import * as xai from "xai-lab";
import type { Rule } from "xai-lab";
import { stabilise } from "../src/attribution/lrp/linear";
import { assertClose } from "./helpers/close";
import { setWeights } from "./helpers/models";

const tf = xai.tf;

test("the stabiliser adds ε with the sign of z and takes sign(0) = +1", async () => {
  const z = tf.tensor1d([0, 2, -2, -0]);
  const s = stabilise(z, 0.5);
  assertClose(await s.data(), [0.5, 2.5, -2.5, 0.5], "stab(z)", 0, 0);
  tf.dispose([z, s]);
});

test("LRP-ε divides a unit with z = 0 by +ε: R = (3 + 1.5/3.5, −3 + 3/3.5) for ε = 0.5", async () => {
  await assertFirstLayer(xai.rules.epsilon({ epsilon: 0.5 }), [3 + 1.5 / 3.5, -3 + 3 / 3.5]);
});

test("rules other than ε stabilise with ε = 1e-6: LRP-0 sends ±1.5/1e-6 through the unit with z = 0", async () => {
  await assertFirstLayer(xai.rules.lrp0(), [1.5 / 1e-6 + 1.5 / (3 + 1e-6), -1.5 / 1e-6 + 3 / (3 + 1e-6)], 1e-6);
});

test("LRP-γ drops the unit with z = 0: only z₁ = 3 is explained, R = 1.5·(1.5, 3)/4.5 for γ = 0.5", async () => {
  await assertFirstLayer(xai.rules.gamma({ gamma: 0.5 }), [0.5, 1]);
});

async function assertFirstLayer(rule: Rule, expected: number[], rtol = 1e-5): Promise<void> {
  const model = tf.sequential({
    layers: [tf.layers.dense({ units: 2, inputShape: [2] }), tf.layers.dense({ units: 1, useBias: false })],
  });
  setWeights(model.layers[0]!, [1, 1, -1, 2], [2, 2], [0, 0]);
  setWeights(model.layers[1]!, [1, 1], [2, 1], null);
  const x = tf.tensor2d([[1, 1]]);
  const e = await xai.explain(model, x, {
    method: "lrp",
    composite: [
      { match: { index: 1 }, rule: xai.rules.flat() },
      { match: { index: 0 }, rule },
    ],
    target: 0,
  });
  assertClose([e.score[0]!], [3], "f");
  assertClose(await e.relevance.data(), expected, `${rule.name} on the first layer`, rtol);
  e.dispose();
  x.dispose();
  model.dispose();
}

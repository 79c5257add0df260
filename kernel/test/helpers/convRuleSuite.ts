/**
 * The conv2d rule suite, run once per backend (rules.conv.test.ts, rules.conv.cpu.test.ts) because the
 * engine computes the transposed convolution differently on wasm. Every LRP rule on conv2d layers
 * equals its formula in methods.md §3, computed independently with plain Float64 loops over the
 * convolution's explicit linear map (plainLayers.ts: NHWC, TensorFlow's "same" padding, padded
 * positions have no connection). Geometries cover "valid" and "same", strides 1 and 2, odd and even
 * sizes and kernels, so that the asymmetric "same" padding (more after than before) occurs. Each
 * geometry is explained three ways: Conv2D → Flatten with the class being one conv unit (the corner
 * unit 0, which sees the padding, and a random one); Conv2D → Flatten → Dense, where relevance arrives
 * at every conv unit; and Conv2D → ReLU → Flatten → Dense.
 */
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import * as xai from "xai-lab";
import { assertEngineMatchesPlain } from "./compare";
import { buildNet, describeRule, type BuiltNet, type LayerSpec } from "./models";
import { axisGeometry } from "./plainLayers";
import type { PlainRule } from "./plainRules";
import { Random } from "./random";
import { boxRules, UNBOUNDED_RULES, withZeroBias } from "./ruleSettings";

interface Geometry {
  readonly input: readonly [number, number, number];
  readonly kernel: readonly [number, number];
  readonly strides: readonly [number, number];
  readonly padding: "valid" | "same";
  readonly filters: number;
}

const GEOMETRIES: readonly Geometry[] = [
  { input: [5, 5, 2], kernel: [3, 3], strides: [1, 1], padding: "valid", filters: 3 },
  { input: [7, 6, 1], kernel: [3, 3], strides: [2, 2], padding: "valid", filters: 2 },
  // pad_total 2: 1 before, 1 after.
  { input: [5, 5, 2], kernel: [3, 3], strides: [1, 1], padding: "same", filters: 2 },
  // pad_total 1: 0 before, 1 after.
  { input: [6, 6, 2], kernel: [3, 3], strides: [2, 2], padding: "same", filters: 3 },
  // Rows (5, k = 2, stride 1) and columns (6, k = 3, stride 2): pad_total 1 each, 0 before, 1 after.
  { input: [5, 6, 3], kernel: [2, 3], strides: [1, 2], padding: "same", filters: 2 },
  // pad_total 3: 1 before, 2 after.
  { input: [4, 5, 2], kernel: [4, 4], strides: [1, 1], padding: "same", filters: 2 },
];

interface Case {
  readonly label: string;
  readonly net: BuiltNet;
  readonly inShape: readonly number[];
  readonly xs: Float64Array[];
  readonly targets: number[];
  explainer?: xai.Explainer;
}

/** Defines the suite's tests; `backend` only labels them (the calling file chooses the backend). */
export function defineConvRuleTests(backend: string): void {
  const rng = new Random(1706079790);
  const suffix = ` (${backend})`;
  const cases = GEOMETRIES.flatMap((g) => casesFor(g, rng));

  before(async () => {
    for (const c of cases) c.explainer = await xai.prepare(c.net.model);
  });

  after(() => {
    for (const c of cases) {
      c.explainer?.dispose();
      c.net.model.dispose();
    }
  });

  test(`the plain convolution's geometry follows TensorFlow's 'same' padding, asymmetric when the total is odd${suffix}`, () => {
    assert.deepEqual(axisGeometry(6, 3, 2, "same"), { out: 3, padBefore: 0 }); // total 1
    assert.deepEqual(axisGeometry(5, 3, 2, "same"), { out: 3, padBefore: 1 }); // total 2
    assert.deepEqual(axisGeometry(5, 4, 1, "same"), { out: 5, padBefore: 1 }); // total 3
    assert.deepEqual(axisGeometry(7, 3, 2, "valid"), { out: 3, padBefore: 0 });
    // The plain map's output count is the model's (Flatten is the identity on row-major NHWC data).
    for (const c of cases) assert.equal(c.net.model.outputs[0]!.shape[1], c.net.plain.layers[c.net.plain.layers.length - 1]!.map.nOut, c.label);
  });

  for (const rule of withZeroBias(UNBOUNDED_RULES)) {
    test(`${describeRule(rule)} on conv2d layers gives the relevance of its formula${suffix}`, async () => {
      for (const c of cases) {
        const rules = c.net.plain.layers.map(() => rule);
        await assertEngineMatchesPlain(c.explainer!, c.net, c.xs, c.inShape, c.targets, rules, `${describeRule(rule)}, ${c.label}`);
      }
    });
  }

  for (const zeroBias of [false, true]) {
    test(`z^B${zeroBias ? "(zeroBias)" : ""} with scalar, per-channel and per-pixel bounds on conv2d layers gives the relevance of its formula${suffix}`, async () => {
      for (const c of cases) {
        for (const box of boxRules(c.inShape, rng)) {
          // z^B describes the network input; the dense layer above gets LRP-ε.
          const rules: PlainRule[] = c.net.plain.layers.map((_, k) => (k === 0 ? { ...box, zeroBias } : { name: "epsilon", epsilon: 0.01, zeroBias }));
          await assertEngineMatchesPlain(c.explainer!, c.net, c.xs, c.inShape, c.targets, rules, `${describeRule(rules[0]!)}, ${c.label}`);
        }
      }
    });
  }
}

/** The three nets of one geometry, with two samples each. */
function casesFor(g: Geometry, rng: Random): Case[] {
  const conv: LayerSpec = { type: "conv2d", filters: g.filters, kernel: g.kernel, strides: g.strides, padding: g.padding };
  const label = `${g.input.join("×")} input, ${g.kernel.join("×")} kernel, strides ${g.strides.join(",")}, '${g.padding}'`;
  const xs = (): Float64Array[] => [0, 1].map(() => rng.array(g.input[0] * g.input[1] * g.input[2], -1, 1));
  const units = unitsOf(g);
  return [
    {
      label: `Conv2D → Flatten (${label})`,
      net: buildNet(g.input, [conv, { type: "flatten" }], rng),
      inShape: g.input,
      xs: xs(),
      targets: [0, 1 + rng.int(units - 1)],
    },
    {
      label: `Conv2D → Flatten → Dense (${label})`,
      net: buildNet(g.input, [conv, { type: "flatten" }, { type: "dense", units: 3 }], rng),
      inShape: g.input,
      xs: xs(),
      targets: [1, 2],
    },
    {
      label: `Conv2D → ReLU → Flatten → Dense (${label})`,
      net: buildNet(g.input, [{ ...conv, relu: true }, { type: "flatten" }, { type: "dense", units: 3 }], rng),
      inShape: g.input,
      xs: xs(),
      targets: [0, 2],
    },
  ];
}

function unitsOf(g: Geometry): number {
  const rows = axisGeometry(g.input[0], g.kernel[0], g.strides[0], g.padding).out;
  const cols = axisGeometry(g.input[1], g.kernel[1], g.strides[1], g.padding).out;
  return rows * cols * g.filters;
}

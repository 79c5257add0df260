/**
 * Continuity (methods.md §6) on paths worked out by hand, and the paper's max(x1, x2) toy: sensitivity
 * and simple Taylor jump where x1 = x2, deep Taylor (z+) does not.
 */
import { test } from "node:test";
import * as assert from "node:assert/strict";
import * as xai from "xai-lab";
import { continuity, maxToyContinuity, maxToyField, maxToyModel, maxToyPath, poolQuadrants, translationContinuity, translationPath } from "../src/metrics";
import { assertAllClose, failsCleanly, noLeak, smallCnn } from "./metrics.fixtures";

const tf = xai.tf;

test("continuity is the largest ‖ΔR‖₁ / ‖Δx‖₂ over consecutive pairs, or over all pairs", async () => {
  const xs = [
    [0, 0],
    [1, 0],
    [1, 1],
  ];
  const rs = [
    [0, 0],
    [2, 0],
    [2, 3],
  ];
  const consecutive = await continuity(xs, rs);
  assert.deepEqual(consecutive.ratios, [2, 3]);
  assert.equal(consecutive.value, 3);
  assert.deepEqual(consecutive.argmax, [1, 2]);
  assert.equal(consecutive.better, "lower");
  assert.equal(continuity.better, "lower");
  // The pair (0, 2): (2 + 3) / √2.
  const all = await continuity(xs, rs, { pairs: "all" });
  assert.ok(Math.abs(all.value - 5 / Math.SQRT2) < 1e-12);
  assert.deepEqual(all.argmax, [0, 2]);
});

test("continuity takes tensors, skips pairs of equal inputs and refuses paths it cannot measure", async () => {
  const result = await noLeak("continuity", async () => {
    const xs = tf.tensor2d([
      [0, 0],
      [0, 0],
      [3, 4],
    ]);
    const rs = tf.tensor3d([[[1]], [[1]], [[6]]]);
    const r = await continuity(xs, rs);
    xs.dispose();
    rs.dispose();
    return r;
  });
  assert.deepEqual(result.ratios, [null, 1]);
  assert.equal(result.value, 1);
  await failsCleanly(
    () =>
      continuity(
        [
          [1, 1],
          [1, 1],
        ],
        [[0], [1]],
      ),
    /every pair of inputs on the path is identical/,
  );
  await failsCleanly(() => continuity([[1]], [[1]]), /at least two inputs/);
  await failsCleanly(() => continuity([[1], [2]], [[1]]), /2 inputs but 1 relevances/);
  await failsCleanly(() => continuity([[1], [2]], [[1], [2]], { pairs: "some" as "all" }), /pairs must be/);
});

test("on max(x1, x2) from (3, 1) to (1, 3) in 4 points, continuity is 1.5√2 for sensitivity, 7/√2 for simple Taylor and √2 for z+", async () => {
  await xai.ready();
  const result = await noLeak("maxToyContinuity", () => maxToyContinuity());
  const [sensitivity, taylor, zplus] = result.methods;
  // Step h = 2/3 along (1, −1)·h: ‖Δx‖ = h√2. Sensitivity jumps (1, 0) → (0, 1): 2 / (h√2).
  assert.ok(Math.abs(sensitivity!.continuity - 1.5 * Math.SQRT2) < 1e-5, `sensitivity ${sensitivity!.continuity}`);
  // Simple Taylor jumps (x1, 0) → (0, x2) with x1 = x2 = 2 + h/2: 2(2 + h/2) / (h√2) = 7/√2.
  assert.ok(Math.abs(taylor!.continuity - 7 / Math.SQRT2) < 1e-5, `taylor ${taylor!.continuity}`);
  // z+ changes by (3h/2, h/2) on one side and (h, h) across: 2h / (h√2) = √2 everywhere.
  assert.ok(Math.abs(zplus!.continuity - Math.SQRT2) < 1e-4, `z+ ${zplus!.continuity}`);
  assert.deepEqual(
    result.path.map((p) => p.map((v) => +v.toFixed(6))),
    [
      [3, 1],
      [2.333333, 1.666667],
      [1.666667, 2.333333],
      [1, 3],
    ],
  );
  assertAllClose(result.f, [3, 7 / 3, 7 / 3, 3], 1e-5, "f = max(x1, x2)");
});

test("the max(x1, x2) relevance field matches the paper: (1,0)/(0,1), (x1,0)/(0,x2) and ((2x1−x2)/2, x2/2), z+ summing to f", async () => {
  const field = await noLeak("maxToyField", () => maxToyField({ min: 1, max: 3, n: 3 }));
  const at = (x1: number, x2: number) => field.x1.findIndex((v, i) => v === x1 && field.x2[i] === x2);
  const [sensitivity, taylor, zplus] = field.methods;
  const check = (m: typeof zplus, i: number, r1: number, r2: number, what: string) => assertAllClose([m!.r1[i]!, m!.r2[i]!], [r1, r2], 1e-4, what);
  check(sensitivity, at(3, 1), 1, 0, "sensitivity at (3, 1)");
  check(sensitivity, at(1, 3), 0, 1, "sensitivity at (1, 3)");
  check(taylor, at(3, 1), 3, 0, "Taylor at (3, 1)");
  check(taylor, at(1, 3), 0, 3, "Taylor at (1, 3)");
  check(zplus, at(3, 1), 2.5, 0.5, "z+ at (3, 1)");
  check(zplus, at(1, 3), 0.5, 2.5, "z+ at (1, 3)");
  check(zplus, at(2, 2), 1, 1, "z+ at (2, 2)");
  check(zplus, at(3, 2), 2, 1, "z+ at (3, 2)");
  field.f.forEach((f, i) => {
    assert.ok(Math.abs(f - Math.max(field.x1[i]!, field.x2[i]!)) < 1e-5, "f = max");
    assert.ok(Math.abs(zplus!.r1[i]! + zplus!.r2[i]! - f) < 1e-4, `z+ conserves f at point ${i}`);
  });
  assert.equal(field.x1.length, 9);
  await failsCleanly(() => maxToyField({ n: 1 }), /at least 2 points per axis/);
  await failsCleanly(() => maxToyContinuity({ points: 1 }), /at least 2 points/);
  await failsCleanly(() => maxToyContinuity({ methods: ["nonsense"] }), /unknown method 'nonsense'/);
  assert.equal(maxToyPath({ points: 3 })[1]![0], 2);
  const model = maxToyModel();
  const y = model.predict(tf.tensor2d([[5, -2]])) as xai.tf.Tensor;
  assert.ok(Math.abs(y.dataSync()[0]! - 5) < 1e-6, "the net computes max(5, −2)");
  tf.dispose([y]);
  model.dispose();
});

test("translationPath shifts an image one pixel per step with the fill entering at the border", async () => {
  const image = tf.tensor3d([
    [[1], [2], [3]],
    [[4], [5], [6]],
  ]);
  await noLeak("translationPath", () => {
    const path = translationPath(image, { steps: 2, fill: -1 });
    assert.deepEqual(path.shape, [3, 2, 3, 1]);
    assert.deepEqual(Array.from(path.dataSync()), [1, 2, 3, 4, 5, 6, -1, 1, 2, -1, 4, 5, -1, -1, 1, -1, -1, 4]);
    path.dispose();
  });
  const down = translationPath(image, { steps: 1, dy: 1, dx: 0 });
  assert.deepEqual(Array.from(down.dataSync()).slice(6), [0, 0, 0, 1, 2, 3]);
  down.dispose();
  await failsCleanly(() => translationPath(image, { steps: 3 }), /out of the frame/);
  image.dispose();
});

test("poolQuadrants sums relevance per quadrant (top-left, top-right, bottom-left, bottom-right) and over channels", async () => {
  const maps = tf.tensor4d(
    [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16].flatMap((v) => [v, 10 * v]),
    [1, 4, 4, 2],
  );
  assert.deepEqual(await poolQuadrants(maps), [[11 * (1 + 2 + 5 + 6), 11 * (3 + 4 + 7 + 8), 11 * (9 + 10 + 13 + 14), 11 * (11 + 12 + 15 + 16)]]);
  maps.dispose();
});

test("the translation experiment returns quadrant curves whose continuity is recomputable from the path", async () => {
  const model = smallCnn(5);
  const image = tf.tidy(() =>
    tf.pad(tf.ones([3, 3, 1]), [
      [2, 3],
      [1, 4],
      [0, 0],
    ]),
  );
  const result = await noLeak("translationContinuity", () => translationContinuity(model, image, { steps: 3, methods: ["gradient", "zplus"], target: 1 }));
  assert.deepEqual(result.shift, [0, 1, 2, 3]);
  assert.equal(result.target, 1);
  assert.equal(result.methods.length, 2);
  const path = translationPath(image, { steps: 3 });
  for (const m of result.methods) {
    assert.equal(m.quadrants.length, 4);
    assert.equal(m.continuity, (await continuity(path, m.quadrants)).value);
  }
  const e = await xai.explain(model, path, { method: "zplus", target: 1 });
  assertAllClose(result.methods[1]!.quadrants.flat(), (await poolQuadrants(e.relevance)).flat(), 1e-6, "z+ quadrants");
  assertAllClose(result.score, e.score, 1e-6, "scores along the path");
  e.dispose();
  path.dispose();
  await failsCleanly(() => translationContinuity(model, image, { steps: 8 }), /out of the frame/);
  await failsCleanly(() => translationContinuity(model, image, { steps: 2, target: 9 }), /out of range/);
  image.dispose();
  model.dispose();
});

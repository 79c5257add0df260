import { test } from "node:test";
import assert from "node:assert/strict";
import { colormap, defineColormap, COLORMAP_NAMES, type RGB } from "../src/render";
import { XaiError } from "../src/errors";

const steps = (lo: number, hi: number, n: number): number[] => Array.from({ length: n + 1 }, (_, i) => lo + ((hi - lo) * i) / n);

/** Relative luminance of sRGB bytes (linearised, Rec. 709 weights). */
function luminance([r, g, b]: RGB): number {
  const lin = (c: number): number => (c / 255 <= 0.04045 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

function nondecreasing(values: number[], what: string): void {
  for (let i = 1; i < values.length; i++) assert.ok(values[i]! >= values[i - 1]!, `${what} falls at step ${i}: ${values[i - 1]} → ${values[i]}`);
}

test("the colour maps are bwr, coldnhot, gray, hot and viridis; bwr and coldnhot are signed", () => {
  assert.deepEqual([...COLORMAP_NAMES], ["bwr", "coldnhot", "gray", "hot", "viridis"]);
  assert.deepEqual(
    COLORMAP_NAMES.map((n) => colormap(n).signed),
    [true, true, false, false, false],
  );
  assert.deepEqual(
    COLORMAP_NAMES.map((n) => colormap(n).name),
    [...COLORMAP_NAMES],
  );
});

test("bwr maps −1 to blue, 0 to white, +1 to red and ±½ to the halfway tints", () => {
  const bwr = colormap("bwr");
  assert.deepEqual(bwr(-1), [0, 0, 255]);
  assert.deepEqual(bwr(0), [255, 255, 255]);
  assert.deepEqual(bwr(1), [255, 0, 0]);
  assert.deepEqual(bwr(0.5), [255, 128, 128]);
  assert.deepEqual(bwr(-0.5), [128, 128, 255]);
  assert.deepEqual(bwr(0.25), [255, 191, 191]);
});

test("bwr's red rises and blue falls along the map, green peaks at 0, and values beyond ±1 are clamped", () => {
  const bwr = colormap("bwr");
  const ts = steps(-1, 1, 200);
  nondecreasing(
    ts.map((t) => bwr(t)[0]),
    "red",
  );
  nondecreasing(
    ts.map((t) => -bwr(t)[2]),
    "minus blue",
  );
  nondecreasing(
    steps(-1, 0, 100).map((t) => bwr(t)[1]),
    "green below 0",
  );
  nondecreasing(
    steps(0, 1, 100).map((t) => -bwr(t)[1]),
    "minus green above 0",
  );
  assert.deepEqual(bwr(7), [255, 0, 0]);
  assert.deepEqual(bwr(-Infinity), [0, 0, 255]);
});

test("coldnhot is black at 0, red then yellow for positive, blue then cyan for negative", () => {
  const m = colormap("coldnhot");
  assert.deepEqual(m(0), [0, 0, 0]);
  assert.deepEqual(m(0.5), [255, 0, 0]);
  assert.deepEqual(m(1), [255, 255, 0]);
  assert.deepEqual(m(-0.5), [0, 0, 255]);
  assert.deepEqual(m(-1), [0, 255, 255]);
  assert.deepEqual(m(0.25), [128, 0, 0]);
  nondecreasing(
    steps(0, 1, 100).map((t) => luminance(m(t))),
    "brightness for positive t",
  );
  nondecreasing(
    steps(0, 1, 100).map((t) => luminance(m(-t))),
    "brightness for negative t",
  );
});

test("gray and hot run from black to white with every channel rising; hot passes red at ⅓ and yellow at ⅔", () => {
  const gray = colormap("gray");
  const hot = colormap("hot");
  assert.deepEqual(gray(0), [0, 0, 0]);
  assert.deepEqual(gray(0.5), [128, 128, 128]);
  assert.deepEqual(gray(1), [255, 255, 255]);
  assert.deepEqual(hot(0), [0, 0, 0]);
  assert.deepEqual(hot(1 / 3), [255, 0, 0]);
  assert.deepEqual(hot(2 / 3), [255, 255, 0]);
  assert.deepEqual(hot(1), [255, 255, 255]);
  assert.deepEqual(gray(-1), [0, 0, 0]);
  for (const k of [0, 1, 2])
    nondecreasing(
      steps(0, 1, 300).map((t) => hot(t)[k]!),
      `hot channel ${k}`,
    );
});

test("viridis runs from dark violet to yellow through teal with luminance rising all the way", () => {
  const v = colormap("viridis");
  const [r0, g0, b0] = v(0);
  assert.ok(b0 > r0 && r0 > g0 && luminance(v(0)) < 0.03, `start ${v(0)}`);
  const [r1, g1, b1] = v(1);
  assert.ok(r1 > 240 && g1 > 200 && b1 < 60, `end ${v(1)}`);
  const [rm, gm, bm] = v(0.5);
  assert.ok(gm > rm && bm > rm && Math.abs(gm - bm) < 30, `middle ${v(0.5)}`);
  const lum = steps(0, 1, 100).map((t) => luminance(v(t)));
  for (let i = 1; i < lum.length; i++) assert.ok(lum[i]! > lum[i - 1]!, `luminance rises at t = ${i / 100}`);
});

test("an unknown colour map name fails with an XaiError listing the known ones", () => {
  assert.throws(
    () => colormap("jet"),
    (e: unknown) => e instanceof XaiError && e.message === 'unknown colour map "jet"; known maps: bwr, coldnhot, gray, hot, viridis',
  );
  assert.throws(() => colormap("toString"), XaiError);
});

test("a colour map rejects NaN, and a custom map made with defineColormap is clamped and passed through colormap()", () => {
  assert.throws(
    () => colormap("bwr")(NaN),
    (e: unknown) => e instanceof XaiError && /NaN/.test(e.message),
  );
  const green = defineColormap("green", false, (t) => [0, Math.round(255 * t), 0]);
  assert.equal(colormap(green), green);
  assert.equal(green.signed, false);
  assert.deepEqual(green(-3), [0, 0, 0]);
  assert.deepEqual(green(0.2), [0, 51, 0]);
});

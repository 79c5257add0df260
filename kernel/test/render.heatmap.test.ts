import { test } from "node:test";
import assert from "node:assert/strict";
import { PNG } from "pngjs";
import { heatmapRgba, heatmapRow, renderHeatmapPng, colormap, colorbarWidth, GAP, type RgbaImage } from "../src/render";
import { XaiError } from "../src/errors";

const px = (img: RgbaImage, x: number, y: number): number[] => [...img.rgba.subarray(4 * (y * img.width + x), 4 * (y * img.width + x) + 4)];
const xaiError = (pattern: RegExp) => (e: unknown) => e instanceof XaiError && pattern.test(e.message);
const ONE = { zoom: 1 };

test("symmetric scaling: relevance [−2, 1] maps −2 to full blue and 1 to the halfway red", () => {
  const img = heatmapRgba(Float32Array.of(-2, 1), [1, 2], ONE);
  assert.equal(img.width, 2);
  assert.equal(img.height, 1);
  assert.deepEqual(px(img, 0, 0), [0, 0, 255, 255]);
  assert.deepEqual(px(img, 1, 0), [255, 128, 128, 255]);
});

test("a given scale is the relevance shown at full colour, and larger values are clamped", () => {
  const img = heatmapRgba(Float32Array.of(-2, 1, 0, 9), [2, 2], { zoom: 1, scale: 4 });
  assert.deepEqual(px(img, 0, 0), [128, 128, 255, 255]);
  assert.deepEqual(px(img, 1, 0), [255, 191, 191, 255]);
  assert.deepEqual(px(img, 0, 1), [255, 255, 255, 255]);
  assert.deepEqual(px(img, 1, 1), [255, 0, 0, 255]);
});

test("an all-zero relevance renders all white in bwr, and all black in coldnhot", () => {
  const white = heatmapRgba(new Float32Array(12), [3, 4], ONE);
  assert.ok(white.rgba.every((v) => v === 255));
  const black = heatmapRgba(new Float32Array(12), [3, 4], { zoom: 1, colormap: "coldnhot" });
  for (let p = 0; p < 12; p++) assert.deepEqual(px(black, p % 4, Math.floor(p / 4)), [0, 0, 0, 255]);
});

test("colour relevance [H, W, 3] is summed over the channels", () => {
  // pixel sums: (1 − 3 + 0) = −2 and (0.5 + 0.25 + 0.25) = 1
  const rgb = heatmapRgba(Float32Array.of(1, -3, 0, 0.5, 0.25, 0.25), [1, 2, 3], ONE);
  assert.deepEqual([...rgb.rgba], [...heatmapRgba(Float32Array.of(-2, 1), [1, 2], ONE).rgba]);
  assert.deepEqual(px(rgb, 0, 0), [0, 0, 255, 255]);
});

test("a sequential colour map shows relevance / scale on [0, 1], negative relevance like zero", () => {
  const img = heatmapRgba(Float32Array.of(-1, 0, 0.5, 1), [1, 4], { zoom: 1, colormap: "gray" });
  assert.deepEqual(
    [0, 1, 2, 3].map((x) => px(img, x, 0)[0]),
    [0, 0, 128, 255],
  );
});

test("small images are enlarged by default until the longer side has at least 112 pixels; zoom sets the factor", () => {
  const mnist = heatmapRgba(new Float32Array(28 * 28), [28, 28, 1]);
  assert.deepEqual([mnist.width, mnist.height], [112, 112]);
  const odd = heatmapRgba(new Float32Array(30 * 20), [20, 30]);
  assert.deepEqual([odd.width, odd.height], [120, 80]);
  const long = heatmapRgba(new Float32Array(7 * 300), [7, 300]);
  assert.deepEqual([long.width, long.height], [300, 7]);
  const r = Float32Array.of(1, -1, 0.5, 0, 0.25, -0.5);
  const small = heatmapRgba(r, [2, 3], ONE);
  const big = heatmapRgba(r, [2, 3], { zoom: 3 });
  assert.deepEqual([big.width, big.height], [9, 6]);
  for (let y = 0; y < 6; y++) for (let x = 0; x < 9; x++) assert.deepEqual(px(big, x, y), px(small, Math.floor(x / 3), Math.floor(y / 3)));
});

test("a batch renders as a row of heatmaps 2 pixels apart, each scaled on its own, with transparent gaps", () => {
  const r = Float32Array.from({ length: 3 * 4 * 4 }, (_, i) => Math.sin(i) * (1 + Math.floor(i / 16)));
  const row = heatmapRow(r, [3, 4, 4], { zoom: 2 });
  assert.deepEqual([row.width, row.height], [3 * 8 + 2 * GAP, 8]);
  for (let n = 0; n < 3; n++) {
    const single = heatmapRgba(r.subarray(16 * n, 16 * (n + 1)), [4, 4], { zoom: 2 });
    for (let y = 0; y < 8; y++) for (let x = 0; x < 8; x++) assert.deepEqual(px(row, n * (8 + GAP) + x, y), px(single, x, y));
  }
  assert.deepEqual(px(row, 8, 0), [255, 255, 255, 0]);
  assert.deepEqual(px(row, 9, 7), [255, 255, 255, 0]);
  const nhwc = heatmapRgba(r, [3, 4, 4, 1], { zoom: 2 });
  assert.deepEqual([...nhwc.rgba], [...row.rgba]);
});

test("a colour bar is appended after a gap, red at the top, blue at the bottom, white in the middle", () => {
  const plain = heatmapRgba(Float32Array.of(-1, 1), [1, 2], { zoom: 1 });
  const img = heatmapRgba(new Float32Array(28 * 28), [28, 28], { colorbar: true });
  const w = colorbarWidth(112);
  assert.deepEqual([img.width, img.height], [112 + GAP + w, 112]);
  const x = 112 + GAP + Math.floor(w / 2);
  assert.deepEqual(px(img, x, 0), [255, 0, 0, 255]);
  assert.deepEqual(px(img, x, 111), [0, 0, 255, 255]);
  const middle = px(img, x, 56);
  assert.ok(
    middle.every((v) => v >= 250),
    `middle ${middle}`,
  );
  assert.deepEqual(px(img, 113, 50), [255, 255, 255, 0]);
  const seq = heatmapRgba(new Float32Array(4), [2, 2], { zoom: 10, colorbar: true, colormap: "hot" });
  assert.deepEqual(px(seq, 20 + GAP, 0), [...colormap("hot")(1), 255]);
  assert.deepEqual(px(seq, 20 + GAP, 19), [...colormap("hot")(0), 255]);
  assert.equal(plain.width, 2);
});

test("blending: alpha 0 gives the heatmap, alpha 1 gives the grey input, alpha ½ the mean, the default 0.3 as the widget", () => {
  const r = Float32Array.of(-2, 1, 0, 2);
  const input = { data: Float32Array.of(0, 0.25, 0.5, 1), shape: [2, 2] };
  const heat = heatmapRgba(r, [2, 2], ONE);
  assert.deepEqual([...heatmapRgba(r, [2, 2], { zoom: 1, input, alpha: 0 }).rgba], [...heat.rgba]);
  const grey = heatmapRgba(r, [2, 2], { zoom: 1, input, alpha: 1 });
  assert.deepEqual(
    [0, 1, 2, 3].map((p) => px(grey, p % 2, Math.floor(p / 2))),
    [0, 64, 128, 255].map((g) => [g, g, g, 255]),
  );
  const half = heatmapRgba(r, [2, 2], { zoom: 1, input, alpha: 0.5 });
  // scale 2: blue (0, 0, 255) over black → (0, 0, 128); ½-red (255, 128, 128) over grey 64 → (160, 96, 96), as ½·(255 + 64) = 159.5
  assert.deepEqual(px(half, 0, 0), [0, 0, 128, 255]);
  assert.deepEqual(px(half, 1, 0), [160, 96, 96, 255]);
  // the default, DEFAULT_INPUT_ALPHA = 0.3 (the widget's too): blue over black → 255 − 0.3·255 = 178.5 → 179
  assert.deepEqual(px(heatmapRgba(r, [2, 2], { zoom: 1, input }), 0, 0), [0, 0, 179, 255]);
  const ranged = heatmapRgba(r, [2, 2], { zoom: 1, input, alpha: 1, inputRange: [0, 2] });
  assert.deepEqual(px(ranged, 1, 1), [128, 128, 128, 255]);
});

test("an RGB input is shown by its luma, and one input can sit under every heatmap of a batch", () => {
  const input = { data: Float32Array.of(0, 1, 0, 1, 1, 1), shape: [1, 2, 3] };
  const img = heatmapRgba(Float32Array.of(1, 1), [1, 2], { zoom: 1, input, alpha: 1 });
  assert.deepEqual(px(img, 0, 0), [150, 150, 150, 255]); // 0.587·255 = 149.7
  assert.deepEqual(px(img, 1, 0), [255, 255, 255, 255]);
  const row = heatmapRow(Float32Array.of(1, -1, 2, 0), [2, 1, 2], { zoom: 1, input: { data: [0, 1], shape: [1, 2] }, alpha: 1 });
  assert.deepEqual(
    [px(row, 0, 0), px(row, 1, 0), px(row, 4, 0), px(row, 5, 0)],
    [
      [0, 0, 0, 255],
      [255, 255, 255, 255],
      [0, 0, 0, 255],
      [255, 255, 255, 255],
    ],
  );
});

test("renderHeatmapPng writes a PNG that decodes to the heatmap's pixels", () => {
  const r = Float32Array.from({ length: 2 * 28 * 28 }, (_, i) => Math.cos(i / 7));
  const img = heatmapRgba(r, [2, 28, 28, 1], { colorbar: true });
  const png = PNG.sync.read(renderHeatmapPng(r, [2, 28, 28, 1], { colorbar: true }));
  assert.deepEqual([png.width, png.height], [img.width, img.height]);
  assert.ok(png.data.equals(Buffer.from(img.rgba)));
});

test("wrong shapes fail with an XaiError naming the counts", () => {
  assert.throws(() => heatmapRgba(new Float32Array(783), [28, 28]), xaiError(/relevance has 783 values, but shape \[28, 28\] needs 784/));
  assert.throws(() => heatmapRgba(new Float32Array(4), [4]), xaiError(/shape \[4\] is not an image/));
  assert.throws(() => heatmapRgba(new Float32Array(4), [1, 1, 2, 2, 1]), xaiError(/not an image/));
  assert.throws(() => heatmapRgba(new Float32Array(4), [2, 2.5]), xaiError(/positive integers/));
  assert.throws(() => heatmapRow(new Float32Array(4), [2, 2]), xaiError(/not a batch of images/));
  const input = { data: new Float32Array(9), shape: [3, 3] };
  assert.throws(
    () => heatmapRgba(new Float32Array(4), [2, 2], { input }),
    xaiError(/input shape \[3, 3\] does not match the relevance: its images must be 2×2/),
  );
  assert.throws(() => heatmapRgba(new Float32Array(4), [2, 2], { input: { data: new Float32Array(3), shape: [2, 2] } }), xaiError(/input has 3 values/));
  assert.throws(
    () => heatmapRow(new Float32Array(18), [3, 2, 3], { input: { data: new Float32Array(12), shape: [2, 2, 3] } }),
    xaiError(/holds 2 images for 3 heatmaps/),
  );
});

test("NaN or infinite relevance fails with an XaiError naming the value and its position", () => {
  const r = new Float32Array(6);
  r[4] = NaN;
  assert.throws(() => heatmapRgba(r, [2, 3]), xaiError(/relevance contains NaN at index 4 \(position \[1, 1\]\)/));
  r[4] = -Infinity;
  assert.throws(() => heatmapRgba(r, [2, 3]), xaiError(/relevance contains -Infinity at index 4/));
  assert.throws(() => heatmapRgba(new Float32Array(4), [2, 2], { input: { data: [0, NaN, 0, 0], shape: [2, 2] } }), xaiError(/input contains NaN/));
});

test("alpha out of [0, 1] or without an input, a bad zoom, a bad scale and an unknown colour map fail with an XaiError", () => {
  const r = new Float32Array(4);
  const input = { data: new Float32Array(4), shape: [2, 2] };
  assert.throws(() => heatmapRgba(r, [2, 2], { input, alpha: 1.5 }), xaiError(/alpha must be a number from 0.*got 1.5/));
  assert.throws(() => heatmapRgba(r, [2, 2], { input, alpha: -0.1 }), xaiError(/alpha.*-0.1/));
  assert.throws(() => heatmapRgba(r, [2, 2], { alpha: 0.5 }), xaiError(/no input was given/));
  for (const zoom of [0, -2, 1.5, NaN]) assert.throws(() => heatmapRgba(r, [2, 2], { zoom }), xaiError(/zoom must be a positive integer/));
  for (const scale of [0, -1, NaN, Infinity]) assert.throws(() => heatmapRgba(r, [2, 2], { scale }), xaiError(/scale must be a positive finite number/));
  assert.throws(() => heatmapRgba(r, [2, 2], { colormap: "jet" as "bwr" }), xaiError(/unknown colour map "jet"; known maps: bwr/));
});

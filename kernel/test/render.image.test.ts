import { test } from "node:test";
import assert from "node:assert/strict";
import { PNG } from "pngjs";
import { imageRgba, imageRow, renderImagePng, GAP, type RgbaImage } from "../src/render";
import { XaiError } from "../src/errors";

const px = (img: RgbaImage, x: number, y: number): number[] => [...img.rgba.subarray(4 * (y * img.width + x), 4 * (y * img.width + x) + 4)];
const greys = (img: RgbaImage): number[] => Array.from({ length: img.width }, (_, x) => px(img, x, 0)[0]!);
const xaiError = (pattern: RegExp) => (e: unknown) => e instanceof XaiError && pattern.test(e.message);

test("a grey image is shown from its minimum (black) to its maximum (white)", () => {
  const img = imageRgba(Float32Array.of(-1, 0, 1), [1, 3], { zoom: 1 });
  assert.deepEqual(
    [px(img, 0, 0), px(img, 1, 0), px(img, 2, 0)],
    [
      [0, 0, 0, 255],
      [128, 128, 128, 255],
      [255, 255, 255, 255],
    ],
  );
});

test("a given range fixes black and white, clamping values outside it", () => {
  assert.deepEqual(greys(imageRgba(Float32Array.of(0, 0.5, 1, 3), [1, 4], { zoom: 1, range: [0, 2] })), [0, 64, 128, 255]);
});

test("a constant image is shown on [0, 1]: all zeros black, all ones white, all ½ mid-grey", () => {
  assert.deepEqual(greys(imageRgba(new Float32Array(2), [1, 2], { zoom: 1 })), [0, 0]);
  assert.deepEqual(greys(imageRgba(Float32Array.of(1, 1), [1, 2], { zoom: 1 })), [255, 255]);
  assert.deepEqual(greys(imageRgba(Float32Array.of(0.5, 0.5), [1, 2], { zoom: 1 })), [128, 128]);
});

test("an RGB image keeps its colours, scaled by one range over all channels", () => {
  const img = imageRgba(Float32Array.of(1, 0, 0, 0, 0.5, 1), [1, 2, 3], { zoom: 1 });
  assert.deepEqual(
    [px(img, 0, 0), px(img, 1, 0)],
    [
      [255, 0, 0, 255],
      [0, 128, 255, 255],
    ],
  );
});

test("a one-channel image can be shown in a colour map", () => {
  const img = imageRgba(Float32Array.of(0, 1), [1, 2, 1], { zoom: 1, colormap: "hot" });
  assert.deepEqual(
    [px(img, 0, 0), px(img, 1, 0)],
    [
      [0, 0, 0, 255],
      [255, 255, 255, 255],
    ],
  );
  const signed = imageRgba(Float32Array.of(0, 0.5, 1), [1, 3], { zoom: 1, colormap: "bwr" });
  assert.deepEqual(
    [px(signed, 0, 0), px(signed, 1, 0), px(signed, 2, 0)],
    [
      [0, 0, 255, 255],
      [255, 255, 255, 255],
      [255, 0, 0, 255],
    ],
  );
});

test("a batch of images is a row, each on its own range, enlarged like heatmaps", () => {
  const row = imageRow(Float32Array.of(0, 1, 10, 20), [2, 1, 2]);
  assert.deepEqual([row.width, row.height], [2 * 112 + GAP, 56]);
  assert.deepEqual([px(row, 0, 0)[0], px(row, 111, 55)[0], px(row, 112, 0)[3], px(row, 114, 0)[0], px(row, 225, 0)[0]], [0, 255, 0, 0, 255]);
  const nhwc = imageRgba(Float32Array.of(0, 1, 10, 20), [2, 1, 2, 1]);
  assert.deepEqual([...nhwc.rgba], [...row.rgba]);
});

test("renderImagePng writes a PNG that decodes to the image's pixels", () => {
  const data = Float32Array.from({ length: 28 * 28 }, (_, i) => (i * 37) % 101);
  const img = imageRgba(data, [28, 28, 1]);
  const png = PNG.sync.read(renderImagePng(data, [28, 28, 1]));
  assert.deepEqual([png.width, png.height], [112, 112]);
  assert.ok(png.data.equals(Buffer.from(img.rgba)));
});

test("bad images fail with an XaiError: channel count, length, NaN, range and zoom", () => {
  assert.throws(
    () => imageRgba(new Float32Array(8), [2, 2, 2]),
    xaiError(/image shape \[2, 2, 2\] has 2 channels; images are shown with 1 \(grey\) or 3 \(RGB\)/),
  );
  assert.throws(() => imageRgba(new Float32Array(5), [2, 2]), xaiError(/image has 5 values, but shape \[2, 2\] needs 4/));
  assert.throws(() => imageRgba(Float32Array.of(0, NaN), [1, 2]), xaiError(/image contains NaN at index 1/));
  assert.throws(() => imageRgba(Float32Array.of(0, 1), [1, 2], { range: [1, 1] }), xaiError(/range must be \[low, high\]/));
  assert.throws(() => imageRgba(Float32Array.of(0, 1), [1, 2], { zoom: 2.5 }), xaiError(/zoom must be a positive integer.*got 2.5/));
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { colorbarPixels, colormap, DEFAULT_INPUT_ALPHA, greyLevels, heatmapPixels, imagePixels, maxAbs, pixelSums, valueRange } from "../src/pixels";
import { heatmapRgba, imageRgba } from "../src/render";
import { XaiError } from "../src/errors";

const rgb = (a: Uint8ClampedArray | Uint8Array, p: number): number[] => Array.from(a.subarray(4 * p, 4 * p + 4));

test("grey levels: RGB by luma 0.299/0.587/0.114, other channel counts by their mean, on the image's own range", () => {
  // two RGB pixels: pure green and white; range 0…1
  const luma = greyLevels({ data: [0, 1, 0, 1, 1, 1], h: 1, w: 2, c: 3 });
  assert.ok(Math.abs(luma[0]! - 0.587) < 1e-6 && Math.abs(luma[1]! - 1) < 1e-6);
  // two channels: the mean of (0, 2) and (2, 2) on the range 0…2 → 0.5 and 1
  assert.deepEqual(Array.from(greyLevels({ data: [0, 2, 2, 2], h: 1, w: 2, c: 2 })), [0.5, 1]);
  // the second picture of a batch, by offset
  assert.deepEqual(Array.from(greyLevels({ data: [9, 9, 0, 4], h: 1, w: 2, c: 1, offset: 2 })), [0, 1]);
});

test("a constant image is shown on [0, 1] widened to include its value: all 0 black, all 1 white, all 3 white", () => {
  assert.deepEqual(valueRange({ data: [0, 0], h: 1, w: 2, c: 1 }), [0, 1]);
  assert.deepEqual(valueRange({ data: [3, 3], h: 1, w: 2, c: 1 }), [0, 3]);
  const gray = colormap("gray");
  assert.deepEqual(rgb(imagePixels({ data: [0, 0], h: 1, w: 2, c: 1 }, gray), 0), [0, 0, 0, 255]);
  assert.deepEqual(rgb(imagePixels({ data: [1, 1], h: 1, w: 2, c: 1 }, gray), 1), [255, 255, 255, 255]);
  assert.deepEqual(rgb(imagePixels({ data: [3, 3], h: 1, w: 2, c: 1 }, gray), 0), [255, 255, 255, 255]);
});

test("heatmap pixels: ±scale at full colour, the input blended in by alpha with its grey as a byte", () => {
  const bwr = colormap("bwr");
  const values = [2, -1, 0];
  const plain = heatmapPixels(values, bwr, 2);
  assert.deepEqual(
    [rgb(plain, 0), rgb(plain, 1), rgb(plain, 2)],
    [
      [255, 0, 0, 255],
      [128, 128, 255, 255],
      [255, 255, 255, 255],
    ],
  );
  // over grey 0.5 → byte 128, alpha 0.3: red 255 + 0.3·(128 − 255) = 216.9 → 217; 0 + 0.3·128 = 38.4 → 38
  const blended = heatmapPixels(values, bwr, 2, { grey: [0.5, 0.5, 0.5], alpha: DEFAULT_INPUT_ALPHA });
  assert.deepEqual(rgb(blended, 0), [217, 38, 38, 255]);
  // a sequential map shows negative values as its 0; an all-zero map (scale 0) is the map's 0 everywhere
  assert.deepEqual(rgb(heatmapPixels([-1, 1], colormap("hot"), 1), 0), [0, 0, 0, 255]);
  assert.deepEqual(rgb(heatmapPixels([0, 0], bwr, 0), 1), [255, 255, 255, 255]);
  assert.throws(
    () => heatmapPixels([1], bwr, 1, { grey: [0.1, 0.2], alpha: 0.3 }),
    (e: unknown) => e instanceof XaiError && /2 pixels for 1 values/.test(e.message),
  );
});

test("pixel sums add a pixel's channels; maxAbs is the largest magnitude", () => {
  const sums = pixelSums({ data: [1, -3, 0.5, 0.25], h: 1, w: 2, c: 2 });
  assert.deepEqual(Array.from(sums), [-2, 0.75]);
  assert.equal(maxAbs(sums), 2);
});

test("a colour bar runs from the map's top (t = 1) to its bottom (t = −1 signed, 0 sequential)", () => {
  const bar = colorbarPixels(colormap("bwr"), 3);
  assert.deepEqual(
    [rgb(bar, 0), rgb(bar, 1), rgb(bar, 2)],
    [
      [255, 0, 0, 255],
      [255, 255, 255, 255],
      [0, 0, 255, 255],
    ],
  );
  assert.deepEqual(rgb(colorbarPixels(colormap("gray"), 2), 1), [0, 0, 0, 255]);
});

test("the PNG painter is this pipeline: render/'s heatmap and image at zoom 1 are its pixels", () => {
  const relevance = Float32Array.of(1, -2, 0.5, 0);
  const input = { data: Float32Array.of(0, 0.2, 0.6, 1), shape: [2, 2] };
  const png = heatmapRgba(relevance, [2, 2], { zoom: 1, input });
  const grey = greyLevels({ data: input.data, h: 2, w: 2, c: 1 });
  assert.deepEqual(Array.from(png.rgba), Array.from(heatmapPixels(relevance, colormap("bwr"), 2, { grey, alpha: DEFAULT_INPUT_ALPHA })));
  assert.deepEqual(
    Array.from(imageRgba(input.data, [2, 2], { zoom: 1 }).rgba),
    Array.from(imagePixels({ data: input.data, h: 2, w: 2, c: 1 }, colormap("gray"))),
  );
});

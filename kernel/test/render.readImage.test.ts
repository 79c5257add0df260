import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { encodePng, readImage } from "../src/render";
import { XaiError } from "../src/errors";
import { pngFile } from "./render.helpers";

const GREY = 0;
const RGB = 2;
const PALETTE = 3;

function close(actual: ArrayLike<number>, expected: number[], tol = 1e-6): void {
  assert.equal(actual.length, expected.length);
  for (let i = 0; i < expected.length; i++) assert.ok(Math.abs(actual[i]! - expected[i]!) <= tol, `[${i}] ${actual[i]} vs ${expected[i]}`);
}

const xaiError = (pattern: RegExp) => (e: unknown) => e instanceof XaiError && pattern.test(e.message);

test("an 8-bit grey PNG reads as values in [0, 1] with shape [H, W, 1]", () => {
  const img = readImage(pngFile(2, 1, 8, GREY, 0, Uint8Array.of(0, 0, 51)));
  assert.deepEqual(img.shape, [1, 2, 1]);
  close(img.data, [0, 0.2]);
});

test("a 16-bit grey PNG keeps its full precision", () => {
  const img = readImage(pngFile(2, 1, 16, GREY, 0, Uint8Array.of(0, 0x80, 0x00, 0xff, 0xff)));
  close(img.data, [32768 / 65535, 1], 1e-7);
});

test("a 1-bit grey PNG reads its bits as 0 and 1", () => {
  const img = readImage(pngFile(8, 1, 1, GREY, 0, Uint8Array.of(0, 0b10100001)));
  close(img.data, [1, 0, 1, 0, 0, 0, 0, 1]);
});

test("an Adam7-interlaced PNG reads with its pixels in place", () => {
  // 2×2 grey: pass 1 holds (0,0), pass 6 holds (1,0), pass 7 holds row 1; each pass line starts with filter 0
  const img = readImage(pngFile(2, 2, 8, GREY, 1, Uint8Array.of(0, 10, 0, 20, 0, 30, 40)));
  assert.deepEqual(img.shape, [2, 2, 1]);
  close(
    img.data,
    [10, 20, 30, 40].map((v) => v / 255),
  );
});

test("a palette PNG reads as RGB by default", () => {
  const img = readImage(pngFile(2, 1, 8, PALETTE, 0, Uint8Array.of(0, 1, 0), Uint8Array.of(255, 0, 0, 0, 51, 102)));
  assert.deepEqual(img.shape, [1, 2, 3]);
  close(img.data, [0, 0.2, 0.4, 1, 0, 0]);
});

test("channels 1 turns colour into grey by the BT.601 luma, channels 3 repeats grey", () => {
  const rgb = readImage(pngFile(1, 1, 8, RGB, 0, Uint8Array.of(0, 255, 0, 0)), 1);
  assert.deepEqual(rgb.shape, [1, 1, 1]);
  close(rgb.data, [0.299]);
  const grey = readImage(pngFile(1, 1, 8, GREY, 0, Uint8Array.of(0, 51)), 3);
  assert.deepEqual(grey.shape, [1, 1, 3]);
  close(grey.data, [0.2, 0.2, 0.2]);
});

test("an RGBA PNG of ours reads back as RGB values, alpha dropped, from a file path", () => {
  const dir = mkdtempSync(join(tmpdir(), "xai-render-"));
  try {
    const path = join(dir, "x.png");
    writeFileSync(path, encodePng(Uint8Array.of(255, 0, 51, 0, 0, 102, 255, 255), 1, 2));
    const img = readImage(path);
    assert.deepEqual(img.shape, [2, 1, 3]);
    close(img.data, [1, 0, 0.2, 0, 0.4, 1]);
  } finally {
    rmSync(dir, { recursive: true });
  }
});

test("JPEG, GIF and other files fail with an XaiError naming the supported formats", () => {
  assert.throws(() => readImage(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16])), xaiError(/JPEG.*supported: PNG/));
  assert.throws(() => readImage(Buffer.from("GIF89a...", "latin1")), xaiError(/GIF.*supported: PNG/));
  assert.throws(() => readImage(Buffer.from("hello", "latin1")), xaiError(/not a PNG file.*supported: PNG/));
});

test("a damaged PNG, a missing file and a bad channel count fail with an XaiError", () => {
  const png = encodePng(new Uint8Array(16), 2, 2);
  png[45] = png[45]! ^ 0xff; // inside the IDAT data: its CRC no longer matches
  assert.throws(() => readImage(png), xaiError(/damaged PNG/));
  assert.throws(() => readImage("/nonexistent/dir/x.png"), xaiError(/cannot read image file "\/nonexistent\/dir\/x.png": no such file/));
  assert.throws(() => readImage(encodePng(new Uint8Array(4), 1, 1), 2 as 1), xaiError(/channels must be 1 \(grey\) or 3 \(RGB\)/));
});

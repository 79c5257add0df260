import { test } from "node:test";
import assert from "node:assert/strict";
import { crc32 as zlibCrc32, inflateSync } from "node:zlib";
import { PNG } from "pngjs";
import { crc32, encodePng, decodePng, PNG_SIGNATURE, type PngFilter } from "../src/render";
import { XaiError } from "../src/errors";
import { pngFile, randomRgba } from "./render.helpers";

const bytes = (hex: string): number[] => hex.match(/../g)!.map((h) => parseInt(h, 16));

/** Smooth pixels (gradients), where the sub/up/average/paeth filters pay off. */
function smoothRgba(width: number, height: number): Uint8Array {
  const out = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) out.set([(3 * x) & 255, (5 * y) & 255, (x + y) & 255, 255 - ((x * y) & 127)], 4 * (y * width + x));
  return out;
}

test("the CRC-32 of the chunk type IEND is 0xAE426082", () => {
  assert.equal(crc32(Buffer.from("IEND", "latin1")), 0xae426082);
});

test("the CRC-32 of the standard check string 123456789 is 0xCBF43926, and the empty string gives 0", () => {
  assert.equal(crc32(Buffer.from("123456789", "latin1")), 0xcbf43926);
  assert.equal(crc32(new Uint8Array(0)), 0);
});

test("the CRC-32 agrees with node's zlib on random bytes and can be computed in pieces", () => {
  const data = randomRgba(37, 11, 7);
  assert.equal(crc32(data), zlibCrc32(data));
  assert.equal(crc32(data.subarray(100), crc32(data.subarray(0, 100))), crc32(data));
});

test("a 2×1 PNG starts with the signature and an IHDR chunk for 8-bit RGBA, not interlaced", () => {
  const png = encodePng(Uint8Array.of(255, 0, 0, 255, 0, 0, 255, 128), 2, 1);
  assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  assert.deepEqual([...PNG_SIGNATURE], [...png.subarray(0, 8)]);
  // length 13, "IHDR", width 2, height 1, depth 8, colour type 6, compression 0, filter 0, interlace 0, CRC
  assert.deepEqual([...png.subarray(8, 33)], bytes("0000000d" + "49484452" + "00000002" + "00000001" + "0806000000" + "f4227f8a"));
  assert.equal(zlibCrc32(png.subarray(12, 29)), 0xf4227f8a);
});

test("a PNG ends with an empty IEND chunk and holds a single IDAT chunk whose data inflate to the filtered rows", () => {
  const rgba = Uint8Array.of(1, 2, 3, 4, 5, 6, 7, 8);
  const png = encodePng(rgba, 2, 1, { filter: "none" });
  assert.deepEqual([...png.subarray(png.length - 12)], bytes("00000000" + "49454e44" + "ae426082"));
  const idatLength = png.readUInt32BE(33);
  assert.equal(png.toString("latin1", 37, 41), "IDAT");
  const raw = inflateSync(png.subarray(41, 41 + idatLength));
  assert.deepEqual([...raw], [0, 1, 2, 3, 4, 5, 6, 7, 8]);
  assert.equal(png.readUInt32BE(41 + idatLength), zlibCrc32(png.subarray(37, 41 + idatLength)));
});

const SIZES: [number, number][] = [
  [1, 1],
  [2, 1],
  [1, 9],
  [9, 1],
  [3, 5],
  [300, 7],
  [7, 300],
  [64, 64],
];
const FILTERS: PngFilter[] = ["none", "sub", "up", "average", "paeth", "adaptive"];

test("pngjs decodes our PNGs to exactly the pixels we encoded, for every size and filter", () => {
  for (const [w, h] of SIZES) {
    for (const filter of FILTERS) {
      for (const rgba of [randomRgba(w, h, w * 1000 + h), smoothRgba(w, h)]) {
        const decoded = PNG.sync.read(encodePng(rgba, w, h, { filter }));
        assert.equal(decoded.width, w);
        assert.equal(decoded.height, h);
        assert.ok(Buffer.from(rgba).equals(decoded.data), `${w}×${h}, filter ${filter}`);
      }
    }
  }
});

test("adaptive filtering chooses other filters than none on smooth pictures and compresses them better", () => {
  const rgba = smoothRgba(64, 64);
  const adaptive = encodePng(rgba, 64, 64);
  const none = encodePng(rgba, 64, 64, { filter: "none" });
  assert.ok(adaptive.length < none.length, `${adaptive.length} < ${none.length}`);
  const raw = inflateSync(adaptive.subarray(41, 41 + adaptive.readUInt32BE(33)));
  const types = new Set<number>();
  for (let y = 0; y < 64; y++) types.add(raw[y * (64 * 4 + 1)]!);
  assert.ok(
    [...types].some((t) => t !== 0),
    `filter types used: ${[...types]}`,
  );
});

test("decodePng reads our PNGs back exactly, and pngjs-made PNGs too", () => {
  const rgba = randomRgba(300, 7, 3);
  const ours = decodePng(encodePng(rgba, 300, 7));
  assert.equal(ours.width, 300);
  assert.equal(ours.height, 7);
  assert.deepEqual(ours.rgba, rgba);
  const theirs = new PNG({ width: 3, height: 2 });
  theirs.data.set(randomRgba(3, 2, 9));
  assert.deepEqual([...decodePng(PNG.sync.write(theirs)).rgba], [...theirs.data]);
});

test("decodePng expands palette PNGs to RGBA", () => {
  const palette = Uint8Array.of(10, 20, 30, 200, 100, 0);
  const indices = Uint8Array.of(0, 1, 0, 0, 0, 1); // two rows of two: filter byte then indices
  const png = pngFile(2, 2, 8, 3, 0, indices, palette);
  assert.deepEqual([...decodePng(png).rgba], [200, 100, 0, 255, 10, 20, 30, 255, 10, 20, 30, 255, 200, 100, 0, 255]);
});

test("encodePng rejects sizes and pixel buffers that do not agree", () => {
  assert.throws(
    () => encodePng(new Uint8Array(8), 3, 1),
    (e: unknown) => e instanceof XaiError && /8 bytes given.*needs 12/.test(e.message),
  );
  assert.throws(
    () => encodePng(new Uint8Array(0), 0, 1),
    (e: unknown) => e instanceof XaiError && /width/.test(e.message),
  );
  assert.throws(
    () => encodePng(new Uint8Array(8), 2, 1.5),
    (e: unknown) => e instanceof XaiError && /height/.test(e.message),
  );
  assert.throws(
    () => encodePng(new Uint8Array(4), 1, 1, { filter: "best" as PngFilter }),
    (e: unknown) => e instanceof XaiError && /filter/.test(e.message),
  );
  assert.throws(
    () => encodePng(new Uint8Array(4), 1, 1, { level: 11 }),
    (e: unknown) => e instanceof XaiError && /level/.test(e.message),
  );
});

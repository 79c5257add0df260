/**
 * A PNG encoder for the pictures xai-lab makes: 8-bit RGBA, not interlaced (ISO/IEC 15948). The kernel
 * writes its own PNGs so that rendering needs nothing beyond node:zlib and stays byte-for-byte predictable.
 */
import { deflateSync } from "node:zlib";
import { check } from "../errors";
import { crc32 } from "./crc32";

/** The eight bytes every PNG file starts with. */
export const PNG_SIGNATURE: Uint8Array = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);

/**
 * How rows are filtered before compression (§9): one of the five filter types for every row, or
 * "adaptive", which picks per row the type whose output has the smallest sum of absolute values as signed
 * bytes — the heuristic the PNG specification recommends for truecolour images (§12.8).
 */
export type PngFilter = "none" | "sub" | "up" | "average" | "paeth" | "adaptive";

const FILTER_TYPES: readonly PngFilter[] = ["none", "sub", "up", "average", "paeth"];

export interface PngOptions {
  /** Default "adaptive". */
  filter?: PngFilter;
  /** zlib level 0–9; default 6. */
  level?: number;
}

/** Encodes `width`×`height` pixels, 4 bytes (r, g, b, a) each, row-major from the top-left, as a PNG file. */
export function encodePng(rgba: Uint8Array, width: number, height: number, options: PngOptions = {}): Buffer {
  check(Number.isInteger(width) && width > 0 && width < 2 ** 31, `PNG width must be a positive integer, got ${width}`);
  check(Number.isInteger(height) && height > 0 && height < 2 ** 31, `PNG height must be a positive integer, got ${height}`);
  check(rgba instanceof Uint8Array, "PNG pixels must be a Uint8Array of r, g, b, a bytes");
  check(rgba.length === width * height * 4, `PNG pixels: ${rgba.length} bytes given, but ${width}×${height} RGBA needs ${width * height * 4}`);
  const filter = options.filter ?? "adaptive";
  check(
    filter === "adaptive" || FILTER_TYPES.includes(filter),
    () => `PNG filter must be one of ${[...FILTER_TYPES, "adaptive"].join(", ")}; got ${JSON.stringify(filter)}`,
  );
  const level = options.level ?? 6;
  check(Number.isInteger(level) && level >= 0 && level <= 9, `zlib level must be an integer from 0 to 9, got ${level}`);

  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  header.set([8, 6, 0, 0, 0], 8); // bit depth 8, colour type 6 (RGBA), deflate, adaptive filtering, no interlace
  const filtered = filterRows(rgba, width, height, filter);
  return Buffer.concat([PNG_SIGNATURE, chunk("IHDR", header), chunk("IDAT", deflateSync(filtered, { level })), chunk("IEND", new Uint8Array(0))]);
}

/** One chunk: length, type, data, and the CRC of type‖data (§5.3). */
export function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, "latin1");
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

const BPP = 4;

/** Each scan line prefixed by its filter type byte (§9). */
function filterRows(rgba: Uint8Array, width: number, height: number, filter: PngFilter): Uint8Array {
  const stride = width * BPP;
  const out = new Uint8Array(height * (stride + 1));
  const candidate = new Uint8Array(stride);
  const zero = new Uint8Array(stride);
  const fixed = FILTER_TYPES.indexOf(filter);
  for (let y = 0; y < height; y++) {
    const row = rgba.subarray(y * stride, (y + 1) * stride);
    const above = y > 0 ? rgba.subarray((y - 1) * stride, y * stride) : zero;
    const target = out.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    if (fixed >= 0) {
      out[y * (stride + 1)] = fixed;
      applyFilter(fixed, row, above, target);
      continue;
    }
    let best = Infinity;
    for (let type = 0; type <= 4; type++) {
      applyFilter(type, row, above, candidate);
      const cost = signedSum(candidate, best);
      if (cost < best) {
        best = cost;
        out[y * (stride + 1)] = type;
        target.set(candidate);
      }
    }
  }
  return out;
}

/** Filter type `type` (0 none, 1 sub, 2 up, 3 average, 4 paeth) of `row`, given the unfiltered row `above`. */
function applyFilter(type: number, row: Uint8Array, above: Uint8Array, out: Uint8Array): void {
  const n = row.length;
  switch (type) {
    case 0:
      out.set(row);
      return;
    case 1:
      for (let i = 0; i < n; i++) out[i] = row[i]! - (i >= BPP ? row[i - BPP]! : 0);
      return;
    case 2:
      for (let i = 0; i < n; i++) out[i] = row[i]! - above[i]!;
      return;
    case 3:
      for (let i = 0; i < n; i++) out[i] = row[i]! - (((i >= BPP ? row[i - BPP]! : 0) + above[i]!) >> 1);
      return;
    default:
      for (let i = 0; i < n; i++) out[i] = row[i]! - (i >= BPP ? paeth(row[i - BPP]!, above[i]!, above[i - BPP]!) : above[i]!);
  }
}

/** The Paeth predictor (§9.4): whichever of left, above, upper-left is closest to left + above − upper-left. */
function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Σ|byte as int8|, stopping early once it can no longer beat `bound`. */
function signedSum(bytes: Uint8Array, bound: number): number {
  let sum = 0;
  for (let i = 0; i < bytes.length && sum < bound; i++) sum += bytes[i]! < 128 ? bytes[i]! : 256 - bytes[i]!;
  return sum;
}

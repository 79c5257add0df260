/** Fixtures shared by the render tests: seeded pixels and hand-made PNG files. */
import { crc32 as zlibCrc32, deflateSync } from "node:zlib";
import { PNG_SIGNATURE } from "../src/render";

/** Deterministic pixels: a small linear congruential generator. */
export function randomRgba(width: number, height: number, seed: number): Uint8Array {
  const out = new Uint8Array(width * height * 4);
  let s = seed >>> 0;
  for (let i = 0; i < out.length; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    out[i] = s >>> 24;
  }
  return out;
}

/** A hand-made PNG: IHDR, optional PLTE, one IDAT of the given (already filtered) scan lines, IEND. */
export function pngFile(width: number, height: number, depth: number, colorType: number, interlace: number, lines: Uint8Array, palette?: Uint8Array): Buffer {
  const chunk = (type: string, data: Uint8Array): Buffer => {
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    out.write(type, 4, "latin1");
    out.set(data, 8);
    out.writeUInt32BE(zlibCrc32(out.subarray(4, 8 + data.length)), 8 + data.length);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([depth, colorType, 0, 0, interlace], 8);
  return Buffer.concat([
    Buffer.from(PNG_SIGNATURE),
    chunk("IHDR", ihdr),
    ...(palette ? [chunk("PLTE", palette)] : []),
    chunk("IDAT", deflateSync(lines)),
    chunk("IEND", new Uint8Array(0)),
  ]);
}

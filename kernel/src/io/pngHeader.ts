/**
 * A PNG's size from its header (the IHDR chunk, which the format requires first), read before anything
 * is decoded: a file of a few hundred kilobytes can declare 16384 × 16384 pixels, gigabytes once decoded.
 */
import { XaiError } from "../errors";
import { MAX_IMAGE_PIXELS } from "./limits";

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export interface PngHeader {
  readonly width: number;
  readonly height: number;
}

/** The size a PNG declares, or null when `bytes` do not start like a PNG (signature, then IHDR). */
export function pngHeader(bytes: Uint8Array): PngHeader | null {
  if (bytes.length < 24 || !SIGNATURE.every((b, i) => bytes[i] === b)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (String.fromCharCode(bytes[12]!, bytes[13]!, bytes[14]!, bytes[15]!) !== "IHDR") return null;
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/**
 * Refuses a PNG whose declared size is empty, over MAX_IMAGE_PIXELS, or — when `expected` is given — not
 * the size the model takes. `source` names the image in messages. Bytes that are no PNG pass (the decoder
 * says what they are).
 */
export function checkPngSize(bytes: Uint8Array, source: string, expected?: { readonly count: number; readonly describe: string }): void {
  const header = pngHeader(bytes);
  if (!header) return;
  const { width, height } = header;
  if (width === 0 || height === 0) throw new XaiError(`${source} declares ${width}×${height} pixels: an empty image`);
  if (width * height > MAX_IMAGE_PIXELS) {
    throw new XaiError(`${source} is ${width}×${height} pixels, more than the ${MAX_IMAGE_PIXELS.toLocaleString("en-US")} pixels xai-lab decodes`, {
      hint: "scale the image down to the model's input size first",
    });
  }
  if (expected && width * height !== expected.count) {
    throw new XaiError(`${source} is ${width}×${height} pixels, but the model takes ${expected.describe}`, {
      hint: "resize the image to the model's input size",
    });
  }
}

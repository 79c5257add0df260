/**
 * Reading PNG files made elsewhere: any bit depth, palette, grey, alpha, interlaced. Decoding is delegated
 * to the `pngjs` package, which covers the whole format; this module only checks that the bytes are a PNG
 * and turns every failure into an XaiError that says which formats are supported.
 */
import { PNG, type PNGWithMetadata } from "pngjs";
import { XaiError } from "../errors";
import { PNG_SIGNATURE } from "./png";

/** What input images xai-lab can read, for error messages. */
export const SUPPORTED_IMAGE_FORMATS = "PNG (grey, grey+alpha, RGB, RGBA or palette; 1–16 bits; interlaced or not)";

export interface DecodedPng {
  width: number;
  height: number;
  /** 8 bits per channel, 4 channels (r, g, b, a), row-major from the top-left; 16-bit files are rounded to 8. */
  rgba: Uint8Array;
}

/** Decodes a PNG file to 8-bit RGBA pixels. */
export function decodePng(buffer: Uint8Array, source = "the image"): DecodedPng {
  const png = parsePng(buffer, source, false);
  return { width: png.width, height: png.height, rgba: new Uint8Array(png.data.buffer, png.data.byteOffset, png.data.length) };
}

/**
 * The parsed file with its metadata. With `exact`, samples keep their stored depth (a Uint16Array for
 * 16-bit files, 0…2^depth−1 for 1/2/4-bit grey; palette entries are always 0…255).
 */
export function parsePng(buffer: Uint8Array, source: string, exact: boolean): PNGWithMetadata {
  if (!(buffer instanceof Uint8Array)) throw new XaiError(`${source} must be a Buffer or Uint8Array holding a PNG file`);
  const sniffed = sniffFormat(buffer);
  if (sniffed !== "PNG") {
    throw new XaiError(
      `${source} is ${sniffed === "unknown" ? "not a PNG file" : `a ${sniffed} file, which xai-lab cannot read`}; supported: ${SUPPORTED_IMAGE_FORMATS}`,
    );
  }
  try {
    return PNG.sync.read(Buffer.from(buffer.buffer, buffer.byteOffset, buffer.length), { skipRescale: exact });
  } catch (e) {
    throw new XaiError(`${source} is a damaged PNG file (${e instanceof Error ? e.message : String(e)})`);
  }
}

/** Names the format from the file's first bytes, so an unsupported one is named in the error. */
function sniffFormat(b: Uint8Array): string {
  const starts = (...bytes: number[]): boolean => bytes.every((v, i) => b[i] === v);
  if (b.length >= 8 && starts(...PNG_SIGNATURE)) return "PNG";
  if (starts(0xff, 0xd8, 0xff)) return "JPEG";
  if (starts(0x47, 0x49, 0x46, 0x38)) return "GIF";
  if (starts(0x42, 0x4d)) return "BMP";
  if (starts(0x52, 0x49, 0x46, 0x46) && b[8] === 0x57 && b[9] === 0x45 && b[10] === 0x42 && b[11] === 0x50) return "WebP";
  if (starts(0x49, 0x49, 0x2a, 0x00) || starts(0x4d, 0x4d, 0x00, 0x2a)) return "TIFF";
  return "unknown";
}

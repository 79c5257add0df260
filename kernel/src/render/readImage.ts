/**
 * Input images from files: a PNG becomes values in [0, 1], shape [H, W, C] channels last — the layout tfjs
 * image models take (add the batch axis yourself). 16-bit files keep their full precision.
 */
import { readFileSync } from "node:fs";
import { XaiError, check } from "../errors";
import { checkPngSize } from "../io/pngHeader";
import { parsePng } from "./decodePng";

/** An image read from a file: values in [0, 1], shape [H, W, C]. */
export interface ImageArray {
  data: Float32Array;
  shape: [number, number, number];
}

/**
 * Reads a PNG file (a path, or its bytes). `channels` 1 gives grey (colour converted by luma, ITU-R BT.601
 * weights 0.299, 0.587, 0.114), 3 gives RGB (grey repeated); by default grey files give 1 and colour or
 * palette files 3. The alpha channel is dropped: stored colours are read as they are.
 */
export function readImage(pathOrBuffer: string | Uint8Array, channels?: 1 | 3): ImageArray {
  check(channels === undefined || channels === 1 || channels === 3, () => `channels must be 1 (grey) or 3 (RGB), got ${String(channels)}`);
  const source = typeof pathOrBuffer === "string" ? `image file "${pathOrBuffer}"` : "the image";
  const bytes = load(pathOrBuffer);
  checkPngSize(bytes, source);
  const png = parsePng(bytes, source, true);
  const { width, height } = png;
  const max = png.palette ? 255 : 2 ** png.depth - 1;
  const c = channels ?? (png.color ? 3 : 1);
  const data = new Float32Array(width * height * c);
  const src = png.data as ArrayLike<number>;
  for (let p = 0; p < width * height; p++) {
    const r = src[4 * p]! / max;
    const g = src[4 * p + 1]! / max;
    const b = src[4 * p + 2]! / max;
    if (c === 1) data[p] = png.color ? 0.299 * r + 0.587 * g + 0.114 * b : r;
    else data.set([r, g, b], 3 * p);
  }
  return { data, shape: [height, width, c] };
}

function load(pathOrBuffer: string | Uint8Array): Uint8Array {
  if (typeof pathOrBuffer !== "string") return pathOrBuffer;
  try {
    return readFileSync(pathOrBuffer);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new XaiError(
      `cannot read image file "${pathOrBuffer}": ${code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a folder" : e instanceof Error ? e.message : String(e)}`,
    );
  }
}

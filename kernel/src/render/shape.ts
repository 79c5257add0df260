/**
 * The arrays render/ accepts — flat, row-major values with a shape, channels last as in tfjs — and the
 * checks every renderer runs on them, so that a wrong shape or a NaN fails with a message naming it.
 */
import { XaiError, check } from "../errors";

/** Flat row-major values with their shape; e.g. `readImage()`'s result, or `{ data: await t.data(), shape: t.shape }`. */
export interface Pixels {
  data: ArrayLike<number>;
  shape: readonly number[];
}

/** An RGBA picture: 4 bytes per pixel, row-major from the top-left; what `encodePng` takes. */
export interface RgbaImage {
  rgba: Uint8Array;
  width: number;
  height: number;
}

/** A batch of `n` images of `h`×`w` pixels with `c` channels, channels last. */
export interface Layout {
  n: number;
  h: number;
  w: number;
  c: number;
}

/**
 * The layout of `shape`. A single image is [H, W] or [H, W, C]; a batch is [N, H, W, C], or [N, H, W] when
 * `batch` is true (a three-axis shape is otherwise read as [H, W, C]).
 */
export function layoutOf(what: string, shape: readonly number[], batch = false): Layout {
  check(Array.isArray(shape) && shape.every((d) => Number.isInteger(d) && d > 0), () => `${what} shape ${show(shape)} must list positive integers`);
  const r = shape.length;
  if (batch) {
    check(r === 3 || r === 4, () => `${what} shape ${show(shape)} is not a batch of images: expected [N, H, W] or [N, H, W, C]`);
    return { n: shape[0]!, h: shape[1]!, w: shape[2]!, c: r === 4 ? shape[3]! : 1 };
  }
  check(r >= 2 && r <= 4, () => `${what} shape ${show(shape)} is not an image: expected [H, W], [H, W, C] or a batch [N, H, W, C]`);
  if (r === 4) return { n: shape[0]!, h: shape[1]!, w: shape[2]!, c: shape[3]! };
  return { n: 1, h: shape[0]!, w: shape[1]!, c: r === 3 ? shape[2]! : 1 };
}

/** Checks that `data` holds exactly the values `shape` calls for, all finite. */
export function checkValues(what: string, data: ArrayLike<number>, shape: readonly number[]): void {
  check(
    data !== null && typeof data === "object" && typeof data.length === "number",
    () => `${what} must be a Float32Array (or an array of numbers), got ${data === null ? "null" : typeof data}`,
  );
  const size = shape.reduce((a, b) => a * b, 1);
  check(data.length === size, () => `${what} has ${data.length} values, but shape ${show(shape)} needs ${size}`);
  for (let i = 0; i < data.length; i++) {
    const v = data[i]!;
    if (!Number.isFinite(v)) {
      throw new XaiError(
        `${what} contains ${typeof v !== "number" ? `a non-number (${String(v)})` : Number.isNaN(v) ? "NaN" : String(v)} at index ${i}${where(i, shape)}; only finite values can be rendered`,
      );
    }
  }
}

/** Checks `zoom` (a positive integer) or picks the default: the least that makes the longer side ≥ `minSide` pixels. */
export function resolveZoom(zoom: number | undefined, h: number, w: number, minSide = DEFAULT_MIN_SIDE): number {
  if (zoom === undefined) return Math.max(1, Math.ceil(minSide / Math.max(h, w)));
  check(typeof zoom === "number" && Number.isInteger(zoom) && zoom >= 1, () => `zoom must be a positive integer (pixel repetition), got ${String(zoom)}`);
  return zoom;
}

/** Small inputs such as 28×28 MNIST digits are enlarged until their longer side has at least this many pixels. */
export const DEFAULT_MIN_SIDE = 112;

/** `[2, 3]`-style text for messages. */
export function show(shape: unknown): string {
  return Array.isArray(shape) ? `[${shape.join(", ")}]` : String(shape);
}

/** " (position [i, j, k])" for a flat index, so that a NaN can be found in the user's tensor. */
function where(index: number, shape: readonly number[]): string {
  if (shape.length < 2) return "";
  const pos: number[] = [];
  let rest = index;
  for (let k = shape.length - 1; k >= 0; k--) {
    pos.unshift(rest % shape[k]!);
    rest = Math.floor(rest / shape[k]!);
  }
  return ` (position [${pos.join(", ")}])`;
}

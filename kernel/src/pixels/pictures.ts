/**
 * From values to pixels: the one pipeline behind every picture xai-lab draws, the PNG painted in the kernel
 * (render/) and the canvas of the JupyterLab widget (extension/src/views/) alike, so that a widget and the
 * PNG fallback of the same output show the same pixels. Plain arrays in, RGBA bytes out; no tfjs, no node,
 * no DOM. Enlarging, placing and labelling pictures are the callers' business.
 */
import { check } from "../errors";
import type { ColorMap } from "./colormaps";

/** How much of the grey input shows under a heatmap when nobody says: 0 = heatmap only, 1 = input only. */
export const DEFAULT_INPUT_ALPHA = 0.3;

/** One picture inside a flat, row-major, channels-last array: `h`×`w` pixels of `c` values from `offset`. */
export interface Plane {
  data: ArrayLike<number>;
  h: number;
  w: number;
  c: number;
  /** Index of the picture's first value in `data` (a batch holds pictures one after another); default 0. */
  offset?: number;
}

/** What `heatmapPixels` draws under the map: grey levels in [0, 1], one per pixel, and how much of them shows. */
export interface Underlay {
  grey: ArrayLike<number>;
  /** 0 = the map only, 1 = the grey input only. */
  alpha: number;
}

/**
 * The values shown as black and as white: `range` when given, else the plane's own minimum and maximum over
 * every channel; a constant picture is shown on [0, 1] widened to include its value (all 0 → black, all
 * 1 → white).
 */
export function valueRange(plane: Plane, range?: readonly [number, number]): [number, number] {
  if (range !== undefined) {
    check(
      Array.isArray(range) && range.length === 2 && range.every((v) => Number.isFinite(v)) && range[0] < range[1],
      () => `range must be [low, high] with finite low < high, got ${JSON.stringify(range)}`,
    );
    return [range[0], range[1]];
  }
  const { data, h, w, c } = plane;
  const start = plane.offset ?? 0;
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = start; i < start + h * w * c; i++) {
    const v = data[i]!;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return lo < hi ? [lo, hi] : [Math.min(lo, 0), Math.max(hi, 1)];
}

/**
 * Grey levels in [0, 1] of a picture, one per pixel, on `valueRange(plane, range)`: RGB by luma (ITU-R
 * BT.601 weights 0.299, 0.587, 0.114), any other channel count by the mean of its channels.
 */
export function greyLevels(plane: Plane, range?: readonly [number, number]): Float32Array {
  const { data, h, w, c } = plane;
  const start = plane.offset ?? 0;
  const [lo, hi] = valueRange(plane, range);
  const weights = c === 3 ? [0.299, 0.587, 0.114] : new Array<number>(c).fill(1 / c);
  const out = new Float32Array(h * w);
  for (let p = 0; p < h * w; p++) {
    let s = 0;
    for (let k = 0; k < c; k++) s += weights[k]! * unit(data[start + p * c + k]!, lo, hi);
    out[p] = s;
  }
  return out;
}

/** Per pixel, the sum over its channels: the relevance of a pixel is the sum over its colour channels (§4). */
export function pixelSums(plane: Plane): Float64Array {
  const { data, h, w, c } = plane;
  const start = plane.offset ?? 0;
  const out = new Float64Array(h * w);
  for (let p = 0; p < h * w; p++) {
    let s = 0;
    for (let k = 0; k < c; k++) s += data[start + p * c + k]!;
    out[p] = s;
  }
  return out;
}

/** The largest |value|: a relevance map's symmetric colour scale runs from −this to +this. */
export function maxAbs(values: ArrayLike<number>): number {
  let m = 0;
  for (let i = 0; i < values.length; i++) m = Math.max(m, Math.abs(values[i]!));
  return m;
}

/**
 * A picture of the input itself: 3 channels as RGB, each stretched from `valueRange`; any other channel
 * count as its grey level (`greyLevels`) through `map` (a signed map spreads 0…1 over its −1…1).
 */
export function imagePixels(plane: Plane, map: ColorMap, range?: readonly [number, number]): Uint8ClampedArray {
  const { data, h, w, c } = plane;
  const start = plane.offset ?? 0;
  const rgba = new Uint8ClampedArray(h * w * 4);
  if (c === 3) {
    const [lo, hi] = valueRange(plane, range);
    for (let p = 0; p < h * w; p++) {
      for (let k = 0; k < 3; k++) rgba[4 * p + k] = Math.round(255 * unit(data[start + 3 * p + k]!, lo, hi));
      rgba[4 * p + 3] = 255;
    }
    return rgba;
  }
  const grey = greyLevels(plane, range);
  for (let p = 0; p < h * w; p++) {
    rgba.set(map(map.signed ? 2 * grey[p]! - 1 : grey[p]!), 4 * p);
    rgba[4 * p + 3] = 255;
  }
  return rgba;
}

/**
 * A heatmap: per-pixel `values` through `map`, `scale` drawn at full colour (±scale for a signed map; a
 * sequential map shows 0…scale, negative values as 0), and optionally over the grey input: each channel is
 * `colour + alpha · (g − colour)`, g = the grey level as a byte (round(255 · grey)). A scale of 0 (an all-zero map) draws every pixel as the map's 0.
 */
export function heatmapPixels(values: ArrayLike<number>, map: ColorMap, scale: number, under?: Underlay): Uint8ClampedArray {
  check(Number.isFinite(scale) && scale >= 0, () => `scale must be a finite number ≥ 0, got ${String(scale)}`);
  check(
    under === undefined || under.grey.length === values.length,
    () => `the input under the heatmap has ${under!.grey.length} pixels for ${values.length} values`,
  );
  const rgba = new Uint8ClampedArray(values.length * 4);
  for (let p = 0; p < values.length; p++) {
    const color = map(scale > 0 ? values[p]! / scale : 0);
    const g = under ? Math.round(255 * under.grey[p]!) : 0; // the input's grey as a byte, as drawn alone
    for (let k = 0; k < 3; k++) rgba[4 * p + k] = under ? Math.round(color[k]! + under.alpha * (g - color[k]!)) : color[k]!;
    rgba[4 * p + 3] = 255;
  }
  return rgba;
}

/**
 * The colours of a colour bar, `length` steps from the map's top end (t = 1) to its bottom end (t = −1 for
 * a signed map, 0 for a sequential one): step i shows t = 1 − (1 − bottom)·i/(length − 1).
 */
export function colorbarPixels(map: ColorMap, length: number): Uint8ClampedArray {
  const bottom = map.signed ? -1 : 0;
  const rgba = new Uint8ClampedArray(length * 4);
  for (let i = 0; i < length; i++) {
    rgba.set(map(length === 1 ? 1 : 1 - ((1 - bottom) * i) / (length - 1)), 4 * i);
    rgba[4 * i + 3] = 255;
  }
  return rgba;
}

function unit(v: number, lo: number, hi: number): number {
  const u = (v - lo) / (hi - lo);
  return u < 0 ? 0 : u > 1 ? 1 : u;
}

/**
 * Pictures of inputs and prototypes themselves (a digit, a photograph, the image activation maximisation
 * found): grey or RGB, values mapped linearly from a range — the image's own min…max by default — to 0…255.
 */
import { check } from "../errors";
import { enlarge, row } from "./canvas";
import { colormap, type ColorMap, type ColorMapName } from "./colormaps";
import { encodePng } from "./png";
import { checkValues, layoutOf, resolveZoom, show, type Layout, type RgbaImage } from "./shape";

export interface ImageOptions {
  /**
   * The values shown as black and as white (full intensity). Default: each image's own minimum and maximum;
   * a constant image is shown on [0, 1] widened to include its value (all 0 → black, all 1 → white).
   */
  range?: readonly [number, number];
  /** Pixel repetition factor; default: the least that makes the longer side ≥ 112 pixels. */
  zoom?: number;
  /** For one-channel images (default "gray"); a signed map spreads the range over its −1…1. */
  colormap?: ColorMapName | ColorMap;
}

/**
 * Renders an image of shape [H, W], [H, W, 1] or [H, W, 3] (channels last); a batch [N, H, W, C] becomes a
 * row (see `imageRow`).
 */
export function imageRgba(data: ArrayLike<number>, shape: readonly number[], options: ImageOptions = {}): RgbaImage {
  return render(data, shape, layoutOf("image", shape), options);
}

/** Renders a batch [N, H, W] or [N, H, W, C] as a row of images, 2 pixels apart, each on its own range. */
export function imageRow(data: ArrayLike<number>, shape: readonly number[], options: ImageOptions = {}): RgbaImage {
  return render(data, shape, layoutOf("image", shape, true), options);
}

/** `imageRgba` encoded as a PNG file. */
export function renderImagePng(data: ArrayLike<number>, shape: readonly number[], options: ImageOptions = {}): Buffer {
  const img = imageRgba(data, shape, options);
  return encodePng(img.rgba, img.width, img.height);
}

/**
 * The values of image `index` of a batch as grey levels in [0, 1]: RGB by luma (ITU-R BT.601 weights
 * 0.299, 0.587, 0.114), other channel counts by their mean. Used to show an input under its heatmap.
 */
export function grayLevels(data: ArrayLike<number>, layout: Layout, index: number, range?: readonly [number, number]): Float32Array {
  const { h, w, c } = layout;
  const offset = index * h * w * c;
  const [lo, hi] = resolveRange(data, offset, h * w * c, range);
  const weights = c === 3 ? [0.299, 0.587, 0.114] : new Array<number>(c).fill(1 / c);
  const out = new Float32Array(h * w);
  for (let p = 0; p < h * w; p++) {
    let s = 0;
    for (let k = 0; k < c; k++) s += weights[k]! * unit(data[offset + p * c + k]!, lo, hi);
    out[p] = s;
  }
  return out;
}

function render(data: ArrayLike<number>, shape: readonly number[], layout: Layout, options: ImageOptions): RgbaImage {
  checkValues("image", data, shape);
  const { n, h, w, c } = layout;
  check(c === 1 || c === 3, `image shape ${show(shape)} has ${c} channels; images are shown with 1 (grey) or 3 (RGB)`);
  const map = colormap(options.colormap ?? "gray");
  const zoom = resolveZoom(options.zoom, h, w);
  const tiles: RgbaImage[] = [];
  for (let i = 0; i < n; i++) {
    const offset = i * h * w * c;
    const [lo, hi] = resolveRange(data, offset, h * w * c, options.range);
    const rgba = new Uint8Array(h * w * 4);
    for (let p = 0; p < h * w; p++) {
      if (c === 3) {
        for (let k = 0; k < 3; k++) rgba[4 * p + k] = Math.round(255 * unit(data[offset + 3 * p + k]!, lo, hi));
      } else {
        const u = unit(data[offset + p]!, lo, hi);
        rgba.set(map(map.signed ? 2 * u - 1 : u), 4 * p);
      }
      rgba[4 * p + 3] = 255;
    }
    tiles.push(enlarge({ rgba, width: w, height: h }, zoom));
  }
  return row(tiles);
}

/** The given range (checked) or the values' own min…max, widened for a constant image. */
function resolveRange(data: ArrayLike<number>, offset: number, size: number, range?: readonly [number, number]): [number, number] {
  if (range !== undefined) {
    check(Array.isArray(range) && range.length === 2 && range.every((v) => Number.isFinite(v)) && range[0] < range[1], () => `range must be [low, high] with finite low < high, got ${show(range)}`);
    return [range[0], range[1]];
  }
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = offset; i < offset + size; i++) {
    const v = data[i]!;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return lo < hi ? [lo, hi] : [Math.min(lo, 0), Math.max(hi, 1)];
}

function unit(v: number, lo: number, hi: number): number {
  const u = (v - lo) / (hi - lo);
  return u < 0 ? 0 : u > 1 ? 1 : u;
}

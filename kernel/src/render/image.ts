/**
 * Pictures of inputs and prototypes themselves (a digit, a photograph, the image activation maximisation
 * found): grey or RGB, values mapped linearly from a range — the image's own min…max by default — to 0…255.
 */
import { check } from "../errors";
import { colormap, imagePixels, type ColorMap, type ColorMapName } from "../pixels";
import { enlarge } from "./figure";
import { row } from "./grid";
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

function render(data: ArrayLike<number>, shape: readonly number[], layout: Layout, options: ImageOptions): RgbaImage {
  checkValues("image", data, shape);
  const { n, h, w, c } = layout;
  check(c === 1 || c === 3, `image shape ${show(shape)} has ${c} channels; images are shown with 1 (grey) or 3 (RGB)`);
  const map = colormap(options.colormap ?? "gray");
  const zoom = resolveZoom(options.zoom, h, w);
  const tiles: RgbaImage[] = [];
  for (let i = 0; i < n; i++) {
    const rgba = imagePixels({ data, h, w, c, offset: i * h * w * c }, map, options.range);
    tiles.push(enlarge({ rgba: new Uint8Array(rgba.buffer), width: w, height: h }, zoom));
  }
  return row(tiles);
}

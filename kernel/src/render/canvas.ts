/**
 * Putting pictures together: nearest-neighbour enlargement, a row of images with gaps, a colour bar.
 * Pixel repetition (not smoothing) keeps every input pixel a crisp square, so a heatmap shows exactly
 * which pixel received the relevance.
 */
import { colorbarPixels, type ColorMap } from "../pixels";
import type { RgbaImage } from "./shape";

/** Pixels between the images of a row, and before a colour bar. */
export const GAP = 2;

/** Gaps and padding are transparent white: white on light pages, the page's own colour on dark ones. */
const BACKGROUND = [255, 255, 255, 0] as const;

/** An empty picture filled with the background. */
export function blank(width: number, height: number): RgbaImage {
  const rgba = new Uint8Array(width * height * 4);
  for (let i = 0; i < rgba.length; i += 4) rgba.set(BACKGROUND, i);
  return { rgba, width, height };
}

/** `src` with every pixel repeated `zoom`×`zoom` times. */
export function enlarge(src: RgbaImage, zoom: number): RgbaImage {
  if (zoom === 1) return src;
  const width = src.width * zoom;
  const height = src.height * zoom;
  const rgba = new Uint8Array(width * height * 4);
  const row = new Uint8Array(width * 4);
  for (let y = 0; y < src.height; y++) {
    for (let x = 0; x < src.width; x++) {
      const from = src.rgba.subarray((y * src.width + x) * 4, (y * src.width + x + 1) * 4);
      for (let k = 0; k < zoom; k++) row.set(from, (x * zoom + k) * 4);
    }
    for (let k = 0; k < zoom; k++) rgba.set(row, (y * zoom + k) * width * 4);
  }
  return { rgba, width, height };
}

/** The pictures side by side, top-aligned, `GAP` pixels apart. */
export function row(tiles: readonly RgbaImage[]): RgbaImage {
  if (tiles.length === 1) return tiles[0]!;
  const width = tiles.reduce((s, t) => s + t.width, 0) + GAP * (tiles.length - 1);
  const height = Math.max(...tiles.map((t) => t.height));
  const out = blank(width, height);
  let x0 = 0;
  for (const t of tiles) {
    for (let y = 0; y < t.height; y++) out.rgba.set(t.rgba.subarray(y * t.width * 4, (y + 1) * t.width * 4), (y * width + x0) * 4);
    x0 += t.width + GAP;
  }
  return out;
}

/** The width of the colour bar beside a picture of `height` pixels. */
export function colorbarWidth(height: number): number {
  return Math.max(8, Math.round(height / 14));
}

/**
 * A vertical strip showing `map` from its top end (t = 1) down to its bottom end (t = −1 for a signed map,
 * 0 for a sequential one), `height` pixels tall; row y shows t = top − (top − bottom)·y/(height − 1).
 */
export function colorbar(map: ColorMap, height: number): RgbaImage {
  const width = colorbarWidth(height);
  const steps = colorbarPixels(map, height);
  const rgba = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) rgba.set(steps.subarray(4 * y, 4 * y + 4), (y * width + x) * 4);
  return { rgba, width, height };
}

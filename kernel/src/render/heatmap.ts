/**
 * Heatmaps: relevance scores R_p of the input pixels (Montavon et al. 2018, §3–4) as colours. Scaling is
 * symmetric — the value `scale` maps to ±1 and 0 stays 0 — so that in the default red-white-blue map zero
 * relevance is always white, positive evidence red and negative evidence blue, whatever the magnitudes.
 * For colour inputs the relevance of a pixel is the sum over its channels (relevance is conserved, §4).
 */
import { XaiError, check } from "../errors";
import { colormap, DEFAULT_INPUT_ALPHA, greyLevels, heatmapPixels, maxAbs, pixelSums, type ColorMap, type ColorMapName } from "../pixels";
import { enlarge } from "./figure";
import { colorbar, row } from "./grid";
import { encodePng } from "./png";
import { checkValues, layoutOf, resolveZoom, show, type Layout, type Pixels, type RgbaImage } from "./shape";

export interface HeatmapOptions {
  /** Default "bwr". A sequential map shows R/scale on [0, 1]: negative relevance looks like zero (pass |R| to see magnitude). */
  colormap?: ColorMapName | ColorMap;
  /** The relevance shown at full colour (±1 of a signed map). Default: each image's max |R|; larger values are clamped. */
  scale?: number;
  /** The explained input, [H, W], [H, W, C] or [N, H, W, C] (N = 1 or the relevance's N), shown in grey under the heatmap. */
  input?: Pixels;
  /** The input values shown as black and white; default each input image's min…max. */
  inputRange?: readonly [number, number];
  /** How much of the grey input shows: 0 = heatmap only, 1 = input only. Needs `input`; default 0.3 (DEFAULT_INPUT_ALPHA) when an input is given. */
  alpha?: number;
  /** Pixel repetition factor; default: the least that makes the longer side ≥ 112 pixels. */
  zoom?: number;
  /** Append a vertical colour bar (top: +scale; bottom: −scale, or 0 for a sequential map). */
  colorbar?: boolean;
}

/**
 * Renders relevance of shape [H, W] or [H, W, C] (channels last, summed); a batch [N, H, W, C] becomes a
 * row (see `heatmapRow`). An all-zero relevance is all white in "bwr".
 */
export function heatmapRgba(relevance: ArrayLike<number>, shape: readonly number[], options: HeatmapOptions = {}): RgbaImage {
  return render(relevance, shape, layoutOf("relevance", shape), options);
}

/** Renders a batch of relevance, [N, H, W] or [N, H, W, C], as a row of heatmaps 2 pixels apart, each scaled on its own. */
export function heatmapRow(relevance: ArrayLike<number>, shape: readonly number[], options: HeatmapOptions = {}): RgbaImage {
  return render(relevance, shape, layoutOf("relevance", shape, true), options);
}

/** `heatmapRgba` encoded as a PNG file. */
export function renderHeatmapPng(relevance: ArrayLike<number>, shape: readonly number[], options: HeatmapOptions = {}): Buffer {
  const img = heatmapRgba(relevance, shape, options);
  return encodePng(img.rgba, img.width, img.height);
}

function render(relevance: ArrayLike<number>, shape: readonly number[], layout: Layout, options: HeatmapOptions): RgbaImage {
  check(options !== null && typeof options === "object", "heatmap options must be an object");
  checkValues("relevance", relevance, shape);
  const { n, h, w, c } = layout;
  const map = colormap(options.colormap ?? "bwr");
  const zoom = resolveZoom(options.zoom, h, w);
  const { scale } = options;
  check(
    scale === undefined || (typeof scale === "number" && Number.isFinite(scale) && scale > 0),
    () => `scale must be a positive finite number (the relevance shown at full colour), got ${String(scale)}`,
  );
  const under = resolveInput(options, layout);

  const tiles: RgbaImage[] = [];
  for (let i = 0; i < n; i++) {
    const r = pixelSums({ data: relevance, h, w, c, offset: i * h * w * c });
    const grey = under
      ? greyLevels({ data: under.input.data, h, w, c: under.layout.c, offset: (under.layout.n === 1 ? 0 : i) * h * w * under.layout.c }, options.inputRange)
      : undefined;
    const rgba = heatmapPixels(r, map, scale ?? maxAbs(r), grey && under ? { grey, alpha: under.alpha } : undefined);
    tiles.push(enlarge({ rgba: new Uint8Array(rgba.buffer), width: w, height: h }, zoom));
  }
  if (options.colorbar) tiles.push(colorbar(map, h * zoom));
  return row(tiles);
}

/** The checked input to show under the heatmap, if any, with its layout and blending weight. */
function resolveInput(options: HeatmapOptions, relevance: Layout): { input: Pixels; layout: Layout; alpha: number } | undefined {
  const { input, alpha } = options;
  check(
    alpha === undefined || (typeof alpha === "number" && alpha >= 0 && alpha <= 1),
    () => `alpha must be a number from 0 (heatmap only) to 1 (input only), got ${String(alpha)}`,
  );
  if (input === undefined) {
    if (alpha !== undefined) throw new XaiError("alpha blends the heatmap over the input image, but no input was given");
    return undefined;
  }
  check(input !== null && typeof input === "object" && Array.isArray(input.shape), "input must be { data, shape } (e.g. readImage()'s result)");
  const s = input.shape;
  // [H, W, C] when its first two axes match the heatmap, else [N, H, W]
  const batch = s.length === 4 || (s.length === 3 && !(s[0] === relevance.h && s[1] === relevance.w));
  const layout = layoutOf("input", s, batch);
  checkValues("input", input.data, s);
  check(
    layout.h === relevance.h && layout.w === relevance.w,
    () => `input shape ${show(s)} does not match the relevance: its images must be ${relevance.h}×${relevance.w}`,
  );
  check(
    layout.n === 1 || layout.n === relevance.n,
    () => `input shape ${show(s)} holds ${layout.n} images for ${relevance.n} heatmaps; give one input or one per heatmap`,
  );
  return { input, layout, alpha: alpha ?? DEFAULT_INPUT_ALPHA };
}

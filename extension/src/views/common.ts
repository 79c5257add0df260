/**
 * What every view shares: the view shape (`render(payload, el, context) → dispose`, as anywidget), DOM
 * helpers that only ever set text (payload strings are data, never markup), number and class-name
 * formatting as the kernel's captions print them, and drawing arrays onto canvases with the kernel's
 * pixel pipeline (xai-lab/pixels), so a widget and the PNG fallback of the same output show the same pixels.
 */
import {
  colormap,
  fmt,
  greyLevels as planeGreyLevels,
  heatmapPixels,
  imagePixels,
  pixelSums as planePixelSums,
  type ColorMap,
  type DenseArray,
  type HeatmapRecomputeRequest,
  type Plane,
} from "../contract";
export { fmt, className, maxAbs } from "../contract";

/** A recomputation a view may ask for: the request without the output's identity, which the renderer adds. */
export type RecomputeChange = Omit<HeatmapRecomputeRequest, "kind" | "secret" | "call">;

/** What a view receives besides its payload. */
export interface ViewContext {
  /** Present when this output may ask its kernel to recompute; resolves once the new payload is shown. */
  recompute?: (change: RecomputeChange) => Promise<void>;
  /** Why an output that has controls cannot recompute now (shown beside the disabled controls). */
  note?: string;
  /**
   * Present when the widget shows a view the user chose rather than the stored output: how it differs,
   * going back, and the code that computes it (inserted as a cell below; returned when it cannot be).
   */
  view?: { difference: string; reset(): void; insertCode(): string | null };
  /** Settings the user chose (colour map, opacity, selected layer...), kept across redraws of this output. */
  state: Record<string, unknown>;
  /** Calls `listener` when the output changes size; returns the unsubscribe function. */
  onResize(listener: () => void): () => void;
}

/** A view draws `payload` into `el` and returns the function that tears it down. */
export type View<P> = (payload: P, el: HTMLElement, context: ViewContext) => () => void;

/** A new element with a class and text content (textContent: never parsed as HTML). */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string, parent?: HTMLElement): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  if (parent) parent.appendChild(node);
  return node;
}

/** A labelled control: `<label>text <control></label>`. */
export function labelled<T extends HTMLElement>(text: string, control: T, parent: HTMLElement, className = "xai-field"): T {
  const label = h("label", className, undefined, parent);
  h("span", "xai-field-label", text, label);
  label.appendChild(control);
  return control;
}

/** A `<select>` of `options` ([value, label] pairs) with `value` selected. */
export function select(options: readonly (readonly [string, string])[], value: string, className: string): HTMLSelectElement {
  const s = h("select", className);
  for (const [v, label] of options) {
    const o = h("option", undefined, label, s);
    o.value = v;
  }
  s.value = value;
  return s;
}

/** Height, width and channels of an image-like array: [H, W], [H, W, C], or a flat vector (a row, or a square when it is one). */
export function imageLayout(a: DenseArray): { h: number; w: number; c: number } {
  const s = a.shape;
  if (s.length === 2) return { h: s[0]!, w: s[1]!, c: 1 };
  if (s.length >= 3) return { h: s[0]!, w: s[1]!, c: s.slice(2).reduce((x, y) => x * y, 1) };
  const n = s[0] ?? a.data.length;
  const side = Math.round(Math.sqrt(n));
  return side * side === n ? { h: side, w: side, c: 1 } : { h: 1, w: n, c: 1 };
}

/** The picture an image-like array holds, as the pixel pipeline reads it. */
export function planeOf(a: DenseArray): Plane {
  return { data: a.data, ...imageLayout(a) };
}

/** Per pixel, the sum over channels (relevance of a pixel is the sum over its colour channels). */
export function pixelSums(a: DenseArray): Float64Array {
  return planePixelSums(planeOf(a));
}

/** Grey levels 0…1 of an image, as the kernel draws an input under its heatmap (luma for RGB). */
export function greyLevels(a: DenseArray): Float32Array {
  return planeGreyLevels(planeOf(a));
}

/** The colour map called `name`, or bwr when the name is unknown (a payload from a newer kernel). */
export function mapNamed(name: string): ColorMap {
  try {
    return colormap(name);
  } catch {
    return colormap("bwr");
  }
}

/** Options of `paintMap`. */
export interface PaintOptions {
  map: ColorMap;
  /** The value drawn at full colour (symmetric: −scale…+scale for a signed map). */
  scale: number;
  /** Grey levels 0…1 of the input under the map, and how much of it shows (0: map only, 1: input only). */
  under?: { grey: ArrayLike<number>; alpha: number };
}

/** Draws per-pixel `values` (h × w) onto `canvas` at one canvas pixel per value; CSS scales it up. */
export function paintMap(canvas: HTMLCanvasElement, values: ArrayLike<number>, h: number, w: number, options: PaintOptions): void {
  put(canvas, heatmapPixels(values, options.map, options.scale, options.under), h, w);
}

/** Draws an image (RGB for 3 channels, else grey levels) onto `canvas`, as the kernel's PNG shows it. */
export function paintImage(canvas: HTMLCanvasElement, a: DenseArray): void {
  const plane = planeOf(a);
  put(canvas, imagePixels(plane, colormap("gray")), plane.h, plane.w);
}

/** Sets a canvas's displayed size: `zoom` screen pixels per array pixel, sharp edges. */
export function sizeCanvas(canvas: HTMLCanvasElement, h: number, w: number, zoom: number): void {
  canvas.style.width = `${w * zoom}px`;
  canvas.style.height = `${h * zoom}px`;
}

/** A zoom that makes the longer side about `side` screen pixels. */
export function zoomFor(h: number, w: number, side = 140): number {
  return Math.max(1, Math.round(side / Math.max(h, w, 1)));
}

/** The array pixel under a pointer event on a canvas drawn by paintMap/paintImage. */
export function pixelAt(canvas: HTMLCanvasElement, event: MouseEvent, h: number, w: number): { row: number; col: number } | null {
  const box = canvas.getBoundingClientRect();
  if (box.width === 0 || box.height === 0) return null;
  const col = Math.floor(((event.clientX - box.left) / box.width) * w);
  const row = Math.floor(((event.clientY - box.top) / box.height) * h);
  return row >= 0 && row < h && col >= 0 && col < w ? { row, col } : null;
}

/** A horizontal colour bar for `map` over −scale…+scale (or 0…scale), with its end values as text. */
export function colourBar(map: ColorMap, scale: number, parent: HTMLElement): HTMLElement {
  const bar = h("div", "xai-colourbar", undefined, parent);
  const canvas = h("canvas", "xai-colourbar-strip", undefined, bar);
  const steps = 64;
  const values = Array.from({ length: steps }, (_, i) => (map.signed ? -1 + (2 * i) / (steps - 1) : i / (steps - 1)));
  paintMap(canvas, values, 1, steps, { map, scale: 1 });
  const labels = h("div", "xai-colourbar-labels", undefined, bar);
  h("span", undefined, map.signed ? fmt(-scale) : "0", labels);
  if (map.signed) h("span", undefined, "0", labels);
  h("span", undefined, fmt(scale), labels);
  return bar;
}

/** A box that says what went wrong, in this output only. */
export function errorBox(el: HTMLElement, message: string): HTMLElement {
  const box = h("div", "xai-error", undefined, el);
  box.setAttribute("role", "alert");
  h("strong", undefined, "xai-lab cannot show this output: ", box);
  h("span", "xai-error-message", message, box);
  return box;
}

function put(canvas: HTMLCanvasElement, rgba: Uint8ClampedArray, h: number, w: number): void {
  canvas.width = w;
  canvas.height = h;
  const ctx = canvas.getContext("2d");
  if (!ctx) return;
  const image = ctx.createImageData(w, h);
  image.data.set(rgba);
  ctx.putImageData(image, 0, 0);
}

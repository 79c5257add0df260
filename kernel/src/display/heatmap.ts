/**
 * Heatmaps of explanations (Montavon et al. 2018, §3–5): one row per sample, the input first, then one
 * column per method, so methods can be compared on the same input side by side (§7 compares them so).
 * Each heatmap is captioned with what it explains: the target class, its score f_c(x) and Σ relevance,
 * which equals the score when the method conserves relevance.
 */
import type { Explanation } from "../attribution/explain";
import { XaiError, check } from "../errors";
import {
  entryCaptions,
  methodLabel,
  predictionCaption,
  PROTOCOL_VERSION,
  type ExplanationParameters,
  type HeatmapEntry,
  type HeatmapPayload,
  type HeatmapSample,
  type Session,
} from "../protocol";
import type { Values } from "./sources";
import { colormap as findColormap, DEFAULT_INPUT_ALPHA, imagePixels, maxAbs, pixelSums } from "../pixels";
import { enlarge, grid, heatmapRgba, type Cell, type RgbaImage } from "../render";
import { makeBundle, type DisplayBundle } from "./bundle";
import { fmt } from "../protocol/format";
import { isTensorLike, readValues, toDense, type Flat } from "./values";

/** Options of `show()` for explanations. */
export interface HeatmapOptions {
  /** The explained input (a tensor shaped like the explanation's relevance, or one sample of it), shown beside and under the heatmaps. */
  input?: Values;
  /** Names of the classes, by index. */
  classNames?: readonly string[];
  /** Colour map name; default "bwr" (red for, blue against), "hot" when every method is "sensitivity". */
  colormap?: string;
  /** How much of the grey input shows under the heatmap: 0 = none, 1 = only the input; default 0.3 (DEFAULT_INPUT_ALPHA) with an input. */
  alpha?: number;
  /** Pixel repetition in the PNG; default makes each picture at least 168 pixels on its longer side. */
  zoom?: number;
  title?: string;
  /** Show each sample as this shape, e.g. [28, 28] for flat 784-vectors; default: the sample's own shape. */
  imageShape?: readonly number[];
  /** At most this many samples of a batch are shown (default 16). */
  maxSamples?: number;
}

/** The PNG's pictures are enlarged to at least this many pixels on their longer side: room for captions. */
const MIN_SIDE = 168;
const DEFAULT_MAX_SAMPLES = 16;

/** The bundle showing `list` (explanations of the same input by different methods) side by side. */
export async function heatmapBundle(list: readonly Explanation[], options: HeatmapOptions, session: Session): Promise<DisplayBundle> {
  check(list.length > 0, "show() was given an empty list of explanations");
  const read: ReadExplanation[] = [];
  for (const [j, e] of list.entries()) read.push(await readExplanation(e, list.length > 1 ? `explanation ${j}` : "the explanation"));
  const first = read[0]!;
  read.forEach((r, j) => {
    check(
      sameShape(r.relevance.shape, first.relevance.shape) && r.n === first.n,
      () =>
        `explanations shown side by side must explain the same input: explanation ${j} has relevance of shape [${r.relevance.shape.join(", ")}], explanation 0 [${first.relevance.shape.join(", ")}]`,
    );
  });
  const n = first.n;
  const sampleShape = first.batched ? first.relevance.shape.slice(1) : first.relevance.shape;
  const size = sampleShape.reduce((a, b) => a * b, 1);
  const shape = displayShape(sampleShape, options.imageShape);
  const input = options.input === undefined ? undefined : await readInput(options.input, n, size, first.relevance.shape);
  const classNames = options.classNames === undefined ? undefined : checkClassNames(options.classNames);
  const methods = list.map((e) => e.method);
  const parameters: ExplanationParameters[] = list.map((e) => ({ ...(e.parameters ?? {}) }));
  const labels = methods.map((m, j) => methodLabel(m, parameters[j]));
  const map = options.colormap ?? (methods.every((m) => m === "sensitivity") ? "hot" : "bwr");
  const cmap = findColormap(map); // an unknown name fails here, listing the known ones
  const alpha = options.alpha ?? (input ? DEFAULT_INPUT_ALPHA : undefined);
  check(alpha === undefined || input !== undefined, "alpha blends the heatmap over the input image; pass options.input too");
  const max = options.maxSamples ?? DEFAULT_MAX_SAMPLES;
  check(Number.isInteger(max) && max >= 1, () => `maxSamples must be a positive integer, got ${String(max)}`);
  const shown = Math.min(n, max);
  const zoom = options.zoom ?? Math.max(1, Math.ceil(MIN_SIDE / Math.max(shape[0]!, shape[1]!)));

  const samples: HeatmapSample[] = [];
  const rows: Cell[][] = [];
  for (let i = 0; i < shown; i++) {
    const pixels = input ? { data: input.data.subarray(input.shared ? 0 : i * size, (input.shared ? 0 : i * size) + size), shape } : undefined;
    // An input explained window by window has no one prediction: its windows' predictions stand in.
    const windowed = read.find((r) => r.windows)?.windows;
    const sample: HeatmapSample = {
      ...(pixels ? { input: toDense(pixels.data, shape, "the input") } : {}),
      ...(windowed ? { windowPredictions: mergeRuns(windowed.map((w) => w.predicted)) } : { prediction: argMax(first.output, i) }),
      explanations: read.map((r, j): HeatmapEntry => ({
        method: methods[j]!,
        target: r.target[i]!,
        score: r.score[i]!,
        relevanceSum: r.relevanceSum[i]!,
        relevance: toDense(r.relevance.data, shape, `the relevance of ${methods[j]}`, i * size),
        ...(r.windows ? { windows: { count: r.windows.length, ownPrediction: ownPrediction(r.windows) } } : {}),
      })),
    };
    samples.push(sample);
    const row: Cell[] = [];
    const predicted = predictionCaption(sample, classNames);
    if (pixels) row.push({ image: inputPicture(pixels.data, shape, zoom), caption: [n > 1 ? `sample ${i}` : "input", ...(predicted ? [predicted] : [])] });
    read.forEach((r, j) => {
      const values = r.relevance.data.subarray(i * size, (i + 1) * size);
      // A colour bar beside each map, and its range: the map is scaled to its own largest |R| per pixel.
      const image = heatmapRgba(values, shape, {
        colormap: cmap,
        zoom,
        colorbar: true,
        ...(pixels ? { input: pixels, alpha: alpha! } : {}),
      });
      const top = maxAbs(pixelSums({ data: values, h: shape[0]!, w: shape[1]!, c: shape.length === 3 ? shape[2]! : 1 }));
      const range = cmap.signed ? `colour ±${fmt(top)}` : `colour 0…${fmt(top)}`;
      row.push({ image, caption: [...entryCaptions(sample.explanations[j]!, classNames), range] });
    });
    rows.push(row);
  }
  const title = options.title ?? `relevance: ${labels.join(", ")}`;
  const payload: HeatmapPayload = {
    version: PROTOCOL_VERSION,
    kind: "heatmap",
    title,
    session,
    methods,
    parameters,
    ...(classNames ? { classNames } : {}),
    samples,
    style: { colormap: map, alpha: alpha ?? 0, zoom },
  };
  const headers = [...(input ? ["input"] : []), ...labels];
  const footer = shown < n ? [`${n - shown} more samples not shown`] : [];
  const picture = grid(rows, { title, headers, footer });
  return makeBundle(payload, picture, summary(title, samples, n, classNames, labels));
}

/** Whether `v` looks like an Explanation (structurally: the display does not depend on how it was made). */
export function isExplanation(v: unknown): v is Explanation {
  if (v === null || typeof v !== "object") return false;
  const e = v as Partial<Record<keyof Explanation, unknown>>;
  return (
    typeof e.method === "string" &&
    isTensorLike(e.relevance) &&
    isTensorLike(e.output) &&
    Array.isArray(e.target) &&
    Array.isArray(e.score) &&
    Array.isArray(e.relevanceSum)
  );
}

/** A window of a sliding-window explanation, as the display reads it (structurally). */
interface WindowLike {
  y: number;
  x: number;
  predicted: number;
  target: number;
}

interface ReadExplanation {
  relevance: Flat & { data: Float32Array };
  output: Flat;
  batched: boolean;
  n: number;
  target: readonly number[];
  score: readonly number[];
  relevanceSum: readonly number[];
  /** The windows of a sliding-window explanation, in reading order (top to bottom, left to right). */
  windows?: WindowLike[];
}

async function readExplanation(e: Explanation, what: string): Promise<ReadExplanation> {
  const relevance = await readValues(e.relevance, `${what}'s relevance`);
  const output = await readValues(e.output, `${what}'s output`);
  const batched = output.shape.length === 2;
  const n = batched ? output.shape[0]! : 1;
  check(
    e.target.length === n && e.score.length === n && e.relevanceSum.length === n,
    () => `${what} is inconsistent: ${n} samples, but ${e.target.length} targets, ${e.score.length} scores, ${e.relevanceSum.length} relevance sums`,
  );
  check(
    !batched || relevance.shape[0] === n,
    () => `${what} is inconsistent: its relevance of shape [${relevance.shape.join(", ")}] does not hold ${n} samples`,
  );
  const windows = windowsOf(e);
  return {
    relevance: { shape: relevance.shape, data: Float32Array.from(relevance.data) },
    output,
    batched,
    n,
    target: e.target,
    score: e.score,
    relevanceSum: e.relevanceSum,
    ...(windows ? { windows } : {}),
  };
}

/** The windows of a sliding-window explanation (`tricks.slidingWindow`), sorted in reading order; undefined for others. */
function windowsOf(e: Explanation): WindowLike[] | undefined {
  const list = (e as { windows?: unknown }).windows;
  if (!Array.isArray(list) || list.length === 0) return undefined;
  const ok = list.every(
    (w: Partial<WindowLike> | null) => w !== null && typeof w === "object" && [w.y, w.x, w.predicted, w.target].every((v) => Number.isInteger(v)),
  );
  return ok ? (list as WindowLike[]).slice().sort((a, b) => a.y - b.y || a.x - b.x) : undefined;
}

/** Whether every window explained its own prediction (rather than one class given for all). */
function ownPrediction(windows: readonly WindowLike[]): boolean {
  return windows.every((w) => w.target === w.predicted) && new Set(windows.map((w) => w.target)).size > 1;
}

/** `values` with runs of equal neighbours merged: [4, 4, 7, 2, 2] → [4, 7, 2]. */
function mergeRuns(values: readonly number[]): number[] {
  return values.filter((v, i) => i === 0 || v !== values[i - 1]);
}

/** A sample's shape as a picture: [H, W] or [H, W, C]; a flat vector of a square size becomes a square. */
function displayShape(sampleShape: readonly number[], requested: readonly number[] | undefined): number[] {
  const size = sampleShape.reduce((a, b) => a * b, 1);
  if (requested !== undefined) {
    check(
      Array.isArray(requested) && requested.length >= 2 && requested.length <= 3 && requested.every((d) => Number.isInteger(d) && d > 0),
      () => `imageShape must be [H, W] or [H, W, C], got ${JSON.stringify(requested)}`,
    );
    const want = requested.reduce((a, b) => a * b, 1);
    check(want === size, () => `imageShape [${requested.join(", ")}] holds ${want} values, but each sample has ${size} ([${sampleShape.join(", ")}])`);
    return requested.slice();
  }
  if (sampleShape.length === 2 || sampleShape.length === 3) return sampleShape.slice();
  if (sampleShape.length === 1) {
    const side = Math.round(Math.sqrt(size));
    return side * side === size ? [side, side] : [1, size];
  }
  throw new XaiError(`cannot draw samples of shape [${sampleShape.join(", ")}] as pictures; pass options.imageShape ([H, W] or [H, W, C])`);
}

async function readInput(v: Values, n: number, size: number, relevanceShape: readonly number[]): Promise<{ data: Float32Array; shared: boolean }> {
  const { data, shape } = await readValues(v, "options.input");
  const count = data.length;
  check(
    count === n * size || count === size,
    () =>
      `options.input has shape [${shape.join(", ")}], but the explanation's relevance has shape [${relevanceShape.join(", ")}]; pass the input that was explained`,
  );
  return { data: Float32Array.from(data), shared: count === size && n > 1 };
}

/** The input as the widget draws it (pixels/): grey or RGB, any other channel count as the mean of its channels. */
function inputPicture(data: Float32Array, shape: readonly number[], zoom: number): RgbaImage {
  const [h, w] = shape as [number, number];
  const rgba = imagePixels({ data, h, w, c: shape.length === 3 ? shape[2]! : 1 }, findColormap("gray"));
  return enlarge({ rgba: new Uint8Array(rgba.buffer), width: w, height: h }, zoom);
}

function checkClassNames(names: readonly string[]): string[] {
  check(Array.isArray(names) && names.every((s) => typeof s === "string"), "classNames must be a list of strings");
  return names.slice();
}

function argMax(output: Flat, sample: number): number {
  const classes = output.shape[output.shape.length - 1]!;
  let best = 0;
  for (let k = 1; k < classes; k++) if (output.data[sample * classes + k]! > output.data[sample * classes + best]!) best = k;
  return best;
}

function sameShape(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((d, i) => d === b[i]);
}

function summary(title: string, samples: readonly HeatmapSample[], n: number, classNames: readonly string[] | undefined, labels: readonly string[]): string {
  const lines = [`xai-lab heatmap — ${title} (${n} sample${n === 1 ? "" : "s"})`];
  samples.forEach((s, i) => {
    const parts = s.explanations.map((e, j) => `${labels[j]}: ${entryCaptions(e, classNames).join(", ")}`);
    lines.push(`  ${n > 1 ? `sample ${i}, ` : ""}${predictionCaption(s, classNames) ?? ""}; ${parts.join("; ")}`);
  });
  if (samples.length < n) lines.push(`  (${n - samples.length} more samples not shown)`);
  return lines.join("\n");
}

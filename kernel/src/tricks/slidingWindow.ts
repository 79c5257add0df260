/**
 * Sliding-window explanations (methods.md §5; Montavon et al. 2018, §5) for inputs larger than the
 * model's input: slide the classifier window over the large input, explain every window, add the window
 * heatmaps back into the large frame and average where windows overlap. The per-window logits say
 * what the model sees where, which is how a small classifier scans a large scene.
 *
 *   const s = await xai.tricks.slidingWindow(model, scene, { stride: 14, method: "epsilon-plus-flat" });
 *   s.relevance; s.windows[0].predicted; s.dispose();
 */
import * as tf from "@tensorflow/tfjs";
import type { ExplainOptions } from "../attribution/explain";
import { classCount } from "../attribution/validate";
import { ready } from "../backend";
import { check, describeValue } from "../errors";
import { imageInputShape, withExplainer, type ModelLike } from "../attribution/modelLike";
import { explainInChunks, positiveInteger, trickResult, type TrickExplanation } from "./common";

export interface SlidingWindowOptions extends Omit<ExplainOptions, "target" | "layers"> {
  /** Step between windows in pixels, one for both axes or [dy, dx]; default half the window. */
  readonly stride?: number | readonly [number, number];
  /** The class explained in every window, or "predicted" (default): each window's own predicted class. */
  readonly target?: number | "predicted";
  /** Add windows flush with the bottom and right border when the stride does not reach it (default true), so every pixel is covered. */
  readonly cover?: boolean;
  /** Windows per explain call (default 256). */
  readonly batchSize?: number;
}

/** One window: its top-left corner in the large frame and what the model says there. */
export interface WindowResult {
  readonly y: number;
  readonly x: number;
  readonly logits: number[];
  readonly predicted: number;
  /** The explained class and its logit. */
  readonly target: number;
  readonly score: number;
}

/**
 * The large frame's explanation, an Explanation summarising the windows: `output` is the mean of the
 * window logits, `target` the class given (with "predicted": the class most windows predict; each
 * window still explains its own prediction, see `windows`), `score` the mean explained window logit.
 */
export interface SlidingWindowExplanation extends TrickExplanation {
  readonly windows: WindowResult[];
  /** Window height and width (the model's input). */
  readonly window: readonly [number, number];
  readonly stride: readonly [number, number];
  /** How many windows cover each pixel, [H'][W']. */
  readonly coverage: number[][];
}

/** Explains the large image `input` ([1, H', W', C] or [H', W', C]) window by window; the relevance is shaped like `input`. */
export async function slidingWindow(model: ModelLike, input: tf.Tensor, options: SlidingWindowOptions = {}): Promise<SlidingWindowExplanation> {
  await ready();
  check(options !== null && typeof options === "object", () => `options must be an object, got ${describeValue(options)}`);
  const { stride: strideOption, target = "predicted", cover = true, batchSize: batchOption = 256, ...explainOptions } = options;
  const batchSize = positiveInteger(batchOption, "batchSize");
  return withExplainer(model, async (explainer) => {
    const [h, w, c] = imageInputShape(explainer, "the sliding window");
    check(input instanceof tf.Tensor, () => `the input must be a tf.Tensor [1, H, W, ${c}], got ${describeValue(input)}`);
    const single = input.rank === 3;
    check(input.rank === 4 || single, `the input must be one large image [1, H, W, ${c}] or [H, W, ${c}], got shape [${input.shape.join(", ")}]`);
    check(
      single || input.shape[0] === 1,
      `the sliding window explains one large image at a time; got a batch of ${input.shape[0]} (shape [${input.shape.join(", ")}])`,
    );
    const [bigH, bigW, bigC] = (single ? input.shape : input.shape.slice(1)) as [number, number, number];
    check(bigC === c, `the input has ${bigC} channels but the model takes ${c}`);
    check(bigH >= h && bigW >= w, `the input ${bigH}×${bigW} is smaller than the model's window ${h}×${w}`);
    const stride = strides(strideOption, h, w);
    const classes = classCount(explainer.graph);
    check(
      target === "predicted" || (typeof target === "number" && Number.isInteger(target) && target >= 0 && target < classes),
      () => `target must be "predicted" or a class index from 0 to ${classes - 1}, got ${describeValue(target)}`,
    );
    const ys = positions(bigH, h, stride[0], cover);
    const xs = positions(bigW, w, stride[1], cover);
    const corners = ys.flatMap((y) => xs.map((x) => [y, x] as [number, number]));
    const windows = tf.tidy(() => {
      const image = tf.cast(single ? input : tf.squeeze(input, [0]), "float32") as tf.Tensor3D;
      return tf.stack(corners.map(([y, x]) => tf.slice(image, [y, x, 0], [h, w, c])));
    });
    let explained: { relevance: tf.Tensor; logits: tf.Tensor; method: string };
    try {
      explained = await explainInChunks(
        explainer,
        windows,
        explainOptions,
        target === "predicted" ? undefined : corners.map(() => target),
        batchSize,
        "the sliding window",
      );
    } finally {
      windows.dispose();
    }
    let relevanceData: Float32Array;
    let logitData: Float32Array;
    try {
      relevanceData = (await explained.relevance.data()) as Float32Array;
      logitData = (await explained.logits.data()) as Float32Array;
    } finally {
      explained.relevance.dispose();
      explained.logits.dispose();
    }
    const sum = new Float64Array(bigH * bigW * c);
    const count = new Float64Array(bigH * bigW);
    corners.forEach(([y0, x0], k) => {
      for (let y = 0; y < h; y++)
        for (let x = 0; x < w; x++) {
          const pixel = (y0 + y) * bigW + (x0 + x);
          count[pixel]! += 1;
          for (let ch = 0; ch < c; ch++) sum[pixel * c + ch]! += relevanceData[((k * h + y) * w + x) * c + ch]!;
        }
    });
    const average = Float32Array.from(sum, (v, i) => {
      const n = count[Math.floor(i / c)]!;
      return n > 0 ? v / n : 0;
    });
    const results = corners.map(([y, x], k): WindowResult => {
      const logits = Array.from(logitData.subarray(k * classes, (k + 1) * classes));
      const predicted = logits.indexOf(Math.max(...logits));
      const t = target === "predicted" ? predicted : target;
      return { y, x, logits, predicted, target: t, score: logits[t]! };
    });
    const relevance = tf.tensor(average, single ? [bigH, bigW, c] : [1, bigH, bigW, c]);
    const coverage = Array.from({ length: bigH }, (_, y) => Array.from(count.subarray(y * bigW, (y + 1) * bigW)));
    const meanLogits = Array.from({ length: classes }, (_, k) => results.reduce((sum, r) => sum + r.logits[k]!, 0) / results.length);
    const output = single ? tf.tensor1d(meanLogits) : tf.tensor2d([meanLogits], [1, classes]);
    const frameTarget = target === "predicted" ? mostCommon(results.map((r) => r.predicted)) : target;
    const score = results.reduce((sum, r) => sum + r.score, 0) / results.length;
    return trickResult(
      { method: explained.method, relevance, output, target: [frameTarget], score: [score], relevanceSum: [average.reduce((a, b) => a + b, 0)] },
      { windows: results, window: [h, w] as const, stride, coverage },
    );
  });
}

function strides(option: SlidingWindowOptions["stride"], h: number, w: number): [number, number] {
  if (option === undefined) return [Math.max(1, Math.floor(h / 2)), Math.max(1, Math.floor(w / 2))];
  const pair = typeof option === "number" ? [option, option] : option;
  check(
    Array.isArray(pair) && pair.length === 2 && pair.every((s) => typeof s === "number" && Number.isInteger(s) && s > 0),
    () => `stride must be a positive integer or [dy, dx] of positive integers, got ${describeValue(option)}`,
  );
  return [pair[0]!, pair[1]!];
}

/** Window offsets along one axis: 0, s, 2s, ... while the window fits, plus the flush one when `cover`. */
function positions(size: number, window: number, stride: number, cover: boolean): number[] {
  const out: number[] = [];
  for (let p = 0; p + window <= size; p += stride) out.push(p);
  if (cover && out[out.length - 1] !== size - window) out.push(size - window);
  return out;
}

/** The most frequent value (the smallest among ties). */
function mostCommon(values: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0];
}

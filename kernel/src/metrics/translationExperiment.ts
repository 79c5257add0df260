/**
 * The paper's continuity experiment (methods.md §6; Montavon et al. 2018, §6): a digit translated one
 * pixel at a time, the relevance of each method pooled per image quadrant along the way, and the
 * continuity of those pooled maps. Returns plain numbers, ready to plot against the shift.
 */
import * as tf from "@tensorflow/tfjs";
import { ready } from "../backend";
import { check, describeValue } from "../errors";
import { checkpoint, reportedAs } from "../interrupt";
import { shiftImages } from "../tricks/shift";
import { continuity } from "./continuity";
import { methodSpec, type Better, type MethodLike } from "./metric";
import { imageInputShape, withExplainer, type ModelLike } from "../attribution/modelLike";

export interface PathOptions {
  /** Number of one-step moves (default 8): the path has steps + 1 images. */
  readonly steps?: number;
  /** Pixels moved down and right per step (default 0 and 1: a horizontal walk). */
  readonly dy?: number;
  readonly dx?: number;
  /** Value entering at the border (default 0). */
  readonly fill?: number;
}

/** The image `x` ([H, W, C] or [1, H, W, C]) translated step by step: a tensor [steps + 1, H, W, C] the caller disposes. */
export function translationPath(x: tf.Tensor, options: PathOptions = {}): tf.Tensor4D {
  const { steps = 8, dy = 0, dx = 1, fill = 0 } = options;
  check(
    x instanceof tf.Tensor && (x.rank === 3 || (x.rank === 4 && x.shape[0] === 1)),
    () => `translationPath needs one image [H, W, C] or [1, H, W, C], got ${describeValue(x)}`,
  );
  check(Number.isInteger(steps) && steps >= 1, `steps must be a positive integer, got ${steps}`);
  check(Number.isInteger(dy) && Number.isInteger(dx) && (dy !== 0 || dx !== 0), `dy and dx must be whole pixels, not both 0, got (${dy}, ${dx})`);
  const [h, w] = x.rank === 3 ? x.shape : x.shape.slice(1);
  check(Math.abs(dy * steps) < h! && Math.abs(dx * steps) < w!, `${steps} steps of (${dy}, ${dx}) move the ${h}×${w} image out of the frame`);
  return tf.tidy(() => {
    const image = tf.cast(x.rank === 3 ? tf.expandDims(x, 0) : x, "float32") as tf.Tensor4D;
    return tf.concat(Array.from({ length: steps + 1 }, (_, k) => shiftImages(image, k * dy, k * dx, fill)));
  });
}

/**
 * Relevance summed per image quadrant (top-left, top-right, bottom-left, bottom-right) and over
 * channels, for maps [T, H, W, C] or [T, H, W]. With an odd size the middle row/column goes to the bottom/right.
 */
export async function poolQuadrants(relevance: tf.Tensor): Promise<number[][]> {
  check(
    relevance instanceof tf.Tensor && (relevance.rank === 3 || relevance.rank === 4),
    () => `poolQuadrants needs maps [T, H, W, C] or [T, H, W], got ${describeValue(relevance)}`,
  );
  const [t, h, w] = relevance.shape as [number, number, number];
  const c = relevance.rank === 4 ? relevance.shape[3]! : 1;
  check(h >= 2 && w >= 2, `the maps ${h}×${w} are too small to have quadrants`);
  const data = await relevance.data();
  const out: number[][] = [];
  for (let i = 0; i < t; i++) {
    const q = [0, 0, 0, 0];
    for (let y = 0; y < h; y++)
      for (let x = 0; x < w; x++)
        for (let ch = 0; ch < c; ch++) q[(y < Math.floor(h / 2) ? 0 : 2) + (x < Math.floor(w / 2) ? 0 : 1)]! += data[((i * h + y) * w + x) * c + ch]!;
    out.push(q);
  }
  return out;
}

export interface TranslationContinuityOptions extends PathOptions {
  /** Methods to compare (names or specs); default sensitivity, gradient-x-input (simple Taylor) and zplus (deep Taylor). */
  readonly methods?: readonly MethodLike[];
  /** The class explained all along the path; default the predicted class of the unshifted image. */
  readonly target?: number;
}

/** One method along the translation path. */
export interface TranslationCurve {
  readonly method: string;
  /** Relevance per quadrant [T][4] (top-left, top-right, bottom-left, bottom-right). */
  readonly quadrants: number[][];
  /** Continuity of the pooled relevance along the path (lower is better). */
  readonly continuity: number;
  /** The consecutive ratios ‖ΔR‖₁ / ‖Δx‖₂. */
  readonly ratios: (number | null)[];
}

export interface TranslationContinuity {
  readonly metric: "continuity";
  readonly better: Better;
  /** Pixels moved at each point of the path (0, 1, ..., steps times the step length). */
  readonly shift: number[];
  readonly target: number;
  /** The explained logit along the path. */
  readonly score: number[];
  readonly methods: TranslationCurve[];
}

/** The paper's translation experiment on one image `x`: plain numbers, ready to plot. */
export async function translationContinuity(model: ModelLike, x: tf.Tensor, options: TranslationContinuityOptions = {}): Promise<TranslationContinuity> {
  await ready();
  const specs = (options.methods ?? ["sensitivity", "gradient-x-input", "zplus"]).map(methodSpec);
  check(specs.length > 0, "give at least one method");
  return reportedAs("the translation experiment", () =>
    withExplainer(model, async (explainer) => {
      imageInputShape(explainer, "the translation experiment");
      const path = translationPath(x, options);
      try {
        const logits = explainer.logits(path);
        const classes = logits.shape[1]!;
        let logitData: Float32Array;
        try {
          logitData = (await logits.data()) as Float32Array;
        } finally {
          logits.dispose();
        }
        const target = options.target ?? argmax(logitData.subarray(0, classes));
        check(Number.isInteger(target) && target >= 0 && target < classes, `target ${target} is out of range: the model has ${classes} classes`);
        const methods: TranslationCurve[] = [];
        for (const spec of specs) {
          await checkpoint("the translation experiment");
          const e = await explainer.explain(path, { ...spec, layers: false, target });
          try {
            const quadrants = await poolQuadrants(e.relevance);
            const c = await continuity(path, quadrants);
            methods.push({ method: spec.method, quadrants, continuity: c.value, ratios: c.ratios });
          } finally {
            e.dispose();
          }
        }
        const step = Math.hypot(options.dy ?? 0, options.dx ?? 1);
        return {
          metric: "continuity",
          better: "lower",
          shift: Array.from({ length: path.shape[0] }, (_, k) => k * step),
          target,
          score: Array.from({ length: path.shape[0] }, (_, k) => logitData[k * classes + target]!),
          methods,
        };
      } finally {
        path.dispose();
      }
    }),
  );
}

function argmax(values: ArrayLike<number>): number {
  let best = 0;
  for (let i = 1; i < values.length; i++) if (values[i]! > values[best]!) best = i;
  return best;
}

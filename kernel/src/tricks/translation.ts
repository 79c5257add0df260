/**
 * The translation trick (methods.md §5; Montavon et al. 2018, §5): explain shifted copies of the
 * input, shift each heatmap back, average. Strided convolutions and pooling make heatmaps depend on
 * where the object sits on the stride grid (checkerboard artefacts); averaging over small shifts
 * removes that dependence. For rules whose relevance on a zero input is zero (ε, z+, LRP-0, with a
 * fill of 0) nothing is lost at the border, so the average sums to the mean of f over the shifted inputs
 * when the rule is conservative.
 *
 *   const t = await xai.tricks.translationTrick(model, x, { method: "epsilon-plus-flat", shifts: 1 });
 *   t.relevance; t.dispose();
 */
import * as tf from "@tensorflow/tfjs";
import type { ExplainOptions } from "../attribution/explain";
import { classCount, resolveTargets } from "../attribution/validate";
import { ready } from "../backend";
import { check, describeValue } from "../errors";
import { imageInputShape, withExplainer, type ModelLike } from "../attribution/modelLike";
import { explainInChunks, positiveInteger, sumsPerSample, trickResult, type TrickExplanation } from "./common";
import { shiftImages } from "./shift";

export interface TranslationOptions extends ExplainOptions {
  /** s: every shift (dy, dx) in [−s, s]² (default 1: nine shifts); or an explicit list of [dy, dx]. */
  readonly shifts?: number | readonly (readonly [number, number])[];
  /** Value entering at the border of a shifted input (default 0). */
  readonly fill?: number;
  /** Shifted inputs per explain call (default 256). */
  readonly batchSize?: number;
}

/**
 * The averaged explanation, an Explanation whose `output` is the mean of the logits over the shifted
 * inputs, `score` the mean explained logit (what a conservative rule's relevance sums to) and `target`
 * the class explained in every shift.
 */
export interface TranslationExplanation extends TrickExplanation {
  /** The shifts used, [dy, dx]. */
  readonly shifts: [number, number][];
}

/** The translation-averaged explanation of `x` ([N, H, W, C] or one image [H, W, C]); shaped like x. */
export async function translationTrick(model: ModelLike, x: tf.Tensor, options: TranslationOptions = {}): Promise<TranslationExplanation> {
  await ready();
  check(options !== null && typeof options === "object", () => `options must be an object, got ${describeValue(options)}`);
  const { shifts: shiftOption = 1, fill = 0, batchSize: batchOption = 256, target, layers: _layers, ...explainOptions } = options;
  const batchSize = positiveInteger(batchOption, "batchSize");
  check(typeof fill === "number" && Number.isFinite(fill), () => `fill must be a finite number, got ${describeValue(fill)}`);
  return withExplainer(model, async (explainer) => {
    const [h, w, c] = imageInputShape(explainer, "the translation trick");
    check(x instanceof tf.Tensor, () => `the input must be a tf.Tensor [N, ${h}, ${w}, ${c}], got ${describeValue(x)}`);
    const single = x.rank === 3;
    check(
      (x.rank === 4 || single) && sameDims(x.shape.slice(single ? 0 : 1), [h, w, c]),
      `the input of shape [${x.shape.join(", ")}] does not match the model input [N, ${h}, ${w}, ${c}]`,
    );
    const shifts = shiftList(shiftOption, h, w);
    const batch = tf.tidy(() => tf.cast(single ? tf.expandDims(x, 0) : x, "float32")) as tf.Tensor4D;
    try {
      const n = batch.shape[0];
      check(n > 0, "empty data: the input holds no sample");
      const targets = await resolveTargets(target, n, classCount(explainer.graph), () => explainer.logits(batch));
      const shifted = tf.tidy(() => tf.concat(shifts.map(([dy, dx]) => shiftImages(batch, dy, dx, fill))));
      let explained: { relevance: tf.Tensor; logits: tf.Tensor; method: string };
      try {
        explained = await explainInChunks(
          explainer,
          shifted,
          explainOptions,
          shifts.flatMap(() => targets),
          batchSize,
          "the translation trick",
        );
      } finally {
        shifted.dispose();
      }
      const { relevance: all, logits, method } = explained;
      const classes = logits.shape[1]!;
      let logitData: Float32Array;
      try {
        logitData = (await logits.data()) as Float32Array;
      } catch (e) {
        all.dispose();
        throw e;
      } finally {
        logits.dispose();
      }
      const mean = tf.tidy(() => {
        const back = shifts.map(([dy, dx], s) => shiftImages(tf.slice(all, [s * n, 0, 0, 0], [n, h, w, c]) as tf.Tensor4D, -dy, -dx, 0));
        return tf.div(tf.addN(back), shifts.length);
      });
      all.dispose();
      let sums: number[];
      try {
        sums = await sumsPerSample(mean);
      } catch (e) {
        mean.dispose();
        throw e;
      }
      const averaged = single ? tf.tidy(() => tf.squeeze(mean, [0])) : mean;
      if (averaged !== mean) mean.dispose();
      const meanLogits = Array.from({ length: n }, (_, i) =>
        Array.from({ length: classes }, (_, k) => shifts.reduce((sum, _, s) => sum + logitData[(s * n + i) * classes + k]!, 0) / shifts.length),
      );
      const output = single ? tf.tensor1d(meanLogits[0]!) : tf.tensor2d(meanLogits, [n, classes]);
      const score = targets.map((t, i) => meanLogits[i]![t]!);
      return trickResult({ method, relevance: averaged, output, target: targets, score, relevanceSum: sums }, { shifts });
    } finally {
      batch.dispose();
    }
  });
}

function shiftList(shifts: TranslationOptions["shifts"], h: number, w: number): [number, number][] {
  if (typeof shifts === "number") {
    check(Number.isInteger(shifts) && shifts >= 0, `shifts must be a non-negative integer s (all shifts in [−s, s]²) or a list of [dy, dx], got ${shifts}`);
    check(shifts < h && shifts < w, `shifts ${shifts} would move the ${h}×${w} input out of the frame`);
    const range = Array.from({ length: 2 * shifts + 1 }, (_, i) => i - shifts);
    return range.flatMap((dy) => range.map((dx) => [dy, dx] as [number, number]));
  }
  check(Array.isArray(shifts) && shifts.length > 0, () => `shifts must be a number or a non-empty list of [dy, dx], got ${describeValue(shifts)}`);
  return shifts.map((s, i) => {
    check(
      Array.isArray(s) && s.length === 2 && s.every((d) => Number.isInteger(d)),
      () => `shift ${i} must be [dy, dx] in whole pixels, got ${JSON.stringify(s)}`,
    );
    check(Math.abs(s[0]) < h && Math.abs(s[1]) < w, `shift [${s[0]}, ${s[1]}] moves the ${h}×${w} input out of the frame`);
    return [s[0], s[1]] as [number, number];
  });
}

function sameDims(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((d, i) => d === b[i]);
}

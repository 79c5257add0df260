/**
 * Selectivity by pixel-flipping (methods.md §6; Montavon et al. 2018, §6 "Quality of explanations"):
 * remove the most relevant patch, record the model's score, repeat until every patch is gone. A good
 * explanation points at the evidence the model uses, so the score falls fast and the area under the
 * curve is low. The paper averages the curve over many examples; the random order is the baseline.
 *
 *   const r = await xai.metrics.pixelFlipping(model, xs, { method: "alpha2beta1" }, { patch: 4 });
 *   r.curve, r.meanAuc, r.better  // "lower"
 */
import * as tf from "@tensorflow/tfjs";
import { ready } from "../backend";
import { reportedAs } from "../interrupt";
import { areaUnderCurve, meanCurve } from "./auc";
import { flipBatched } from "./batched";
import { type Better } from "./metric";
import { withExplainer, type ModelLike } from "../attribution/modelLike";
import { betterFor, type Ordering } from "./ordering";
import { disposePlan, makePlan, type PixelFlippingOptions, type RelevanceSource, type ScoreKind } from "./plan";
import { flipOneAtATime } from "./reference";

export type { PixelFlippingOptions, RelevanceSource, ExplanationLike, ScoreKind } from "./plan";

/** A pixel-flipping curve: plain numbers, nothing to dispose, ready for a plot, a table or JSON. */
export interface SelectivityResult {
  readonly metric: "pixel-flipping";
  /** Which direction of the AUC is better: "lower" for most-relevant-first (and random), "higher" for least-relevant-first. */
  readonly better: Better;
  /** The method whose relevance ordered the patches ("given" for a bare tensor, "random" for the baseline). */
  readonly method: string;
  /** Whether relevance was recomputed after every removal. */
  readonly recomputed: boolean;
  readonly order: Ordering;
  /** The replacement of removed patches, as a label ("0", "mean (pixel)", "blur (gaussian σ=2)"). */
  readonly replace: string;
  readonly score: ScoreKind;
  readonly patch: readonly [number, number];
  /** Number of patches in the image. */
  readonly patches: number;
  /** Number of removals K. */
  readonly steps: number;
  /** The x axis: 0, 1, ..., K patches removed. */
  readonly removed: number[];
  /** The explained class of each example. */
  readonly target: number[];
  /** Score after 0..K removals, per example [N][K + 1]. */
  readonly curves: number[][];
  /** The mean curve over the examples [K + 1]. */
  readonly curve: number[];
  /** Area under each example's curve (trapezoid, divided by K). */
  readonly auc: number[];
  /** Mean of `auc`: the number to compare methods by. */
  readonly meanAuc: number;
  /** The patches removed, in order, per example [N][K]. */
  readonly removalOrder: number[][];
}

/**
 * Pixel-flipping of `xs` ([N, H, W, C], or one image [H, W, C]) under `model`, ordering patches by
 * `relevance`: fixed maps (a tensor shaped like xs, or [N, H, W]; or an Explanation of xs), a method
 * (name or `{ method, ...options }`) recomputed after each removal, or null with `order: "random"`.
 */
export async function pixelFlipping(
  model: ModelLike,
  xs: tf.Tensor,
  relevance: RelevanceSource,
  options: PixelFlippingOptions = {},
): Promise<SelectivityResult> {
  await ready();
  return reportedAs("pixel-flipping", () =>
    withExplainer(model, async (explainer) => {
      const plan = await makePlan(explainer, xs, relevance, options);
      try {
        const run = options.mode === "one-at-a-time" ? flipOneAtATime : flipBatched;
        const { curves, removalOrders } = await run(explainer, plan, options.onProgress);
        const auc = curves.map(areaUnderCurve);
        return {
          metric: "pixel-flipping",
          better: betterFor(plan.order),
          method: plan.method,
          recomputed: plan.source.kind === "recompute",
          order: plan.order,
          replace: plan.replace,
          score: plan.score,
          patch: plan.grid.patch,
          patches: plan.grid.count,
          steps: plan.steps,
          removed: Array.from({ length: plan.steps + 1 }, (_, k) => k),
          target: plan.targets,
          curves,
          curve: meanCurve(curves),
          auc,
          meanAuc: auc.reduce((a, b) => a + b, 0) / auc.length,
          removalOrder: removalOrders,
        };
      } finally {
        disposePlan(plan);
      }
    }),
  );
}
/** Most-relevant-first pixel-flipping: a lower area under the curve is better. */
pixelFlipping.better = "lower" as Better;
pixelFlipping.metric = "pixel-flipping" as const;

/**
 * The words under a heatmap, the same in the kernel's PNG and text summary and in the widget: what the
 * input is predicted as and what each map explains. An input explained window by window (the sliding
 * window) is not one prediction: its captions say what the windows predict and explain.
 */
import { className, fmt } from "./format";
import type { HeatmapEntry, HeatmapSample } from "./payload";

/** "predicted 3", or for a windowed input "windows predict 4, 7, 2"; null when nothing is known. */
export function predictionCaption(sample: HeatmapSample, classNames?: readonly string[]): string | null {
  if (sample.windowPredictions) return `windows predict ${sample.windowPredictions.map((c) => className(c, classNames)).join(", ")}`;
  return sample.prediction === undefined ? null : `predicted ${className(sample.prediction, classNames)}`;
}

/**
 * What a map explains and its numbers: "target 3", "score 9.9", "ΣR 9.8"; for a windowed map "target 7 in
 * each of 9 windows" (or "each of 9 windows: its prediction"), "mean window logit 6.5", "ΣR …".
 */
export function entryCaptions(entry: HeatmapEntry, classNames?: readonly string[]): [what: string, score: string, sum: string] {
  const sum = `ΣR ${fmt(entry.relevanceSum)}`;
  if (!entry.windows) return [`target ${className(entry.target, classNames)}`, `score ${fmt(entry.score)}`, sum];
  const { count, ownPrediction } = entry.windows;
  return [
    ownPrediction ? `each of ${count} windows: its prediction` : `target ${className(entry.target, classNames)} in each of ${count} windows`,
    `mean window logit ${fmt(entry.score)}`,
    sum,
  ];
}

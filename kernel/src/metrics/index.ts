/**
 * Quality of explanations (methods.md §6): selectivity by pixel-flipping and continuity. Every metric
 * is a plain function that says, on itself (`pixelFlipping.better`) and on its results (`r.better`),
 * whether lower or higher is better.
 */
export { pixelFlipping, type SelectivityResult, type PixelFlippingOptions, type RelevanceSource, type ExplanationLike, type ScoreKind } from "./pixelFlipping";
export { compareSelectivity, type CompareOptions, type SelectivityComparison, type SelectivityRow } from "./compare";
export { continuity, type ContinuityOptions, type ContinuityResult, type PathLike } from "./continuity";
export {
  translationPath,
  poolQuadrants,
  translationContinuity,
  type PathOptions,
  type TranslationContinuityOptions,
  type TranslationContinuity,
  type TranslationCurve,
} from "./translationExperiment";
export {
  maxToyModel,
  maxToyField,
  maxToyPath,
  maxToyContinuity,
  MAX_TOY_METHODS,
  type GridOptions,
  type RelevanceField,
  type RelevanceVectors,
  type MaxToyContinuity,
  type PathOptions as MaxToyPathOptions,
} from "./maxToy";
export { areaUnderCurve, meanCurve } from "./auc";
export { patchGrid, type PatchGrid, type EdgePolicy } from "./patches";
export { blur, type Replacement, type MeanSpec, type BlurOptions } from "./removal";
export { ORDERINGS, type Ordering } from "./ordering";
export type { Better, MethodSpec, MethodLike } from "./metric";
export type { ModelLike } from "../attribution/modelLike";

/**
 * The paper's tricks for better heatmaps (methods.md §5): the translation trick and sliding-window
 * explanations of inputs larger than the model's input.
 */
export { translationTrick, type TranslationOptions, type TranslationExplanation } from "./translation";
export { slidingWindow, type SlidingWindowOptions, type SlidingWindowExplanation, type WindowResult } from "./slidingWindow";
export { shiftImages } from "./shift";
export type { TrickExplanation } from "./common";

/**
 * `show(obj, options)`: the one way to display xai-lab results in a notebook. tslab prints a cell's
 * value with console.log (util.inspect) and has no rich-display hook for objects, so results do not
 * display themselves; `show` sends one bundle — the xai-lab payload for the JupyterLab widget, a PNG
 * and a text summary — as a display_data message of the running cell. Outside a kernel it prints the
 * summary and returns the bundle.
 */
import * as tf from "@tensorflow/tfjs";
import type { Explanation, LayerRelevance } from "../attribution/explain";
import { relevanceMessages, type RelevanceMessages } from "../attribution/messages";
import { XaiError, check } from "../errors";
import { MIME_TYPE } from "../protocol";
import type { CurveSource, PrototypeSetSource, SelectivityComparisonLike, SelectivityLike } from "./sources";
import type { DisplayBundle } from "./bundle";
import { makeInteractive, type InteractiveOptions } from "./callback";
import { curveBundle, isCurve, isSelectivity, isSelectivityComparison, selectivityCurves, type CurveOptions } from "./curve";
import { flowBundle, isLayerRelevance, type FlowOptions } from "./flow";
import { heatmapBundle, isExplanation, type HeatmapOptions } from "./heatmap";
import { isPrototypeSet, prototypesBundle, type PrototypeOptions } from "./prototypes";
import { newSession } from "./session";
import { kernelWriter } from "./tslab";
import { readValues } from "./values";
import { describeValue } from "../errors";

/** Everything `show()` can display. */
export type Showable =
  | Explanation
  | readonly Explanation[]
  | readonly LayerRelevance[]
  | CurveSource
  | readonly CurveSource[]
  | SelectivityLike
  | readonly SelectivityLike[]
  | SelectivityComparisonLike
  | PrototypeSetSource;

/** Options of `show()`; each kind of result reads the ones that apply to it. */
export interface ShowOptions extends HeatmapOptions, FlowOptions, CurveOptions, PrototypeOptions, InteractiveOptions {
  /** For an explanation: "heatmap" (default) or "flow", its relevance per layer (explain with `layers: true`). */
  view?: "heatmap" | "flow";
}

/**
 * Displays `obj` in the running notebook cell (resolves to undefined there, so the cell does not also
 * print the bundle), or, outside a kernel, prints its text summary and resolves to the bundle. Async:
 * tensors are read with `await t.data()` (`await xai.show(e, ...)` in a notebook).
 */
export async function show(obj: Showable, options: ShowOptions = {}): Promise<DisplayBundle | undefined> {
  // The writer of the cell that called show(): found before the first await, so that a cell that goes on
  // to other work cannot receive this output in its place.
  const writer = kernelWriter();
  const bundle = await displayBundle(obj, options);
  const payload = bundle[MIME_TYPE];
  if (writer) {
    writer({ data: { ...bundle }, metadata: {}, transient: { display_id: payload.session.call } }, false);
    return undefined;
  }
  process.stdout.write(bundle["text/plain"] + "\n");
  return bundle;
}

/** The bundle `show()` would send for `obj`, without sending it. */
export async function displayBundle(obj: unknown, options: ShowOptions = {}): Promise<DisplayBundle> {
  check(options !== null && typeof options === "object" && !Array.isArray(options), () => `show() options must be an object, got ${describeValue(options)}`);
  const session = newSession();
  if (isExplanation(obj)) {
    if (options.view === "flow") {
      check(obj.layers !== undefined, "this explanation has no relevance per layer: explain with { layers: true } to show its flow");
      const messages = options.model && options.input !== undefined ? await flowMessages(obj, options) : undefined;
      return flowBundle(obj.layers, { method: obj.method, targets: obj.target, scores: obj.score }, options, session, messages);
    }
    check(options.view === undefined || options.view === "heatmap", () => `view must be "heatmap" or "flow", got ${describeValue(options.view)}`);
    return interactive(await heatmapBundle([obj], options, session), [obj], options);
  }
  if (Array.isArray(obj)) {
    check(obj.length > 0, "show() was given an empty list; pass explanations, layers or curves");
    if (obj.every(isExplanation)) return interactive(await heatmapBundle(obj, options, session), obj, options);
    if (obj.every(isLayerRelevance)) return flowBundle(obj, {}, options, session);
    if (obj.every(isCurve)) return curveBundle(obj, options, session);
    if (obj.every(isSelectivity)) return curveBundle(selectivityCurves(obj), options, session);
    const bad = obj.findIndex((x) => !isExplanation(x) && !isLayerRelevance(x) && !isCurve(x) && !isSelectivity(x));
    throw new XaiError(
      bad >= 0
        ? `show() cannot display item ${bad} of the list (${describeValue(obj[bad])}); ${WHAT}`
        : `show() was given a list mixing kinds of results; show each kind on its own`,
    );
  }
  if (isCurve(obj)) return curveBundle([obj], options, session);
  if (isSelectivity(obj)) return curveBundle(selectivityCurves([obj]), options, session);
  if (isSelectivityComparison(obj)) return curveBundle(selectivityCurves(obj.baseline ? [...obj.results, obj.baseline] : obj.results), options, session);
  if (isPrototypeSet(obj)) return prototypesBundle(obj, options, session);
  throw new XaiError(`show() cannot display ${describeValue(obj)}; ${WHAT}`);
}

const WHAT =
  "it shows an explanation (from xai.explain), a list of explanations of the same input (side by side), e.layers (relevance per layer), a curve { x, y } or a list of curves, pixel-flipping results (xai.metrics) and prototypes (xai.prototype)";

/**
 * The relevance messages between the explanation's layers, recomputed by the engine with the explanation's
 * own method, targets and parameters on the model and input that `options` name.
 */
async function flowMessages(e: Explanation, options: ShowOptions): Promise<RelevanceMessages> {
  const { shape, data } = await readValues(options.input, "options.input");
  const x = tf.tensor(Float32Array.from(data), shape);
  try {
    return await relevanceMessages(options.model!, x, {
      ...(e.parameters ?? {}),
      method: e.method,
      target: e.target,
      ...(options.top !== undefined ? { top: options.top } : {}),
    });
  } finally {
    x.dispose();
  }
}

/** With `options.model` and `options.input`, the widget may ask this kernel to recompute (callback.ts). */
async function interactive(bundle: DisplayBundle, list: readonly Explanation[], options: ShowOptions): Promise<DisplayBundle> {
  await makeInteractive(bundle, list, options);
  return bundle;
}

/**
 * Comparing methods by selectivity, as in the paper's MNIST figure: the same examples, patches and
 * replacement for every method, plus the seeded random order as the baseline every method should beat.
 */
import * as tf from "@tensorflow/tfjs";
import { ready } from "../backend";
import { check } from "../errors";
import { methodSpec, type Better, type MethodLike } from "./metric";
import { withExplainer, type ModelLike } from "../attribution/modelLike";
import { betterFor } from "./ordering";
import { pixelFlipping, type PixelFlippingOptions, type SelectivityResult } from "./pixelFlipping";

export interface CompareOptions extends PixelFlippingOptions {
  /** Also run the random order (default true). */
  readonly baseline?: boolean;
}

/** One row of the comparison table. */
export interface SelectivityRow {
  readonly method: string;
  readonly meanAuc: number;
  /** meanAuc of the method minus that of the random baseline (negative = better than random for most-relevant-first). */
  readonly vsRandom: number | null;
}

export interface SelectivityComparison {
  readonly metric: "pixel-flipping";
  readonly better: Better;
  /** One result per method, in the order given. */
  readonly results: SelectivityResult[];
  /** The random order's result, unless `baseline: false`. */
  readonly baseline: SelectivityResult | null;
  /** Method, mean AUC and the difference to random, methods first, then "random". */
  readonly table: SelectivityRow[];
}

/** Pixel-flipping of `xs` for each of `methods` (names or specs) and the random baseline, on one prepared model. */
export async function compareSelectivity(
  model: ModelLike,
  xs: tf.Tensor,
  methods: readonly MethodLike[],
  options: CompareOptions = {},
): Promise<SelectivityComparison> {
  await ready();
  check(Array.isArray(methods), "methods must be a list of method names or specs");
  const specs = methods.map(methodSpec);
  const { baseline: withBaseline = true, onProgress, ...flip } = options;
  check(specs.length > 0 || withBaseline, "nothing to compare: give at least one method (or keep the random baseline)");
  check(flip.order !== "random", 'compareSelectivity runs the random baseline itself; choose "most-relevant-first" or "least-relevant-first"');
  const runs = specs.length + (withBaseline ? 1 : 0);
  return withExplainer(model, async (explainer) => {
    const results: SelectivityResult[] = [];
    const progress = (done: number) => (onProgress ? (f: number) => onProgress((done + f) / runs) : undefined);
    for (const spec of specs) results.push(await pixelFlipping(explainer, xs, spec, { ...flip, onProgress: progress(results.length) }));
    const baseline = withBaseline ? await pixelFlipping(explainer, xs, null, { ...flip, order: "random", onProgress: progress(results.length) }) : null;
    const row = (r: SelectivityResult): SelectivityRow => ({ method: r.method, meanAuc: r.meanAuc, vsRandom: baseline ? r.meanAuc - baseline.meanAuc : null });
    return {
      metric: "pixel-flipping",
      better: betterFor(flip.order ?? "most-relevant-first"),
      results,
      baseline,
      table: [...results.map(row), ...(baseline ? [row(baseline)] : [])],
    };
  });
}
compareSelectivity.better = "lower" as Better;

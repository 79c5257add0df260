/**
 * Everything a pixel-flipping run needs, checked and resolved once before any model work: the images,
 * the patch grid, the replacement values, the targets and where each step's patch comes from. The
 * batched run and the one-at-a-time reference both execute the same plan, so they can be compared.
 */
import * as tf from "@tensorflow/tfjs";
import type { Explainer } from "../attribution/explain";
import { classCount, resolveTargets } from "../attribution/validate";
import { check, describeValue } from "../errors";
import { methodSpec, type MethodSpec } from "./metric";
import { imageInputShape } from "../attribution/modelLike";
import { checkOrdering, randomOrders, rankPatches, type Ordering } from "./ordering";
import { patchGrid, patchRelevance, type EdgePolicy, type PatchGrid } from "./patches";
import { describeReplacement, replacementValues, type RemovalOptions } from "./removal";

/**
 * Where the relevance comes from: fixed maps (a tensor [N, H, W, C] or [N, H, W], or an Explanation of
 * `xs`), a method recomputed on the partly removed input after every step (the paper's procedure), or
 * nothing (random order only).
 */
export type RelevanceSource = tf.Tensor | ExplanationLike | MethodSpec | string | null;

/** Anything with a relevance tensor, such as the result of `explain`. */
export interface ExplanationLike {
  readonly relevance: tf.Tensor;
  readonly method?: string;
  readonly target?: readonly number[];
}

/** The measured score: the target's logit (default) or its softmax probability. */
export type ScoreKind = "logit" | "probability";

export interface PixelFlippingOptions extends RemovalOptions {
  /** Patch side, or [height, width]; default 4 (49 patches on 28×28 MNIST). */
  readonly patch?: number | readonly [number, number];
  /** "exact" (default): the patch must divide the image; "partial": smaller patches at the border. */
  readonly edge?: EdgePolicy;
  /** Default "most-relevant-first". */
  readonly order?: Ordering;
  /** Seed of the "random" order (default 0). */
  readonly seed?: number;
  /** Number of removals K (default: every patch). */
  readonly steps?: number;
  /** The class whose score is tracked, one for all or one per example; default the explanation's, else the predicted class. */
  readonly target?: number | readonly number[];
  /** "logit" (default) or "probability". */
  readonly score?: ScoreKind;
  /** With a method: recompute relevance after every removal (default true); false explains once. */
  readonly recompute?: boolean;
  /** Examples per forward pass or explain call (default: all of them). */
  readonly batchSize?: number;
  /** "batched" (default) or "one-at-a-time", the reference that evaluates one input per forward pass. */
  readonly mode?: "batched" | "one-at-a-time";
  /** Called with the fraction of the work done (0 to 1) after every step. */
  readonly onProgress?: (fraction: number) => void;
}

/** Where each step's patch comes from. */
export type PatchSource =
  | { readonly kind: "fixed"; readonly orders: number[][] }
  | { readonly kind: "recompute"; readonly spec: MethodSpec; readonly order: Exclude<Ordering, "random"> };

export interface Plan {
  /** The images as float32 [N, H, W, C]; owned by the plan. */
  readonly xs: tf.Tensor4D;
  /** Replacement values shaped like xs; owned by the plan. */
  readonly base: tf.Tensor4D;
  readonly grid: PatchGrid;
  readonly steps: number;
  readonly order: Ordering;
  readonly targets: number[];
  readonly score: ScoreKind;
  readonly source: PatchSource;
  readonly method: string;
  readonly replace: string;
  readonly batchSize: number;
}

/** Checks every argument and builds the plan (explaining once when a method is not recomputed). Dispose with `disposePlan`. */
export async function makePlan(explainer: Explainer, xsIn: tf.Tensor, relevance: RelevanceSource, options: PixelFlippingOptions): Promise<Plan> {
  check(options !== null && typeof options === "object", () => `options must be an object, got ${describeValue(options)}`);
  const [h, w, c] = imageInputShape(explainer, "pixel-flipping");
  check(xsIn instanceof tf.Tensor, () => `the inputs must be a tf.Tensor [N, ${h}, ${w}, ${c}], got ${describeValue(xsIn)}`);
  const single = xsIn.rank === 3;
  check(
    (xsIn.rank === 4 || single) && sameDims(xsIn.shape.slice(single ? 0 : 1), [h, w, c]),
    `the inputs of shape [${xsIn.shape.join(", ")}] do not match the model input [N, ${h}, ${w}, ${c}]`,
  );
  const n = single ? 1 : xsIn.shape[0]!;
  check(n > 0, "empty data: the inputs hold no example");
  const grid = patchGrid(h, w, options.patch ?? 4, options.edge ?? "exact");
  const order = checkOrdering(options.order ?? "most-relevant-first");
  const steps = options.steps ?? grid.count;
  check(Number.isInteger(steps) && steps >= 1 && steps <= grid.count, `steps must be an integer from 1 to ${grid.count} (the number of patches), got ${steps}`);
  const score = options.score ?? "logit";
  check(score === "logit" || score === "probability", () => `score must be "logit" or "probability", got ${describeValue(score)}`);
  const batchSize = options.batchSize ?? n;
  check(Number.isInteger(batchSize) && batchSize > 0, `batchSize must be a positive integer, got ${batchSize}`);
  check(
    options.mode === undefined || options.mode === "batched" || options.mode === "one-at-a-time",
    () => `mode must be "batched" or "one-at-a-time", got ${describeValue(options.mode)}`,
  );
  check(options.onProgress === undefined || typeof options.onProgress === "function", "onProgress must be a function (fraction) => void");

  const kind = sourceKind(relevance, order);
  if (kind === "spec") check(options.recompute === undefined || typeof options.recompute === "boolean", "recompute must be true or false");
  const spec = kind === "spec" ? methodSpec(relevance as MethodSpec | string) : null;

  const xs = tf.tidy(() => tf.cast(single ? tf.expandDims(xsIn, 0) : xsIn, "float32")) as tf.Tensor4D;
  let base: tf.Tensor4D | null = null;
  try {
    await checkFinite(xs, "the inputs");
    const classes = classCount(explainer.graph);
    const given = options.target ?? (kind === "explanation" ? (relevance as ExplanationLike).target : undefined);
    const targets = await resolveTargets(given, n, classes, () => explainer.logits(xs));
    base = replacementValues(xs, grid.patch, options);
    const common = { xs, base, grid, steps, order, targets, score, batchSize, replace: describeReplacement(options, grid.patch) };
    if (order === "random") return { ...common, method: "random", source: { kind: "fixed", orders: randomOrders(n, grid.count, options.seed ?? 0) } };
    if (spec && options.recompute !== false) return { ...common, method: spec.method, source: { kind: "recompute", spec, order } };
    let maps: tf.Tensor;
    let method: string;
    if (spec) {
      const e = await explainer.explain(xs, { ...spec, layers: false, target: targets });
      maps = e.relevance;
      e.output.dispose();
      method = spec.method;
    } else {
      maps = kind === "tensor" ? (relevance as tf.Tensor) : (relevance as ExplanationLike).relevance;
      method = kind === "tensor" ? "given" : ((relevance as ExplanationLike).method ?? "given");
    }
    try {
      const data = await relevanceData(maps, n, h, w, c, single && !spec);
      const sums = patchRelevance(grid, data.values, n, data.channels);
      return { ...common, method, source: { kind: "fixed", orders: sums.map((s) => rankPatches(s, order)) } };
    } finally {
      if (spec) maps.dispose();
    }
  } catch (e) {
    xs.dispose();
    base?.dispose();
    throw e;
  }
}

export function disposePlan(plan: Plan): void {
  plan.xs.dispose();
  plan.base.dispose();
}

/** The tracked score of each row of `logits` [B, classes] for the targets starting at `offset`. */
export async function readScores(logits: tf.Tensor, plan: Plan, offset: number): Promise<number[]> {
  let values = await logits.data();
  if (plan.score === "probability") {
    const p = tf.softmax(logits as tf.Tensor2D);
    values = await p.data();
    p.dispose();
  }
  const classes = logits.shape[1]!;
  const out: number[] = [];
  for (let i = 0; i < logits.shape[0]!; i++) out.push(values[i * classes + plan.targets[offset + i]!]!);
  return out;
}

function sourceKind(relevance: RelevanceSource, order: Ordering): "tensor" | "explanation" | "spec" | "none" {
  if (relevance instanceof tf.Tensor) return "tensor";
  if (typeof relevance === "string") return "spec";
  if (relevance === null || relevance === undefined) {
    check(order === "random", `pixel-flipping in the order "${order}" needs relevance: a tensor, an explanation, or a method such as { method: "zplus" }`);
    return "none";
  }
  check(typeof relevance === "object", () => `relevance must be a tensor, an explanation or a method spec, got ${describeValue(relevance)}`);
  if ("relevance" in relevance && relevance.relevance instanceof tf.Tensor) return "explanation";
  check(
    "method" in relevance && typeof relevance.method === "string",
    () => `relevance must be a tensor, an explanation or a method spec { method, ... }, got ${describeValue(relevance)}`,
  );
  return "spec";
}

/** Relevance values laid out [N, H, W, C'] with C' = C or 1 (maps without a channel axis). */
async function relevanceData(
  maps: tf.Tensor,
  n: number,
  h: number,
  w: number,
  c: number,
  single: boolean,
): Promise<{ values: Float32Array; channels: number }> {
  // One image may come with its relevance batched ([1, H, W, C]) or not ([H, W, C]).
  const batchedAlready = sameDims(maps.shape, [1, h, w, c]) || sameDims(maps.shape, [1, h, w]);
  const shape = single && !batchedAlready ? [1, ...maps.shape] : maps.shape;
  const withChannels = sameDims(shape, [n, h, w, c]);
  check(
    withChannels || sameDims(shape, [n, h, w]),
    `the relevance of shape [${maps.shape.join(", ")}] does not match the inputs: expected [${single ? "" : `${n}, `}${h}, ${w}, ${c}] or [${single ? "" : `${n}, `}${h}, ${w}]`,
  );
  const values = (await maps.data()) as Float32Array;
  const bad = values.findIndex((v) => !Number.isFinite(v));
  check(bad < 0, `the relevance contains NaN or Infinity (first at element ${bad})`);
  return { values: Float32Array.from(values), channels: withChannels ? c : 1 };
}

async function checkFinite(x: tf.Tensor, what: string): Promise<void> {
  const data = await x.data();
  const bad = data.findIndex((v) => !Number.isFinite(v));
  check(bad < 0, `${what} contain NaN or Infinity (first at element ${bad})`);
}

function sameDims(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((d, i) => d === b[i]);
}

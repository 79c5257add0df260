/**
 * Continuity of explanations (methods.md §6; Montavon et al. 2018, §6): nearly equal inputs should get
 * nearly equal explanations. Over a path of inputs the measure is
 * `max ‖R(x) − R(x')‖₁ / ‖x − x'‖₂` (lower is better). The paper's experiment walks a digit across the
 * frame one pixel at a time and pools relevance per image quadrant (translationExperiment.ts);
 * gradient-based maps jump, deep Taylor / LRP maps move smoothly with the digit.
 */
import * as tf from "@tensorflow/tfjs";
import { check, describeValue } from "../errors";
import type { Better } from "./metric";

/** A path of T points: a tensor [T, ...] or a list of T equally long number lists. */
export type PathLike = tf.Tensor | readonly (readonly number[])[];

export interface ContinuityOptions {
  /** "consecutive" (default): neighbours along the path; "all": every pair of distinct points. */
  readonly pairs?: "consecutive" | "all";
}

export interface ContinuityResult {
  readonly metric: "continuity";
  readonly better: Better;
  /** The maximum ratio ‖ΔR‖₁ / ‖Δx‖₂ over the pairs. */
  readonly value: number;
  readonly pairs: "consecutive" | "all";
  /** The pair [i, j] where the maximum is reached. */
  readonly argmax: readonly [number, number];
  /** The ratio of each consecutive pair (i, i+1); null where the two inputs are equal. */
  readonly ratios: (number | null)[];
}

/** Continuity of `relevances` (one per point of the input path `inputs`, any shape per point, e.g. pooled). */
export async function continuity(inputs: PathLike, relevances: PathLike, options: ContinuityOptions = {}): Promise<ContinuityResult> {
  const xs = await rows(inputs, "inputs");
  const rs = await rows(relevances, "relevances");
  check(xs.length === rs.length, `the path has ${xs.length} inputs but ${rs.length} relevances; give one relevance per input`);
  check(xs.length >= 2, `continuity needs a path of at least two inputs, got ${xs.length}`);
  const pairs = options.pairs ?? "consecutive";
  check(pairs === "consecutive" || pairs === "all", () => `pairs must be "consecutive" or "all", got ${describeValue(pairs)}`);
  const ratio = (i: number, j: number): number | null => {
    const dx = Math.sqrt(xs[i]!.reduce((s, v, q) => s + (v - xs[j]![q]!) ** 2, 0));
    if (dx === 0) return null;
    return rs[i]!.reduce((s, v, q) => s + Math.abs(v - rs[j]![q]!), 0) / dx;
  };
  const ratios = xs.slice(1).map((_, i) => ratio(i, i + 1));
  let value = -Infinity;
  let argmax: [number, number] = [0, 1];
  const consider = (i: number, j: number, r: number | null) => {
    if (r !== null && r > value) [value, argmax] = [r, [i, j]];
  };
  if (pairs === "consecutive") ratios.forEach((r, i) => consider(i, i + 1, r));
  else for (let i = 0; i < xs.length; i++) for (let j = i + 1; j < xs.length; j++) consider(i, j, ratio(i, j));
  check(value > -Infinity, "every pair of inputs on the path is identical; continuity needs distinct inputs");
  return { metric: "continuity", better: "lower", value, pairs, argmax, ratios };
}
continuity.better = "lower" as Better;
continuity.metric = "continuity" as const;

async function rows(path: PathLike, name: string): Promise<number[][]> {
  if (path instanceof tf.Tensor) {
    check(path.rank >= 1 && path.shape[0]! > 0, `${name}: the path tensor of shape [${path.shape.join(", ")}] holds no point`);
    const t = path.shape[0]!;
    const data = Array.from(await path.data());
    const per = data.length / t;
    return Array.from({ length: t }, (_, i) => data.slice(i * per, (i + 1) * per));
  }
  check(
    Array.isArray(path) && path.every((r) => Array.isArray(r) && r.every((v) => typeof v === "number" && Number.isFinite(v))),
    () => `${name} must be a tensor [T, ...] or a list of number lists, got ${describeValue(path)}`,
  );
  check(
    path.every((r) => r.length === path[0]!.length),
    `${name}: every point of the path needs the same number of values`,
  );
  return path.map((r) => [...r]);
}

/**
 * Curves on shared axes, e.g. pixel-flipping (Montavon et al. 2018, §7): the class score as the most
 * relevant patches are destroyed first. A steeper fall (smaller area under the curve) means the
 * explanation found what the model really uses, so the legend carries each curve's AUC.
 */
import { XaiError, check } from "../errors";
import { PROTOCOL_VERSION, type CurvePayload, type CurveSeries, type Session } from "../protocol";
import type { CurveSource, SelectivityComparisonLike, SelectivityLike } from "./sources";
import { makeBundle, type DisplayBundle } from "./bundle";
import { fmt } from "../protocol/format";
import { linePlot } from "../render";
import { round } from "./values";

export interface CurveOptions {
  title?: string;
  xLabel?: string;
  yLabel?: string;
}

/** The bundle showing `curves` on one plot. */
export async function curveBundle(curves: readonly CurveSource[], options: CurveOptions, session: Session): Promise<DisplayBundle> {
  check(curves.length > 0, "show() was given an empty list of curves");
  const series: CurveSeries[] = curves.map((c, i) => readCurve(c, curves.length > 1 ? `curve ${i}` : "the curve", i));
  const pick = <K extends "xLabel" | "yLabel" | "title">(key: K): string | undefined => options[key] ?? curves.find((c) => typeof c[key] === "string")?.[key];
  const higher = curves.find((c) => typeof c.higherIsBetter === "boolean")?.higherIsBetter;
  const xLabel = pick("xLabel") ?? "x";
  const yLabel = pick("yLabel") ?? "y";
  const title = pick("title") ?? (series.length === 1 ? series[0]!.label : `${yLabel} vs ${xLabel}`);
  const payload: CurvePayload = {
    version: PROTOCOL_VERSION,
    kind: "curve",
    title,
    session,
    xLabel,
    yLabel,
    ...(higher !== undefined ? { higherIsBetter: higher } : {}),
    series,
  };
  const legend = series.map((s) => ({ label: s.auc !== undefined ? `${s.label} (AUC ${fmt(s.auc)})` : s.label, x: s.x, y: s.y }));
  const picture = linePlot(legend, { title, xLabel, yLabel });
  const lines = [`xai-lab curve — ${title}`];
  for (const s of series)
    lines.push(
      `  ${s.label}: ${s.x.length} points, ${yLabel} from ${fmt(s.y[0]!)} to ${fmt(s.y[s.y.length - 1]!)}${s.auc !== undefined ? `, AUC ${fmt(s.auc)}` : ""}`,
    );
  if (higher !== undefined && series.some((s) => s.auc !== undefined)) lines.push(`  (${higher ? "higher" : "lower"} AUC is better)`);
  return makeBundle(payload, picture, lines.join("\n"));
}

/** Whether `v` looks like a curve: x and y arrays. */
export function isCurve(v: unknown): v is CurveSource {
  if (v === null || typeof v !== "object") return false;
  const c = v as { x?: unknown; y?: unknown };
  return isNumberList(c.x) && isNumberList(c.y);
}

/** Whether `v` is a pixel-flipping result (`xai.metrics.pixelFlipping`). */
export function isSelectivity(v: unknown): v is SelectivityLike {
  if (v === null || typeof v !== "object") return false;
  const r = v as Partial<Record<keyof SelectivityLike, unknown>>;
  return r.metric === "pixel-flipping" && isNumberList(r.removed) && isNumberList(r.curve) && typeof r.meanAuc === "number";
}

/** Whether `v` is a comparison of pixel-flipping results (`xai.metrics.compareSelectivity`). */
export function isSelectivityComparison(v: unknown): v is SelectivityComparisonLike {
  if (v === null || typeof v !== "object") return false;
  const c = v as Partial<Record<keyof SelectivityComparisonLike, unknown>>;
  return c.metric === "pixel-flipping" && Array.isArray(c.results) && c.results.every(isSelectivity) && (c.baseline === null || isSelectivity(c.baseline));
}

/**
 * Pixel-flipping results as curves: the mean score against the number of patches removed, labelled by
 * method, with the mean AUC (Montavon et al. 2018, §6: lower is better when the most relevant go first).
 */
export function selectivityCurves(results: readonly SelectivityLike[]): CurveSource[] {
  return results.map((r) => ({
    x: r.removed,
    y: r.curve,
    label: r.method,
    auc: r.meanAuc,
    xLabel: `patches removed${r.patch ? ` (${r.patch.join("×")} pixels${r.replace ? `, replaced by ${r.replace}` : ""})` : ""}`,
    yLabel: r.score ?? "score",
    higherIsBetter: r.better === "higher",
    title: `pixel-flipping${r.order ? `, ${r.order}` : ""}`,
  }));
}

function readCurve(c: CurveSource, what: string, i: number): CurveSeries {
  const x = Array.from(c.x, Number);
  const y = Array.from(c.y, Number);
  check(x.length > 0, `${what} has no points`);
  check(y.length === x.length, `${what} has ${x.length} x values but ${y.length} y values`);
  [x, y].forEach((values, axis) =>
    values.forEach((v, k) => {
      if (!Number.isFinite(v)) throw new XaiError(`${what}: ${axis ? "y" : "x"}[${k}] is ${v}; curves need finite values`);
    }),
  );
  check(c.auc === undefined || (typeof c.auc === "number" && Number.isFinite(c.auc)), `${what}: auc must be a finite number`);
  const label = typeof c.label === "string" ? c.label : typeof c.method === "string" ? c.method : `curve ${i}`;
  return { label, x: x.map(round), y: y.map(round), ...(c.auc !== undefined ? { auc: c.auc } : {}) };
}

function isNumberList(v: unknown): boolean {
  return (Array.isArray(v) || ArrayBuffer.isView(v)) && typeof (v as ArrayLike<unknown>).length === "number";
}

/**
 * The area under a pixel-flipping curve (methods.md §6): the trapezoid rule over the recorded scores
 * after 0..K removals, divided by K so that curves with different numbers of steps compare (the
 * result is the curve's mean height).
 */
import { check } from "../errors";

/** Trapezoid area under `values` (K + 1 points, unit spacing) divided by K. */
export function areaUnderCurve(values: readonly number[]): number {
  check(values.length >= 2, `an area under the curve needs at least two points, got ${values.length}`);
  let area = 0;
  for (let k = 0; k + 1 < values.length; k++) area += (values[k]! + values[k + 1]!) / 2;
  return area / (values.length - 1);
}

/** The mean of `rows` (equal lengths) position by position. */
export function meanCurve(rows: readonly (readonly number[])[]): number[] {
  check(rows.length > 0, "cannot average zero curves");
  const out = new Array<number>(rows[0]!.length).fill(0);
  for (const row of rows) row.forEach((v, k) => (out[k]! += v / rows.length));
  return out;
}

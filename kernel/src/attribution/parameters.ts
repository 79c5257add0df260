/**
 * The rule parameters an explanation was made with, recorded on it (`Explanation.parameters`) so that a
 * display can say exactly what it shows and a widget can recompute it with the same parameters.
 */
import type { ExplanationParameters } from "../protocol/methods";
import type { ExplainOptions } from "./explain";

/** The rule parameters given in `options`, as plain JSON (typed arrays of bounds become lists). */
export function parametersOf(options: ExplainOptions): ExplanationParameters {
  const out: ExplanationParameters = {};
  for (const key of ["epsilon", "gamma", "alpha", "beta"] as const) {
    const v = options[key];
    if (typeof v === "number") out[key] = v;
  }
  for (const key of ["low", "high"] as const) {
    const v = options[key];
    if (typeof v === "number") out[key] = v;
    else if (v !== undefined && v !== null && typeof (v as ArrayLike<number>).length === "number") out[key] = Array.from(v as ArrayLike<number>);
  }
  if (options.zeroBias === true) out.zeroBias = true;
  return out;
}

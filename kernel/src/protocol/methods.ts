/**
 * The one table of explanation parameters that the kernel and the widgets share: which rule parameters
 * each method uses, their defaults (methods.md §3–4), the ranges a widget may ask for, and how a column is
 * labelled ("alpha2beta1 α=3 β=2": the method and every parameter that differs from its default).
 * Plain data: both sides import this file. A method missing from METHOD_PARAMETERS takes no parameters
 * from a widget (it still appears in the method list, which the kernel sends in each payload).
 */

/** Rule parameters of `explain` that a widget shows (numbers), in the order they are shown. */
export const PARAMETER_KEYS = ["epsilon", "gamma", "alpha", "beta", "low", "high"] as const;
export type ParameterKey = (typeof PARAMETER_KEYS)[number];

/**
 * The parameters an explanation was computed with, as JSON: numbers, per-channel bounds as lists, and
 * `zeroBias`. Exactly what `explain` received, so that a recomputation can repeat it.
 */
export interface ExplanationParameters {
  epsilon?: number;
  gamma?: number;
  alpha?: number;
  beta?: number;
  /** The box rule's lower bound: a scalar, one value per channel, or one per input element. */
  low?: number | number[];
  high?: number | number[];
  zeroBias?: boolean;
}

/** How a parameter is shown and which values a widget may send (the kernel checks the same ranges). */
export interface ParameterSpec {
  /** The paper's symbol. */
  readonly symbol: string;
  readonly min: number;
  readonly max: number;
  readonly title: string;
}

/** The one table of parameter ranges (Montavon et al. 2018, §5.1; methods.md §3). */
export const PARAMETERS: Readonly<Record<ParameterKey, ParameterSpec>> = {
  epsilon: { symbol: "ε", min: 1e-9, max: 100, title: "ε-rule stabiliser: absorbs weak or contradictory relevance" },
  gamma: { symbol: "γ", min: 0, max: 100, title: "γ-rule: weight of the positive contributions" },
  alpha: { symbol: "α", min: 1, max: 100, title: "αβ-rule: weight of the positive contributions; β = α − 1 keeps relevance conserved" },
  beta: { symbol: "β", min: 0, max: 99, title: "αβ-rule: weight of the negative contributions (α − β = 1)" },
  low: { symbol: "low", min: -1e6, max: 1e6, title: "z^B (box) rule: the smallest value an input can take" },
  high: { symbol: "high", min: -1e6, max: 1e6, title: "z^B (box) rule: the largest value an input can take" },
};

/** A parameter a method uses, with its default (none for the box bounds, which the caller must give). */
export interface MethodParameter {
  readonly key: ParameterKey;
  readonly default?: number;
}

const EPS = { key: "epsilon", default: 1e-6 } as const;
const GAMMA = { key: "gamma", default: 0.25 } as const;
const ALPHA = { key: "alpha", default: 2 } as const;
const BETA = { key: "beta", default: 1 } as const;
const LOW = { key: "low" } as const;
const HIGH = { key: "high" } as const;

/**
 * Which parameters each method uses (methods.md §4). The gradient family uses none; every LRP method also
 * takes `zeroBias` (see `takesZeroBias`).
 */
export const METHOD_PARAMETERS: Readonly<Record<string, readonly MethodParameter[]>> = {
  gradient: [],
  sensitivity: [],
  "gradient-x-input": [],
  taylor: [],
  "lrp-0": [],
  epsilon: [EPS],
  "lrp-epsilon": [EPS],
  zplus: [],
  alpha1beta0: [],
  alpha2beta1: [ALPHA, BETA],
  "epsilon-plus": [EPS],
  "epsilon-plus-flat": [EPS],
  "epsilon-gamma-box": [EPS, GAMMA, LOW, HIGH],
  "epsilon-alpha2beta1": [EPS, ALPHA, BETA],
  "dtd-zb": [LOW, HIGH],
  dtd: [LOW, HIGH],
  "dtd-w2": [],
};

/** Methods that take no LRP rule parameters at all (not even zeroBias). */
const NO_RULES = new Set([
  "gradient",
  "sensitivity",
  "gradient-x-input",
  "taylor",
  "guided-backprop",
  "deconvnet",
  "smoothgrad",
  "integrated-gradients",
  "occlusion",
]);

/** The parameters `method` uses ([] for a method this table does not know). */
export function methodParameters(method: string): readonly MethodParameter[] {
  return Object.prototype.hasOwnProperty.call(METHOD_PARAMETERS, method) ? METHOD_PARAMETERS[method]! : [];
}

/** Whether `method` is an LRP method known to this table, which takes `zeroBias`. */
export function takesZeroBias(method: string): boolean {
  return Object.prototype.hasOwnProperty.call(METHOD_PARAMETERS, method) && !NO_RULES.has(method);
}

/** `params` without the entries `method` does not use or that equal its defaults. */
export function nonDefaultParameters(method: string, params: ExplanationParameters): ExplanationParameters {
  const out: ExplanationParameters = {};
  for (const p of methodParameters(method)) {
    const v = params[p.key];
    if (v === undefined || (typeof v === "number" && p.default !== undefined && v === p.default)) continue;
    (out as Record<string, unknown>)[p.key] = Array.isArray(v) ? v.slice() : v;
  }
  if (params.zeroBias === true && takesZeroBias(method)) out.zeroBias = true;
  return out;
}

/** `method` with the parameters that differ from its defaults: "alpha2beta1 α=3 β=2", "epsilon ε=0.25". */
export function methodLabel(method: string, params: ExplanationParameters = {}): string {
  const extra = nonDefaultParameters(method, params);
  const parts = [method];
  for (const key of PARAMETER_KEYS) {
    const v = extra[key];
    if (v === undefined) continue;
    parts.push(`${PARAMETERS[key].symbol}=${Array.isArray(v) ? `[${v.map(short).join(", ")}]` : short(v)}`);
  }
  if (extra.zeroBias) parts.push("zeroBias");
  return parts.join(" ");
}

function short(v: number): string {
  return String(Number(v.toPrecision(4)));
}

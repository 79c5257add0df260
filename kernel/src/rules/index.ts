/**
 * The LRP rules of methods.md §3 (Montavon et al. 2018, §4 and the LRP overview of 2019), each as a
 * small parameter object. Use them in composites (composites/) or alone on every layer.
 */
import { XaiError, check, describeValue } from "../errors";
import {
  DEFAULT_STABILISER,
  IDENTITY,
  NEG,
  ONES,
  POS,
  SQUARE,
  type Bounds,
  type Part,
  type ParamModifier,
  type Rule,
  type RuleOptions,
  type Term,
} from "./rule";
import { deconvnet, gradient, guidedBackprop, norm, pass } from "./layer";

export * from "./rule";
export { deconvnet, gradient, guidedBackprop, isLayerRule, norm, pass, type LayerRule } from "./layer";

const term = (input: Term["input"], weight: ParamModifier, bias: ParamModifier | null, sign: 1 | -1 = 1): Term => ({ input, weight, bias, sign });
const part = (terms: Term[], scale = 1, select: Part["select"] = "all"): Part => ({ scale, select, terms });

/**
 * LRP-0: `R_i = x_i Σ_j w_ij R_j / z_j`. The basic rule; on a ReLU net it equals gradient × input, so it
 * inherits the gradient's noise. Useful as a reference and for the top layers of shallow nets.
 */
export function lrp0(options: RuleOptions = {}): Rule {
  return { name: "lrp-0", epsilon: DEFAULT_STABILISER, parts: [part([term("x", IDENTITY, IDENTITY)])], zeroBias: !!options.zeroBias, params: {} };
}

/**
 * LRP-ε: `R_i = x_i Σ_j w_ij R_j / (z_j + ε·sign(z_j))`. The ε absorbs the relevance of weak or
 * contradictory contributions, so explanations get sparser and less noisy. Recommended for dense layers
 * near the output. ε = 0 is LRP-0 without a stabiliser: a unit whose z_j is exactly 0 then passes no
 * relevance (0/0 is taken as 0, as the γ-rule drops such units) rather than NaN.
 */
export function epsilon(options: RuleOptions & { epsilon?: number } = {}): Rule {
  const eps = options.epsilon ?? DEFAULT_STABILISER;
  check(Number.isFinite(eps) && eps >= 0, `epsilon must be a finite number ≥ 0, got ${eps}`);
  return { name: "epsilon", epsilon: eps, parts: [part([term("x", IDENTITY, IDENTITY)])], zeroBias: !!options.zeroBias, params: { epsilon: eps } };
}

/**
 * LRP-γ: favours positive contributions by `w + γw⁺` (for units with z > 0; mirrored for z < 0), which
 * gives stabler explanations than LRP-0 in the middle (convolutional) layers. γ = 0 is LRP-0; γ → ∞
 * approaches z⁺.
 */
export function gamma(options: RuleOptions & { gamma?: number } = {}): Rule {
  const g = options.gamma ?? 0.25;
  check(Number.isFinite(g) && g >= 0, `gamma must be a finite number ≥ 0, got ${g}`);
  const up: ParamModifier = { kind: "gamma", towards: "pos", gamma: g };
  const down: ParamModifier = { kind: "gamma", towards: "neg", gamma: g };
  return {
    name: "gamma",
    epsilon: DEFAULT_STABILISER,
    parts: [part([term("pos", up, up), term("neg", down, null)], 1, "positive"), part([term("pos", down, down), term("neg", up, null)], 1, "negative")],
    zeroBias: !!options.zeroBias,
    params: { gamma: g },
  };
}

/**
 * αβ-rule (Bach et al. 2015): `α · (positive contributions share) − β · (negative contributions share)`
 * with α − β = 1. α2β1 shows negative evidence; α1β0 is the z⁺ rule.
 */
export function alphaBeta(options: RuleOptions & { alpha?: number; beta?: number } = {}): Rule {
  const alpha = options.alpha ?? 2;
  const beta = options.beta ?? alpha - 1;
  check(Number.isFinite(alpha) && Number.isFinite(beta), `alpha and beta must be finite numbers, got alpha=${alpha}, beta=${beta}`);
  check(beta >= 0, `beta must be ≥ 0, got ${beta}`);
  check(Math.abs(alpha - beta - 1) < 1e-9, `alpha − beta must equal 1 (conservation), got alpha=${alpha}, beta=${beta}`);
  const parts = [part([term("pos", POS, POS), term("neg", NEG, null)], alpha)];
  if (beta !== 0) parts.push(part([term("pos", NEG, NEG), term("neg", POS, null)], -beta));
  return { name: "alpha-beta", epsilon: DEFAULT_STABILISER, parts, zeroBias: !!options.zeroBias, params: { alpha, beta } };
}

/**
 * z⁺ (= α1β0), the deep Taylor rule for ReLU activations (inputs in ℝ⁺): relevance in proportion to the
 * positive contributions `x_i w_ij⁺`. Gives non-negative relevance for non-negative inputs.
 */
export function zPlus(options: RuleOptions = {}): Rule {
  return {
    name: "zplus",
    epsilon: DEFAULT_STABILISER,
    parts: [part([term("pos", POS, POS), term("neg", NEG, null)])],
    zeroBias: !!options.zeroBias,
    params: {},
  };
}

/**
 * Flat rule: every input in an output's receptive field gets the same share, `R_j / |RF(j)|` (padding
 * excluded). Ignores both input and weights; used on the first layer when the input's values carry no
 * meaning for relevance (the "epsilon-plus-flat" composite).
 */
export function flat(options: RuleOptions = {}): Rule {
  return { name: "flat", epsilon: DEFAULT_STABILISER, parts: [part([term("ones", ONES, null)])], zeroBias: !!options.zeroBias, params: {} };
}

/**
 * w²-rule, the deep Taylor rule for unbounded real-valued inputs (ℝᵈ): `R_i ∝ w_ij²`. First layer only.
 */
export function wSquare(options: RuleOptions = {}): Rule {
  return { name: "w-square", epsilon: DEFAULT_STABILISER, parts: [part([term("ones", SQUARE, SQUARE)])], zeroBias: !!options.zeroBias, params: {} };
}

/**
 * z^B (box) rule, the deep Taylor rule for inputs bounded in [l, h] (pixels): contributions
 * `x_i w_ij − l_i w_ij⁺ − h_i w_ij⁻`; the bias cancels. First layer only.
 */
export function zBox(options: RuleOptions & { low: Bounds; high: Bounds }): Rule {
  check(options && options.low !== undefined && options.high !== undefined, "the z^B (box) rule needs the input bounds low and high");
  checkBounds(options.low, options.high);
  return {
    name: "zbox",
    epsilon: DEFAULT_STABILISER,
    parts: [part([term("x", IDENTITY, null), term("low", POS, null, -1), term("high", NEG, null, -1)])],
    zeroBias: !!options.zeroBias,
    low: options.low,
    high: options.high,
    params: { low: describeBounds(options.low), high: describeBounds(options.high) },
  };
}

/** Every rule by name, for the CLI and for tables written as JSON: the dense/conv rules, then the rules for any layer. */
export const RULES = {
  "lrp-0": lrp0,
  epsilon,
  gamma,
  "alpha-beta": alphaBeta,
  zplus: zPlus,
  flat,
  "w-square": wSquare,
  zbox: zBox,
  pass,
  norm,
  gradient,
  "guided-backprop": guidedBackprop,
  deconvnet,
} as const;

function checkBounds(low: Bounds, high: Bounds): void {
  for (const [name, b] of [
    ["low", low],
    ["high", high],
  ] as const) {
    const listLike = typeof b === "string" || (b !== null && typeof b === "object" && typeof (b as ArrayLike<number>).length === "number");
    check(
      typeof b === "number" || listLike,
      () => `bound ${name} must be a number or a list of numbers (one per channel or per input element), got ${describeValue(b)}`,
    );
  }
  const lo = typeof low === "number" ? [low] : Array.from(low);
  const hi = typeof high === "number" ? [high] : Array.from(high);
  for (const [name, values] of [
    ["low", lo],
    ["high", hi],
  ] as const) {
    check(values.length > 0, `bound ${name} is empty`);
    const bad = values.findIndex((v) => !Number.isFinite(v));
    check(bad < 0, () => `bound ${name} has a value that is not a finite number (${JSON.stringify(values[bad]) ?? String(values[bad])}) at position ${bad}`);
  }
  if (lo.length === 1 || hi.length === 1 || lo.length === hi.length) {
    const n = Math.max(lo.length, hi.length);
    for (let i = 0; i < n; i++) {
      const l = lo.length === 1 ? lo[0]! : lo[i]!;
      const h = hi.length === 1 ? hi[0]! : hi[i]!;
      if (l > h) throw new XaiError(`low (${l}) is greater than high (${h})${n > 1 ? ` at position ${i}` : ""}`);
    }
  } else {
    throw new XaiError(`low has ${lo.length} values and high ${hi.length}; give a scalar, one value per channel, or one per input element for both`);
  }
}

function describeBounds(b: Bounds): string {
  if (typeof b === "number") return String(b);
  return b.length <= 4 ? `[${Array.from(b).join(", ")}]` : `[${b.length} values]`;
}

/**
 * The LRP rules of methods.md §3, written straight from the table as plain Float64 loops over a layer's
 * explicit linear map (plainLayers.ts). No tfjs and nothing shared with the engine: these are the
 * formulas the engine's results are compared with.
 *
 * Every rule of the table has the shape `R_i = Σ_j c_ij R_j / stab(Σ_i' c_i'j + d_j)` (αβ is two of
 * them): a contribution `c_ij` of input i to output j and a denominator term `d_j` (bias-like).
 */
import { linearForward, type LinearMap } from "./plainLayers";

/** Bounds of the z^B rule: a scalar, one value per channel (last axis), or one per input element. */
export type PlainBounds = number | readonly number[];

/** A rule and its parameters, named as in rules/index.ts. */
export type PlainRule = (
  | { readonly name: "lrp-0" }
  | { readonly name: "epsilon"; readonly epsilon: number }
  | { readonly name: "gamma"; readonly gamma: number }
  | { readonly name: "zplus" }
  | { readonly name: "alpha-beta"; readonly alpha: number; readonly beta: number }
  | { readonly name: "flat" }
  | { readonly name: "w-square" }
  | { readonly name: "zbox"; readonly low: PlainBounds; readonly high: PlainBounds }
) & { readonly zeroBias?: boolean };

/** The ε of every rule but the ε-rule (methods.md §3). */
export const STABILISER = 1e-6;

/** `z + ε·sign(z)` with sign(0) = +1. */
export function stab(z: number, eps: number): number {
  return z + eps * (z >= 0 ? 1 : -1);
}

const pos = (v: number): number => (v > 0 ? v : 0);
const neg = (v: number): number => (v < 0 ? v : 0);

/** Relevance at the input of `map` for input `x` and relevance `R` at its output (its pre-activation z). */
export function plainRule(map: LinearMap, x: ArrayLike<number>, R: ArrayLike<number>, rule: PlainRule): Float64Array {
  return plainRuleWithCondition(map, x, R, rule).relevance;
}

/**
 * The relevance of `plainRule` and its condition: the largest `Σ_i |c_ij| / |stab(den_j)|` over the units
 * j that carry relevance, i.e. by how much the terms of a denominator cancel. A float32 computation of
 * the same formula loses about `condition · 2⁻²⁴` of relative accuracy, so comparisons scale with it.
 */
export function plainRuleWithCondition(map: LinearMap, x: ArrayLike<number>, R: ArrayLike<number>, rule: PlainRule): Shared {
  const z = linearForward(map, x); // the forward pass always keeps the bias
  // The bias as it enters the denominators: zeroBias leaves it out of every one.
  const b = (j: number): number => (map.bias && !rule.zeroBias ? map.bias[j]! : 0);
  const xk = (k: number): number => x[map.from[k]!]!;
  const wk = (k: number): number => map.w[k]!;
  switch (rule.name) {
    case "lrp-0":
      return redistribute(map, R, (k) => xk(k) * wk(k), b, STABILISER);
    case "epsilon":
      return redistribute(map, R, (k) => xk(k) * wk(k), b, rule.epsilon);
    case "gamma": {
      const g = rule.gamma;
      const up = (p: number): number => p + g * pos(p);
      const down = (p: number): number => p + g * neg(p);
      // z_j > 0: x⁺(w + γw⁺) + x⁻(w + γw⁻), bias b + γb⁺; z_j < 0: x⁺(w + γw⁻) + x⁻(w + γw⁺), bias b + γb⁻; z_j = 0: dropped.
      const c = (k: number): number => {
        const xv = xk(k);
        const w = wk(k);
        return z[map.to[k]!]! > 0 ? pos(xv) * up(w) + neg(xv) * down(w) : pos(xv) * down(w) + neg(xv) * up(w);
      };
      const d = (j: number): number => (z[j]! > 0 ? up(b(j)) : down(b(j)));
      return redistribute(map, R, c, d, STABILISER, (j) => z[j] !== 0);
    }
    case "zplus":
      return redistribute(
        map,
        R,
        (k) => pos(xk(k)) * pos(wk(k)) + neg(xk(k)) * neg(wk(k)),
        (j) => pos(b(j)),
        STABILISER,
      );
    case "alpha-beta": {
      const plus = redistribute(
        map,
        R,
        (k) => pos(xk(k)) * pos(wk(k)) + neg(xk(k)) * neg(wk(k)),
        (j) => pos(b(j)),
        STABILISER,
      );
      const minus = redistribute(
        map,
        R,
        (k) => pos(xk(k)) * neg(wk(k)) + neg(xk(k)) * pos(wk(k)),
        (j) => neg(b(j)),
        STABILISER,
      );
      return {
        relevance: plus.relevance.map((p, i) => rule.alpha * p - rule.beta * minus.relevance[i]!),
        condition: Math.max(rule.alpha * plus.condition, rule.beta * minus.condition),
      };
    }
    case "flat":
      // Every connection counts 1: the denominator is |RF(j)|, the in-image inputs of j over window and channels.
      return redistribute(
        map,
        R,
        () => 1,
        () => 0,
        STABILISER,
      );
    case "w-square":
      return redistribute(
        map,
        R,
        (k) => wk(k) * wk(k),
        (j) => b(j) * b(j),
        STABILISER,
      );
    case "zbox": {
      const low = expandBounds(rule.low, map.inShape);
      const high = expandBounds(rule.high, map.inShape);
      // The bias cancels: no denominator term.
      const c = (k: number): number => {
        const i = map.from[k]!;
        const w = wk(k);
        return x[i]! * w - low[i]! * pos(w) - high[i]! * neg(w);
      };
      return redistribute(map, R, c, () => 0, STABILISER);
    }
  }
}

/** A bounds value as one number per input element (scalar, per channel = last axis, or per element). */
export function expandBounds(b: PlainBounds, inShape: readonly number[]): Float64Array {
  const n = inShape.reduce((a, c) => a * c, 1);
  const channels = inShape[inShape.length - 1]!;
  const out = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    if (typeof b === "number") out[i] = b;
    else if (b.length === n) out[i] = b[i]!;
    else if (b.length === channels) out[i] = b[i % channels]!;
    else throw new Error(`bounds of length ${b.length} fit neither ${n} elements nor ${channels} channels`);
  }
  return out;
}

interface Shared {
  readonly relevance: Float64Array;
  readonly condition: number;
}

/** `R_i = Σ_{j kept} c_ij R_j / stab_ε(Σ_i' c_i'j + d_j)`, and its condition. */
function redistribute(
  map: LinearMap,
  R: ArrayLike<number>,
  c: (k: number) => number,
  d: (j: number) => number,
  eps: number,
  keep: (j: number) => boolean = () => true,
): Shared {
  const den = new Float64Array(map.nOut);
  const size = new Float64Array(map.nOut);
  for (let j = 0; j < map.nOut; j++) {
    den[j] = d(j);
    size[j] = Math.abs(d(j));
  }
  for (let k = 0; k < map.w.length; k++) {
    den[map.to[k]!] += c(k);
    size[map.to[k]!] += Math.abs(c(k));
  }
  const out = new Float64Array(map.nIn);
  for (let k = 0; k < map.w.length; k++) {
    const j = map.to[k]!;
    if (!keep(j)) continue;
    out[map.from[k]!] += (c(k) * R[j]!) / stab(den[j]!, eps);
  }
  let condition = 1;
  for (let j = 0; j < map.nOut; j++) if (R[j] !== 0 && keep(j)) condition = Math.max(condition, size[j]! / Math.abs(stab(den[j]!, eps)));
  return { relevance: out, condition };
}

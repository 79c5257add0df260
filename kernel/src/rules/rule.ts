/**
 * An LRP rule is parameters, not code: a list of parts, each a list of terms saying how to modify the
 * layer's input, weights and bias. One generic engine (attribution/lrp/linear.ts) runs every rule:
 *
 *   R_in = Σ_parts scale · Σ_terms sign · m(x) ⊙ Wₜᵀ( select(z) ⊙ R / stab_ε(Σ_terms sign · (m(x)Wₜ + bₜ)) )
 *
 * with `stab_ε(z) = z + ε·sign(z)`, sign(0) = +1 (methods.md §3). Each rule's constructor in this folder
 * cites the paper and says when to use it.
 */

/** How a term transforms the layer input `x` (low/high are the rule's input bounds). */
export type InputModifier = "x" | "pos" | "neg" | "ones" | "low" | "high";

/** How a term transforms a weight tensor (kernel or bias). */
export type ParamModifier =
  | { readonly kind: "identity" | "pos" | "neg" | "ones" | "square" }
  /** `p + γ·p⁺` (towards "pos") or `p + γ·p⁻` (towards "neg"), the γ-rule's weights. */
  | { readonly kind: "gamma"; readonly towards: "pos" | "neg"; readonly gamma: number };

export interface Term {
  readonly input: InputModifier;
  readonly weight: ParamModifier;
  /** null: this term adds no bias to the denominator. */
  readonly bias: ParamModifier | null;
  readonly sign: 1 | -1;
}

export interface Part {
  readonly scale: number;
  /** Which output units the part explains, by the sign of the layer's forward `z` ("all": every unit). */
  readonly select: "all" | "positive" | "negative";
  readonly terms: readonly Term[];
}

/**
 * Bounds of a layer's input for the z^B rule: a scalar, one value per channel (the last axis), or one
 * value per input element (all axes but the batch, row-major).
 */
export type Bounds = number | readonly number[] | Float32Array;

export interface Rule {
  /** Short name shown in results and errors ("epsilon", "zplus", "alpha-beta", ...). */
  readonly name: string;
  /** The stabiliser's ε. */
  readonly epsilon: number;
  readonly parts: readonly Part[];
  /** Leave the bias out of every denominator (the forward pass keeps it). */
  readonly zeroBias: boolean;
  readonly low?: Bounds;
  readonly high?: Bounds;
  /** The rule's parameters, for display ("ε=0.25"). */
  readonly params: Readonly<Record<string, number | boolean | string>>;
}

/** Options every rule takes. */
export interface RuleOptions {
  /** Leave the bias out of every denominator (default false). */
  zeroBias?: boolean;
}

/** The ε every rule but the ε-rule uses for its stabiliser (methods.md §3). */
export const DEFAULT_STABILISER = 1e-6;

export const IDENTITY: ParamModifier = { kind: "identity" };
export const POS: ParamModifier = { kind: "pos" };
export const NEG: ParamModifier = { kind: "neg" };
export const ONES: ParamModifier = { kind: "ones" };
export const SQUARE: ParamModifier = { kind: "square" };

/** A key naming a parameter modifier, for caching modified weights. */
export function modifierKey(m: ParamModifier): string {
  return m.kind === "gamma" ? `gamma:${m.towards}:${m.gamma}` : m.kind;
}

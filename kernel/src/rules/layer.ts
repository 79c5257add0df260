/**
 * Rules for any layer, not only dense/conv: each sends relevance back through the layer's own backward
 * map, so one small parameter object covers what zennit calls `Pass`, `Norm`, the gradient, and the
 * activation rules of guided backprop and the deconvnet. One generic engine
 * (attribution/lrp/propagate.ts) runs them:
 *
 *   R_in = in(x) ⊙ B( out(R) )
 *
 *   out:  "relevance"   R as it arrives
 *         "normalised"  R / stab_ε(z), z the layer's output (methods.md §3: stab(z) = z + ε·sign(z), sign(0) = +1)
 *         "positive"    R⁺ = max(R, 0)
 *   B:    "gradient"    the layer's transposed Jacobian at its input x (its vector-Jacobian product:
 *                       max pooling routes to the first maximum of each window, average pooling spreads
 *                       by 1/k over the in-image inputs, an addition copies to each branch, a
 *                       concatenation splits, a ReLU masks by x > 0, a dense/conv layer is Wᵀ)
 *         "identity"    R handed on unchanged to every input (their size must equal the output's)
 *   in:   "one" | "x"   multiply by nothing or by the layer's input
 *
 * With these, `norm` on an average pooling or an addition is the ε-rule of a layer without weights
 * (relevance in proportion to each input's contribution), and `gradient` on every layer with the
 * one-hot start gives the plain gradient. Use them in composites by layer kind, like any rule.
 */
import { check } from "../errors";
import { DEFAULT_STABILISER } from "./rule";

export interface LayerRule {
  /** Short name shown in results and errors ("pass", "norm", "guided-backprop", ...). */
  readonly name: string;
  /** The stabiliser's ε (used by `output: "normalised"`). */
  readonly epsilon: number;
  /** What of the arriving relevance goes back. */
  readonly output: "relevance" | "normalised" | "positive";
  /** Through which map it goes back. */
  readonly backward: "gradient" | "identity";
  /** What it is multiplied by at the layer input. */
  readonly input: "one" | "x";
  /** The rule's parameters, for display. */
  readonly params: Readonly<Record<string, number | boolean | string>>;
}

/** Whether `rule` is a layer rule (runs on any layer) rather than a dense/conv rule made of terms. */
export function isLayerRule(rule: unknown): rule is LayerRule {
  return typeof rule === "object" && rule !== null && "backward" in rule && !("parts" in rule);
}

/**
 * Pass: relevance goes to the input unchanged (zennit's `Pass`). The rule of element-wise layers in LRP
 * (methods.md §3: "ReLU and other element-wise activations: relevance passes unchanged"), and of batch
 * norms that no dense/conv layer absorbs. Only for layers whose inputs are as large as their output.
 */
export function pass(): LayerRule {
  return { name: "pass", epsilon: DEFAULT_STABILISER, output: "relevance", backward: "identity", input: "one", params: {} };
}

/**
 * Norm: relevance in proportion to each input's contribution to the output, `R_i = x_i ∂z/∂x_i · R / stab(z)`
 * (zennit's `Norm`): the ε-rule of a layer without weights. The LRP rule of average pooling and of
 * additions (methods.md §3); conservative up to the stabiliser.
 */
export function norm(options: { epsilon?: number } = {}): LayerRule {
  const eps = options.epsilon ?? DEFAULT_STABILISER;
  check(Number.isFinite(eps) && eps >= 0, `epsilon must be a finite number ≥ 0, got ${eps}`);
  return { name: "norm", epsilon: eps, output: "normalised", backward: "gradient", input: "x", params: eps === DEFAULT_STABILISER ? {} : { epsilon: eps } };
}

/**
 * Gradient: the layer's own backward map, `R_in = Jᵀ R`. On every layer, with the one-hot start, it
 * gives ∂f/∂x; on max pooling it is LRP's winner-take-all, on reshaping layers the reshape back.
 */
export function gradient(): LayerRule {
  return { name: "gradient", epsilon: DEFAULT_STABILISER, output: "relevance", backward: "gradient", input: "one", params: {} };
}

/**
 * Guided backprop (Springenberg et al. 2015) on an activation: only positive signals go back, and only
 * where the unit was active, `R_in = f'(x) · R⁺` (on a ReLU: 1[x > 0] · 1[R > 0] · R, zennit's
 * `ReLUGuidedBackprop`). With the gradient on every other layer it is the method `guided-backprop`.
 */
export function guidedBackprop(): LayerRule {
  return { name: "guided-backprop", epsilon: DEFAULT_STABILISER, output: "positive", backward: "gradient", input: "one", params: {} };
}

/**
 * Deconvnet (Zeiler & Fergus 2014) on an activation: the activation is applied to the backward signal
 * instead of being differentiated at the input, `R_in = R⁺` (zennit's `ReLUDeconvNet`). With the
 * gradient on every other layer (max pooling keeps its switches) it is the method `deconvnet`.
 */
export function deconvnet(): LayerRule {
  return { name: "deconvnet", epsilon: DEFAULT_STABILISER, output: "positive", backward: "identity", input: "one", params: {} };
}

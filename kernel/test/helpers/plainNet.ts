/**
 * A small sequential network in plain arrays, explained by LRP chained by hand (methods.md §2–3):
 * relevance starts as the explained logit, passes ReLU and Flatten unchanged, and crosses each linear
 * layer by the formula of its rule (plainRules.ts).
 */
import { linearForward, type LinearMap } from "./plainLayers";
import { plainRuleWithCondition, type PlainRule } from "./plainRules";

/** One linear layer (dense or conv2d, as its explicit map) with its activation; Flatten is the identity on NHWC row-major data. */
export interface PlainLayer {
  readonly map: LinearMap;
  readonly relu: boolean;
}

export interface PlainNet {
  readonly layers: readonly PlainLayer[];
}

export interface PlainExplanation {
  readonly logits: Float64Array;
  /** Relevance at the network input. */
  readonly relevance: Float64Array;
  /** Relevance at each linear layer's input (index k: input of layer k) and, last, at the output. */
  readonly perLayer: readonly Float64Array[];
  /** The layers' conditions (plainRules.ts) added up: float32 loses about `condition · 2⁻²⁴` relative accuracy. */
  readonly condition: number;
}

/** The network's activations: `acts[k]` is the input of layer k, the last entry the logits. */
export function plainForward(net: PlainNet, x: ArrayLike<number>): Float64Array[] {
  const acts = [Float64Array.from(x)];
  for (const layer of net.layers) {
    const z = linearForward(layer.map, acts[acts.length - 1]!);
    acts.push(layer.relu ? z.map((v) => Math.max(v, 0)) : z);
  }
  return acts;
}

/** LRP of logit `target` with `rules[k]` on layer k. */
export function plainExplain(net: PlainNet, x: ArrayLike<number>, target: number, rules: readonly PlainRule[]): PlainExplanation {
  const acts = plainForward(net, x);
  const logits = acts[acts.length - 1]!;
  let R = new Float64Array(logits.length);
  R[target] = logits[target]!;
  const perLayer: Float64Array[] = [R];
  let condition = 0;
  for (let k = net.layers.length - 1; k >= 0; k--) {
    const step = plainRuleWithCondition(net.layers[k]!.map, acts[k]!, R, rules[k]!);
    R = step.relevance;
    condition += step.condition;
    perLayer.unshift(R);
  }
  return { logits, relevance: R, perLayer, condition };
}

/**
 * The generic engine that runs any rule (rules/rule.ts) on a dense or convolutional layer.
 *
 * Each term costs one forward map (its share of the denominator) and one transposed map (sending the
 * normalised relevance back), both with rule-modified weights that are cached on the graph. Work that
 * cannot change the result is skipped: terms in x⁻ when the layer input is known to be ≥ 0, and the
 * denominator of a plain (x, w, b) term, which is the stored forward output.
 */
import * as tf from "@tensorflow/tfjs";
import { XaiError } from "../../errors";
import { cached, type Graph, type LinearNode } from "../../graph/graph";
import { linearAdjoint, linearForward } from "../../graph/linearMaps";
import { modifierKey, type Bounds, type InputModifier, type ParamModifier, type Rule, type Term } from "../../rules/rule";

export interface LinearContext {
  readonly graph: Graph;
  readonly node: LinearNode;
  /** The layer input. */
  readonly x: tf.Tensor;
  /** The layer's forward output (its pre-activation, after canonization). */
  readonly z: tf.Tensor;
  /** Whether `x` is known to be ≥ 0 everywhere. */
  readonly xNonNegative: boolean;
}

/** Relevance at the layer input, given relevance `R` at its output. Call inside `tf.tidy`. */
export function propagateLinear(ctx: LinearContext, rule: Rule, R: tf.Tensor): tf.Tensor {
  let total: tf.Tensor | null = null;
  for (const part of rule.parts) {
    const terms = part.terms.filter((t) => !(ctx.xNonNegative && t.input === "neg"));
    if (terms.length === 0) continue;
    const inputs = terms.map((t) => modifiedInput(ctx, rule, t.input));
    const Z = denominator(ctx, rule, terms, inputs);
    let s = tf.div(R, stabilise(Z, rule.epsilon));
    if (part.select !== "all") s = tf.mul(s, tf.cast(part.select === "positive" ? tf.greater(ctx.z, 0) : tf.less(ctx.z, 0), "float32"));
    let contribution: tf.Tensor | null = null;
    terms.forEach((t, k) => {
      const back = linearAdjoint(ctx.graph, ctx.node, s, weight(ctx, "kernel", t.weight), kernelKey(ctx, t.weight), ctx.x.shape);
      const scaled = t.input === "ones" ? back : tf.mul(inputs[k]!, back);
      const signed = t.sign === 1 ? scaled : tf.neg(scaled);
      contribution = contribution ? tf.add(contribution, signed) : signed;
    });
    const weighted: tf.Tensor = part.scale === 1 ? contribution! : tf.mul(contribution!, part.scale);
    total = total ? tf.add(total, weighted) : weighted;
  }
  return total ?? tf.zerosLike(ctx.x);
}

/** `z + ε·sign(z)` with sign(0) = +1: never crosses zero, never divides by zero for ε > 0. */
export function stabilise(z: tf.Tensor, eps: number): tf.Tensor {
  if (eps === 0) return z;
  return tf.add(z, tf.mul(tf.sub(tf.mul(tf.cast(tf.greaterEqual(z, 0), "float32"), 2), 1), eps));
}

function denominator(ctx: LinearContext, rule: Rule, terms: readonly Term[], inputs: readonly tf.Tensor[]): tf.Tensor {
  const only = terms.length === 1 ? terms[0]! : null;
  const plain = only && only.input === "x" && only.weight.kind === "identity" && only.bias?.kind === "identity" && only.sign === 1;
  if (plain && !rule.zeroBias) return ctx.z;
  let Z: tf.Tensor | null = null;
  terms.forEach((t, k) => {
    const bias = t.bias && !rule.zeroBias && ctx.node.bias ? weight(ctx, "bias", t.bias) : null;
    const part = t.input === "ones" ? onesForward(ctx, t.weight, t.bias && !rule.zeroBias ? t.bias : null) : linearForward(ctx.node, inputs[k]!, weight(ctx, "kernel", t.weight), bias);
    const signed = t.sign === 1 ? part : tf.neg(part);
    Z = Z ? tf.add(Z, signed) : signed;
  });
  return Z!;
}

/** The forward map of an all-ones input does not depend on x: cached per batch shape. */
function onesForward(ctx: LinearContext, w: ParamModifier, b: ParamModifier | null): tf.Tensor {
  const key = `${ctx.node.id}:ones:${modifierKey(w)}:${b ? modifierKey(b) : "-"}:${ctx.x.shape.join("x")}`;
  return cached(ctx.graph, key, () => {
    const bias = b && ctx.node.bias ? weight(ctx, "bias", b) : null;
    return linearForward(ctx.node, tf.onesLike(ctx.x), weight(ctx, "kernel", w), bias);
  });
}

function modifiedInput(ctx: LinearContext, rule: Rule, m: InputModifier): tf.Tensor {
  switch (m) {
    case "x":
      return ctx.x;
    case "pos":
      return ctx.xNonNegative ? ctx.x : tf.relu(ctx.x);
    case "neg":
      return tf.minimum(ctx.x, 0);
    case "ones":
      return ctx.x; // not used: "ones" terms skip the multiplication and have their own forward
    case "low":
      return tf.broadcastTo(boundsTensor(rule.low, ctx.x.shape, "low"), ctx.x.shape);
    case "high":
      return tf.broadcastTo(boundsTensor(rule.high, ctx.x.shape, "high"), ctx.x.shape);
  }
}

/** A bounds value as a tensor broadcastable to `shape` (scalar, per channel, or per element). */
export function boundsTensor(b: Bounds | undefined, shape: readonly number[], name: string): tf.Tensor {
  if (b === undefined) throw new XaiError(`the box rule needs the bound ${name}`);
  if (typeof b === "number") return tf.scalar(b);
  const values = Float32Array.from(b);
  const channels = shape[shape.length - 1]!;
  const perElement = shape.slice(1).reduce((a, c) => a * c, 1);
  if (values.length === 1) return tf.scalar(values[0]!);
  if (values.length === perElement) return tf.tensor(values, [1, ...shape.slice(1)]);
  if (values.length === channels) return tf.tensor1d(values);
  throw new XaiError(
    `bound ${name} has ${values.length} values; expected 1, ${channels} (one per channel) or ${perElement} (one per input element of shape [${shape.slice(1).join(", ")}])`,
  );
}

/** The rule-modified kernel or bias of the node, cached on the graph. */
function weight(ctx: LinearContext, which: "kernel" | "bias", m: ParamModifier): tf.Tensor {
  const base = which === "kernel" ? ctx.node.kernel : ctx.node.bias!;
  if (m.kind === "identity") return base;
  return cached(ctx.graph, `${ctx.node.id}:${which}:${modifierKey(m)}`, () => modify(base, m));
}

/** The cache key of the node's kernel under modifier `m` (the identity: the model's own kernel). */
function kernelKey(ctx: LinearContext, m: ParamModifier): string {
  return m.kind === "identity" ? `${ctx.node.id}:kernel` : `${ctx.node.id}:kernel:${modifierKey(m)}`;
}

function modify(p: tf.Tensor, m: ParamModifier): tf.Tensor {
  switch (m.kind) {
    case "identity":
      return p.clone();
    case "pos":
      return tf.relu(p);
    case "neg":
      return tf.minimum(p, 0);
    case "ones":
      return tf.onesLike(p);
    case "square":
      return tf.square(p);
    case "gamma":
      return tf.add(p, tf.mul(m.towards === "pos" ? tf.relu(p) : tf.minimum(p, 0), m.gamma));
  }
}


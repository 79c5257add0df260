/**
 * The generic engine that runs any rule (rules/rule.ts) on a dense or convolutional layer.
 *
 * The rule is first compiled (compile.ts) into the fewest forward maps (the denominators' shares) and
 * transposed maps (sending the normalised relevance back) that compute it exactly; rule-modified weights
 * are made only for the atoms in use and kept in the graph's weight cache, within its byte budget.
 */
import * as tf from "@tensorflow/tfjs";
import { XaiError } from "../../errors";
import { cached, type Graph, type LinearNode } from "../../graph/graph";
import { denseBlocking, linearAdjoint, linearForward, type KernelBlocks } from "../../graph/linearMaps";
import type { Bounds, ParamModifier, Rule } from "../../rules/rule";
import { modifierKey } from "../../rules/rule";
import { compileRule, type CompiledRule, type InputAtom, type KernelAtom, type Product } from "./compile";

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
  const compiled = compiledFor(rule, ctx.xNonNegative, ctx.node.bias !== null);
  const run = new Run(ctx, rule);
  const s = compiled.parts.map((part) => {
    const Z = part.isStoredOutput ? ctx.z : run.denominator(part.products, part.biases);
    const share = divideStabilised(R, Z, rule.epsilon);
    if (part.select === "all") return share;
    return tf.mul(share, tf.cast(part.select === "positive" ? tf.greater(ctx.z, 0) : tf.less(ctx.z, 0), "float32"));
  });
  let total: tf.Tensor | null = null;
  for (const t of compiled.transposes) {
    const seed = t.weights.reduce<tf.Tensor | null>((acc, w, p) => (w === 0 ? acc : add(acc, scaled(s[p]!, w))), null);
    if (!seed) continue;
    const back = linearAdjoint(ctx.graph, ctx.node, seed, run.kernel(t.kernel), kernelKey(ctx, t.kernel), ctx.x.shape);
    let multiplier: tf.Tensor | number | null = null;
    for (const { input, coef } of t.inputs) {
      if (input === "ones") multiplier = multiplier === null ? coef : tf.add(multiplier, coef);
      else multiplier = multiplier === null && coef === 1 ? run.input(input) : tf.add(multiplier ?? 0, scaled(run.input(input), coef));
    }
    const contribution = typeof multiplier === "number" ? scaled(back, multiplier) : tf.mul(multiplier!, back);
    total = add(total, contribution);
  }
  return total ?? tf.zerosLike(ctx.x);
}

/**
 * `R / stab_ε(z)`. With ε = 0 (LRP-0 unstabilised) a unit with z = 0 passes no relevance: 0/0 is taken
 * as 0 rather than NaN (rules/index.ts, the ε-rule).
 */
export function divideStabilised(R: tf.Tensor, z: tf.Tensor, eps: number): tf.Tensor {
  return eps === 0 ? tf.divNoNan(R, z) : tf.div(R, stabilise(z, eps));
}

/** `z + ε·sign(z)` with sign(0) = +1: never crosses zero, never divides by zero for ε > 0. */
export function stabilise(z: tf.Tensor, eps: number): tf.Tensor {
  if (eps === 0) return z;
  return tf.where(tf.greaterEqual(z, 0), tf.add(z, eps), tf.sub(z, eps));
}

/** Compilations depend only on the rule's data and two facts about the layer: made once per rule. */
const COMPILED = new WeakMap<Rule, Map<string, CompiledRule>>();

function compiledFor(rule: Rule, xNonNegative: boolean, hasBias: boolean): CompiledRule {
  let byLayer = COMPILED.get(rule);
  if (!byLayer) COMPILED.set(rule, (byLayer = new Map()));
  const key = `${xNonNegative}:${hasBias}`;
  let c = byLayer.get(key);
  if (!c) byLayer.set(key, (c = compileRule(rule, xNonNegative, hasBias)));
  return c;
}

/** The tensors one layer step needs, each made once. */
class Run {
  private readonly inputs = new Map<InputAtom, tf.Tensor>();
  private readonly forwards = new Map<string, tf.Tensor>();

  constructor(
    private readonly ctx: LinearContext,
    private readonly rule: Rule,
  ) {}

  /** Σ coef · F(input, kernel) + Σ sign · modified bias. */
  denominator(products: readonly Product[], biases: readonly { modifier: ParamModifier; sign: 1 | -1 }[]): tf.Tensor {
    let Z: tf.Tensor | null = null;
    for (const q of products) Z = add(Z, scaled(this.forward(q.input, q.kernel), q.coef));
    for (const b of biases) Z = add(Z, scaled(this.bias(b.modifier), b.sign));
    return Z ?? tf.zerosLike(this.ctx.z);
  }

  /** The layer input under an input atom. */
  input(atom: InputAtom): tf.Tensor {
    let t = this.inputs.get(atom);
    if (!t) this.inputs.set(atom, (t = this.makeInput(atom)));
    return t;
  }

  /** The node's kernel under a kernel atom, from the weight cache (a large dense one block by block, never whole). */
  kernel(atom: KernelAtom): tf.Tensor | KernelBlocks {
    const { node } = this.ctx;
    if (atom.modifier.kind === "identity") return node.kernel;
    const blocking = node.kind === "dense" ? denseBlocking(node.kernel) : null;
    if (blocking) return { base: node.kernel as tf.Tensor2D, modify: (w) => modify(w, atom.modifier), ...blocking };
    return cached(this.ctx.graph, kernelKey(this.ctx, atom), () => modify(node.kernel, atom.modifier));
  }

  private bias(m: ParamModifier): tf.Tensor {
    const b = this.ctx.node.bias!;
    if (m.kind === "identity") return b;
    // A parameterised (γ) bias is one small vector op: cached, every γ value would be an entry of its own.
    if (m.kind === "gamma") return modify(b, m);
    return cached(this.ctx.graph, `${this.ctx.node.id}:bias:${modifierKey(m)}`, () => modify(b, m));
  }

  /** F(input, kernel): the layer's map without bias. */
  private forward(input: InputAtom, kernel: KernelAtom): tf.Tensor {
    const key = `${input}|${kernel.key}`;
    let f = this.forwards.get(key);
    if (f) return f;
    const { node, z } = this.ctx;
    if (input === "x" && kernel.key === "identity") f = node.bias ? tf.sub(z, node.bias) : z;
    else if (input === "ones") f = this.onesForward(kernel);
    else if (input === "low" || input === "high") f = linearForward(node, this.oneSample(this.input(input)), this.kernel(kernel), null);
    else f = linearForward(node, this.input(input), this.kernel(kernel), null);
    this.forwards.set(key, f);
    return f;
  }

  /** The map of an all-ones input is the same for every sample: cached for one sample, broadcast along the batch. */
  private onesForward(kernel: KernelAtom): tf.Tensor {
    const { graph, node, x } = this.ctx;
    const one = [1, ...x.shape.slice(1)];
    return cached(graph, `${kernelKey(this.ctx, kernel)}:ones:${one.join("x")}`, () => linearForward(node, tf.ones(one), this.kernel(kernel), null));
  }

  /** The bounds are the same for every sample: one sample's worth, broadcast along the batch by the caller. */
  private oneSample(bounds: tf.Tensor): tf.Tensor {
    return tf.broadcastTo(bounds, [1, ...this.ctx.x.shape.slice(1)]);
  }

  /** The layer input under an input atom; the bounds as given (a scalar, per channel or per element), broadcastable to x. */
  private makeInput(atom: InputAtom): tf.Tensor {
    const { x } = this.ctx;
    switch (atom) {
      case "x":
        return x;
      case "pos":
        return tf.relu(x);
      case "neg":
        return tf.minimum(x, 0);
      case "low":
        return boundsTensor(this.rule.low, x.shape, "low");
      case "high":
        return boundsTensor(this.rule.high, x.shape, "high");
      case "ones":
        return tf.onesLike(x);
    }
  }
}

function add(a: tf.Tensor | null, b: tf.Tensor): tf.Tensor {
  return a ? tf.add(a, b) : b;
}

function scaled(t: tf.Tensor, c: number): tf.Tensor {
  return c === 1 ? t : c === -1 ? tf.neg(t) : tf.mul(t, c);
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

/** The cache key of the node's kernel under a kernel atom (the identity: the model's own kernel). */
function kernelKey(ctx: LinearContext, atom: KernelAtom): string {
  return atom.modifier.kind === "identity" ? `${ctx.node.id}:kernel` : `${ctx.node.id}:kernel:${atom.key}`;
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

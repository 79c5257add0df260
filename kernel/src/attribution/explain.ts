/**
 * One verb, `explain`, for every method of the paper: the gradient family, simple Taylor and LRP with
 * any composite. It works on batches, on Sequential and functional models, and never changes the model.
 */
import * as tf from "@tensorflow/tfjs";
import { describeBackend, ready } from "../backend";
import { canonizeReporting, DEFAULT_CANONIZERS, type Canonizer, type CanonizerReport } from "../canonizers";
import { isReported, reportRules, type AssignedRule, type Composite, type CompositeOptions, type RuleReport } from "../composites";
import { check, describeValue } from "../errors";
import { forward } from "../graph/forward";
import { graphFromModel } from "../graph/fromModel";
import { disposeGraph, type Graph } from "../graph/graph";
import type { LayerKind } from "../graph/kinds";
import type { IntegratedGradientsOptions } from "./method/integratedGradients";
import type { OcclusionOptions } from "./method/occlusion";
import type { SmoothGradOptions } from "./method/smoothgrad";
import { methodOf } from "./methods";
import type { RootPoint } from "./taylor";
import { parametersOf } from "./parameters";
import type { ExplanationParameters } from "../protocol/methods";
import { checkInput, classCount, resolveTargets } from "./validate";

/** How a model is prepared for explaining. */
export interface PrepareOptions {
  /**
   * The canonizers that rewrite the model's graph before any rule sees it, in order (default
   * `xai.canonizers.DEFAULT_CANONIZERS`: split fused activations, drop the output softmax, fold batch
   * norms into the layer before). Given to `xai.prepare(model, ...)`, or to `xai.explain` with a model.
   */
  canonizers?: readonly Canonizer[];
}

export interface ExplainOptions extends PrepareOptions, CompositeOptions, SmoothGradOptions, IntegratedGradientsOptions, OcclusionOptions {
  /** A method name (see METHOD_NAMES); default "epsilon-plus-flat". "lrp" uses `composite`. */
  method?: string;
  /** The class to explain: one for the whole batch or one per sample; default the predicted class. */
  target?: number | readonly number[];
  /** A custom composite table (with method "lrp", or instead of a method name). */
  composite?: Composite;
  /** Also return the relevance reaching every layer (LRP methods). */
  layers?: boolean;
  /** Simple Taylor: the root point ("nearest", "zero", or a tensor). */
  root?: RootPoint;
}

/** The relevance arriving at one layer's output. */
export interface LayerRelevance {
  readonly name: string;
  readonly className: string;
  readonly kind: LayerKind;
  /** Position in `model.layers` (-1: the input). */
  readonly index: number;
  /** The rule that sends this layer's relevance to its input (dense/conv layers). */
  readonly rule?: string;
  /** Shape of the layer output (batch first). */
  readonly shape: readonly number[];
  /** Relevance summed over the layer's units, per sample. */
  readonly total: readonly number[];
  /** Relevance per unit, shaped like the layer output. Owned by the Explanation. */
  readonly relevance: tf.Tensor;
}

export interface Explanation {
  readonly method: string;
  /** Relevance shaped like the input that was explained. */
  readonly relevance: tf.Tensor;
  /** The model output (logits; a final softmax is removed), [batch, classes] or [classes] for a single sample. */
  readonly output: tf.Tensor;
  /** The explained class of each sample. */
  readonly target: readonly number[];
  /** Σ relevance per sample (equals the logit for conservative LRP composites). */
  readonly relevanceSum: readonly number[];
  /** The explained logit per sample. */
  readonly score: readonly number[];
  /** With `layers: true`: the relevance at every layer, input first. */
  readonly layers?: readonly LayerRelevance[];
  /** The tfjs backend that computed it, with its WebGPU adapter where it has one (see `describeBackend`). */
  readonly backend: string;
  /** The rule parameters it was computed with (what `explain` was given), for displays and recomputation. */
  readonly parameters?: Readonly<ExplanationParameters>;
  /** Frees every tensor of this explanation. */
  dispose(): void;
}

/** A model prepared for explaining: its canonized graph, reusable across calls. Dispose it when done. */
export class Explainer {
  private disposed = false;

  private constructor(
    readonly graph: Graph,
    /** What each canonizer rewrote when the model was prepared, in order. */
    readonly canonized: readonly CanonizerReport[],
  ) {}

  /** Reads and canonizes `model` (with `options.canonizers`); the model itself is not changed. */
  static async from(model: tf.LayersModel, options: PrepareOptions = {}): Promise<Explainer> {
    await ready();
    const raw = graphFromModel(model);
    try {
      const { graph, applied } = canonizeReporting(raw, options.canonizers ?? DEFAULT_CANONIZERS);
      return new Explainer(graph, applied);
    } catch (e) {
      disposeGraph(raw);
      throw e;
    }
  }

  /** The canonized model's output (logits) for `x`. */
  predict(x: tf.Tensor): tf.Tensor {
    this.checkAlive();
    const { batch, batched } = checkInput(this.graph, x);
    try {
      return tf.tidy(() => {
        const out = forward(this.graph, batch)[this.graph.output]!;
        return batched ? tf.squeeze(out, [0]) : out;
      });
    } finally {
      if (batch !== x) batch.dispose();
    }
  }

  /** Explains `x` (a batch, or one sample) with `options.method`. */
  async explain(x: tf.Tensor, options: ExplainOptions = {}): Promise<Explanation> {
    this.checkAlive();
    check(options?.canonizers === undefined, "canonizers apply when a model is prepared: xai.prepare(model, { canonizers }), or xai.explain(model, x, { canonizers }) with the model itself");
    await ready();
    return explainGraph(this.graph, x, options);
  }

  /**
   * The rule a method's composite gives each layer of the canonized graph: every dense/conv layer,
   * every batch norm left in the graph, and every other layer an entry matched. `matched: false` with a
   * `note` marks a dense/conv layer no entry matched (it gets LRP-0).
   */
  rules(options: ExplainOptions = {}): RuleReport[] {
    const rules = methodOf(options).plan(this.graph, options).rules;
    check(rules, `method '${options.method}' uses no LRP rules`);
    return reportRules(this.graph, rules);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    disposeGraph(this.graph);
  }

  private checkAlive(): void {
    check(!this.disposed, "this Explainer has been disposed");
  }
}

/** Prepares `model` for repeated explanations (see `Explainer`). */
export function prepare(model: tf.LayersModel, options: PrepareOptions = {}): Promise<Explainer> {
  return Explainer.from(model, options);
}

/**
 * Explains the decision of `model` (a LayersModel or a prepared Explainer) on `x`.
 * The result's tensors belong to the caller: `dispose()` them.
 */
export async function explain(model: tf.LayersModel | Explainer, x: tf.Tensor, options: ExplainOptions = {}): Promise<Explanation> {
  if (model instanceof Explainer) return model.explain(x, options);
  check(options === undefined || (typeof options === "object" && options !== null), () => `options must be an object, got ${describeValue(options)}`);
  // Check the method before the (costlier) graph is built.
  methodOf(options);
  const { canonizers, ...rest } = options;
  const explainer = await Explainer.from(model, { canonizers });
  try {
    return await explainer.explain(x, rest);
  } finally {
    explainer.dispose();
  }
}

async function explainGraph(graph: Graph, x: tf.Tensor, options: ExplainOptions): Promise<Explanation> {
  const method = methodOf(options);
  const classes = classCount(graph);
  const plan = method.plan(graph, options);
  const { batch, batched } = checkInput(graph, x);
  try {
    plan.checkInput?.(batch.shape);
    const n = batch.shape[0]!;
    const given = options.target === undefined || options.target === null ? null : resolveTargets(options.target, n, classes, unreachable);
    // The method's computation on one chunk of the batch: here the whole batch.
    const out = await plan.compute({ graph, batch, targets: given, offset: 0, layers: options.layers === true });
    const relevance = batched ? tf.tidy(() => tf.squeeze(out.relevance, [0])) : out.relevance;
    if (relevance !== out.relevance && !out.layers?.includes(out.relevance)) out.relevance.dispose();
    return { ...assemble(method.name, graph, relevance, out.logits, out.targets, batched, out.layers ?? [], plan.rules ?? null), parameters: parametersOf(options) };
  } finally {
    if (batch !== x) batch.dispose();
  }
}

function unreachable(): never {
  throw new Error("internal: the targets are given");
}

function assemble(
  method: string,
  graph: Graph,
  relevance: tf.Tensor,
  logits: tf.Tensor,
  targets: number[],
  batched: boolean,
  kept: tf.Tensor[],
  rules: ReadonlyMap<number, AssignedRule> | null,
): Explanation {
  const n = targets.length;
  const sums = tf.tidy(() => (batched ? tf.sum(relevance).reshape([1]) : tf.sum(tf.reshape(relevance, [n, -1]), 1)));
  const relevanceSum = Array.from(sums.dataSync());
  sums.dispose();
  const logitData = logits.dataSync();
  const classes = logits.shape[1]!;
  const score = targets.map((t, i) => logitData[i * classes + t]!);
  const output = batched ? tf.tidy(() => tf.squeeze(logits, [0])) : logits;
  if (output !== logits) logits.dispose();
  let layers: LayerRelevance[] | undefined;
  if (kept.length) {
    layers = graph.nodes.map((node, id) => {
      const r = kept[id]!;
      const totals = tf.tidy(() => tf.sum(tf.reshape(r, [n, -1]), 1));
      const total = Array.from(totals.dataSync());
      totals.dispose();
      const assigned = rules?.get(id);
      const rule = assigned && isReported(graph, id, assigned) ? assigned.rule.name : undefined;
      return { name: node.name, className: node.className, kind: node.kind, index: node.layerIndex, shape: r.shape, total, relevance: r, ...(rule ? { rule } : {}) };
    });
  }
  let disposed = false;
  return {
    method,
    relevance,
    output,
    target: targets,
    relevanceSum,
    score,
    backend: describeBackend(),
    ...(layers ? { layers } : {}),
    dispose() {
      if (disposed) return;
      disposed = true;
      relevance.dispose();
      output.dispose();
      for (const t of kept) t.dispose();
    },
  };
}

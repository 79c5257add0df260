/**
 * One verb, `explain`, for every method of the paper: the gradient family, simple Taylor and LRP with
 * any composite. It works on batches, on Sequential and functional models, and never changes the model.
 */
import * as tf from "@tensorflow/tfjs";
import { describeBackend, ready } from "../backend";
import { canonize } from "../canonizers";
import { assignRules, namedComposite, type Composite, type CompositeOptions } from "../composites";
import { XaiError, check, describeValue } from "../errors";
import { forward } from "../graph/forward";
import { graphFromModel } from "../graph/fromModel";
import { disposeGraph, isLinear, type Graph } from "../graph/graph";
import type { LayerKind } from "../graph/kinds";
import { lrp0, type Rule } from "../rules";
import { boundsTensor } from "./lrp/linear";
import { propagateRelevance } from "./lrp";
import { inputGradient, selector } from "./gradient";
import { isGradientMethod, METHOD_NAMES } from "./methods";
import { taylor, type RootPoint } from "./taylor";
import { checkInput, classCount, resolveTargets } from "./validate";

export interface ExplainOptions extends CompositeOptions {
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
  /** Frees every tensor of this explanation. */
  dispose(): void;
}

/** A model prepared for explaining: its canonized graph, reusable across calls. Dispose it when done. */
export class Explainer {
  private disposed = false;

  private constructor(readonly graph: Graph) {}

  /** Reads and canonizes `model`; the model itself is not changed. */
  static async from(model: tf.LayersModel): Promise<Explainer> {
    await ready();
    const raw = graphFromModel(model);
    try {
      return new Explainer(canonize(raw));
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
    await ready();
    return explainGraph(this.graph, x, options);
  }

  /** The dense/conv layers of the canonized graph and the rule a composite gives each. */
  rules(options: ExplainOptions = {}): { name: string; kind: LayerKind; rule: string }[] {
    const composite = compositeFor(options.method ?? "epsilon-plus-flat", options);
    check(composite, `method '${options.method}' uses no LRP rules`);
    const rules = assignRules(this.graph, composite);
    return this.graph.nodes.filter(isLinear).map((n) => ({ name: n.name, kind: n.kind, rule: rules.get(n.id)!.name }));
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
export function prepare(model: tf.LayersModel): Promise<Explainer> {
  return Explainer.from(model);
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
  const explainer = await Explainer.from(model);
  try {
    return await explainer.explain(x, options);
  } finally {
    explainer.dispose();
  }
}

function methodOf(options: ExplainOptions): string {
  const method = options.method ?? (options.composite ? "lrp" : "epsilon-plus-flat");
  check(typeof method === "string", () => `method must be a string, got ${describeValue(method)}`);
  check(METHOD_NAMES.includes(method), () => `unknown method '${method}'; known: ${METHOD_NAMES.join(", ")}`);
  if (method === "lrp") check(Array.isArray(options.composite), "method 'lrp' needs a composite table (options.composite)");
  return method;
}

function compositeFor(method: string, options: ExplainOptions): Composite | null {
  if (isGradientMethod(method)) return null;
  if (method === "lrp") return options.composite!;
  if (method === "lrp-0") return [{ match: { kind: "linear" }, rule: lrp0({ zeroBias: options.zeroBias }) }];
  return namedComposite(method, options);
}

function explainGraph(graph: Graph, x: tf.Tensor, options: ExplainOptions): Explanation {
  const method = methodOf(options);
  const classes = classCount(graph);
  const composite = compositeFor(method, options);
  const rules = composite ? assignRules(graph, composite) : null;
  const { batch, batched } = checkInput(graph, x);
  try {
    if (rules) checkRuleBounds(rules, batch.shape, graph);
    let targets: number[] = [];
    const n = batch.shape[0]!;
    const computed = tf.tidy(() => {
      let relevance: tf.Tensor;
      let logits: tf.Tensor;
      let perLayer: (tf.Tensor | undefined)[] = [];
      if (rules) {
        const acts = forward(graph, batch);
        logits = acts[graph.output]!;
        targets = resolveTargets(options.target, n, classes, () => logits);
        const start = tf.mul(logits, selector(targets, classes));
        perLayer = propagateRelevance(graph, acts, start, rules);
        relevance = perLayer[0] ?? tf.zerosLike(batch);
      } else {
        // Without a given target, one forward pass finds the predicted classes first.
        targets = resolveTargets(options.target, n, classes, () => forward(graph, batch)[graph.output]!);
        if (method === "taylor") {
          ({ relevance, logits } = taylor(graph, batch, targets, { root: options.root }));
        } else {
          const g = inputGradient(graph, batch, targets);
          logits = g.logits;
          relevance = method === "gradient" ? g.gradient : method === "sensitivity" ? tf.square(g.gradient) : tf.mul(g.gradient, batch);
        }
      }
      const kept = options.layers && rules ? perLayer.map((r, id) => r ?? tf.zeros([n, ...(graph.nodes[id]!.outputShape.slice(1) as number[])])) : [];
      return { relevance: batched ? tf.squeeze(relevance, [0]) : relevance, logits, kept };
    });
    return assemble(method, graph, computed.relevance, computed.logits, targets, batched, computed.kept, rules);
  } finally {
    if (batch !== x) batch.dispose();
  }
}

function assemble(
  method: string,
  graph: Graph,
  relevance: tf.Tensor,
  logits: tf.Tensor,
  targets: number[],
  batched: boolean,
  kept: tf.Tensor[],
  rules: ReadonlyMap<number, Rule> | null,
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
      const rule = rules?.get(id)?.name;
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

/** Bounds of the box rule must fit the layer input they apply to; checked before any work. */
function checkRuleBounds(rules: ReadonlyMap<number, Rule>, inputShape: readonly number[], graph: Graph): void {
  for (const [id, rule] of rules) {
    if (rule.low === undefined && rule.high === undefined) continue;
    const node = graph.nodes[id]!;
    const producer = graph.nodes[node.inputs[0]!]!;
    const shape = producer.kind === "input" ? inputShape : [1, ...(producer.outputShape.slice(1) as number[])];
    try {
      tf.tidy(() => {
        boundsTensor(rule.low, shape, "low");
        boundsTensor(rule.high, shape, "high");
      });
    } catch (e) {
      throw new XaiError(`${(e as Error).message} (rule ${rule.name} on layer '${node.name}')`);
    }
  }
}

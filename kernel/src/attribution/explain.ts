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
import { checkFiniteWeights } from "../io/finiteWeights";
import type { IntegratedGradientsOptions } from "./method/integratedGradients";
import type { OcclusionOptions } from "./method/occlusion";
import type { SmoothGradOptions } from "./method/smoothgrad";
import { methodOf } from "./methods";
import type { RootPoint } from "./taylor";
import { checkpoint } from "../interrupt";
import { WorkerPool, workersFor, type WorkersOption } from "../parallel/pool";
import { checkBatchFits, chunkSize, DEFAULT_WORK_BYTES, footprint } from "./chunking";
import type { ChunkResult, Plan } from "./method/method";
import { Profiler, withProfiler, type ProfileRow } from "../graph/profile";
import { checkInput, checkTargets, classCount } from "./validate";

export type { ProfileRow } from "../graph/profile";
import { parametersOf } from "./parameters";
import type { ExplanationParameters } from "../protocol/methods";

/** How a model is prepared for explaining. */
export interface PrepareOptions {
  /**
   * The canonizers that rewrite the model's graph before any rule sees it, in order (default
   * `xai.canonizers.DEFAULT_CANONIZERS`: split fused activations, drop the output softmax, fold batch
   * norms into the layer before). Given to `xai.prepare(model, ...)`, or to `xai.explain` with a model.
   */
  canonizers?: readonly Canonizer[];
  /** Byte budget of the cache of rule-modified weights and flipped kernels (default 512 MiB); least recently used entries beyond it are evicted. */
  cacheBytes?: number;
  /** Working-memory budget of each explain call in bytes (default 1 GiB): larger batches are explained in chunks. */
  workBytes?: number;
  /**
   * Worker threads that explain the samples of a batch in parallel, each with its own backend and copy
   * of the model (default "auto": every core, where the batch is large enough to gain, on the wasm and
   * cpu backends; 1: this thread only). Results are bit-identical whatever the number.
   */
  workers?: WorkersOption;
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
  /** Also return the time spent in each layer (`e.profile`; explains in this thread). */
  profile?: boolean;
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
  /** With `profile: true`: milliseconds per layer and phase, summed over the chunks. */
  readonly profile?: readonly ProfileRow[];
  /** The rule parameters it was computed with (what `explain` was given), for displays and recomputation. */
  readonly parameters?: Readonly<ExplanationParameters>;
  /** Frees every tensor of this explanation. */
  dispose(): void;
}

/** A model prepared for explaining: its canonized graph, reusable across calls. Dispose it when done. */
export class Explainer {
  private disposed = false;
  private inFlight = 0;
  private workBytes: number;
  private workers: WorkersOption;
  private pool: WorkerPool | null = null;

  private constructor(
    readonly graph: Graph,
    /** What each canonizer rewrote when the model was prepared, in order. */
    readonly canonized: readonly CanonizerReport[],
    options: PrepareOptions,
  ) {
    this.workBytes = options.workBytes ?? DEFAULT_WORK_BYTES;
    this.workers = options.workers ?? "auto";
  }

  /**
   * Reads and canonizes `model` (with `options.canonizers`); the model itself is not changed (its
   * weights are shared, not copied).
   */
  static async from(model: tf.LayersModel, options: PrepareOptions = {}): Promise<Explainer> {
    checkPrepareOptions(options);
    await ready();
    const raw = graphFromModel(model);
    try {
      await checkFiniteWeights(model);
      const { graph, applied } = canonizeReporting(raw, options.canonizers ?? DEFAULT_CANONIZERS);
      if (options.cacheBytes !== undefined) graph.cache.setBudget(options.cacheBytes);
      return new Explainer(graph, applied, options);
    } catch (e) {
      disposeGraph(raw);
      throw e;
    }
  }

  /** The canonized model's output (logits) for `x` (a batch, or one sample), after checking `x`. */
  async predict(x: tf.Tensor): Promise<tf.Tensor> {
    this.checkAlive();
    await ready();
    const { batch, batched } = await checkInput(this.graph, x);
    try {
      checkBatchFits(batch);
      const out = this.logits(batch);
      return batched ? tf.tidy(() => tf.squeeze(out, [0])) : out;
    } finally {
      if (batch !== x) batch.dispose();
    }
  }

  /**
   * The canonized model's logits for a batch already known to be valid (no checks, no read): for loops
   * that feed it inputs derived from checked ones, such as pixel-flipping's perturbed images.
   */
  logits(batch: tf.Tensor): tf.Tensor {
    this.checkAlive();
    return tf.tidy(() => forward(this.graph, batch)[this.graph.output]!);
  }

  /** Explains `x` (a batch, or one sample) with `options.method`. */
  async explain(x: tf.Tensor, options: ExplainOptions = {}): Promise<Explanation> {
    this.checkAlive();
    check(
      options?.canonizers === undefined,
      "canonizers apply when a model is prepared: xai.prepare(model, { canonizers }), or xai.explain(model, x, { canonizers }) with the model itself",
    );
    check(options?.cacheBytes === undefined, "cacheBytes applies when a model is prepared: xai.prepare(model, { cacheBytes })");
    checkWorkers(options?.workers);
    // Counted before the first await: a dispose() right after this call must wait for it.
    this.inFlight++;
    try {
      await ready();
      return await explainGraph(this.graph, x, { workBytes: this.workBytes, ...options }, this.parallel(options.workers ?? this.workers));
    } finally {
      this.inFlight--;
      // dispose() during a call frees the graph once the last call in flight is done.
      if (this.disposed && this.inFlight === 0) this.free();
    }
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

  /** The weight cache's bytes, entries, budget and evictions so far. */
  cacheStats(): ReturnType<Graph["cache"]["stats"]> {
    return this.graph.cache.stats();
  }

  /** Frees the canonized graph and ends the worker threads (at once, or when the explain calls in flight are done). */
  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    if (this.inFlight === 0) this.free();
  }

  private free(): void {
    this.pool?.terminate();
    this.pool = null;
    disposeGraph(this.graph);
  }

  /** The worker pool as explainGraph uses it, started on first use. */
  private parallel(option: WorkersOption): Parallel {
    return {
      workersFor: (n) => workersFor(option, n, this.graph),
      run: (batch, options, targets, count) => (this.pool ??= new WorkerPool(this.graph)).run(batch, options, targets, count),
    };
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
  checkWorkers((options as { workers?: unknown } | undefined)?.workers);
  if (model instanceof Explainer) return model.explain(x, options);
  check(options === undefined || (typeof options === "object" && options !== null), () => `options must be an object, got ${describeValue(options)}`);
  // Check the method before the (costlier) graph is built.
  methodOf(options);
  const { canonizers, cacheBytes, ...rest } = options;
  const explainer = await Explainer.from(model, { canonizers, cacheBytes, workBytes: options.workBytes, workers: options.workers });
  try {
    return await explainer.explain(x, rest);
  } finally {
    explainer.dispose();
  }
}

async function explainGraph(graph: Graph, x: tf.Tensor, options: ExplainOptions, parallel: Parallel | null): Promise<Explanation> {
  const method = methodOf(options);
  const classes = classCount(graph);
  const plan = method.plan(graph, options);
  const { batch, batched } = await checkInput(graph, x);
  const profiler = options.profile ? new Profiler() : null;
  try {
    plan.checkInput?.(batch.shape);
    const n = batch.shape[0]!;
    const given = checkTargets(options.target, n, classes);
    const workers = profiler || !parallel ? 1 : parallel.workersFor(n);
    const out = workers > 1 ? await parallel!.run(batch, options, given, workers) : await computeBatch(graph, plan, batch, options, given, 0, profiler);
    const relevance = batched ? tf.tidy(() => tf.squeeze(out.relevance, [0])) : out.relevance;
    if (relevance !== out.relevance && !out.layers?.includes(out.relevance)) out.relevance.dispose();
    return {
      ...(await assemble(method.name, graph, relevance, out.logits, out.targets, batched, out.layers ?? [], plan.rules ?? null, profiler)),
      parameters: parametersOf(options),
    };
  } finally {
    if (batch !== x) batch.dispose();
  }
}

/** Explaining a checked batch on worker threads (parallel/pool.ts): how many to use, and the work. */
export interface Parallel {
  workersFor(n: number): number;
  run(batch: tf.Tensor, options: ExplainOptions, targets: readonly number[] | null, workers: number): Promise<ChunkResult>;
}

/**
 * The method's computation on a checked batch, in chunks that fit the working-memory budget, joined.
 * `baseOffset` is the batch's position in a larger one (a worker's slice), for per-sample seeds.
 */
export async function computeBatch(
  graph: Graph,
  plan: Plan,
  batch: tf.Tensor,
  options: ExplainOptions,
  given: readonly number[] | null,
  baseOffset: number,
  profiler: Profiler | null,
): Promise<ChunkResult> {
  const n = batch.shape[0]!;
  const keepLayers = options.layers === true;
  const size = chunkSize(n, footprint(graph, { passes: plan.passes ?? 1, keepLayers }), options.workBytes);
  checkBatchFits(batch);
  const parts: ChunkResult[] = [];
  try {
    for (let offset = 0; offset < n; offset += size) {
      await checkpoint("explaining");
      const m = Math.min(size, n - offset);
      const chunk = m === n ? batch : tf.slice(batch, offset, m);
      try {
        const targets = given?.slice(offset, offset + m) ?? null;
        parts.push(await withProfiler(profiler, () => plan.compute({ graph, batch: chunk, targets, offset: baseOffset + offset, layers: keepLayers })));
      } finally {
        if (chunk !== batch) chunk.dispose();
      }
    }
    const out = joinChunks(parts);
    parts.length = 0;
    return out;
  } finally {
    for (const p of parts) disposeChunk(p);
  }
}

/**
 * The chunks' results as one, in order; the chunks' tensors are freed. A method may hand back one
 * tensor in several places (the input's layer relevance as its relevance; an activation's relevance as
 * its input's): each is joined once and stays shared.
 */
export function joinChunks(parts: readonly ChunkResult[]): ChunkResult {
  if (parts.length === 1) return parts[0]!;
  const joined = new Map<tf.Tensor, tf.Tensor>();
  const cat = (pick: (p: ChunkResult) => tf.Tensor): tf.Tensor => {
    const first = pick(parts[0]!);
    let out = joined.get(first);
    if (!out) joined.set(first, (out = tf.concat(parts.map(pick), 0)));
    return out;
  };
  const layers = parts[0]!.layers?.map((_, id) => cat((p) => p.layers![id]!));
  const result = { relevance: cat((p) => p.relevance), logits: cat((p) => p.logits), targets: parts.flatMap((p) => p.targets), ...(layers ? { layers } : {}) };
  for (const p of parts) disposeChunk(p);
  return result;
}

function disposeChunk(p: ChunkResult): void {
  p.relevance.dispose();
  p.logits.dispose();
  for (const t of p.layers ?? []) t.dispose();
}

function checkWorkers(v: unknown): void {
  check(
    v === undefined || v === "auto" || (typeof v === "number" && Number.isInteger(v) && v >= 1),
    () => `workers must be "auto" or a whole number ≥ 1, got ${describeValue(v)}`,
  );
}

function checkPrepareOptions(options: PrepareOptions): void {
  check(options !== null && typeof options === "object", () => `prepare options must be an object, got ${describeValue(options)}`);
  checkWorkers(options.workers);
  for (const key of ["cacheBytes", "workBytes"] as const) {
    const v = options[key];
    check(v === undefined || (typeof v === "number" && Number.isFinite(v) && v >= 0), () => `${key} must be a number of bytes ≥ 0, got ${describeValue(v)}`);
  }
}

async function assemble(
  method: string,
  graph: Graph,
  relevance: tf.Tensor,
  logits: tf.Tensor,
  targets: number[],
  batched: boolean,
  kept: tf.Tensor[],
  rules: ReadonlyMap<number, AssignedRule> | null,
  profiler: Profiler | null,
): Promise<Explanation> {
  const n = targets.length;
  const sums = tf.tidy(() => (batched ? tf.sum(relevance).reshape([1]) : tf.sum(tf.reshape(relevance, [n, -1]), 1)));
  const relevanceSum = Array.from(await sums.data());
  sums.dispose();
  const logitData = await logits.data();
  const classes = logits.shape[1]!;
  const score = targets.map((t, i) => logitData[i * classes + t]!);
  const output = batched ? tf.tidy(() => tf.squeeze(logits, [0])) : logits;
  if (output !== logits) logits.dispose();
  let layers: LayerRelevance[] | undefined;
  if (kept.length) {
    // One read for every layer's totals.
    const totals = tf.tidy(() => tf.stack(kept.map((r) => tf.sum(tf.reshape(r, [n, -1]), 1))));
    const flat = await totals.data();
    totals.dispose();
    layers = graph.nodes.map((node, id) => {
      const r = kept[id]!;
      const total = Array.from(flat.subarray(id * n, (id + 1) * n));
      const assigned = rules?.get(id);
      const rule = assigned && isReported(graph, id, assigned) ? assigned.rule.name : undefined;
      return {
        name: node.name,
        className: node.className,
        kind: node.kind,
        index: node.layerIndex,
        shape: r.shape,
        total,
        relevance: r,
        ...(rule ? { rule } : {}),
      };
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
    ...(profiler ? { profile: profiler.rows(graph, rules) } : {}),
    dispose() {
      if (disposed) return;
      disposed = true;
      relevance.dispose();
      output.dispose();
      for (const t of kept) t.dispose();
    },
  };
}

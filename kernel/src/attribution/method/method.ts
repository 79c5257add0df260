/**
 * What a method of the one verb `explain` is (Captum's pattern: one method per file behind one verb).
 *
 * A method is looked up by name, checks its options once (`plan`), and then computes relevance chunk by
 * chunk (`Plan.compute`): a chunk is any slice of the checked batch, and explaining a batch in chunks
 * gives exactly what explaining it whole gives. `explain.ts` owns everything around the computation
 * (input checks, chunking, the result object); a method owns only its own arithmetic.
 */
import * as tf from "@tensorflow/tfjs";
import type { Graph } from "../../graph/graph";
import type { AssignedRule } from "../../composites";
import type { ExplainOptions } from "../explain";

/** What a method's relevance is made of: the input gradient, LRP rules layer by layer, or perturbed inputs. */
export type MethodFamily = "gradient" | "lrp" | "perturbation";

/** One chunk of a batch, as a method's computation sees it. */
export interface Chunk {
  readonly graph: Graph;
  /** float32 samples [n, ...] (checked; not owned by the method: do not dispose). */
  readonly batch: tf.Tensor;
  /** The explained class of each sample of the chunk, or null: each sample's predicted class. */
  readonly targets: readonly number[] | null;
  /** Position of the chunk's first sample in the whole batch (per-sample seeds depend on it). */
  readonly offset: number;
  /** Keep the relevance at every node's output (`layers: true`), where the method has it. */
  readonly layers: boolean;
}

/** What a method computes for a chunk; the tensors belong to the caller. */
export interface ChunkResult {
  /** Relevance shaped like `chunk.batch`. */
  readonly relevance: tf.Tensor;
  /** The model output (logits) at the chunk's samples, [n, classes]. */
  readonly logits: tf.Tensor;
  /** The explained class of each sample. */
  readonly targets: number[];
  /** With `chunk.layers`, for methods that propagate layer by layer: the relevance at every node's output, by node id. */
  readonly layers?: tf.Tensor[];
}

/** A method with its options checked against one graph: ready to compute chunk after chunk. */
export interface Plan {
  /** The rule each node but the input gets (methods that propagate layer by layer), by node id. */
  readonly rules?: ReadonlyMap<number, AssignedRule>;
  /** Checks that need the batch's shape (the box rule's bounds, an occlusion patch), before any work. */
  checkInput?(shape: readonly number[]): void;
  /**
   * How many forward/backward passes per sample `compute` runs at once (integrated gradients' steps run
   * as one batch, say); explain sizes its chunks by it so that the work fits in memory. Default 1.
   */
  readonly passes?: number;
  /** Relevance, logits and targets of one chunk. */
  compute(chunk: Chunk): Promise<ChunkResult>;
}

export interface Method {
  /** The name `explain` takes (`options.method`). */
  readonly name: string;
  readonly family: MethodFamily;
  /** One line for `--help` and method lists. */
  readonly summary: string;
  /** Whether it can return the relevance at every layer (`layers: true`). */
  readonly layers?: boolean;
  /** The options the method reads besides method, target and layers (the CLI refuses the others). */
  readonly parameters: readonly (keyof ExplainOptions)[];
  /** Checks `options` against `graph` once per call, before any tensor work, and returns the computation. */
  plan(graph: Graph, options: ExplainOptions): Plan;
}

/** The predicted class of each row of `logits` (the arg-max), read asynchronously. */
export async function predictedClasses(logits: tf.Tensor): Promise<number[]> {
  const argmax = tf.argMax(logits, 1);
  try {
    return Array.from(await argmax.data());
  } finally {
    argmax.dispose();
  }
}

/** The chunk's targets: the given ones, or the predicted classes from `logits()` (whose tensor is freed here). */
export async function chunkTargets(chunk: Chunk, logits: () => tf.Tensor): Promise<number[]> {
  if (chunk.targets) return [...chunk.targets];
  const out = tf.tidy(logits);
  try {
    return await predictedClasses(out);
  } finally {
    out.dispose();
  }
}

/**
 * A canonizer is a small object: a name, what it matches, and how it rewrites a graph into one that
 * computes the same function in the form the rules assume (zennit's canonizers, methods.md §3). The
 * user's model is never touched: canonizers rewrite xai-lab's own graph. A list of them runs in order
 * when a model is prepared (`xai.prepare(model, { canonizers })`); the default list is today's
 * behaviour, and a list can drop, reorder, configure or add canonizers.
 */
import type { Graph } from "../graph/graph";

export interface Canonizer {
  /** Short name ("split-activations", "drop-softmax", "fold-batch-norm", ...). */
  readonly name: string;
  /** What it rewrites, in one sentence. */
  readonly description: string;
  /** The ids of the nodes of `graph` it rewrites; none: `apply` leaves the graph as it is. */
  match(graph: Graph): number[];
  /**
   * `graph` with every match rewritten (the same graph when nothing matches). A new graph takes over the
   * old one's tensors (canonizers/rewrite.ts): use only the result afterwards.
   */
  apply(graph: Graph): Graph;
}

/** What one canonizer did when a model was prepared. */
export interface CanonizerReport {
  readonly canonizer: string;
  /** The names of the layers it rewrote (in the graph it was given). */
  readonly layers: readonly string[];
}

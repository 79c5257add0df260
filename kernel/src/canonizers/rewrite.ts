/** The one mechanism the canonizers share: rebuild a graph node by node, renumbering ids. */
import type { Graph, GraphNode } from "../graph/graph";

/** A node as a canonizer emits it: everything but its id, with inputs given as new ids. */
export type DraftNode = GraphNode extends infer N ? (N extends GraphNode ? Omit<N, "id"> : never) : never;

export interface RewriteStep {
  /** The old node, unchanged. */
  readonly node: GraphNode;
  /** The new ids of the old node's inputs. */
  readonly inputs: number[];
  /** Adds a node to the new graph and returns its id. */
  emit(draft: DraftNode): number;
}

/**
 * A new graph in which each old node is replaced by what `visit` emits; `visit` returns the new id that
 * now produces the old node's output (an input's id drops the node). The old graph's tensors move to
 * the new graph, with `extra` tensors the canonizer made; the old graph must not be disposed after this.
 */
export function rewrite(graph: Graph, visit: (step: RewriteStep) => number, extra: readonly import("@tensorflow/tfjs").Tensor[] = []): Graph {
  const nodes: GraphNode[] = [];
  const newId: number[] = [];
  const emit = (draft: DraftNode): number => {
    const id = nodes.length;
    nodes.push({ ...draft, id } as GraphNode);
    return id;
  };
  for (const node of graph.nodes) {
    newId[node.id] = visit({ node, inputs: node.inputs.map((i) => newId[i]!), emit });
  }
  return { nodes, output: newId[graph.output]!, inputShape: graph.inputShape, owned: [...graph.owned, ...extra], borrowed: graph.borrowed, cache: graph.cache };
}

/** Re-emits `node` as it is, with its inputs renumbered. */
export function keep(step: RewriteStep): number {
  const { id: _old, ...rest } = step.node;
  return step.emit({ ...rest, inputs: step.inputs } as DraftNode);
}

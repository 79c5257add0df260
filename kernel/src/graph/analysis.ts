/** Static facts about a graph that let the engine skip work without changing any result. */
import type { Graph } from "./graph";

export interface Analysis {
  /** Per node: is its output ≥ 0 for every input? */
  readonly nonNegative: readonly boolean[];
}

const ANALYSES = new WeakMap<Graph, Analysis>();

/** The static analysis of `graph`, computed once per graph. */
export function analysisOf(graph: Graph): Analysis {
  let a = ANALYSES.get(graph);
  if (!a) {
    a = { nonNegative: nonNegativeOutputs(graph) };
    ANALYSES.set(graph, a);
  }
  return a;
}
import { NON_NEGATIVE_ACTIVATIONS } from "./kinds";

/**
 * For each node, whether its output is ≥ 0 for every input: true after ReLU-like activations and
 * through the layers that keep signs (pooling, reshaping, padding, adding and concatenating such
 * outputs). Rules use it to drop the terms in `x⁻`, which are then exactly zero.
 */
export function nonNegativeOutputs(graph: Graph): boolean[] {
  const out: boolean[] = [];
  for (const node of graph.nodes) {
    const all = node.inputs.length > 0 && node.inputs.every((i) => out[i]);
    switch (node.kind) {
      case "activation":
        out.push(NON_NEGATIVE_ACTIVATIONS.has(node.activation));
        break;
      case "dense":
      case "conv2d":
      case "depthwiseConv2d":
        out.push(NON_NEGATIVE_ACTIVATIONS.has(node.activation));
        break;
      case "maxPool2d":
      case "avgPool2d":
      case "globalAvgPool2d":
      case "globalMaxPool2d":
      case "flatten":
      case "reshape":
      case "identity":
      case "zeroPadding2d":
      case "add":
      case "concatenate":
        out.push(all);
        break;
      case "input":
      case "batchNorm":
        out.push(false);
        break;
    }
  }
  return out;
}

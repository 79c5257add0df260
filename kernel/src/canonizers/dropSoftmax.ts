/** Removes a softmax at the model output: LRP and the gradient methods explain the logits (methods.md §2). */
import type { Graph } from "../graph/graph";
import { keep, rewrite } from "./rewrite";

export function dropSoftmax(graph: Graph): Graph {
  const out = graph.nodes[graph.output]!;
  if (out.kind !== "activation" || out.activation !== "softmax") return graph;
  return rewrite(graph, (step) => (step.node.id === graph.output ? step.inputs[0]! : keep(step)));
}

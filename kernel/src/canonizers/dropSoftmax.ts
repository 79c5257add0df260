/** Removes a softmax at the model output: LRP and the gradient methods explain the logits (methods.md §2). */
import type { Graph } from "../graph/graph";
import type { Canonizer } from "./canonizer";
import { keep, rewrite } from "./rewrite";

export function dropSoftmax(): Canonizer {
  const match = (graph: Graph): number[] => {
    const out = graph.nodes[graph.output]!;
    return out.kind === "activation" && out.activation === "softmax" ? [out.id] : [];
  };
  return {
    name: "drop-softmax",
    description: "a softmax at the model output is removed: the logits are explained",
    match,
    apply: (graph) => (match(graph).length ? rewrite(graph, (step) => (step.node.id === graph.output ? step.inputs[0]! : keep(step))) : graph),
  };
}

/**
 * Splits activations fused into Dense/Conv layers into separate activation nodes, so that every linear
 * node outputs its pre-activation `z` (what LRP rules divide by) and every activation is a node of its
 * own that rules can address (`{ kind: "activation" }`). Required: the rules need every dense/conv
 * layer's pre-activation, so canonization refuses a graph that still has a fused activation.
 */
import { defaultAlpha } from "../graph/activations";
import type { Graph } from "../graph/graph";
import { isLinear } from "../graph/graph";
import type { Canonizer } from "./canonizer";
import { keep, rewrite } from "./rewrite";

export function splitActivations(): Canonizer {
  const match = (graph: Graph): number[] => graph.nodes.filter((n) => isLinear(n) && n.activation !== "linear").map((n) => n.id);
  return {
    name: "split-activations",
    description: "a dense/conv layer with a fused activation becomes the layer and an activation node named 'layer/activation'",
    match,
    apply: (graph) => (match(graph).length ? split(graph) : graph),
  };
}

function split(graph: Graph): Graph {
  return rewrite(graph, (step) => {
    const { node } = step;
    if (!isLinear(node) || node.activation === "linear") return keep(step);
    const { id: _old, ...rest } = node;
    const linear = step.emit({ ...rest, inputs: step.inputs, activation: "linear" });
    return step.emit({
      kind: "activation",
      name: `${node.name}/${node.activation}`,
      className: "Activation",
      layerIndex: node.layerIndex,
      inputs: [linear],
      outputShape: node.outputShape,
      activation: node.activation,
      alpha: defaultAlpha(node.activation),
    });
  });
}

/**
 * Splits activations fused into Dense/Conv layers into separate activation nodes, so that every linear
 * node outputs its pre-activation `z` (what LRP rules divide by) and every activation is a node that
 * relevance passes through unchanged.
 */
import { defaultAlpha } from "../graph/activations";
import type { Graph } from "../graph/graph";
import { isLinear } from "../graph/graph";
import { keep, rewrite } from "./rewrite";

export function splitActivations(graph: Graph): Graph {
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

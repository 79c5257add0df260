/**
 * Canonization: the graph rewritten into the form the rules assume, computing the same function
 * (tested to 1e-5). Order matters: fused activations are split first, so that a batch norm that follows
 * a linear layer is seen as directly after it only when no activation lies between them.
 */
import { XaiError } from "../errors";
import type { Graph } from "../graph/graph";
import { dropSoftmax } from "./dropSoftmax";
import { foldBatchNorm } from "./foldBatchNorm";
import { splitActivations } from "./splitActivations";

export { dropSoftmax, foldBatchNorm, splitActivations };

export function canonize(graph: Graph): Graph {
  // Refuse an inner softmax before folding, which makes tensors that a throw would leak.
  const split = dropSoftmax(splitActivations(graph));
  for (const node of split.nodes) {
    if (node.kind === "activation" && node.activation === "softmax") {
      throw new XaiError(`layer '${node.name}' applies a softmax inside the network; only a softmax at the output is supported (it is removed)`);
    }
  }
  return foldBatchNorm(split);
}

/**
 * Folds a batch normalisation that directly follows a Dense/Conv layer (and is that layer's only
 * consumer) into the layer's weights: `w' = w·γ/√(var+ε)`, `b' = (b−μ)·γ/√(var+ε) + β` (methods.md §3).
 * The folded layer computes exactly what the pair computed, so LRP rules see one linear map; it keeps
 * its own name, the batch norm's is kept in `node.folded`. Batch norms elsewhere stay (their rule is
 * `{ kind: "batchNorm" }` in a composite, pass by default, and `Explainer.rules()` reports them), or
 * `foldBatchNormForward()` folds them into the layer after them where that is exact.
 */
import * as tf from "@tensorflow/tfjs";
import type { BatchNormNode, Graph, LinearNode } from "../graph/graph";
import { consumers, isLinear } from "../graph/graph";
import type { Canonizer } from "./canonizer";
import { keep, rewrite } from "./rewrite";

export function foldBatchNorm(): Canonizer {
  const match = (graph: Graph): number[] => [...pairs(graph).values()].map((bn) => bn.id);
  return {
    name: "fold-batch-norm",
    description: "a batch norm right after a dense/conv layer (its only consumer, no activation between) is folded into the layer's weights",
    match,
    apply: (graph) => (match(graph).length ? fold(graph) : graph),
  };
}

/** Linear node id → the batch norm that follows it and can be folded into it. */
function pairs(graph: Graph): Map<number, BatchNormNode> {
  const users = consumers(graph);
  const foldInto = new Map<number, BatchNormNode>();
  for (const node of graph.nodes) {
    if (node.kind !== "batchNorm") continue;
    const producer = graph.nodes[node.inputs[0]!]!;
    if (isLinear(producer) && producer.activation === "linear" && users[producer.id]!.length === 1) foldInto.set(producer.id, node);
  }
  return foldInto;
}

function fold(graph: Graph): Graph {
  const foldInto = pairs(graph);
  const made: tf.Tensor[] = [];
  const folded = new Set<number>();
  const result = rewrite(
    graph,
    (step) => {
      const { node } = step;
      const bn = foldInto.get(node.id);
      if (bn && isLinear(node)) {
        const { kernel, bias } = foldedWeights(node, bn);
        made.push(kernel, bias);
        folded.add(bn.id);
        const { id: _old, ...rest } = node;
        return step.emit({ ...rest, inputs: step.inputs, kernel, bias, folded: [...(node.folded ?? []), bn.name] } as never);
      }
      if (folded.has(node.id)) return step.inputs[0]!;
      return keep(step);
    },
    made,
  );
  return result;
}

function foldedWeights(node: LinearNode, bn: BatchNormNode): { kernel: tf.Tensor; bias: tf.Tensor1D } {
  return tf.tidy(() => {
    const gamma = bn.gamma ?? tf.onesLike(bn.movingMean);
    const beta = bn.beta ?? tf.zerosLike(bn.movingMean);
    const scale = tf.div(gamma, tf.sqrt(tf.add(bn.movingVariance, bn.epsilon))) as tf.Tensor1D;
    const bias = node.bias ?? tf.zerosLike(bn.movingMean);
    const newBias = tf.add(tf.mul(tf.sub(bias, bn.movingMean), scale), beta) as tf.Tensor1D;
    let kernel: tf.Tensor;
    if (node.kind === "depthwiseConv2d") {
      // Output channel c·M + m of a depthwise conv comes from kernel[:, :, c, m].
      const [, , c, m] = node.kernel.shape;
      kernel = tf.mul(node.kernel, tf.reshape(scale, [1, 1, c, m]));
    } else {
      kernel = tf.mul(node.kernel, scale);
    }
    return { kernel, bias: newBias };
  });
}

/**
 * Folds a batch norm into the dense/conv layer right after it, where that is exact: the batch norm is
 * the affine map `y = s·x + t` per channel (`s = γ/√(var+ε)`, `t = β − μ·s`), so the layer after it
 * computes `W(s·x + t) + b = (W·s)x + (Wt + b)`. Exact for a dense layer, and for a convolution whose
 * windows never reach padding ('valid', or 'same' that pads nothing): a padded zero would become t
 * after the batch norm but stays 0 after folding. The batch norm must be the layer's only input and
 * the layer its only consumer. Not in the default list (it changes which layer the batch norm's
 * relevance is part of); add it for networks with batch norms before their linear layers.
 */
import * as tf from "@tensorflow/tfjs";
import type { BatchNormNode, Graph, LinearNode } from "../graph/graph";
import { consumers, isLinear } from "../graph/graph";
import type { Canonizer } from "./canonizer";
import { keep, rewrite } from "./rewrite";

export function foldBatchNormForward(): Canonizer {
  const match = (graph: Graph): number[] => [...pairs(graph).keys()];
  return {
    name: "fold-batch-norm-forward",
    description: "a batch norm right before a dense layer, or a conv whose windows never reach padding, is folded into that layer's weights",
    match,
    apply: (graph) => (match(graph).length ? fold(graph) : graph),
  };
}

/** Batch norm id → the linear node after it that absorbs it exactly. */
function pairs(graph: Graph): Map<number, LinearNode> {
  const users = consumers(graph);
  const out = new Map<number, LinearNode>();
  for (const bn of graph.nodes) {
    if (bn.kind !== "batchNorm" || users[bn.id]!.length !== 1 || bn.id === graph.output) continue;
    const next = graph.nodes[users[bn.id]![0]!]!;
    if (isLinear(next) && next.inputs.length === 1 && padsNothing(graph, next)) out.set(bn.id, next);
  }
  return out;
}

/** Whether no window of `node` reaches outside its input (dense layers have no windows). */
function padsNothing(graph: Graph, node: LinearNode): boolean {
  if (node.kind === "dense") return true;
  if (node.window.padding === "valid") return true;
  const input = graph.nodes[node.inputs[0]!]!.outputShape;
  return [0, 1].every((a) => {
    const size = input[a + 1] as number;
    const k = node.kernel.shape[a]!;
    const stride = node.window.strides[a]!;
    const out = Math.ceil(size / stride);
    return Math.max((out - 1) * stride + k - size, 0) === 0;
  });
}

function fold(graph: Graph): Graph {
  const into = pairs(graph);
  const absorbed = new Map([...into].map(([bnId, linear]) => [linear.id, graph.nodes[bnId] as BatchNormNode]));
  const made: tf.Tensor[] = [];
  return rewrite(
    graph,
    (step) => {
      const { node } = step;
      if (into.has(node.id)) return step.inputs[0]!;
      const bn = absorbed.get(node.id);
      if (bn && isLinear(node)) {
        const { kernel, bias } = foldedWeights(node, bn);
        made.push(kernel, bias);
        const { id: _old, ...rest } = node;
        return step.emit({ ...rest, inputs: step.inputs, kernel, bias, folded: [...(node.folded ?? []), bn.name] } as never);
      }
      return keep(step);
    },
    made,
  );
}

/** `W·s` (s per input channel) and `b + Σ W·t` (per output unit). */
function foldedWeights(node: LinearNode, bn: BatchNormNode): { kernel: tf.Tensor; bias: tf.Tensor1D } {
  return tf.tidy(() => {
    const gamma = bn.gamma ?? tf.onesLike(bn.movingMean);
    const beta = bn.beta ?? tf.zerosLike(bn.movingMean);
    const s = tf.div(gamma, tf.sqrt(tf.add(bn.movingVariance, bn.epsilon)));
    const t = tf.sub(beta, tf.mul(bn.movingMean, s));
    const bias = node.bias ?? tf.zeros([outputUnits(node)]);
    switch (node.kind) {
      case "dense": {
        // Kernel [C, units]: row c scales by s_c.
        const kernel = tf.mul(node.kernel, tf.reshape(s, [-1, 1]));
        return { kernel, bias: tf.add(bias, tf.squeeze(tf.matMul(tf.reshape(t, [1, -1]), node.kernel), [0])) as tf.Tensor1D };
      }
      case "conv2d": {
        // Kernel [kh, kw, C, F]: input channel c scales by s_c; the bias gains Σ_{kh, kw, c} t_c·W.
        const kernel = tf.mul(node.kernel, tf.reshape(s, [1, 1, -1, 1]));
        return { kernel, bias: tf.add(bias, tf.sum(tf.mul(node.kernel, tf.reshape(t, [1, 1, -1, 1])), [0, 1, 2])) as tf.Tensor1D };
      }
      case "depthwiseConv2d": {
        // Kernel [kh, kw, C, M]: output c·M + m sees channel c only.
        const kernel = tf.mul(node.kernel, tf.reshape(s, [1, 1, -1, 1]));
        return { kernel, bias: tf.add(bias, tf.reshape(tf.sum(tf.mul(node.kernel, tf.reshape(t, [1, 1, -1, 1])), [0, 1]), [-1])) as tf.Tensor1D };
      }
    }
  });
}

function outputUnits(node: LinearNode): number {
  const shape = node.outputShape;
  return shape[shape.length - 1] as number;
}

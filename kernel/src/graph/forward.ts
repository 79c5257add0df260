/**
 * Running the explanation graph with tfjs ops. `forward` keeps every node's output, which LRP needs
 * (each rule reads the input and the pre-activation of its layer).
 */
import * as tf from "@tensorflow/tfjs";
import { applyActivation } from "./activations";
import type { Graph, GraphNode } from "./graph";
import { differentiableForward, linearForward } from "./linearMaps";
import { avgPool2d, globalMaxPool2d, maxPool2d } from "./pooling";
import { timed } from "./profile";

export { linearForward } from "./linearMaps";

/**
 * Every node's output for input `x`, indexed by node id. Call inside `tf.tidy` or dispose them.
 *
 * With `differentiable`, tfjs' autodiff can take gradients through it (activation maximisation does);
 * the engine's own methods run their backward passes themselves and need no gradient tape.
 */
export function forward(graph: Graph, x: tf.Tensor, { differentiable = false }: { differentiable?: boolean } = {}): tf.Tensor[] {
  const outs: tf.Tensor[] = [];
  for (const node of graph.nodes) {
    outs.push(
      node.kind === "input"
        ? x
        : timed("forward", node.id, () =>
            applyNode(
              graph,
              node,
              node.inputs.map((i) => outs[i]!),
              differentiable,
            ),
          ),
    );
  }
  return outs;
}

/** The graph's output (logits after canonization) for input `x`. */
export function predict(graph: Graph, x: tf.Tensor): tf.Tensor {
  return tf.tidy(() => forward(graph, x)[graph.output]!);
}

/** Output of one node of `graph` given its inputs' outputs. */
export function applyNode(graph: Graph, node: GraphNode, inputs: tf.Tensor[], differentiable = false): tf.Tensor {
  const x = inputs[0]!;
  switch (node.kind) {
    case "input":
      return x;
    case "dense":
    case "conv2d":
    case "depthwiseConv2d":
      return applyActivation(node.activation, differentiable ? differentiableForward(graph, node, x) : linearForward(node, x, node.kernel, node.bias));
    case "maxPool2d":
      return maxPool2d(x as tf.Tensor4D, node.window);
    case "avgPool2d":
      return avgPool2d(x as tf.Tensor4D, node.window);
    case "globalAvgPool2d":
      return tf.mean(x, [1, 2]);
    case "globalMaxPool2d":
      return globalMaxPool2d(x as tf.Tensor4D);
    case "flatten":
      return tf.reshape(x, [x.shape[0], -1]);
    case "reshape":
      return tf.reshape(x, [x.shape[0], ...(node.outputShape.slice(1) as number[])]);
    case "identity":
      return x;
    case "batchNorm":
      return tf.batchNorm(x, node.movingMean, node.movingVariance, node.beta ?? undefined, node.gamma ?? undefined, node.epsilon);
    case "activation":
      return applyActivation(node.activation, x, node.alpha);
    case "add":
      return tf.addN(inputs);
    case "concatenate":
      return tf.concat(inputs, node.axis);
    case "zeroPadding2d":
      return tf.pad(x, [
        [0, 0],
        [node.pad[0][0], node.pad[0][1]],
        [node.pad[1][0], node.pad[1][1]],
        [0, 0],
      ]);
  }
}

/**
 * Relevance through the layers that have no rule of their own (methods.md §3, non-parametric layers):
 * element-wise activations and reshaping pass it unchanged, max-pooling gives it to the winner of each
 * window, average pooling and addition split it in proportion to the contributions, concatenation
 * splits it back by slices.
 */
import * as tf from "@tensorflow/tfjs";
import type { GraphNode } from "../../graph/graph";
import { avgPoolAdjoint, globalMaxRoute, maxPoolRoute } from "../../graph/pooling";
import { DEFAULT_STABILISER } from "../../rules/rule";
import { stabilise } from "./linear";

/**
 * Relevance at each input of `node` given relevance `R` at its output; `inputs` are the node's input
 * activations and `z` its output. Linear nodes are handled by `propagateLinear`. Call inside `tf.tidy`.
 */
export function propagateFixed(node: GraphNode, inputs: tf.Tensor[], z: tf.Tensor, R: tf.Tensor): tf.Tensor[] {
  const x = inputs[0]!;
  switch (node.kind) {
    case "activation":
    case "identity":
    case "batchNorm":
    case "input":
      return [R];
    case "flatten":
    case "reshape":
      return [tf.reshape(R, x.shape)];
    case "zeroPadding2d": {
      const [h, w] = [x.shape[1]!, x.shape[2]!];
      return [tf.slice(R, [0, node.pad[0][0], node.pad[1][0], 0], [-1, h, w, -1])];
    }
    case "maxPool2d":
      // Winner takes all: each window's relevance goes to its first arg-max, on every backend.
      return [maxPoolRoute(x as tf.Tensor4D, R as tf.Tensor4D, node.window)];
    case "globalMaxPool2d":
      return [globalMaxRoute(x as tf.Tensor4D, R as tf.Tensor2D)];
    case "avgPool2d": {
      // The ε-rule with weights 1/k: R_i = x_i Σ_j (1/k_j) R_j / stab(z_j); the pooling gradient applies the 1/k_j.
      // k_j counts the in-image inputs of window j ('same' padding is not counted, as in the forward pass).
      const s = tf.div(R, stabilise(z, DEFAULT_STABILISER));
      return [tf.mul(x, avgPoolAdjoint(s as tf.Tensor4D, x.shape, node.window))];
    }
    case "globalAvgPool2d": {
      const [, h, w, c] = x.shape as [number, number, number, number];
      const s = tf.div(R, stabilise(z, DEFAULT_STABILISER));
      return [tf.mul(x, tf.reshape(tf.div(s, h * w), [-1, 1, 1, c]))];
    }
    case "add": {
      const s = tf.div(R, stabilise(z, DEFAULT_STABILISER));
      return inputs.map((xi) => tf.mul(xi, s));
    }
    case "concatenate": {
      const sizes = inputs.map((xi) => xi.shape[node.axis]!);
      return tf.split(R, sizes, node.axis);
    }
    case "dense":
    case "conv2d":
    case "depthwiseConv2d":
      throw new Error(`internal: linear node '${node.name}' reached propagateFixed`);
  }
}

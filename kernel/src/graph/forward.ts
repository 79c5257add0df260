/**
 * Running the explanation graph with tfjs ops. `forward` keeps every node's output, which LRP needs
 * (each rule reads the input and the pre-activation of its layer).
 */
import * as tf from "@tensorflow/tfjs";
import { applyActivation } from "./activations";
import { conv2dAdjoint, flipKernel, preferForwardAdjoint } from "./convAdjoint";
import type { Graph, GraphNode, LinearNode } from "./graph";
import { avgPool2d, globalMaxPool2d, maxPool2d } from "./pooling";

/** Every node's output for input `x`, indexed by node id. Call inside `tf.tidy` or dispose them. */
export function forward(graph: Graph, x: tf.Tensor): tf.Tensor[] {
  const outs: tf.Tensor[] = [];
  for (const node of graph.nodes) {
    outs.push(node.kind === "input" ? x : applyNode(node, node.inputs.map((i) => outs[i]!)));
  }
  return outs;
}

/** The graph's output (logits after canonization) for input `x`. */
export function predict(graph: Graph, x: tf.Tensor): tf.Tensor {
  return tf.tidy(() => forward(graph, x)[graph.output]!);
}

/** A linear layer's map `x ↦ xW (+ b)` with the given (possibly rule-modified) kernel and bias. */
export function linearForward(node: LinearNode, x: tf.Tensor, kernel: tf.Tensor, bias: tf.Tensor | null): tf.Tensor {
  let z: tf.Tensor;
  switch (node.kind) {
    case "dense":
      z = denseMatMul(x, kernel as tf.Tensor2D);
      break;
    case "conv2d":
      z = conv2d(x as tf.Tensor4D, kernel as tf.Tensor4D, node.window.strides as [number, number], node.window.padding);
      break;
    case "depthwiseConv2d":
      z = depthwiseConv2d(x as tf.Tensor4D, kernel as tf.Tensor4D, node.window.strides as [number, number], node.window.padding);
      break;
  }
  return bias ? tf.add(z, bias) : z;
}

/** Output of one node given its inputs' outputs. */
export function applyNode(node: GraphNode, inputs: tf.Tensor[]): tf.Tensor {
  const x = inputs[0]!;
  switch (node.kind) {
    case "input":
      return x;
    case "dense":
    case "conv2d":
    case "depthwiseConv2d":
      return applyActivation(node.activation, linearForward(node, x, node.kernel, node.bias));
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
      return tf.pad(x, [[0, 0], [node.pad[0][0], node.pad[0][1]], [node.pad[1][0], node.pad[1][1]], [0, 0]]);
  }
}

/**
 * Convolution whose input gradient runs as a forward convolution where that is faster (wasm: see
 * convAdjoint.ts). Only the input gradient is defined: the engine never differentiates weights.
 */
function conv2d(x: tf.Tensor4D, kernel: tf.Tensor4D, strides: [number, number], padding: "valid" | "same"): tf.Tensor4D {
  if (!preferForwardAdjoint()) return tf.conv2d(x, kernel, strides, padding);
  return withInputGradient(
    (input) => tf.conv2d(input, kernel, strides, padding),
    (dy, input) => conv2dAdjoint(dy, flipKernel(kernel), input.shape, strides, padding),
  )(x);
}

/**
 * Depthwise convolution that can be differentiated on every backend: where the backend has no
 * depthwise input-gradient kernel (wasm), the gradient runs as the adjoint of the full convolution
 * with the equivalent block-diagonal kernel.
 */
function depthwiseConv2d(x: tf.Tensor4D, kernel: tf.Tensor4D, strides: [number, number], padding: "valid" | "same"): tf.Tensor4D {
  if (tf.getKernel("DepthwiseConv2dNativeBackpropInput", tf.getBackend())) return tf.depthwiseConv2d(x, kernel, strides, padding);
  return withInputGradient(
    (input) => tf.depthwiseConv2d(input, kernel, strides, padding),
    (dy, input) => conv2dAdjoint(dy, flipKernel(blockDiagonal(kernel)), input.shape, strides, padding),
  )(x);
}

/** `f` with its gradient with respect to its single input given by `grad(dy, input)`. */
function withInputGradient(f: (x: tf.Tensor4D) => tf.Tensor4D, grad: (dy: tf.Tensor4D, x: tf.Tensor4D) => tf.Tensor4D): (x: tf.Tensor4D) => tf.Tensor4D {
  const op = tf.customGrad(((input: tf.Tensor4D) => ({
    value: f(input),
    gradFunc: (dy: tf.Tensor) => grad(dy as tf.Tensor4D, input),
  })) as unknown as Parameters<typeof tf.customGrad>[0]);
  return (x) => op(x) as tf.Tensor4D;
}

/** [kh, kw, C, M] depthwise kernel → [kh, kw, C, C·M] full kernel with zeros off the diagonal. */
export function blockDiagonal(k: tf.Tensor4D): tf.Tensor4D {
  return tf.tidy(() => {
    const [kh, kw, c, m] = k.shape;
    const eye = tf.reshape(tf.eye(c), [1, 1, c, c, 1]);
    return tf.reshape(tf.mul(tf.reshape(k, [kh, kw, c, 1, m]), eye), [kh, kw, c, c * m]);
  });
}

/** Dense on inputs of any rank: the kernel acts on the last axis, as in Keras. */
function denseMatMul(x: tf.Tensor, kernel: tf.Tensor2D): tf.Tensor {
  if (x.rank === 2) return tf.matMul(x as tf.Tensor2D, kernel);
  const lead = x.shape.slice(0, -1);
  const flat = tf.reshape(x, [-1, x.shape[x.rank - 1]!]) as tf.Tensor2D;
  return tf.reshape(tf.matMul(flat, kernel), [...lead, kernel.shape[1]]);
}

/**
 * The two maps of a dense or convolutional layer that every method is made of: the forward map
 * `x ↦ xW (+ b)` and its adjoint `s ↦ Wᵀs` (the input gradient of ⟨xW, s⟩). Each runs in the form that
 * is fastest on the current backend and keeps no more copies of the weights than it must.
 *
 * Why the forms differ by backend: on wasm, XNNPACK keeps a packed copy of every matrix used as the
 * right operand of a product (411 MB for VGG-16's first dense layer), and tfjs' transposed products
 * and transposed convolutions there are plain loops. So on wasm the dense adjoint multiplies with the
 * weight matrix as the left operand — `(W sᵀ)ᵀ`, nothing packed, 10× faster than `s Wᵀ` — and
 * convolution adjoints run as forward correlations with flipped kernels (convAdjoint.ts), cached in the
 * graph's weight cache under `kernelKey`.
 */
import * as tf from "@tensorflow/tfjs";
import { conv2dAdjoint, depthwiseAdjoint, flipDepthwiseKernel, flipKernel, preferForwardAdjoint } from "./convAdjoint";
import { cached, type Graph, type LinearNode } from "./graph";

/**
 * A linear layer's map `x ↦ xW (+ b)` with the given (possibly rule-modified) kernel and bias. The bias
 * is added inside the product (tfjs' fused ops, as the model's own layers do), saving one pass over
 * the output.
 */
export function linearForward(node: LinearNode, x: tf.Tensor, kernel: tf.Tensor, bias: tf.Tensor | null): tf.Tensor {
  const b = bias ?? undefined;
  switch (node.kind) {
    case "dense":
      return denseMatMul(x, kernel as tf.Tensor2D, b);
    case "conv2d":
      return tf.fused.conv2d({ x: x as tf.Tensor4D, filter: kernel as tf.Tensor4D, strides: node.window.strides as [number, number], pad: node.window.padding, bias: b });
    case "depthwiseConv2d":
      return tf.fused.depthwiseConv2d({ x: x as tf.Tensor4D, filter: kernel as tf.Tensor4D, strides: node.window.strides as [number, number], pad: node.window.padding, bias: b });
  }
}

/**
 * `Wᵀs`: the adjoint of the layer's linear map with `kernel`, from the output side back to an input of
 * shape `xShape`. `kernelKey` names the kernel in the graph's cache (its flipped form is cached under it).
 */
export function linearAdjoint(graph: Graph, node: LinearNode, s: tf.Tensor, kernel: tf.Tensor, kernelKey: string, xShape: readonly number[]): tf.Tensor {
  switch (node.kind) {
    case "dense": {
      const flat = s.rank === 2 ? (s as tf.Tensor2D) : (tf.reshape(s, [-1, s.shape[s.rank - 1]!]) as tf.Tensor2D);
      const back = preferForwardAdjoint() ? tf.transpose(tf.matMul(kernel as tf.Tensor2D, flat, false, true)) : tf.matMul(flat, kernel as tf.Tensor2D, false, true);
      return s.rank === 2 ? back : tf.reshape(back, xShape as number[]);
    }
    case "conv2d": {
      const shape4 = xShape as [number, number, number, number];
      const { strides, padding } = node.window;
      if (!preferForwardAdjoint()) return tf.conv2dTranspose(s as tf.Tensor4D, kernel as tf.Tensor4D, shape4, strides as [number, number], padding);
      const flipped = cached(graph, `${kernelKey}:flip`, () => flipKernel(kernel as tf.Tensor4D));
      return conv2dAdjoint(s as tf.Tensor4D, flipped, shape4, strides, padding);
    }
    case "depthwiseConv2d": {
      // No backend has a fast depthwise input gradient for every geometry; the correlation form runs on all.
      const flipped = cached(graph, `${kernelKey}:flip`, () => flipDepthwiseKernel(kernel as tf.Tensor4D));
      return depthwiseAdjoint(s as tf.Tensor4D, flipped, xShape as [number, number, number, number], node.window.strides, node.window.padding);
    }
  }
}

/**
 * The layer's forward map on the model's own weights, differentiable by tfjs' autodiff (activation
 * maximisation takes gradients through the graph) with the adjoint above as its input gradient. Only
 * the input gradient is defined: xai-lab never differentiates weights.
 */
export function differentiableForward(graph: Graph, node: LinearNode, x: tf.Tensor): tf.Tensor {
  const op = tf.customGrad(((input: tf.Tensor) => ({
    value: linearForward(node, input, node.kernel, node.bias),
    gradFunc: (dy: tf.Tensor) => linearAdjoint(graph, node, dy, node.kernel, `${node.id}:kernel`, input.shape),
  })) as unknown as Parameters<typeof tf.customGrad>[0]);
  return op(x) as tf.Tensor;
}

/** Dense on inputs of any rank: the kernel acts on the last axis, as in Keras. */
function denseMatMul(x: tf.Tensor, kernel: tf.Tensor2D, bias: tf.Tensor | undefined): tf.Tensor {
  if (x.rank === 2) return tf.fused.matMul({ a: x as tf.Tensor2D, b: kernel, bias });
  const lead = x.shape.slice(0, -1);
  const flat = tf.reshape(x, [-1, x.shape[x.rank - 1]!]) as tf.Tensor2D;
  return tf.reshape(tf.fused.matMul({ a: flat, b: kernel, bias }), [...lead, kernel.shape[1]]);
}

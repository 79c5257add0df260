/**
 * The generic engine of the layer rules (rules/layer.ts) on any layer: `R_in = in(x) ⊙ B(out(R))`.
 * The backward maps B are written out per layer kind below, so that they are the same on every
 * backend and each the exact transposed Jacobian of the forward pass (graph/forward.ts): max pooling
 * routes to the first maximum of each window, average pooling divides by the in-image inputs of each
 * window, an addition copies, a concatenation splits, reshaping and padding move data back. Only the
 * element-wise activations and the dense/conv layers are differentiated by tfjs.
 */
import * as tf from "@tensorflow/tfjs";
import { applyActivation } from "../../graph/activations";
import { linearForward } from "../../graph/forward";
import type { GraphNode } from "../../graph/graph";
import { avgPoolAdjoint, globalMaxRoute, maxPoolRoute } from "../../graph/pooling";
import type { LayerRule } from "../../rules";
import { stabilise } from "./linear";

/**
 * Relevance at each input of `node` by the layer rule `rule`, given relevance `R` at its output;
 * `inputs` are the node's input activations and `z` its output. Call inside `tf.tidy`.
 */
export function propagateLayer(node: GraphNode, inputs: tf.Tensor[], z: tf.Tensor, R: tf.Tensor, rule: LayerRule): tf.Tensor[] {
  const s = rule.output === "relevance" ? R : rule.output === "positive" ? tf.relu(R) : tf.div(R, stabilise(z, rule.epsilon));
  const back = rule.backward === "identity" ? inputs.map((x) => (sameShape(x, s) ? s : tf.reshape(s, x.shape))) : transposedJacobian(node, inputs, s);
  return back.map((b, k) => {
    const x = inputs[k]!;
    if (rule.input === "x") return tf.mul(x, b);
    return sameShape(x, b) ? b : tf.broadcastTo(b, x.shape);
  });
}

/**
 * `Jᵀ s` for each input: the gradient of `⟨layer(x), s⟩` with respect to each input. A result may be
 * broadcastable to its input's shape rather than shaped like it (global average pooling).
 */
export function transposedJacobian(node: GraphNode, inputs: tf.Tensor[], s: tf.Tensor): tf.Tensor[] {
  const x = inputs[0]!;
  switch (node.kind) {
    case "input":
    case "identity":
      return [s];
    case "flatten":
    case "reshape":
      return [tf.reshape(s, x.shape)];
    case "zeroPadding2d": {
      const [h, w] = [x.shape[1]!, x.shape[2]!];
      return [tf.slice(s, [0, node.pad[0][0], node.pad[1][0], 0], [-1, h, w, -1])];
    }
    case "maxPool2d":
      // Winner takes all: each window's signal goes to its first arg-max, on every backend.
      return [maxPoolRoute(x as tf.Tensor4D, s as tf.Tensor4D, node.window)];
    case "globalMaxPool2d":
      return [globalMaxRoute(x as tf.Tensor4D, s as tf.Tensor2D)];
    case "avgPool2d":
      // Each window's 1/k_j, k_j counting its in-image inputs ('same' padding is not counted, as in the forward pass).
      return [avgPoolAdjoint(s as tf.Tensor4D, x.shape, node.window)];
    case "globalAvgPool2d": {
      const [, h, w, c] = x.shape as [number, number, number, number];
      return [tf.reshape(tf.div(s, h * w), [-1, 1, 1, c])];
    }
    case "add":
      return inputs.map(() => s);
    case "concatenate":
      return tf.split(s, inputs.map((xi) => xi.shape[node.axis]!), node.axis);
    case "batchNorm": {
      // y = (x − μ)·γ/√(var + ε) + β: the Jacobian is the diagonal γ/√(var + ε).
      const scale = tf.rsqrt(tf.add(node.movingVariance, node.epsilon));
      return [tf.mul(s, node.gamma ? tf.mul(scale, node.gamma) : scale)];
    }
    case "activation":
      // tfjs cannot differentiate a function that returns its input unchanged.
      if (node.activation === "linear") return [s];
      return [vjp((t) => applyActivation(node.activation, t, node.alpha), x, s)];
    case "dense":
    case "conv2d":
    case "depthwiseConv2d":
      return [vjp((t) => linearForward(node, t, node.kernel, null), x, s)];
  }
}

/** `(∂f/∂x)ᵀ s`, by tfjs's autodiff. */
function vjp(f: (x: tf.Tensor) => tf.Tensor, x: tf.Tensor, s: tf.Tensor): tf.Tensor {
  return tf.grad(f)(x, s);
}

function sameShape(a: tf.Tensor, b: tf.Tensor): boolean {
  return a.rank === b.rank && a.shape.every((d, i) => d === b.shape[i]);
}

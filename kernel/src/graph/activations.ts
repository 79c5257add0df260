/** Element-wise activations by name, as tfjs ops. */
import * as tf from "@tensorflow/tfjs";

/**
 * The parameter an activation has when it is given by name (fused into a layer or in an Activation
 * layer), as in tfjs-layers: elu's α = 1, thresholdedrelu's θ = 1, leakyrelu's slope 0.2.
 */
export function defaultAlpha(name: string): number {
  return name === "leakyrelu" ? 0.2 : 1;
}

/** Applies the activation `name` (see kinds.ts ACTIVATIONS) to `x`; `alpha` is its one parameter. */
export function applyActivation(name: string, x: tf.Tensor, alpha = defaultAlpha(name)): tf.Tensor {
  switch (name) {
    case "linear":
      return x;
    case "relu":
      return tf.relu(x);
    case "relu6":
      return tf.relu6(x);
    case "leakyrelu":
      return tf.leakyRelu(x, alpha);
    case "elu":
      return alpha === 1 ? tf.elu(x) : tf.where(tf.greater(x, 0), x, tf.mul(alpha, tf.sub(tf.exp(x), 1)));
    case "selu":
      return tf.selu(x);
    case "tanh":
      return tf.tanh(x);
    case "sigmoid":
      return tf.sigmoid(x);
    case "hardsigmoid":
      return tf.clipByValue(tf.add(tf.mul(x, 0.2), 0.5), 0, 1);
    case "softplus":
      return tf.softplus(x);
    case "softsign":
      return tf.div(x, tf.add(tf.abs(x), 1));
    case "swish":
      return tf.mul(x, tf.sigmoid(x));
    case "mish":
      return tf.mul(x, tf.tanh(tf.softplus(x)));
    case "gelu":
      // tfjs-layers' 'gelu' is the exact x·Φ(x) (with erf); its 'gelu_new' is the tanh approximation.
      return tf.mul(x, tf.mul(0.5, tf.add(1, tf.erf(tf.div(x, Math.SQRT2)))));
    case "gelu_new":
      return tf.mul(tf.mul(x, 0.5), tf.add(1, tf.tanh(tf.mul(Math.sqrt(2 / Math.PI), tf.add(x, tf.mul(0.044715, tf.pow(x, 3)))))));
    case "thresholdedrelu":
      return tf.mul(x, tf.cast(tf.greater(x, alpha), "float32"));
    case "softmax":
      return tf.softmax(x);
    default:
      throw new Error(`internal: activation '${name}' has no implementation`);
  }
}

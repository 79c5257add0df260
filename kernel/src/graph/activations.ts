/** Element-wise activations by name, as tfjs ops. */
import * as tf from "@tensorflow/tfjs";

/** Applies the activation `name` (see kinds.ts ACTIVATIONS) to `x`; `alpha` is its one parameter. */
export function applyActivation(name: string, x: tf.Tensor, alpha = 0): tf.Tensor {
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
      // tfjs-layers uses the tanh approximation.
      return tf.mul(tf.mul(x, 0.5), tf.add(1, tf.tanh(tf.mul(Math.sqrt(2 / Math.PI), tf.add(x, tf.mul(0.044715, tf.pow(x, 3)))))));
    case "thresholdedrelu":
      return tf.mul(x, tf.cast(tf.greater(x, alpha), "float32"));
    case "softmax":
      return tf.softmax(x);
    default:
      throw new Error(`internal: activation '${name}' has no implementation`);
  }
}

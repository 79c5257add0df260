/**
 * The three bundled MNIST models, built with seeded initialisers so that a training run is reproducible.
 * All take [N, 28, 28, 1] images in [0, 1] and end in a 10-way softmax (the explainers drop it and explain
 * the logits, methods.md §3).
 */
import * as tf from "@tensorflow/tfjs";
import type { BundledName } from "../models/catalog";

const INPUT: [number, number, number] = [28, 28, 1];

/** Deterministic initialisers: the k-th weight of the model gets seed `seed + k`. */
class Seeds {
  private next: number;
  constructor(seed: number) {
    this.next = seed;
  }
  glorot(): ReturnType<typeof tf.initializers.glorotUniform> {
    return tf.initializers.glorotUniform({ seed: this.next++ });
  }
  he(): ReturnType<typeof tf.initializers.glorotUniform> {
    return tf.initializers.heNormal({ seed: this.next++ });
  }
}

/** A fully connected ReLU network, 784-128-64-10: the paper's simplest explainable classifier. */
export function mnistMlp(seed: number): tf.Sequential {
  const s = new Seeds(seed);
  return tf.sequential({
    name: "mnist_mlp",
    layers: [
      tf.layers.flatten({ inputShape: INPUT, name: "flatten" }),
      tf.layers.dense({ units: 128, activation: "relu", kernelInitializer: s.he(), name: "dense_1" }),
      tf.layers.dense({ units: 64, activation: "relu", kernelInitializer: s.he(), name: "dense_2" }),
      tf.layers.dense({ units: 10, activation: "softmax", kernelInitializer: s.glorot(), name: "output" }),
    ],
  });
}

/** A small LeNet-style CNN: conv 5×5×16 → max-pool → conv 5×5×32 → max-pool → dense 64 → dense 10. */
export function mnistCnn(seed: number): tf.Sequential {
  const s = new Seeds(seed);
  return tf.sequential({
    name: "mnist_cnn",
    layers: [
      tf.layers.conv2d({ inputShape: INPUT, filters: 16, kernelSize: 5, activation: "relu", kernelInitializer: s.he(), name: "conv_1" }),
      tf.layers.maxPooling2d({ poolSize: 2, name: "pool_1" }),
      tf.layers.conv2d({ filters: 32, kernelSize: 5, activation: "relu", kernelInitializer: s.he(), name: "conv_2" }),
      tf.layers.maxPooling2d({ poolSize: 2, name: "pool_2" }),
      tf.layers.flatten({ name: "flatten" }),
      tf.layers.dense({ units: 64, activation: "relu", kernelInitializer: s.he(), name: "dense_1" }),
      tf.layers.dense({ units: 10, activation: "softmax", kernelInitializer: s.glorot(), name: "output" }),
    ],
  });
}

/**
 * The same layout built by the paper's recommendations for explainable models (methods.md §5):
 * average (sum) pooling instead of max pooling, so relevance is redistributed in proportion rather than
 * winner-take-all; no biases, so no relevance is absorbed by biases, the network is positively
 * homogeneous (f(t·x) = t·f(x), t > 0) and simple Taylor at the root x̃ = εx is exact; and one hidden
 * dense layer, trained with dropout.
 */
export function mnistCnnExplainable(seed: number): tf.Sequential {
  const s = new Seeds(seed);
  return tf.sequential({
    name: "mnist_cnn_explainable",
    layers: [
      tf.layers.conv2d({ inputShape: INPUT, filters: 16, kernelSize: 5, activation: "relu", useBias: false, kernelInitializer: s.he(), name: "conv_1" }),
      tf.layers.averagePooling2d({ poolSize: 2, name: "pool_1" }),
      tf.layers.conv2d({ filters: 32, kernelSize: 5, activation: "relu", useBias: false, kernelInitializer: s.he(), name: "conv_2" }),
      tf.layers.averagePooling2d({ poolSize: 2, name: "pool_2" }),
      tf.layers.flatten({ name: "flatten" }),
      tf.layers.dropout({ rate: 0.25, name: "dropout_1" }),
      tf.layers.dense({ units: 64, activation: "relu", useBias: false, kernelInitializer: s.he(), name: "dense_1" }),
      tf.layers.dropout({ rate: 0.5, name: "dropout_2" }),
      tf.layers.dense({ units: 10, activation: "softmax", useBias: false, kernelInitializer: s.glorot(), name: "output" }),
    ],
  });
}

/** The builder of each bundled model. */
export const BUILDERS: Readonly<Record<BundledName, (seed: number) => tf.Sequential>> = {
  "mnist-mlp": mnistMlp,
  "mnist-cnn": mnistCnn,
  "mnist-cnn-explainable": mnistCnnExplainable,
};

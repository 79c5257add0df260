/**
 * Shared fixtures of the graph, canonizer, equivalence, memory and backend tests: a seeded random
 * source, seeded weights (non-zero biases, non-trivial batch-norm statistics), comparisons, and a zoo
 * of small models that together use every supported layer of the list.
 */
import * as xai from "xai-lab";

const tf = xai.tf;

/** A seeded uniform source in [0, 1) (mulberry32): the same numbers on every run and backend. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `n` seeded values, uniform in [lo, hi). */
export function uniform(n: number, seed: number, lo = -1, hi = 1): Float32Array {
  const r = rng(seed);
  const out = new Float32Array(n);
  for (let i = 0; i < n; i++) out[i] = lo + (hi - lo) * r();
  return out;
}

/** A seeded tensor, uniform in [lo, hi). */
export function randomTensor(shape: number[], seed: number, lo = -1, hi = 1): xai.tf.Tensor {
  return tf.tensor(
    uniform(
      shape.reduce((a, b) => a * b, 1),
      seed,
      lo,
      hi,
    ),
    shape,
  );
}

/**
 * Sets every weight of `model` from a seed: kernels scaled by their fan-in (activations stay of order
 * one), small non-zero biases, batch-norm γ, β, mean and variance away from their identity values, so
 * that folding batch norm changes the weights for real.
 */
export function seedWeights(model: xai.tf.LayersModel, seed: number): void {
  const values = model.weights.map((w, k) => {
    const shape = w.shape as number[];
    const n = shape.reduce((a, b) => a * b, 1);
    const name = (w.originalName ?? w.name).split("/").pop()!;
    const s = seed * 1000 + k;
    let data: Float32Array;
    if (name === "kernel" || name === "depthwise_kernel") {
      const fanIn = name === "depthwise_kernel" ? shape[0]! * shape[1]! : n / shape[shape.length - 1]!;
      const a = Math.sqrt(3 / fanIn);
      data = uniform(n, s, -a, a);
    } else if (name === "gamma" || name === "moving_variance") data = uniform(n, s, 0.5, 1.5);
    else data = uniform(n, s, -0.2, 0.2); // bias, beta, moving_mean
    return tf.tensor(data, shape);
  });
  model.setWeights(values);
  tf.dispose(values);
}

/** max |a − b| / max |b|: the relative error of `a` against the reference `b`. */
export function relErr(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) throw new Error(`length ${a.length} ≠ ${b.length}`);
  let diff = 0;
  let scale = 0;
  for (let i = 0; i < a.length; i++) {
    diff = Math.max(diff, Math.abs(a[i]! - b[i]!));
    scale = Math.max(scale, Math.abs(b[i]!));
  }
  return scale === 0 ? diff : diff / scale;
}

/** The values of a tensor as a plain array (a copy). */
export function values(t: xai.tf.Tensor): number[] {
  return Array.from(t.dataSync());
}

/** The values of a tensor as a plain array, read asynchronously (the only read WebGPU in Node allows). */
export async function read(t: xai.tf.Tensor): Promise<number[]> {
  return Array.from(await t.data());
}

/** A model of the zoo, with the facts the tests check about it. */
export interface ZooModel {
  readonly name: string;
  readonly model: xai.tf.LayersModel;
  /** Does the model end with a softmax (fused or as a layer)? */
  readonly softmax: boolean;
  /** The node kinds of the canonized graph in order; activations as "activation:<name>". */
  readonly nodes: readonly string[];
}

/**
 * Sequential CNN: InputLayer, TensorFlow's asymmetric 'same' padding (8 → 4 with stride 2 pads one row
 * and column at the end only), ZeroPadding2D, a valid conv followed by a batch norm (folded), ReLU6,
 * a depthwise conv with depth multiplier 2, valid average pooling, flatten, dropout, a softmax dense.
 */
export function seqCnn(seed = 1): ZooModel {
  const model = tf.sequential({
    layers: [
      tf.layers.inputLayer({ inputShape: [8, 8, 2] }),
      tf.layers.conv2d({ filters: 4, kernelSize: 3, strides: 2, padding: "same", activation: "relu" }),
      tf.layers.zeroPadding2d({
        padding: [
          [1, 0],
          [0, 1],
        ],
      }),
      tf.layers.conv2d({ filters: 6, kernelSize: 3, strides: 1, padding: "valid" }),
      tf.layers.batchNormalization(),
      tf.layers.reLU({ maxValue: 6 }),
      tf.layers.depthwiseConv2d({ kernelSize: 2, depthMultiplier: 2, padding: "same", activation: "relu" }),
      tf.layers.averagePooling2d({ poolSize: 2, strides: 1, padding: "valid" }),
      tf.layers.flatten(),
      tf.layers.dropout({ rate: 0.5 }),
      tf.layers.dense({ units: 10, activation: "softmax" }),
    ],
  });
  seedWeights(model, seed);
  return {
    name: "a Sequential CNN",
    model,
    softmax: true,
    nodes: [
      "input",
      "conv2d",
      "activation:relu",
      "zeroPadding2d",
      "conv2d",
      "activation:relu6",
      "depthwiseConv2d",
      "activation:relu",
      "avgPool2d",
      "flatten",
      "identity",
      "dense",
    ],
  };
}

/**
 * Sequential CNN without softmax: stride-3 'same' conv, LeakyReLU, a batch norm after an activation
 * (kept), 'same' average and max pooling on odd sizes, Reshape, a fused relu dense, a linear Activation.
 */
export function seqCnnLogits(seed = 2): ZooModel {
  const model = tf.sequential({
    layers: [
      tf.layers.conv2d({ inputShape: [8, 8, 1], filters: 5, kernelSize: 3, strides: 3, padding: "same" }),
      tf.layers.leakyReLU({ alpha: 0.1 }),
      tf.layers.batchNormalization(),
      tf.layers.averagePooling2d({ poolSize: 2, strides: 2, padding: "same" }),
      tf.layers.maxPooling2d({ poolSize: 2, strides: 1, padding: "same" }),
      tf.layers.reshape({ targetShape: [20] }),
      tf.layers.dense({ units: 8, activation: "relu" }),
      tf.layers.activation({ activation: "linear" }),
      tf.layers.dense({ units: 6 }),
    ],
  });
  seedWeights(model, seed);
  return {
    name: "a Sequential CNN without softmax",
    model,
    softmax: false,
    nodes: [
      "input",
      "conv2d",
      "activation:leakyrelu",
      "batchNorm",
      "avgPool2d",
      "maxPool2d",
      "reshape",
      "dense",
      "activation:relu",
      "activation:linear",
      "dense",
    ],
  };
}

/**
 * Functional CNN: a residual Add (conv + folded batch norm, plus the skip), an Activation('relu'),
 * Concatenate of two conv branches, valid max pooling, global average and global max pooling
 * concatenated, and a final Activation('softmax') layer.
 */
export function residualCnn(seed = 3): ZooModel {
  const input = tf.input({ shape: [6, 6, 3] });
  const c1 = tf.layers.conv2d({ filters: 4, kernelSize: 3, padding: "same", activation: "relu" }).apply(input) as xai.tf.SymbolicTensor;
  const c2 = tf.layers.conv2d({ filters: 4, kernelSize: 3, padding: "same" }).apply(c1) as xai.tf.SymbolicTensor;
  const bn = tf.layers.batchNormalization().apply(c2) as xai.tf.SymbolicTensor;
  const sum = tf.layers.add().apply([bn, c1]) as xai.tf.SymbolicTensor;
  const act = tf.layers.activation({ activation: "relu" }).apply(sum) as xai.tf.SymbolicTensor;
  const b1 = tf.layers.conv2d({ filters: 3, kernelSize: 1, activation: "relu" }).apply(act) as xai.tf.SymbolicTensor;
  const b2 = tf.layers.conv2d({ filters: 2, kernelSize: 3, padding: "same", activation: "relu" }).apply(act) as xai.tf.SymbolicTensor;
  const cat = tf.layers.concatenate().apply([b1, b2]) as xai.tf.SymbolicTensor;
  const pool = tf.layers.maxPooling2d({ poolSize: 2 }).apply(cat) as xai.tf.SymbolicTensor;
  const gap = tf.layers.globalAveragePooling2d({}).apply(pool) as xai.tf.SymbolicTensor;
  const gmp = tf.layers.globalMaxPooling2d({}).apply(pool) as xai.tf.SymbolicTensor;
  const both = tf.layers.concatenate().apply([gap, gmp]) as xai.tf.SymbolicTensor;
  const logits = tf.layers.dense({ units: 4 }).apply(both) as xai.tf.SymbolicTensor;
  const probs = tf.layers.activation({ activation: "softmax" }).apply(logits) as xai.tf.SymbolicTensor;
  const model = tf.model({ inputs: input, outputs: probs });
  seedWeights(model, seed);
  return {
    name: "a functional residual CNN with Concatenate",
    model,
    softmax: true,
    nodes: [
      "input",
      "conv2d",
      "activation:relu",
      "conv2d",
      "add",
      "activation:relu",
      "conv2d",
      "activation:relu",
      "conv2d",
      "activation:relu",
      "concatenate",
      "maxPool2d",
      "globalAvgPool2d",
      "globalMaxPool2d",
      "concatenate",
      "dense",
    ],
  };
}

/** MLP: a batch norm directly after a dense (folded) and one after a fused relu (kept); softmax dense. */
export function mlp(seed = 4): ZooModel {
  const model = tf.sequential({
    layers: [
      tf.layers.dense({ inputShape: [12], units: 16 }),
      tf.layers.batchNormalization(),
      tf.layers.activation({ activation: "relu" }),
      tf.layers.dense({ units: 8, activation: "relu" }),
      tf.layers.batchNormalization(),
      tf.layers.dense({ units: 3, activation: "softmax" }),
    ],
  });
  seedWeights(model, seed);
  return {
    name: "an MLP with batch norms",
    model,
    softmax: true,
    nodes: ["input", "dense", "activation:relu", "dense", "activation:relu", "batchNorm", "dense"],
  };
}

/** Every model of the zoo (the caller disposes them). */
export function zoo(): ZooModel[] {
  return [seqCnn(), seqCnnLogits(), residualCnn(), mlp()];
}

/** A seeded batch of `n` inputs for `model`. */
export function inputFor(model: xai.tf.LayersModel, n: number, seed: number, lo = -1, hi = 1): xai.tf.Tensor {
  const shape = model.inputs[0]!.shape.slice(1) as number[];
  return randomTensor([n, ...shape], seed, lo, hi);
}

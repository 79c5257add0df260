/**
 * ResNet-50 (He et al. 2016) as Keras builds it: a zero-padded 7×7/2 stem with batch norm and 3×3/2
 * max-pooling, four stages of bottleneck blocks (3, 4, 6, 3; 1×1 → 3×3 → 1×1 convolutions, each with
 * batch norm, the stride on the first 1×1), identity or projection shortcuts joined by Add then ReLU,
 * global average pooling and one dense layer. 25.6 M parameters at full size.
 */
import * as tf from "@tensorflow/tfjs";
import { resolve, type ArchitectureOptions, type Resolved } from "./options";
import { seedWeights } from "./seeded";

const STAGES: readonly { blocks: number; filters: number; stride: number }[] = [
  { blocks: 3, filters: 64, stride: 1 },
  { blocks: 4, filters: 128, stride: 2 },
  { blocks: 6, filters: 256, stride: 2 },
  { blocks: 3, filters: 512, stride: 2 },
];

/** ResNet-50 with seeded random weights (batch norms with non-trivial statistics), ending in logits. */
export function resnet50(options: ArchitectureOptions = {}): tf.LayersModel {
  const o = resolve(options);
  const input = tf.input({ shape: [o.inputSize, o.inputSize, 3], name: "input" });
  let x = tf.layers.zeroPadding2d({ padding: 3, name: "conv1_pad" }).apply(input) as tf.SymbolicTensor;
  x = convBn(x, o.channels(64), 7, 2, "valid", "conv1", true);
  x = tf.layers.zeroPadding2d({ padding: 1, name: "pool1_pad" }).apply(x) as tf.SymbolicTensor;
  x = tf.layers.maxPooling2d({ poolSize: 3, strides: 2, name: "pool1_pool" }).apply(x) as tf.SymbolicTensor;
  STAGES.forEach((stage, s) => {
    for (let b = 0; b < stage.blocks; b++) x = bottleneck(x, o, stage.filters, b === 0 ? stage.stride : 1, b === 0, `conv${s + 2}_block${b + 1}`);
  });
  x = tf.layers.globalAveragePooling2d({ name: "avg_pool" }).apply(x) as tf.SymbolicTensor;
  const logits = tf.layers.dense({ units: o.classes, name: "predictions" }).apply(x) as tf.SymbolicTensor;
  const model = tf.model({ inputs: input, outputs: logits, name: "resnet50" });
  seedWeights(model, o.seed, o.biases);
  return model;
}

function bottleneck(x: tf.SymbolicTensor, o: Resolved, filters: number, stride: number, project: boolean, name: string): tf.SymbolicTensor {
  const f = o.channels(filters);
  const shortcut = project ? convBn(x, o.channels(filters * 4), 1, stride, "valid", `${name}_0`, false) : x;
  let y = convBn(x, f, 1, stride, "valid", `${name}_1`, true);
  y = convBn(y, f, 3, 1, "same", `${name}_2`, true);
  y = convBn(y, o.channels(filters * 4), 1, 1, "valid", `${name}_3`, false);
  const sum = tf.layers.add({ name: `${name}_add` }).apply([shortcut, y]) as tf.SymbolicTensor;
  return tf.layers.reLU({ name: `${name}_out` }).apply(sum) as tf.SymbolicTensor;
}

function convBn(
  x: tf.SymbolicTensor,
  filters: number,
  kernel: number,
  stride: number,
  padding: "valid" | "same",
  name: string,
  relu: boolean,
): tf.SymbolicTensor {
  let y = tf.layers.conv2d({ filters, kernelSize: kernel, strides: stride, padding, name: `${name}_conv` }).apply(x) as tf.SymbolicTensor;
  y = tf.layers.batchNormalization({ epsilon: 1.001e-5, name: `${name}_bn` }).apply(y) as tf.SymbolicTensor;
  return relu ? (tf.layers.reLU({ name: `${name}_relu` }).apply(y) as tf.SymbolicTensor) : y;
}

/**
 * VGG-16 (Simonyan & Zisserman 2015, configuration D): thirteen 3×3 'same' convolutions in five blocks,
 * each block closed by 2×2 max-pooling, then three dense layers (4096, 4096, classes). 138 M parameters
 * at full size.
 */
import * as tf from "@tensorflow/tfjs";
import { resolve, type ArchitectureOptions } from "./options";
import { seedWeights } from "./seeded";

const BLOCKS: readonly (readonly number[])[] = [
  [64, 64],
  [128, 128],
  [256, 256, 256],
  [512, 512, 512],
  [512, 512, 512],
];

/** VGG-16 with seeded random weights, ending in logits (no softmax). */
export function vgg16(options: ArchitectureOptions = {}): tf.LayersModel {
  const o = resolve(options);
  const layers: tf.layers.Layer[] = [];
  BLOCKS.forEach((filters, b) => {
    filters.forEach((f, i) => {
      const first = layers.length === 0 ? { inputShape: [o.inputSize, o.inputSize, 3] } : {};
      layers.push(
        tf.layers.conv2d({ ...first, filters: o.channels(f), kernelSize: 3, padding: "same", activation: "relu", name: `block${b + 1}_conv${i + 1}` }),
      );
    });
    layers.push(tf.layers.maxPooling2d({ poolSize: 2, strides: 2, name: `block${b + 1}_pool` }));
  });
  layers.push(tf.layers.flatten({ name: "flatten" }));
  layers.push(tf.layers.dense({ units: o.channels(4096), activation: "relu", name: "fc1" }));
  layers.push(tf.layers.dense({ units: o.channels(4096), activation: "relu", name: "fc2" }));
  layers.push(tf.layers.dense({ units: o.classes, name: "predictions" }));
  const model = tf.sequential({ name: "vgg16", layers });
  seedWeights(model, o.seed, o.biases);
  return model;
}

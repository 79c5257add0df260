/**
 * MobileNet-v2 (Sandler et al. 2018) as Keras builds it: a 3×3/2 stem, seventeen inverted residual
 * blocks (1×1 expansion, 3×3 depthwise convolution — zero-padded and 'valid' where the stride is 2 —
 * and a linear 1×1 projection, each with batch norm and ReLU6 after the first two; Add where the shape
 * is kept), a 1×1 convolution to 1280 channels, global average pooling and one dense layer. 3.5 M
 * parameters at full size.
 */
import * as tf from "@tensorflow/tfjs";
import { resolve, type ArchitectureOptions, type Resolved } from "./options";
import { seedWeights } from "./seeded";

/** (expansion t, output channels c, repeats n, first stride s), from the paper's Table 2. */
const BLOCKS: readonly [number, number, number, number][] = [
  [1, 16, 1, 1],
  [6, 24, 2, 2],
  [6, 32, 3, 2],
  [6, 64, 4, 2],
  [6, 96, 3, 1],
  [6, 160, 3, 2],
  [6, 320, 1, 1],
];

/** MobileNet-v2 with seeded random weights (batch norms with non-trivial statistics), ending in logits. */
export function mobilenetV2(options: ArchitectureOptions = {}): tf.LayersModel {
  const o = resolve(options);
  const input = tf.input({ shape: [o.inputSize, o.inputSize, 3], name: "input" });
  let x = tf.layers
    .conv2d({ filters: o.channels(32), kernelSize: 3, strides: 2, padding: "same", useBias: false, name: "Conv1" })
    .apply(input) as tf.SymbolicTensor;
  x = bnRelu6(x, "Conv1", true);
  let block = 0;
  for (const [t, c, n, s] of BLOCKS) {
    for (let i = 0; i < n; i++) x = invertedResidual(x, o, t, c, i === 0 ? s : 1, block++);
  }
  x = tf.layers.conv2d({ filters: o.channels(1280), kernelSize: 1, useBias: false, name: "Conv_1" }).apply(x) as tf.SymbolicTensor;
  x = bnRelu6(x, "Conv_1", true);
  x = tf.layers.globalAveragePooling2d({ name: "global_average_pooling2d" }).apply(x) as tf.SymbolicTensor;
  const logits = tf.layers.dense({ units: o.classes, name: "predictions" }).apply(x) as tf.SymbolicTensor;
  const model = tf.model({ inputs: input, outputs: logits, name: "mobilenetv2" });
  seedWeights(model, o.seed, o.biases);
  return model;
}

function invertedResidual(x: tf.SymbolicTensor, o: Resolved, expansion: number, out: number, stride: number, index: number): tf.SymbolicTensor {
  const name = index === 0 ? "expanded_conv" : `block_${index}`;
  const inChannels = x.shape[3] as number;
  const outChannels = o.channels(out);
  let y = x;
  if (expansion !== 1) {
    y = tf.layers.conv2d({ filters: inChannels * expansion, kernelSize: 1, useBias: false, name: `${name}_expand` }).apply(y) as tf.SymbolicTensor;
    y = bnRelu6(y, `${name}_expand`, true);
  }
  if (stride === 2)
    y = tf.layers
      .zeroPadding2d({
        padding: [
          [0, 1],
          [0, 1],
        ],
        name: `${name}_pad`,
      })
      .apply(y) as tf.SymbolicTensor;
  y = tf.layers
    .depthwiseConv2d({ kernelSize: 3, strides: stride, padding: stride === 2 ? "valid" : "same", useBias: false, name: `${name}_depthwise` })
    .apply(y) as tf.SymbolicTensor;
  y = bnRelu6(y, `${name}_depthwise`, true);
  y = tf.layers.conv2d({ filters: outChannels, kernelSize: 1, useBias: false, name: `${name}_project` }).apply(y) as tf.SymbolicTensor;
  y = bnRelu6(y, `${name}_project`, false);
  if (stride === 1 && inChannels === outChannels) y = tf.layers.add({ name: `${name}_add` }).apply([x, y]) as tf.SymbolicTensor;
  return y;
}

function bnRelu6(x: tf.SymbolicTensor, name: string, relu6: boolean): tf.SymbolicTensor {
  const y = tf.layers.batchNormalization({ epsilon: 1e-3, momentum: 0.999, name: `${name}_BN` }).apply(x) as tf.SymbolicTensor;
  return relu6 ? (tf.layers.reLU({ maxValue: 6, name: `${name}_relu` }).apply(y) as tf.SymbolicTensor) : y;
}

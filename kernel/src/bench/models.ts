/** The benchmark networks of the engine issue, built with seeded initialisers. */
import * as tf from "@tensorflow/tfjs";

const init = (seed: number) => ({
  kernelInitializer: tf.initializers.heNormal({ seed }),
  biasInitializer: tf.initializers.randomNormal({ mean: 0, stddev: 0.05, seed: seed + 1000 }),
});

/** VGG-like net on 64×64×3: conv16, conv16 'same', maxpool, conv32 'same', conv32 'same' stride 2, conv64 'same', maxpool, flatten, dense64, dense10 (ReLU). */
export function vggLike(): tf.LayersModel {
  const m = tf.sequential();
  m.add(tf.layers.conv2d({ inputShape: [64, 64, 3], filters: 16, kernelSize: 3, activation: "relu", ...init(1) }));
  m.add(tf.layers.conv2d({ filters: 16, kernelSize: 3, padding: "same", activation: "relu", ...init(2) }));
  m.add(tf.layers.maxPooling2d({ poolSize: 2 }));
  m.add(tf.layers.conv2d({ filters: 32, kernelSize: 3, padding: "same", activation: "relu", ...init(3) }));
  m.add(tf.layers.conv2d({ filters: 32, kernelSize: 3, padding: "same", strides: 2, activation: "relu", ...init(4) }));
  m.add(tf.layers.conv2d({ filters: 64, kernelSize: 3, padding: "same", activation: "relu", ...init(5) }));
  m.add(tf.layers.maxPooling2d({ poolSize: 2 }));
  m.add(tf.layers.flatten());
  m.add(tf.layers.dense({ units: 64, activation: "relu", ...init(6) }));
  m.add(tf.layers.dense({ units: 10, ...init(7) }));
  return m;
}

/** A small MNIST CNN: conv32 5×5, maxpool, conv64 5×5, maxpool, dense128, dense10 (ReLU). */
export function mnistCnn(): tf.LayersModel {
  const m = tf.sequential();
  m.add(tf.layers.conv2d({ inputShape: [28, 28, 1], filters: 32, kernelSize: 5, activation: "relu", ...init(11) }));
  m.add(tf.layers.maxPooling2d({ poolSize: 2 }));
  m.add(tf.layers.conv2d({ filters: 64, kernelSize: 5, activation: "relu", ...init(12) }));
  m.add(tf.layers.maxPooling2d({ poolSize: 2 }));
  m.add(tf.layers.flatten());
  m.add(tf.layers.dense({ units: 128, activation: "relu", ...init(13) }));
  m.add(tf.layers.dense({ units: 10, ...init(14) }));
  return m;
}

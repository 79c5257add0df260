/**
 * Small seeded models and data for the activation-maximisation tests: an 8×8 CNN classifier, a dense
 * decoder from codes to 8×8 images, and "digits" made of blurred strokes.
 */
import * as xai from "xai-lab";

const tf = xai.tf;

/** conv(3, 3×3, relu) "conv" → maxpool 2 → flatten → dense(4, softmax) "logits", on [8, 8, 1]. */
export function tinyCnn(seed = 1): xai.tf.LayersModel {
  const m = tf.sequential();
  m.add(
    tf.layers.conv2d({
      inputShape: [8, 8, 1],
      filters: 3,
      kernelSize: 3,
      activation: "relu",
      name: "conv",
      kernelInitializer: tf.initializers.glorotUniform({ seed }),
      biasInitializer: "zeros",
    }),
  );
  m.add(tf.layers.maxPooling2d({ poolSize: 2, name: "pool" }));
  m.add(tf.layers.flatten({ name: "flat" }));
  m.add(tf.layers.dense({ units: 4, activation: "softmax", name: "logits", kernelInitializer: tf.initializers.glorotUniform({ seed: seed + 1 }) }));
  return m;
}

/** dense(3 → 24, relu) → dense(64, sigmoid) → reshape [8, 8, 1]: codes of size 3 to 8×8 images in (0, 1). */
export function tinyDecoder(seed = 5): xai.tf.LayersModel {
  const m = tf.sequential();
  m.add(tf.layers.dense({ inputShape: [3], units: 24, activation: "relu", kernelInitializer: tf.initializers.glorotUniform({ seed }) }));
  m.add(tf.layers.dense({ units: 64, activation: "sigmoid", kernelInitializer: tf.initializers.glorotUniform({ seed: seed + 1 }) }));
  m.add(tf.layers.reshape({ targetShape: [8, 8, 1] }));
  return m;
}

/**
 * `n` images [n, 8, 8, 1] in [0, 1]: a bright vertical or horizontal bar at a random position, plus a
 * little noise, from a seeded generator. Border pixels stay dark, as in MNIST.
 */
export function strokes(n: number, seed = 3): xai.tf.Tensor4D {
  let state = seed >>> 0;
  const uniform = (): number => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
  const data = new Float32Array(n * 64);
  for (let s = 0; s < n; s++) {
    const vertical = uniform() < 0.5;
    const at = 2 + Math.floor(uniform() * 4);
    for (let i = 1; i < 7; i++) {
      for (let j = 1; j < 7; j++) {
        const on = vertical ? j === at : i === at;
        data[s * 64 + i * 8 + j] = Math.min(1, Math.max(0, (on ? 0.9 : 0.05) + 0.05 * (uniform() - 0.5)));
      }
    }
  }
  return tf.tensor4d(data, [n, 8, 8, 1]);
}

/** Runs `body` and returns how many tensors it left behind. */
export async function tensorsLeft(body: () => Promise<void> | void): Promise<number> {
  const before = tf.memory().numTensors;
  await body();
  return tf.memory().numTensors - before;
}

/** Σ x² per image of a batch. */
export function squaredNorms(images: xai.tf.Tensor): number[] {
  return tf.tidy(() => Array.from(tf.sum(tf.reshape(tf.square(images), [images.shape[0]!, -1]), 1).dataSync()));
}

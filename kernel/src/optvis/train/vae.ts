/**
 * A variational autoencoder (Kingma & Welling 2014) whose decoder g serves AM in code space
 * (Montavon et al. 2018, §1: x* = g(z*)). Dense layers only, so that it trains on the wasm backend,
 * which has no gradient for convolution weights. The VAE's standard-normal prior on z is what the
 * code-space penalty λ‖z‖² stands for, and its decoder ends in a sigmoid, so g(z) is always in [0, 1].
 *
 *   encoder: x flattened [28·28] → dense 256 relu → (μ, log σ²) [codeSize]
 *   decoder: z [codeSize] → dense 256 relu → dense 784 sigmoid → reshape [28, 28, 1]
 *   loss per sample: binary cross-entropy of the reconstruction (summed over pixels) + KL(q(z|x) ‖ N(0, I))
 */
import * as tf from "@tensorflow/tfjs";
import { check } from "../../errors";
import { checkpoint } from "../../interrupt";
import { permutation, seeded } from "../../random";

export interface VaeOptions {
  /** Size of the code z (default 16). */
  codeSize?: number;
  /** Width of the hidden layers (default 256). */
  hidden?: number;
  /** Passes over the data (default 20). */
  epochs?: number;
  /** Samples per step (default 100). */
  batchSize?: number;
  /** Adam step size (default 1e-3). */
  learningRate?: number;
  /** Seed of the initial weights, the shuffling and the reparameterisation noise (default 0). */
  seed?: number;
  /** Called after every epoch with its mean loss per sample. */
  onEpoch?: (epoch: number, loss: number) => void;
}

export interface TrainedVae {
  readonly encoder: tf.LayersModel;
  readonly decoder: tf.LayersModel;
  /** Mean loss per training sample (BCE + KL, in nats) after each epoch. */
  readonly losses: number[];
  readonly settings: Required<Omit<VaeOptions, "onEpoch">>;
}

/** Trains a VAE on `images` [N, H, W, C] with values in [0, 1]; the caller disposes both models. */
export async function trainVae(images: tf.Tensor, options: VaeOptions = {}): Promise<TrainedVae> {
  check(images instanceof tf.Tensor && images.rank >= 2, "trainVae needs images [N, ...] as a tf.Tensor");
  const settings = { codeSize: 16, hidden: 256, epochs: 20, batchSize: 100, learningRate: 1e-3, seed: 0, ...options };
  const { onEpoch: _ignored, ...kept } = settings;
  const n = images.shape[0]!;
  const sampleShape = images.shape.slice(1);
  const d = sampleShape.reduce((a, b) => a * b, 1);
  const random = seeded(settings.seed);
  const init = () => tf.initializers.glorotUniform({ seed: Math.floor(random.uniform() * 1e9) });

  const encoder = tf.sequential({ name: "vae_encoder" });
  encoder.add(tf.layers.dense({ inputShape: [d], units: settings.hidden, activation: "relu", kernelInitializer: init() }));
  encoder.add(tf.layers.dense({ units: 2 * settings.codeSize, kernelInitializer: init() }));
  const decoder = tf.sequential({ name: "mnist_decoder" });
  decoder.add(tf.layers.dense({ inputShape: [settings.codeSize], units: settings.hidden, activation: "relu", kernelInitializer: init() }));
  decoder.add(tf.layers.dense({ units: d, activation: "sigmoid", kernelInitializer: init() }));
  decoder.add(tf.layers.reshape({ targetShape: sampleShape }));

  const flat = tf.reshape(images, [n, d]);
  const optimiser = tf.train.adam(settings.learningRate);
  const variables = [...encoder.trainableWeights, ...decoder.trainableWeights].map((w) => w.read() as tf.Variable);
  const losses: number[] = [];
  try {
    for (let epoch = 0; epoch < settings.epochs; epoch++) {
      const order = tf.tensor1d(permutation(n, random.uniform), "int32");
      let total = 0;
      try {
        for (let start = 0; start < n; start += settings.batchSize) {
          await checkpoint("training the VAE");
          const size = Math.min(settings.batchSize, n - start);
          const noiseSeed = Math.floor(random.uniform() * 1e9);
          const cost = optimiser.minimize(
            () => {
              const x = tf.gather(flat, tf.slice(order, [start], [size])) as tf.Tensor2D;
              return tf.mul(vaeLoss(encoder, decoder, x, settings.codeSize, noiseSeed), size / settings.batchSize) as tf.Scalar;
            },
            true,
            variables,
          );
          total += (await cost!.data())[0]! * settings.batchSize;
          cost!.dispose();
        }
      } finally {
        order.dispose();
      }
      losses.push(total / n);
      settings.onEpoch?.(epoch, total / n);
    }
  } catch (e) {
    encoder.dispose();
    decoder.dispose();
    throw e;
  } finally {
    optimiser.dispose();
    flat.dispose();
  }
  return { encoder, decoder, losses, settings: kept };
}

/** Mean per-sample VAE loss (reconstruction cross-entropy + KL) of the rows `x` [B, d]. */
export function vaeLoss(encoder: tf.LayersModel, decoder: tf.LayersModel, x: tf.Tensor2D, codeSize: number, noiseSeed: number): tf.Scalar {
  return tf.tidy(() => {
    const b = x.shape[0];
    const stats = encoder.apply(x) as tf.Tensor2D;
    const mu = tf.slice(stats, [0, 0], [b, codeSize]);
    const logVar = tf.slice(stats, [0, codeSize], [b, codeSize]);
    const z = tf.add(mu, tf.mul(tf.exp(tf.mul(logVar, 0.5)), tf.randomNormal([b, codeSize], 0, 1, "float32", noiseSeed)));
    const p = tf.clipByValue(tf.reshape(decoder.apply(z) as tf.Tensor, [b, -1]), 1e-6, 1 - 1e-6);
    const bce = tf.neg(tf.sum(tf.add(tf.mul(x, tf.log(p)), tf.mul(tf.sub(1, x), tf.log(tf.sub(1, p)))), 1));
    const kl = tf.mul(tf.sum(tf.sub(tf.sub(tf.add(tf.square(mu), tf.exp(logVar)), logVar), 1), 1), 0.5);
    return tf.mean(tf.add(bce, kl)) as tf.Scalar;
  });
}

/** Mean squared reconstruction error per pixel of `images` through the code means (no sampling). */
export async function reconstructionError(encoder: tf.LayersModel, decoder: tf.LayersModel, images: tf.Tensor, codeSize: number): Promise<number> {
  const error = tf.tidy(() => {
    const stats = encoder.apply(tf.reshape(images, [images.shape[0]!, -1])) as tf.Tensor2D;
    const mu = tf.slice(stats, [0, 0], [stats.shape[0], codeSize]);
    const back = decoder.apply(mu) as tf.Tensor;
    return tf.mean(tf.square(tf.sub(tf.reshape(back, images.shape), images)));
  });
  try {
    return (await error.data())[0]!;
  } finally {
    error.dispose();
  }
}

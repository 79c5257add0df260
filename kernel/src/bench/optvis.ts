/**
 * The activation-maximisation benchmark: milliseconds per gradient step of `prototype` for the small
 * MNIST CNN (28×28×1) in the settings the tutorials use — plain pixels, a batch of 8 starts, jitter, a
 * Gaussian expert (full 784×784 covariance) and the code space of a dense decoder. The time per step is
 * (time of N steps − time of 0 steps)/N, so that reading the model into a graph is not counted.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as tf from "@tensorflow/tfjs";
import * as xai from "../index";
import * as optvis from "../optvis";
import { MODELS_DIR } from "../models/catalog";
import { mnistCnn } from "./models";
import type { Row } from "./timing";

const STEPS = 20;
const REPEATS = 3;

/** Reports the median milliseconds per AM step for each setting. */
export async function benchOptvis(report: (row: Row) => void): Promise<void> {
  await xai.ready();
  const model = mnistCnn();
  const data = tf.tidy(() => tf.clipByValue(tf.add(tf.mul(tf.randomNormal([500, 28, 28, 1], 0, 1, "float32", 7), 0.3), 0.2), 0, 1));
  const expert = await optvis.gaussian().fit(data);
  const decoder = await benchDecoder();
  const pixels = optvis.pixels({ low: 0, high: 1 });
  try {
    const cases: [string, optvis.PrototypeOptions][] = [
      ["plain AM (logit − λ‖x‖²), 1 start", { parameterisation: pixels }],
      ["plain AM, 8 starts in one batch", { parameterisation: pixels, starts: 8 }],
      ["plain AM with jitter(1) and scale", { parameterisation: pixels, transforms: [optvis.jitter(1), optvis.scale()] }],
      ["AM with a Gaussian expert (full covariance)", { parameterisation: pixels, expert }],
      [`AM in code space (${decoder.label})`, { parameterisation: optvis.code(decoder.model) }],
    ];
    for (const [i, [name, options]] of cases.entries()) {
      const ms = await perStep(model, { target: 3, seed: 1, ...options });
      report({
        name: `MNIST CNN 28×28×1, ${name}`,
        ms,
        note: `${i === 0 ? `ms per step (median of ${REPEATS}, ${STEPS} steps), ${tf.getBackend()}; ` : ""}${(1000 / ms).toFixed(0)} steps/s`,
      });
    }
  } finally {
    expert.dispose();
    decoder.model.dispose();
    data.dispose();
    model.dispose();
  }
}

async function perStep(model: tf.LayersModel, options: optvis.PrototypeOptions): Promise<number> {
  const time = async (steps: number): Promise<number> => {
    const t0 = performance.now();
    const p = await optvis.prototype(model, { ...options, steps });
    await p.images.data();
    const t1 = performance.now();
    p.dispose();
    return t1 - t0;
  };
  await time(2);
  const runs: number[] = [];
  for (let r = 0; r < REPEATS; r++) runs.push(((await time(STEPS)) - (await time(0))) / STEPS);
  runs.sort((a, b) => a - b);
  return runs[Math.floor(runs.length / 2)]!;
}

/** The bundled decoder when it has been trained, else a seeded dense decoder of the same shape. */
async function benchDecoder(): Promise<{ model: tf.LayersModel; label: string }> {
  const file = path.join(MODELS_DIR, "mnist-decoder", "model.json");
  if (fs.existsSync(file)) return { model: await xai.loadModel(file), label: "bundled mnist-decoder" };
  const m = tf.sequential();
  m.add(tf.layers.dense({ inputShape: [16], units: 256, activation: "relu", kernelInitializer: tf.initializers.glorotUniform({ seed: 1 }) }));
  m.add(tf.layers.dense({ units: 784, activation: "sigmoid", kernelInitializer: tf.initializers.glorotUniform({ seed: 2 }) }));
  m.add(tf.layers.reshape({ targetShape: [28, 28, 1] }));
  return { model: m, label: "dense decoder 16→256→784" };
}

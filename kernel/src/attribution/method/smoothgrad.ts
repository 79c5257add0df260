/**
 * SmoothGrad (Smilkov et al. 2017, "SmoothGrad: removing noise by adding noise"): the gradient averaged
 * over noisy copies of the input, `R = (1/K) Σ_k ∇f_t(x + ε_k)`, `ε_k ~ N(0, σ²)` with
 * `σ = noiseLevel · (max x − min x)` per sample (the paper suggests 10–20 %). It sharpens the gradient
 * maps where small wiggles of the function dominate them.
 *
 * Seeded: draw k of sample i is `σ_i · (standard normals of noiseSeed(seed, i, k))` from the project's
 * one generator (kernel/src/random), i being the sample's position in the whole batch, so a result
 * does not depend on how the batch is split into chunks or passes, nor on the backend.
 */
import * as tf from "@tensorflow/tfjs";
import { check, describeValue } from "../../errors";
import { forward } from "../../graph/forward";
import { seeded } from "../../random";
import { inputGradient } from "../gradient";
import { accumulate, copiesPerPass, repeatTargets } from "./batches";
import { predictedClasses, type Method } from "./method";

export interface SmoothGradOptions {
  /** The noise's standard deviation as a fraction of each sample's value range (default 0.1). */
  noiseLevel?: number;
  /** How many noisy copies are averaged (default 20). */
  samples?: number;
  /** The noise's seed (default 0): the same seed gives the same noise. */
  seed?: number;
}

export const smoothgrad: Method = {
  name: "smoothgrad",
  family: "gradient",
  summary: "SmoothGrad: the gradient averaged over noisy copies (noiseLevel, samples, seed)",
  parameters: ["noiseLevel", "samples", "seed"],
  plan: (_graph, options) => {
    const noiseLevel = options.noiseLevel ?? 0.1;
    const samples = options.samples ?? 20;
    const seed = options.seed ?? 0;
    check(
      typeof noiseLevel === "number" && Number.isFinite(noiseLevel) && noiseLevel >= 0,
      () => `noiseLevel must be a finite number ≥ 0, got ${describeValue(noiseLevel)}`,
    );
    check(Number.isInteger(samples) && samples >= 1 && samples <= 100_000, () => `samples must be an integer from 1 to 100000, got ${describeValue(samples)}`);
    check(Number.isInteger(seed), () => `seed must be an integer, got ${describeValue(seed)}`);
    const per = copiesPerPass(samples);
    return {
      passes: per,
      async compute(chunk) {
        const { graph, batch } = chunk;
        const n = batch.shape[0]!;
        const size = batch.size / n;
        const logits = tf.tidy(() => forward(graph, batch)[graph.output]!);
        try {
          const targets = chunk.targets ? [...chunk.targets] : await predictedClasses(logits);
          const sigma = (await ranges(batch)).map((r) => noiseLevel * r);
          const sum = await accumulate(samples, per, "smoothgrad", (from, to) => {
            // Copies in blocks of the chunk: draw k of every sample, then draw k + 1, ...
            const noise = new Float32Array((to - from) * n * size);
            for (let k = from; k < to; k++) {
              for (let i = 0; i < n; i++) {
                const draw = seeded(noiseSeed(seed, chunk.offset + i, k)).normals(size);
                const at = ((k - from) * n + i) * size;
                for (let e = 0; e < size; e++) noise[at + e] = sigma[i]! * draw[e]!;
              }
            }
            const copies = tf.add(
              tf.tile(batch, [to - from, ...batch.shape.slice(1).map(() => 1)]),
              tf.tensor(noise, [(to - from) * n, ...batch.shape.slice(1)]),
            );
            const g = inputGradient(graph, copies, repeatTargets(targets, to - from, "blocks")).gradient;
            return tf.sum(tf.reshape(g, [to - from, ...batch.shape]), 0);
          });
          const relevance = tf.tidy(() => tf.div(sum, samples));
          sum.dispose();
          return { relevance, logits, targets };
        } catch (e) {
          logits.dispose();
          throw e;
        }
      },
    };
  },
};

/** The seed of draw `draw` of the sample at position `index` of the batch (a 32-bit mix of the three). */
export function noiseSeed(seed: number, index: number, draw: number): number {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (index + 0x165667b1), 0xc2b2ae35) >>> 0;
  h = Math.imul(h ^ (draw + 0x27d4eb2f), 0x85ebca6b) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

/** max − min of each sample, read asynchronously. */
async function ranges(batch: tf.Tensor): Promise<number[]> {
  const r = tf.tidy(() => {
    const flat = tf.reshape(batch, [batch.shape[0]!, -1]);
    return tf.sub(tf.max(flat, 1), tf.min(flat, 1));
  });
  try {
    return Array.from(await r.data());
  } finally {
    r.dispose();
  }
}

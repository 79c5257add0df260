/**
 * The training run's own seeded random numbers (data order, augmentation shifts, dropout masks).
 * Frozen on purpose: the bundled models are reproducible only as long as this generator (mulberry32)
 * and its use stay the same; change it and `npm run train` writes different weights.
 */
import { mulberry32 } from "../random";

/** A uniform [0, 1) generator seeded by `seed` (a 32-bit integer). */
export function seededUniform(seed: number): () => number {
  return mulberry32(seed);
}

/**
 * Runs `body` with `Math.random` replaced by a generator seeded with `seed`, then restores it.
 *
 * Why: tfjs draws every unseeded random number (dropout masks in `Dropout` layers during `fit`) from
 * `Math.random`, and a seeded `Dropout` layer reuses one mask for every batch. Seeding `Math.random` for
 * the training run keeps proper dropout and makes reruns bit-identical.
 */
export async function withSeededMathRandom<T>(seed: number, body: () => Promise<T>): Promise<T> {
  const original = Math.random;
  Math.random = seededUniform(seed);
  try {
    return await body();
  } finally {
    Math.random = original;
  }
}

/**
 * k-means++ seeding (Arthur & Vassilvitskii 2007): the first centre is a uniformly drawn sample, each
 * next one a sample drawn with probability proportional to its squared distance to the nearest centre
 * so far. It starts EM for a Gaussian mixture from well-spread means, from a seeded generator.
 */
import type { Random } from "../../random";

export interface Seeding {
  /** Indices of the samples chosen as centres. */
  readonly centres: number[];
  /** For each sample, the index (into `centres`) of its nearest centre. */
  readonly labels: Int32Array;
}

/** Chooses `k` centres among the `n` rows of the row-major `values` [n, d]. */
export function kmeansPlusPlus(values: ArrayLike<number>, n: number, d: number, k: number, random: Random): Seeding {
  const distance = new Float64Array(n).fill(Infinity);
  const labels = new Int32Array(n);
  const centres: number[] = [];
  let next = random.integer(0, n - 1);
  for (let c = 0; c < k; c++) {
    centres.push(next);
    const centre = next * d;
    for (let i = 0; i < n; i++) {
      let s = 0;
      const row = i * d;
      for (let j = 0; j < d; j++) {
        const diff = values[row + j]! - values[centre + j]!;
        s += diff * diff;
      }
      if (s < distance[i]!) {
        distance[i] = s;
        labels[i] = c;
      }
    }
    let total = 0;
    for (let i = 0; i < n; i++) total += distance[i]!;
    if (total > 0) {
      let u = random.uniform() * total;
      next = n - 1;
      for (let i = 0; i < n; i++) {
        u -= distance[i]!;
        if (u < 0) {
          next = i;
          break;
        }
      }
    } else {
      next = random.integer(0, n - 1);
    }
  }
  return { centres, labels };
}

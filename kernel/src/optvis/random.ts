/**
 * The seeded pseudo-random numbers of activation maximisation: random starts, jitter offsets, k-means++
 * seeding, RBM sampling. One small generator (mulberry32) in plain JavaScript, so that the same seed
 * gives the same prototype on every backend; tfjs's own random ops are not used for that reason.
 */
import { mulberry32 } from "../random";

/** A stream of pseudo-random numbers. */
export interface Random {
  /** Uniform in [0, 1). */
  uniform(): number;
  /** Standard normal (Box–Muller). */
  normal(): number;
  /** A uniform integer in [low, high] (both included). */
  integer(low: number, high: number): number;
  /** `n` standard normal numbers. */
  normals(n: number): Float32Array;
  /** An independent stream derived from this one (e.g. one per random start). */
  fork(): Random;
}

/** A generator seeded by `seed` (any integer; 0 is allowed). */
export function seeded(seed: number): Random {
  const uniform = mulberry32(Math.floor(seed) ^ 0x9e3779b9);
  let spare: number | null = null;
  const normal = (): number => {
    if (spare !== null) {
      const s = spare;
      spare = null;
      return s;
    }
    let u = uniform();
    while (u <= 0) u = uniform();
    const v = uniform();
    const r = Math.sqrt(-2 * Math.log(u));
    spare = r * Math.sin(2 * Math.PI * v);
    return r * Math.cos(2 * Math.PI * v);
  };
  return {
    uniform,
    normal,
    integer: (low, high) => low + Math.floor(uniform() * (high - low + 1)),
    normals: (n) => {
      const out = new Float32Array(n);
      for (let i = 0; i < n; i++) out[i] = normal();
      return out;
    },
    fork: () => seeded(Math.floor(uniform() * 4294967296)),
  };
}

/** A uniformly random permutation of 0 … n−1 (Fisher–Yates). */
export function permutation(n: number, random: Random): Int32Array {
  const order = Int32Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = random.integer(0, i);
    const t = order[i]!;
    order[i] = order[j]!;
    order[j] = t;
  }
  return order;
}

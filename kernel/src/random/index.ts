/**
 * The project's one seeded pseudo-random generator, mulberry32: tiny, plain JavaScript, and the same
 * sequence on every backend and machine. Training (kernel/src/train), activation maximisation
 * (kernel/src/optvis), SmoothGrad's noise (kernel/src/attribution) and the random pixel-flipping
 * baseline (kernel/src/metrics) all draw from it, each seeding it its own way; tfjs's own random ops are
 * not used, so that a seed gives the same numbers on every backend. Changing these functions changes the
 * bundled models' weights (npm run train).
 */

/** A uniform [0, 1) generator whose 32-bit state starts at `state`. */
export function mulberry32(state: number): () => number {
  let s = state >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

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

/** A uniformly random permutation of 0 … n−1 (Fisher–Yates), drawing from `uniform` (values in [0, 1)). */
export function permutation(n: number, uniform: () => number): Int32Array {
  const order = Int32Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(uniform() * (i + 1));
    const t = order[i]!;
    order[i] = order[j]!;
    order[j] = t;
  }
  return order;
}

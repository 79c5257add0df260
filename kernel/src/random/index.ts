/**
 * The project's one seeded pseudo-random generator, mulberry32: tiny, plain JavaScript, and the same
 * sequence on every backend and machine. Training (kernel/src/train), activation maximisation
 * (kernel/src/optvis) and the random pixel-flipping baseline (kernel/src/metrics) all draw from it, each
 * seeding it its own way. Changing this function changes the bundled models' weights (npm run train).
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

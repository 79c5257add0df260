/**
 * Data augmentation for the 8,000 training digits: each digit moved by a random whole-pixel shift of at
 * most ±`max` pixels in each direction (vacated pixels black). MNIST digits are centred by their centre of
 * mass, so small shifts are plausible digits; they teach the models the translation tolerance that the
 * paper's translation trick (methods.md §5) and continuity metric (§6) probe.
 */
import { PIXELS } from "../data/digits";

const SIDE = 28;

/** `images` (N × 784) with digit k shifted by (dy, dx) drawn from `uniform` in [−max, max]². */
export function randomShifts(images: Float32Array, max: number, uniform: () => number): Float32Array {
  const n = images.length / PIXELS;
  const out = new Float32Array(images.length);
  for (let k = 0; k < n; k++) {
    const dy = Math.floor(uniform() * (2 * max + 1)) - max;
    const dx = Math.floor(uniform() * (2 * max + 1)) - max;
    shiftInto(images, out, k * PIXELS, dy, dx);
  }
  return out;
}

/** Copies the digit at `base` of `src` into `dst`, moved down by `dy` and right by `dx`. */
export function shiftInto(src: Float32Array, dst: Float32Array, base: number, dy: number, dx: number): void {
  for (let r = 0; r < SIDE; r++) {
    const sr = r - dy;
    if (sr < 0 || sr >= SIDE) continue;
    const c0 = Math.max(0, dx);
    const c1 = Math.min(SIDE, SIDE + dx);
    const from = base + sr * SIDE + c0 - dx;
    dst.set(src.subarray(from, from + (c1 - c0)), base + r * SIDE + c0);
  }
}

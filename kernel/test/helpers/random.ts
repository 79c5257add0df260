/**
 * A seeded random generator for tests (mulberry32): every run draws the same numbers, so a failing
 * case can be replayed. Values are rounded to float32, so that a plain Float64 reference computes with
 * exactly the numbers tfjs stores.
 */

export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A number in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** A float32-representable number in [low, high). */
  uniform(low: number, high: number): number {
    return Math.fround(low + (high - low) * this.next());
  }

  /** `n` float32-representable numbers in [low, high). */
  array(n: number, low: number, high: number): Float64Array {
    const out = new Float64Array(n);
    for (let i = 0; i < n; i++) out[i] = this.uniform(low, high);
    return out;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
}

/** What every standard-architecture builder takes: the real size by default, smaller copies for tests. */

export interface ArchitectureOptions {
  /** Height and width of the square RGB input (default 224). */
  inputSize?: number;
  /** Number of classes (default 1000). */
  classes?: number;
  /** Multiplies every layer's channel count (default 1; e.g. 1/8 for a small copy), at least 1 channel. */
  width?: number;
  /** Seed of the random weights (default 0). */
  seed?: number;
  /** Random biases, batch-norm offsets and means (default true); false makes the network bias-free. */
  biases?: boolean;
}

export interface Resolved {
  readonly inputSize: number;
  readonly classes: number;
  readonly seed: number;
  readonly biases: boolean;
  /** A channel count scaled by `width`, at least `min`. */
  channels(n: number, min?: number): number;
}

export function resolve(options: ArchitectureOptions = {}): Resolved {
  const width = options.width ?? 1;
  return {
    inputSize: options.inputSize ?? 224,
    classes: options.classes ?? 1000,
    seed: options.seed ?? 0,
    biases: options.biases ?? true,
    channels: (n, min = 1) => Math.max(min, Math.round(n * width)),
  };
}

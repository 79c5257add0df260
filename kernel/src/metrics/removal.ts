/**
 * What a removed patch is replaced with. The paper sets removed features to a baseline ("black", the
 * lower bound of the pixel range); a constant, the data mean and a blurred copy of the input are the
 * usual choices, since the score then drops because information is gone rather than because the
 * replacement looks like a strong feature of another class.
 */
import * as tf from "@tensorflow/tfjs";
import { XaiError, check, describeValue } from "../errors";

/** A constant (e.g. 0, or the lower bound of the pixel range), the data mean, or a blurred copy. */
export type Replacement = number | "mean" | "blur";

/** The data mean used by `replace: "mean"`: per pixel or per channel of `xs`, or given (broadcast to [H, W, C]). */
export type MeanSpec = "pixel" | "channel" | number | readonly number[] | tf.Tensor;

export interface BlurOptions {
  /** "gaussian" (default) or "box". */
  readonly kind?: "gaussian" | "box";
  /** Gaussian standard deviation in pixels; default half the larger patch side. */
  readonly sigma?: number;
  /** Kernel side (odd); default 2⌈2σ⌉ + 1 for a Gaussian, the patch's larger side (made odd) for a box. */
  readonly size?: number;
}

export interface RemovalOptions {
  readonly replace?: Replacement;
  readonly mean?: MeanSpec;
  readonly blur?: BlurOptions;
}

/** The replacement values, shaped like `xs` [N, H, W, C]. The caller disposes the tensor. */
export function replacementValues(xs: tf.Tensor4D, patch: readonly [number, number], options: RemovalOptions): tf.Tensor4D {
  const replace = options.replace ?? 0;
  if (typeof replace === "number") {
    check(Number.isFinite(replace), `replace must be a finite number, "mean" or "blur", got ${replace}`);
    return tf.fill(xs.shape, replace) as tf.Tensor4D;
  }
  if (replace === "mean") return tf.tidy(() => tf.broadcastTo(dataMean(xs, options.mean ?? "pixel"), xs.shape) as tf.Tensor4D);
  check(replace === "blur", () => `replace must be a number, "mean" or "blur", got ${describeValue(replace)}`);
  return blur(xs, options.blur ?? {}, Math.max(patch[0], patch[1]));
}

/** A short label for tables: "0", "mean (pixel)", "blur (gaussian σ=2)". */
export function describeReplacement(options: RemovalOptions, patch: readonly [number, number]): string {
  const replace = options.replace ?? 0;
  if (typeof replace === "number") return String(replace);
  if (replace === "mean") {
    const m = options.mean ?? "pixel";
    return typeof m === "string" ? `mean (${m})` : "mean (given)";
  }
  const { kind, sigma, size } = blurKernelSpec(options.blur ?? {}, Math.max(patch[0], patch[1]));
  return kind === "box" ? `blur (box ${size}×${size})` : `blur (gaussian σ=${sigma})`;
}

/**
 * `xs` blurred channel by channel with a normalised box or Gaussian kernel. Near the border the kernel
 * is renormalised over the pixels inside the image, so that edges are not darkened by zero padding.
 */
export function blur(xs: tf.Tensor4D, options: BlurOptions = {}, patchSide = 4): tf.Tensor4D {
  const { weights, size } = blurKernel(options, patchSide);
  const channels = xs.shape[3];
  return tf.tidy(() => {
    const k2 = tf.tensor2d(weights, [size, size]);
    const kernel = tf.tile(tf.reshape(k2, [size, size, 1, 1]), [1, 1, channels, 1]) as tf.Tensor4D;
    const summed = tf.depthwiseConv2d(xs, kernel, 1, "same");
    const coverage = tf.depthwiseConv2d(tf.onesLike(xs), kernel, 1, "same");
    return tf.div(summed, coverage) as tf.Tensor4D;
  });
}

function dataMean(xs: tf.Tensor4D, mean: MeanSpec): tf.Tensor {
  if (mean === "pixel") return tf.mean(xs, 0);
  if (mean === "channel") return tf.mean(xs, [0, 1, 2]);
  const given = mean instanceof tf.Tensor ? mean : typeof mean === "number" ? tf.scalar(mean) : Array.isArray(mean) ? tf.tensor1d(mean as number[]) : null;
  check(given, () => `mean must be "pixel", "channel", a number, a list of per-channel values or a tensor, got ${describeValue(mean)}`);
  try {
    return tf.broadcastTo(tf.cast(given, "float32"), xs.shape.slice(1));
  } catch {
    throw new XaiError(`the given mean of shape [${given.shape.join(", ")}] cannot be broadcast to the input's [${xs.shape.slice(1).join(", ")}]`);
  }
}

function blurKernelSpec(options: BlurOptions, patchSide: number): { kind: "gaussian" | "box"; sigma: number; size: number } {
  const kind = options.kind ?? "gaussian";
  check(kind === "gaussian" || kind === "box", () => `blur kind must be "gaussian" or "box", got ${describeValue(kind)}`);
  const sigma = options.sigma ?? patchSide / 2;
  check(Number.isFinite(sigma) && sigma > 0, `blur sigma must be a positive number, got ${sigma}`);
  const fallback = kind === "gaussian" ? 2 * Math.ceil(2 * sigma) + 1 : patchSide % 2 === 1 ? patchSide : patchSide + 1;
  const size = options.size ?? fallback;
  check(Number.isInteger(size) && size > 0 && size % 2 === 1, `blur size must be a positive odd integer, got ${size}`);
  return { kind, sigma, size };
}

function blurKernel(options: BlurOptions, patchSide: number): { weights: number[][]; size: number } {
  const { kind, sigma, size } = blurKernelSpec(options, patchSide);
  const half = (size - 1) / 2;
  const line = Array.from({ length: size }, (_, i) => (kind === "box" ? 1 : Math.exp(-((i - half) ** 2) / (2 * sigma * sigma))));
  const total = line.reduce((a, b) => a + b, 0) ** 2;
  return { weights: line.map((a) => line.map((b) => (a * b) / total)), size };
}

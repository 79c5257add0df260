/**
 * The bundled MNIST digits, as tensors for models and as plain arrays for everything else.
 * The split is fixed (see `split.ts`): `mnist({ split: "test", count: 500 })` is the same 500 digits
 * in every process, on every machine, which is what makes the tutorials' numbers reproducible.
 */
import * as tf from "@tensorflow/tfjs";
import { ready } from "../backend";
import { check } from "../errors";
import { PIXELS, splitArrays } from "./digits";
import { type MnistSplit, SPLIT_SIZES } from "./split";

/** The class names, by label. */
export const LABEL_NAMES: readonly string[] = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"];

/** Which digits to load. */
export interface MnistOptions {
  /** "train" (8,000 digits) or "test" (2,000). */
  split: MnistSplit;
  /** How many digits, from `offset` on; default: all the rest of the split. */
  count?: number;
  /** Index of the first digit within the split; default 0. */
  offset?: number;
}

/** Digits as plain arrays: `images` is `shape` = [N, 28, 28, 1], row-major, values in [0, 1]. */
export interface MnistArrays {
  readonly images: Float32Array;
  readonly labels: Int32Array;
  readonly shape: [number, 28, 28, 1];
  readonly labelNames: readonly string[];
}

/** Digits as tensors; the caller owns (and disposes) `images` and `labels`. */
export interface MnistTensors {
  readonly images: tf.Tensor4D;
  readonly labels: tf.Tensor1D;
  readonly labelNames: readonly string[];
}

/**
 * Digits of the fixed split as plain arrays (fresh copies the caller may change), for code that does
 * not use tfjs (renderers, data-only notebooks, other libraries).
 */
export function mnistArrays(options: MnistOptions): MnistArrays {
  const { split, offset, count } = resolve(options);
  const all = splitArrays(split);
  return {
    images: all.images.slice(offset * PIXELS, (offset + count) * PIXELS),
    labels: all.labels.slice(offset, offset + count),
    shape: [count, 28, 28, 1],
    labelNames: LABEL_NAMES,
  };
}

/**
 * Digits of the fixed split as tensors: `images` float32 [N, 28, 28, 1] in [0, 1], `labels` int32 [N].
 * Async because it makes sure a tfjs backend is ready before creating tensors.
 */
export async function mnist(options: MnistOptions): Promise<MnistTensors> {
  const a = mnistArrays(options);
  await ready();
  return {
    images: tf.tensor4d(a.images, a.shape, "float32"),
    labels: tf.tensor1d(a.labels, "int32"),
    labelNames: a.labelNames,
  };
}

function resolve(options: MnistOptions): { split: MnistSplit; offset: number; count: number } {
  check(options !== null && typeof options === "object", 'mnist needs options, e.g. { split: "test", count: 100 }');
  const { split } = options;
  check(split === "train" || split === "test", `mnist: split must be "train" or "test", not ${JSON.stringify(split)}`);
  const size = SPLIT_SIZES[split];
  const offset = options.offset ?? 0;
  check(
    Number.isInteger(offset) && offset >= 0 && offset < size,
    `mnist: offset must be an integer in [0, ${size - 1}] for the ${split} split (${size} digits), not ${offset}`,
  );
  const count = options.count ?? size - offset;
  check(Number.isInteger(count) && count >= 1, `mnist: count must be a positive integer, not ${count}`);
  check(offset + count <= size, `mnist: offset ${offset} + count ${count} = ${offset + count} is more than the ${size} digits of the ${split} split`);
  return { split, offset, count };
}

/** Checks on what users pass in, each failing with a message that names the problem. */
import * as tf from "@tensorflow/tfjs";
import { maxTensorBytes } from "../backend";
import { XaiError, check, describeValue } from "../errors";
import type { Graph } from "../graph/graph";

/**
 * `x` as a float32 batch the graph accepts. A single sample (rank one less than the model input) is
 * given a batch axis; `batched` says whether one was added. The caller disposes `batch` if it differs from `x`.
 */
export async function checkInput(graph: Graph, x: unknown): Promise<{ batch: tf.Tensor; batched: boolean }> {
  check(x instanceof tf.Tensor, () => `the input must be a tf.Tensor, got ${describeValue(x)}`);
  check(!x.isDisposed, `the input tensor of shape [${x.shape.join(", ")}] has been disposed`);
  const expected = graph.inputShape;
  const want = `[${expected.map((d) => (d === null ? "batch" : d)).join(", ")}]`;
  let batched = false;
  let t: tf.Tensor = x;
  if (x.rank === expected.length - 1 && sameDims(x.shape, expected.slice(1))) {
    batched = true;
  } else {
    check(
      x.rank === expected.length && sameDims(x.shape.slice(1), expected.slice(1)),
      `input shape [${x.shape.join(", ")}] does not match the model input ${want}`,
    );
  }
  check(x.size > 0, `empty batch: the input of shape [${x.shape.join(", ")}] holds no sample`);
  check(x.dtype === "float32" || x.dtype === "int32" || x.dtype === "bool", `input dtype ${x.dtype} is not numeric`);
  const bad = await firstNonFinite(x);
  if (bad >= 0) {
    const per = batched ? x.size : x.size / x.shape[0]!;
    throw new XaiError(`input contains NaN or Infinity (first at sample ${Math.floor(bad / per)}, element ${bad % per})`);
  }
  t = tf.tidy(() => {
    const f = x.dtype === "float32" ? x : tf.cast(x, "float32");
    return batched ? tf.expandDims(f, 0) : f === x ? x : f;
  });
  return { batch: t, batched };
}

/** The given target(s) as one class per sample of a batch of `n`, checked; null when none is given (the predicted class). */
export function checkTargets(target: unknown, n: number, classes: number): number[] | null {
  if (target === undefined || target === null) return null;
  const list =
    typeof target === "number"
      ? new Array<number>(n).fill(target)
      : Array.isArray(target) || target instanceof Int32Array
        ? Array.from(target as ArrayLike<number>)
        : null;
  check(list, () => `target must be a class index or one index per sample, got ${describeValue(target)}`);
  check(list.length === n, `target lists ${list.length} classes for a batch of ${n} samples; give one per sample or a single class`);
  list.forEach((t, i) => {
    check(typeof t === "number" && Number.isInteger(t), () => `target ${JSON.stringify(t)}${n > 1 ? ` (sample ${i})` : ""} is not an integer class index`);
    check(t >= 0 && t < classes, `target ${t}${n > 1 ? ` (sample ${i})` : ""} is out of range: the model has ${classes} classes (0 to ${classes - 1})`);
  });
  return list;
}

/** One target class per sample of a batch of `n`: the given one(s), or the arg-max of `predicted()` (its tensor is freed here). */
export async function resolveTargets(target: unknown, n: number, classes: number, predicted: () => tf.Tensor): Promise<number[]> {
  const given = checkTargets(target, n, classes);
  if (given) return given;
  const argmax = tf.tidy(() => tf.argMax(predicted(), 1));
  try {
    return Array.from(await argmax.data());
  } finally {
    argmax.dispose();
  }
}

/** The number of classes of the graph's output, which must be [batch, classes]. */
export function classCount(graph: Graph): number {
  const shape = graph.nodes[graph.output]!.outputShape;
  check(
    shape.length === 2 && typeof shape[1] === "number",
    `the model output has shape [${shape.map((d) => d ?? "batch").join(", ")}]; xai-lab explains outputs of shape [batch, classes]`,
  );
  return shape[1] as number;
}

/** Index of the first NaN or ±Infinity in `x`, or −1; one small read unless there is one. */
async function firstNonFinite(x: tf.Tensor): Promise<number> {
  if (x.dtype !== "float32") return -1;
  // A tensor larger than the backend binds at once (WebGPU's storage-buffer limit) gives zeros to any op
  // on it, but can still be read: checked here, refused (or chunked) by the engine later.
  if (4 * x.size > maxTensorBytes()) return (await x.data()).findIndex((v) => !Number.isFinite(v));
  const flags = tf.tidy(() => tf.logicalNot(tf.isFinite(tf.reshape(x, [-1]))));
  try {
    const any = tf.tidy(() => tf.any(flags));
    const found = (await any.data())[0] === 1;
    any.dispose();
    if (!found) return -1;
    const first = tf.tidy(() => tf.argMax(tf.cast(flags, "int32")));
    const index = (await first.data())[0]!;
    first.dispose();
    return index;
  } finally {
    flags.dispose();
  }
}

function sameDims(a: readonly number[], b: readonly (number | null)[]): boolean {
  return a.length === b.length && a.every((d, i) => b[i] === null || b[i] === d);
}

/** Timing helpers: median wall-clock milliseconds of repeated runs after warm-up, data read back each run. */
import * as tf from "@tensorflow/tfjs";

export interface Row {
  readonly name: string;
  readonly ms: number;
  readonly note?: string;
}

/** Median ms of `repeats` runs of `fn` (after `warmup` runs); each run waits for its result's data. */
export async function median(fn: () => tf.Tensor | Promise<tf.Tensor | { dispose(): void; relevance: tf.Tensor }>, repeats: number, warmup = 2): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < warmup + repeats; i++) {
    const t0 = performance.now();
    const out = await fn();
    const tensor = out instanceof tf.Tensor ? out : out.relevance;
    await tensor.data();
    const t1 = performance.now();
    if (out instanceof tf.Tensor) out.dispose();
    else out.dispose();
    if (i >= warmup) times.push(t1 - t0);
  }
  times.sort((a, b) => a - b);
  const mid = Math.floor(times.length / 2);
  return times.length % 2 ? times[mid]! : (times[mid - 1]! + times[mid]!) / 2;
}

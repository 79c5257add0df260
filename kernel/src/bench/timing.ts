/** Timing helpers: median wall-clock milliseconds of repeated runs after warm-up, data read back each run. */
import * as tf from "@tensorflow/tfjs";

export interface Row {
  readonly name: string;
  readonly ms: number;
  readonly note?: string;
}

type Timed = () => tf.Tensor | Promise<tf.Tensor | { dispose(): void; relevance: tf.Tensor }>;

/** Median ms of `repeats` runs of `fn` (after `warmup` runs); each run waits for its result's data. */
export async function median(fn: Timed, repeats: number, warmup = 2): Promise<number> {
  return (await medians(fn, repeats, warmup)).wall;
}

/**
 * Median wall-clock and process-CPU ms of `repeats` runs of `fn` (after `warmup` runs). On a shared
 * machine the wall clock measures the load as much as the code; for work on one thread the CPU time is
 * the code's own.
 */
export async function medians(fn: Timed, repeats: number, warmup = 2): Promise<{ wall: number; cpu: number }> {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < warmup + repeats; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const out = await fn();
    const tensor = out instanceof tf.Tensor ? out : out.relevance;
    await tensor.data();
    const t1 = performance.now();
    const c = process.cpuUsage(c0);
    out.dispose();
    if (i >= warmup) {
      wall.push(t1 - t0);
      cpu.push((c.user + c.system) / 1000);
    }
  }
  return { wall: middle(wall), cpu: middle(cpu) };
}

function middle(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * What the methods that explain many modified copies of each sample share (SmoothGrad, integrated
 * gradients, occlusion): how many copies go through the network in one pass, and the loop over passes
 * with a cancellation point between them.
 */
import * as tf from "@tensorflow/tfjs";
import { checkpoint } from "../../interrupt";

/**
 * At most this many modified copies of each sample go through the network in one pass. A method
 * declares it as its plan's `passes`, so that explain.ts sizes the chunks (samples per pass) to fit
 * its working-memory budget with that many copies of each.
 */
export const COPIES_PER_PASS = 16;

/** How many of `count` copies of each sample one pass takes. */
export function copiesPerPass(count: number): number {
  return Math.max(1, Math.min(count, COPIES_PER_PASS));
}

/**
 * Runs `step(from, to)` over `[0, count)` in passes of `per`, adding what each returns into one tensor
 * (kept; the caller disposes it). `what` names the work for an interrupt.
 */
export async function accumulate(count: number, per: number, what: string, step: (from: number, to: number) => tf.Tensor): Promise<tf.Tensor> {
  let sum: tf.Tensor | null = null;
  for (let from = 0; from < count; from += per) {
    await checkpoint(what);
    const to = Math.min(count, from + per);
    const prev: tf.Tensor | null = sum;
    sum = tf.tidy(() => {
      const part = step(from, to);
      return prev ? tf.add(prev, part) : part;
    });
    prev?.dispose();
  }
  if (!sum) throw new Error(`internal: ${what} ran no pass`);
  return sum;
}

/** Each of `targets` repeated `copies` times in a row ([t0, t0, …, t1, t1, …]) or as blocks ([t0, t1, …, t0, t1, …]). */
export function repeatTargets(targets: readonly number[], copies: number, layout: "consecutive" | "blocks"): number[] {
  if (layout === "blocks") return Array.from({ length: copies * targets.length }, (_, k) => targets[k % targets.length]!);
  return targets.flatMap((t) => new Array<number>(copies).fill(t));
}

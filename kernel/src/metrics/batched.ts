/**
 * Batched pixel-flipping: at every step, the partly removed inputs of all examples go through the
 * model in one forward pass (and, when relevance is recomputed, through one batched explain). The
 * removal itself is a copy of replacement values into a host-side buffer of all inputs: assigning
 * values is exact, and on the CPU and wasm backends it is cheaper than building masks with tensor ops.
 */
import * as tf from "@tensorflow/tfjs";
import type { Explainer } from "../attribution/explain";
import { checkpoint } from "../interrupt";
import { yieldToEventLoop } from "./metric";
import { nextPatch } from "./ordering";
import { patchRelevance, type PatchGrid } from "./patches";
import { readScores, type Plan } from "./plan";

export interface FlipRun {
  /** Scores after 0..K removals, per example. */
  readonly curves: number[][];
  /** The patches removed, in order, per example. */
  readonly removalOrders: number[][];
}

/** Runs `plan` batched. */
export async function flipBatched(explainer: Explainer, plan: Plan, onProgress?: (fraction: number) => void): Promise<FlipRun> {
  const { grid, steps } = plan;
  const [n, h, w, c] = plan.xs.shape;
  const size = h * w * c;
  const current = Float32Array.from(await plan.xs.data());
  const base = (await plan.base.data()) as Float32Array;
  const pixels = pixelsOfPatches(grid);
  const removed = new Uint8Array(n * grid.count);
  const curves: number[][] = Array.from({ length: n }, () => []);
  const removalOrders: number[][] = Array.from({ length: n }, () => []);
  for (let k = 0; k <= steps; k++) {
    for (let start = 0; start < n; start += plan.batchSize) {
      await checkpoint("pixel-flipping");
      const count = Math.min(plan.batchSize, n - start);
      const inputs = tf.tensor4d(current.subarray(start * size, (start + count) * size), [count, h, w, c]);
      try {
        if (plan.source.kind === "recompute" && k < steps) {
          const { order, spec } = plan.source;
          const e = await explainer.explain(inputs, { ...spec, layers: false, target: plan.targets.slice(start, start + count) });
          try {
            (await readScores(e.output, plan, start)).forEach((s, i) => curves[start + i]!.push(s));
            patchRelevance(grid, await e.relevance.data(), count, c).forEach((sums, i) => {
              const j = start + i;
              removalOrders[j]!.push(nextPatch(sums, removed.subarray(j * grid.count, (j + 1) * grid.count), order));
            });
          } finally {
            e.dispose();
          }
        } else {
          const logits = explainer.logits(inputs);
          try {
            (await readScores(logits, plan, start)).forEach((s, i) => curves[start + i]!.push(s));
          } finally {
            logits.dispose();
          }
          if (k < steps && plan.source.kind === "fixed") for (let j = start; j < start + count; j++) removalOrders[j]!.push(plan.source.orders[j]![k]!);
        }
      } finally {
        inputs.dispose();
      }
      if (k === steps) continue;
      for (let j = start; j < start + count; j++) {
        const patch = removalOrders[j]![k]!;
        removed[j * grid.count + patch] = 1;
        const offset = j * size;
        for (const q of pixels[patch]!) for (let ch = 0; ch < c; ch++) current[offset + q * c + ch] = base[offset + q * c + ch]!;
      }
    }
    if (onProgress) {
      onProgress((k + 1) / (steps + 1));
      await yieldToEventLoop();
    }
  }
  return { curves, removalOrders };
}

/** The row-major pixel indices of every patch. */
function pixelsOfPatches(grid: PatchGrid): number[][] {
  const out: number[][] = Array.from({ length: grid.count }, () => []);
  grid.pixelPatch.forEach((p, q) => out[p]!.push(q));
  return out;
}

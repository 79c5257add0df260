/**
 * The one-at-a-time reference of pixel-flipping: each example on its own, each step one forward pass
 * of a single input, the removal done on a plain array copy of the image. It is the textbook loop of
 * the paper, kept to check the batched run (same curves) and to measure what batching gains.
 */
import * as tf from "@tensorflow/tfjs";
import type { Explainer } from "../attribution/explain";
import { checkpoint } from "../interrupt";
import { yieldToEventLoop } from "./metric";
import { nextPatch } from "./ordering";
import { readScores, type Plan } from "./plan";
import type { FlipRun } from "./batched";

/** Runs `plan` one input at a time. */
export async function flipOneAtATime(explainer: Explainer, plan: Plan, onProgress?: (fraction: number) => void): Promise<FlipRun> {
  const { grid, steps } = plan;
  const [n, h, w, c] = plan.xs.shape;
  const size = h * w * c;
  const allX = await plan.xs.data();
  const allBase = await plan.base.data();
  const curves: number[][] = [];
  const removalOrders: number[][] = [];
  for (let i = 0; i < n; i++) {
    const image = Float32Array.from(allX.subarray(i * size, (i + 1) * size));
    const base = allBase.subarray(i * size, (i + 1) * size);
    const removed = new Uint8Array(grid.count);
    const curve: number[] = [];
    const order: number[] = [];
    for (let k = 0; k <= steps; k++) {
      await checkpoint("pixel-flipping");
      const input = tf.tensor4d(image, [1, h, w, c]);
      let patch = -1;
      try {
        if (plan.source.kind === "recompute" && k < steps) {
          const e = await explainer.explain(input, { ...plan.source.spec, layers: false, target: [plan.targets[i]!] });
          try {
            curve.push((await readScores(e.output, plan, i))[0]!);
            patch = nextPatch(sumPatches(await e.relevance.data(), plan), removed, plan.source.order);
          } finally {
            e.dispose();
          }
        } else {
          const logits = explainer.logits(input);
          try {
            curve.push((await readScores(logits, plan, i))[0]!);
          } finally {
            logits.dispose();
          }
          if (k < steps && plan.source.kind === "fixed") patch = plan.source.orders[i]![k]!;
        }
      } finally {
        input.dispose();
      }
      if (k === steps) break;
      order.push(patch);
      removed[patch] = 1;
      forEachPixel(patch, plan, (q) => {
        for (let ch = 0; ch < c; ch++) image[q * c + ch] = base[q * c + ch]!;
      });
    }
    curves.push(curve);
    removalOrders.push(order);
    if (onProgress) {
      onProgress((i + 1) / n);
      await yieldToEventLoop();
    }
  }
  return { curves, removalOrders };
}

/** Calls `visit` with the row-major pixel index of every pixel of `patch`. */
function forEachPixel(patch: number, plan: Plan, visit: (pixel: number) => void): void {
  const {
    patch: [ph, pw],
    columns,
    height,
    width,
  } = plan.grid;
  const y0 = Math.floor(patch / columns) * ph;
  const x0 = (patch % columns) * pw;
  for (let y = y0; y < Math.min(y0 + ph, height); y++) for (let x = x0; x < Math.min(x0 + pw, width); x++) visit(y * width + x);
}

/** Patch sums of one example's relevance [1, H, W, C], patch by patch. */
function sumPatches(relevance: ArrayLike<number>, plan: Plan): Float64Array {
  const c = plan.xs.shape[3];
  const sums = new Float64Array(plan.grid.count);
  for (let p = 0; p < plan.grid.count; p++)
    forEachPixel(p, plan, (q) => {
      for (let ch = 0; ch < c; ch++) sums[p] += relevance[q * c + ch]!;
    });
  return sums;
}

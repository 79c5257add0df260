/**
 * The pixel-flipping benchmark (methods.md §6): 100 MNIST-shaped digits, 4×4 patches, all 49 removed,
 * fixed relevance, on a small CNN and on the engine benchmark's larger one. The batched run (one forward pass per step for all digits) against
 * the one-at-a-time reference (one forward pass per digit and step), measured in the same run, so that
 * the speedup does not depend on the machine. The bundled digits and model are used when present.
 */
import * as fs from "node:fs";
import * as tf from "@tensorflow/tfjs";
import * as xai from "../index";
import type * as DataModule from "../data";
import { pixelFlipping } from "../metrics";
import { modelPath } from "../models/catalog";
import { mnistCnn } from "./models";

interface Row {
  name: string;
  ms: number;
  note?: string;
}

const DIGITS = 100;
const REPEATS = 3;

/** Reports median milliseconds of batched and one-at-a-time pixel-flipping, and their ratio, for each model. */
export async function benchMetrics(report: (row: Row) => void): Promise<void> {
  await xai.ready();
  const { xs, dataNote } = await benchDigits();
  try {
    const models = await benchModels();
    for (const [i, { model, label }] of models.entries()) {
      const explainer = await xai.prepare(model);
      const e = await explainer.explain(xs, { method: "epsilon-plus-flat" });
      const relevance = e.relevance;
      e.output.dispose();
      try {
        const options = { patch: 4 } as const;
        // Interleaved, so that load from other processes affects both modes alike.
        const [batched, single] = await interleavedMedians(
          [() => pixelFlipping(explainer, xs, relevance, options), () => pixelFlipping(explainer, xs, relevance, { ...options, mode: "one-at-a-time" })],
          REPEATS,
        );
        const setting = `${DIGITS} digits (${dataNote}), 4×4 patches, 49 removals, fixed relevance, ${tf.getBackend()}`;
        report({
          name: `${label}: batched (one forward pass per step)`,
          ms: batched!.wall,
          note: `${i === 0 ? `${setting}; ` : ""}CPU ${batched!.cpu.toFixed(0)} ms`,
        });
        report({
          name: `${label}: one at a time (one forward pass per digit and step)`,
          ms: single!.wall,
          note: `batched is ${(single!.wall / batched!.wall).toFixed(1)}× faster (CPU time ${(single!.cpu / batched!.cpu).toFixed(1)}×); CPU ${single!.cpu.toFixed(0)} ms`,
        });
        if (i > 0) continue;
        const [recomputed] = await interleavedMedians([() => pixelFlipping(explainer, xs, { method: "epsilon-plus-flat" }, options)], 1, 0);
        report({
          name: `${label}: batched, relevance recomputed every step (epsilon-plus-flat)`,
          ms: recomputed!.wall,
          note: `${(recomputed!.wall / batched!.wall).toFixed(1)}× the fixed-relevance run; CPU ${recomputed!.cpu.toFixed(0)} ms`,
        });
      } finally {
        relevance.dispose();
        explainer.dispose();
        model.dispose();
      }
    }
  } finally {
    xs.dispose();
  }
}

/**
 * The bundled MNIST CNN if it has been built, else a small CNN built here; then the engine benchmark's
 * larger MNIST CNN. Batching gains most where a forward pass is cheap and the per-call overhead counts.
 */
async function benchModels(): Promise<{ model: tf.LayersModel; label: string }[]> {
  const bundled = modelPath("mnist-cnn");
  const first = fs.existsSync(bundled)
    ? { model: await xai.loadModel(bundled), label: "bundled mnist-cnn" }
    : { model: smallCnn(), label: "small CNN (conv8, conv16, dense10)" };
  return [first, { model: mnistCnn(), label: "MNIST CNN (conv32 5×5, conv64 5×5, dense128)" }];
}

/** conv 3×3 ×8 → max-pool → conv 3×3 ×16 → max-pool → dense 10, seeded. */
function smallCnn(): tf.LayersModel {
  const init = (seed: number) => ({ kernelInitializer: tf.initializers.heNormal({ seed }) });
  const m = tf.sequential();
  m.add(tf.layers.conv2d({ inputShape: [28, 28, 1], filters: 8, kernelSize: 3, activation: "relu", ...init(21) }));
  m.add(tf.layers.maxPooling2d({ poolSize: 2 }));
  m.add(tf.layers.conv2d({ filters: 16, kernelSize: 3, activation: "relu", ...init(22) }));
  m.add(tf.layers.maxPooling2d({ poolSize: 2 }));
  m.add(tf.layers.flatten());
  m.add(tf.layers.dense({ units: 10, ...init(23) }));
  return m;
}

/** 100 bundled MNIST test digits (random images of that shape if the data module is not in this build). */
async function benchDigits(): Promise<{ xs: tf.Tensor4D; dataNote: string }> {
  let data: typeof DataModule | null = null;
  try {
    data = require("../data") as typeof DataModule;
  } catch {
    // not part of this build
  }
  if (!data) return { xs: tf.randomUniform([DIGITS, 28, 28, 1], 0, 1, "float32", 3) as tf.Tensor4D, dataNote: "random 28×28 images" };
  const { images, labels } = await data.mnist({ split: "test", count: DIGITS });
  labels.dispose();
  return { xs: images, dataNote: "bundled MNIST test digits" };
}

/**
 * Median wall-clock and process-CPU milliseconds of each run function, over `repeats` rounds (after
 * `warmup` rounds) in which every function runs once. CPU time is reported too because the benchmark
 * machine may be shared: wall time then measures the load as much as the code.
 */
async function interleavedMedians(runs: readonly (() => Promise<unknown>)[], repeats: number, warmup = 1): Promise<{ wall: number; cpu: number }[]> {
  const wall: number[][] = runs.map(() => []);
  const cpu: number[][] = runs.map(() => []);
  for (let round = 0; round < warmup + repeats; round++) {
    for (let i = 0; i < runs.length; i++) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      await runs[i]!();
      const t1 = performance.now();
      const c = process.cpuUsage(c0);
      if (round < warmup) continue;
      wall[i]!.push(t1 - t0);
      cpu[i]!.push((c.user + c.system) / 1000);
    }
  }
  return runs.map((_, i) => ({ wall: median(wall[i]!), cpu: median(cpu[i]!) }));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * The real-size benchmark: VGG-16, ResNet-50 and MobileNet-v2 at 224×224×3 with 1000 classes (seeded
 * random weights), batch 1 and batch 8 — model.predict, the engine's gradient, epsilon-plus-flat,
 * epsilon-gamma-box and alpha2beta1, in one thread and on every core (the worker pool), with the peak
 * memory (process RSS and tfjs' tensor bytes) — and, with `--profile`, the time of each layer and rule.
 *
 * Each architecture runs in a child process of its own, so that its peak RSS is its own: the wasm heap
 * never shrinks, and one process would report the largest model's peak for all three.
 */
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import * as tf from "@tensorflow/tfjs";
import * as xai from "../index";
import { coreCount } from "../parallel/pool";
import { medians } from "./timing";

export const ARCHITECTURES = ["mobilenetV2", "resnet50", "vgg16"] as const;
export type Architecture = (typeof ARCHITECTURES)[number];

const METHODS = ["gradient", "epsilon-plus-flat", "epsilon-gamma-box", "alpha2beta1"] as const;
const LABELS: Record<Architecture, string> = { mobilenetV2: "MobileNet-v2", resnet50: "ResNet-50", vgg16: "VGG-16" };

/** zennit 0.5.1 on torch 1.13 (CPU), the issue's anchors on this kind of machine, ms: [gradient, EPF, EGB]. */
const ZENNIT: Record<Architecture, Record<string, readonly [number, number, number]>> = {
  mobilenetV2: { "1 thread, batch 1": [47, 208, 329], "2 threads, batch 1": [38, 130, 437], "2 threads, batch 8": [421, 2140, 4210] },
  resnet50: { "1 thread, batch 1": [155, 1163, 3048], "2 threads, batch 1": [96, 573, 1210], "2 threads, batch 8": [1077, 5690, 7172] },
  vgg16: { "1 thread, batch 1": [463, 1316, 2649], "2 threads, batch 1": [259, 806, 1489], "2 threads, batch 8": [2236, 14668, 40810] },
};

/** One measured row. */
export interface RealSizeRow {
  readonly architecture: Architecture;
  readonly batch: number;
  readonly step: string;
  readonly workers: number;
  /** Median wall-clock ms. */
  readonly ms: number;
  /** Median process-CPU ms (all threads of the process). */
  readonly cpu: number;
}

export interface RealSizeMemory {
  readonly architecture: Architecture;
  readonly batch: number;
  /** Peak resident set of the process (VmHWM) after explaining with every method at this batch size. */
  readonly peakRssBytes: number;
  /** Peak of tfjs' tensor bytes during one explain call, the largest over the methods. */
  readonly peakTensorBytes: number;
  readonly weightBytes: number;
}

export interface RealSizeOptions {
  readonly architectures: readonly Architecture[];
  readonly batches: readonly number[];
  readonly repeats: number;
  readonly backend: string;
  readonly profile: boolean;
  /** Height and width of the inputs (224, the real size; smaller for a smoke run of the benchmark). */
  readonly inputSize: number;
}

/** Runs every architecture in its own child process and prints the tables. */
export async function benchRealSize(options: RealSizeOptions): Promise<void> {
  const cores = coreCount();
  console.log(
    `## Real-size models (${options.inputSize}×${options.inputSize}×3, 1000 classes, seeded random weights) — backend ${options.backend}, ${cores} cores`,
  );
  console.log(`median of ${options.repeats} runs after one warm-up; workers > 1 is the worker pool; CPU ms counts every thread of the process`);
  console.log(`(on a loaded machine the wall clock measures the load: for one thread, CPU ms is the code's own time)\n`);
  for (const architecture of options.architectures) {
    const result = await runChild(architecture, options);
    printArchitecture(architecture, result.rows, result.memory, cores, options.inputSize);
    if (result.profile) printProfile(architecture, result.profile);
  }
}

/** The child process's work: one architecture, every batch size, every method. */
export async function measureArchitecture(
  architecture: Architecture,
  options: RealSizeOptions,
): Promise<{ rows: RealSizeRow[]; memory: RealSizeMemory[]; profile?: Record<string, readonly xai.ProfileRow[]> }> {
  await xai.useBackend(options.backend);
  const model = xai.models.architectures[architecture]({ inputSize: options.inputSize });
  const weightBytes = model.countParams() * 4;
  const rows: RealSizeRow[] = [];
  const memory: RealSizeMemory[] = [];
  const cores = coreCount();
  const explainer = await xai.prepare(model, { workers: 1 });
  const pooled = cores > 1 ? await xai.prepare(model, { workers: cores }) : null;
  let profile: Record<string, readonly xai.ProfileRow[]> | undefined;
  try {
    for (const batch of options.batches) {
      const x = tf.randomUniform([batch, options.inputSize, options.inputSize, 3], 0, 1, "float32", 7);
      const add = (step: string, workers: number, t: { wall: number; cpu: number }): void =>
        void rows.push({ architecture, batch, step, workers, ms: t.wall, cpu: t.cpu });
      let peakTensorBytes = 0;
      for (const method of METHODS) {
        const options1 = xai.applicableOptions({ method, target: 3, low: 0, high: 1 });
        add(method, 1, await medians(() => explainer.explain(x, options1), options.repeats, 1));
        const info = await tf.profile(async () => (await explainer.explain(x, options1)).dispose());
        peakTensorBytes = Math.max(peakTensorBytes, info.peakBytes);
      }
      memory.push({ architecture, batch, peakRssBytes: peakRss(), peakTensorBytes, weightBytes });
      add("forward (model.predict)", 1, await medians(() => model.predict(x) as tf.Tensor, options.repeats, 1));
      if (pooled && batch > 1) {
        for (const method of METHODS)
          add(method, cores, await medians(() => pooled.explain(x, xai.applicableOptions({ method, target: 3, low: 0, high: 1 })), options.repeats, 1));
      }
      if (options.profile && batch === options.batches[0]) {
        profile = {};
        for (const method of METHODS) {
          const e = await explainer.explain(x, xai.applicableOptions({ method, target: 3, low: 0, high: 1, profile: true }));
          profile[method] = e.profile!;
          e.dispose();
        }
      }
      x.dispose();
    }
  } finally {
    explainer.dispose();
    pooled?.dispose();
    model.dispose();
  }
  return { rows, memory, ...(profile ? { profile } : {}) };
}

function runChild(architecture: Architecture, options: RealSizeOptions): Promise<Awaited<ReturnType<typeof measureArchitecture>>> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(__dirname, "realSizeChild.js"), architecture, JSON.stringify(options)], {
      stdio: ["ignore", "pipe", "inherit"],
    });
    let out = "";
    child.stdout.on("data", (d: Buffer) => (out += d.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      const last = out.trim().split("\n").pop() ?? "";
      if (code !== 0) return reject(new Error(`the ${architecture} benchmark exited with code ${code}`));
      resolve(JSON.parse(last));
    });
  });
}

/** The process's peak resident set (Linux VmHWM), or the current RSS where /proc is missing. */
function peakRss(): number {
  try {
    const status = fs.readFileSync("/proc/self/status", "utf8");
    const kb = /VmHWM:\s+(\d+) kB/.exec(status);
    if (kb) return Number(kb[1]) * 1024;
  } catch {
    // not Linux
  }
  return process.memoryUsage().rss;
}

function printArchitecture(
  architecture: Architecture,
  rows: readonly RealSizeRow[],
  memory: readonly RealSizeMemory[],
  cores: number,
  inputSize: number,
): void {
  const label = LABELS[architecture];
  for (const batch of [...new Set(rows.map((r) => r.batch))]) {
    const at = rows.filter((r) => r.batch === batch);
    const one = (step: string): number | undefined => at.find((r) => r.step === step && r.workers === 1)?.ms;
    const forward = one("forward (model.predict)")!;
    const gradient = one("gradient")!;
    // The anchors were measured at 224×224, batch 1 (1 thread) and batch 8 (2 threads) only.
    const anchor =
      inputSize !== 224 ? null : batch === 1 ? ZENNIT[architecture]["1 thread, batch 1"] : batch === 8 ? ZENNIT[architecture]["2 threads, batch 8"] : null;
    console.log(`### ${label}, batch ${batch}`);
    console.log(
      "| step | workers | median ms | CPU ms | × forward | × xai-lab gradient | zennit ms (anchor) | × zennit |\n|---|---:|---:|---:|---:|---:|---:|---:|",
    );
    for (const r of at) {
      const z = anchor && (batch === 1 || r.workers > 1) ? zennitFor(anchor, r.step) : undefined;
      const zText = z === undefined ? "" : `${z} (${batch === 1 ? "1 thread" : "2 threads"})`;
      console.log(
        `| ${r.step} | ${r.workers} | ${r.ms.toFixed(0)} | ${r.cpu.toFixed(0)} | ${(r.ms / forward).toFixed(2)} | ${(r.ms / gradient).toFixed(2)} | ${zText} | ${z ? (r.ms / z).toFixed(2) : ""} |`,
      );
    }
    const m = memory.find((x) => x.batch === batch);
    if (m)
      console.log(
        `\npeak memory (explaining, every method, batch ${batch}): process RSS ${mib(m.peakRssBytes)}, tfjs tensors ${mib(m.peakTensorBytes)}; the weights are ${mib(m.weightBytes)}`,
      );
    if (cores > 1 && batch > 1) console.log(`(${cores} workers hold ${cores} copies of the weights, besides this thread's)`);
    console.log("");
  }
}

function zennitFor(anchor: readonly [number, number, number], step: string): number | undefined {
  const i = ["gradient", "epsilon-plus-flat", "epsilon-gamma-box"].indexOf(step);
  return i >= 0 ? anchor[i] : undefined;
}

function printProfile(architecture: Architecture, profile: Record<string, readonly xai.ProfileRow[]>): void {
  console.log(`### ${LABELS[architecture]}: where the time goes (batch ${1}, ms per layer and phase; the 12 slowest steps)`);
  for (const [method, rows] of Object.entries(profile)) {
    const total = rows.reduce((a, r) => a + r.ms, 0);
    const byPhase = (phase: string): number => rows.filter((r) => r.phase === phase).reduce((a, r) => a + r.ms, 0);
    const byRule = new Map<string, number>();
    for (const r of rows) if (r.phase === "backward") byRule.set(r.rule ?? r.kind, (byRule.get(r.rule ?? r.kind) ?? 0) + r.ms);
    console.log(
      `\n**${method}**: ${total.toFixed(0)} ms — forward ${byPhase("forward").toFixed(0)}, backward ${byPhase("backward").toFixed(0)}; backward by rule: ${[
        ...byRule,
      ]
        .sort((a, b) => b[1] - a[1])
        .map(([k, v]) => `${k} ${v.toFixed(0)}`)
        .join(", ")}`,
    );
    console.log("| layer | kind | phase | rule | ms |\n|---|---|---|---|---:|");
    for (const r of [...rows].sort((a, b) => b.ms - a.ms).slice(0, 12))
      console.log(`| ${r.name} | ${r.kind} | ${r.phase} | ${r.rule ?? ""} | ${r.ms.toFixed(1)} |`);
  }
  console.log("");
}

function mib(bytes: number): string {
  return `${(bytes / 2 ** 20).toFixed(0)} MiB`;
}

/**
 * The real-size architectures on WebGPU against wasm, for scripts/gpu-check.sh (which makes Vulkan
 * available first). For each backend, model, batch and step it measures the first call on a freshly
 * prepared model — on WebGPU that includes compiling the shaders — then the median of warm calls, and
 * the first call on a second prepared copy (compilation is paid once per process, not per model). Every
 * call waits for its result's data. Prints a markdown table, with wasm ÷ webgpu as the speed-up.
 *
 *   node kernel/dist/src/bench/gpu.js [--backends webgpu,wasm] [--models vgg16,resnet50,mobilenetV2]
 *        [--batches 1,8] [--steps forward,gradient,epsilon-plus-flat,epsilon-gamma-box,alpha2beta1]
 *        [--size 224] [--width 1] [--repeats 3] [--workers N] [--out FILE.md]
 *        [--wasm-models ...] [--wasm-batches ...] [--wasm-steps ...] [--wasm-repeats N]
 *
 * The --wasm-* options narrow what runs on wasm (the slow side: VGG-16 at batch 8 takes seconds a call).
 * `--size 32 --width 0.125` gives small copies (a smoke run on a software adapter). `--workers` is passed
 * to `prepare` for wasm where the engine has a worker pool.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as xai from "../index";

const tf = xai.tf;
const ALL_STEPS = ["forward", "gradient", "epsilon-plus-flat", "epsilon-gamma-box", "alpha2beta1"];
const BUILDERS = {
  vgg16: xai.models.architectures.vgg16,
  resnet50: xai.models.architectures.resnet50,
  mobilenetV2: xai.models.architectures.mobilenetV2,
} as const;
type ModelName = keyof typeof BUILDERS;

interface Plan {
  models: ModelName[];
  batches: number[];
  steps: string[];
  repeats: number;
}

interface Settings extends Plan {
  backends: string[];
  size: number;
  width: number;
  workers: number;
  out: string | null;
  /** What runs on wasm (defaults: the same as on the other backends). */
  wasm: Plan;
}

/** One measured step. */
interface Row {
  backend: string;
  model: ModelName;
  batch: number;
  step: string;
  /** The first call on a freshly prepared model (shader compilation on WebGPU). */
  first: number;
  /** Median of the warm calls. */
  warm: number;
  /** The first call on a second prepared copy of the model. */
  again: number;
}

/** Runs the benchmark with command-line style arguments; resolves to the markdown it printed. */
export async function runGpuBench(argv: readonly string[]): Promise<string> {
  const s = settings(argv);
  const info = await xai.ready();
  const lines = [
    `# xai-lab on WebGPU against wasm — ${new Date().toISOString()}`,
    "",
    `default backend: ${info.summary}`,
    `machine: ${os.cpus().length} CPU cores (${os.cpus()[0]?.model ?? "unknown"}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB; node ${process.version}`,
    `models at ${s.size}×${s.size}×3${s.width === 1 ? "" : `, channels × ${s.width}`}; median of ${s.repeats} warm calls; every call reads its result back`,
    "",
  ];
  const rows: Row[] = [];
  for (const backend of s.backends) {
    await xai.useBackend(backend);
    lines.push(`- ${xai.describeBackend()}${backend === "wasm" ? `, ${workersNote(s.workers)}` : ""}`);
    const plan = backend === "wasm" ? s.wasm : s;
    for (const model of plan.models) for (const batch of plan.batches) rows.push(...(await measure(model, batch, plan, s)).map((r) => ({ ...r, backend })));
  }
  lines.push("", ...table(rows, s), "");
  const text = lines.join("\n");
  console.log(text);
  if (s.out) fs.writeFileSync(s.out, text + "\n");
  return text;
}

/** Every step of one model and batch on the current backend. */
async function measure(name: ModelName, batch: number, plan: Plan, s: Settings): Promise<Omit<Row, "backend">[]> {
  const model = BUILDERS[name]({ inputSize: s.size, width: s.width });
  const x = tf.randomUniform([batch, s.size, s.size, 3], 0, 1, "float32", 11);
  const rows: Omit<Row, "backend">[] = [];
  try {
    const first = await prepared(model, s);
    const again = await prepared(model, s);
    try {
      for (const step of plan.steps) {
        const firstMs = await timed(() => run(first, x, step));
        const warm: number[] = [];
        for (let i = 0; i < plan.repeats; i++) warm.push(await timed(() => run(first, x, step)));
        const againMs = await timed(() => run(again, x, step));
        rows.push({ model: name, batch, step, first: firstMs, warm: median(warm), again: againMs });
        console.error(
          `  ${tf.getBackend()} ${name} batch ${batch} ${step}: first ${firstMs.toFixed(0)} ms, warm ${median(warm).toFixed(0)} ms, second model ${againMs.toFixed(0)} ms`,
        );
      }
    } finally {
      first.dispose();
      again.dispose();
    }
  } finally {
    x.dispose();
    model.dispose();
  }
  return rows;
}

/** A prepared explainer, with the worker pool on wasm where the engine has one. */
async function prepared(model: xai.tf.LayersModel, s: Settings): Promise<xai.Explainer> {
  if (tf.getBackend() !== "wasm" || s.workers <= 1) return xai.prepare(model);
  try {
    const withOptions = xai.prepare as (m: xai.tf.LayersModel, options: { workers: number }) => Promise<xai.Explainer>;
    return await withOptions(model, { workers: s.workers });
  } catch (e) {
    if (!(e instanceof xai.XaiError && /workers/.test(e.message))) throw e;
    s.workers = 1; // this engine has no worker pool: one core
    return xai.prepare(model);
  }
}

async function run(explainer: xai.Explainer, x: xai.tf.Tensor, step: string): Promise<void> {
  if (step === "forward") {
    const logits = await explainer.predict(x);
    await logits.data();
    logits.dispose();
    return;
  }
  const e = await explainer.explain(x, xai.applicableOptions({ method: step, target: 1, low: 0, high: 1 }));
  await e.relevance.data();
  e.dispose();
}

async function timed(body: () => Promise<void>): Promise<number> {
  const t0 = performance.now();
  await body();
  return performance.now() - t0;
}

function median(values: readonly number[]): number {
  const v = [...values].sort((a, b) => a - b);
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid]! : (v[mid - 1]! + v[mid]!) / 2;
}

function table(rows: readonly Row[], s: Settings): string[] {
  const backends = s.backends;
  const head = ["model", "batch", "step", ...backends.flatMap((b) => [`${b} warm ms`, `${b} first call ms`, `${b} 2nd model first ms`])];
  const speedUp = backends.includes("webgpu") && backends.includes("wasm");
  if (speedUp) head.push("wasm ÷ webgpu (warm)");
  const out = [`| ${head.join(" | ")} |`, `|${head.map((_, i) => (i < 3 ? "---" : "---:")).join("|")}|`];
  const keys = [...new Set(rows.map((r) => `${r.model}|${r.batch}|${r.step}`))];
  for (const key of keys) {
    const [model, batch, step] = key.split("|");
    const of = (b: string) => rows.find((r) => r.backend === b && `${r.model}|${r.batch}|${r.step}` === key);
    const cells = backends.flatMap((b) => {
      const r = of(b);
      return r ? [ms(r.warm), ms(r.first), ms(r.again)] : ["–", "–", "–"];
    });
    const gpu = of("webgpu");
    const cpu = of("wasm");
    if (speedUp) cells.push(gpu && cpu ? `${(cpu.warm / gpu.warm).toFixed(1)}×` : "–");
    out.push(`| ${model} | ${batch} | ${step} | ${cells.join(" | ")} |`);
  }
  // Shader compilation: what the first calls cost beyond warm ones, per model and batch.
  if (backends.includes("webgpu")) {
    out.push("", "| model | batch | webgpu warm-up (Σ first − warm) ms | on a 2nd prepared model ms |", "|---|---|---:|---:|");
    for (const model of s.models) {
      for (const batch of s.batches) {
        const r = rows.filter((x) => x.backend === "webgpu" && x.model === model && x.batch === batch);
        const sum = (f: (x: Row) => number) => r.reduce((a, x) => a + f(x), 0);
        out.push(`| ${model} | ${batch} | ${ms(sum((x) => x.first - x.warm))} | ${ms(sum((x) => x.again - x.warm))} |`);
      }
    }
  }
  return out;
}

function ms(v: number): string {
  return v >= 100 ? v.toFixed(0) : v.toFixed(1);
}

function workersNote(workers: number): string {
  return workers > 1 ? `${workers} workers` : "one core (no worker pool used)";
}

function settings(argv: readonly string[]): Settings {
  const opt = (name: string): string | undefined => {
    const i = argv.lastIndexOf(`--${name}`); // the last one wins: gpu-check.sh passes extra arguments after its own
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const list = (name: string, fallback: string[]): string[] => opt(name)?.split(",").filter(Boolean) ?? fallback;
  const number = (name: string, fallback: number): number => {
    const v = Number(opt(name) ?? fallback);
    if (!Number.isFinite(v) || v <= 0) throw new xai.XaiError(`--${name} must be a positive number, got ${opt(name)}`);
    return v;
  };
  const plan = (prefix: string, fallback?: Plan): Plan => {
    const models = list(`${prefix}models`, fallback?.models ?? Object.keys(BUILDERS));
    for (const m of models) if (!(m in BUILDERS)) throw new xai.XaiError(`--${prefix}models: unknown model '${m}'; known: ${Object.keys(BUILDERS).join(", ")}`);
    const steps = list(`${prefix}steps`, fallback?.steps ?? ALL_STEPS);
    for (const st of steps) if (!ALL_STEPS.includes(st)) throw new xai.XaiError(`--${prefix}steps: unknown step '${st}'; known: ${ALL_STEPS.join(", ")}`);
    const batches = list(`${prefix}batches`, (fallback?.batches ?? [1, 8]).map(String)).map(Number);
    for (const b of batches) if (!Number.isInteger(b) || b < 1) throw new xai.XaiError(`--${prefix}batches must be positive integers, got ${b}`);
    return { models: models as ModelName[], steps, batches, repeats: number(`${prefix}repeats`, fallback?.repeats ?? 3) };
  };
  const main = plan("");
  return {
    ...main,
    backends: list("backends", ["webgpu", "wasm"]),
    size: number("size", 224),
    width: number("width", 1),
    workers: number("workers", os.cpus().length),
    out: opt("out") ?? null,
    wasm: plan("wasm-", main),
  };
}

if (require.main === module) {
  runGpuBench(process.argv.slice(2)).catch((e) => {
    console.error(e instanceof xai.XaiError ? `gpu bench: ${e.message}` : e);
    process.exit(1);
  });
}

/**
 * `npm run bench`: the engine on every backend available here, then the metrics and activation
 * maximisation benchmarks where they exist. Figures are ratios measured in one run; absolute times
 * depend on the machine.
 *
 * Options: --backends wasm,cpu   --repeats N   --quick (small repeat counts, for a smoke run)
 *          --architectures mobilenetV2,resnet50,vgg16   --batches 1,8   --profile (ms per layer and rule)
 *          --realsize-backends wasm,webgpu   --no-realsize   --only-realsize
 *          --input-size 224 (the real-size rows' input height and width; smaller for a smoke run)
 */
import * as xai from "../index";
import { benchEngine } from "./engine";
import { mnistCnn, vggLike } from "./models";
import { ARCHITECTURES, benchRealSize, type Architecture } from "./realSize";
import type { Row } from "./timing";

/** Runs the benchmarks with command-line style options and prints markdown tables. */
export async function runBench(argv: string[]): Promise<void> {
  const opt = (name: string): string | undefined => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const quick = argv.includes("--quick");
  const repeats = Number(opt("repeats") ?? (quick ? 1 : 5));
  const available = await xai.availableBackends();
  // A software WebGPU adapter (lavapipe) is for correctness, not speed: benchmarked only when named.
  const adapter = await xai.findAdapter();
  const defaults = available.filter((b) => b !== "webgpu" || !adapter?.fallback);
  const backends = (opt("backends")?.split(",") ?? defaults).filter((b) => available.includes(b));
  console.log(`xai-lab benchmark — backends available: ${available.join(", ")}; median of ${repeats} runs after warm-up`);
  console.log(`default backend: ${(await xai.ready()).summary}\n`);
  if (!argv.includes("--no-realsize")) {
    const architectures = (opt("architectures")?.split(",") ?? ARCHITECTURES) as Architecture[];
    const unknown = architectures.filter((a) => !ARCHITECTURES.includes(a));
    if (unknown.length) throw new Error(`unknown architecture ${unknown.join(", ")}; known: ${ARCHITECTURES.join(", ")}`);
    const batches = (opt("batches") ?? (quick ? "1" : "1,8")).split(",").map(Number);
    // The pure-JS cpu backend takes minutes per VGG-16 pass: real size runs on the others unless named.
    const realSizeBackends = (opt("realsize-backends")?.split(",") ?? backends.filter((b) => b !== "cpu")).filter((b) => available.includes(b));
    for (const backend of realSizeBackends) {
      await benchRealSize({
        architectures,
        batches,
        repeats: quick ? 1 : Math.min(repeats, 3),
        backend,
        profile: argv.includes("--profile"),
        inputSize: Number(opt("input-size") ?? 224),
      });
    }
  }
  if (argv.includes("--only-realsize")) return;
  for (const backend of backends) {
    await xai.useBackend(backend);
    // The pure-JS cpu backend is ~30× slower on convolutions: fewer repeats keep the run short.
    const reps = backend === "cpu" ? Math.max(1, Math.min(repeats, 3)) : repeats;
    for (const c of [
      { name: "VGG-like 64×64×3, batch 16", model: vggLike(), input: [16, 64, 64, 3] },
      { name: "MNIST CNN 28×28×1, batch 32", model: mnistCnn(), input: [32, 28, 28, 1] },
    ]) {
      const rows = await benchEngine(c, reps);
      printTable(`${c.name} — backend ${xai.describeBackend()}`, rows);
      c.model.dispose();
    }
  }
  await xai.useBackend(available.includes("wasm") ? "wasm" : available[0]!);
  for (const [file, fn] of [
    ["./metrics", "benchMetrics"],
    ["./optvis", "benchOptvis"],
  ] as const) {
    let mod: Record<string, unknown>;
    try {
      mod = require(file);
    } catch {
      continue;
    }
    const rows: Row[] = [];
    await (mod[fn] as (report: (r: Row) => void) => Promise<void>)((r) => rows.push(r));
    printTable(fn === "benchMetrics" ? "Pixel-flipping" : "Activation maximisation", rows, false);
  }
}

function printTable(title: string, rows: readonly Row[], ratios = true): void {
  console.log(`## ${title}`);
  const forward = rows.find((r) => r.name.startsWith("forward"))?.ms;
  const gradient = rows.find((r) => r.name.startsWith("input gradient"))?.ms;
  const ours = rows.find((r) => r.name === "xai-lab gradient")?.ms;
  if (ratios && forward && gradient && ours) {
    console.log("| step | median ms | × forward | × tfjs gradient | × xai-lab gradient |\n|---|---:|---:|---:|---:|");
    for (const r of rows)
      console.log(`| ${r.name} | ${r.ms.toFixed(1)} | ${(r.ms / forward).toFixed(2)} | ${(r.ms / gradient).toFixed(2)} | ${(r.ms / ours).toFixed(2)} |`);
  } else {
    console.log("| step | median ms | note |\n|---|---:|---|");
    for (const r of rows) console.log(`| ${r.name} | ${r.ms.toFixed(1)} | ${r.note ?? ""} |`);
  }
  console.log("");
}

if (require.main === module) {
  runBench(process.argv.slice(2)).catch((e) => {
    console.error(e);
    process.exit(1);
  });
}

/**
 * `npm run train`: trains the three bundled MNIST models on the fixed train split and writes each to
 * kernel/models/<name>/ (model.json, weights.bin, metrics.json).
 *
 *   node kernel/dist/src/train/main.js [name ...] [--out DIR] [--epochs N]
 *
 * Runs on the wasm backend (with the conv gradients of `wasmConvGradients.ts`) whatever backend is
 * installed, so that the committed weights can be reproduced: every random choice is seeded, and a rerun
 * writes bit-identical files. metrics.json holds no date for the same reason.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { useBackend } from "../backend";
import { mnistArrays } from "../data/mnist";
import { saveModel } from "../io/modelFiles";
import { MODELS_DIR, type BundledName } from "../models/catalog";
import { BUILDERS } from "./architectures";
import { accuracy, type EpochLog, trainModel } from "./fit";
import { PLANS } from "./plans";
import { installWasmConvGradients } from "./wasmConvGradients";

/** What metrics.json records. */
export interface TrainMetrics {
  readonly name: BundledName;
  readonly backend: string;
  readonly seed: number;
  readonly epochs: number;
  readonly batchSize: number;
  readonly maxShift: number;
  readonly trainDigits: number;
  readonly testDigits: number;
  readonly parameters: number;
  readonly testAccuracy: number;
  /** On the first 500 test digits (what the tests re-measure). */
  readonly testAccuracyFirst500: number;
  readonly trainAccuracy: number;
  readonly history: readonly EpochLog[];
}

async function main(argv: string[]): Promise<void> {
  const { names, out, epochs } = parseArgs(argv);
  const info = await useBackend("wasm");
  installWasmConvGradients();
  const train = mnistArrays({ split: "train" });
  const test = mnistArrays({ split: "test" });
  const first500 = mnistArrays({ split: "test", count: 500 });
  console.log(`backend ${info.name}; ${train.labels.length} train / ${test.labels.length} test digits`);
  for (const name of names) {
    const plan = epochs === undefined ? PLANS[name] : { ...PLANS[name], epochs };
    const model = BUILDERS[name](plan.seed);
    const started = Date.now();
    console.log(`\n${name}: ${model.countParams()} parameters, ${plan.epochs} epochs`);
    const history = await trainModel(model, plan, train, test, (e) =>
      console.log(
        `  epoch ${String(e.epoch).padStart(2)}  loss ${e.loss.toFixed(4)}  train acc ${e.trainAccuracy.toFixed(4)}  test acc ${e.testAccuracy.toFixed(4)}  lr ${e.learningRate}  ${((Date.now() - started) / 1000).toFixed(0)} s`,
      ),
    );
    const metrics: TrainMetrics = {
      name,
      backend: info.name,
      seed: plan.seed,
      epochs: plan.epochs,
      batchSize: plan.batchSize,
      maxShift: plan.maxShift,
      trainDigits: train.labels.length,
      testDigits: test.labels.length,
      parameters: model.countParams(),
      testAccuracy: await accuracy(model, test),
      testAccuracyFirst500: await accuracy(model, first500),
      trainAccuracy: await accuracy(model, train),
      history: history.map((e) => ({ ...e, loss: round(e.loss), trainAccuracy: round(e.trainAccuracy) })),
    };
    const dir = path.join(out, name);
    await saveModel(model, dir);
    fs.writeFileSync(path.join(dir, "metrics.json"), JSON.stringify(metrics, null, 2) + "\n");
    const bytes = fs.statSync(path.join(dir, "weights.bin")).size;
    console.log(
      `${name}: test accuracy ${metrics.testAccuracy.toFixed(4)} (first 500: ${metrics.testAccuracyFirst500.toFixed(4)}), train ${metrics.trainAccuracy.toFixed(4)}; ${(bytes / 1024).toFixed(0)} KiB; ${((Date.now() - started) / 1000).toFixed(0)} s -> ${dir}`,
    );
    model.dispose();
  }
}

function parseArgs(argv: string[]): { names: BundledName[]; out: string; epochs: number | undefined } {
  const names: BundledName[] = [];
  let out = MODELS_DIR;
  let epochs: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--out") out = path.resolve(argv[++i] ?? fail("--out needs a folder"));
    else if (a === "--epochs") epochs = Number(argv[++i]);
    else if (a in BUILDERS) names.push(a as BundledName);
    else fail(`unknown argument ${a}; models: ${Object.keys(BUILDERS).join(", ")}; options: --out DIR, --epochs N`);
  }
  if (epochs !== undefined && !(Number.isInteger(epochs) && epochs > 0)) fail("--epochs needs a positive integer");
  // A shortened run must not replace the bundled models.
  if (epochs !== undefined && out === MODELS_DIR) fail("--epochs is for experiments: give --out DIR too");
  return { names: names.length ? names : (Object.keys(BUILDERS) as BundledName[]), out, epochs };
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

function fail(message: string): never {
  console.error(`train: ${message}`);
  process.exit(2);
}

if (require.main === module) {
  main(process.argv.slice(2)).catch((e: unknown) => {
    console.error(e instanceof Error ? (e.stack ?? e.message) : e);
    process.exit(1);
  });
}

/**
 * `xai-lab evaluate`: selectivity by pixel-flipping (methods.md §6) for several methods on the same
 * data, with the seeded random order as the baseline, as a table of areas under the curve and a JSON
 * file. Arguments are checked before the model is loaded; the output file is written only on success.
 */
import * as fs from "node:fs";
import type * as tfTypes from "@tensorflow/tfjs";
import type * as MethodsModule from "../attribution/methods";
import type * as BackendModule from "../backend";
import type * as ModelFilesModule from "../io/modelFiles";
import type * as CompareModule from "../metrics/compare";
import type * as DataModule from "../data";
import type { MethodSpec } from "../metrics/metric";
import type * as TensorFileModule from "./tensorFile";
import { check } from "../errors";
import { describeOptions, parseFlags, type OptionSpecs, type ParsedOptions } from "./args";
import { HELP_FLAG, MODEL_FLAG, RULE_FLAGS, flagOf, outFile, outFlag, ruleOptions, targetFlag } from "./flags";
import type { Command } from "./main";

const DEFAULT_METHODS = "sensitivity,gradient-x-input,zplus,alpha2beta1";
const ORDERS = ["most-relevant-first", "least-relevant-first"];

const OPTIONS = {
  ...MODEL_FLAG,
  data: {
    type: "string",
    value: "FILE|mnist",
    description: "the examples: a JSON tensor [N, H, W, C] (as explain --input reads), or 'mnist' for\nthe bundled MNIST test digits",
  },
  methods: { type: "string", value: "A,B,...", description: `the methods to compare, comma-separated (default ${DEFAULT_METHODS})` },
  count: { type: "integer", value: "N", description: "use the first N examples (default 100)" },
  patch: { type: "integers", value: "P|PH,PW", description: "patch side in pixels, or height,width (default 4: 49 patches on 28×28)" },
  edge: { type: "string", choices: ["exact", "partial"], description: "exact (default): the patch must divide the image; partial: smaller border patches" },
  steps: { type: "integer", value: "K", description: "number of patches removed (default all)" },
  order: { type: "string", choices: ORDERS, description: "which patches go first (default most-relevant-first; the AUC is then lower = better)" },
  replace: {
    type: "string",
    value: "V|mean|blur",
    description:
      "what a removed patch becomes: a number (default 0, e.g. the lower bound of the\npixel range), the per-pixel data mean, or a Gaussian-blurred copy of the input",
  },
  recompute: { type: "boolean", description: "explain again after every removal (the paper's procedure; slower)" },
  score: { type: "string", choices: ["logit", "probability"], description: "the tracked score of the target class (default logit)" },
  ...targetFlag("the class tracked: one for all examples or one per example; default the predicted class"),
  seed: { type: "integer", value: "S", description: "seed of the random baseline (default 0)" },
  ...RULE_FLAGS,
  "batch-size": { type: "integer", value: "B", description: "examples per forward pass or explain call (default all)" },
  ...outFlag("FILE.json", "write the table, the mean curves and the per-example AUCs as JSON"),
  ...HELP_FLAG,
} as const satisfies OptionSpecs;

type Options = ParsedOptions<typeof OPTIONS>;

interface Settings {
  model: string;
  data: string;
  count: number;
  methods: MethodSpec[];
  flip: CompareModule.CompareOptions;
  out: string | null;
}

export const command: Command = {
  run,
};

async function run(args: string[]): Promise<number> {
  const options = parseFlags(args, OPTIONS, help);
  if (!options) return 0;
  const settings = checkSettings(options);

  const { ready } = require("../backend") as typeof BackendModule;
  const { loadModel } = require("../io/modelFiles") as typeof ModelFilesModule;
  const { compareSelectivity } = require("../metrics/compare") as typeof CompareModule;

  const backend = await ready();
  const model = await loadModel(settings.model);
  let xs: tfTypes.Tensor | null = null;
  try {
    xs = await loadData(settings.data, settings.count, model);
    const started = Date.now();
    const comparison = await compareSelectivity(model, xs, settings.methods, settings.flip);
    const seconds = (Date.now() - started) / 1000;
    const first = comparison.baseline ?? comparison.results[0]!;
    const result = {
      model: settings.model,
      data: settings.data,
      backend: backend.name,
      examples: xs.shape[0],
      patch: first.patch,
      patches: first.patches,
      steps: first.steps,
      order: settings.flip.order ?? "most-relevant-first",
      replace: first.replace,
      score: first.score,
      recompute: settings.flip.recompute === true,
      better: comparison.better,
      seconds,
      table: comparison.table,
      results: [...comparison.results, ...(comparison.baseline ? [comparison.baseline] : [])].map((r) => ({
        method: r.method,
        meanAuc: r.meanAuc,
        curve: r.curve,
        auc: r.auc,
        target: r.target,
      })),
    };
    if (settings.out) fs.writeFileSync(settings.out, JSON.stringify(result) + "\n");
    process.stdout.write(table(result, settings.out));
    return 0;
  } finally {
    xs?.dispose();
    model.dispose();
  }
}

/** Every check that needs no model. */
function checkSettings(o: Options): Settings {
  check(o.model !== undefined, "--model is required: the model.json of a tfjs layers model");
  check(o.data !== undefined, "--data is required: a JSON tensor file [N, H, W, C] or 'mnist'");
  const { METHOD_NAMES, applicableOptions } = require("../attribution/methods") as typeof MethodsModule;
  const names = (o.methods ?? DEFAULT_METHODS).split(",").map((m) => m.trim());
  check(
    names.every((m) => m.length > 0),
    `--methods ${o.methods}: an empty method name (check the commas)`,
  );
  for (const m of names) {
    check(METHOD_NAMES.includes(m) && m !== "lrp", () => `--methods: unknown method '${m}'; known: ${METHOD_NAMES.filter((k) => k !== "lrp").join(", ")}`);
  }
  check(new Set(names).size === names.length, `--methods ${o.methods} names a method twice`);
  const count = o.count ?? 100;
  check(Number.isInteger(count) && count > 0, `--count must be a positive integer, got ${count}`);
  // The rule flags are shared by the methods compared: each method takes those it uses, and a flag none uses is refused.
  const rule = ruleOptions(o);
  const methods = names.map((method) => applicableOptions({ ...rule, method }));
  const unused = Object.keys(rule).find((key) => !methods.some((m) => key in m));
  check(unused === undefined, () => `${flagOf(unused!)} applies to none of the methods compared (${names.join(", ")})`);
  const patch = o.patch ?? 4;
  check(typeof patch === "number" || patch.length === 2, `--patch takes one size or height,width, got ${JSON.stringify(patch)}`);
  const flip: { -readonly [K in keyof CompareModule.CompareOptions]: CompareModule.CompareOptions[K] } = {
    patch: typeof patch === "number" ? patch : [patch[0]!, patch[1]!],
    replace: replacement(o.replace),
    recompute: o.recompute === true,
  };
  if (o.edge !== undefined) flip.edge = o.edge as "exact" | "partial";
  if (o.steps !== undefined) flip.steps = o.steps;
  if (o.order !== undefined) flip.order = o.order as "most-relevant-first" | "least-relevant-first";
  if (o.score !== undefined) flip.score = o.score as "logit" | "probability";
  if (o.target !== undefined) flip.target = o.target;
  if (o.seed !== undefined) flip.seed = o.seed;
  if (o["batch-size"] !== undefined) flip.batchSize = o["batch-size"];
  const out = outFile(o.out, [".json"]);
  return { model: o.model, data: o.data, count, methods: methods as MethodSpec[], flip, out };
}

function replacement(value: string | undefined): number | "mean" | "blur" {
  if (value === undefined) return 0;
  if (value === "mean" || value === "blur") return value;
  const v = Number(value);
  check(value.trim() !== "" && Number.isFinite(v), `--replace must be a number, mean or blur, got '${value}'`);
  return v;
}

/** The first `count` examples of a JSON tensor file, or of the bundled MNIST test digits. */
async function loadData(data: string, count: number, model: tfTypes.LayersModel): Promise<tfTypes.Tensor> {
  const tf = require("@tensorflow/tfjs") as typeof tfTypes;
  const per = model.inputs[0]!.shape.slice(1);
  check(
    per.every((d): d is number => typeof d === "number"),
    `the model input [${model.inputs[0]!.shape.map((d) => d ?? "batch").join(", ")}] has free dimensions; evaluate needs a fixed image size`,
  );
  if (data === "mnist") return bundledMnist(count);
  const { readTensorFile } = require("./tensorFile") as typeof TensorFileModule;
  const t = readTensorFile(data);
  const size = per.reduce((a, b) => a * b, 1);
  check(t.shape.length >= 2 && t.shape[0]! > 0, `--data ${data}: expected a batch [N, ${per.join(", ")}] with N ≥ 1, got shape [${t.shape.join(", ")}]`);
  const n = t.shape[0]!;
  check(t.data.length === n * size, `--data ${data}: examples of shape [${t.shape.slice(1).join(", ")}] do not fit the model input [${per.join(", ")}]`);
  const used = Math.min(n, count);
  return tf.tensor(t.data.subarray(0, used * size), [used, ...per]);
}

/** The first `count` bundled MNIST test digits (kernel/src/data), the images only. */
async function bundledMnist(count: number): Promise<tfTypes.Tensor> {
  const { mnist, SPLIT_SIZES } = require("../data") as typeof DataModule;
  const { images, labels } = await mnist({ split: "test", count: Math.min(count, SPLIT_SIZES.test) });
  labels.dispose();
  return images;
}

interface Summary {
  examples: number;
  patch: readonly [number, number];
  patches: number;
  steps: number;
  order: string;
  replace: string;
  score: string;
  recompute: boolean;
  better: string;
  backend: string;
  seconds: number;
  table: CompareModule.SelectivityRow[];
}

function table(r: Summary, out: string | null): string {
  const width = Math.max(12, ...r.table.map((row) => row.method.length)) + 2;
  const fmt = (v: number | null): string => (v === null ? "" : (v >= 0 ? " " : "") + v.toFixed(4));
  const lines = [
    `pixel-flipping on ${r.examples} example${r.examples === 1 ? "" : "s"}: ${r.patch[0]}×${r.patch[1]} patches (${r.steps} of ${r.patches} removed), ${r.order}, replaced by ${r.replace}, ${r.score}${r.recompute ? ", relevance recomputed" : ""}`,
    `area under the curve (${r.better} is better), ${r.backend} backend, ${r.seconds.toFixed(1)} s`,
    "",
    `  ${"method".padEnd(width)}${"AUC".padStart(9)}  ${"vs random".padStart(10)}`,
    ...r.table.map((row) => `  ${row.method.padEnd(width)}${fmt(row.meanAuc).padStart(9)}  ${(row.method === "random" ? "" : fmt(row.vsRandom)).padStart(10)}`),
  ];
  if (out) lines.push("", `wrote ${out}`);
  return lines.join("\n") + "\n";
}

function help(): string {
  return `usage: xai-lab evaluate --model M.json --data FILE|mnist [--methods A,B,...] [--count N] [--patch P]
                        [--order most-relevant-first|least-relevant-first] [--replace V|mean|blur]
                        [--recompute] [--steps K] [--score logit|probability] [--out TABLE.json]

Selectivity by pixel-flipping (Montavon, Samek & Müller 2018, section 6): for every example, remove the
patch each method finds most relevant, record the score of the explained class, repeat until every patch
is gone. The area under that curve (trapezoid, divided by the number of steps; averaged over the
examples) ranks the methods: the faster the score falls, the better the explanation points at the
evidence. The seeded random order is the baseline every method should beat.

options (--flag value or --flag=value; paths are relative to the working directory):
${describeOptions(OPTIONS)}

DATA
  a JSON tensor        {"shape": [N, H, W, C], "data": [...]} or {"shape": ..., "b64": "..."} (little-endian
                       float32), shaped like the model input with the batch axis first
  mnist                the MNIST test digits that ship with xai-lab

OUTPUT
  stdout      a table: method, mean AUC and its difference to the random order
  TABLE.json  {"examples", "patch", "patches", "steps", "order", "replace", "score", "recompute", "better",
              "table": [{"method", "meanAuc", "vsRandom"}], "results": [{"method", "meanAuc", "curve",
              "auc", "target"}]}: the mean curve has one value per number of removed patches (0..K)

Errors go to stderr with exit code 1; no output file is written then.

example:
  xai-lab evaluate --model models/mnist-cnn/model.json --data mnist --methods sensitivity,zplus,alpha2beta1 \\
                   --patch 4 --count 100 --out selectivity.json
`;
}

/**
 * `xai-lab explain`: the library's `explain` verb for scripts and batch jobs. It reads a model and an
 * input from disk, explains it with one of the paper's methods (methods.md §2–§4) and writes the
 * relevance as JSON or as a heatmap PNG. Everything a user can get wrong is checked before the output
 * file is touched, so a failed run never leaves a stale or partial result behind.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as tf from "@tensorflow/tfjs";
import { explain, type Explanation, type ExplainOptions } from "../attribution/explain";
import { INTEGRATIONS } from "../attribution/method/integratedGradients";
import { METHOD_NAMES, METHODS, methodNamed } from "../attribution/methods";
import { ready } from "../backend";
import { check } from "../errors";
import { loadModel } from "../io/modelFiles";
import { encodePng, heatmapRow, renderHeatmapPng } from "../render";
import { describeOptions, parseFlags, type OptionSpecs, type ParsedOptions } from "./args";
import { HELP_FLAG, MODEL_FLAG, RULE_FLAGS, checkMethodFlags, outFile, outFlag, ruleOptions, targetFlag } from "./flags";
import type { Command } from "./main";
import { imageOptionsFor, readTensorFile, type TensorData } from "./tensorFile";

const OPTIONS = {
  ...MODEL_FLAG,
  input: { type: "string", value: "FILE", description: "what to explain: a JSON tensor or a PNG image (see INPUT below)" },
  method: { type: "string", value: "NAME", description: "the explanation method (see METHODS below); default epsilon-plus-flat" },
  ...targetFlag("the class to explain: one index for every sample, or one per sample (3,1,4);\ndefault the predicted class of each sample"),
  ...RULE_FLAGS,
  root: {
    type: "string",
    value: "nearest|zero",
    choices: ["nearest", "zero"],
    description: "the root point of simple Taylor (method taylor); default nearest",
  },
  "noise-level": { type: "number", value: "S", description: "smoothgrad: the noise's σ as a fraction of each sample's value range (default 0.1)" },
  samples: { type: "integer", value: "K", description: "smoothgrad: how many noisy copies are averaged (default 20)" },
  seed: { type: "integer", value: "N", description: "smoothgrad: the noise's seed, an integer (default 0)" },
  baseline: { type: "number", value: "B", description: "integrated-gradients: the baseline value of every input element (default 0)" },
  steps: { type: "integer", value: "M", description: "integrated-gradients: quadrature nodes along the path (default 50)" },
  integration: {
    type: "string",
    value: "RULE",
    choices: INTEGRATIONS,
    description: `integrated-gradients: ${INTEGRATIONS.join(", ")}\n(default gauss-legendre)`,
  },
  patch: { type: "integers", value: "P[,P]", description: "occlusion: the patch size, or height,width (default 4)" },
  stride: { type: "integers", value: "S[,S]", description: "occlusion: how far the patch moves, or rows,columns (default: the patch)" },
  fill: { type: "number", value: "V", description: "occlusion: the value covered elements take (default 0)" },
  layers: { type: "boolean", description: "with LRP, guided-backprop, deconvnet: also write the relevance total reaching every layer" },
  workers: {
    type: "string",
    value: "N|auto",
    description:
      "worker threads explaining the samples of a batch in parallel (default auto: every core\nwhen the batch is large enough to gain; 1: one thread); results are identical",
  },
  ...outFlag("FILE", "write the result: FILE.json (numbers) or FILE.png (heatmap); without it a\nsummary is printed"),
  ...HELP_FLAG,
} as const satisfies OptionSpecs;

type Options = ParsedOptions<typeof OPTIONS>;

const OUTPUT_KINDS = [".json", ".png"];

/** The method options behind this command's own flags (the rule flags are copied by `ruleOptions`). */
const METHOD_FLAGS = {
  root: "root",
  "noise-level": "noiseLevel",
  samples: "samples",
  seed: "seed",
  baseline: "baseline",
  steps: "steps",
  integration: "integration",
  patch: "patch",
  stride: "stride",
  fill: "fill",
  layers: "layers",
} as const satisfies Partial<Record<keyof typeof OPTIONS, keyof ExplainOptions>>;

export const command: Command = {
  run,
};

async function run(args: string[]): Promise<number> {
  const options = parseFlags(args, OPTIONS, help);
  if (!options) return 0;
  const settings = checkSettings(options);

  await ready();
  const model = await loadModel(settings.model);
  let x: tf.Tensor | null = null;
  let e: Explanation | null = null;
  try {
    const modelShape = model.inputs[0]!.shape;
    const input = readTensorFile(settings.input, imageOptionsFor(modelShape));
    x = tf.tensor(input.data, [...sampleShape(input, modelShape)]);
    e = await explain(model, x, settings.explain);
    const result = await resultJson(e, settings.explain.layers === true);
    if (settings.out) {
      const single = e.relevance.rank === modelShape.length - 1;
      const bytes = path.extname(settings.out).toLowerCase() === ".png" ? await heatmapPng(e, single) : Buffer.from(JSON.stringify(result) + "\n");
      fs.writeFileSync(settings.out, bytes);
    }
    process.stdout.write(summary(result, settings.out));
    return 0;
  } finally {
    e?.dispose();
    x?.dispose();
    model.dispose();
  }
}

interface Settings {
  model: string;
  input: string;
  out: string | null;
  explain: ExplainOptions;
}

/** Every check that needs no model: a mistake in the arguments fails in milliseconds. */
function checkSettings(o: Options): Settings {
  check(o.model !== undefined, "--model is required: the model.json of a tfjs layers model");
  check(o.input !== undefined, "--input is required: a JSON tensor or a PNG image");
  const method = o.method ?? "epsilon-plus-flat";
  check(METHOD_NAMES.includes(method), () => `unknown method '${method}'; known: ${METHOD_NAMES.filter((m) => m !== "lrp").join(", ")}`);
  check(method !== "lrp", "method 'lrp' takes a custom composite table, which only the library API accepts; use a named method (see --help)");
  const explain: ExplainOptions = { method, ...ruleOptions(o) };
  if (o.target !== undefined) explain.target = o.target;
  for (const [flag, key] of Object.entries(METHOD_FLAGS)) {
    const value = o[flag as keyof typeof METHOD_FLAGS];
    if (value !== undefined) (explain as Record<string, unknown>)[key] = value;
  }
  if (o.workers !== undefined) {
    check(o.workers === "auto" || /^[1-9][0-9]*$/.test(o.workers), `--workers must be auto or a whole number ≥ 1, got '${o.workers}'`);
    explain.workers = o.workers === "auto" ? "auto" : Number(o.workers);
  }
  checkMethodFlags(methodNamed(method), explain, METHODS);
  return { model: o.model, input: o.input, out: outFile(o.out, OUTPUT_KINDS), explain };
}

/**
 * The shape the input is explained with. A JSON tensor keeps its own shape. An image [H, W, C] is one
 * sample; when its values are exactly as many as one model input (an MLP on flattened pixels), it takes
 * the model's sample shape.
 */
function sampleShape(input: TensorData, modelShape: readonly (number | null)[]): readonly number[] {
  if (input.source === "json") return input.shape;
  const per = modelShape.slice(1);
  if (per.every((d): d is number => typeof d === "number") && per.reduce((a, b) => a * b, 1) === input.data.length) return [1, ...per];
  return [1, ...input.shape];
}

interface ResultJson {
  method: string;
  backend: string;
  target: number[];
  score: number[];
  relevanceSum: number[];
  output: unknown;
  shape: number[];
  data: number[];
  layers?: { name: string; className: string; kind: string; rule?: string; shape: number[]; total: number[] }[];
}

/** The explanation as JSON; `backend` names the backend and its GPU adapter where it has one (e.backend). */
async function resultJson(e: Explanation, withLayers: boolean): Promise<ResultJson> {
  const result: ResultJson = {
    method: e.method,
    backend: e.backend,
    target: [...e.target],
    score: [...e.score],
    relevanceSum: [...e.relevanceSum],
    output: await e.output.array(),
    shape: [...e.relevance.shape],
    data: Array.from(await e.relevance.data()),
  };
  if (withLayers) {
    result.layers = (e.layers ?? []).map((l) => ({
      name: l.name,
      className: l.className,
      kind: l.kind,
      ...(l.rule ? { rule: l.rule } : {}),
      shape: [...l.shape],
      total: [...l.total],
    }));
  }
  return result;
}

/**
 * The heatmap of every sample (render/: red positive, blue negative, zero white), side by side for
 * images; relevance of vectors [N, D] becomes one picture with a row of pixels per sample.
 */
async function heatmapPng(e: Explanation, single: boolean): Promise<Buffer> {
  const data = (await e.relevance.data()) as Float32Array;
  const shape = single ? [1, ...e.relevance.shape] : e.relevance.shape;
  check(
    shape.length >= 2 && shape.length <= 4,
    `a PNG heatmap needs relevance of shape [N, D], [N, H, W] or [N, H, W, C], not [${shape.join(", ")}]; write --out FILE.json instead`,
  );
  if (shape.length === 2) return renderHeatmapPng(data, shape);
  const image = heatmapRow(data, shape);
  return encodePng(image.rgba, image.width, image.height);
}

function summary(r: ResultJson, out: string | null): string {
  const fmt = (v: number): string => (Number.isInteger(v) ? String(v) : v.toPrecision(6));
  const n = r.target.length;
  const lines = [`method ${r.method} on ${r.backend}: ${n} sample${n === 1 ? "" : "s"}, relevance of shape [${r.shape.join(", ")}]`];
  const shown = Math.min(n, 10);
  for (let i = 0; i < shown; i++) lines.push(`  sample ${i}: target ${r.target[i]}, score ${fmt(r.score[i]!)}, relevance sum ${fmt(r.relevanceSum[i]!)}`);
  if (n > shown) lines.push(`  ... ${n - shown} more`);
  if (r.layers) for (const l of r.layers) lines.push(`  layer ${l.name} (${l.kind}${l.rule ? `, ${l.rule}` : ""}): total ${l.total.map(fmt).join(", ")}`);
  if (out) lines.push(`wrote ${out}`);
  return lines.join("\n") + "\n";
}

function help(): string {
  const width = Math.max(...METHOD_NAMES.map((m) => m.length)) + 2;
  const methods = METHODS.map((m) => `  ${m.name.padEnd(width)}${m.summary}`).join("\n");
  return `usage: xai-lab explain --model M.json --input X [--method NAME] [--target K | --target K1,K2,...]
                       [--epsilon E --gamma G --alpha A --beta B --low L --high H --zero-bias]
                       [--root nearest|zero] [--noise-level S --samples K --seed N]
                       [--baseline B --steps M --integration RULE] [--patch P --stride S --fill V]
                       [--layers] [--out OUT.json | --out OUT.png]

Explains the model's output for the chosen class on every sample of the input (Montavon, Samek & Müller
2018): which input elements speak for the class (positive relevance) or against it (negative).

options (--flag value or --flag=value; paths are relative to the working directory):
${describeOptions(OPTIONS)}
The rule parameters (--epsilon to --zero-bias) apply to LRP methods, --root to taylor, and the others to
the method their description names; a flag the chosen method does not read is an error.

METHODS
${methods}

INPUT
  a JSON tensor        {"shape": [N, ...], "data": [...]}: N samples, values flat in row-major order;
                       shaped like the model input with the batch axis first (or one sample without it)
  base64 JSON tensor   {"shape": [N, ...], "b64": "..."}: the values as little-endian float32, base64
  a PNG image          one sample, values scaled to [0, 1], read as grey or RGB to match the model's
                       channel count (alpha is dropped); an image with exactly as many values as one
                       model input takes its shape (e.g. a 28×28 digit for a model on 784 pixels)

OUTPUT
  OUT.json   {"method", "backend", "target", "score", "relevanceSum", "output", "shape", "data"}:
             the relevance flat in row-major order with its shape, the model output (logits), per
             sample the explained class, its logit and the relevance total; with --layers also
             "layers": [{"name", "className", "kind", "rule", "shape", "total"}], input first
  OUT.png    the relevance as a heatmap (red positive, blue negative, each sample scaled to its
             largest |relevance|, summed over channels), samples side by side; relevance of
             vectors [N, D] becomes one picture with a row of pixels per sample
  no --out   a short summary on stdout

Errors go to stderr with exit code 1 (2 for an unknown command); no output file is written then.

example:
  xai-lab explain --model models/mnist-cnn/model.json --input digit.png --method epsilon-gamma-box \\
                  --low 0 --high 1 --target 3 --out heatmap.png
`;
}

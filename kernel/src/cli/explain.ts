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
import { INTEGRATIONS, type Integration } from "../attribution/method/integratedGradients";
import { METHOD_NAMES, METHODS, methodNamed } from "../attribution/methods";
import { ready } from "../backend";
import { check } from "../errors";
import { loadModel } from "../io/modelFiles";
import { encodePng, heatmapRow, renderHeatmapPng } from "../render";
import { describeOptions, parseFlags, type OptionSpecs, type ParsedOptions } from "./args";
import type { Command } from "./main";
import { readTensorFile, type TensorData } from "./tensorFile";

const OPTIONS = {
  model: { type: "string", value: "FILE", description: "the tfjs layers model: its model.json (weight files beside it), or the folder holding it" },
  input: { type: "string", value: "FILE", description: "what to explain: a JSON tensor or a PNG image (see INPUT below)" },
  method: { type: "string", value: "NAME", description: "the explanation method (see METHODS below); default epsilon-plus-flat" },
  target: {
    type: "numbers",
    value: "K[,K...]",
    description: "the class to explain: one index for every sample, or one per sample (3,1,4);\ndefault the predicted class of each sample",
  },
  epsilon: { type: "number", value: "E", description: "the ε of the ε-rule (default 1e-6; larger values absorb weak, noisy contributions)" },
  gamma: { type: "number", value: "G", description: "the γ of the γ-rule, ≥ 0 (epsilon-gamma-box; default 0.25)" },
  alpha: { type: "number", value: "A", description: "the α of the αβ-rule; α − β must be 1 (default 2)" },
  beta: { type: "number", value: "B", description: "the β of the αβ-rule, ≥ 0 (default α − 1)" },
  low: { type: "numbers", value: "L[,L...]", description: "lowest input value for the box rule (dtd-zb, epsilon-gamma-box): a scalar,\none value per channel, or one per input element" },
  high: { type: "numbers", value: "H[,H...]", description: "highest input value for the box rule, like --low (e.g. --low 0 --high 1 for images)" },
  "zero-bias": { type: "boolean", description: "leave the biases out of every LRP rule's denominator" },
  root: { type: "string", value: "nearest|zero", choices: ["nearest", "zero"], description: "the root point of simple Taylor (method taylor); default nearest" },
  "noise-level": { type: "number", value: "S", description: "smoothgrad: the noise's σ as a fraction of each sample's value range (default 0.1)" },
  samples: { type: "number", value: "K", description: "smoothgrad: how many noisy copies are averaged (default 20)" },
  seed: { type: "number", value: "N", description: "smoothgrad: the noise's seed, an integer (default 0)" },
  baseline: { type: "number", value: "B", description: "integrated-gradients: the baseline value of every input element (default 0)" },
  steps: { type: "number", value: "M", description: "integrated-gradients: quadrature nodes along the path (default 50)" },
  integration: {
    type: "string",
    value: "RULE",
    choices: INTEGRATIONS,
    description: `integrated-gradients: ${INTEGRATIONS.join(", ")}\n(default gauss-legendre)`,
  },
  patch: { type: "numbers", value: "P[,P]", description: "occlusion: the patch size, or height,width (default 4)" },
  stride: { type: "numbers", value: "S[,S]", description: "occlusion: how far the patch moves, or rows,columns (default: the patch)" },
  fill: { type: "number", value: "V", description: "occlusion: the value covered elements take (default 0)" },
  layers: { type: "boolean", description: "with LRP, guided-backprop, deconvnet: also write the relevance total reaching every layer" },
  workers: {
    type: "string",
    value: "N|auto",
    description: "worker threads explaining the samples of a batch in parallel (default auto: every core\nwhen the batch is large enough to gain; 1: one thread); results are identical",
  },
  out: { type: "string", value: "FILE", description: "write the result: FILE.json (numbers) or FILE.png (heatmap); without it a\nsummary is printed" },
  help: { type: "boolean", description: "show this help" },
} as const satisfies OptionSpecs;

type Options = ParsedOptions<typeof OPTIONS>;

const OUTPUT_KINDS = [".json", ".png"];

/** The method options behind the flags that only some methods read (`layers`: the methods that have per-layer relevance). */
const METHOD_FLAGS = {
  epsilon: "epsilon",
  gamma: "gamma",
  alpha: "alpha",
  beta: "beta",
  low: "low",
  high: "high",
  "zero-bias": "zeroBias",
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
    const input = readTensorFile(settings.input, { channels: imageChannels(modelShape) });
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
  const m = methodNamed(method);
  for (const [flag, key] of Object.entries(METHOD_FLAGS)) {
    if (o[flag as keyof typeof METHOD_FLAGS] === undefined) continue;
    const applies = key === "layers" ? m.layers === true : m.parameters.includes(key);
    check(applies, () => `--${flag} does not apply to method '${method}'${describeTakes(m.parameters)}`);
  }
  let out: string | null = null;
  if (o.out !== undefined) {
    const ext = path.extname(o.out).toLowerCase();
    check(OUTPUT_KINDS.includes(ext), `--out ${o.out}: the file name must end in .json (numbers) or .png (heatmap)`);
    const dir = path.dirname(path.resolve(o.out));
    check(fs.existsSync(dir) && fs.statSync(dir).isDirectory(), `--out ${o.out}: the folder ${dir} does not exist`);
    check(!fs.existsSync(o.out) || !fs.statSync(o.out).isDirectory(), `--out ${o.out} is a folder`);
    out = o.out;
  }
  const explain: ExplainOptions = { method };
  if (o.target !== undefined) explain.target = o.target;
  if (o.epsilon !== undefined) explain.epsilon = o.epsilon;
  if (o.gamma !== undefined) explain.gamma = o.gamma;
  if (o.alpha !== undefined) explain.alpha = o.alpha;
  if (o.beta !== undefined) explain.beta = o.beta;
  if (o.low !== undefined) explain.low = o.low;
  if (o.high !== undefined) explain.high = o.high;
  if (o["zero-bias"]) explain.zeroBias = true;
  if (o.root !== undefined) explain.root = o.root as "nearest" | "zero";
  if (o.layers) explain.layers = true;
  if (o["noise-level"] !== undefined) explain.noiseLevel = o["noise-level"];
  if (o.samples !== undefined) explain.samples = o.samples;
  if (o.seed !== undefined) explain.seed = o.seed;
  if (o.baseline !== undefined) explain.baseline = o.baseline;
  if (o.steps !== undefined) explain.steps = o.steps;
  if (o.integration !== undefined) explain.integration = o.integration as Integration;
  if (o.patch !== undefined) explain.patch = o.patch;
  if (o.stride !== undefined) explain.stride = o.stride;
  if (o.fill !== undefined) explain.fill = o.fill;
  if (o.workers !== undefined) {
    check(o.workers === "auto" || /^[1-9][0-9]*$/.test(o.workers), `--workers must be auto or a whole number ≥ 1, got '${o.workers}'`);
    explain.workers = o.workers === "auto" ? "auto" : Number(o.workers);
  }
  return { model: o.model, input: o.input, out, explain };
}

/** " (it takes --a, --b)" or " (it takes no options)": the flags a method reads. */
function describeTakes(parameters: readonly string[]): string {
  const flags = Object.entries(METHOD_FLAGS).filter(([, key]) => parameters.includes(key)).map(([flag]) => `--${flag}`);
  return flags.length ? ` (it takes ${flags.join(", ")})` : " (it takes none of the method options)";
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
  check(shape.length >= 2 && shape.length <= 4, `a PNG heatmap needs relevance of shape [N, D], [N, H, W] or [N, H, W, C], not [${shape.join(", ")}]; write --out FILE.json instead`);
  if (shape.length === 2) return renderHeatmapPng(data, shape);
  const image = heatmapRow(data, shape);
  return encodePng(image.rgba, image.width, image.height);
}

/** The channels an image is read with: the model's, for image models [N, H, W, C]; grey otherwise. */
function imageChannels(modelShape: readonly (number | null)[]): number | undefined {
  if (modelShape.length !== 4) return 1;
  return modelShape[3] ?? undefined;
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

/**
 * `xai-lab prototype`: activation maximisation from the shell (Montavon et al. 2018, §1). It finds
 * inputs the model scores highly for a class — plain, with a density expert fitted on the bundled MNIST
 * training digits, or in the code space of a decoder — and writes them as JSON or as a PNG row.
 * Every argument is checked before a model is loaded, and the output file is written only on success.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as tf from "@tensorflow/tfjs";
import { ready } from "../backend";
import { mnist } from "../data";
import { check } from "../errors";
import { loadModel } from "../io/modelFiles";
import { MODELS_DIR, isBundledName, modelPath } from "../models/catalog";
import { gaussian, gmm, rbm, type Expert } from "../optvis/experts";
import { logit, logSoftmax } from "../optvis/objectives";
import { code, pixels } from "../optvis/parameterisations";
import { prototypesJson, prototype, prototypesData, type PrototypeOptions, type Prototypes } from "../optvis/prototype";
import { jitter } from "../optvis/transforms";
import { encodePng, imageRow } from "../render";
import { describeOptions, parseFlags, type OptionSpecs, type ParsedOptions } from "./args";
import { HELP_FLAG, outFile } from "./flags";
import type { Command } from "./main";
import { imageOptionsFor, readTensorFile } from "./tensorFile";

const EXPERTS = ["gaussian", "gmm", "rbm"] as const;
type ExpertName = (typeof EXPERTS)[number];

const OPTIONS = {
  model: { type: "string", value: "M", description: "the classifier: a model.json (or its folder), or a bundled model name (mnist-cnn, ...)" },
  target: { type: "integer", value: "K", description: "the class whose prototype to find" },
  expert: {
    type: "string",
    value: "gaussian|gmm|rbm",
    choices: EXPERTS,
    description: "add log p(x) of a density model fitted on the bundled MNIST training digits",
  },
  decoder: {
    type: "string",
    value: "D",
    description: "optimise in the code space of this decoder (a model.json, its folder, or a name\nunder kernel/models such as mnist-decoder)",
  },
  "expert-weight": {
    type: "number",
    value: "W",
    description:
      "weight w of log p(x), i.e. the tempered expert p(x)^w (default 0.1: densities of\n784 pixels are sharp, and at w = 1 they outweigh the class score)",
  },
  lambda: {
    type: "number",
    value: "L",
    description: "weight of the decay: λ‖x‖² (pixels), λ‖z‖² (code space) or λ‖x − x0‖² (--near);\ndefault 0.01, or 0 with --expert and no --near",
  },
  steps: { type: "integer", value: "N", description: "gradient steps (default 200)" },
  starts: { type: "integer", value: "K", description: "number of prototypes, each from its own seeded random start (default 1)" },
  seed: { type: "integer", value: "S", description: "seed of the starts, the jitter and the expert's fit (default 0)" },
  "learning-rate": { type: "number", value: "R", description: "Adam step size (default 0.05)" },
  objective: { type: "string", value: "logit|log-softmax", choices: ["logit", "log-softmax"], description: "what to maximise for the class (default logit)" },
  jitter: {
    type: "integer",
    value: "P",
    description: "shift the prototype by up to P pixels at random each step (default 1 for\nimage models; 0 turns it off)",
  },
  near: { type: "string", value: "X", description: "local AM: start from the input X (a JSON tensor or a PNG) and stay near it" },
  low: { type: "number", value: "L", description: "smallest pixel value; pixels are clipped to [low, high] (default 0)" },
  high: { type: "number", value: "H", description: "largest pixel value (default 1)" },
  data: { type: "integer", value: "N", description: "how many MNIST training digits the expert is fitted on (default 2000)" },
  components: { type: "integer", value: "C", description: "components of the gmm expert (default 10)" },
  out: {
    type: "string",
    value: "FILE",
    description: "write FILE.json (images, scores, settings) or FILE.png (the prototypes in a row);\nwithout it a summary is printed",
  },
  ...HELP_FLAG,
} as const satisfies OptionSpecs;

type Options = ParsedOptions<typeof OPTIONS>;

export const command: Command = {
  run,
};

interface Settings {
  model: string;
  decoder: string | null;
  expert: ExpertName | null;
  near: string | null;
  out: string | null;
  data: number;
  components: number;
  jitter: number | null;
  low: number;
  high: number;
  options: PrototypeOptions;
}

async function run(args: string[]): Promise<number> {
  const options = parseFlags(args, OPTIONS, help);
  if (!options) return 0;
  const s = checkSettings(options);
  await ready();
  const model = await loadModel(s.model);
  const owned: { dispose(): void }[] = [model];
  try {
    const inputShape = model.inputs[0]!.shape.slice(1) as number[];
    const isImage = inputShape.length === 3;
    const run: PrototypeOptions = { ...s.options, transforms: isImage && (s.jitter ?? 1) > 0 ? [jitter(s.jitter ?? 1)] : [] };
    check(s.jitter === null || s.jitter === 0 || isImage, `--jitter needs an image model [H, W, C]; this model's input is [${inputShape.join(", ")}]`);
    if (s.decoder) {
      const decoder = await loadModel(s.decoder);
      owned.push(decoder);
      run.parameterisation = code(decoder, { name: s.decoder });
    } else {
      run.parameterisation = pixels({ low: s.low, high: s.high });
    }
    if (s.near) {
      const x = readTensorFile(s.near, imageOptionsFor(model.inputs[0]!.shape));
      const size = inputShape.reduce((a, b) => a * b, 1);
      check(x.data.length === size, `--near ${s.near} has ${x.data.length} values; one model input [${inputShape.join(", ")}] has ${size}`);
      const near = tf.tensor(x.data, inputShape);
      owned.push(near);
      run.near = near;
    }
    if (s.expert) {
      const expert = await fitExpert(s, inputShape);
      owned.push(expert);
      run.expert = expert;
    }
    const result = await prototype(model, run);
    owned.push(result);
    if (s.out)
      fs.writeFileSync(
        s.out,
        path.extname(s.out).toLowerCase() === ".png" ? await png(result, s) : JSON.stringify(prototypesJson(await prototypesData(result))) + "\n",
      );
    process.stdout.write(summary(result, s.out));
    return 0;
  } finally {
    for (const o of owned.reverse()) o.dispose();
  }
}

/** Every check that needs no model, so that a typo fails at once. */
function checkSettings(o: Options): Settings {
  check(o.model !== undefined, "--model is required: a model.json, its folder, or a bundled model name");
  check(o.target !== undefined, "--target is required: the class whose prototype to find");
  check(Number.isInteger(o.target) && o.target >= 0, `--target must be a class index (a non-negative integer), got ${o.target}`);
  const whole = (name: "steps" | "starts" | "seed" | "data" | "components" | "jitter", min: number): void => {
    const v = o[name];
    check(v === undefined || (Number.isInteger(v) && v >= min), () => `--${name} must be an integer ≥ ${min}, got ${v}`);
  };
  whole("steps", 0);
  whole("starts", 1);
  whole("seed", 0);
  whole("data", 2);
  whole("components", 1);
  whole("jitter", 0);
  check(o.lambda === undefined || o.lambda >= 0, `--lambda must be ≥ 0, got ${o.lambda}`);
  check(o["learning-rate"] === undefined || o["learning-rate"] > 0, `--learning-rate must be positive, got ${o["learning-rate"]}`);
  const low = o.low ?? 0;
  const high = o.high ?? 1;
  check(low < high, `--low ${low} must be below --high ${high}`);
  check(o.components === undefined || o.expert === "gmm", "--components applies to --expert gmm only");
  check(o.data === undefined || o.expert !== undefined, "--data sets how many digits the expert is fitted on: it needs --expert");
  check(o.decoder === undefined || o.low === undefined, "--low/--high clip pixels; with --decoder the prototype is the decoder's output and is not clipped");
  const out = outFile(o.out, [".json", ".png"]);
  const options: PrototypeOptions = {
    target: o.target,
    objective: o.objective === "log-softmax" ? logSoftmax(o.target) : logit(o.target),
    steps: o.steps ?? 200,
    starts: o.starts ?? 1,
    seed: o.seed ?? 0,
    learningRate: o["learning-rate"] ?? 0.05,
  };
  if (o.lambda !== undefined) options.lambda = o.lambda;
  check(o["expert-weight"] === undefined || o.expert !== undefined, "--expert-weight needs --expert");
  check(o["expert-weight"] === undefined || o["expert-weight"] >= 0, `--expert-weight must be ≥ 0, got ${o["expert-weight"]}`);
  if (o.expert !== undefined) options.expertWeight = o["expert-weight"] ?? 0.1;
  return {
    model: resolveModel(o.model, "--model"),
    decoder: o.decoder === undefined ? null : resolveModel(o.decoder, "--decoder"),
    expert: (o.expert as ExpertName | undefined) ?? null,
    near: o.near ?? null,
    out,
    data: o.data ?? 2000,
    components: o.components ?? 10,
    jitter: o.jitter ?? null,
    low,
    high,
    options,
  };
}

/** A model.json path, its folder, a bundled model name, or a folder name under kernel/models. */
function resolveModel(name: string, flag: string): string {
  if (isBundledName(name)) return modelPath(name);
  if (fs.existsSync(name)) return name;
  const bundled = path.join(MODELS_DIR, name, "model.json");
  check(fs.existsSync(bundled), `${flag} ${name}: no such file, and no model of that name in ${MODELS_DIR}`);
  return bundled;
}

/** The expert fitted on the first `data` digits of the bundled MNIST train split. */
async function fitExpert(s: Settings, inputShape: readonly number[]): Promise<Expert> {
  const size = inputShape.reduce((a, b) => a * b, 1);
  check(size === 784, `--expert is fitted on MNIST digits (28×28 = 784 values); this model's input [${inputShape.join(", ")}] has ${size}`);
  const { images, labels } = await mnist({ split: "train", count: s.data });
  labels.dispose();
  const seed = s.options.seed ?? 0;
  const expert = s.expert === "gaussian" ? gaussian() : s.expert === "gmm" ? gmm({ components: s.components, seed }) : rbm({ hidden: 64, epochs: 10, seed });
  try {
    const shaped = tf.reshape(images, [images.shape[0], ...inputShape]);
    try {
      return await expert.fit(shaped);
    } finally {
      shaped.dispose();
    }
  } finally {
    images.dispose();
  }
}

/** The prototypes side by side, on the data range [low, high] (a decoder's on [0, 1]). */
async function png(result: Prototypes, s: Settings): Promise<Buffer> {
  const [k, ...shape] = result.images.shape;
  let imageShape: number[] = shape;
  if (shape.length === 1 && Number.isInteger(Math.sqrt(shape[0]!))) imageShape = [Math.sqrt(shape[0]!), Math.sqrt(shape[0]!), 1];
  check(
    imageShape.length === 2 || imageShape.length === 3,
    `a PNG needs image prototypes; these have shape [${shape.join(", ")}]: write --out FILE.json instead`,
  );
  const image = imageRow(await result.images.data(), [k!, ...imageShape], { range: s.decoder ? [0, 1] : [s.low, s.high] });
  return encodePng(image.rgba, image.width, image.height);
}

function summary(result: Prototypes, out: string | null): string {
  const f = (v: number): string => v.toPrecision(4);
  const st = result.settings;
  const how = [
    st.parameterisation["kind"] === "code" ? "code space" : "pixels",
    st.expert ? `${String(st.expert["kind"])} expert` : null,
    st.local ? "local" : null,
  ]
    .filter(Boolean)
    .join(", ");
  const lines = [
    `${result.scores.length} prototype${result.scores.length === 1 ? "" : "s"} of class ${result.scores[0]!.class} (${how}; ${st.steps} steps, λ = ${st.lambda}, seed ${st.seed}, ${st.backend})`,
  ];
  result.scores.forEach((s, k) => {
    const density = result.logDensity ? `, log p(x) ${f(result.logDensity[k]!)}` : "";
    lines.push(`  prototype ${k}: logit ${f(s.logit)}, probability ${f(s.probability)}, predicted ${s.predicted}${density}`);
  });
  if (out) lines.push(`wrote ${out}`);
  return lines.join("\n") + "\n";
}

function help(): string {
  return `usage: xai-lab prototype --model M --target K [--expert gaussian|gmm|rbm] [--decoder D] [--lambda L]
                         [--steps N] [--starts K] [--seed S] [--near X] [--out P.json | --out P.png]

Activation maximisation (Montavon, Samek & Müller 2018, §1): gradient ascent on an input x to maximise
the class score, i.e. find what the model considers a typical member of the class.
  plain AM          argmax_x  logit_K(x) − λ‖x‖²               pixels clipped to [low, high]
  AM with expert    argmax_x  logit_K(x) + w·log p(x)          p fitted on the bundled MNIST digits:
                    gaussian (full covariance), gmm (diagonal mixture), rbm (Gaussian-binary RBM)
  AM in code space  argmax_z  logit_K(g(z)) − λ‖z‖², x = g(z)  g the decoder (--decoder mnist-decoder)
  local AM          the same + −λ‖x − x0‖², starting at x0      (--near X)
Plain AM tends to give noisy, unnatural patterns; the expert and the decoder keep prototypes like data.

options (--flag value or --flag=value):
${describeOptions(OPTIONS)}

OUTPUT
  P.json   {"kind": "prototypes", "title", "prototypes": [{"target", "score" (its logit),
           "probability", "predicted", "logDensity" (with --expert), "history", "image": {"shape",
           "data"}}], "settings": {...}}: each prototype's pixels flat in row-major order, its scores,
           the objective at every step, and every setting needed to repeat the run
  P.png    the prototypes side by side, grey levels on [low, high]
  no --out a summary on stdout
`;
}

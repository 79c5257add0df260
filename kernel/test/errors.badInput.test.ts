/**
 * Bad input, through both doors: every case is rejected by the library API (an XaiError whose message
 * names the problem, and no tensor left behind) and by `xai-lab explain` (a non-zero exit, the same
 * problem named on stderr, nothing on stdout, no output file).
 */
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { after, before, describe, test } from "node:test";
import * as xai from "xai-lab";
import { readTensorFile } from "../src/cli/tensorFile";
import { encodePng } from "../src/render/png";
import { conv1dModel, convModel, MODELS, makeModelDir, runCli, writeTensor, type CliResult } from "./fixtures/cliModels";

const tf = xai.tf;

interface Case {
  /** Completes the sentence "<name> is rejected by the API and the CLI". */
  readonly name: string;
  /** What the API call's XaiError must say. */
  readonly api: RegExp;
  /** What stderr must say; defaults to `api`. */
  readonly cli?: RegExp;
  /** The API call (its model and input come from `fixtures`). */
  run(f: Fixtures): Promise<unknown>;
  /** The CLI arguments (relative to the model folder), without --out. */
  readonly args: readonly string[];
}

interface Fixtures {
  dir: string;
  dense: xai.tf.LayersModel;
  conv: xai.tf.LayersModel;
  x: xai.tf.Tensor;
  image: xai.tf.Tensor;
}

const DENSE = ["--model", MODELS.dense, "--input", "good.json"];
const CONV = ["--model", MODELS.conv, "--input", "image.json"];
const OUT = "result.json";

/** Tensors made inside `use` are freed after it; the promise it returns is awaited first. */
async function withTensor<T>(make: () => xai.tf.Tensor, use: (t: xai.tf.Tensor) => Promise<T>): Promise<T> {
  const t = make();
  try {
    return await use(t);
  } finally {
    t.dispose();
  }
}

const CASES: readonly Case[] = [
  {
    name: "an input whose shape does not match the model",
    api: /input shape \[1, 5\] does not match the model input \[batch, 4\]/,
    run: (f) =>
      withTensor(
        () => tf.ones([1, 5]),
        (x) => xai.explain(f.dense, x),
      ),
    args: ["--model", MODELS.dense, "--input", "wide.json"],
  },
  {
    name: "NaN in the input",
    api: /input contains NaN or Infinity \(first at sample 1, element 2\)/,
    run: (f) =>
      withTensor(
        () =>
          tf.tensor2d([
            [0, 1, 2, 3],
            [1, 1, NaN, 1],
          ]),
        (x) => xai.explain(f.dense, x),
      ),
    args: ["--model", MODELS.dense, "--input", "nan.json"],
  },
  {
    name: "Infinity in the input (1e999 in JSON)",
    api: /input contains NaN or Infinity \(first at sample 0, element 3\)/,
    run: (f) =>
      withTensor(
        () => tf.tensor2d([[0, 1, 2, Infinity]]),
        (x) => xai.explain(f.dense, x),
      ),
    args: ["--model", MODELS.dense, "--input", "inf.json"],
  },
  {
    name: "NaN in a base64 input",
    api: /input contains NaN or Infinity \(first at sample 0, element 1\)/,
    run: (f) =>
      withTensor(
        () => tf.tensor2d([[0, NaN, 2, 3]]),
        (x) => xai.explain(f.dense, x, { method: "gradient" }),
      ),
    args: ["--model", MODELS.dense, "--input", "nan64.json", "--method", "gradient"],
  },
  {
    name: "a target class out of range",
    api: /target 2 \(sample 0\) is out of range: the model has 2 classes \(0 to 1\)/,
    run: (f) => xai.explain(f.dense, f.x, { target: 2 }),
    args: [...DENSE, "--target", "2"],
  },
  {
    name: "a target that is not an integer",
    api: /target 1\.5 \(sample 0\) is not an integer class index/,
    cli: /option --target expects an integer \(decimal digits\), got '1\.5'/,
    run: (f) => xai.explain(f.dense, f.x, { target: 1.5 }),
    args: [...DENSE, "--target", "1.5"],
  },
  {
    name: "a target list of the wrong length",
    api: /target lists 3 classes for a batch of 2 samples/,
    run: (f) => xai.explain(f.dense, f.x, { target: [0, 1, 0] }),
    args: [...DENSE, "--target", "0,1,0"],
  },
  {
    name: "an empty batch",
    api: /empty batch: the input of shape \[0, 4\] holds no sample/,
    run: (f) =>
      withTensor(
        () => tf.zeros([0, 4]),
        (x) => xai.explain(f.dense, x),
      ),
    args: ["--model", MODELS.dense, "--input", "empty.json"],
  },
  {
    name: "a model with an unsupported layer (Conv1D)",
    api: /unsupported layer 'conv1d' of class Conv1D/,
    run: () => {
      const model = conv1dModel();
      return withTensor(
        () => tf.ones([1, 6, 2]),
        (x) => xai.explain(model, x).finally(() => model.dispose()),
      );
    },
    args: ["--model", MODELS.conv1d, "--input", "seq.json"],
  },
  {
    name: "a missing model.json",
    api: /model file not found: missing\/model\.json/,
    run: () => xai.loadModel(MODELS.missing),
    args: ["--model", MODELS.missing, "--input", "good.json"],
  },
  {
    name: "a model.json that is not JSON",
    api: /corrupt\/model\.json is not valid JSON/,
    run: () => xai.loadModel(MODELS.corrupt),
    args: ["--model", MODELS.corrupt, "--input", "good.json"],
  },
  {
    name: "a model.json without modelTopology",
    api: /notopology\/model\.json has no modelTopology/,
    run: () => xai.loadModel(MODELS.noTopology),
    args: ["--model", MODELS.noTopology, "--input", "good.json"],
  },
  {
    name: "a truncated weights file",
    api: /weights file weights\.bin has \d+ bytes but .* describes \d+ bytes: the file is truncated/,
    run: () => xai.loadModel(MODELS.truncated),
    args: ["--model", MODELS.truncated, "--input", "good.json"],
  },
  {
    name: "a missing weights file",
    api: /weights file not found: noweights\/weights\.bin/,
    run: () => xai.loadModel(MODELS.noWeights),
    args: ["--model", MODELS.noWeights, "--input", "good.json"],
  },
  {
    name: "an unknown method",
    api: /unknown method 'saliency'; known: gradient, /,
    run: (f) => xai.explain(f.dense, f.x, { method: "saliency" }),
    args: [...DENSE, "--method", "saliency"],
  },
  {
    name: "a composite table naming a layer the model lacks (API) or method lrp without a table (CLI)",
    api: /composite names layer 'dense_7', which is not a dense\/conv layer of this model \(those are: hidden, logits\)/,
    cli: /method 'lrp' takes a custom composite table, which only the library API accepts/,
    run: (f) => xai.explain(f.dense, f.x, { method: "lrp", composite: [{ match: { name: "dense_7" }, rule: xai.rules.epsilon() }] }),
    args: [...DENSE, "--method", "lrp"],
  },
  {
    name: "a negative γ",
    api: /gamma must be a finite number ≥ 0, got -0.5/,
    run: (f) => xai.explain(f.conv, f.image, { method: "epsilon-gamma-box", gamma: -0.5, low: 0, high: 1 }),
    args: [...CONV, "--method", "epsilon-gamma-box", "--gamma", "-0.5", "--low", "0", "--high", "1"],
  },
  {
    name: "α − β ≠ 1",
    api: /alpha − beta must equal 1 \(conservation\), got alpha=3, beta=1/,
    run: (f) => xai.explain(f.dense, f.x, { method: "alpha2beta1", alpha: 3, beta: 1 }),
    args: [...DENSE, "--method", "alpha2beta1", "--alpha", "3", "--beta", "1"],
  },
  {
    name: "a low bound above the high bound",
    api: /low \(1\) is greater than high \(0\) at position 1/,
    run: (f) => xai.explain(f.conv, f.image, { method: "dtd-zb", low: [0, 1, 0], high: [1, 0, 1] }),
    args: [...CONV, "--method", "dtd-zb", "--low", "0,1,0", "--high", "1,0,1"],
  },
  {
    name: "bounds of the wrong length",
    api: /bound low has 2 values; expected 1, 3 \(one per channel\) or 48 \(one per input element of shape \[4, 4, 3\]\)/,
    run: (f) => xai.explain(f.conv, f.image, { method: "dtd-zb", low: [0, 0], high: [1, 1] }),
    args: [...CONV, "--method", "dtd-zb", "--low", "0,0", "--high", "1,1"],
  },
  {
    name: "a box composite without bounds",
    api: /composite 'epsilon-gamma-box' needs the input bounds low and high/,
    run: (f) => xai.explain(f.conv, f.image, { method: "epsilon-gamma-box" }),
    args: [...CONV, "--method", "epsilon-gamma-box"],
  },
  {
    name: "an input JSON whose data does not fill its shape",
    api: /input short\.json: shape \[2, 4\] holds 8 values but "data" has 7/,
    run: async () => readTensorFile("short.json"),
    args: ["--model", MODELS.dense, "--input", "short.json"],
  },
  {
    name: "an input file that is neither JSON nor an image",
    api: /input notes\.txt is neither a PNG image nor valid JSON/,
    run: async () => readTensorFile("notes.txt"),
    args: ["--model", MODELS.dense, "--input", "notes.txt"],
  },
  {
    name: "an unreadable input image",
    api: /image file "broken\.png" is a damaged PNG file/,
    run: async () => readTensorFile("broken.png", { channels: 3 }),
    args: ["--model", MODELS.conv, "--input", "broken.png"],
  },
  {
    name: "an image file in a format xai-lab does not read",
    api: /image file "photo\.jpg" is a JPEG file, which xai-lab cannot read/,
    run: async () => readTensorFile("photo.jpg", { channels: 3 }),
    args: ["--model", MODELS.conv, "--input", "photo.jpg"],
  },
];

describe("bad input", () => {
  const f = {} as Fixtures;
  const cwd = process.cwd();
  /** Every CLI run, started together in `before` (two at a time) and awaited by each test. */
  const runs = new Map<string, Promise<CliResult>>();

  before(async () => {
    await xai.ready();
    f.dir = await makeModelDir();
    writeInputs(f.dir);
    f.dense = await xai.loadModel(path.join(f.dir, MODELS.dense));
    f.conv = convModel();
    f.x = tf.tensor2d([
      [0.5, -1, 2, 0.25],
      [1, 0, -0.5, 3],
    ]);
    f.image = tf.tidy(() => tf.div(tf.range(0, 48), 48).reshape([1, 4, 4, 3]));
    let chain: [Promise<unknown>, Promise<unknown>] = [Promise.resolve(), Promise.resolve()];
    CASES.forEach((c, k) => {
      const lane = k % 2;
      const out = outFile(k);
      const run = chain[lane]!.then(() => runCli(["explain", ...c.args, "--out", out], f.dir));
      chain[lane] = run.catch(() => undefined);
      runs.set(c.name, run);
    });
    // Paths in the API cases are relative to the working directory, as on the command line.
    process.chdir(f.dir);
  });

  after(() => {
    process.chdir(cwd);
    f.dense?.dispose();
    f.conv?.dispose();
    f.x?.dispose();
    f.image?.dispose();
    if (f.dir) fs.rmSync(f.dir, { recursive: true, force: true });
  });

  CASES.forEach((c, k) => {
    test(`${c.name} is rejected by the API and the CLI`, async () => {
      const before = tf.memory().numTensors;
      await assert.rejects(c.run(f), (e: unknown) => {
        assert.ok(e instanceof xai.XaiError, `expected an XaiError, got ${String(e)}`);
        assert.match(e.message, c.api);
        return true;
      });
      assert.equal(tf.memory().numTensors, before, "the API call left tensors behind");

      const r = await runs.get(c.name)!;
      assert.notEqual(r.status, 0, `the CLI exited 0 (stdout: ${r.stdout})`);
      assert.match(r.stderr, c.cli ?? c.api);
      assert.match(r.stderr, /^xai-lab explain: /);
      assert.equal(r.stdout, "", "nothing on stdout");
      assert.ok(!fs.existsSync(path.join(f.dir, outFile(k))), "no output file");
    });
  });
});

/** Mistakes only a library user can make (the CLI builds its tensors and tables itself). */
const API_ONLY: readonly { name: string; message: RegExp; run(model: xai.tf.LayersModel): Promise<unknown> }[] = [
  {
    name: "an input that is not a tensor",
    message: /the input must be a tf\.Tensor, got an array of length 1/,
    run: (m) => xai.explain(m, [[1, 2, 3, 4]] as unknown as xai.tf.Tensor),
  },
  {
    name: "an input tensor that has been disposed",
    message: /the input tensor of shape \[1, 4\] has been disposed/,
    run: (m) => {
      const x = tf.ones([1, 4]);
      x.dispose();
      return xai.explain(m, x);
    },
  },
  {
    name: "a model that has been disposed",
    message: /the model has been disposed \(model\.dispose\(\)\)/,
    run: () => {
      const m = tf.sequential({ layers: [tf.layers.dense({ inputShape: [4], units: 2 })] });
      m.dispose();
      return withTensor(
        () => tf.ones([1, 4]),
        (x) => xai.explain(m, x),
      );
    },
  },
  {
    name: "a composite entry without a rule",
    message: /composite entry 1 has no rule \(got undefined\)/,
    run: (m) =>
      withTensor(
        () => tf.ones([1, 4]),
        (x) =>
          xai.explain(m, x, {
            method: "lrp",
            composite: [{ match: { first: true }, rule: xai.rules.flat() }, { match: { kind: "dense" } } as unknown as xai.CompositeEntry],
          }),
      ),
  },
  {
    name: "an unknown named composite",
    message: /unknown composite 'epsilon-gamma'; known: epsilon, /,
    run: async () => xai.namedComposite("epsilon-gamma"),
  },
  {
    name: "bounds that are not numbers",
    message: /bound low has a value that is not a finite number \("0"\) at position 0/,
    run: (m) =>
      withTensor(
        () => tf.ones([1, 4]),
        (x) => xai.explain(m, x, { method: "dtd-zb", low: "0" as unknown as number, high: 1 }),
      ),
  },
];

describe("bad input only the API can be given", () => {
  let model: xai.tf.LayersModel;
  before(async () => {
    await xai.ready();
    model = tf.sequential({ layers: [tf.layers.dense({ inputShape: [4], units: 2 })] });
  });
  after(() => model?.dispose());

  for (const c of API_ONLY) {
    test(`${c.name} is rejected with an XaiError that names it`, async () => {
      const before = tf.memory().numTensors;
      await assert.rejects(c.run(model), (e: unknown) => e instanceof xai.XaiError && c.message.test(e.message));
      assert.equal(tf.memory().numTensors, before);
    });
  }
});

function outFile(k: number): string {
  return `out-${k}-${OUT}`;
}

/** The CLI cases' input files, in the model folder. */
function writeInputs(dir: string): void {
  writeTensor(dir, "good.json", [2, 4], [0.5, -1, 2, 0.25, 1, 0, -0.5, 3]);
  writeTensor(dir, "wide.json", [1, 5], [1, 1, 1, 1, 1]);
  fs.writeFileSync(path.join(dir, "nan.json"), JSON.stringify({ shape: [2, 4], data: [0, 1, 2, 3, 1, 1, "NaN", 1] }));
  fs.writeFileSync(path.join(dir, "inf.json"), '{"shape": [1, 4], "data": [0, 1, 2, 1e999]}');
  const nan64 = Buffer.alloc(16);
  [0, NaN, 2, 3].forEach((v, i) => nan64.writeFloatLE(v, 4 * i));
  writeTensor(dir, "nan64.json", [1, 4], nan64.toString("base64"));
  writeTensor(dir, "empty.json", [0, 4], []);
  writeTensor(dir, "seq.json", [1, 6, 2], new Array(12).fill(1));
  writeTensor(
    dir,
    "image.json",
    [1, 4, 4, 3],
    Array.from({ length: 48 }, (_, i) => i / 48),
  );
  writeTensor(dir, "short.json", [2, 4], [1, 2, 3, 4, 5, 6, 7]);
  fs.writeFileSync(path.join(dir, "notes.txt"), "pixel values: 1 2 3\n");
  const png = encodePng(new Uint8Array(4 * 4 * 4).fill(200), 4, 4);
  fs.writeFileSync(path.join(dir, "broken.png"), png.subarray(0, png.length - 20));
  fs.writeFileSync(path.join(dir, "photo.jpg"), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0]));
}

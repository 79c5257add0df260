/**
 * Hostile and mistaken input, refused up front with one clear XaiError and nothing left behind: model
 * folders as a boundary (manifest paths that lead outside, refused without a word about their target),
 * topologies that ask for more weights than their files hold (refused before anything is allocated),
 * non-finite weights, inputs over their size limits, image headers that do not fit, options that cannot
 * apply, integers written loosely, and the last plain TypeErrors. Each API case asserts the message and the
 * tensor count; each CLI case the exit status, the message on stderr and that no output file appears.
 */
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { inspect } from "node:util";
import { after, before, describe, test } from "node:test";
import * as xai from "xai-lab";
import { readTensorFile } from "../src/cli/tensorFile";
import { MAX_MODEL_JSON_BYTES, MAX_TENSOR_FILE_BYTES } from "../src/io/limits";
import { encodePng } from "../src/render/png";
import { MODELS, makeModelDir, runCli, writeTensor, type CliResult } from "./fixtures/cliModels";

const tf = xai.tf;

/** A file outside every model folder, whose size must never appear in a message. */
const SECRET = "secret.bin";
const SECRET_BYTES = 1234;

interface Case {
  /** Completes "<name> is refused". */
  readonly name: string;
  /** What the XaiError (API) and stderr (CLI) must say. */
  readonly message: RegExp;
  /** What they must not say. */
  readonly never?: RegExp;
  /** The library call, run with the test folder as working directory. */
  readonly api?: (f: Fixtures) => Promise<unknown>;
  /** The xai-lab arguments, run in the test folder; `--out` is added to explain and evaluate. */
  readonly cli?: readonly string[];
}

interface Fixtures {
  dir: string;
  dense: xai.tf.LayersModel;
  x: xai.tf.Tensor;
}

const DENSE_INPUT = ["--input", "good.json"];
const NO_SECRETS = new RegExp(`${SECRET_BYTES}|bytes|exists|not found|root:`);

/** A copy of the dense model in `name/`, its model.json changed by `edit`, its weights by `bytes`. */
function variant(dir: string, name: string, edit: (json: ModelJson) => void, bytes?: (b: Buffer) => void): string {
  const to = path.join(dir, name);
  fs.mkdirSync(to);
  const json = JSON.parse(fs.readFileSync(path.join(dir, MODELS.dense), "utf8")) as ModelJson;
  const weights = fs.readFileSync(path.join(dir, path.dirname(MODELS.dense), "weights.bin"));
  bytes?.(weights);
  fs.writeFileSync(path.join(to, "weights.bin"), weights);
  edit(json);
  fs.writeFileSync(path.join(to, "model.json"), JSON.stringify(json));
  return `${name}/model.json`;
}

interface ModelJson {
  modelTopology: { config: { layers: { config: Record<string, unknown> }[] } };
  weightsManifest: { paths: unknown[]; weights: { name: string; shape: unknown }[] }[];
}

const manifestPath = (p: unknown) => (j: ModelJson) => void (j.weightsManifest[0]!.paths = [p]);

/** A PNG of `width` × `height` whose header is all there is (no pixel data: it must not be decoded). */
function headerOnlyPng(width: number, height: number): Buffer {
  const png = Buffer.from(encodePng(new Uint8Array(4 * 4 * 4).fill(100), 4, 4));
  png.writeUInt32BE(width, 16);
  png.writeUInt32BE(height, 20);
  return png.subarray(0, 33);
}

const CASES: readonly Case[] = [
  // A model folder is a boundary.
  {
    name: "a weights path that climbs out of the model folder (../)",
    message:
      /outside\/model\.json: weights path '\.\.\/secret\.bin' leads outside the model's folder; weight files must be inside the folder that holds model.json/,
    never: NO_SECRETS,
    api: () => xai.loadModel("outside/model.json"),
    cli: ["explain", "--model", "outside/model.json", ...DENSE_INPUT],
  },
  {
    name: "a weights path that climbs far out of the model folder, to a system file",
    message: /weights path '\.\.\/\.\.\/\.\.\/\.\.\/\.\.\/\.\.\/\.\.\/\.\.\/etc\/passwd' leads outside the model's folder/,
    never: NO_SECRETS,
    api: () => xai.loadModel("passwd/model.json"),
    cli: ["explain", "--model", "passwd/model.json", ...DENSE_INPUT],
  },
  {
    name: "an absolute weights path",
    message: /weights path '\/etc\/passwd' leads outside the model's folder/,
    never: NO_SECRETS,
    api: () => xai.loadModel("absolute/model.json"),
  },
  {
    name: "a weights path to a link inside the folder that leads outside",
    message: /weights path 'link\.bin' leads outside the model's folder/,
    never: NO_SECRETS,
    api: () => xai.loadModel("link/model.json"),
  },
  {
    name: "a weights path to a missing file that would be outside",
    message: /weights path '\.\.\/nothing-here\.bin' leads outside the model's folder/,
    never: NO_SECRETS,
    api: () => xai.loadModel("nothing/model.json"),
  },
  {
    name: "a weights path '.' (the folder itself)",
    message: /dot\/model\.json: weights path '\.' names a folder, not a file/,
    api: () => xai.loadModel("dot/model.json"),
    cli: ["explain", "--model", "dot/model.json", ...DENSE_INPUT],
  },
  {
    name: "a weights path that is not a string",
    message: /a weights path must be a non-empty string, got number 42/,
    api: () => xai.loadModel("number/model.json"),
  },
  {
    name: "a weight listed twice in the manifest",
    message: /weight 'hidden\/kernel' is listed twice/,
    api: () => xai.loadModel("twice/model.json"),
  },
  {
    name: "a weight shape that is not a list of whole sizes",
    message: /weight 'hidden\/kernel' has shape \[4,-3\]; a shape is a list of whole sizes ≥ 0/,
    api: () => xai.loadModel("shape/model.json"),
  },
  {
    name: "a weightsManifest that is not a list",
    message: /weightsManifest must be a list, got an object with keys paths/,
    api: () => xai.loadModel("manifest/model.json"),
  },
  // Memory bombs: sizes checked before anything is allocated.
  {
    name: "a 1 KB model.json declaring a Dense layer of 6e7 units over 92 bytes of weights",
    message:
      /bomb\/model\.json: layer 'hidden' declares a kernel of shape \[4, 60000000\] \(240,000,000 values\), but the weight files hold 23 values in all: the topology does not match its weights/,
    api: () => xai.loadModel("bomb/model.json"),
    cli: ["explain", "--model", "bomb/model.json", ...DENSE_INPUT],
  },
  {
    name: "the same bomb with its initializers left out of the topology (tfjs's defaults would allocate)",
    message: /layer 'hidden' declares a kernel of shape \[4, 400000000\]/,
    api: () => xai.loadModel("bomb-defaults/model.json"),
  },
  {
    name: "a model.json over its size limit",
    message: new RegExp(`model file huge/model\\.json is larger than the ${MAX_MODEL_JSON_BYTES / 1024 / 1024} MB xai-lab reads`),
    api: () => xai.loadModel("huge/model.json"),
  },
  {
    name: "a model path that is a device",
    message: /model file \/dev\/zero is not a regular file \(a device, pipe or socket\)/,
    api: () => xai.loadModel("/dev/zero"),
  },
  // Non-finite weights, named.
  {
    name: "a weight file holding NaN",
    message: /nan\/model\.json: weight 'hidden\/kernel' holds NaN or Infinity \(first at element 5\); explanations of this model would be NaN/,
    api: () => xai.loadModel("nan/model.json"),
    cli: ["explain", "--model", "nan/model.json", ...DENSE_INPUT],
  },
  {
    name: "a weight file holding Infinity in a bias",
    message: /weight 'logits\/bias' holds NaN or Infinity \(first at element 1\)/,
    api: () => xai.loadModel("inf/model.json"),
  },
  {
    name: "an in-memory model with a NaN weight, when it is prepared",
    message: /the model's weight 'hidden\/kernel' holds NaN or Infinity \(first at element 2\)/,
    api: async (f) => {
      const model = tf.sequential({ layers: [tf.layers.dense({ inputShape: [4], units: 3, name: "hidden" }), tf.layers.dense({ units: 2 })] });
      try {
        tf.tidy(() => model.layers[0]!.setWeights([tf.tensor2d([1, 2, NaN, 4, 5, 6, 7, 8, 9, 10, 11, 12], [4, 3]), tf.zeros([3])]));
        return await xai.explain(model, f.x);
      } finally {
        model.dispose();
      }
    },
  },
  // Every input read has a size limit.
  {
    name: "an input that is a device (/dev/zero)",
    message: /input \/dev\/zero is not a regular file \(a device, pipe or socket\); give a file/,
    api: async () => readTensorFile("/dev/zero"),
    cli: ["explain", "--model", MODELS.dense, "--input", "/dev/zero"],
  },
  {
    name: "a JSON input over its size limit",
    message: new RegExp(
      `input big\\.json is larger than the ${MAX_TENSOR_FILE_BYTES / 1024 / 1024} MB xai-lab reads\\n  hint: split the samples over several files`,
    ),
    api: async () => readTensorFile("big.json"),
    cli: ["explain", "--model", MODELS.dense, "--input", "big.json"],
  },
  {
    name: "an input that is a folder",
    message: /input dense is a folder, not a file/,
    api: async () => readTensorFile("dense"),
  },
  {
    name: "a 16384×16384 PNG header, before any pixel is decoded",
    message: /image file "giant\.png" is 16384×16384 pixels, more than the 33,554,432 pixels xai-lab decodes\n  hint: scale the image down/,
    never: /damaged/,
    api: async () => readTensorFile("giant.png", { channels: 3 }),
    cli: ["explain", "--model", MODELS.conv, "--input", "giant.png"],
  },
  {
    name: "an oversized PNG given to xai.readImage",
    message: /image file "giant\.png" is 16384×16384 pixels, more than the 33,554,432 pixels/,
    never: /damaged/,
    api: async () => xai.readImage("giant.png"),
  },
  {
    name: "a PNG whose size is not the model's, from its header",
    message: /image file "wide\.png" is 6×4 pixels, but the model takes 4×4 pixels\n  hint: resize the image/,
    cli: ["explain", "--model", MODELS.conv, "--input", "wide.png"],
  },
  // Every option that cannot apply is an error.
  {
    name: "a rule parameter given to a gradient method",
    message: /option 'epsilon' does not apply to method 'gradient' \(it takes none of the method options\); methods that use it: epsilon, /,
    api: (f) => xai.explain(f.dense, f.x, { method: "gradient", epsilon: 0.1 }),
  },
  {
    name: "a rule flag given to a gradient method",
    message: /--gamma does not apply to method 'sensitivity' \(it takes none of the method options\)/,
    cli: ["explain", "--model", MODELS.dense, ...DENSE_INPUT, "--method", "sensitivity", "--gamma", "0.5"],
  },
  {
    name: "ε given to a composite without ε-rules",
    message: /option 'epsilon' does not apply to method 'zplus' \(it takes zeroBias\)/,
    api: (f) => xai.explain(f.dense, f.x, { method: "zplus", epsilon: 0.1 }),
  },
  {
    name: "a composite table given with a named method",
    message: /a composite table applies to method 'lrp' only; method 'epsilon' is a named composite/,
    api: (f) => xai.explain(f.dense, f.x, { method: "epsilon", composite: [{ match: { kind: "dense" }, rule: xai.rules.zPlus() }] }),
  },
  {
    name: "a misspelt option",
    message: /unknown option 'epsilom' \(did you mean epsilon\?\); explain takes method, target, /,
    api: (f) => xai.explain(f.dense, f.x, { method: "epsilon", epsilom: 0.1 } as xai.ExplainOptions),
  },
  {
    name: "layers: true for a method without relevance per layer",
    message: /option 'layers' does not apply to method 'gradient-x-input', which has no relevance per layer/,
    api: (f) => xai.explain(f.dense, f.x, { method: "gradient-x-input", layers: true }),
  },
  {
    name: "a rule flag of evaluate that none of the compared methods uses",
    message: /--gamma applies to none of the methods compared \(sensitivity, zplus\)/,
    cli: ["evaluate", "--model", MODELS.conv, "--data", "images.json", "--methods", "sensitivity,zplus", "--gamma", "0.5"],
  },
  // Numbers as a person writes them.
  {
    name: "a hexadecimal target",
    message: /option --target expects an integer \(decimal digits\), got '0x3'/,
    cli: ["explain", "--model", MODELS.dense, ...DENSE_INPUT, "--target", "0x3"],
  },
  {
    name: "an ε that underflows to 0",
    message: /option --epsilon: '1e-400' is too small to represent \(it underflows to 0\)/,
    cli: ["explain", "--model", MODELS.dense, ...DENSE_INPUT, "--method", "epsilon", "--epsilon", "1e-400"],
  },
  {
    name: "a count in exponent notation",
    message: /option --count expects an integer \(decimal digits\), got '1e3'/,
    cli: ["evaluate", "--model", MODELS.conv, "--data", "images.json", "--count", "1e3"],
  },
  // What used to be a plain TypeError.
  {
    name: "a box bound of null",
    message: /bound high must be a number or a list of numbers \(one per channel or per input element\), got null/,
    api: (f) => xai.explain(f.dense, f.x, { method: "dtd-zb", low: 0, high: null as unknown as number }),
  },
  {
    name: "a pixel-flipping patch that is an object",
    message: /patch must be a positive integer or \[height, width\] of positive integers, got \{\}/,
    api: async () => {
      const model = tf.sequential({ layers: [tf.layers.flatten({ inputShape: [4, 4, 1] }), tf.layers.dense({ units: 2 })] });
      const xs = tf.ones([1, 4, 4, 1]);
      try {
        return await xai.metrics.pixelFlipping(model, xs, "gradient", { patch: {} as unknown as number });
      } finally {
        xs.dispose();
        model.dispose();
      }
    },
  },
  {
    name: "a negative ε",
    message: /epsilon must be a finite number ≥ 0, got -0\.1/,
    api: (f) => xai.explain(f.dense, f.x, { method: "epsilon", epsilon: -0.1 }),
  },
];

describe("refused up front", () => {
  const f = {} as Fixtures;
  const cwd = process.cwd();
  const runs = new Map<string, Promise<CliResult>>();

  before(async () => {
    await xai.ready();
    f.dir = await makeModelDir();
    writeFixtures(f.dir);
    f.dense = await xai.loadModel(path.join(f.dir, MODELS.dense));
    f.x = tf.tensor2d([
      [0.5, -1, 2, 0.25],
      [1, 0, -0.5, 3],
    ]);
    // The CLI runs start now, two at a time, and each test awaits its own.
    const lanes: Promise<unknown>[] = [Promise.resolve(), Promise.resolve()];
    CASES.filter((c) => c.cli).forEach((c, k) => {
      const args = c.cli![0] === "explain" || c.cli![0] === "evaluate" ? [...c.cli!, "--out", outFile(c)] : [...c.cli!];
      const run = lanes[k % 2]!.then(() => runCli(args, f.dir));
      lanes[k % 2] = run.catch(() => undefined);
      runs.set(c.name, run);
    });
    process.chdir(f.dir);
  });

  after(() => {
    process.chdir(cwd);
    f.dense?.dispose();
    f.x?.dispose();
    if (f.dir) fs.rmSync(f.dir, { recursive: true, force: true });
  });

  for (const c of CASES) {
    test(`${c.name} is refused${c.api && c.cli ? " by the API and the CLI" : c.cli ? " by the CLI" : ""}`, async () => {
      if (c.api) {
        const before = tf.memory().numTensors;
        await assert.rejects(c.api(f), (e: unknown) => {
          assert.ok(e instanceof xai.XaiError, `expected an XaiError, got ${inspect(e)}`);
          const shown = inspect(e);
          assert.match(shown, c.message);
          if (c.never) assert.doesNotMatch(e.message, c.never);
          assert.doesNotMatch(shown, /\n\s+at /, "printed without a stack");
          return true;
        });
        assert.equal(tf.memory().numTensors, before, "the refused call left tensors behind");
      }
      if (c.cli) {
        const r = await runs.get(c.name)!;
        assert.notEqual(r.status, 0, `the CLI exited 0 (stdout: ${r.stdout})`);
        assert.match(r.stderr, new RegExp(`^xai-lab ${c.cli[0]}: `));
        assert.match(r.stderr, c.message);
        if (c.never) assert.doesNotMatch(r.stderr, c.never);
        assert.doesNotMatch(r.stderr, /\n\s+at /, "no stack on stderr");
        assert.equal(r.stdout, "");
        assert.ok(!fs.existsSync(path.join(f.dir, outFile(c))), "no output file");
      }
    });
  }
});

describe("defined where it used to be NaN", () => {
  test("ε = 0 gives finite relevance where a unit's z is exactly 0: that unit passes none (0/0 is taken as 0)", async () => {
    await xai.ready();
    // Hidden unit 0 has z = 1·1 − 1·1 = 0; unit 1 has z = 2 and carries all of f = 2.
    const model = tf.sequential({ layers: [tf.layers.dense({ inputShape: [2], units: 2, useBias: false }), tf.layers.dense({ units: 1, useBias: false })] });
    tf.tidy(() => {
      model.layers[0]!.setWeights([
        tf.tensor2d([
          [1, 1],
          [-1, 1],
        ]),
      ]);
      model.layers[1]!.setWeights([tf.tensor2d([[1], [1]])]);
    });
    const x = tf.tensor2d([[1, 1]]);
    const before = tf.memory().numTensors;
    const e = await xai.explain(model, x, { method: "epsilon", epsilon: 0, layers: true });
    assert.deepEqual(Array.from(await e.relevance.data()), [1, 1], "x_i w_i1 R_1 / z_1 = 1·1·2/2 for both inputs");
    assert.deepEqual(e.relevanceSum, [2]);
    e.dispose();
    assert.equal(tf.memory().numTensors, before);
    x.dispose();
    model.dispose();
  });
});

describe("errors as one clear message", () => {
  test("an XaiError prints as its name, message and hint; the stack only with XAI_LAB_DEBUG=1", () => {
    const e = new xai.XaiError("input big.json is larger than the 256 MB xai-lab reads", { hint: "split the samples over several files" });
    const saved = process.env["XAI_LAB_DEBUG"];
    try {
      delete process.env["XAI_LAB_DEBUG"];
      assert.equal(inspect(e), "XaiError: input big.json is larger than the 256 MB xai-lab reads\n  hint: split the samples over several files");
      process.env["XAI_LAB_DEBUG"] = "1";
      assert.match(inspect(e), /^XaiError: input big\.json[^\n]*\n\s+at .*\n[\s\S]*\n  hint: split the samples/);
    } finally {
      if (saved === undefined) delete process.env["XAI_LAB_DEBUG"];
      else process.env["XAI_LAB_DEBUG"] = saved;
    }
  });
});

function outFile(c: Case): string {
  return `out-${CASES.indexOf(c)}.json`;
}

/** The model variants, inputs and outside files of the cases, in `dir`. */
function writeFixtures(dir: string): void {
  fs.writeFileSync(path.join(dir, SECRET), Buffer.alloc(SECRET_BYTES, 7));
  variant(dir, "outside", manifestPath(`../${SECRET}`));
  variant(dir, "passwd", manifestPath("../../../../../../../../etc/passwd"));
  variant(dir, "absolute", manifestPath("/etc/passwd"));
  variant(dir, "link", manifestPath("link.bin"));
  fs.symlinkSync(path.join("..", SECRET), path.join(dir, "link", "link.bin"));
  variant(dir, "nothing", manifestPath("../nothing-here.bin"));
  variant(dir, "dot", manifestPath("."));
  variant(dir, "number", manifestPath(42));
  variant(dir, "twice", (j) => void (j.weightsManifest[0]!.weights[2]!.name = "hidden/kernel"));
  variant(dir, "shape", (j) => void (j.weightsManifest[0]!.weights[0]!.shape = [4, -3]));
  variant(dir, "manifest", (j) => void ((j as unknown as Record<string, unknown>)["weightsManifest"] = j.weightsManifest[0]));
  variant(dir, "bomb", (j) => void (j.modelTopology.config.layers[0]!.config["units"] = 6e7));
  variant(dir, "bomb-defaults", (j) => {
    const config = j.modelTopology.config.layers[0]!.config;
    config["units"] = 4e8;
    delete config["kernel_initializer"];
    delete config["bias_initializer"];
  });
  variant(
    dir,
    "nan",
    () => undefined,
    (b) => b.writeFloatLE(NaN, 5 * 4),
  );
  variant(
    dir,
    "inf",
    () => undefined,
    (b) => b.writeFloatLE(Infinity, (12 + 3 + 6 + 1) * 4),
  );
  const huge = variant(dir, "huge", () => undefined);
  fs.truncateSync(path.join(dir, huge), MAX_MODEL_JSON_BYTES + 1);
  writeTensor(dir, "good.json", [2, 4], [0.5, -1, 2, 0.25, 1, 0, -0.5, 3]);
  writeTensor(
    dir,
    "images.json",
    [2, 4, 4, 3],
    Array.from({ length: 96 }, (_, i) => (i % 7) / 7),
  );
  // Sparse: as large as the limit says, without writing it.
  fs.writeFileSync(path.join(dir, "big.json"), "");
  fs.truncateSync(path.join(dir, "big.json"), MAX_TENSOR_FILE_BYTES + 1);
  fs.writeFileSync(path.join(dir, "giant.png"), headerOnlyPng(16384, 16384));
  fs.writeFileSync(path.join(dir, "wide.png"), Buffer.from(encodePng(new Uint8Array(6 * 4 * 4).fill(90), 6, 4)));
}

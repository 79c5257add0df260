/**
 * `xai-lab explain` on good input: what the command writes is exactly what the library API computes,
 * for every input format (JSON list, base64, PNG) and both output formats (JSON, PNG heatmap).
 * Each test spawns the real executable once; the models are saved once for the whole file.
 */
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { after, before, describe, test } from "node:test";
import * as xai from "xai-lab";
import { decodePng, encodePng, heatmapRow } from "../src/render";
import { BIN, MODELS, ROOT, makeModelDir, runCli, runProcess, writeTensor } from "./fixtures/cliModels";

const tf = xai.tf;

const DENSE_X = [0.5, -1, 2, 0.25, 1, 0, -0.5, 3];
/** 4×4 RGB pixels (0–255) of the PNG test; the alpha channel is 255 and must be dropped. */
const PIXELS = Array.from({ length: 48 }, (_, i) => (i * 37 + 11) % 256);

interface ResultFile {
  method: string;
  backend: string;
  target: number[];
  score: number[];
  relevanceSum: number[];
  output: number[][];
  shape: number[];
  data: number[];
  layers?: { name: string; className: string; kind: string; rule?: string; shape: number[]; total: number[] }[];
}

/** JSON has no −0 (it writes 0), so the API's values are compared with −0 read as 0. */
const plusZero = (v: number): number => v + 0;

describe("xai-lab explain", () => {
  let dir = "";
  let dense: xai.tf.LayersModel;
  let conv: xai.tf.LayersModel;
  let backend = "";

  before(async () => {
    backend = (await xai.ready()).name;
    dir = await makeModelDir();
    dense = await xai.loadModel(path.join(dir, MODELS.dense));
    conv = await xai.loadModel(path.join(dir, MODELS.conv));
    writeTensor(dir, "dense.json", [2, 4], DENSE_X);
    const b64 = Buffer.alloc(4 * DENSE_X.length);
    DENSE_X.forEach((v, i) => b64.writeFloatLE(v, 4 * i));
    writeTensor(dir, "dense64.json", [2, 4], b64.toString("base64"));
    writeTensor(
      dir,
      "images.json",
      [2, 4, 4, 3],
      Array.from({ length: 96 }, (_, i) => ((i * 7) % 17) / 16),
    );
    const rgba = new Uint8Array(64);
    for (let p = 0; p < 16; p++) rgba.set([PIXELS[3 * p]!, PIXELS[3 * p + 1]!, PIXELS[3 * p + 2]!, 255], 4 * p);
    fs.writeFileSync(path.join(dir, "image.png"), encodePng(rgba, 4, 4));
  });

  after(() => {
    dense?.dispose();
    conv?.dispose();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  /** Runs `explain ...args` in the model folder; expects success and returns the JSON written to `out`. */
  async function explainToJson(args: string[], out: string): Promise<ResultFile> {
    const r = await runCli(["explain", ...args, "--out", out], dir);
    assert.equal(r.status, 0, `exit ${r.status}: ${r.stderr}`);
    assert.match(r.stdout, new RegExp(`wrote ${out}`));
    return JSON.parse(fs.readFileSync(path.join(dir, out), "utf8")) as ResultFile;
  }

  /** The result file the API's explanation should give, field for field. */
  async function fromApi(model: xai.tf.LayersModel, x: xai.tf.Tensor, options: xai.ExplainOptions): Promise<ResultFile> {
    const before = tf.memory().numTensors;
    const e = await xai.explain(model, x, options);
    const expected: ResultFile = {
      method: e.method,
      backend,
      target: [...e.target],
      score: [...e.score],
      relevanceSum: [...e.relevanceSum],
      output: e.output.arraySync() as number[][],
      shape: [...e.relevance.shape],
      data: Array.from(e.relevance.dataSync(), plusZero),
    };
    if (options.layers) {
      expected.layers = e.layers!.map((l) => ({
        name: l.name,
        className: l.className,
        kind: l.kind,
        ...(l.rule ? { rule: l.rule } : {}),
        shape: [...l.shape],
        total: l.total.map(plusZero),
      }));
    }
    e.dispose();
    assert.equal(tf.memory().numTensors, before, "the API explanation left tensors behind");
    return expected;
  }

  test("JSON in, JSON out: the file holds exactly what the API computes", async () => {
    const got = await explainToJson(["--model", MODELS.dense, "--input", "dense.json", "--method", "epsilon-plus-flat"], "plain.json");
    const x = tf.tensor2d(DENSE_X, [2, 4]);
    const expected = await fromApi(dense, x, { method: "epsilon-plus-flat" });
    x.dispose();
    assert.deepEqual(got, expected);
    assert.deepEqual(got.target, [1, 0], "without --target each sample's predicted class is explained");
  });

  test("--workers 2 explains the samples on two worker threads and writes exactly what one thread writes", async () => {
    const base = ["--model", MODELS.conv, "--input", "images.json", "--method", "epsilon-gamma-box", "--low", "0", "--high", "1"];
    const pooled = await explainToJson([...base, "--workers", "2"], "pooled.json");
    const one = await explainToJson([...base, "--workers", "1"], "one.json");
    assert.deepEqual(pooled, one);
  });

  test("a base64 input gives the same result as the same values written as a list", async () => {
    const got = await explainToJson(["--model", MODELS.dense, "--input", "dense64.json", "--method=gradient-x-input", "--target", "0"], "b64.json");
    const x = tf.tensor2d(DENSE_X, [2, 4]);
    const expected = await fromApi(dense, x, { method: "gradient-x-input", target: 0 });
    x.dispose();
    assert.deepEqual(got, expected);
  });

  test("--target with one class per sample explains each sample for its own class (simple Taylor at the zero root)", async () => {
    const got = await explainToJson(
      ["--model", MODELS.dense, "--input", "dense.json", "--method", "taylor", "--root", "zero", "--target", "0,1"],
      "targets.json",
    );
    const x = tf.tensor2d(DENSE_X, [2, 4]);
    const expected = await fromApi(dense, x, { method: "taylor", root: "zero", target: [0, 1] });
    x.dispose();
    assert.deepEqual(got.target, [0, 1]);
    assert.deepEqual(got, expected);
  });

  test("--layers adds the relevance total reaching every layer, input first", async () => {
    const args = ["--model", MODELS.dense, "--input", "dense.json", "--method", "epsilon", "--epsilon", "0.01", "--zero-bias", "--layers", "--target", "1"];
    const got = await explainToJson(args, "layers.json");
    const x = tf.tensor2d(DENSE_X, [2, 4]);
    const expected = await fromApi(dense, x, { method: "epsilon", epsilon: 0.01, zeroBias: true, layers: true, target: 1 });
    x.dispose();
    assert.deepEqual(got, expected);
    const layers = got.layers!;
    assert.deepEqual(
      layers.map((l) => [l.name, l.kind, l.shape]),
      [
        [layers[0]!.name, "input", [2, 4]],
        ["hidden", "dense", [2, 3]],
        ["hidden/relu", "activation", [2, 3]],
        ["logits", "dense", [2, 2]],
      ],
    );
    assert.deepEqual(layers[0]!.total, got.relevanceSum, "the input layer's total is the relevance sum");
    layers[3]!.total.forEach((t, i) => assert.equal(t, got.score[i], "relevance starts as the explained logit"));
  });

  test("a PNG input is one RGB sample with values in [0, 1] (the box rule's bounds)", async () => {
    const got = await explainToJson(["--model", MODELS.conv, "--input", "image.png", "--method", "dtd-zb", "--low", "0", "--high", "1"], "png-in.json");
    const x = tf.tensor(
      Float32Array.from(PIXELS, (v) => v / 255),
      [1, 4, 4, 3],
    );
    const expected = await fromApi(conv, x, { method: "dtd-zb", low: 0, high: 1 });
    x.dispose();
    assert.deepEqual(got.shape, [1, 4, 4, 3]);
    assert.deepEqual(got, expected);
  });

  test("a PNG output is a valid PNG holding one heatmap per sample, side by side", async () => {
    const args = [
      "--model",
      MODELS.conv,
      "--input",
      "images.json",
      "--method",
      "epsilon-gamma-box",
      "--gamma",
      "0.5",
      "--low",
      "0",
      "--high",
      "1",
      "--out",
      "heat.png",
    ];
    const r = await runCli(["explain", ...args], dir);
    assert.equal(r.status, 0, r.stderr);
    const bytes = fs.readFileSync(path.join(dir, "heat.png"));
    assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], "the PNG signature");
    const png = decodePng(bytes);
    // Two 4×4 images, each enlarged 28× (to 112 pixels, render's default), 2 pixels apart.
    assert.deepEqual([png.width, png.height], [2 * 112 + 2, 112]);

    const json = JSON.parse(fs.readFileSync(path.join(dir, "images.json"), "utf8")) as { data: number[] };
    const x = tf.tensor(json.data, [2, 4, 4, 3]);
    const e = await xai.explain(conv, x, { method: "epsilon-gamma-box", gamma: 0.5, low: 0, high: 1 });
    const image = heatmapRow(e.relevance.dataSync(), e.relevance.shape);
    e.dispose();
    x.dispose();
    assert.ok(bytes.equals(encodePng(image.rgba, image.width, image.height)), "the heatmap of the API's relevance");
  });

  test("without --out a short summary goes to stdout", async () => {
    const r = await runCli(["explain", "--model", MODELS.dense, "--input", "dense.json", "--method", "alpha2beta1", "--alpha", "1.5", "--beta", "0.5"], dir);
    assert.equal(r.status, 0, r.stderr);
    const x = tf.tensor2d(DENSE_X, [2, 4]);
    const e = await fromApi(dense, x, { method: "alpha2beta1", alpha: 1.5, beta: 0.5 });
    x.dispose();
    const lines = r.stdout.trimEnd().split("\n");
    assert.equal(lines[0], `method alpha2beta1 on ${backend}: 2 samples, relevance of shape [2, 4]`);
    e.target.forEach((t, i) => {
      assert.equal(lines[i + 1], `  sample ${i}: target ${t}, score ${e.score[i]!.toPrecision(6)}, relevance sum ${e.relevanceSum[i]!.toPrecision(6)}`);
    });
    assert.equal(lines.length, 3);
  });

  test("--help documents every option, every method name and the input formats", async () => {
    const r = await runCli(["explain", "--help"], dir);
    assert.equal(r.status, 0, r.stderr);
    const flags = ["model", "input", "method", "target", "epsilon", "gamma", "alpha", "beta", "low", "high", "zero-bias", "root", "layers", "out", "help"];
    for (const f of flags) assert.match(r.stdout, new RegExp(`--${f}\\b`), `--${f} is documented`);
    for (const m of xai.METHOD_NAMES) assert.match(r.stdout, new RegExp(`^  ${m} `, "m"), `method ${m} is listed`);
    for (const f of ['"shape"', '"data"', '"b64"', "PNG image", "little-endian float32"]) assert.ok(r.stdout.includes(f), `input format ${f} is described`);
    assert.equal(r.stderr, "");
  });

  test("a misspelt flag fails at once, naming the flag it resembles", async () => {
    const r = await runCli(["explain", "--model", MODELS.dense, "--input", "dense.json", "--traget", "1", "--out", "never.json"], dir);
    assert.equal(r.status, 1);
    assert.equal(r.stderr, "xai-lab explain: unknown option --traget (did you mean --target?)\n");
    assert.equal(r.stdout, "");
    assert.ok(!fs.existsSync(path.join(dir, "never.json")));
  });

  test("npx xai-lab explain works from the checkout root, with paths relative to it", async () => {
    assert.ok(fs.existsSync(path.join(ROOT, "node_modules", ".bin", "xai-lab")), "npm linked the workspace bin");
    assert.ok(fs.existsSync(BIN));
    const rel = (f: string): string => path.relative(ROOT, path.join(dir, f));
    const r = await runProcess(
      "npx",
      ["--no-install", "xai-lab", "explain", "--model", rel(MODELS.dense), "--input", rel("dense.json"), "--out", rel("npx.json")],
      ROOT,
    );
    assert.equal(r.status, 0, r.stderr);
    const got = JSON.parse(fs.readFileSync(path.join(dir, "npx.json"), "utf8")) as ResultFile;
    assert.equal(got.method, "epsilon-plus-flat", "the default method");
    assert.deepEqual(got.shape, [2, 4]);
  });
});

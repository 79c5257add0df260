/**
 * `xai-lab evaluate`: its table and JSON are what the library's compareSelectivity computes; bad
 * arguments fail before any work with a message naming the flag, and write no file.
 */
import { after, before, describe, test } from "node:test";
import * as assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as xai from "xai-lab";
import { main } from "../src/cli/main";
import { mnist } from "../src/data";
import { compareSelectivity } from "../src/metrics";
import { images, smallCnn } from "./metrics.fixtures";

const tf = xai.tf;
const BIN = path.resolve(__dirname, "../../bin/xai-lab.js");

/** Runs `xai-lab args` in this process; returns the exit code and what it printed. */
async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const out = process.stdout.write;
  const err = process.stderr.write;
  process.stdout.write = ((chunk: string) => ((stdout += chunk), true)) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string) => ((stderr += chunk), true)) as typeof process.stderr.write;
  try {
    const code = await main(args);
    return { code, stdout, stderr };
  } finally {
    process.stdout.write = out;
    process.stderr.write = err;
  }
}

interface TableFile {
  examples: number;
  patches: number;
  better: string;
  table: { method: string; meanAuc: number; vsRandom: number | null }[];
  results: { method: string; meanAuc: number; curve: number[]; auc: number[] }[];
}

describe("xai-lab evaluate", () => {
  let dir = "";
  let model: xai.tf.LayersModel;
  let xs: xai.tf.Tensor4D;
  let modelPath = "";
  let dataPath = "";

  before(async () => {
    await xai.ready();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "xai-evaluate-"));
    model = smallCnn(9);
    modelPath = await xai.saveModel(model, path.join(dir, "model"));
    xs = images(6, 8, 9);
    dataPath = path.join(dir, "data.json");
    fs.writeFileSync(dataPath, JSON.stringify({ shape: xs.shape, data: Array.from(xs.dataSync()) }));
  });

  after(() => {
    xs?.dispose();
    model?.dispose();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  test("prints a table of AUCs per method plus the random baseline and writes the same numbers as the library", async () => {
    const out = path.join(dir, "table.json");
    const r = await cli([
      "evaluate",
      "--model",
      modelPath,
      "--data",
      dataPath,
      "--methods",
      "gradient,zplus",
      "--patch",
      "2",
      "--count",
      "5",
      "--replace",
      "mean",
      "--out",
      out,
    ]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /pixel-flipping on 5 examples: 2×2 patches \(16 of 16 removed\), most-relevant-first, replaced by mean \(pixel\)/);
    assert.match(r.stdout, /lower is better/);
    assert.match(r.stdout, /^\s+gradient\s+-?\d+\.\d{4}/m);
    assert.match(r.stdout, /^\s+random\s+-?\d+\.\d{4}/m);
    const file = JSON.parse(fs.readFileSync(out, "utf8")) as TableFile;
    assert.deepEqual(
      file.table.map((t) => t.method),
      ["gradient", "zplus", "random"],
    );
    assert.equal(file.examples, 5);
    assert.equal(file.better, "lower");
    const first5 = tf.slice(xs, 0, 5);
    const lib = await compareSelectivity(model, first5, ["gradient", "zplus"], { patch: 2, replace: "mean", recompute: false });
    first5.dispose();
    file.table.forEach((row, i) =>
      assert.ok(Math.abs(row.meanAuc - lib.table[i]!.meanAuc) < 1e-6, `${row.method}: ${row.meanAuc} vs ${lib.table[i]!.meanAuc}`),
    );
    assert.equal(file.results[0]!.curve.length, 17);
    assert.equal(file.results[0]!.auc.length, 5);
  });

  test("--recompute and --order least-relevant-first reach the library and flip which direction is better", async () => {
    const r = await cli([
      "evaluate",
      "--model",
      modelPath,
      "--data",
      dataPath,
      "--methods",
      "epsilon",
      "--patch",
      "4",
      "--order",
      "least-relevant-first",
      "--recompute",
    ]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /least-relevant-first.*relevance recomputed/);
    assert.match(r.stdout, /higher is better/);
  });

  test("the installed executable runs it end to end", () => {
    const out = path.join(dir, "bin.json");
    const r = spawnSync(
      process.execPath,
      [BIN, "evaluate", "--model", modelPath, "--data", dataPath, "--methods", "sensitivity", "--patch", "4", "--out", out],
      { encoding: "utf8" },
    );
    assert.equal(r.status, 0, r.stderr);
    assert.ok(fs.existsSync(out));
  });

  test("--help documents the options, the data formats and the output", async () => {
    const r = await cli(["evaluate", "--help"]);
    assert.equal(r.code, 0);
    for (const flag of ["--model", "--data", "--methods", "--patch", "--count", "--order", "--replace", "--recompute", "--out", "mnist"])
      assert.ok(r.stdout.includes(flag), flag);
  });

  test("bad arguments fail with exit code 1, a message naming the problem, and no output file", async () => {
    const out = path.join(dir, "never.json");
    const base = ["evaluate", "--model", modelPath, "--data", dataPath, "--out", out];
    const cases: [string[], RegExp][] = [
      [["evaluate", "--data", dataPath], /--model is required/],
      [["evaluate", "--model", modelPath], /--data is required/],
      [[...base, "--methods", "zplus,nonsense"], /unknown method 'nonsense'/],
      [[...base, "--patch", "3"], /patch 3×3 does not divide the input 8×8/],
      [[...base, "--patch", "9"], /larger than the input/],
      [[...base, "--count", "0"], /--count must be a positive integer/],
      [[...base, "--replace", "noise"], /--replace must be a number, mean or blur/],
      [[...base, "--order", "random"], /--order must be one of/],
      [["evaluate", "--model", modelPath, "--data", path.join(dir, "missing.json")], /not found/],
      [["evaluate", "--model", modelPath, "--data", dataPath, "--out", path.join(dir, "table.csv")], /must end in \.json/],
    ];
    for (const [args, pattern] of cases) {
      const r = await cli(args);
      assert.equal(r.code, 1, `${args.join(" ")}: ${r.stdout}`);
      assert.match(r.stderr, pattern);
    }
    assert.ok(!fs.existsSync(out));
  });

  test("--data mnist evaluates the first bundled test digits, as the library does on the same digits", async () => {
    const mnistModel = smallCnn(10, { size: 28, classes: 10 });
    const mnistPath = await xai.saveModel(mnistModel, path.join(dir, "mnist-model"));
    const out = path.join(dir, "mnist.json");
    const r = await cli(["evaluate", "--model", mnistPath, "--data", "mnist", "--count", "3", "--methods", "gradient", "--out", out]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /pixel-flipping on 3 examples: 4×4 patches \(49 of 49 removed\)/);
    const file = JSON.parse(fs.readFileSync(out, "utf8")) as TableFile;
    const { images, labels } = await mnist({ split: "test", count: 3 });
    const lib = await compareSelectivity(mnistModel, images, ["gradient"], { recompute: false });
    tf.dispose([images, labels]);
    assert.ok(Math.abs(file.table[0]!.meanAuc - lib.table[0]!.meanAuc) < 1e-6);
    const wrong = await cli(["evaluate", "--model", modelPath, "--data", "mnist", "--count", "2"]);
    assert.equal(wrong.code, 1);
    assert.match(wrong.stderr, /\[2, 28, 28, 1\] do not match the model input \[N, 8, 8, 1\]/);
    mnistModel.dispose();
  });
});

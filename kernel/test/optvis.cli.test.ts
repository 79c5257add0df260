/**
 * `xai-lab prototype`: the command computes exactly what the library computes with the same settings,
 * fits experts on the bundled MNIST digits, uses the bundled decoder, writes JSON or PNG, and refuses
 * bad arguments with a message naming the flag. Each test spawns the real executable.
 */
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { after, before, describe, test } from "node:test";
import * as xai from "xai-lab";
import * as optvis from "../src/optvis";
import { decodePng } from "../src/render";
import { runCli } from "./fixtures/cliModels";

const tf = xai.tf;

interface PayloadFile {
  kind: string;
  title: string;
  prototypes: {
    target: number;
    score: number;
    probability: number;
    predicted: number;
    logDensity?: number;
    history: number[];
    image: { data: number[]; shape: number[] };
  }[];
  settings: Record<string, unknown>;
}

/** flatten → dense(10) on 28×28×1 digits, fixed weights w_k = sin(0.7 k)·0.05. */
function digitModel(): xai.tf.LayersModel {
  const m = tf.sequential({ layers: [tf.layers.flatten({ inputShape: [28, 28, 1] }), tf.layers.dense({ units: 10, activation: "softmax" })] });
  const values = m.weights.map((w, k) =>
    tf.tensor(
      Float32Array.from({ length: w.shape.reduce((a, b) => a! * b!, 1)! }, (_, i) => Math.sin(0.7 * i + k) * 0.05),
      w.shape as number[],
    ),
  );
  m.setWeights(values);
  tf.dispose(values);
  return m;
}

describe("xai-lab prototype", () => {
  let dir = "";
  let model: xai.tf.LayersModel;

  before(async () => {
    await xai.ready();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "xai-lab-prototype-"));
    model = digitModel();
    await xai.saveModel(model, path.join(dir, "digits"));
  });

  after(() => {
    model?.dispose();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  test("--help documents every option and the variants of AM", async () => {
    const r = await runCli(["prototype", "--help"], dir);
    assert.equal(r.status, 0);
    for (const flag of ["--model", "--target", "--expert", "--decoder", "--lambda", "--steps", "--starts", "--seed", "--near", "--out", "--expert-weight"])
      assert.match(r.stdout, new RegExp(`${flag}\\b`));
    assert.match(r.stdout, /AM in code space/);
    assert.match(r.stdout, /gaussian \(full covariance\), gmm \(diagonal mixture\), rbm/);
  });

  test("--out P.json holds the prototypes the library computes with the same settings", async () => {
    const r = await runCli(
      ["prototype", "--model", "digits/model.json", "--target", "4", "--steps", "6", "--starts", "2", "--seed", "3", "--out", "p.json"],
      dir,
    );
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /2 prototypes of class 4 \(pixels; 6 steps, λ = 0.01, seed 3/);
    const file = JSON.parse(fs.readFileSync(path.join(dir, "p.json"), "utf8")) as PayloadFile;
    assert.equal(file.kind, "prototypes");
    assert.equal(file.prototypes.length, 2);
    const p = await optvis.prototype(model, {
      target: 4,
      objective: optvis.logit(4),
      steps: 6,
      starts: 2,
      seed: 3,
      parameterisation: optvis.pixels({ low: 0, high: 1 }),
      transforms: [optvis.jitter(1)],
    });
    const values = p.images.dataSync();
    file.prototypes.forEach((entry, k) => {
      assert.deepEqual(entry.image.shape, [28, 28, 1]);
      assert.deepEqual(entry.image.data, Array.from(values.slice(k * 784, (k + 1) * 784)));
      assert.equal(entry.target, 4);
      assert.equal(entry.score, p.scores[k]!.logit);
      assert.equal(entry.history.length, 6);
    });
    assert.deepEqual(file.settings["transforms"], [{ kind: "jitter", pixels: 1 }]);
    p.dispose();
  });

  test("--expert fits the expert on the bundled MNIST training digits and reports log p(x)", async () => {
    const r = await runCli(
      ["prototype", "--model", "digits", "--target", "1", "--steps", "4", "--expert", "gmm", "--components", "2", "--data", "60", "--out", "g.json"],
      dir,
    );
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /gmm expert/);
    assert.match(r.stdout, /log p\(x\) -?\d/);
    const file = JSON.parse(fs.readFileSync(path.join(dir, "g.json"), "utf8")) as PayloadFile;
    const expert = file.settings["expert"] as Record<string, unknown>;
    assert.equal(expert["kind"], "gmm");
    assert.equal(expert["components"], 2);
    assert.equal(expert["dim"], 784);
    assert.equal(file.settings["expertWeight"], 0.1);
    assert.equal(typeof file.prototypes[0]!.logDensity, "number");
  });

  test("--decoder mnist-decoder optimises in the bundled decoder's code space and --out P.png draws the row", async () => {
    const r = await runCli(
      ["prototype", "--model", "digits", "--target", "7", "--steps", "5", "--starts", "3", "--decoder", "mnist-decoder", "--out", "p.png"],
      dir,
    );
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /3 prototypes of class 7 \(code space;/);
    const png = decodePng(fs.readFileSync(path.join(dir, "p.png")));
    assert.ok(png.width > 3 * png.height, `a row of three images: ${png.width}×${png.height}`);
  });

  test("bad arguments fail before any work, with a message naming the flag", async () => {
    const cases: [string[], RegExp][] = [
      [["--model", "digits"], /--target is required/],
      [["--model", "digits", "--target", "1", "--components", "3"], /--components applies to --expert gmm only/],
      [["--model", "digits", "--target", "1", "--expert", "pca"], /--expert must be one of gaussian, gmm, rbm/],
      [["--model", "digits", "--target", "1", "--out", "p.txt"], /must end in .json or .png/],
      [["--model", "nowhere", "--target", "1"], /--model nowhere: no such file/],
      [["--model", "digits", "--target", "12", "--steps", "1"], /target 12 is out of range: the model has 10 classes/],
    ];
    for (const [args, message] of cases) {
      const r = await runCli(["prototype", ...args], dir);
      assert.notEqual(r.status, 0, args.join(" "));
      assert.match(r.stderr, message);
    }
  });
});

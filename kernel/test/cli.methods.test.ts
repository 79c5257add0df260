/**
 * `xai-lab explain` with the methods and options beyond LRP: guided backprop, the deconvnet, SmoothGrad,
 * integrated gradients and occlusion write exactly what the API computes with the same options, and a
 * flag the chosen method does not read is refused with the flags it does read.
 */
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { after, before, describe, test } from "node:test";
import * as xai from "xai-lab";
import { MODELS, makeModelDir, runCli, writeTensor } from "./fixtures/cliModels";

const tf = xai.tf;
const IMAGES = Array.from({ length: 96 }, (_, i) => ((i * 7) % 17) / 16);

describe("xai-lab explain with the gradient family and occlusion", () => {
  let dir = "";
  let conv: xai.tf.LayersModel;

  before(async () => {
    await xai.ready();
    dir = await makeModelDir();
    conv = await xai.loadModel(path.join(dir, MODELS.conv));
    writeTensor(dir, "images.json", [2, 4, 4, 3], IMAGES);
  });

  after(() => {
    conv?.dispose();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  const cases: [string[], xai.ExplainOptions][] = [
    [["--method", "guided-backprop", "--layers"], { method: "guided-backprop", layers: true }],
    [["--method", "deconvnet"], { method: "deconvnet" }],
    [["--method", "smoothgrad", "--noise-level", "0.3", "--samples", "5", "--seed", "7"], { method: "smoothgrad", noiseLevel: 0.3, samples: 5, seed: 7 }],
    [
      ["--method", "integrated-gradients", "--baseline", "0.5", "--steps", "8", "--integration", "riemann-trapezoid"],
      { method: "integrated-gradients", baseline: 0.5, steps: 8, integration: "riemann-trapezoid" },
    ],
    [["--method", "occlusion", "--patch", "2,3", "--stride", "1", "--fill", "0.25"], { method: "occlusion", patch: [2, 3], stride: 1, fill: 0.25 }],
  ];
  for (const [flags, options] of cases) {
    test(`${flags.join(" ")} writes what the API computes`, async () => {
      const out = `${options.method}.json`;
      const r = await runCli(["explain", "--model", MODELS.conv, "--input", "images.json", ...flags, "--target", "2,0", "--out", out], dir);
      assert.equal(r.status, 0, r.stderr);
      const got = JSON.parse(fs.readFileSync(path.join(dir, out), "utf8")) as { data: number[]; relevanceSum: number[]; layers?: unknown[] };
      const x = tf.tensor(IMAGES, [2, 4, 4, 3]);
      const e = await xai.explain(conv, x, { ...options, target: [2, 0] });
      assert.deepEqual(
        got.data,
        Array.from(await e.relevance.data(), (v) => v + 0),
      );
      assert.deepEqual(got.relevanceSum, e.relevanceSum);
      assert.equal(got.layers?.length, e.layers?.length);
      e.dispose();
      x.dispose();
    });
  }

  test("a flag the method does not read is refused, naming the flags it does read", async () => {
    const refused: [string[], RegExp][] = [
      [["--method", "occlusion", "--steps", "3"], /--steps does not apply to method 'occlusion' \(it takes --patch, --stride, --fill\)/],
      [["--method", "zplus", "--seed", "1"], /--seed does not apply to method 'zplus' \(it takes --zero-bias\)/],
      [
        ["--method", "gradient", "--layers"],
        /--layers does not apply to method 'gradient', which has no relevance per layer \(the LRP methods, guided-backprop, deconvnet have it\)/,
      ],
      [
        ["--method", "integrated-gradients", "--integration", "simpson"],
        /option --integration must be one of gauss-legendre, riemann-left, riemann-right, riemann-middle, riemann-trapezoid/,
      ],
    ];
    for (const [flags, message] of refused) {
      const r = await runCli(["explain", "--model", MODELS.conv, "--input", "images.json", ...flags], dir);
      assert.equal(r.status, 1, flags.join(" "));
      assert.match(r.stderr, message);
    }
  });
});

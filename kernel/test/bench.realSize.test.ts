/**
 * The benchmark's real-size rows, run small (32×32 inputs) so that a change of the library's options cannot
 * break `npm run bench` unnoticed: every step has its row, the ratios are taken against the right rows, peak
 * memory is reported, and the zennit anchors (measured at 224×224) are not set beside another input size.
 */
import { test } from "node:test";
import * as assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import * as path from "node:path";

const RUN = path.join(__dirname, "..", "src", "bench", "run.js");
const STEPS = ["gradient", "epsilon-plus-flat", "epsilon-gamma-box", "alpha2beta1", "forward (model.predict)"];

test("the real-size benchmark at 32×32 prints a row per step with ratios to forward and gradient, and the peak memory", () => {
  const args = [RUN, "--only-realsize", "--quick", "--architectures", "mobilenetV2", "--input-size", "32", "--realsize-backends", "wasm"];
  const r = spawnSync(process.execPath, args, { encoding: "utf8", env: { ...process.env, XAI_LAB_BACKEND: "wasm" } });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /## Real-size models \(32×32×3, 1000 classes/);
  const rows = new Map(
    r.stdout
      .split("\n")
      .filter((l) => l.startsWith("| ") && !l.startsWith("| step"))
      .map((l) => l.split("|").map((c) => c.trim()))
      .map((c) => [c[1]!, c] as const),
  );
  for (const step of STEPS) {
    const row = rows.get(step);
    assert.ok(row, `a row for ${step}`);
    const [ms, cpu, perForward, perGradient, zennit] = [row[3], row[4], row[5], row[6], row[7]];
    assert.equal(row[2], "1", "one worker at batch 1");
    assert.ok(Number(ms) > 0 && Number(cpu) >= 0, `${step}: ${ms} ms, ${cpu} CPU ms`);
    // Each ratio is this row's ms over the forward or gradient row's ms (printed rounded to whole ms, hence the interval).
    const within = (ratio: string, over: number): boolean => {
      const [low, high] = [(Number(ms) - 0.5) / (over + 0.5), (Number(ms) + 0.5) / (over - 0.5)];
      return Number(ratio) >= low - 0.005 && Number(ratio) <= high + 0.005;
    };
    assert.ok(within(perForward!, Number(rows.get("forward (model.predict)")![3])), `${step} × forward: ${perForward}`);
    assert.ok(within(perGradient!, Number(rows.get("gradient")![3])), `${step} × gradient: ${perGradient}`);
    assert.equal(zennit, "", "no 224×224 anchor beside a 32×32 row");
  }
  assert.equal(rows.get("gradient")![6], "1.00");
  const memory = /process RSS (\d+) MiB, tfjs tensors (\d+) MiB; the weights are (\d+) MiB/.exec(r.stdout);
  assert.ok(memory, "the peak memory line");
  assert.ok(Number(memory[1]) >= Number(memory[3]) && Number(memory[3]) > 0, "the process holds at least the weights");
});

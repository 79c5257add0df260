/**
 * The xai-lab kernel in a long, rough session, driven over the Jupyter protocol by jupyter_client: a
 * stream of 1,000 cells of output, promises rejected with nobody awaiting them, exceptions thrown in
 * timers, and interrupts of long work. The kernel must report each failure (in the cell, or on its stderr
 * and in the next cell), never end, stop interrupted work at its next step boundary, and keep the
 * variables of earlier cells (and those the interrupted cell had assigned). One kernel start for all.
 *
 *   node --test test/kernel.survival.test.mjs        (after npm run build)
 */
import { before, after, test } from "node:test";
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { PYTHON, ROOT, installKernel, jupyterEnv, jupyterMissing, run, tempDir } from "./support/jupyter.mjs";

const STREAM = 1000;

/** Each cell: its name, then the code or a cell object for kernel_session.py. */
const CELLS = [
  [
    "setup",
    `import * as xai from "xai-lab";
const tf = xai.tf;
await xai.ready();
const model = tf.sequential({ layers: [
  tf.layers.conv2d({ inputShape: [28, 28, 1], filters: 4, kernelSize: 3, activation: "relu", kernelInitializer: tf.initializers.glorotUniform({ seed: 1 }) }),
  tf.layers.flatten(),
  tf.layers.dense({ units: 3, kernelInitializer: tf.initializers.glorotUniform({ seed: 2 }) }),
] });
const xs = tf.randomUniform([32, 28, 28, 1], 0, 1, "float32", 3);
const baseline = tf.memory().numTensors;
baseline > 0`,
  ],
  ["stream", { code: 'console.log("cell output");', repeat: STREAM }],
  ["afterStream", '"still answering after " + process.uptime().toFixed(0) + " s"'],
  // Failures nobody waits for.
  [
    "forgottenAwait",
    `xai.explain(model, xs, { method: "nope" });
await new Promise((resolve) => setTimeout(resolve, 300));
"the cell went on"`,
  ],
  [
    "timerInCell",
    `setTimeout(() => { throw new Error("thrown in a timer during the cell"); }, 20);
await new Promise((resolve) => setTimeout(resolve, 300));
"survived"`,
  ],
  ["timerLater", 'setTimeout(() => { throw new Error("thrown in a timer between cells"); }, 50);'],
  ["nextAfterTimer", { code: '"alive"', sleep_before: 1.0 }],
  ["rejectLater", 'Promise.reject(new Error("rejected and left alone"));'],
  ["nextAfterReject", { code: '"alive again"', sleep_before: 0.5 }],
  // Errors as one message.
  ["xaiError", 'await xai.explain(model, xs, { method: "nope" });'],
  ["typeError", "(undefined as any).foo;"],
  // Interrupts.
  ["kept", "const kept = 42;"],
  [
    "flipping",
    {
      code: `let steps = 0;
const early = 7;
const curve = await xai.metrics.pixelFlipping(model, xs, "zplus", { patch: 1, batchSize: 4, onProgress: () => {
  steps++;
  if (steps === 1) console.log("pixel-flipping started");
} });`,
      interrupt_on_output: true,
    },
  ],
  [
    "afterFlipping",
    `const stepsThen = steps;
await new Promise((resolve) => setTimeout(resolve, 1500));
JSON.stringify([kept + early, steps - stepsThen])`,
  ],
  ["lostVariable", "curve;"],
  [
    "prototype",
    {
      code: `const protos = await xai.prototype(model, { target: 0, steps: 100000, onProgress: (step) => { if (step === 0) console.log("ascending"); } });`,
      interrupt_on_output: true,
    },
  ],
  [
    "ownLoop",
    {
      code: `for (let i = 0; ; i++) {
  if (i === 0) console.log("looping");
  await xai.checkpoint("my loop");
}`,
      interrupt_on_output: true,
    },
  ],
  ["neverSettles", { code: 'console.log("waiting");\nawait new Promise(() => {});', interrupt_on_output: true }],
  ["leaks", "tf.memory().numTensors - baseline"],
];

let session = null;
let kernelStderr = "";
let skipped = null;
let dataDir = null;
let folder = null;

before(
  async () => {
    skipped = jupyterMissing();
    if (skipped) {
      if (process.env.XAI_LAB_SKIP_JUPYTER === "1") return;
      throw new Error(skipped);
    }
    dataDir = await installKernel();
    folder = tempDir("survival");
    const request = JSON.stringify({ kernel: "xai-lab", cwd: folder, cells: CELLS.map(([, cell]) => cell), timeout: 240 });
    const r = await run(PYTHON, [path.join(ROOT, "test", "support", "kernel_session.py")], { env: jupyterEnv(dataDir), input: request });
    assert.equal(r.code, 0, `the kernel session failed:\n${r.stderr.slice(-4000)}`);
    const result = JSON.parse(r.stdout);
    session = Object.fromEntries(result.cells.map((c, i) => [CELLS[i][0], c]));
    kernelStderr = r.stderr;
  },
  { timeout: 600_000 },
);

after(() => {
  for (const dir of [dataDir, folder]) if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

function kernelTest(name, body) {
  test(name, (t) => {
    if (skipped) return t.skip(skipped);
    body(session);
  });
}

const streams = (cell, name) =>
  cell.messages
    .filter((m) => m.msg_type === "stream" && m.content.name === name)
    .map((m) => m.content.text)
    .join("");

function ok(cell) {
  assert.equal(cell.reply.status, "ok", streams(cell, "stderr"));
}

kernelTest(`${STREAM} cells of output sent at once all run, each with its output, reply and idle status`, ({ setup, stream, afterStream }) => {
  ok(setup);
  assert.deepEqual(stream.replies, { ok: STREAM }, stream.errors.join(""));
  assert.equal(stream.idle, STREAM);
  assert.deepEqual(stream.streams, { stdout: STREAM });
  ok(afterStream);
  assert.match(streams(afterStream, "stdout"), /^still answering after \d+ s\n$/);
});

kernelTest("a call left without await that fails is reported in the running cell, which goes on", ({ forgottenAwait }) => {
  ok(forgottenAwait);
  assert.match(
    streams(forgottenAwait, "stderr"),
    /^Unhandled promise rejection \(a call without await, or a promise without \.catch\): XaiError: unknown method 'nope'; known: /,
  );
  assert.equal(streams(forgottenAwait, "stdout"), "the cell went on\n");
});

kernelTest("an exception thrown in a timer is reported in the cell that is running", ({ timerInCell }) => {
  ok(timerInCell);
  assert.equal(streams(timerInCell, "stderr"), "Uncaught exception in a callback (setTimeout, an event handler): Error: thrown in a timer during the cell\n");
  assert.equal(streams(timerInCell, "stdout"), "survived\n");
});

kernelTest("a failure while no cell runs goes to the kernel's stderr and to the top of the next cell", ({ timerLater, nextAfterTimer }) => {
  ok(timerLater);
  ok(nextAfterTimer);
  const report = "Uncaught exception in a callback (setTimeout, an event handler): Error: thrown in a timer between cells";
  assert.equal(streams(nextAfterTimer, "stderr"), `While no cell was running: ${report}\n`);
  assert.equal(streams(nextAfterTimer, "stdout"), "alive\n");
  assert.ok(kernelStderr.includes(report), "on the kernel process's stderr");
});

kernelTest("a promise rejected and left alone is reported once, in its cell or the next", ({ rejectLater, nextAfterReject }) => {
  ok(rejectLater);
  ok(nextAfterReject);
  const both = streams(rejectLater, "stderr") + streams(nextAfterReject, "stderr");
  assert.equal(
    both.match(/Unhandled promise rejection \(a call without await, or a promise without \.catch\): Error: rejected and left alone/g)?.length,
    1,
    both,
  );
  assert.equal(streams(nextAfterReject, "stdout"), "alive again\n");
});

kernelTest("a failing cell prints one message, without xai-lab's internal stack", ({ xaiError, typeError }) => {
  assert.equal(xaiError.reply.status, "error");
  const text = streams(xaiError, "stderr");
  assert.match(text, /^XaiError: unknown method 'nope'; known: gradient, [^\n]*\n$/);
  assert.equal(typeError.reply.status, "error");
  assert.equal(streams(typeError, "stderr"), "TypeError: Cannot read properties of undefined (reading 'foo')\n");
});

kernelTest("an interrupt stops pixel-flipping at its next step boundary, and nothing of it runs afterwards", ({ flipping, afterFlipping }) => {
  assert.equal(flipping.reply.status, "error");
  const text = streams(flipping, "stderr");
  // Had the work not reached a step boundary within the kernel's grace period of 1 s, the cell would say it was left running.
  assert.match(text, /^InterruptedError: pixel-flipping was interrupted\n/);
  assert.doesNotMatch(text, /left running/);
  ok(afterFlipping);
  const [sum, stepsSince] = JSON.parse(streams(afterFlipping, "stdout"));
  assert.equal(stepsSince, 0, "no pixel-flipping step ran after the interrupt");
  assert.equal(sum, 49, "kept (an earlier cell) and early (assigned by the interrupted cell before it stopped) are both usable");
});

kernelTest("a variable the interrupted cell had not assigned yet is reported and unknown to later cells", ({ flipping, lostVariable }) => {
  assert.match(streams(flipping, "stderr"), /Not defined, as the cell stopped before assigning it: curve\n$/);
  assert.equal(lostVariable.reply.status, "error");
  assert.match(streams(lostVariable, "stderr"), /Cannot find name 'curve'/);
});

kernelTest("an interrupt stops activation maximisation and a user's own loop that calls xai.checkpoint()", ({ prototype, ownLoop }) => {
  assert.equal(prototype.reply.status, "error");
  assert.match(streams(prototype, "stderr"), /^InterruptedError: activation maximisation was interrupted\n/);
  assert.equal(ownLoop.reply.status, "error");
  assert.match(streams(ownLoop, "stderr"), /^InterruptedError: my loop was interrupted\n/);
});

kernelTest("work that reaches no step boundary is let go after the grace period, and the kernel answers", ({ neverSettles, leaks }) => {
  assert.equal(neverSettles.reply.status, "error");
  assert.match(streams(neverSettles, "stderr"), /^Interrupted: the cell's work reached no step boundary within 1 s and was left running/);
  ok(leaks);
  assert.equal(streams(leaks, "stdout"), "0\n", "the interrupted work left no tensor behind");
});

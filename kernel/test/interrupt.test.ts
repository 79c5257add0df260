/**
 * Cancelling long work: `interrupt()` stops the work of every interruptible scope opened before it at the
 * next `checkpoint()`, leaves later scopes alone, and reaches work a scope left running un-awaited. Every
 * long loop of the library has a checkpoint at its step boundaries: each stops with an InterruptedError
 * that names it, before its last step, and leaves no tensor behind.
 */
import { test } from "node:test";
import * as assert from "node:assert/strict";
import * as xai from "xai-lab";
import { reportedAs } from "../src/interrupt";
import { trainVae } from "../src/optvis/train/vae";
import { trainModel } from "../src/train/fit";
import { images, smallCnn } from "./metrics.fixtures";
import { strokes, tinyCnn } from "./optvis.fixtures";

const tf = xai.tf;

/** A loop of `steps` checkpoints; resolves with the number of steps it completed. */
async function loop(steps: number, what = "the loop"): Promise<number> {
  for (let k = 0; k < steps; k++) {
    await xai.checkpoint(what);
    await Promise.resolve();
  }
  return steps;
}

/** Asserts that `promise` rejects with an InterruptedError naming `what`. */
async function interrupted(promise: Promise<unknown>, what: RegExp): Promise<void> {
  await assert.rejects(promise, (e: unknown) => {
    assert.ok(e instanceof xai.InterruptedError, `expected an InterruptedError, got ${String(e)}`);
    assert.ok(e instanceof xai.XaiError, "an InterruptedError is an XaiError");
    assert.match(e.message, what);
    return true;
  });
}

test("interrupt() stops the work of open scopes at the next checkpoint; scopes opened later run normally", async () => {
  let done = 0;
  const first = xai.interruptible(async () => {
    for (;;) {
      await xai.checkpoint("the first loop");
      done++;
    }
  });
  while (done < 3) await new Promise((resolve) => setImmediate(resolve));
  assert.equal(xai.interrupt() >= 1, true, "at least the open scope is marked");
  await interrupted(first, /^the first loop was interrupted$/);
  assert.equal(await xai.interruptible(() => loop(5)), 5, "a scope opened after the interrupt is not interrupted");
});

test("work a scope left running un-awaited is interrupted too; work outside any scope never is", async () => {
  let background: Promise<number> | null = null;
  await xai.interruptible(async () => {
    background = loop(1e9, "the background loop");
  });
  const outside = loop(50);
  xai.interrupt();
  await interrupted(background!, /the background loop/);
  assert.equal(await outside, 50);
  assert.equal(xai.isInterrupted(), false);
});

test("a SIGINT handler that calls interrupt() reaches a loop of microtasks, because checkpoints let the event loop turn", async () => {
  const onSignal = (): void => void xai.interrupt();
  process.on("SIGINT", onSignal);
  try {
    const work = xai.interruptible(() => loop(1e8, "the microtask loop"));
    process.kill(process.pid, "SIGINT");
    await interrupted(work, /the microtask loop/);
  } finally {
    process.off("SIGINT", onSignal);
  }
});

test("long work that calls other long work is reported under its own name, whichever inner checkpoint stopped it", async () => {
  const work = xai.interruptible(() => reportedAs("pixel-flipping", () => loop(1000, "explaining")));
  xai.interrupt();
  await interrupted(work, /^pixel-flipping was interrupted$/);
  const other = reportedAs("pixel-flipping", async () => {
    throw new xai.XaiError("a model with no layers");
  });
  await assert.rejects(other, /^XaiError: a model with no layers$/, "other errors pass through unchanged");
});

test("every long loop of the library has a checkpoint: each stops with an InterruptedError naming it and leaks nothing", async () => {
  await xai.ready();
  const cnn = smallCnn(1);
  const proto = tinyCnn();
  const x = images(4, 8, 2);
  const big = images(1, 20, 3);
  const one = images(1, 8, 5);
  const bars = strokes(8);
  const mlp = tf.sequential({ layers: [tf.layers.flatten({ inputShape: [28, 28, 1] }), tf.layers.dense({ units: 10 })] });
  const digits = { images: new Float32Array(8 * 784).fill(0.5), labels: Int32Array.from([0, 1, 2, 3, 4, 5, 6, 7]) };
  const plan = { seed: 1, epochs: 1, batchSize: 4, learningRate: () => 1e-3, maxShift: 0 };
  const cases: [string, () => Promise<unknown>][] = [
    ["pixel-flipping", () => xai.metrics.pixelFlipping(cnn, x, "zplus", { patch: 2 })],
    ["the sliding window", () => xai.tricks.slidingWindow(cnn, big, { stride: 4 })],
    ["the translation trick", () => xai.tricks.translationTrick(cnn, x, { shifts: 1 })],
    ["the translation experiment", () => xai.metrics.translationContinuity(cnn, one, { steps: 3 })],
    ["activation maximisation", () => xai.prototype(proto, { target: 0, steps: 50 })],
    ["training", () => trainModel(mlp, plan, digits, digits, () => undefined)],
    ["training the VAE", () => trainVae(bars, { epochs: 1, batchSize: 4, hidden: 8, codeSize: 2 })],
  ];
  try {
    for (const [what, run] of cases) {
      const before = tf.memory().numTensors;
      // Interrupted before it reaches its first step boundary: only a checkpoint in its loop can stop it.
      const work = xai.interruptible(run);
      xai.interrupt();
      await interrupted(work, new RegExp(`^${what} was interrupted$`));
      assert.equal(tf.memory().numTensors, before, `${what} left tensors behind`);
    }
  } finally {
    tf.dispose([x, big, one, bars]);
    for (const m of [cnn, proto, mlp]) m.dispose();
  }
});

test("an interrupt during pixel-flipping stops it before its last step", async () => {
  await xai.ready();
  const cnn = smallCnn(2);
  const x = images(2, 8, 4);
  const fractions: number[] = [];
  try {
    const before = tf.memory().numTensors;
    const work = xai.interruptible(() =>
      xai.metrics.pixelFlipping(cnn, x, "zplus", {
        patch: 2,
        batchSize: 1,
        onProgress: (f) => {
          fractions.push(f);
          if (fractions.length === 2) xai.interrupt();
        },
      }),
    );
    await interrupted(work, /^pixel-flipping was interrupted$/);
    assert.equal(fractions.length, 2, "no step ran after the interrupt");
    assert.equal(tf.memory().numTensors, before);
  } finally {
    x.dispose();
    cnn.dispose();
  }
});

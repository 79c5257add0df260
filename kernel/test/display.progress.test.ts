/**
 * progress(): one output updated in place (display_data, then update_display_data with the same
 * display_id), sent by the writer of the cell that started it, throttled, and replaced by the result
 * on done(). Also: finding the running kernel's writer in require.cache.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import * as path from "node:path";
import * as xai from "xai-lab";
import { MIME_TYPE } from "../src/protocol";
import { progress } from "../src/display/progress";
import { kernelWriter, setKernelWriterForTesting, type DisplayContent } from "../src/display/tslab";

interface Sent {
  content: DisplayContent;
  update: boolean;
}

function recorder(): { sent: Sent[]; writer: (content: DisplayContent, update: boolean) => void } {
  const sent: Sent[] = [];
  return { sent, writer: (content, update) => sent.push({ content, update }) };
}

function withWriter<T>(writer: ((content: DisplayContent, update: boolean) => void) | null, body: () => T): T {
  setKernelWriterForTesting(writer);
  try {
    return body();
  } finally {
    setKernelWriterForTesting(undefined);
  }
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

test("progress shows one output and updates it in place: display_data first, then update_display_data with the same display_id", async () => {
  const { sent, writer } = recorder();
  const bar = withWriter(writer, () => progress("training"));
  bar.update(0.25, "step 1");
  await sleep(220);
  bar.update(0.5, "step 2");
  bar.done();
  assert.deepEqual(
    sent.map((s) => s.update),
    [false, true, true, true],
  );
  for (const s of sent) assert.equal(s.content.transient.display_id, bar.id);
  assert.match(String(sent[0]!.content.data["text/plain"]), /^training: \[-{30}\] 0%$/);
  assert.match(String(sent[1]!.content.data["text/plain"]), /^training: \[#{8}-{22}\] 25% step 1$/);
  assert.match(String(sent[2]!.content.data["text/html"]), /<progress value="0.500" max="1"/);
  assert.match(String(sent[3]!.content.data["text/plain"]), /training: \[#{30}\] 100% done in \d+\.\d s, step 2/);
});

test("updates faster than five a second are dropped, except that done() always goes out", () => {
  const { sent, writer } = recorder();
  const bar = withWriter(writer, () => progress("fast"));
  for (let i = 1; i <= 100; i++) bar.update(i / 100);
  bar.done();
  assert.deepEqual(
    sent.map((s) => s.update),
    [false, true, true],
    "the first update, then done",
  );
});

test("after done(), updates and a second done() are ignored", () => {
  const { sent, writer } = recorder();
  const bar = withWriter(writer, () => progress("once"));
  bar.done();
  bar.update(0.5);
  bar.done();
  assert.equal(sent.length, 2);
});

test("done(result) replaces the progress output with the result's bundle", async () => {
  const { sent, writer } = recorder();
  const bar = withWriter(writer, () => progress("pixel-flipping"));
  await bar.done({ x: [0, 1, 2], y: [1, 0.5, 0], label: "epsilon" });
  const last = sent[sent.length - 1]!;
  assert.equal(last.update, true);
  assert.equal(last.content.transient.display_id, bar.id);
  assert.deepEqual(Object.keys(last.content.data).sort(), [MIME_TYPE, "image/png", "text/plain"]);
});

test("updates go to the cell that started the work, even when another cell's writer is current", () => {
  const first = recorder();
  const second = recorder();
  const bar = withWriter(first.writer, () => progress("long"));
  withWriter(second.writer, () => bar.done());
  assert.equal(first.sent.length, 2);
  assert.equal(second.sent.length, 0);
});

test("outside a kernel, progress draws nothing while running and done() prints one line", () => {
  const write = process.stdout.write;
  let printed = "";
  process.stdout.write = ((chunk: string) => {
    printed += chunk;
    return true;
  }) as typeof process.stdout.write;
  try {
    withWriter(null, () => {
      const bar = progress("quiet");
      bar.update(0.5, "half");
      assert.equal(printed, "");
      bar.done();
    });
  } finally {
    process.stdout.write = write;
  }
  assert.match(printed, /^quiet: done in \d+\.\d s \(half\)\n$/);
});

test("a fraction that is not a number is an XaiError; fractions outside 0…1 are clamped", () => {
  const { sent, writer } = recorder();
  const bar = withWriter(writer, () => progress("p"));
  assert.throws(
    () => bar.update(NaN),
    (e: Error) => e instanceof xai.XaiError && /needs a fraction from 0 to 1, got number NaN/.test(e.message),
  );
  bar.update(7);
  assert.match(String(sent[1]!.content.data["text/plain"]), /100%/);
  assert.throws(() => progress(3 as unknown as string), /needs a title string/);
});

test("the kernel's writer is tslab's own dist/jupyter.js lastWriteDisplayData, found in require.cache", () => {
  assert.equal(kernelWriter(), null, "outside a kernel there is none");
  const file = require.resolve("tslab/dist/jupyter.js");
  assert.match(file, new RegExp(`tslab\\${path.sep}dist\\${path.sep}jupyter\\.js$`));
  const jupyter = require(file) as { lastWriteDisplayData: unknown };
  assert.equal(kernelWriter(), null, "tslab loaded but no execute request yet");
  const writer = (): void => undefined;
  jupyter.lastWriteDisplayData = writer;
  try {
    assert.equal(kernelWriter(), writer);
  } finally {
    jupyter.lastWriteDisplayData = null;
  }
});

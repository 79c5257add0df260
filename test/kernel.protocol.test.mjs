/**
 * The xai-lab kernel over the Jupyter messaging protocol (jupyter_client under /usr/bin/python3), in a
 * folder outside the workspace, as a user's own notebook folder would be: kernel_info, results as
 * streams, show() as one display_data bundle, a bad object as an error after which the kernel goes on,
 * tslab's type checks, and progress updating one output in place. One kernel start for all of it.
 *
 *   node --test test/kernel.protocol.test.mjs        (after npm run build)
 */
import { before, after, test } from "node:test";
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { PYTHON, ROOT, installKernel, jupyterEnv, jupyterMissing, protocol, run, tempDir } from "./support/jupyter.mjs";

const MIME = protocol.MIME_TYPE;

const CELLS = {
  value: 'import * as xai from "xai-lab";\nconst tf = xai.tf;\n1 + 1',
  print: 'console.log("hello from " + process.version.slice(0, 1));',
  show: `const model = tf.sequential({ layers: [tf.layers.flatten({ inputShape: [4, 4, 1] }), tf.layers.dense({ units: 3, kernelInitializer: tf.initializers.glorotUniform({ seed: 1 }) })] });
const x = tf.randomUniform([1, 4, 4, 1], 0, 1, "float32", 2);
const e = await xai.explain(model, x, { method: "epsilon" });
await xai.show(e, { input: x });`,
  bad: "await xai.show({ foo: 1 } as any);",
  after: '"still running, target " + e.target[0]',
  typeError: 'const n: number = "text";',
  progress: `const bar = xai.progress("work");
for (let i = 1; i <= 3; i++) {
  await new Promise((resolve) => setTimeout(resolve, 250));
  bar.update(i / 3, \`step \${i}\`);
}
await bar.done(e, { input: x });`,
  cleanup: "e.dispose();\ntf.memory().numTensors",
};

let session = null;
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
    folder = tempDir("user-folder");
    const request = JSON.stringify({ kernel: "xai-lab", cwd: folder, cells: Object.values(CELLS), timeout: 180 });
    const r = await run(PYTHON, [path.join(ROOT, "test", "support", "kernel_session.py")], { env: jupyterEnv(dataDir), input: request });
    assert.equal(r.code, 0, `the kernel session failed:\n${r.stderr}`);
    let result;
    try {
      result = JSON.parse(r.stdout);
    } catch (e) {
      const at = Number(/position (\d+)/.exec(e.message)?.[1] ?? 0);
      throw new Error(
        `the kernel session printed no valid JSON (${e.message}); around there: ${JSON.stringify(r.stdout.slice(Math.max(0, at - 300), at + 100))}`,
      );
    }
    const names = Object.keys(CELLS);
    session = { info: result.kernel_info, cells: Object.fromEntries(result.cells.map((c, i) => [names[i], c])) };
  },
  { timeout: 300_000 },
);

after(() => {
  for (const dir of [dataDir, folder]) if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/** A test that needs the kernel session. */
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

kernelTest("kernel_info names tslab, TypeScript and messaging protocol 5", ({ info }) => {
  assert.match(info.protocol_version, /^5\./);
  assert.equal(info.implementation, "tslab");
  assert.equal(info.language_info.name, "typescript");
  assert.equal(info.language_info.file_extension, ".ts");
});

kernelTest("xai-lab imports and type-checks in a folder outside the workspace, and a cell's value comes back as a stream", ({ cells }) => {
  assert.equal(cells.value.reply.status, "ok", streams(cells.value, "stderr"));
  assert.equal(streams(cells.value, "stdout"), "2\n");
  assert.equal(cells.print.reply.status, "ok", streams(cells.print, "stderr"));
  assert.equal(streams(cells.print, "stdout"), "hello from v\n", "process.version type-checks: @types/node is found");
});

kernelTest("show() sends one display_data: the xai-lab payload, a PNG and a text summary, with a display_id", ({ cells }) => {
  const cell = cells.show;
  assert.equal(cell.reply.status, "ok", streams(cell, "stderr"));
  const displays = cell.messages.filter((m) => m.msg_type === "display_data");
  assert.equal(displays.length, 1);
  const { data, transient } = displays[0].content;
  assert.deepEqual(Object.keys(data).sort(), [MIME, "image/png", "text/plain"]);
  const parsed = protocol.parsePayload(data[MIME]);
  assert.ok(parsed.ok, parsed.error);
  assert.equal(parsed.payload.kind, "heatmap");
  assert.equal(transient.display_id, parsed.payload.session.call);
  assert.ok(Buffer.from(data["image/png"], "base64").subarray(1, 4).toString() === "PNG");
  assert.equal(streams(cell, "stdout"), "", "show() returns nothing for tslab to print");
});

kernelTest("showing a bad object is an error naming the problem, and the next cell still runs", ({ cells }) => {
  assert.equal(cells.bad.reply.status, "error");
  assert.match(streams(cells.bad, "stderr"), /XaiError: show\(\) cannot display an object with keys foo/);
  assert.equal(cells.after.reply.status, "ok", streams(cells.after, "stderr"));
  assert.match(streams(cells.after, "stdout"), /still running, target \d/);
});

kernelTest("a type error stops the cell before it runs, as tslab type-checks every cell", ({ cells }) => {
  assert.equal(cells.typeError.reply.status, "error");
  assert.match(streams(cells.typeError, "stderr"), /Type 'string' is not assignable to type 'number'/);
});

kernelTest("progress updates one output in place and done(result) replaces it with the result's bundle", ({ cells }) => {
  const cell = cells.progress;
  assert.equal(cell.reply.status, "ok", streams(cell, "stderr"));
  const first = cell.messages.find((m) => m.msg_type === "display_data");
  assert.ok(first, "the progress output");
  const id = first.content.transient.display_id;
  assert.ok(id);
  const updates = cell.messages.filter((m) => m.msg_type === "update_display_data");
  assert.ok(updates.length >= 3, `${updates.length} updates`);
  for (const u of updates) assert.equal(u.content.transient.display_id, id);
  assert.match(updates[0].content.data["text/plain"], /^work: \[#+-*\] \d+% step 1/);
  assert.ok(MIME in updates[updates.length - 1].content.data, "the last update carries the result");
  assert.equal(cell.messages.filter((m) => m.msg_type === "display_data").length, 1, "no second output");
});

kernelTest("the cells leave only the model's weights and the input behind", ({ cells }) => {
  assert.equal(cells.cleanup.reply.status, "ok", streams(cells.cleanup, "stderr"));
  assert.equal(streams(cells.cleanup, "stdout"), "3\n", "dense kernel, bias and x");
});

/**
 * Backends (design.md: tfjs-node cannot install here, wasm can): ready() picks wasm, XAI_LAB_BACKEND
 * forces one, a failed switch keeps the backend in use, and the same explanation computed on cpu and
 * on wasm agrees. Saving and loading a model preserves its predictions and explanations exactly.
 */
import { test } from "node:test";
import * as assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as xai from "xai-lab";
import { inputFor, relErr, values, zoo } from "./graph.fixtures";

const tf = xai.tf;
const LIBRARY = path.resolve(__dirname, "../src/index.js");

/** Runs `body` (JavaScript, with `xai` bound to the library) in a fresh node process; returns its JSON output. */
function child(body: string, env: Record<string, string | undefined>): { ok: true; value: unknown } | { ok: false; error: string } {
  const script = `const xai = require(${JSON.stringify(LIBRARY)});
(async () => { ${body} })().then((v) => console.log(JSON.stringify({ ok: true, value: v })), (e) => console.log(JSON.stringify({ ok: false, error: e.name + ": " + e.message })));`;
  const childEnv = { ...process.env, ...env };
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete childEnv[k];
  const run = spawnSync(process.execPath, ["-e", script], { env: childEnv, encoding: "utf8", timeout: 60_000 });
  const line = run.stdout.trim().split("\n").pop() ?? "";
  assert.ok(line.startsWith("{"), `child process printed no result: ${run.stdout}\n${run.stderr}`);
  return JSON.parse(line);
}

test("ready() picks wasm here, after trying tfjs-node-gpu and tfjs-node", () => {
  const r = child("const info = await xai.ready(); return { info, backend: xai.tf.getBackend() };", { XAI_LAB_BACKEND: undefined });
  assert.ok(r.ok, r.ok ? "" : r.error);
  const { info, backend } = r.value as { info: xai.BackendInfo; backend: string };
  assert.equal(info.name, "wasm");
  assert.equal(backend, "wasm");
  assert.deepEqual(info.tried.map((t) => [t.name, t.ok]), [["tfjs-node-gpu", false], ["tfjs-node", false], ["wasm", true]]);
  assert.match(info.tried[1]!.reason!, /tfjs-node/);
});

test("XAI_LAB_BACKEND=cpu forces the cpu backend, and an unknown name is an XaiError naming it", () => {
  const cpu = child("const info = await xai.ready(); return { name: info.name, backend: xai.tf.getBackend() };", { XAI_LAB_BACKEND: "cpu" });
  assert.ok(cpu.ok, cpu.ok ? "" : cpu.error);
  assert.deepEqual(cpu.value, { name: "cpu", backend: "cpu" });
  const bad = child("return await xai.ready();", { XAI_LAB_BACKEND: "gpu" });
  assert.ok(!bad.ok);
  assert.match(bad.error, /^XaiError: unknown tfjs backend XAI_LAB_BACKEND=gpu; known: tensorflow, wasm, cpu/);
});

test("the same explanation computed on cpu and on wasm agrees to 1e-4 (one process, useBackend)", async () => {
  await xai.ready();
  assert.equal(tf.getBackend(), "wasm");
  const models = zoo();
  const methods: xai.ExplainOptions[] = [
    { method: "epsilon-plus-flat" },
    { method: "zplus", zeroBias: true },
    { method: "alpha2beta1" },
    { method: "epsilon-gamma-box", low: -1, high: 1 },
    { method: "gradient" },
    { method: "taylor" },
  ];
  try {
    for (const { model, name } of models) {
      const ex = await xai.prepare(model);
      const x = inputFor(model, 2, 71);
      for (const options of methods) {
        await xai.useBackend("wasm");
        const onWasm = await ex.explain(x, { ...options, target: 1, layers: options.method !== "gradient" && options.method !== "taylor" });
        await xai.useBackend("cpu");
        const onCpu = await ex.explain(x, { ...options, target: 1, layers: options.method !== "gradient" && options.method !== "taylor" });
        const err = relErr(values(onCpu.relevance), values(onWasm.relevance));
        assert.ok(err < 1e-4, `${name}, ${options.method}: relative error ${err}`);
        assert.ok(relErr(values(onCpu.output), values(onWasm.output)) < 1e-5, `${name}, ${options.method}: logits`);
        onWasm.layers?.forEach((l, k) => assert.ok(relErr(onCpu.layers![k]!.total, l.total) < 1e-4, `${name}, ${options.method}: total at ${l.name}`));
        onWasm.dispose();
        onCpu.dispose();
      }
      x.dispose();
      ex.dispose();
    }
  } finally {
    await xai.useBackend("wasm");
    for (const { model } of models) model.dispose();
  }
});

test("an explanation on cpu in a child process (XAI_LAB_BACKEND=cpu) matches the one on wasm here", async () => {
  await xai.useBackend("wasm");
  const { model } = zoo()[0]!;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "xai-backend-"));
  try {
    const file = await xai.saveModel(model, dir);
    const x = inputFor(model, 2, 72);
    const e = await xai.explain(model, x, { method: "epsilon-plus-flat", target: [3, 7] });
    const body = `const tf = xai.tf;
      const model = await xai.loadModel(${JSON.stringify(file)});
      const x = tf.tensor(${JSON.stringify(values(x))}, ${JSON.stringify(x.shape)});
      const e = await xai.explain(model, x, { method: "epsilon-plus-flat", target: [3, 7] });
      return { backend: tf.getBackend(), relevance: Array.from(e.relevance.dataSync()) };`;
    const r = child(body, { XAI_LAB_BACKEND: "cpu" });
    assert.ok(r.ok, r.ok ? "" : r.error);
    const { backend, relevance } = r.value as { backend: string; relevance: number[] };
    assert.equal(backend, "cpu");
    const err = relErr(relevance, values(e.relevance));
    assert.ok(err < 1e-4, `relative error ${err}`);
    e.dispose();
    x.dispose();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
    model.dispose();
  }
});

test("a failed switch keeps the backend in use: tensorflow is not installed here, 'gpu' is not a backend", async () => {
  await xai.useBackend("wasm");
  await assert.rejects(xai.useBackend("tensorflow"), (e: Error) => e instanceof xai.XaiError && /no tfjs backend could be set \(useBackend\("tensorflow"\)\): tfjs-node-gpu: .*tfjs-node: /.test(e.message));
  await assert.rejects(xai.useBackend("gpu"), (e: Error) => e instanceof xai.XaiError && /unknown tfjs backend useBackend\("gpu"\); known: tensorflow, wasm, cpu/.test(e.message));
  assert.equal(tf.getBackend(), "wasm");
  assert.equal((await xai.ready()).name, "wasm");
  assert.deepEqual(await xai.availableBackends(), ["wasm", "cpu"]);
});

test("saveModel then loadModel preserves weights, predictions and explanations exactly", async () => {
  await xai.useBackend("wasm");
  for (const { model, name } of zoo()) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "xai-roundtrip-"));
    try {
      const loaded = await xai.loadModel(await xai.saveModel(model, dir));
      assert.deepEqual(loaded.layers.map((l) => l.name), model.layers.map((l) => l.name), name);
      assert.deepEqual(loaded.getWeights().map(values), model.getWeights().map(values), `${name}: weights`);
      const x = inputFor(model, 3, 73);
      const a = model.predict(x) as xai.tf.Tensor;
      const b = loaded.predict(x) as xai.tf.Tensor;
      assert.deepEqual(values(b), values(a), `${name}: predictions`);
      const ea = await xai.explain(model, x, { method: "epsilon-plus-flat", layers: true });
      const eb = await xai.explain(loaded, x, { method: "epsilon-plus-flat", layers: true });
      assert.deepEqual(values(eb.relevance), values(ea.relevance), `${name}: relevance`);
      assert.deepEqual(eb.layers!.map((l) => l.name), ea.layers!.map((l) => l.name), `${name}: layer names`);
      tf.dispose([x, a, b]);
      ea.dispose();
      eb.dispose();
      loaded.dispose();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
      model.dispose();
    }
  }
});

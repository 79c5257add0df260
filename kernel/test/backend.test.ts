/**
 * Backends (design.md: tfjs-node cannot install here, wasm can; WebGPU runs on Mesa's lavapipe, a software
 * adapter, where scripts/install-system.sh installed it): ready() picks wasm and passes a software WebGPU
 * adapter over, XAI_LAB_BACKEND forces one (webgpu on lavapipe included), a missing driver is one line of
 * the report and never an error, a failed switch keeps the backend in use, and the same explanation
 * computed on cpu, wasm and webgpu agrees. Saving and loading a model preserves its predictions and
 * explanations exactly.
 */
import { test, type TestContext } from "node:test";
import * as assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as xai from "xai-lab";
import { inputFor, relErr, values, zoo } from "./graph.fixtures";

const tf = xai.tf;
const LIBRARY = path.resolve(__dirname, "../src/index.js");
/** Environment that hides every Vulkan driver from Dawn (the loader finds no ICD). */
const NO_VULKAN_DRIVER = { VK_ICD_FILENAMES: "/nonexistent/icd.json", VK_DRIVER_FILES: "/nonexistent/icd.json", VK_ADD_DRIVER_FILES: undefined };

type ChildResult = ({ ok: true; value: unknown } | { ok: false; error: string }) & { stderr: string };

/** Runs `body` (JavaScript, with `xai` bound to the library) in a fresh node process; returns its JSON output. */
function child(body: string, env: Record<string, string | undefined>): ChildResult {
  const script = `const xai = require(${JSON.stringify(LIBRARY)});
(async () => { ${body} })().then((v) => console.log(JSON.stringify({ ok: true, value: v })), (e) => console.log(JSON.stringify({ ok: false, error: e.name + ": " + e.message })));`;
  const childEnv = { ...process.env, ...env };
  for (const [k, v] of Object.entries(env)) if (v === undefined) delete childEnv[k];
  const run = spawnSync(process.execPath, ["-e", script], { env: childEnv, encoding: "utf8", timeout: 120_000 });
  const line = run.stdout.trim().split("\n").pop() ?? "";
  assert.ok(line.startsWith("{"), `child process printed no result: ${run.stdout}\n${run.stderr}`);
  return { ...JSON.parse(line), stderr: run.stderr };
}

/** Whether a WebGPU adapter exists here; without one the test fails, or skips with XAI_LAB_SKIP_WEBGPU=1. */
async function webgpuHere(t: TestContext): Promise<boolean> {
  if ((await xai.availableBackends()).includes("webgpu")) return true;
  if (process.env["XAI_LAB_SKIP_WEBGPU"] === "1") {
    t.skip("no WebGPU adapter here (XAI_LAB_SKIP_WEBGPU=1)");
    return false;
  }
  assert.fail("no WebGPU adapter here: run scripts/install-system.sh (Mesa 25 lavapipe), or set XAI_LAB_SKIP_WEBGPU=1 to skip");
}

test("ready() picks wasm here, after trying tfjs-node-gpu, webgpu (no hardware adapter) and tfjs-node, each reason on one line", () => {
  const r = child("const info = await xai.ready(); return { info, backend: xai.tf.getBackend(), described: xai.describeBackend() };", {
    XAI_LAB_BACKEND: undefined,
  });
  assert.ok(r.ok, r.ok ? "" : r.error);
  const { info, backend, described } = r.value as { info: xai.BackendInfo; backend: string; described: string };
  assert.equal(info.name, "wasm");
  assert.equal(backend, "wasm");
  assert.equal(described, "wasm");
  assert.equal(info.adapter, undefined);
  assert.deepEqual(
    info.tried.map((t) => [t.name, t.ok]),
    [
      ["tfjs-node-gpu", false],
      ["webgpu", false],
      ["tfjs-node", false],
      ["wasm", true],
    ],
  );
  assert.equal(info.tried[0]!.reason, "@tensorflow/tfjs-node-gpu is not installed");
  assert.match(
    info.tried[1]!.reason!,
    /^(only a software adapter \(.+, software fallback adapter\), slower than wasm; XAI_LAB_BACKEND=webgpu uses it|no WebGPU adapter \(.+\))$/,
  );
  assert.equal(info.tried[2]!.reason, "@tensorflow/tfjs-node is not installed");
  for (const t of info.tried) assert.ok(!t.reason?.includes("\n"), `${t.name}: one line`);
  assert.equal(
    info.summary,
    `wasm; not used: ${info.tried
      .slice(0, 3)
      .map((t) => `${t.name}: ${t.reason}`)
      .join("; ")}`,
  );
  assert.doesNotMatch(r.stderr, /Warning:|Vulkan/, "Dawn's warnings stay in the probe process");
});

test("without a Vulkan driver the webgpu candidate is one line of the report, wasm is used, and forcing webgpu is an XaiError", () => {
  const r = child("const info = await xai.ready(); return info;", { ...NO_VULKAN_DRIVER, XAI_LAB_BACKEND: undefined });
  assert.ok(r.ok, r.ok ? "" : r.error);
  const info = r.value as xai.BackendInfo;
  assert.equal(info.name, "wasm");
  assert.match(info.tried[1]!.reason!, /^no WebGPU adapter \([^\n]*(driver|Vulkan)[^\n]*\)$/i);
  assert.equal(r.stderr, "");
  const forced = child("return await xai.ready();", { ...NO_VULKAN_DRIVER, XAI_LAB_BACKEND: "webgpu" });
  assert.ok(!forced.ok);
  assert.match(forced.error, /^XaiError: no tfjs backend could be set \(XAI_LAB_BACKEND=webgpu\): webgpu: no WebGPU adapter \(/);
});

test("XAI_LAB_BACKEND=webgpu runs on the software adapter, reports it, agrees with wasm, and a synchronous read is an XaiError", async (t) => {
  if (!(await webgpuHere(t))) return;
  // A conv net's input gradient, on wasm then on webgpu in the same process (tensors made on webgpu cannot
  // move to another backend: tfjs would read them synchronously).
  const body = `const tf = xai.tf;
    const info = await xai.ready();
    await xai.useBackend("wasm");
    const model = tf.sequential({ layers: [tf.layers.conv2d({ inputShape: [6, 6, 1], filters: 2, kernelSize: 3, activation: "relu" }), tf.layers.flatten(), tf.layers.dense({ units: 3 })] });
    const x = tf.randomUniform([2, 6, 6, 1], 0, 1, "float32", 5);
    const grad = () => tf.grad((v) => tf.sum(model.apply(v)))(x);
    const onWasm = Array.from(await grad().data());
    await xai.useBackend("webgpu");
    const g = grad();
    let syncRead = "no error";
    try { g.dataSync(); } catch (err) { syncRead = err.name + ": " + err.message; }
    const onGpu = Array.from(await g.data());
    return { info, described: xai.describeBackend(), syncRead, maxTensorBytes: xai.maxTensorBytes(), onGpu, onWasm };`;
  const r = child(body, { XAI_LAB_BACKEND: "webgpu" });
  assert.ok(r.ok, r.ok ? "" : r.error);
  const v = r.value as { info: xai.BackendInfo; described: string; syncRead: string; maxTensorBytes: number; onGpu: number[]; onWasm: number[] };
  assert.equal(v.info.name, "webgpu");
  assert.deepEqual(v.info.tried, [{ name: "webgpu", ok: true }]);
  const a = v.info.adapter!;
  assert.equal(a.fallback, true);
  assert.ok(a.vendor.length > 0 && (a.description + a.device).length > 0, JSON.stringify(a));
  assert.equal(v.described, `webgpu (${a.vendor} ${a.description || a.device}, software fallback adapter)`);
  assert.equal(v.info.summary, v.described);
  assert.match(v.syncRead, /^XaiError: a tensor on the WebGPU backend cannot be read synchronously in Node .*await t\.data\(\)/);
  assert.equal(v.maxTensorBytes, Math.min(a.maxStorageBufferBindingSize, a.maxBufferSize));
  assert.ok(v.onGpu.some((g) => g !== 0));
  assert.ok(relErr(v.onGpu, v.onWasm) < 1e-5, `webgpu against wasm: relative error ${relErr(v.onGpu, v.onWasm)}`);
});

test("XAI_LAB_BACKEND=cpu forces the cpu backend, and an unknown name is an XaiError naming it", () => {
  const cpu = child("const info = await xai.ready(); return { name: info.name, backend: xai.tf.getBackend() };", { XAI_LAB_BACKEND: "cpu" });
  assert.ok(cpu.ok, cpu.ok ? "" : cpu.error);
  assert.deepEqual(cpu.value, { name: "cpu", backend: "cpu" });
  const bad = child("return await xai.ready();", { XAI_LAB_BACKEND: "gpu" });
  assert.ok(!bad.ok);
  assert.match(bad.error, /^XaiError: unknown tfjs backend XAI_LAB_BACKEND=gpu; known: tensorflow, webgpu, wasm, cpu/);
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

test("a failed switch keeps the backend in use: tensorflow is not installed here, 'gpu' is not a backend; webgpu is listed only where an adapter is", async () => {
  await xai.useBackend("wasm");
  await assert.rejects(
    xai.useBackend("tensorflow"),
    (e: Error) => e instanceof xai.XaiError && /no tfjs backend could be set \(useBackend\("tensorflow"\)\): tfjs-node-gpu: .*tfjs-node: /.test(e.message),
  );
  await assert.rejects(
    xai.useBackend("gpu"),
    (e: Error) => e instanceof xai.XaiError && /unknown tfjs backend useBackend\("gpu"\); known: tensorflow, webgpu, wasm, cpu/.test(e.message),
  );
  assert.equal(tf.getBackend(), "wasm");
  assert.equal((await xai.ready()).name, "wasm");
  const available = await xai.availableBackends();
  assert.deepEqual(
    available.filter((b) => b !== "webgpu"),
    ["wasm", "cpu"],
  );
  assert.equal(tf.getBackend(), "wasm", "availableBackends() does not switch");
});

test("saveModel then loadModel preserves weights, predictions and explanations exactly", async () => {
  await xai.useBackend("wasm");
  for (const { model, name } of zoo()) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "xai-roundtrip-"));
    try {
      const loaded = await xai.loadModel(await xai.saveModel(model, dir));
      assert.deepEqual(
        loaded.layers.map((l) => l.name),
        model.layers.map((l) => l.name),
        name,
      );
      assert.deepEqual(loaded.getWeights().map(values), model.getWeights().map(values), `${name}: weights`);
      const x = inputFor(model, 3, 73);
      const a = model.predict(x) as xai.tf.Tensor;
      const b = loaded.predict(x) as xai.tf.Tensor;
      assert.deepEqual(values(b), values(a), `${name}: predictions`);
      const ea = await xai.explain(model, x, { method: "epsilon-plus-flat", layers: true });
      const eb = await xai.explain(loaded, x, { method: "epsilon-plus-flat", layers: true });
      assert.deepEqual(values(eb.relevance), values(ea.relevance), `${name}: relevance`);
      assert.deepEqual(
        eb.layers!.map((l) => l.name),
        ea.layers!.map((l) => l.name),
        `${name}: layer names`,
      );
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

/**
 * xai-lab on TensorFlow.js's WebGPU backend (Dawn; in CI Mesa's lavapipe, a software Vulkan driver):
 * the kernels tfjs-backend-webgpu 4.22 gets wrong on Dawn give the cpu backend's numbers once corrected
 * (backend/webgpuKernels.ts); a batch whose activations exceed the adapter's storage-buffer limit is
 * explained in chunks, with the numbers of its samples explained alone; the weight cache keeps to its
 * byte budget; an input larger than the limit is refused with an XaiError (tfjs would answer with zeros). This file runs on webgpu itself; the rule,
 * equivalence and architecture tests run on webgpu in a second pass (scripts/run-tests.mjs).
 */
import { before, test } from "node:test";
import * as assert from "node:assert/strict";
import * as xai from "xai-lab";

const tf = xai.tf;
// Read by xai.ready() at the first call below: this process runs on webgpu, a software adapter included.
process.env["XAI_LAB_BACKEND"] = "webgpu";
const SKIP = process.env["XAI_LAB_SKIP_WEBGPU"] === "1";

/** Ops whose webgpu kernels failed (int32, rank 5/6), each on a tensor of 72 distinct values. */
const OPS: Record<string, (t: xai.tf.Tensor1D) => xai.tf.Tensor> = {
  "int32 transpose, rank 3": (t) => tf.transpose(tf.cast(t, "int32").reshape([4, 3, 6]), [0, 2, 1]),
  "int32 transpose, rank 4": (t) => tf.transpose(tf.cast(t, "int32").reshape([2, 3, 2, 6]), [0, 3, 1, 2]),
  "transpose of an int32 tensor cast to float32": (t) => tf.transpose(tf.cast(tf.cast(t, "int32"), "float32").reshape([4, 3, 6]), [2, 0, 1]),
  "bool transpose": (t) => tf.cast(tf.transpose(tf.greater(t, 50).reshape([4, 3, 6]), [1, 2, 0]), "float32"),
  "rank-5 product with a short vector": (t) => tf.mul(t.reshape([2, 3, 2, 2, 3]), tf.tensor1d([1, -2, 3])),
  "rank-6 sum with a short vector first": (t) => tf.add(tf.tensor1d([0.5, 2]), t.reshape([3, 1, 2, 3, 2, 2])),
  "rank-6 int32 maximum with a short vector": (t) => tf.maximum(tf.cast(t, "int32").reshape([2, 3, 1, 2, 2, 3]), tf.tensor1d([20, 40, 60], "int32")),
  "rank-6 zero padding": (t) =>
    tf.pad(t.reshape([2, 3, 1, 2, 2, 3]), [
      [0, 0],
      [1, 0],
      [0, 1],
      [0, 0],
      [1, 1],
      [0, 0],
    ]),
  "rank-5 padding with a value": (t) =>
    tf.pad(
      t.reshape([2, 3, 2, 2, 3]),
      [
        [0, 1],
        [0, 0],
        [2, 0],
        [0, 0],
        [1, 1],
      ],
      -1,
    ),
  "rank-5 mirror padding": (t) =>
    tf.mirrorPad(
      t.reshape([2, 3, 2, 2, 3]),
      [
        [0, 0],
        [1, 1],
        [1, 1],
        [0, 0],
        [1, 1],
      ],
      "reflect",
    ),
  "rank-5 strided slice": (t) => tf.stridedSlice(t.reshape([2, 3, 2, 2, 3]), [0, 0, 0, 0, 0], [2, 3, 2, 2, 3], [1, 2, 1, 1, 2]),
  "rank-5 strided slice, negative strides": (t) => tf.stridedSlice(t.reshape([2, 3, 2, 2, 3]), [1, 2, 1, 0, 2], [0, 0, 0, 2, 0], [-1, -2, -1, 1, -1]),
  "int32 segment sums": (t) =>
    tf.unsortedSegmentSum(
      tf.cast(t, "int32"),
      tf.tensor1d(
        Array.from({ length: 72 }, (_, i) => (i * 7) % 5),
        "int32",
      ),
      5,
    ),
  "the sum of 12 tensors (AddN)": (t) => tf.addN(Array.from({ length: 12 }, (_, k) => tf.mul(t, k + 1))),
};

let here = true;

before(async () => {
  const adapter = await xai.findAdapter();
  here = adapter !== null;
  if (!here && !SKIP) assert.fail("no WebGPU adapter here: run scripts/install-system.sh (Mesa 25 lavapipe), or set XAI_LAB_SKIP_WEBGPU=1 to skip");
});

test("this file runs on the webgpu backend", { skip: SKIP && "XAI_LAB_SKIP_WEBGPU=1" }, async (t) => {
  if (!here) return t.skip("no WebGPU adapter");
  assert.equal((await xai.ready()).name, "webgpu");
  assert.match(xai.describeBackend(), /^webgpu \(.+ adapter\)$/);
});

test(
  "the kernels tfjs-backend-webgpu gets wrong on Dawn (int32 transposes, rank 5 and 6, AddN of many) give the cpu backend's numbers, leaking nothing",
  { skip: SKIP && "XAI_LAB_SKIP_WEBGPU=1" },
  async (t) => {
    if (!here) return t.skip("no WebGPU adapter");
    const input = Array.from({ length: 72 }, (_, i) => ((i * 37) % 72) * 1.5 + 1);
    const expected = new Map<string, number[]>();
    await xai.useBackend("cpu");
    for (const [name, op] of Object.entries(OPS)) {
      const y = tf.tidy(() => op(tf.tensor1d(input)));
      expected.set(name, Array.from(await y.data()));
      y.dispose();
    }
    await xai.useBackend("webgpu");
    // Small tensors would run on the CPU (tfjs's forwarding): the shaders are what is tested.
    const forward = tf.env().getBool("WEBGPU_CPU_FORWARD");
    tf.env().set("WEBGPU_CPU_FORWARD", false);
    try {
      const before = { tensors: tf.memory().numTensors, buffers: tf.engine().backend.numDataIds() };
      for (const [name, op] of Object.entries(OPS)) {
        const y = tf.tidy(() => op(tf.tensor1d(input)));
        assert.deepEqual(Array.from(await y.data()), expected.get(name), name);
        y.dispose();
      }
      assert.deepEqual({ tensors: tf.memory().numTensors, buffers: tf.engine().backend.numDataIds() }, before, "no tensor or buffer left behind");
    } finally {
      tf.env().set("WEBGPU_CPU_FORWARD", forward);
    }
  },
);

test(
  "a batch whose activations exceed the adapter's storage-buffer limit is explained in chunks, with the numbers of its samples explained alone",
  { skip: SKIP && "XAI_LAB_SKIP_WEBGPU=1" },
  async (t) => {
    if (!here) return t.skip("no WebGPU adapter");
    await xai.useBackend("webgpu");
    const limit = xai.maxTensorBytes();
    // Zero padding blows an 8×8 map up to 384×384×2 (1.1 MiB a sample) for little arithmetic.
    const perSample = 384 * 384 * 2 * 4;
    const n = Math.ceil(limit / perSample) + 2;
    if (n > 200) return t.skip(`this adapter binds ${limit} bytes at once: a batch over it would be slow to test`);
    const model = tf.sequential({
      layers: [
        tf.layers.conv2d({
          inputShape: [8, 8, 1],
          filters: 2,
          kernelSize: 3,
          padding: "same",
          activation: "relu",
          kernelInitializer: tf.initializers.glorotUniform({ seed: 1 }),
          biasInitializer: "zeros",
        }),
        tf.layers.zeroPadding2d({ padding: 188 }),
        tf.layers.globalAveragePooling2d({}),
        tf.layers.dense({ units: 3, kernelInitializer: tf.initializers.glorotUniform({ seed: 2 }) }),
      ],
    });
    const x = tf.randomUniform([n, 8, 8, 1], 0, 1, "float32", 5);
    assert.ok(n * perSample > limit, "one padded activation of the whole batch is larger than the adapter binds");
    const ex = await xai.prepare(model);
    const e = await ex.explain(x, { method: "zplus", target: 1 });
    const all = await e.relevance.data();
    for (const i of [0, n - 1]) {
      const one = tf.slice(x, [i], [1]);
      const alone = await ex.explain(one, { method: "zplus", target: 1 });
      const got = all.subarray(i * 64, (i + 1) * 64);
      const want = await alone.relevance.data();
      const scale = Math.max(...Array.from(want, Math.abs));
      assert.ok(scale > 0, `sample ${i} has relevance`);
      got.forEach((v, k) => assert.ok(Math.abs(v - want[k]!) <= 1e-5 * scale, `sample ${i}, pixel ${k}: ${v} against ${want[k]}`));
      assert.ok(Math.abs(e.score[i]! - alone.score[0]!) <= 1e-5 * Math.abs(alone.score[0]!), `sample ${i}: logit`);
      alone.dispose();
      one.dispose();
    }
    e.dispose();
    ex.dispose();
    x.dispose();
    model.dispose();
  },
);

test("the weight cache keeps to its byte budget on webgpu too, and evicting changes no number", { skip: SKIP && "XAI_LAB_SKIP_WEBGPU=1" }, async (t) => {
  if (!here) return t.skip("no WebGPU adapter");
  await xai.useBackend("webgpu");
  const model = xai.models.architectures.vgg16({ inputSize: 32, width: 1 / 16, classes: 10, seed: 4 });
  const x = tf.randomUniform([2, 32, 32, 3], 0, 1, "float32", 6);
  const roomy = await xai.prepare(model);
  const tight = await xai.prepare(model, { cacheBytes: 4_000 });
  for (const method of ["epsilon-gamma-box", "alpha2beta1"]) {
    const a = await roomy.explain(x, xai.applicableOptions({ method, low: 0, high: 1, target: 1 }));
    const b = await tight.explain(x, xai.applicableOptions({ method, low: 0, high: 1, target: 1 }));
    assert.deepEqual(await b.relevance.data(), await a.relevance.data(), method);
    a.dispose();
    b.dispose();
  }
  const { bytes, budget, evictions } = tight.cacheStats();
  assert.ok(bytes <= budget && evictions > 0, `${bytes} bytes held, budget ${budget}, ${evictions} evictions`);
  assert.ok(roomy.cacheStats().bytes > budget, "the default budget keeps more");
  roomy.dispose();
  tight.dispose();
  x.dispose();
  model.dispose();
});

test(
  "an input larger than one tensor the adapter can bind is an XaiError that says how to split it, and the backend keeps working",
  { skip: SKIP && "XAI_LAB_SKIP_WEBGPU=1" },
  async (t) => {
    if (!here) return t.skip("no WebGPU adapter");
    await xai.useBackend("webgpu");
    const limit = xai.maxTensorBytes();
    if (limit > 512 * 2 ** 20) return t.skip(`this adapter binds ${limit} bytes at once`);
    const model = tf.sequential({ layers: [tf.layers.dense({ inputShape: [2 ** 16], units: 2 })] });
    const n = Math.floor(limit / 2 ** 18) + 1;
    const x = tf.zeros([n, 2 ** 16]);
    const before = tf.memory().numTensors;
    await assert.rejects(
      xai.explain(model, x, { method: "epsilon" }),
      (e: Error) =>
        e instanceof xai.XaiError &&
        new RegExp(
          `does not fit in one tensor of the webgpu backend \\(at most ${limit / 2 ** 20} MiB\\): explain it in batches of at most ${n - 1} samples`,
        ).test(e.message),
    );
    assert.equal(tf.memory().numTensors, before);
    const small = tf.ones([2, 2 ** 16]);
    const e = await xai.explain(model, small, { method: "gradient", target: 0 });
    assert.equal(e.relevance.shape[0], 2);
    e.dispose();
    tf.dispose([x, small]);
    model.dispose();
  },
);

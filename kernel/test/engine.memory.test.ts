/**
 * Memory at the size users work at: `prepare` borrows the model's weights instead of copying them, the
 * cache of rule-modified weights keeps to its byte budget (evicting without changing any result), a
 * batch that does not fit is explained in chunks with the same result, a sample that can never fit is
 * refused before anything is allocated, and an Explainer disposed while it explains finishes first.
 */
import { test } from "node:test";
import * as assert from "node:assert/strict";
import * as xai from "xai-lab";

const tf = xai.tf;

const METHODS = ["gradient", "epsilon-plus-flat", "epsilon-gamma-box", "alpha2beta1", "zplus"];
const small = (): xai.tf.LayersModel => xai.models.architectures.resnet50({ inputSize: 32, width: 1 / 16, classes: 10, seed: 3 });

test("prepare borrows the weights of a model without batch norms: tf.memory() holds no second copy", async () => {
  const model = xai.models.architectures.vgg16({ inputSize: 32, width: 1 / 8, classes: 10, seed: 1 });
  const before = tf.memory();
  const ex = await xai.prepare(model);
  assert.equal(tf.memory().numBytes, before.numBytes, "no bytes added");
  assert.equal(tf.memory().numTensors, before.numTensors, "no tensors added");
  ex.dispose();
  model.dispose();
});

test("an Explainer keeps explaining after its model is disposed, and retraining the model does not change it", async () => {
  const model = small();
  const x = tf.randomUniform([2, 32, 32, 3], 0, 1, "float32", 5);
  const ex = await xai.prepare(model);
  const first = await ex.explain(x, { method: "epsilon-plus-flat", target: 1 });
  // Retrain: new values for every weight of the model.
  model.setWeights(model.getWeights().map((w) => tf.tidy(() => tf.mul(w, 2))));
  const afterTraining = await ex.explain(x, { method: "epsilon-plus-flat", target: 1 });
  model.dispose();
  const afterDispose = await ex.explain(x, { method: "epsilon-plus-flat", target: 1 });
  const expected = await first.relevance.data();
  assert.deepEqual(await afterTraining.relevance.data(), expected);
  assert.deepEqual(await afterDispose.relevance.data(), expected);
  tf.dispose([first.relevance, first.output, afterTraining.relevance, afterTraining.output, afterDispose.relevance, afterDispose.output, x]);
  ex.dispose();
});

test("a cache budget of 0 evicts every rule-modified weight after each layer, and every method gives bit-identical relevance", async () => {
  const model = small();
  const x = tf.randomUniform([2, 32, 32, 3], 0, 1, "float32", 6);
  const roomy = await xai.prepare(model);
  const tight = await xai.prepare(model, { cacheBytes: 0 });
  for (const method of METHODS) {
    const a = await roomy.explain(x, xai.applicableOptions({ method, low: 0, high: 1 }));
    const b = await tight.explain(x, xai.applicableOptions({ method, low: 0, high: 1 }));
    assert.deepEqual(await b.relevance.data(), await a.relevance.data(), method);
    a.dispose();
    b.dispose();
  }
  const stats = tight.cacheStats();
  assert.equal(stats.budget, 0);
  assert.equal(stats.bytes, 0, "nothing is held between calls");
  assert.ok(stats.evictions > 0, "entries were evicted");
  assert.ok(roomy.cacheStats().bytes > 0, "the default budget keeps them");
  roomy.dispose();
  tight.dispose();
  model.dispose();
  x.dispose();
});

test("the cache holds to its byte budget and evicts the least recently used entries", async () => {
  const model = small();
  const x = tf.randomUniform([1, 32, 32, 3], 0, 1, "float32", 7);
  const ex = await xai.prepare(model, { cacheBytes: 20_000 });
  for (const method of METHODS) (await ex.explain(x, xai.applicableOptions({ method, low: 0, high: 1 }))).dispose();
  const { bytes, budget } = ex.cacheStats();
  assert.ok(bytes <= budget, `${bytes} bytes held, budget ${budget}`);
  ex.dispose();
  model.dispose();
  x.dispose();
});

test("many γ values and batch sizes do not grow the cache: γ-weights are combinations of w and w⁺, the flat rule's map is one sample's", async () => {
  const model = xai.models.architectures.vgg16({ inputSize: 32, width: 1 / 16, classes: 10, seed: 4 });
  const ex = await xai.prepare(model);
  const run = async (gamma: number, n: number): Promise<void> => {
    const x = tf.randomUniform([n, 32, 32, 3], 0, 1, "float32", n);
    (await ex.explain(x, { method: "epsilon-gamma-box", gamma, low: 0, high: 1 })).dispose();
    (await ex.explain(x, { method: "epsilon-plus-flat" })).dispose();
    x.dispose();
  };
  await run(0.25, 1);
  const first = ex.cacheStats();
  for (let k = 1; k <= 20; k++) await run(0.05 * k, 1 + (k % 7));
  assert.deepEqual(ex.cacheStats(), first, "the same entries, the same bytes, nothing evicted");
  ex.dispose();
  model.dispose();
});

test("a batch explained in chunks (a small working-memory budget) equals the batch explained whole, bit for bit", async () => {
  const model = small();
  const x = tf.randomUniform([5, 32, 32, 3], 0, 1, "float32", 8);
  const whole = await xai.prepare(model);
  const chunked = await xai.prepare(model, { workBytes: 1 });
  for (const method of [...METHODS, "gradient-x-input"]) {
    const a = await whole.explain(x, xai.applicableOptions({ method, low: 0, high: 1, target: [0, 1, 2, 3, 4] }));
    const b = await chunked.explain(x, xai.applicableOptions({ method, low: 0, high: 1, target: [0, 1, 2, 3, 4] }));
    assert.deepEqual(await b.relevance.data(), await a.relevance.data(), `${method}: relevance`);
    assert.deepEqual(await b.output.data(), await a.output.data(), `${method}: logits`);
    assert.deepEqual(b.relevanceSum, a.relevanceSum);
    a.dispose();
    b.dispose();
  }
  // Per-layer relevance and predicted targets come through the chunks too.
  const a = await whole.explain(x, { method: "epsilon-plus-flat", layers: true });
  const b = await chunked.explain(x, { method: "epsilon-plus-flat", layers: true });
  assert.deepEqual(b.target, a.target);
  assert.equal(b.layers!.length, a.layers!.length);
  for (let i = 0; i < a.layers!.length; i++) assert.deepEqual(b.layers![i]!.total, a.layers![i]!.total, a.layers![i]!.name);
  a.dispose();
  b.dispose();
  whole.dispose();
  chunked.dispose();
  model.dispose();
  x.dispose();
});

test("a sample that cannot fit is refused with an XaiError that says so, before anything is allocated; the backend keeps working", async () => {
  // One 3×3 convolution to 64 channels of a 4096×4096 image: a 4 GiB activation per sample.
  const huge = tf.sequential({
    layers: [
      tf.layers.conv2d({ inputShape: [4096, 4096, 3], filters: 64, kernelSize: 3, padding: "same" }),
      tf.layers.globalAveragePooling2d({}),
      tf.layers.dense({ units: 2 }),
    ],
  });
  const ex = await xai.prepare(huge);
  const x = tf.zeros([1, 4096, 4096, 3]);
  const before = tf.memory().numTensors;
  await assert.rejects(
    ex.explain(x, { method: "epsilon-plus-flat" }),
    (e: Error) => e instanceof xai.XaiError && /does not fit/.test(e.message) && /GiB/.test(e.message),
  );
  assert.equal(tf.memory().numTensors, before, "no tensor leaked");
  x.dispose();
  ex.dispose();
  huge.dispose();
  // The backend still explains.
  const model = small();
  const y = tf.randomUniform([1, 32, 32, 3], 0, 1, "float32", 9);
  const e = await xai.explain(model, y, { method: "epsilon-plus-flat" });
  assert.ok(Number.isFinite(e.relevanceSum[0]!));
  e.dispose();
  y.dispose();
  model.dispose();
});

test("dispose() while explains are in flight lets them finish, then frees the graph; later calls are refused", async () => {
  const model = small();
  const x = tf.randomUniform([2, 32, 32, 3], 0, 1, "float32", 10);
  const start = tf.memory().numTensors;
  const ex = await xai.prepare(model);
  const running = [ex.explain(x, { method: "epsilon-plus-flat" }), ex.explain(x, { method: "gradient" })];
  ex.dispose();
  const results = await Promise.all(running);
  for (const r of results) assert.ok(Number.isFinite(r.relevanceSum[0]!));
  for (const r of results) r.dispose();
  assert.equal(tf.memory().numTensors, start, "the graph and its cache are freed once the calls are done");
  await assert.rejects(ex.explain(x), /disposed/);
  model.dispose();
  x.dispose();
});

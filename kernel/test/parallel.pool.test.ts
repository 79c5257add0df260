/**
 * The worker pool (parallel/): a batch explained on several worker threads gives bit for bit what one
 * thread gives — for every kind of method, with per-sample seeds, per-layer relevance and predicted
 * targets — leaks nothing in the main thread, stops at once when interrupted, and refuses bad options.
 */
import { after, before, test } from "node:test";
import * as assert from "node:assert/strict";
import * as xai from "xai-lab";

const tf = xai.tf;

let model: xai.tf.LayersModel;
let single: xai.Explainer;
let pooled: xai.Explainer;
let x: xai.tf.Tensor;

before(async () => {
  model = xai.models.architectures.mobilenetV2({ inputSize: 32, width: 1 / 4, classes: 10, seed: 5 });
  single = await xai.prepare(model, { workers: 1 });
  pooled = await xai.prepare(model, { workers: 2 });
  x = tf.randomUniform([5, 32, 32, 3], 0, 1, "float32", 21);
});

after(() => {
  single.dispose();
  pooled.dispose();
  model.dispose();
  x.dispose();
});

const CASES: [string, xai.ExplainOptions][] = [
  ["gradient, predicted targets", { method: "gradient" }],
  ["epsilon-plus-flat, one target per sample", { method: "epsilon-plus-flat", target: [0, 1, 2, 3, 4] }],
  ["epsilon-gamma-box", { method: "epsilon-gamma-box", low: 0, high: 1, target: 2 }],
  ["alpha2beta1 with the relevance at every layer", { method: "alpha2beta1", target: 1, layers: true }],
  ["smoothgrad, whose noise is seeded per sample", { method: "smoothgrad", samples: 4, noiseLevel: 0.1, seed: 3, target: 0 }],
];

for (const [what, options] of CASES) {
  test(`two workers give exactly what one thread gives: ${what}`, async () => {
    const a = await single.explain(x, options);
    const before = tf.memory().numTensors;
    const b = await pooled.explain(x, options);
    assert.deepEqual(await b.relevance.data(), await a.relevance.data(), "relevance");
    assert.deepEqual(await b.output.data(), await a.output.data(), "logits");
    assert.deepEqual(b.target, a.target);
    assert.deepEqual(b.relevanceSum, a.relevanceSum);
    if (options.layers) {
      assert.equal(b.layers!.length, a.layers!.length);
      b.layers!.forEach((l, i) => assert.deepEqual(l.total, a.layers![i]!.total, l.name));
    }
    b.dispose();
    assert.equal(tf.memory().numTensors, before, "the pooled call leaves nothing in the main thread");
    a.dispose();
  });
}

test("an interrupt stops the workers at once with an InterruptedError, and the next call starts them again", async () => {
  const big = tf.randomUniform([16, 32, 32, 3], 0, 1, "float32", 22);
  const running = xai.interruptible(() => pooled.explain(big, { method: "smoothgrad", samples: 64, target: 0 }));
  setTimeout(() => xai.interrupt(), 300);
  await assert.rejects(running, (e: Error) => e instanceof xai.XaiError && /interrupted/.test(e.message));
  const again = await pooled.explain(x, { method: "gradient", target: 1 });
  const reference = await single.explain(x, { method: "gradient", target: 1 });
  assert.deepEqual(await again.relevance.data(), await reference.relevance.data());
  again.dispose();
  reference.dispose();
  big.dispose();
});

test('workers must be "auto" or a whole number ≥ 1, in prepare and in explain', async () => {
  for (const bad of [0, 1.5, -2, "all", null]) {
    await assert.rejects(xai.prepare(model, { workers: bad as never }), (e: Error) => e instanceof xai.XaiError && /workers must be/.test(e.message));
    await assert.rejects(single.explain(x, { workers: bad as never }), (e: Error) => e instanceof xai.XaiError && /workers must be/.test(e.message));
  }
});

test('with "auto", a batch too small to gain stays in this thread', async () => {
  const auto = await xai.prepare(model);
  const e = await auto.explain(tf.zeros([1, 32, 32, 3]), { method: "gradient", target: 0 });
  assert.equal(e.relevance.shape[0], 1);
  e.dispose();
  auto.dispose();
});

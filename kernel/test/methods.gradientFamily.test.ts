/**
 * SmoothGrad, integrated gradients and occlusion against plain Float64 references
 * (helpers/plainGradients.ts) on random MLPs and CNNs; integrated gradients' completeness
 * Σ R ≈ f(x) − f(x̄) and its quadrature rules; occlusion by hand on a linear model; every method of the
 * registry computes the same relevance whole or in chunks (the seam explain.ts chunks along); and bad
 * options are named errors that leave no tensor behind.
 */
import { test } from "node:test";
import * as assert from "node:assert/strict";
import * as xai from "xai-lab";
import { quadrature } from "../src/attribution/method/integratedGradients";
import { noiseSeed } from "../src/attribution/method/smoothgrad";
import { methodNamed } from "../src/attribution/methods";
import { seeded } from "../src/random";
import { assertClose } from "./helpers/close";
import { batchOf, buildNet, setWeights, type BuiltNet } from "./helpers/models";
import { plainBackward, plainIntegratedGradients, plainLogits, plainOcclusion, plainRiemann, plainSmoothGrad } from "./helpers/plainGradients";
import { Random } from "./helpers/random";
import { inputFor, residualCnn, values } from "./graph.fixtures";

const tf = xai.tf;
const rng = new Random(2017);

function mlp(): { net: BuiltNet; shape: number[] } {
  return {
    net: buildNet(
      [5],
      [
        { type: "dense", units: 7, relu: true },
        { type: "dense", units: 6, relu: true },
        { type: "dense", units: 3 },
      ],
      rng,
    ),
    shape: [5],
  };
}
function cnn(): { net: BuiltNet; shape: number[] } {
  const specs = [
    { type: "conv2d", filters: 3, kernel: [3, 3], strides: [1, 1], padding: "same", relu: true },
    { type: "conv2d", filters: 2, kernel: [2, 2], strides: [2, 2], padding: "valid", relu: true },
    { type: "flatten" },
    { type: "dense", units: 4 },
  ] as const;
  return { net: buildNet([6, 6, 2], specs, rng), shape: [6, 6, 2] };
}

/** Explains `xs` with `options` and compares each sample with `reference(sample, target, index)`. */
async function assertMatches(
  net: BuiltNet,
  shape: number[],
  xs: Float64Array[],
  options: xai.ExplainOptions,
  reference: (x: Float64Array, target: number, i: number) => ArrayLike<number>,
  what: string,
  rtol = 1e-4,
): Promise<void> {
  const size = xs[0]!.length;
  const x = batchOf(xs, shape);
  const e = await xai.explain(net.model, x, options);
  const got = values(e.relevance);
  xs.forEach((xn, i) => assertClose(got.slice(i * size, (i + 1) * size), reference(xn, e.target[i]!, i), `${what}, sample ${i}`, rtol));
  e.dispose();
  x.dispose();
}

test("SmoothGrad is the mean gradient over the seeded noisy copies (plain Float64 reference, MLP and CNN)", async () => {
  for (const { net, shape } of [mlp(), cnn()]) {
    const size = shape.reduce((a, b) => a * b, 1);
    const xs = [rng.array(size, 0, 1), rng.array(size, -1, 2), rng.array(size, 0, 1)];
    const options = { method: "smoothgrad", noiseLevel: 0.2, samples: 7, seed: 5, target: [0, 1, 2] };
    await assertMatches(
      net,
      shape,
      xs,
      options,
      (xn, target, i) => {
        const sigma = 0.2 * (Math.max(...xn) - Math.min(...xn));
        const noise = Array.from({ length: 7 }, (_, k) => Float32Array.from(seeded(noiseSeed(5, i, k)).normals(size), (v) => sigma * v));
        return plainSmoothGrad(net.plain, xn, target, noise);
      },
      `smoothgrad on [${shape}]`,
      1e-4,
    );
    net.model.dispose();
  }
});

test("SmoothGrad without noise is the gradient; the seed decides the noise", async () => {
  const { net, shape } = mlp();
  const x = batchOf([rng.array(5, -1, 1), rng.array(5, -1, 1)], shape);
  const grad = await xai.explain(net.model, x, { method: "gradient", target: 1 });
  const quiet = await xai.explain(net.model, x, { method: "smoothgrad", noiseLevel: 0, samples: 3, target: 1 });
  assertClose(values(quiet.relevance), values(grad.relevance), "noiseLevel 0", 1e-6);
  const a = await xai.explain(net.model, x, { method: "smoothgrad", seed: 1, target: 1 });
  const b = await xai.explain(net.model, x, { method: "smoothgrad", seed: 1, target: 1 });
  const c = await xai.explain(net.model, x, { method: "smoothgrad", seed: 2, target: 1 });
  assert.deepEqual(values(a.relevance), values(b.relevance));
  assert.notDeepEqual(values(a.relevance), values(c.relevance));
  tf.dispose([x, grad.relevance, grad.output, quiet.relevance, quiet.output]);
  for (const e of [a, b, c]) e.dispose();
  net.model.dispose();
});

test("integrated gradients equal the plain path integral for each quadrature rule and baseline form", async () => {
  for (const { net, shape } of [mlp(), cnn()]) {
    const size = shape.reduce((a, b) => a * b, 1);
    const xs = [rng.array(size, -1, 1), rng.array(size, -1, 1)];
    const sampleBase = rng.array(size, -0.5, 0.5);
    const perSample = [rng.array(size, -0.5, 0.5), rng.array(size, -0.5, 0.5)];
    const baselines: [string, () => number | xai.tf.Tensor, (i: number) => ArrayLike<number>][] = [
      ["0", () => 0, () => new Float64Array(size)],
      ["0.3", () => 0.3, () => new Float64Array(size).fill(Math.fround(0.3))],
      ["one sample", () => tf.tensor(Float32Array.from(sampleBase), shape), () => sampleBase],
      ["one per sample", () => batchOf(perSample, shape), (i) => perSample[i]!],
    ];
    for (const [label, make, plainBase] of baselines) {
      for (const rule of ["riemann-left", "riemann-right", "riemann-middle", "riemann-trapezoid", "gauss-legendre"] as const) {
        const q = rule === "gauss-legendre" ? quadrature(9, rule) : plainRiemann(9, rule.slice("riemann-".length) as "left");
        const baseline = make();
        await assertMatches(
          net,
          shape,
          xs,
          { method: "integrated-gradients", baseline, steps: 9, integration: rule, target: [2, 0] },
          (xn, target, i) => plainIntegratedGradients(net.plain, xn, plainBase(i), target, q.alphas, q.weights),
          `IG on [${shape}], baseline ${label}, ${rule}`,
        );
        if (baseline instanceof tf.Tensor) baseline.dispose();
      }
    }
    net.model.dispose();
  }
});

test("Gauss–Legendre nodes: the known 3-point rule, and exact for polynomials of degree 2m − 1", () => {
  const { alphas, weights } = quadrature(3, "gauss-legendre");
  const r = Math.sqrt(0.6);
  assertClose(alphas, [(1 - r) / 2, 0.5, (1 + r) / 2], "nodes", 1e-14, 1e-15);
  assertClose(weights, [5 / 18, 8 / 18, 5 / 18], "weights", 1e-14, 1e-15);
  for (const m of [1, 4, 7, 20]) {
    const q = quadrature(m, "gauss-legendre");
    const degree = 2 * m - 1;
    const integral = q.alphas.reduce((s, a, k) => s + q.weights[k]! * a ** degree, 0);
    assertClose([integral], [1 / (degree + 1)], `∫ α^${degree} with ${m} nodes`, 1e-12, 1e-14);
  }
});

test("integrated gradients are complete: Σ R ≈ f(x) − f(baseline) on a CNN with every layer kind", async () => {
  const { model } = residualCnn();
  const ex = await xai.prepare(model);
  const x = inputFor(model, 3, 81, 0, 1);
  const baseline = tf.fill([6, 6, 3], 0.5);
  const e = await ex.explain(x, { method: "integrated-gradients", baseline, steps: 256, target: [0, 1, 3] });
  const atBase = await ex.predict(tf.broadcastTo(baseline, x.shape as number[]));
  const base = values(atBase);
  e.relevanceSum.forEach((sum, i) => {
    const fBase = base[i * 4 + e.target[i]!]!;
    const delta = e.score[i]! - fBase;
    // The quadrature error of a ReLU net's kinked path: 1 % of the function's scale at 256 nodes.
    assert.ok(Math.abs(sum - delta) <= 0.01 * (Math.abs(e.score[i]!) + Math.abs(fBase)) + 1e-4, `sample ${i}: Σ R = ${sum}, f(x) − f(x̄) = ${delta}`);
  });
  tf.dispose([x, baseline, atBase]);
  e.dispose();
  ex.dispose();
  model.dispose();
});

test("occlusion equals the plain sliding patch on images and vectors, with overlaps, strides and uncovered borders", async () => {
  const image = cnn();
  const xs = [rng.array(72, 0, 1), rng.array(72, 0, 1)];
  for (const [patch, stride, fill] of [
    [[2, 3], [2, 1], 0.5],
    [[4, 4], [4, 4], 0],
    [[3, 3], [1, 2], -1],
  ] as [number[], number[], number][]) {
    await assertMatches(
      image.net,
      image.shape,
      xs,
      { method: "occlusion", patch, stride, fill, target: [1, 3] },
      (xn, target) => plainOcclusion(image.net.plain, xn, [6, 6, 2], target, patch as [number, number], stride as [number, number], fill),
      `occlusion patch [${patch}] stride [${stride}] fill ${fill}`,
    );
  }
  image.net.model.dispose();
  // Vectors [N, D]: the patch slides along D; as an image [1, D, 1].
  const vector = mlp();
  const vs = [rng.array(5, -1, 1), rng.array(5, -1, 1)];
  await assertMatches(
    vector.net,
    vector.shape,
    vs,
    { method: "occlusion", patch: 2, stride: 1 },
    (xn, target) => plainOcclusion(vector.net.plain, xn, [1, 5, 1], target, [1, 2], [1, 1], 0),
    "occlusion of vectors",
  );
  vector.net.model.dispose();
});

test("occlusion of single elements by 0 on a linear model is gradient × input (hand-checked)", async () => {
  // f = 2·x1 − x2 + 3·x3 + 1 at x = (1, 2, −1): dropping x_i to 0 loses w_i·x_i = (2, −2, −3).
  const model = tf.sequential({ layers: [tf.layers.dense({ inputShape: [3], units: 1 })] });
  setWeights(model.layers[0]!, [2, -1, 3], [3, 1], [1]);
  const x = tf.tensor2d([[1, 2, -1]]);
  const e = await xai.explain(model, x, { method: "occlusion", patch: 1, target: 0 });
  assert.deepEqual(values(e.relevance), [2, -2, -3]);
  assert.deepEqual(e.score, [-2]);
  e.dispose();
  x.dispose();
  model.dispose();
});

test("every method computes the same relevance for a batch whole or in chunks (the registry's seam)", async () => {
  const { model } = residualCnn();
  const ex = await xai.prepare(model);
  const x = inputFor(model, 3, 82, 0, 1);
  const options: Record<string, xai.ExplainOptions> = {
    smoothgrad: { samples: 5 },
    "integrated-gradients": { steps: 6 },
    "epsilon-gamma-box": { low: 0, high: 1 },
    "dtd-zb": { low: 0, high: 1 },
    dtd: { low: 0, high: 1 },
    lrp: { composite: [{ match: { kind: "any" }, rule: xai.rules.gradient() }] },
  };
  for (const name of xai.METHOD_NAMES) {
    const opts = { method: name, ...options[name] };
    const plan = methodNamed(name).plan(ex.graph, opts);
    plan.checkInput?.(x.shape);
    const whole = await plan.compute({ graph: ex.graph, batch: x, targets: null, offset: 0, layers: false });
    const parts = [];
    for (const [from, to] of [
      [0, 1],
      [1, 3],
    ]) {
      const batch = tf.slice(x, [from], [to - from]);
      parts.push(await plan.compute({ graph: ex.graph, batch, targets: null, offset: from, layers: false }));
      batch.dispose();
    }
    assert.deepEqual(
      parts.flatMap((p) => p.targets),
      whole.targets,
      `${name}: targets`,
    );
    const joined = tf.concat(parts.map((p) => p.relevance));
    assertClose(values(joined), values(whole.relevance), `${name}: relevance in chunks`, 1e-5);
    tf.dispose([joined, whole.relevance, whole.logits, ...parts.flatMap((p) => [p.relevance, p.logits])]);
  }
  x.dispose();
  ex.dispose();
  model.dispose();
});

test("per-sample baselines and root points follow their samples into chunks and worker threads", async () => {
  const { model } = residualCnn();
  const ex = await xai.prepare(model);
  const x = inputFor(model, 4, 83, 0, 1);
  const perSample = inputFor(model, 4, 84, 0, 0.5);
  const cases: xai.ExplainOptions[] = [
    { method: "integrated-gradients", baseline: perSample, steps: 4 },
    { method: "taylor", root: perSample },
    { method: "smoothgrad", samples: 3 },
  ];
  for (const options of cases) {
    const whole = await ex.explain(x, { ...options, target: [0, 1, 2, 3], workers: 1 });
    const chunked = await ex.explain(x, { ...options, target: [0, 1, 2, 3], workers: 1, workBytes: 1 });
    const threads = await ex.explain(x, { ...options, target: [0, 1, 2, 3], workers: 2 });
    assertClose(values(chunked.relevance), values(whole.relevance), `${options.method}: one sample per chunk`, 1e-6);
    assertClose(values(threads.relevance), values(whole.relevance), `${options.method}: two worker threads`, 1e-6);
    for (const e of [whole, chunked, threads]) e.dispose();
  }
  tf.dispose([x, perSample]);
  ex.dispose();
  model.dispose();
});

test("bad options of the new methods are named errors and leave no tensor behind", async () => {
  const { net } = mlp();
  const x = batchOf([rng.array(5, 0, 1)], [5]);
  const before = tf.memory().numTensors;
  const cases: [xai.ExplainOptions, RegExp][] = [
    [{ method: "smoothgrad", noiseLevel: -0.1 }, /noiseLevel must be a finite number ≥ 0, got number -0\.1/],
    [{ method: "smoothgrad", samples: 0 }, /samples must be an integer from 1 to 100000, got number 0/],
    [{ method: "smoothgrad", seed: 0.5 }, /seed must be an integer, got number 0\.5/],
    [{ method: "integrated-gradients", steps: 2.5 }, /steps must be an integer from 1 to 100000, got number 2\.5/],
    [{ method: "integrated-gradients", integration: "simpson" as "gauss-legendre" }, /integration must be one of gauss-legendre, riemann-left/],
    [{ method: "integrated-gradients", integration: "riemann-trapezoid", steps: 1 }, /the trapezoid rule needs steps ≥ 2/],
    [{ method: "integrated-gradients", baseline: Number.NaN }, /baseline must be a finite number or a tensor, got number NaN/],
    [{ method: "occlusion", patch: 6 }, /the patch \[6\] is larger than the input \[5\]/],
    [{ method: "occlusion", stride: [1, 1] }, /stride must be a positive integer or 1 of them \(one per spatial axis\)/],
    [{ method: "occlusion", fill: Number.POSITIVE_INFINITY }, /fill must be a finite number, got number Infinity/],
  ];
  for (const [options, message] of cases) {
    await assert.rejects(xai.explain(net.model, x, options), (e: unknown) => e instanceof xai.XaiError && message.test(e.message), String(message));
  }
  const wrong = tf.zeros([3, 3]);
  await assert.rejects(
    xai.explain(net.model, x, { method: "integrated-gradients", baseline: wrong }),
    /baseline of shape \[3, 3\] fits neither one sample \[5\] nor the batch \[1, 5\]/,
  );
  const nan = tf.fill([5], Number.NaN);
  await assert.rejects(xai.explain(net.model, x, { method: "integrated-gradients", baseline: nan }), /baseline contains NaN or Infinity/);
  tf.dispose([wrong, nan]);
  assert.equal(tf.memory().numTensors, before);
  x.dispose();
  net.model.dispose();
});

test("plain references agree with the engine's own gradient (the references' self-check)", async () => {
  const { net, shape } = cnn();
  const xs = [rng.array(72, -1, 1)];
  await assertMatches(net, shape, xs, { method: "gradient", target: 2 }, (xn, t) => plainBackward(net.plain, xn, t), "gradient");
  const x = batchOf(xs, shape);
  assertClose(values(net.model.predict(x) as xai.tf.Tensor), plainLogits(net.plain, xs[0]!), "logits");
  tf.dispose(x);
  net.model.dispose();
});

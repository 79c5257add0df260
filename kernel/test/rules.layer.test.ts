/**
 * Rules on every layer kind (rules/layer.ts): guided backprop and the deconvnet against plain Float64
 * backward passes and a hand-checked net; the gradient rule on every layer against autodiff; the
 * default table written out as data gives bit for bit what the engine does without it; pass, norm and
 * gradient on an addition by hand; mistakes in a table are named; `rules()` reports what no entry matched.
 */
import { test } from "node:test";
import * as assert from "node:assert/strict";
import * as xai from "xai-lab";
import { assertClose } from "./helpers/close";
import { batchOf, buildNet, setWeights } from "./helpers/models";
import { plainBackward, type ReluBackward } from "./helpers/plainGradients";
import { Random } from "./helpers/random";
import { inputFor, residualCnn, seqCnn, seqCnnLogits, read } from "./graph.fixtures";

const tf = xai.tf;
const rng = new Random(2014);

const METHOD_OF: Record<Exclude<ReluBackward, "gradient">, string> = { guided: "guided-backprop", deconvnet: "deconvnet" };

test("guided backprop and the deconvnet equal plain Float64 backward passes on an MLP and a CNN", async () => {
  const nets = [
    {
      net: buildNet(
        [6],
        [
          { type: "dense", units: 8, relu: true },
          { type: "dense", units: 5, relu: true },
          { type: "dense", units: 3 },
        ],
        rng,
      ),
      shape: [6],
    },
    {
      net: buildNet(
        [6, 6, 2],
        [
          { type: "conv2d", filters: 3, kernel: [3, 3], strides: [1, 1], padding: "same", relu: true },
          { type: "conv2d", filters: 4, kernel: [2, 2], strides: [2, 2], padding: "valid", relu: true },
          { type: "flatten" },
          { type: "dense", units: 6, relu: true },
          { type: "dense", units: 4 },
        ],
        rng,
      ),
      shape: [6, 6, 2],
    },
  ];
  for (const { net, shape } of nets) {
    const size = shape.reduce((a, b) => a * b, 1);
    const xs = [rng.array(size, -1, 1), rng.array(size, -1, 1), rng.array(size, -1, 1)];
    const targets = [0, 2, 1];
    const x = batchOf(xs, shape);
    for (const relu of ["guided", "deconvnet"] as const) {
      const e = await xai.explain(net.model, x, { method: METHOD_OF[relu], target: targets });
      const got = await read(e.relevance);
      xs.forEach((xn, n) =>
        assertClose(
          got.slice(n * size, (n + 1) * size),
          plainBackward(net.plain, xn, targets[n]!, relu),
          `${METHOD_OF[relu]} on [${shape}], sample ${n}`,
          1e-5,
        ),
      );
      e.dispose();
    }
    x.dispose();
    net.model.dispose();
  }
});

test("a layer rule written by hand as a plain object works like the library's (zennit's Pass, Norm, ReLUGuidedBackprop)", async () => {
  const { model } = seqCnnLogits();
  const ex = await xai.prepare(model);
  const x = inputFor(model, 2, 75);
  const mine: Record<string, xai.LayerRule> = {
    pass: { name: "my-pass", epsilon: 1e-6, output: "relevance", backward: "identity", input: "one", params: {} },
    norm: { name: "my-norm", epsilon: 1e-6, output: "normalised", backward: "gradient", input: "x", params: {} },
    guided: { name: "my-guided", epsilon: 1e-6, output: "positive", backward: "gradient", input: "one", params: {} },
  };
  const library = { pass: xai.rules.pass(), norm: xai.rules.norm(), guided: xai.rules.guidedBackprop() };
  const tables = (r: typeof library | typeof mine): xai.Composite => [
    { match: { kind: "batchNorm" }, rule: r.pass },
    { match: { kind: "avgPool2d" }, rule: r.norm },
    { match: { activation: "relu" }, rule: r.guided },
    { match: { kind: "linear" }, rule: xai.rules.zPlus() },
  ];
  const a = await ex.explain(x, { method: "lrp", composite: tables(mine), target: 1 });
  const b = await ex.explain(x, { method: "lrp", composite: tables(library), target: 1 });
  assert.deepEqual(await read(a.relevance), await read(b.relevance));
  assert.deepEqual(
    ex
      .rules({ method: "lrp", composite: tables(mine) })
      .filter((r) => r.rule.startsWith("my-"))
      .map((r) => r.kind),
    ["batchNorm", "avgPool2d", "activation"],
  );
  a.dispose();
  b.dispose();
  x.dispose();
  ex.dispose();
  model.dispose();
});

test("gradient, guided backprop and deconvnet differ where they should (hand-checked)", async () => {
  // x = (1, 2); hidden z = (5, 1, −3) (the third unit is off); f = h1 − h2 + h3 = 4.
  // Signal at the hidden units (1, −1, 1). Gradient: mask (1, 1, 0) → W1·(1, −1, 0) = (2, 1).
  // Guided: positive and active → (1, 0, 0) → (1, 2). Deconvnet: positive only → (1, 0, 1) → (0, 1).
  const model = tf.sequential({
    layers: [tf.layers.dense({ inputShape: [2], units: 3, activation: "relu", useBias: false }), tf.layers.dense({ units: 1, useBias: false })],
  });
  setWeights(model.layers[0]!, [1, -1, -1, 2, 1, -1], [2, 3], null);
  setWeights(model.layers[1]!, [1, -1, 1], [3, 1], null);
  const x = tf.tensor2d([[1, 2]]);
  const expected: Record<string, number[]> = { gradient: [2, 1], "guided-backprop": [1, 2], deconvnet: [0, 1] };
  for (const [method, want] of Object.entries(expected)) {
    const e = await xai.explain(model, x, { method, target: 0 });
    assert.deepEqual(await read(e.relevance), want, method);
    assert.deepEqual(e.score, [4]);
    e.dispose();
  }
  x.dispose();
  model.dispose();
});

test("the gradient rule on every layer kind gives the explained logit times the gradient", async () => {
  for (const { name, model } of [seqCnn(), seqCnnLogits(), residualCnn()]) {
    const ex = await xai.prepare(model);
    const x = inputFor(model, 2, 71);
    const grad = await ex.explain(x, { method: "gradient", target: [1, 2] });
    const e = await ex.explain(x, { method: "lrp", composite: [{ match: { kind: "any" }, rule: xai.rules.gradient() }], target: [1, 2] });
    const size = x.size / 2;
    const g = await read(grad.relevance);
    const expected = g.map((v, i) => v * e.score[Math.floor(i / size)]!);
    assertClose(await read(e.relevance), expected, `${name}: logit × gradient`, 1e-4);
    e.dispose();
    grad.dispose();
    x.dispose();
    ex.dispose();
    model.dispose();
  }
});

test("guided backprop and the deconvnet keep the gradient of activations other than ReLU (as Captum and zennit do)", async () => {
  const model = tf.sequential({
    layers: [
      tf.layers.dense({ inputShape: [5], units: 6, activation: "tanh" }),
      tf.layers.leakyReLU({ alpha: 0.1 }),
      tf.layers.dense({ units: 3, activation: "elu" }),
      tf.layers.dense({ units: 2 }),
    ],
  });
  const x = tf.tensor2d(Array.from(rng.array(15, -1, 1)), [3, 5]);
  const grad = await xai.explain(model, x, { method: "gradient", target: 1 });
  for (const method of ["guided-backprop", "deconvnet"]) {
    const e = await xai.explain(model, x, { method, target: 1 });
    assertClose(await read(e.relevance), await read(grad.relevance), method, 1e-5);
    e.dispose();
  }
  grad.dispose();
  x.dispose();
  model.dispose();
});

test("the default rules written out as a table give bit for bit the relevance of the engine's defaults", async () => {
  for (const { name, model } of [seqCnn(), seqCnnLogits(), residualCnn()]) {
    const ex = await xai.prepare(model);
    const x = inputFor(model, 2, 72, 0, 1);
    for (const method of ["epsilon-plus-flat", "alpha2beta1"]) {
      const named = xai.namedComposite(method);
      const implicit = await ex.explain(x, { method: "lrp", composite: named, layers: true });
      const explicit = await ex.explain(x, { method: "lrp", composite: [...named, ...xai.DEFAULT_RULES], layers: true });
      assert.deepEqual(await read(explicit.relevance), await read(implicit.relevance), `${name}, ${method}`);
      for (const [k, l] of implicit.layers!.entries())
        assert.deepEqual(await read(explicit.layers![k]!.relevance), await read(l.relevance), `${name}, ${method}, at ${l.name}`);
      implicit.dispose();
      explicit.dispose();
    }
    x.dispose();
    ex.dispose();
    model.dispose();
  }
});

test("an addition: norm splits in proportion (default), pass and gradient hand each branch all of it (hand-checked)", async () => {
  // a = 2·x1 + x2 = 5, b = −x1 + x2 = 2, out = a + b = 7 at x = (1, 3).
  const input = tf.input({ shape: [2] });
  const a = tf.layers.dense({ units: 1, useBias: false, name: "branch_a" }).apply(input) as xai.tf.SymbolicTensor;
  const b = tf.layers.dense({ units: 1, useBias: false, name: "branch_b" }).apply(input) as xai.tf.SymbolicTensor;
  const sum = tf.layers.add({ name: "sum" }).apply([a, b]) as xai.tf.SymbolicTensor;
  const model = tf.model({ inputs: input, outputs: sum });
  model.setWeights([tf.tensor2d([[2], [1]]), tf.tensor2d([[-1], [1]])]);
  const x = tf.tensor2d([[1, 3]]);
  const lrp0 = { match: { kind: "linear" }, rule: xai.rules.epsilon({ epsilon: 0 }) } as const;
  const cases: [string, xai.Composite, number, number][] = [
    ["norm (default)", [lrp0], 5, 2],
    ["norm by name", [{ match: { name: "sum" }, rule: xai.rules.norm() }, lrp0], 5, 2],
    ["pass", [{ match: { kind: "add" }, rule: xai.rules.pass() }, lrp0], 7, 7],
    ["gradient", [{ match: { kind: "add" }, rule: xai.rules.gradient() }, lrp0], 7, 7],
  ];
  for (const [label, composite, ra, rb] of cases) {
    const e = await xai.explain(model, x, { method: "lrp", composite, target: 0, layers: true });
    const at = (n: string): Promise<number[]> => read(e.layers!.find((l) => l.name === n)!.relevance);
    assertClose([...(await at("branch_a")), ...(await at("branch_b"))], [ra, rb], label, 1e-6);
    assert.equal(e.layers!.find((l) => l.name === "sum")!.rule, label === "norm (default)" ? undefined : label.split(" ")[0], `${label}: rule shown`);
    e.dispose();
  }
  x.dispose();
  model.dispose();
});

test("mistakes in a table of layer rules are named: a dense/conv rule on a pooling layer, a pass that changes size, an unknown kind or activation", async () => {
  const { model } = seqCnnLogits();
  const x = inputFor(model, 1, 73);
  const before = tf.memory().numTensors;
  const cases: [xai.Composite, RegExp][] = [
    [
      [{ match: { kind: "maxPool2d" }, rule: xai.rules.epsilon() }],
      /dense\/conv rule 'epsilon' to layers of kind 'maxPool2d'; layers without weights take the layer rules rules\.pass\(\)/,
    ],
    [
      [{ match: { kind: "avgPool2d" }, rule: xai.rules.pass() }],
      /composite entry 0 gives rule 'pass' to layer '.*' \(avgPool2d\), whose input \[3, 3, 5\] and output \[2, 2, 5\] differ in size/,
    ],
    [[{ match: { kind: "pool" as "add" }, rule: xai.rules.norm() }], /unknown layer kind 'pool' in composite \(any, linear, conv, dense/],
    [[{ match: { activation: "rellu" }, rule: xai.rules.pass() }], /unknown activation 'rellu' in composite/],
    [[{ match: { activation: "relu" }, rule: xai.rules.zPlus() }], /dense\/conv rule 'zplus' to activation layers/],
  ];
  for (const [composite, message] of cases) {
    await assert.rejects(
      xai.explain(model, x, { method: "lrp", composite }),
      (e: unknown) => e instanceof xai.XaiError && message.test(e.message),
      String(message),
    );
  }
  assert.equal(tf.memory().numTensors, before);
  x.dispose();
  model.dispose();
});

test("rules() reports every dense/conv layer, marks those no entry matched, and the batch norm no layer absorbed", async () => {
  const { model } = seqCnnLogits();
  const ex = await xai.prepare(model);
  const report = ex.rules({ method: "lrp", composite: [{ match: { kind: "conv" }, rule: xai.rules.zPlus() }] });
  assert.deepEqual(
    report.map((r) => [r.kind, r.rule, r.matched]),
    [
      ["conv2d", "zplus", true],
      ["batchNorm", "pass", false],
      ["dense", "lrp-0", false],
      ["dense", "lrp-0", false],
    ],
  );
  assert.match(report[1]!.note!, /a batch norm that no dense\/conv layer absorbed: rule pass/);
  assert.match(report[2]!.note!, /no composite entry matches this layer/);
  assert.equal(ex.rules({ method: "epsilon-plus-flat" }).filter((r) => !r.matched && r.kind !== "batchNorm").length, 0);
  ex.dispose();
  model.dispose();
});

test("lrp-0 is a named composite: LRP-0 on every dense/conv layer", async () => {
  assert.ok(xai.COMPOSITE_NAMES.includes("lrp-0"));
  const { model } = residualCnn();
  const ex = await xai.prepare(model);
  const x = inputFor(model, 2, 74);
  const named = await ex.explain(x, { method: "lrp-0" });
  const table = await ex.explain(x, { method: "lrp", composite: [{ match: { kind: "linear" }, rule: xai.rules.lrp0() }] });
  assert.deepEqual(await read(named.relevance), await read(table.relevance));
  assert.ok(
    ex
      .rules({ method: "lrp-0" })
      .filter((r) => r.kind !== "batchNorm")
      .every((r) => r.rule === "lrp-0" && r.matched),
  );
  named.dispose();
  table.dispose();
  x.dispose();
  ex.dispose();
  model.dispose();
});

/**
 * The standard architectures (models/architectures) as small copies — the same functional graphs as
 * VGG-16, ResNet-50 and MobileNet-v2 at 224×224 (batch norm, Add, depthwise convolutions, ReLU6, zero
 * padding, max and global average pooling), at 32×32 with a fraction of the channels — checked against
 * independent computations: the canonized graph predicts what the model predicts; the engine's own
 * backward pass equals tfjs' autodiff of the model; LRP-0 equals gradient × input wherever the net is
 * piecewise linear; bias-free z⁺ conserves relevance at every layer. Every method leaks no tensor.
 */
import { after, before, describe, test } from "node:test";
import * as assert from "node:assert/strict";
import * as xai from "xai-lab";
import { forward } from "../src/graph/forward";
import { assertClose } from "./helpers/close";

const tf = xai.tf;

interface Case {
  readonly name: string;
  readonly build: (biases?: boolean) => xai.tf.LayersModel;
  /**
   * Inputs for the identities that need a piecewise-linear net are drawn from [0, linearScale): small
   * enough that no ReLU6 saturates (it is constant there, so LRP's pass-through and the gradient part).
   * Random MobileNets amplify activations by about 10³, so their identities use the bias-free copy,
   * which is positively homogeneous, at a tiny input scale.
   */
  readonly linearScale: number;
  readonly linearBiases: boolean;
}

const SMALL = { inputSize: 32, classes: 10, seed: 7 } as const;
const CASES: readonly Case[] = [
  { name: "VGG-16", build: (biases) => xai.models.architectures.vgg16({ ...SMALL, width: 1 / 16, biases }), linearScale: 1, linearBiases: true },
  { name: "ResNet-50", build: (biases) => xai.models.architectures.resnet50({ ...SMALL, width: 1 / 16, biases }), linearScale: 1, linearBiases: true },
  { name: "MobileNet-v2", build: (biases) => xai.models.architectures.mobilenetV2({ ...SMALL, width: 1 / 4, biases }), linearScale: 1e-3, linearBiases: false },
];
const TARGETS = [3, 7];

for (const c of CASES) {
  describe(`the ${c.name} architecture, small copy`, () => {
    let model: xai.tf.LayersModel;
    let explainer: xai.Explainer;
    let x: xai.tf.Tensor;

    before(async () => {
      model = c.build();
      explainer = await xai.prepare(model);
      x = tf.randomUniform([2, 32, 32, 3], 0, 1, "float32", 11);
    });

    after(() => {
      explainer.dispose();
      model.dispose();
      x.dispose();
    });

    test("the canonized graph (batch norms folded, activations split) predicts what the model predicts", async () => {
      const mine = await explainer.predict(x);
      const theirs = model.predict(x) as xai.tf.Tensor;
      assertClose(await mine.data(), await theirs.data(), "logits", 1e-4, 1e-5);
      tf.dispose([mine, theirs]);
    });

    test("the engine's gradient equals tfjs' autodiff of the model itself (on the cpu backend where the engine runs on wasm)", async () => {
      const e = await explainer.explain(x, { method: "gradient", target: TARGETS });
      const mine = await e.relevance.data();
      e.dispose();
      // tfjs' autodiff of a conv layer needs the filter gradient, which the wasm backend lacks. Other
      // backends have it (and a model made on webgpu cannot move to another backend).
      const backend = tf.getBackend();
      await xai.useBackend(backend === "wasm" ? "cpu" : backend);
      try {
        const reference = tf.tidy(() => {
          const seed = tf.oneHot(tf.tensor1d(TARGETS, "int32"), 10);
          return tf.grad((input: xai.tf.Tensor) => tf.sum(tf.mul(model.apply(input) as xai.tf.Tensor, seed)))(x);
        });
        assertClose(mine, await reference.data(), "gradient", 1e-4, 1e-7);
        reference.dispose();
      } finally {
        await xai.useBackend(backend);
      }
    });

    test("LRP-0 equals gradient × input where the net is piecewise linear", async () => {
      await withLinearCopy(c, async (ex, xl) => {
        // ε → 0 everywhere: at these scales the default stabiliser 1e-6 would show.
        const lrp = await ex.explain(xl, { method: "lrp", composite: vanishingEpsilon(), target: TARGETS });
        const gxi = await ex.explain(xl, { method: "gradient-x-input", target: TARGETS });
        assertClose(await lrp.relevance.data(), await gxi.relevance.data(), "relevance", 1e-4, 0);
        lrp.dispose();
        gxi.dispose();
      });
    });

    test("on the bias-free copy, LRP-0 conserves relevance across every cut of the graph: Σ R = f(x), f being positively homogeneous", async () => {
      await withLinearCopy({ ...c, linearBiases: false }, async (ex, xl) => {
        const e = await ex.explain(xl, { method: "lrp", composite: vanishingEpsilon(), target: TARGETS, layers: true });
        const cuts = cutNodes(ex.graph);
        assert.ok(cuts.length > 10, "the graph has cuts to check");
        for (const layer of e.layers!.filter((_, id) => cuts.includes(id))) {
          layer.total.forEach((t, i) =>
            assert.ok(Math.abs(t - e.score[i]!) <= 1e-4 * Math.abs(e.score[i]!), `${layer.name} (${layer.kind}), sample ${i}: Σ R = ${t}, logit ${e.score[i]}`),
          );
        }
        e.dispose();
      });
    });

    test("explaining with every method adds no tensor but the cached weights, and disposing gives everything back", async () => {
      const start = tf.memory().numTensors;
      const ex = await xai.prepare(model);
      const round = async (): Promise<void> => {
        for (const method of ["gradient", "epsilon-plus-flat", "epsilon-gamma-box", "alpha2beta1"]) {
          const e = await ex.explain(x, xai.applicableOptions({ method, low: 0, high: 1, target: TARGETS, layers: method === "alpha2beta1" }));
          e.dispose();
        }
      };
      await round();
      const held = tf.memory().numTensors;
      assert.ok(ex.cacheStats().entries > 0, "rule-modified weights are cached");
      await round();
      assert.equal(tf.memory().numTensors, held, "a second round adds no tensor");
      ex.dispose();
      assert.equal(tf.memory().numTensors, start, "disposing the Explainer frees its cache and graph");
    });
  });
}

/**
 * The nodes every path from the input to the output goes through (ids are topological: no edge jumps
 * over them): the layers whose relevance is all the relevance. Inside a residual block each branch
 * carries only its share, possibly of either sign.
 */
function cutNodes(graph: xai.Explainer["graph"]): number[] {
  const edges = graph.nodes.flatMap((n) => n.inputs.map((u) => [u, n.id] as const));
  return graph.nodes.map((n) => n.id).filter((v) => !edges.some(([u, w]) => u < v && v < w));
}

/**
 * Runs `body` on the copy and inputs of `c` for the piecewise-linear identities, after checking that no
 * ReLU6 saturates there.
 */
async function withLinearCopy(c: Case, body: (ex: xai.Explainer, x: xai.tf.Tensor) => Promise<void>): Promise<void> {
  const model = c.build(c.linearBiases);
  const ex = await xai.prepare(model);
  const x = tf.randomUniform([2, 32, 32, 3], 0, c.linearScale, "float32", 13);
  try {
    assert.equal(await reluSixSaturates(ex, x), false, "no ReLU6 saturates at these inputs");
    await body(ex, x);
  } finally {
    ex.dispose();
    model.dispose();
    x.dispose();
  }
}

/** The ε-rule with ε = 1e-12 on every dense/conv layer, and the proportional rule with it on additions and average pooling. */
function vanishingEpsilon(): xai.Composite {
  const norm = xai.rules.norm({ epsilon: 1e-12 });
  return [
    { match: { kind: "linear" }, rule: xai.rules.epsilon({ epsilon: 1e-12 }) },
    { match: { kind: "add" }, rule: norm },
    { match: { kind: "globalAvgPool2d" }, rule: norm },
  ];
}

/** Whether any ReLU6 of the canonized graph sees a pre-activation above 6 for `x`. */
async function reluSixSaturates(explainer: xai.Explainer, x: xai.tf.Tensor): Promise<boolean> {
  const peak = tf.tidy(() => {
    const acts = forward(explainer.graph, x);
    const inputs = explainer.graph.nodes.filter((n) => n.kind === "activation" && n.activation === "relu6").map((n) => tf.max(acts[n.inputs[0]!]!));
    return inputs.length ? tf.max(tf.stack(inputs)) : tf.scalar(0);
  });
  const max = (await peak.data())[0]!;
  peak.dispose();
  return max >= 6;
}

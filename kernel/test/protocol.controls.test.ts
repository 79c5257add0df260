/**
 * The optional v1 fields the widgets use: heatmap `controls` (what the kernel may recompute) and the
 * relevance-flow `maps` (a layer's relevance summed over channels). Old payloads without them stay valid;
 * bad values are refused with a message naming the field.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import * as xai from "xai-lab";
import { MIME_TYPE, parsePayload, type RelevanceFlowPayload } from "../src/protocol";
import { displayBundle } from "../src/display/show";

const session = { secret: "s", call: "c" };
const heatmap = {
  version: 1,
  kind: "heatmap",
  title: "t",
  session,
  methods: ["epsilon"],
  samples: [{ explanations: [{ method: "epsilon", target: 1, score: 2, relevanceSum: 2, relevance: { shape: [1, 2], data: [1, 1] } }] }],
  style: { colormap: "bwr", alpha: 0 },
};

test("a heatmap payload without controls is still valid, and one with controls keeps them", async () => {
  assert.equal(parsePayload(heatmap).ok, true);
  const controls = { classes: 3, methods: ["epsilon", "gradient"], target: null, params: { epsilon: 0.25 } };
  const r = parsePayload({ ...heatmap, controls });
  assert.ok(r.ok && r.payload.kind === "heatmap");
  assert.deepEqual(r.ok && r.payload.kind === "heatmap" ? r.payload.controls : null, controls);
});

test("bad controls are refused with the field that is wrong", async () => {
  const bad: [unknown, RegExp][] = [
    [{ classes: 0, methods: [], target: null, params: {} }, /payload\.controls\.classes: expected a positive integer/],
    [{ classes: 2, methods: [], target: 5, params: {} }, /payload\.controls\.target: class 5 is out of range/],
    [{ classes: 2, methods: [1], target: null, params: {} }, /payload\.controls\.methods\[0\]/],
    [{ classes: 2, methods: [], target: null, params: { epsilon: "x" } }, /payload\.controls\.params\.epsilon/],
  ];
  for (const [controls, message] of bad) {
    const r = parsePayload({ ...heatmap, controls });
    assert.equal(r.ok, false);
    assert.match(r.ok ? "" : r.error, message);
  }
});

test("show() of a flow puts a channel-summed map on layers with spatial axes, summing to the layer's total", async () => {
  const tf = xai.tf;
  const model = tf.sequential({
    layers: [
      tf.layers.conv2d({
        inputShape: [4, 4, 1],
        filters: 2,
        kernelSize: 3,
        padding: "same",
        activation: "relu",
        kernelInitializer: tf.initializers.glorotUniform({ seed: 5 }),
      }),
      tf.layers.flatten(),
      tf.layers.dense({ units: 2, kernelInitializer: tf.initializers.glorotUniform({ seed: 6 }) }),
    ],
  });
  const x = tf.tensor4d(
    Array.from({ length: 16 }, (_, i) => (i % 5) / 4),
    [1, 4, 4, 1],
  );
  const e = await xai.explain(model, x, { method: "epsilon", layers: true });
  const p = (await displayBundle(e, { view: "flow" }))[MIME_TYPE] as RelevanceFlowPayload;
  const conv = p.layers.find((l) => l.className === "Conv2D")!;
  assert.deepEqual(conv.maps?.[0]?.shape, [4, 4]);
  const sum = conv.maps![0]!.data.reduce((a, b) => a + b, 0);
  assert.ok(Math.abs(sum - conv.totals[0]!) < 1e-4 * Math.max(1, Math.abs(conv.totals[0]!)), `Σ map ${sum} = total ${conv.totals[0]}`);
  assert.equal(p.layers.find((l) => l.className === "Dense")!.maps, undefined, "dense layers have no map");
  assert.equal(parsePayload(p).ok, true);
  assert.match(
    (parsePayload({ ...p, layers: [{ ...conv, maps: [] }] }) as { error: string }).error,
    /payload\.layers\[0\]\.maps: has 0 entries, but there are 1 samples/,
  );
  e.dispose();
  model.dispose();
  x.dispose();
});

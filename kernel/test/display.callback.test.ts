/**
 * The kernel side of interactive widgets: a heatmap shown with its model and input is recomputed on request
 * with the same engine (the numbers equal a direct explain() call), only for outputs of this kernel process
 * (the session secret), only with valid parameters, without leaking tensors; the request travels as a
 * string literal inside one awaited call, never as code.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import * as vm from "node:vm";
import * as xai from "xai-lab";
import {
  CALLBACK_KEY,
  MIME_TYPE,
  REPLY_MIME_TYPE,
  callbackCode,
  parseCallbackRequest,
  parsePayload,
  type CallbackRequest,
  type HeatmapPayload,
  type HeatmapRecomputeRequest,
} from "../src/protocol";
import { displayBundle } from "../src/display/show";
import { answerCallback, forgetInteractiveOutputs } from "../src/display/callback";

const tf = xai.tf;

/** A seeded dense net on 4 inputs with 3 classes, and a batch of two inputs. */
function fixture(): { model: xai.tf.Sequential; x: xai.tf.Tensor } {
  const model = tf.sequential({
    layers: [
      tf.layers.dense({
        inputShape: [4],
        units: 5,
        activation: "relu",
        kernelInitializer: tf.initializers.glorotUniform({ seed: 3 }),
        biasInitializer: tf.initializers.constant({ value: 0.1 }),
      }),
      tf.layers.dense({ units: 3, kernelInitializer: tf.initializers.glorotUniform({ seed: 4 }) }),
    ],
  });
  const x = tf.tensor2d([
    [0.5, 1, 0.25, 0.75],
    [1, 0.2, 0.9, 0.1],
  ]);
  return { model, x };
}

/** Shows an explanation of `x` with its model and returns the payload's session and the payload. */
async function shown(model: xai.tf.LayersModel, x: xai.tf.Tensor): Promise<HeatmapPayload> {
  const e = await xai.explain(model, x, { method: "epsilon" });
  try {
    const bundle = await displayBundle(e, { input: x, model, imageShape: [2, 2] });
    return bundle[MIME_TYPE] as HeatmapPayload;
  } finally {
    e.dispose();
  }
}

type Change = Partial<Omit<HeatmapRecomputeRequest, "columns">> & { methods?: string[]; params?: Record<string, unknown> };

/** A recompute request for `p`: every column of `methods` (default ["epsilon"]) with `params`. */
function request(p: HeatmapPayload, change: Change = {}): string {
  const { methods = ["epsilon"], params = {}, ...rest } = change;
  return JSON.stringify({
    kind: "heatmap",
    secret: p.session.secret,
    call: p.session.call,
    target: null,
    columns: methods.map((method) => ({ method, params })),
    ...rest,
  });
}

test("show() with a model and an input writes controls into the heatmap payload, which the contract accepts", async () => {
  const { model, x } = fixture();
  const p = await shown(model, x);
  assert.deepEqual(p.controls && { classes: p.controls.classes, target: p.controls.target }, { classes: 3, target: null });
  assert.ok(p.controls!.methods.includes("epsilon-plus-flat") && !p.controls!.methods.includes("lrp"));
  assert.equal(parsePayload(p).ok, true);
  forgetInteractiveOutputs();
  model.dispose();
  x.dispose();
});

test("a recompute request for another class and ε answers with the numbers of a direct explain() call", async () => {
  const { model, x } = fixture();
  const p = await shown(model, x);
  const answer = await answerCallback(
    JSON.stringify({
      kind: "heatmap",
      secret: p.session.secret,
      call: p.session.call,
      target: 2,
      columns: [
        { method: "epsilon", params: { epsilon: 0.5 } },
        { method: "gradient", params: {} },
      ],
    }),
  );
  assert.deepEqual(answer.reply, { ok: true, call: p.session.call });
  const next = answer.data[MIME_TYPE] as HeatmapPayload;
  assert.equal(typeof answer.data["image/png"], "string");
  assert.deepEqual(next.methods, ["epsilon", "gradient"]);
  assert.deepEqual(next.session, p.session, "the output keeps its identity");
  assert.deepEqual(next.controls?.target, 2);
  assert.deepEqual(next.parameters, [{ epsilon: 0.5 }, {}], "each column records exactly what it was computed with");
  const direct = await xai.explain(model, x, { method: "epsilon", target: 2, epsilon: 0.5 });
  next.samples.forEach((s, i) => {
    const e = s.explanations[0]!;
    assert.equal(e.target, 2);
    assert.ok(Math.abs(e.relevanceSum - direct.relevanceSum[i]!) < 1e-5 * Math.max(1, Math.abs(direct.relevanceSum[i]!)), `ΣR of sample ${i}`);
    assert.ok(Math.abs(e.score - direct.score[i]!) < 1e-5, `score of sample ${i}`);
  });
  direct.dispose();
  forgetInteractiveOutputs();
  model.dispose();
  x.dispose();
});

test("each column keeps the parameters it was made with: labels name them, and a class change recomputes with them", async () => {
  const { model, x } = fixture();
  const eps = await xai.explain(model, x, { method: "epsilon", epsilon: 0.25 });
  const ab = await xai.explain(model, x, { method: "alpha2beta1", alpha: 3, beta: 2 });
  const plain = await xai.explain(model, x, { method: "epsilon-plus" });
  const bundle = await displayBundle([eps, ab, plain], { input: x, model, imageShape: [2, 2] });
  const p = bundle[MIME_TYPE] as HeatmapPayload;
  assert.deepEqual(p.parameters, [{ epsilon: 0.25 }, { alpha: 3, beta: 2 }, {}]);
  assert.equal(p.title, "relevance: epsilon ε=0.25, alpha2beta1 α=3 β=2, epsilon-plus");
  assert.match(bundle["text/plain"], /alpha2beta1 α=3 β=2: target/);
  // What the widget sends for "another class, nothing else changed": every column with its own parameters.
  const answer = await answerCallback(
    JSON.stringify({
      kind: "heatmap",
      secret: p.session.secret,
      call: p.session.call,
      target: 2,
      columns: p.methods.map((method, j) => ({ method, params: p.parameters![j] })),
    }),
  );
  const next = answer.data[MIME_TYPE] as HeatmapPayload;
  assert.deepEqual(next.parameters, p.parameters);
  const direct = [
    await xai.explain(model, x, { method: "epsilon", epsilon: 0.25, target: 2 }),
    await xai.explain(model, x, { method: "alpha2beta1", alpha: 3, beta: 2, target: 2 }),
  ];
  direct.forEach((d, j) =>
    next.samples.forEach((s, i) =>
      assert.ok(Math.abs(s.explanations[j]!.relevanceSum - d.relevanceSum[i]!) < 1e-5 * Math.max(1, Math.abs(d.relevanceSum[i]!)), `column ${j}, sample ${i}`),
    ),
  );
  const probe = await answerCallback(JSON.stringify({ kind: "probe", secret: p.session.secret, call: p.session.call }));
  assert.deepEqual(probe.reply, { ok: true, call: p.session.call }, "a probe says the output is live, and nothing else");
  for (const e of [eps, ab, plain, ...direct]) e.dispose();
  forgetInteractiveOutputs();
  model.dispose();
  x.dispose();
});

test("switching a column to a composite with the box rule uses the shown input's range as its bounds", async () => {
  const { model, x } = fixture();
  const p = await shown(model, x);
  const answer = await answerCallback(request(p, { methods: ["epsilon-gamma-box"], target: 1 }));
  assert.equal(answer.reply.ok, true, JSON.stringify(answer.reply));
  const got = (answer.data[MIME_TYPE] as HeatmapPayload).samples.map((s) => s.explanations[0]!.relevanceSum);
  const direct = await xai.explain(model, x, { method: "epsilon-gamma-box", target: 1, low: 0.1, high: 1 });
  got.forEach((r, i) => assert.ok(Math.abs(r - direct.relevanceSum[i]!) < 1e-5 * Math.max(1, Math.abs(r)), `ΣR of sample ${i}`));
  direct.dispose();
  forgetInteractiveOutputs();
  model.dispose();
  x.dispose();
});

test("requests quoting another session's secret or an unknown output are refused", async () => {
  const { model, x } = fixture();
  const p = await shown(model, x);
  const other = await answerCallback(request(p, { secret: "0".repeat(32) }));
  assert.equal(other.reply.ok, false);
  assert.equal(!other.reply.ok && other.reply.code, "unknown-session");
  assert.equal(other.data[MIME_TYPE], undefined, "no payload in a refusal");
  assert.match(String(other.data["text/plain"]), /re-run/);
  const unknown = await answerCallback(request(p, { call: "xai-nope-1" }));
  assert.equal(!unknown.reply.ok && unknown.reply.code, "unknown-call");
  forgetInteractiveOutputs();
  const forgotten = await answerCallback(request(p));
  assert.equal(!forgotten.reply.ok && forgotten.reply.code, "unknown-call", "a forgotten output can no longer call back");
  model.dispose();
  x.dispose();
});

test("invalid parameters are refused with a message naming the problem", async () => {
  const { model, x } = fixture();
  const p = await shown(model, x);
  const cases: [Change | string, RegExp][] = [
    [{ target: 3 }, /class 3 is out of range: the model has 3 classes/],
    [{ methods: ["lrp"] }, /unknown method "lrp"/],
    [{ methods: ["process.exit()"] }, /unknown method/],
    [{ params: { epsilon: -1 } }, /epsilon must be from/],
    [{ methods: ["alpha2beta1"], params: { epsilon: 0.1 } }, /alpha2beta1 does not use ε/],
    [{ methods: ["gradient"], params: { zeroBias: true } }, /gradient does not use zeroBias/],
    [{ methods: ["dtd-zb"], params: { low: [0, "a"] } }, /low must be a finite number or a list/],
    [{ methods: ["alpha2beta1"], params: { alpha: 2, beta: 2 } }, /alpha − beta must equal 1/],
    [{ params: { zeta: 1 } as never }, /unknown parameter "zeta"/],
    [{ params: { gamma: "1" } as never }, /gamma must be a finite number/],
    ["not json", /not valid JSON/],
    [JSON.stringify({ kind: "eval", secret: "a", call: "b" }), /unknown request kind/],
  ];
  for (const [change, message] of cases) {
    const answer = await answerCallback(typeof change === "string" ? change : request(p, change));
    assert.equal(!answer.reply.ok && answer.reply.code, "invalid", String(message));
    assert.match(!answer.reply.ok ? answer.reply.message : "", message);
  }
  forgetInteractiveOutputs();
  model.dispose();
  x.dispose();
});

test("answering a request leaves the number of tensors unchanged once the outputs are forgotten", async () => {
  const { model, x } = fixture();
  const before = tf.memory().numTensors;
  const p = await shown(model, x);
  await answerCallback(request(p, { target: 1, methods: ["epsilon-plus", "gradient-x-input"] }));
  await answerCallback(request(p, { secret: "x" }));
  forgetInteractiveOutputs();
  assert.equal(tf.memory().numTensors, before);
  model.dispose();
  x.dispose();
});

test("the callback code is one awaited call whose only argument is the request as a string literal", async () => {
  const hostile: CallbackRequest = {
    kind: "heatmap",
    secret: 'a"); process.exit(1); ("',
    call: "`${process.exit(1)}`\u2028</script>",
    target: 1,
    columns: [{ method: "epsilon", params: { epsilon: 0.1 } }],
  };
  const code = callbackCode(hostile);
  assert.ok(!code.includes("\u2028"), "line separators are escaped");
  let received: unknown;
  const sandbox = { Promise, Symbol, globalThis: {} as Record<symbol, unknown> };
  sandbox.globalThis[Symbol.for(CALLBACK_KEY)] = (text: unknown) => {
    received = text;
  };
  // TypeScript's `as any` removed, the code is plain JavaScript: run it where nothing else is reachable.
  await vm.runInNewContext(`(async () => { ${code.replace(" as any", "")} })()`, sandbox);
  assert.equal(typeof received, "string");
  assert.deepEqual(JSON.parse(received as string), hostile);
  const parsed = parseCallbackRequest(received);
  assert.ok(parsed.ok && parsed.request.secret === hostile.secret);
  // Where xai-lab is not loaded, the call is a no-op rather than an error.
  await vm.runInNewContext(`(async () => { ${code.replace(" as any", "")} })()`, { Promise, Symbol, globalThis: {} });
});

test("the reply MIME type differs from the payload's, so a refusal never renders as a widget", async () => {
  assert.notEqual(REPLY_MIME_TYPE, MIME_TYPE);
});

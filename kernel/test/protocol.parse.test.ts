/**
 * The notebook contract: well-formed payloads of every kind pass `parsePayload` unchanged (as objects
 * and as JSON text), and each malformed field is rejected with a message that names its path.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { MIME_TYPE, PAYLOAD_KINDS, PROTOCOL_VERSION, assertPayload, parsePayload, type Payload } from "../src/protocol";

const session = { secret: "0123456789abcdef0123456789abcdef", call: "xai-1-1" };

function heatmap(): Payload {
  return {
    version: 1,
    kind: "heatmap",
    title: "relevance: epsilon, gradient",
    session,
    methods: ["epsilon", "gradient"],
    classNames: ["no", "yes"],
    samples: [
      {
        input: { shape: [2, 2], data: [0, 1, 1, 0] },
        prediction: 1,
        explanations: [
          { method: "epsilon", target: 1, score: 2, relevanceSum: 2, relevance: { shape: [2, 2], data: [0.5, 0.5, 1, 0] } },
          { method: "gradient", target: 1, score: 2, relevanceSum: -0.5, relevance: { shape: [2, 2], data: [-1, 0, 0.5, 0] } },
        ],
      },
    ],
    style: { colormap: "bwr", alpha: 0.3, zoom: 8 },
  };
}

function flow(): Payload {
  return {
    version: 1,
    kind: "relevance-flow",
    title: "relevance per layer",
    session,
    method: "epsilon",
    targets: [1, 0],
    scores: [2, 3],
    layers: [
      {
        name: "input",
        className: "InputLayer",
        layerKind: "input",
        shape: [4],
        totals: [2, 3],
        top: [[{ unit: 2, relevance: 1.5 }], [{ unit: 0, relevance: 3 }]],
      },
      {
        name: "dense",
        className: "Dense",
        layerKind: "dense",
        rule: "epsilon",
        shape: [2],
        totals: [2, 3],
        top: [[{ unit: 1, relevance: 2 }], [{ unit: 0, relevance: 3 }]],
      },
    ],
  };
}

function prototypes(): Payload {
  return {
    version: 1,
    kind: "prototypes",
    title: "prototypes",
    session,
    prototypes: [
      { target: 3, score: 9.5, probability: 0.99, predicted: 3, logDensity: -12.5, history: [1, 5, 9.5], image: { shape: [2, 2, 1], data: [0, 0.5, 1, 0.25] } },
    ],
    settings: { steps: 200, expert: { kind: "gaussian", weight: 1 }, transforms: [], local: false, note: null },
  };
}

function curve(): Payload {
  return {
    version: 1,
    kind: "curve",
    title: "pixel-flipping",
    session,
    xLabel: "patches removed",
    yLabel: "logit",
    higherIsBetter: false,
    series: [
      { label: "epsilon", x: [0, 1, 2], y: [3, 1, 0], auc: 1.25 },
      { label: "random", x: [0, 1, 2], y: [3, 2.5, 2] },
    ],
  };
}

const GOOD: Record<string, () => Payload> = { heatmap, "relevance-flow": flow, prototypes, curve };

/** A deep copy of `payload` with `edit` applied to it. */
function broken(payload: Payload, edit: (p: any) => void): unknown {
  const copy = JSON.parse(JSON.stringify(payload));
  edit(copy);
  return copy;
}

function rejects(value: unknown, ...fragments: string[]): void {
  const result = parsePayload(value);
  assert.equal(result.ok, false, `expected a rejection mentioning ${fragments.join(", ")}`);
  if (!result.ok) for (const f of fragments) assert.ok(result.error.includes(f), `"${result.error}" should mention "${f}"`);
}

test("the MIME type is application/vnd.xai-lab.v1+json and the payloads are version 1", () => {
  assert.equal(MIME_TYPE, "application/vnd.xai-lab.v1+json");
  assert.equal(PROTOCOL_VERSION, 1);
  assert.deepEqual([...PAYLOAD_KINDS].sort(), ["curve", "heatmap", "prototypes", "relevance-flow"]);
});

test("a well-formed payload of every kind passes and comes back equal, as an object and as JSON text", () => {
  for (const kind of PAYLOAD_KINDS) {
    const payload = GOOD[kind]!();
    for (const value of [payload, JSON.stringify(payload)]) {
      const result = parsePayload(value);
      assert.ok(result.ok, `${kind}: ${result.ok ? "" : result.error}`);
      if (result.ok) assert.deepEqual(result.payload, payload);
    }
  }
});

test("optional fields may be left out: no input, prediction or class names; a flow of bare layers; a curve without AUC", () => {
  const h = broken(heatmap(), (p) => {
    delete p.classNames;
    delete p.samples[0].input;
    delete p.samples[0].prediction;
    delete p.style.zoom;
  });
  assert.ok(parsePayload(h).ok);
  const f = broken(flow(), (p) => {
    delete p.method;
    delete p.targets;
    delete p.scores;
    delete p.layers[1].rule;
  });
  assert.ok(parsePayload(f).ok);
  assert.ok(parsePayload(broken(curve(), (p) => delete p.series[0].auc)).ok);
});

test("text that is not JSON, and values that are not objects, are rejected", () => {
  rejects("{not json", "payload is not valid JSON");
  rejects(null, "payload", "expected an object, got null");
  rejects([1, 2], "payload", "got an array");
  rejects(42, "payload", "got 42");
});

test("the common fields are checked: version, kind, title and the session block", () => {
  rejects(
    broken(heatmap(), (p) => delete p.version),
    "payload.version",
    "missing",
  );
  rejects(
    broken(heatmap(), (p) => (p.version = 2)),
    "payload.version",
    "version 2 is not supported",
  );
  rejects(
    broken(heatmap(), (p) => (p.kind = "saliency")),
    "payload.kind",
    "unknown kind",
    "heatmap, relevance-flow, prototypes, curve",
  );
  rejects(
    broken(heatmap(), (p) => (p.title = 7)),
    "payload.title",
    "expected a string",
  );
  rejects(
    broken(heatmap(), (p) => delete p.session),
    "payload.session",
    "missing",
  );
  rejects(
    broken(heatmap(), (p) => (p.session.secret = "")),
    "payload.session.secret",
    "must not be empty",
  );
  rejects(
    broken(heatmap(), (p) => delete p.session.call),
    "payload.session.call",
    "missing",
  );
});

test("payloads from saved notebooks are bounded before anything is drawn: classes, lists, values and text", () => {
  // A few kilobytes claiming a million classes, a huge array or endless text are refused up front.
  rejects(
    broken(heatmap(), (p) => (p.controls = { classes: 1_000_000, methods: ["epsilon"], target: null, params: {} })),
    "payload.controls.classes",
    "at most 100000 classes",
  );
  rejects(
    broken(heatmap(), (p) => (p.samples[0].explanations[0].relevance.shape = [1 << 13, 1 << 12])),
    "payload.samples[0].explanations[0].relevance.shape",
    "at most 16777216",
  );
  rejects(
    broken(heatmap(), (p) => (p.title = "x".repeat(20_000))),
    "payload.title",
    "20000 characters long",
  );
  rejects(
    broken(heatmap(), (p) => (p.samples = new Array(2_000).fill(p.samples[0]))),
    "payload.samples",
    "2000 entries; at most 1024",
  );
  rejects(
    broken(heatmap(), (p) => (p.methods = new Array(17).fill("epsilon"))),
    "payload.methods",
    "at most 16",
  );
  // Fewer class names than classes is fine: the others are shown as numbers.
  const fewer = broken(heatmap(), (p) => (p.samples[0].explanations[0].target = 7));
  assert.equal(parsePayload(fewer).ok, true);
});

test("each malformed heatmap field is rejected with its path", () => {
  rejects(
    broken(heatmap(), (p) => (p.methods = [])),
    "payload.methods",
    "at least one method",
  );
  rejects(
    broken(heatmap(), (p) => (p.samples = [])),
    "payload.samples",
    "at least one entry",
  );
  rejects(
    broken(heatmap(), (p) => p.samples[0].explanations.pop()),
    "payload.samples[0].explanations",
    "has 1 entries, but there are 2 methods",
  );
  rejects(
    broken(heatmap(), (p) => (p.samples[0].explanations[1].method = "epsilon")),
    "payload.samples[0].explanations[1].method",
    'methods[1] is "gradient"',
  );
  rejects(
    broken(heatmap(), (p) => (p.samples[0].explanations[0].target = -1)),
    "payload.samples[0].explanations[0].target",
    "integer ≥ 0",
  );
  rejects(
    broken(heatmap(), (p) => (p.samples[0].explanations[0].score = "2")),
    "payload.samples[0].explanations[0].score",
    "finite number",
  );
  rejects(
    broken(heatmap(), (p) => delete p.samples[0].explanations[0].relevanceSum),
    "payload.samples[0].explanations[0].relevanceSum",
    "missing",
  );
  rejects(
    broken(heatmap(), (p) => p.samples[0].explanations[0].relevance.data.pop()),
    "payload.samples[0].explanations[0].relevance.data",
    "has 3 values, but shape [2, 2] needs 4",
  );
  rejects(
    broken(heatmap(), (p) => (p.samples[0].explanations[0].relevance.data[2] = null)),
    "payload.samples[0].explanations[0].relevance.data[2]",
    "finite number, got null",
  );
  rejects(
    broken(heatmap(), (p) => (p.samples[0].explanations[0].relevance.shape = [4])),
    "payload.samples[0].explanations[0].relevance.shape",
    "differs from the input's shape [2, 2]",
  );
  rejects(
    broken(heatmap(), (p) => (p.samples[0].input.shape = [2, 0])),
    "payload.samples[0].input.shape[1]",
    "positive integer",
  );
  rejects(
    broken(heatmap(), (p) => (p.samples[0].prediction = 1.5)),
    "payload.samples[0].prediction",
    "class index",
  );
  rejects(
    broken(heatmap(), (p) => (p.classNames = ["no", 1])),
    "payload.classNames[1]",
    "expected a string",
  );
  rejects(
    broken(heatmap(), (p) => (p.style.alpha = 1.5)),
    "payload.style.alpha",
    "from 0 to 1",
  );
  rejects(
    broken(heatmap(), (p) => (p.style.zoom = 0)),
    "payload.style.zoom",
    "positive integer",
  );
  rejects(
    broken(heatmap(), (p) => delete p.style.colormap),
    "payload.style.colormap",
    "missing",
  );
});

test("each malformed relevance-flow field is rejected with its path", () => {
  rejects(
    broken(flow(), (p) => (p.scores = [2])),
    "payload.scores",
    "1 entries, but there are 2 targets",
  );
  rejects(
    broken(flow(), (p) => (p.layers = [])),
    "payload.layers",
    "at least one entry",
  );
  rejects(
    broken(flow(), (p) => (p.layers[1].totals = [2])),
    "payload.layers[1].totals",
    "1 entries, but there are 2 samples",
  );
  rejects(
    broken(flow(), (p) => (p.layers[0].top = [[]])),
    "payload.layers[0].top",
    "1 entries, but there are 2 samples",
  );
  rejects(
    broken(flow(), (p) => (p.layers[1].top[0][0].unit = 2)),
    "payload.layers[1].top[0][0].unit",
    "from 0 to 1",
  );
  rejects(
    broken(flow(), (p) => (p.layers[1].top[0][0].relevance = Infinity)),
    "payload.layers[1].top[0][0].relevance",
    "finite number",
  );
  rejects(
    broken(flow(), (p) => (p.layers[0].shape = "4")),
    "payload.layers[0].shape",
    "expected an array",
  );
  rejects(
    broken(flow(), (p) => delete p.layers[0].layerKind),
    "payload.layers[0].layerKind",
    "missing",
  );
  rejects(
    broken(flow(), (p) => (p.layers[1].rule = 3)),
    "payload.layers[1].rule",
    "expected a string",
  );
  rejects(
    broken(flow(), (p) => (p.targets = [0.5, 1])),
    "payload.targets[0]",
    "class index",
  );
});

test("each malformed prototypes field is rejected with its path", () => {
  rejects(
    broken(prototypes(), (p) => (p.prototypes = [])),
    "payload.prototypes",
    "at least one entry",
  );
  rejects(
    broken(prototypes(), (p) => p.prototypes[0].image.data.push(1)),
    "payload.prototypes[0].image.data",
    "5 values",
  );
  rejects(
    broken(prototypes(), (p) => (p.prototypes[0].probability = 2)),
    "payload.prototypes[0].probability",
    "from 0 to 1",
  );
  rejects(
    broken(prototypes(), (p) => (p.prototypes[0].history = [1, "x"])),
    "payload.prototypes[0].history[1]",
    "finite number",
  );
  rejects(
    broken(prototypes(), (p) => delete p.prototypes[0].score),
    "payload.prototypes[0].score",
    "missing",
  );
  rejects(
    broken(prototypes(), (p) => (p.settings = [])),
    "payload.settings",
    "expected an object",
  );
  const withNaN = JSON.parse(JSON.stringify(prototypes()));
  withNaN.settings.expert.weight = NaN;
  rejects(withNaN, "payload.settings.expert.weight", "finite number");
});

test("each malformed curve field is rejected with its path", () => {
  rejects(
    broken(curve(), (p) => (p.series = [])),
    "payload.series",
    "at least one entry",
  );
  rejects(
    broken(curve(), (p) => p.series[1].y.pop()),
    "payload.series[1].y",
    "has 2 values, but x has 3",
  );
  rejects(
    broken(curve(), (p) => (p.series[0].x = [])),
    "payload.series[0].x",
    "at least one point",
  );
  rejects(
    broken(curve(), (p) => (p.series[0].auc = "low")),
    "payload.series[0].auc",
    "finite number",
  );
  rejects(
    broken(curve(), (p) => delete p.series[0].label),
    "payload.series[0].label",
    "missing",
  );
  rejects(
    broken(curve(), (p) => (p.higherIsBetter = "no")),
    "payload.higherIsBetter",
    "true or false",
  );
  rejects(
    broken(curve(), (p) => delete p.xLabel),
    "payload.xLabel",
    "missing",
  );
});

test("assertPayload returns a good payload and throws the parse message for a bad one", () => {
  assert.deepEqual(assertPayload(curve()), curve());
  assert.throws(() => assertPayload(broken(curve(), (p) => (p.kind = "bar"))), /payload\.kind: unknown kind "bar"/);
});

test("the protocol folder imports nothing but its own files, so the extension can use it without tfjs or node", () => {
  const dir = path.join(__dirname, "..", "..", "src", "protocol");
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".ts"))) {
    const source = fs.readFileSync(path.join(dir, file), "utf8");
    const specifiers = [...source.matchAll(/(?:import|export)[^;]*?from\s+"([^"]+)"/g)].map((m) => m[1]!);
    for (const s of specifiers) assert.ok(s.startsWith("./"), `${file} imports "${s}"`);
    assert.ok(!/\brequire\(/.test(source), `${file} calls require()`);
  }
});

/**
 * The runtime check of a payload, for the widget side: an output may come from another version, a
 * hand-edited notebook or a bug, and the extension shows an error box naming the bad field instead of
 * drawing garbage. Plain TypeScript, no imports beyond the payload types.
 */
import {
  PAYLOAD_KINDS,
  PROTOCOL_VERSION,
  type CurvePayload,
  type CurveSeries,
  type DenseArray,
  type FlowLayer,
  type FlowLink,
  type FlowStage,
  type FlowUnit,
  type HeatmapControls,
  type HeatmapEntry,
  type HeatmapPayload,
  type HeatmapSample,
  type HeatmapStyle,
  type JsonValue,
  type Payload,
  type Prototype,
  type PrototypesPayload,
  type RelevanceFlowPayload,
  type RuleParams,
  type Session,
} from "./payload";
import { readParameters } from "./callback";
import type { ExplanationParameters } from "./methods";

/**
 * Bounds on what a payload may hold, checked before anything is drawn: a saved notebook is untrusted input,
 * and a few kilobytes claiming a million classes must not make a widget build a million elements.
 */
export const PAYLOAD_LIMITS = {
  /** Characters of one string (titles, labels, class and layer names). */
  text: 10_000,
  /** Entries of a list (class names, curve points, units, settings). */
  list: 1_000_000,
  /** Values of one array (a relevance map, an image, a layer map). */
  values: 16_777_216,
  /** Classes a heatmap's controls may offer. */
  classes: 100_000,
  /** Samples (rows) of one payload. */
  samples: 1_024,
  /** Methods (columns) side by side. */
  columns: 16,
  /** Layers of a relevance flow. */
  layers: 4_096,
} as const;

/** The outcome of `parsePayload`: the payload, or a message naming the first bad field. */
export type ParseResult = { ok: true; payload: Payload } | { ok: false; error: string };

/** Checks `value` (a payload object, or its JSON text) against the v1 contract. */
export function parsePayload(value: unknown): ParseResult {
  let raw = value;
  if (typeof value === "string") {
    try {
      raw = JSON.parse(value);
    } catch (e) {
      return { ok: false, error: `payload is not valid JSON: ${(e as Error).message}` };
    }
  }
  try {
    return { ok: true, payload: readPayload(raw) };
  } catch (e) {
    if (e instanceof PayloadError) return { ok: false, error: e.message };
    throw e;
  }
}

/** Like `parsePayload`, but returns the payload or throws an Error with the message. */
export function assertPayload(value: unknown): Payload {
  const result = parsePayload(value);
  if (!result.ok) throw new Error(result.error);
  return result.payload;
}

class PayloadError extends Error {}

type Obj = Record<string, unknown>;

function fail(path: string, message: string): never {
  throw new PayloadError(`${path}: ${message}`);
}

function describe(v: unknown): string {
  if (v === null) return "null";
  if (Array.isArray(v)) return "an array";
  if (typeof v === "string") return `the string ${JSON.stringify(v.length > 40 ? v.slice(0, 40) + "…" : v)}`;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return typeof v === "object" ? "an object" : typeof v;
}

function object(v: unknown, path: string): Obj {
  if (v === null || typeof v !== "object" || Array.isArray(v)) fail(path, `expected an object, got ${describe(v)}`);
  return v as Obj;
}

function field(o: Obj, key: string, path: string): { value: unknown; path: string } {
  const p = `${path}.${key}`;
  if (!(key in o) || o[key] === undefined) fail(p, "missing");
  return { value: o[key], path: p };
}

function string(o: Obj, key: string, path: string): string {
  const { value, path: p } = field(o, key, path);
  return text(value, p);
}

function text(v: unknown, path: string): string {
  if (typeof v !== "string") fail(path, `expected a string, got ${describe(v)}`);
  if (v.length > PAYLOAD_LIMITS.text) fail(path, `is ${v.length} characters long; at most ${PAYLOAD_LIMITS.text} are shown`);
  return v;
}

function finite(v: unknown, path: string): number {
  if (typeof v !== "number" || !Number.isFinite(v)) fail(path, `expected a finite number, got ${describe(v)}`);
  return v;
}

function number(o: Obj, key: string, path: string): number {
  const { value, path: p } = field(o, key, path);
  return finite(value, p);
}

/** A class index; class names may be fewer than the classes (the rest are shown as numbers). */
function index(v: unknown, path: string, _classes?: readonly string[]): number {
  if (typeof v !== "number" || !Number.isInteger(v) || v < 0) fail(path, `expected a class index (an integer ≥ 0), got ${describe(v)}`);
  return v;
}

function array(v: unknown, path: string, nonEmpty = false, max: number = PAYLOAD_LIMITS.list): unknown[] {
  if (!Array.isArray(v)) fail(path, `expected an array, got ${describe(v)}`);
  if (nonEmpty && v.length === 0) fail(path, "expected at least one entry, got an empty array");
  if (v.length > max) fail(path, `has ${v.length} entries; at most ${max} are shown`);
  return v;
}

function optional<T>(o: Obj, key: string, path: string, read: (v: unknown, p: string) => T): T | undefined {
  return o[key] === undefined ? undefined : read(o[key], `${path}.${key}`);
}

function numbers(v: unknown, path: string, max: number = PAYLOAD_LIMITS.list): number[] {
  return array(v, path, false, max).map((x, i) => finite(x, `${path}[${i}]`));
}

function strings(v: unknown, path: string, max: number = PAYLOAD_LIMITS.classes): string[] {
  return array(v, path, false, max).map((x, i) => text(x, `${path}[${i}]`));
}

function dense(v: unknown, path: string): DenseArray {
  const o = object(v, path);
  const shape = shapeOf(field(o, "shape", path).value, `${path}.shape`);
  const size = shape.reduce((a, b) => a * b, 1);
  if (size > PAYLOAD_LIMITS.values) fail(`${path}.shape`, `[${shape.join(", ")}] holds ${size} values; at most ${PAYLOAD_LIMITS.values} are shown`);
  const raw = field(o, "data", path).value;
  const data = numbers(raw, `${path}.data`, PAYLOAD_LIMITS.values);
  if (data.length !== size) fail(`${path}.data`, `has ${data.length} values, but shape [${shape.join(", ")}] needs ${size}`);
  return { shape, data };
}

function shapeOf(v: unknown, path: string): number[] {
  return array(v, path, true).map((d, i) => {
    if (typeof d !== "number" || !Number.isInteger(d) || d <= 0) fail(`${path}[${i}]`, `expected a positive integer, got ${describe(d)}`);
    return d;
  });
}

function sameShape(a: DenseArray, b: DenseArray, path: string, what: string): void {
  if (a.shape.length !== b.shape.length || a.shape.some((d, i) => d !== b.shape[i])) {
    fail(path, `shape [${a.shape.join(", ")}] differs from ${what} [${b.shape.join(", ")}]`);
  }
}

function session(v: unknown, path: string): Session {
  const o = object(v, path);
  const secret = string(o, "secret", path);
  const call = string(o, "call", path);
  if (secret.length === 0) fail(`${path}.secret`, "must not be empty");
  if (call.length === 0) fail(`${path}.call`, "must not be empty");
  return { secret, call };
}

function readPayload(v: unknown): Payload {
  const o = object(v, "payload");
  const { value: version, path: versionPath } = field(o, "version", "payload");
  if (version !== PROTOCOL_VERSION) fail(versionPath, `version ${describe(version)} is not supported; this reader understands version ${PROTOCOL_VERSION}`);
  const kind = string(o, "kind", "payload");
  const common = {
    version: PROTOCOL_VERSION as typeof PROTOCOL_VERSION,
    title: string(o, "title", "payload"),
    session: session(field(o, "session", "payload").value, "payload.session"),
  };
  switch (kind) {
    case "heatmap":
      return { ...common, kind, ...heatmap(o) };
    case "relevance-flow":
      return { ...common, kind, ...flow(o) };
    case "prototypes":
      return { ...common, kind, ...prototypes(o) };
    case "curve":
      return { ...common, kind, ...curve(o) };
    default:
      return fail("payload.kind", `unknown kind ${JSON.stringify(kind)}; known: ${PAYLOAD_KINDS.join(", ")}`);
  }
}

type Body<P> = Omit<P, "version" | "kind" | "title" | "session">;

function heatmap(o: Obj): Body<HeatmapPayload> {
  const p = "payload";
  const methods = strings(field(o, "methods", p).value, `${p}.methods`, PAYLOAD_LIMITS.columns);
  if (methods.length === 0) fail(`${p}.methods`, "expected at least one method, got an empty array");
  const classNames = optional(o, "classNames", p, strings);
  const samples = array(field(o, "samples", p).value, `${p}.samples`, true, PAYLOAD_LIMITS.samples).map((s, i) =>
    sample(s, `${p}.samples[${i}]`, methods, classNames),
  );
  const style = heatmapStyle(field(o, "style", p).value, `${p}.style`);
  const controls = optional(o, "controls", p, (v, q) => heatmapControls(v, q, classNames));
  const parameters = optional(o, "parameters", p, (v, q) => {
    const list = array(v, q);
    if (list.length !== methods.length) fail(q, `has ${list.length} entries, but there are ${methods.length} methods`);
    return list.map((x, i): ExplanationParameters => {
      const read = readParameters(x);
      if (typeof read === "string") fail(`${q}[${i}]`, read);
      return read;
    });
  });
  return { methods, ...(parameters ? { parameters } : {}), ...(classNames ? { classNames } : {}), samples, style, ...(controls ? { controls } : {}) };
}

function heatmapControls(v: unknown, path: string, classNames: string[] | undefined): HeatmapControls {
  const o = object(v, path);
  const classes = number(o, "classes", path);
  if (!Number.isInteger(classes) || classes < 1) fail(`${path}.classes`, `expected a positive integer, got ${classes}`);
  if (classes > PAYLOAD_LIMITS.classes) fail(`${path}.classes`, `is ${classes}; at most ${PAYLOAD_LIMITS.classes} classes can be offered`);
  const methods = strings(field(o, "methods", path).value, `${path}.methods`);
  const { value: t, path: tp } = field(o, "target", path);
  const target = t === null ? null : index(t, tp, classNames);
  if (target !== null && target >= classes) fail(tp, `class ${target} is out of range: the model has ${classes} classes`);
  const po = object(field(o, "params", path).value, `${path}.params`);
  const params: RuleParams = {};
  for (const key of ["epsilon", "gamma", "alpha", "beta"] as const) {
    const value = optional(po, key, `${path}.params`, finite);
    if (value !== undefined) params[key] = value;
  }
  return { classes, methods, target, params };
}

function sample(v: unknown, path: string, methods: string[], classNames: string[] | undefined): HeatmapSample {
  const o = object(v, path);
  const input = optional(o, "input", path, dense);
  const prediction = optional(o, "prediction", path, (x, q) => index(x, q, classNames));
  const windowPredictions = optional(o, "windowPredictions", path, (x, q) => array(x, q, true).map((c, k) => index(c, `${q}[${k}]`, classNames)));
  const list = array(field(o, "explanations", path).value, `${path}.explanations`);
  if (list.length !== methods.length) fail(`${path}.explanations`, `has ${list.length} entries, but there are ${methods.length} methods`);
  const explanations = list.map((e, j): HeatmapEntry => {
    const q = `${path}.explanations[${j}]`;
    const eo = object(e, q);
    const method = string(eo, "method", q);
    if (method !== methods[j]) fail(`${q}.method`, `is ${JSON.stringify(method)}, but methods[${j}] is ${JSON.stringify(methods[j])}`);
    const relevance = dense(field(eo, "relevance", q).value, `${q}.relevance`);
    if (input) sameShape(relevance, input, `${q}.relevance.shape`, "the input's shape");
    const windows = optional(eo, "windows", q, (x, r) => {
      const wo = object(x, r);
      const count = field(wo, "count", r).value;
      if (typeof count !== "number" || !Number.isInteger(count) || count < 1) fail(`${r}.count`, `expected a positive integer, got ${describe(count)}`);
      const own = field(wo, "ownPrediction", r).value;
      if (typeof own !== "boolean") fail(`${r}.ownPrediction`, `expected true or false, got ${describe(own)}`);
      return { count, ownPrediction: own };
    });
    return {
      method,
      target: index(field(eo, "target", q).value, `${q}.target`, classNames),
      score: number(eo, "score", q),
      relevanceSum: number(eo, "relevanceSum", q),
      relevance,
      ...(windows ? { windows } : {}),
    };
  });
  return {
    ...(input ? { input } : {}),
    ...(prediction !== undefined ? { prediction } : {}),
    ...(windowPredictions ? { windowPredictions } : {}),
    explanations,
  };
}

function heatmapStyle(v: unknown, path: string): HeatmapStyle {
  const o = object(v, path);
  const colormap = string(o, "colormap", path);
  const alpha = number(o, "alpha", path);
  if (alpha < 0 || alpha > 1) fail(`${path}.alpha`, `expected a number from 0 to 1, got ${alpha}`);
  const zoom = optional(o, "zoom", path, (x, q) => {
    if (typeof x !== "number" || !Number.isInteger(x) || x < 1) fail(q, `expected a positive integer, got ${describe(x)}`);
    return x;
  });
  return { colormap, alpha, ...(zoom !== undefined ? { zoom } : {}) };
}

function flow(o: Obj): Body<RelevanceFlowPayload> {
  const p = "payload";
  const method = optional(o, "method", p, (x, q) => {
    if (typeof x !== "string") fail(q, `expected a string, got ${describe(x)}`);
    return x;
  });
  const classNames = optional(o, "classNames", p, strings);
  const targets = optional(o, "targets", p, (x, q) => array(x, q, true).map((t, i) => index(t, `${q}[${i}]`, classNames)));
  const scores = optional(o, "scores", p, numbers);
  let n: number | undefined = targets?.length;
  if (scores && n !== undefined && scores.length !== n) fail(`${p}.scores`, `has ${scores.length} entries, but there are ${n} targets (one per sample)`);
  n ??= scores?.length;
  const layers = array(field(o, "layers", p).value, `${p}.layers`, true, PAYLOAD_LIMITS.layers).map((l, i): FlowLayer => {
    const q = `${p}.layers[${i}]`;
    const lo = object(l, q);
    const shape = shapeOf(field(lo, "shape", q).value, `${q}.shape`);
    const totals = numbers(field(lo, "totals", q).value, `${q}.totals`);
    if (totals.length === 0) fail(`${q}.totals`, "expected one total per sample, got an empty array");
    n ??= totals.length;
    if (totals.length !== n) fail(`${q}.totals`, `has ${totals.length} entries, but there are ${n} samples`);
    const top = array(field(lo, "top", q).value, `${q}.top`).map((units, s) =>
      array(units, `${q}.top[${s}]`).map((u, k) => flowUnit(u, `${q}.top[${s}][${k}]`, shape)),
    );
    if (top.length !== n) fail(`${q}.top`, `has ${top.length} entries, but there are ${n} samples`);
    const rule = optional(lo, "rule", q, (x, r) => {
      if (typeof x !== "string") fail(r, `expected a string, got ${describe(x)}`);
      return x;
    });
    const maps = optional(lo, "maps", q, (x, r) => array(x, r).map((m, s) => dense(m, `${r}[${s}]`)));
    if (maps && maps.length !== n) fail(`${q}.maps`, `has ${maps.length} entries, but there are ${n} samples`);
    return {
      name: string(lo, "name", q),
      className: string(lo, "className", q),
      layerKind: string(lo, "layerKind", q),
      ...(rule !== undefined ? { rule } : {}),
      shape,
      totals,
      top,
      ...(maps ? { maps } : {}),
    };
  });
  const samples = n ?? 0;
  const stages = optional(o, "stages", p, (v, q) =>
    array(v, q).map((st, k): FlowStage => {
      const r = `${q}[${k}]`;
      const so = object(st, r);
      const { value: li, path: lp } = field(so, "layer", r);
      if (typeof li !== "number" || !Number.isInteger(li) || li < 0 || li >= layers.length)
        fail(lp, `expected a layer index from 0 to ${layers.length - 1}, got ${describe(li)}`);
      const upperUnits = unitsOf(layers[li]!);
      const links = array(field(so, "links", r).value, `${r}.links`);
      if (links.length !== samples) fail(`${r}.links`, `has ${links.length} entries, but there are ${samples} samples`);
      return {
        layer: li,
        links: links.map((list, s) => {
          const l = array(list, `${r}.links[${s}]`);
          if (l.length > MAX_LINKS) fail(`${r}.links[${s}]`, `has ${l.length} links; at most ${MAX_LINKS} are drawn`);
          return l.map((x, m) => flowLink(x, `${r}.links[${s}][${m}]`, upperUnits));
        }),
      };
    }),
  );
  return {
    ...(method !== undefined ? { method } : {}),
    ...(classNames ? { classNames } : {}),
    ...(targets ? { targets } : {}),
    ...(scores ? { scores } : {}),
    layers,
    ...(stages ? { stages } : {}),
  };
}

/** The most links between two stages of one sample (top units and "other" on both ends, with room). */
const MAX_LINKS = 4096;

function unitsOf(layer: FlowLayer): number {
  return layer.shape[layer.shape.length - 1]!;
}

function flowLink(v: unknown, path: string, upperUnits: number): FlowLink {
  const o = object(v, path);
  const end = (key: "from" | "to", units: number): number | null => {
    const { value, path: q } = field(o, key, path);
    if (value === null) return null;
    if (typeof value !== "number" || !Number.isInteger(value) || value < 0 || value >= units)
      fail(q, `expected a unit index from 0 to ${units - 1} or null, got ${describe(value)}`);
    return value;
  };
  // `to` indexes the stage below, whose size the stage list gives; 2^31 bounds it here, the view checks the rest.
  return { from: end("from", upperUnits), to: end("to", 2 ** 31), value: number(o, "value", path) };
}

function flowUnit(v: unknown, path: string, shape: number[]): FlowUnit {
  const o = object(v, path);
  const { value: unit, path: up } = field(o, "unit", path);
  const units = shape[shape.length - 1]!;
  if (typeof unit !== "number" || !Number.isInteger(unit) || unit < 0 || unit >= units)
    fail(up, `expected a unit index from 0 to ${units - 1}, got ${describe(unit)}`);
  return { unit, relevance: number(o, "relevance", path) };
}

function prototypes(o: Obj): Body<PrototypesPayload> {
  const p = "payload";
  const classNames = optional(o, "classNames", p, strings);
  const list = array(field(o, "prototypes", p).value, `${p}.prototypes`, true).map((v, i): Prototype => {
    const q = `${p}.prototypes[${i}]`;
    const po = object(v, q);
    const probability = optional(po, "probability", q, finite);
    if (probability !== undefined && (probability < 0 || probability > 1)) fail(`${q}.probability`, `expected a number from 0 to 1, got ${probability}`);
    const predicted = optional(po, "predicted", q, (x, r) => index(x, r, classNames));
    const logDensity = optional(po, "logDensity", q, finite);
    const history = optional(po, "history", q, numbers);
    return {
      target: index(field(po, "target", q).value, `${q}.target`, classNames),
      score: number(po, "score", q),
      ...(probability !== undefined ? { probability } : {}),
      ...(predicted !== undefined ? { predicted } : {}),
      ...(logDensity !== undefined ? { logDensity } : {}),
      ...(history !== undefined ? { history } : {}),
      image: dense(field(po, "image", q).value, `${q}.image`),
    };
  });
  const so = object(field(o, "settings", p).value, `${p}.settings`);
  const settings: Record<string, JsonValue> = {};
  for (const [key, value] of Object.entries(so)) settings[key] = json(value, `${p}.settings.${key}`);
  const columns = optional(o, "columns", p, (x, r) => {
    if (typeof x !== "number" || !Number.isInteger(x) || x < 1 || x > PAYLOAD_LIMITS.list) fail(r, `expected a positive integer, got ${describe(x)}`);
    return x;
  });
  const rowLabels = optional(o, "rowLabels", p, strings);
  if (rowLabels !== undefined && columns === undefined) fail(`${p}.rowLabels`, "labels rows, which need payload.columns");
  return {
    ...(classNames ? { classNames } : {}),
    prototypes: list,
    settings,
    ...(columns !== undefined ? { columns } : {}),
    ...(rowLabels !== undefined ? { rowLabels } : {}),
  };
}

function json(v: unknown, path: string, depth = 0): JsonValue {
  if (depth > 8) fail(path, "is nested more than 8 levels deep");
  if (typeof v === "string") return text(v, path);
  if (v === null || typeof v === "boolean") return v;
  if (typeof v === "number") return finite(v, path);
  if (Array.isArray(v)) return array(v, path, false, 10_000).map((x, i) => json(x, `${path}[${i}]`, depth + 1));
  if (typeof v === "object") {
    const out: { [key: string]: JsonValue } = {};
    const entries = Object.entries(v as Obj);
    if (entries.length > 1_000) fail(path, `has ${entries.length} keys; at most 1000 are shown`);
    for (const [key, value] of entries) out[key] = json(value, `${path}.${key}`, depth + 1);
    return out;
  }
  return fail(path, `expected a JSON value, got ${describe(v)}`);
}

function curve(o: Obj): Body<CurvePayload> {
  const p = "payload";
  const higherIsBetter = optional(o, "higherIsBetter", p, (x, q) => {
    if (typeof x !== "boolean") fail(q, `expected true or false, got ${describe(x)}`);
    return x;
  });
  const series = array(field(o, "series", p).value, `${p}.series`, true).map((v, i): CurveSeries => {
    const q = `${p}.series[${i}]`;
    const so = object(v, q);
    const x = numbers(field(so, "x", q).value, `${q}.x`);
    const y = numbers(field(so, "y", q).value, `${q}.y`);
    if (x.length === 0) fail(`${q}.x`, "expected at least one point, got an empty array");
    if (y.length !== x.length) fail(`${q}.y`, `has ${y.length} values, but x has ${x.length}`);
    const auc = optional(so, "auc", q, finite);
    return { label: string(so, "label", q), x, y, ...(auc !== undefined ? { auc } : {}) };
  });
  return { xLabel: string(o, "xLabel", p), yLabel: string(o, "yLabel", p), ...(higherIsBetter !== undefined ? { higherIsBetter } : {}), series };
}

/**
 * The kernel side of interactive widgets (design.md, "Interactivity"): a heatmap shown with its model
 * and input can be recomputed — another class, other methods, other rule parameters (ε, γ, α/β of
 * Montavon et al. 2018, §5.1) — at the request of the widget that displays it. The widget runs
 * `protocol.callbackCode(request)` in the notebook's own kernel; that code calls the handler installed
 * here under a global symbol, which checks the session secret (only outputs made by this kernel process
 * may call back), validates the parameters, recomputes with the same engine (`explain`) and answers with
 * a display bundle of the execution. The handler never throws: a failing execution would abort the
 * executions queued behind it (tslab), so every error becomes an answer.
 */
import * as tf from "@tensorflow/tfjs";
import { Explainer, prepare, type Explanation, type ExplainOptions } from "../attribution/explain";
import { METHOD_NAMES } from "../attribution/methods";
import { check } from "../errors";
import {
  CALLBACK_KEY,
  MIME_TYPE,
  PARAMETER_KEYS,
  PARAMETERS,
  REPLY_MIME_TYPE,
  methodParameters,
  parseCallbackRequest,
  takesZeroBias,
  type CallbackErrorCode,
  type CallbackReply,
  type ColumnRequest,
  type ExplanationParameters,
  type HeatmapControls,
  type HeatmapPayload,
  type HeatmapRecomputeRequest,
  type RuleParams,
} from "../protocol";
import type { DisplayBundle } from "./bundle";
import { heatmapBundle, type HeatmapOptions } from "./heatmap";
import { isSessionSecret } from "./session";
import { kernelWriter } from "./tslab";
import { readValues } from "./values";

/** Options of `show()` that make a heatmap interactive. */
export interface InteractiveOptions {
  /** The model that made the explanations; with it and `input`, the widget can ask for other classes, methods and parameters. */
  model?: tf.LayersModel | Explainer;
  /**
   * The rule parameters the explanations were computed with, for explanations that do not record them
   * (those of `explain` do: `e.parameters`); every column is recomputed with them.
   */
  params?: RuleParams;
  /**
   * The input domain for the z^B (box) rule of composites such as epsilon-gamma-box and dtd-zb (§5.1),
   * when a widget switches to one; default: the smallest and largest value of the shown input.
   */
  bounds?: { low: number; high: number };
}

/** What the kernel sends back to the widget: the data of one display_data message. */
export interface CallbackAnswer {
  reply: CallbackReply;
  data: Record<string, unknown>;
}

/** Outputs remembered per kernel process; the oldest is forgotten (its widget then asks for a re-run). */
const MAX_ENTRIES = 32;
/** Methods a widget may switch to: every named method ("lrp" needs a composite table, which a widget cannot send). */
const SWITCHABLE = METHOD_NAMES.filter((m) => m !== "lrp");

interface Entry {
  model: tf.LayersModel | Explainer;
  input: { shape: number[]; data: Float32Array };
  options: HeatmapOptions;
  classes: number;
  bounds: { low: number; high: number };
}

const entries = new Map<string, Entry>();
const explainers = new Map<tf.LayersModel, Explainer>();

/**
 * Makes the heatmap in `bundle` recomputable, if `options` has the model and the explained input: remembers
 * them under the output's call id and writes the `controls` block into its payload. Returns whether it did.
 */
export async function makeInteractive(bundle: DisplayBundle, list: readonly Explanation[], options: HeatmapOptions & InteractiveOptions): Promise<boolean> {
  const payload = bundle[MIME_TYPE];
  if (payload.kind !== "heatmap" || options.model === undefined || options.input === undefined || list.length === 0) return false;
  const first = list[0]!;
  const shape = first.relevance.shape.slice();
  const size = shape.reduce((a, b) => a * b, 1);
  const values = await readValues(options.input, "options.input");
  if (values.data.length !== size) return false;
  const classes = first.output.shape[first.output.shape.length - 1]!;
  const data = Float32Array.from(values.data);
  const bounds = options.bounds ?? range(data);
  remember(payload.session.call, { model: options.model, input: { shape, data }, options: heatmapOptions(options), classes, bounds });
  if (options.params && !list.some((e) => e.parameters)) payload.parameters = list.map(() => ({ ...options.params }));
  payload.controls = await controlsFor(list, classes, options.params ?? {});
  return true;
}

/** Answers the JSON text of a callback request (what the global handler does, without sending the answer). */
export async function answerCallback(text: unknown): Promise<CallbackAnswer> {
  const parsed = parseCallbackRequest(text);
  if (!parsed.ok) return refuse("invalid", parsed.error);
  const request = parsed.request;
  if (!isSessionSecret(request.secret)) {
    return refuse(
      "unknown-session",
      "this output was made by another kernel session (a saved notebook, or a restarted kernel); re-run its cell to interact with it",
    );
  }
  const entry = entries.get(request.call);
  if (!entry) return refuse("unknown-call", "this kernel no longer holds the model and input of this output; re-run its cell to interact with it");
  if (request.kind === "probe")
    return {
      reply: { ok: true, call: request.call },
      data: { [REPLY_MIME_TYPE]: { ok: true, call: request.call }, "text/plain": "xai-lab: this output can be recomputed" },
    };
  const problem = validate(request, entry);
  if (problem) return refuse("invalid", problem);
  try {
    const bundle = await recompute(request, entry);
    return { reply: { ok: true, call: request.call }, data: { ...bundle, [REPLY_MIME_TYPE]: { ok: true, call: request.call } } };
  } catch (e) {
    return refuse("failed", `recomputing failed: ${(e as Error).message}`);
  }
}

/** Forgets every remembered output and frees the prepared models (tests; a kernel never needs it). */
export function forgetInteractiveOutputs(): void {
  entries.clear();
  for (const explainer of explainers.values()) explainer.dispose();
  explainers.clear();
}

/** The handler a widget's execute request calls: answers as display_data of that request, returns nothing. */
async function handleCallback(text: unknown): Promise<void> {
  let answer: CallbackAnswer;
  try {
    answer = await answerCallback(text);
  } catch (e) {
    answer = refuse("failed", `the callback failed: ${(e as Error).message}`);
  }
  const writer = kernelWriter();
  if (writer) writer({ data: answer.data, metadata: {}, transient: {} }, false);
}

(globalThis as Record<symbol, unknown>)[Symbol.for(CALLBACK_KEY)] = handleCallback;

function remember(call: string, entry: Entry): void {
  entries.delete(call);
  entries.set(call, entry);
  while (entries.size > MAX_ENTRIES) {
    const oldest = entries.keys().next().value as string;
    const gone = entries.get(oldest)!;
    entries.delete(oldest);
    release(gone.model);
  }
}

/** Disposes the prepared copy of `model` once no remembered output uses it. */
function release(model: tf.LayersModel | Explainer): void {
  if (model instanceof Explainer) return;
  for (const e of entries.values()) if (e.model === model) return;
  explainers.get(model)?.dispose();
  explainers.delete(model);
}

async function explainerFor(model: tf.LayersModel | Explainer): Promise<Explainer> {
  if (model instanceof Explainer) return model;
  let explainer = explainers.get(model);
  if (!explainer) {
    explainer = await prepare(model);
    explainers.set(model, explainer);
  }
  return explainer;
}

async function recompute(request: HeatmapRecomputeRequest, entry: Entry): Promise<DisplayBundle> {
  const explainer = await explainerFor(entry.model);
  const x = tf.tensor(entry.input.data, entry.input.shape);
  const list: Explanation[] = [];
  try {
    for (const column of request.columns) {
      const params = withBounds(column, entry.bounds);
      const options: ExplainOptions = { ...params, method: column.method, ...(request.target !== null ? { target: request.target } : {}) };
      const e = await explainer.explain(x, options);
      list.push({ ...e, parameters: params });
    }
    const bundle = await heatmapBundle(list, { ...entry.options, input: entry.input }, { secret: request.secret, call: request.call });
    const payload = bundle[MIME_TYPE] as HeatmapPayload;
    payload.controls = { ...(await controlsFor(list, entry.classes, {})), target: request.target };
    return bundle;
  } finally {
    for (const e of list) e.dispose();
    x.dispose();
  }
}

function validate(request: HeatmapRecomputeRequest, entry: Entry): string | null {
  if (request.target !== null && request.target >= entry.classes) return `class ${request.target} is out of range: the model has ${entry.classes} classes`;
  for (const [i, column] of request.columns.entries()) {
    const where = request.columns.length > 1 ? ` (column ${i + 1})` : "";
    if (!SWITCHABLE.includes(column.method)) return `unknown method ${JSON.stringify(column.method)}${where}; known: ${SWITCHABLE.join(", ")}`;
    const used = methodParameters(column.method).map((p) => p.key);
    for (const key of PARAMETER_KEYS) {
      const value = column.params[key];
      if (value === undefined) continue;
      if (!used.includes(key)) return `${column.method} does not use ${PARAMETERS[key].symbol}${where}`;
      const { min, max } = PARAMETERS[key];
      for (const v of Array.isArray(value) ? value : [value]) if (v < min || v > max) return `${key} must be from ${min} to ${max}, got ${v}${where}`;
    }
    if (column.params.zeroBias !== undefined && !takesZeroBias(column.method)) return `${column.method} does not use zeroBias${where}`;
    const { alpha, beta } = column.params;
    if (alpha !== undefined && beta !== undefined && Math.abs(alpha - beta - 1) > 1e-9)
      return `alpha − beta must equal 1 (conservation), got alpha=${alpha}, beta=${beta}${where}`;
  }
  return null;
}

/** A column's parameters, with the output's default input bounds for a box-rule method that was given none. */
function withBounds(column: ColumnRequest, bounds: { low: number; high: number }): ExplanationParameters {
  const params: ExplanationParameters = { ...column.params };
  const used = methodParameters(column.method).map((p) => p.key);
  if (used.includes("low") && params.low === undefined) params.low = bounds.low;
  if (used.includes("high") && params.high === undefined) params.high = bounds.high;
  return params;
}

async function controlsFor(list: readonly Explanation[], classes: number, params: RuleParams): Promise<HeatmapControls> {
  return { classes, methods: SWITCHABLE.slice(), target: await commonTarget(list), params: { ...params } };
}

/** null when every explanation explains the predicted class of each sample, else the one class explained. */
async function commonTarget(list: readonly Explanation[]): Promise<number | null> {
  const first = list[0]!;
  const output = await first.output.data();
  const classes = first.output.shape[first.output.shape.length - 1]!;
  const predicted = first.target.map((_, i) => {
    let best = 0;
    for (let k = 1; k < classes; k++) if (output[i * classes + k]! > output[i * classes + best]!) best = k;
    return best;
  });
  if (list.every((e) => e.target.every((t, i) => t === predicted[i]))) return null;
  return first.target[0] ?? null;
}

/** The smallest and largest value (a loop: spreading millions of values into Math.min overflows the stack). */
function range(data: Float32Array): { low: number; high: number } {
  let low = Infinity;
  let high = -Infinity;
  for (const v of data) {
    if (v < low) low = v;
    if (v > high) high = v;
  }
  return { low, high };
}

function heatmapOptions(options: HeatmapOptions & InteractiveOptions): HeatmapOptions {
  check(options !== null && typeof options === "object", "show() options must be an object");
  const { model: _model, params: _params, bounds: _bounds, input: _input, ...rest } = options;
  return rest;
}

function refuse(code: CallbackErrorCode, message: string): CallbackAnswer {
  const reply: CallbackReply = { ok: false, code, message };
  return { reply, data: { [REPLY_MIME_TYPE]: reply, "text/plain": `xai-lab: ${message}` } };
}

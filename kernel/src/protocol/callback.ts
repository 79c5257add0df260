/**
 * The callback contract: how a live widget asks the kernel that drew it for a recomputation
 * (design.md, "Interactivity"). The widget runs one short execution in the notebook's own kernel whose
 * code is `callbackCode(request)`: a single call that always type-checks, with the request passed as a
 * JSON string literal (never pasted into code as text), and reads the display_data of that execution.
 * The kernel answers with a display bundle: the recomputed payload (with its PNG and text, so the output
 * can be replaced as a whole) plus a `REPLY_MIME_TYPE` entry that says whether it worked and why not.
 * Plain TypeScript, no imports beyond the payload types: both sides import this file.
 */
import type { ExplanationParameters } from "./methods";

/** The MIME key of the kernel's answer to a callback. */
export const REPLY_MIME_TYPE = "application/vnd.xai-lab.reply.v1+json";

/**
 * The global symbol key under which a kernel that has loaded xai-lab installs its callback handler. A
 * symbol in the global registry is shared by every copy of xai-lab the kernel may have loaded.
 */
export const CALLBACK_KEY = "xai-lab.callback.v1";

/** Asks for the explanations of a heatmap output again, with another class, methods or rule parameters. */
export interface HeatmapRecomputeRequest {
  kind: "heatmap";
  /** The `session` block of the output being changed. */
  secret: string;
  call: string;
  /** The class to explain for every sample; null = each sample's predicted class. */
  target: number | null;
  /** One entry per column, in column order: the method and exactly the parameters to compute it with. */
  columns: ColumnRequest[];
}

/** What one column of a heatmap is computed with. */
export interface ColumnRequest {
  method: string;
  params: ExplanationParameters;
}

/**
 * Asks whether the kernel still holds the output `call` of session `secret` (after a page reload the
 * widget cannot know): the answer is ok, or `unknown-session` / `unknown-call`. Reveals nothing.
 */
export interface ProbeRequest {
  kind: "probe";
  secret: string;
  call: string;
}

/** Every callback request. */
export type CallbackRequest = HeatmapRecomputeRequest | ProbeRequest;

/**
 * Why a callback was refused or failed: `unknown-session` (the output comes from another kernel session,
 * e.g. a saved notebook: re-run the cell), `unknown-call` (this session never made that output, or has
 * forgotten it), `invalid` (a parameter is out of range), `failed` (the recomputation threw).
 */
export type CallbackErrorCode = "unknown-session" | "unknown-call" | "invalid" | "failed";

/** The `REPLY_MIME_TYPE` entry of the kernel's answer. */
export type CallbackReply = { ok: true; call: string } | { ok: false; code: CallbackErrorCode; message: string };

/** The code of the execute request that carries `request`: one awaited call, a no-op where xai-lab is not loaded. */
export function callbackCode(request: CallbackRequest): string {
  // JSON.stringify twice: the request as JSON text, then that text as a JS string literal.
  const literal = JSON.stringify(JSON.stringify(request))
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
  // tslab only wraps this form of top-level await (not `await f?.()` alone) in an async function.
  return `await Promise.resolve((globalThis as any)[Symbol.for(${JSON.stringify(CALLBACK_KEY)})]?.(${literal}));`;
}

/** The outcome of `parseCallbackRequest`. */
export type CallbackParse = { ok: true; request: CallbackRequest } | { ok: false; error: string };

const MAX_TEXT = 64 * 1024;

/** Reads and checks the JSON text of a request (kernel side): shapes and types only, no ranges. */
export function parseCallbackRequest(text: unknown): CallbackParse {
  if (typeof text !== "string") return { ok: false, error: "the request must be a JSON string" };
  if (text.length > MAX_TEXT) return { ok: false, error: `the request is too long (${text.length} characters)` };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, error: `the request is not valid JSON: ${(e as Error).message}` };
  }
  if (raw === null || typeof raw !== "object" || Array.isArray(raw)) return { ok: false, error: "the request must be an object" };
  const o = raw as Record<string, unknown>;
  if (o["kind"] !== "heatmap" && o["kind"] !== "probe") return { ok: false, error: `unknown request kind ${JSON.stringify(o["kind"])}` };
  if (typeof o["secret"] !== "string" || typeof o["call"] !== "string") return { ok: false, error: "the request needs the output's session secret and call" };
  if (o["kind"] === "probe") return { ok: true, request: { kind: "probe", secret: o["secret"], call: o["call"] } };
  const target = o["target"];
  if (target !== null && !(typeof target === "number" && Number.isInteger(target) && target >= 0))
    return { ok: false, error: `target must be a class index or null, got ${JSON.stringify(target)}` };
  const columns = o["columns"];
  if (!Array.isArray(columns) || columns.length === 0 || columns.length > MAX_COLUMNS)
    return { ok: false, error: `columns must be a list of 1 to ${MAX_COLUMNS} { method, params } entries` };
  const read: ColumnRequest[] = [];
  for (const [i, c] of columns.entries()) {
    if (c === null || typeof c !== "object" || Array.isArray(c)) return { ok: false, error: `columns[${i}] must be an object { method, params }` };
    const { method, params } = c as Record<string, unknown>;
    if (typeof method !== "string" || method.length === 0 || method.length > 64) return { ok: false, error: `columns[${i}].method must be a method name` };
    const p = readParameters(params);
    if (typeof p === "string") return { ok: false, error: `columns[${i}].params: ${p}` };
    read.push({ method, params: p });
  }
  return { ok: true, request: { kind: "heatmap", secret: o["secret"], call: o["call"], target, columns: read } };
}

/** The most columns (methods side by side) a request may ask for. */
export const MAX_COLUMNS = 16;
/** The most values of a per-channel or per-element bound a request may carry. */
const MAX_BOUND_VALUES = 4096;

/** Reads explanation parameters from JSON: types only (ranges are checked against PARAMETERS by the kernel). */
export function readParameters(v: unknown): ExplanationParameters | string {
  if (v === undefined) return {};
  if (v === null || typeof v !== "object" || Array.isArray(v)) return "must be an object";
  const out: ExplanationParameters = {};
  for (const [key, value] of Object.entries(v as Record<string, unknown>)) {
    if (key === "zeroBias") {
      if (typeof value !== "boolean") return `zeroBias must be true or false, got ${JSON.stringify(value)}`;
      out.zeroBias = value;
    } else if (key === "epsilon" || key === "gamma" || key === "alpha" || key === "beta") {
      if (typeof value !== "number" || !Number.isFinite(value)) return `${key} must be a finite number, got ${JSON.stringify(value)}`;
      out[key] = value;
    } else if (key === "low" || key === "high") {
      if (typeof value === "number" && Number.isFinite(value)) out[key] = value;
      else if (Array.isArray(value) && value.length > 0 && value.length <= MAX_BOUND_VALUES && value.every((x) => typeof x === "number" && Number.isFinite(x)))
        out[key] = value as number[];
      else return `${key} must be a finite number or a list of 1 to ${MAX_BOUND_VALUES} finite numbers`;
    } else {
      return `unknown parameter ${JSON.stringify(key.slice(0, 40))}; known: epsilon, gamma, alpha, beta, low, high, zeroBias`;
    }
  }
  return out;
}

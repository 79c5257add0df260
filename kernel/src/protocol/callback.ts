/**
 * The callback contract: how a live widget asks the kernel that drew it for a recomputation
 * (design.md, "Interactivity"). The widget runs one short execution in the notebook's own kernel whose
 * code is `callbackCode(request)`: a single call that always type-checks, with the request passed as a
 * JSON string literal (never pasted into code as text), and reads the display_data of that execution.
 * The kernel answers with a display bundle: the recomputed payload (with its PNG and text, so the output
 * can be replaced as a whole) plus a `REPLY_MIME_TYPE` entry that says whether it worked and why not.
 * Plain TypeScript, no imports beyond the payload types: both sides import this file.
 */
import type { RuleParams } from "./payload";

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
  /** One method per column, in column order. */
  methods: string[];
  params: RuleParams;
}

/** Every callback request (one kind so far). */
export type CallbackRequest = HeatmapRecomputeRequest;

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
  const literal = JSON.stringify(JSON.stringify(request)).replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
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
  if (o["kind"] !== "heatmap") return { ok: false, error: `unknown request kind ${JSON.stringify(o["kind"])}` };
  if (typeof o["secret"] !== "string" || typeof o["call"] !== "string") return { ok: false, error: "the request needs the output's session secret and call" };
  const target = o["target"];
  if (target !== null && !(typeof target === "number" && Number.isInteger(target) && target >= 0)) return { ok: false, error: `target must be a class index or null, got ${JSON.stringify(target)}` };
  const methods = o["methods"];
  if (!Array.isArray(methods) || methods.length === 0 || methods.length > 16 || !methods.every((m) => typeof m === "string" && m.length > 0 && m.length < 64)) {
    return { ok: false, error: "methods must be a list of 1 to 16 method names" };
  }
  const params = readParams(o["params"]);
  if (typeof params === "string") return { ok: false, error: params };
  return { ok: true, request: { kind: "heatmap", secret: o["secret"], call: o["call"], target, methods: methods as string[], params } };
}

function readParams(v: unknown): RuleParams | string {
  if (v === undefined) return {};
  if (v === null || typeof v !== "object" || Array.isArray(v)) return "params must be an object";
  const out: RuleParams = {};
  for (const [key, value] of Object.entries(v as Record<string, unknown>)) {
    if (key !== "epsilon" && key !== "gamma" && key !== "alpha" && key !== "beta") return `unknown parameter ${JSON.stringify(key)}; known: epsilon, gamma, alpha, beta`;
    if (typeof value !== "number" || !Number.isFinite(value)) return `${key} must be a finite number, got ${JSON.stringify(value)}`;
    out[key] = value;
  }
  return out;
}

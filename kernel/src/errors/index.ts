/**
 * The one error type the library throws for bad input. Its message names the problem (the argument,
 * the layer, the file) so that a notebook user or a CLI user can act on it without reading code; a hint,
 * where one helps, says what to do instead.
 *
 * Printed (by `console.error`, tslab, node's REPL), an XaiError is its message and hint alone: its stack
 * lists only xai-lab's own files, which tell a user nothing (and JupyterLab fetches every path it shows).
 * `XAI_LAB_DEBUG=1` in the environment prints the stack as well.
 */

export { didYouMean } from "./suggest";

/** util.inspect's hook (node:util's `inspect.custom`), named rather than imported: errors/ needs no node module. */
const INSPECT = Symbol.for("nodejs.util.inspect.custom");

export interface XaiErrorOptions {
  /** What to do about it, one sentence; printed on its own line after the message. */
  readonly hint?: string;
}

export class XaiError extends Error {
  /** What to do about it, when the message alone does not say. */
  readonly hint: string | undefined;

  constructor(message: string, options: XaiErrorOptions = {}) {
    super(message);
    this.name = "XaiError";
    this.hint = options.hint;
  }

  [INSPECT](): string {
    return formatError(this);
  }
}

/** Throws an XaiError with `message` unless `condition` holds. */
export function check(condition: unknown, message: string | (() => string), options?: XaiErrorOptions): asserts condition {
  if (!condition) throw new XaiError(typeof message === "string" ? message : message(), options);
}

/** Whether stacks are printed: `XAI_LAB_DEBUG=1` (or any value but 0, false or empty). */
export function debugging(): boolean {
  const value = typeof process === "undefined" ? undefined : process.env["XAI_LAB_DEBUG"];
  return value !== undefined && value !== "" && value !== "0" && value.toLowerCase() !== "false";
}

/**
 * How an error is shown to a user: `Name: message` (and the hint on the next line); the stack only when
 * debugging. A value that is not an Error (`throw "text"`, `Promise.reject(42)`) is shown as it is.
 */
export function formatError(e: unknown): string {
  if (!(e instanceof Error) && !isErrorLike(e)) return typeof e === "string" ? e : describeValue(e);
  const error = e as Error & { hint?: unknown };
  const head =
    debugging() && typeof error.stack === "string" && error.stack.length > 0
      ? error.stack
      : `${error.name || "Error"}${error.message ? `: ${error.message}` : ""}`;
  return typeof error.hint === "string" && error.hint.length > 0 ? `${head}\n  hint: ${error.hint}` : head;
}

/** A short description of any value, for the "got …" part of error messages. */
export function describeValue(v: unknown): string {
  if (v === null) return "null";
  if (v === undefined) return "undefined";
  if (Array.isArray(v)) return `an array of length ${v.length}`;
  if (typeof v === "object") {
    const o = v as { shape?: unknown; constructor?: { name?: string } };
    if (Array.isArray(o.shape))
      return `${o.constructor?.name === "Tensor" || o.constructor?.name === "Variable" ? "a tensor" : (o.constructor?.name ?? "an object")} of shape [${o.shape.join(", ")}]`;
    const keys = Object.keys(v).slice(0, 6);
    return `${o.constructor?.name && o.constructor.name !== "Object" ? `a ${o.constructor.name}` : "an object"}${keys.length ? ` with keys ${keys.join(", ")}` : ""}`;
  }
  if (typeof v === "string") return `the string ${JSON.stringify(v.length > 30 ? v.slice(0, 30) + "…" : v)}`;
  return `${typeof v} ${String(v)}`;
}

/** An error from another realm (vm contexts) or another copy of xai-lab is not `instanceof Error`. */
function isErrorLike(e: unknown): boolean {
  return typeof e === "object" && e !== null && typeof (e as { message?: unknown }).message === "string" && typeof (e as { name?: unknown }).name === "string";
}

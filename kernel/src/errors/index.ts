/**
 * The one error type the library throws for bad input. Its message names the problem (the argument,
 * the layer, the file) so that a notebook user or a CLI user can act on it without reading code.
 */
export class XaiError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "XaiError";
  }
}

/** Throws an XaiError with `message` unless `condition` holds. */
export function check(condition: unknown, message: string | (() => string)): asserts condition {
  if (!condition) throw new XaiError(typeof message === "string" ? message : message());
}

/** A short description of any value, for the "got …" part of error messages. */
export function describeValue(v: unknown): string {
  if (v === null) return "null";
  if (v === undefined) return "undefined";
  if (Array.isArray(v)) return `an array of length ${v.length}`;
  if (typeof v === "object") {
    const o = v as { shape?: unknown; constructor?: { name?: string } };
    if (Array.isArray(o.shape)) return `${o.constructor?.name === "Tensor" || o.constructor?.name === "Variable" ? "a tensor" : (o.constructor?.name ?? "an object")} of shape [${o.shape.join(", ")}]`;
    const keys = Object.keys(v).slice(0, 6);
    return `${o.constructor?.name && o.constructor.name !== "Object" ? `a ${o.constructor.name}` : "an object"}${keys.length ? ` with keys ${keys.join(", ")}` : ""}`;
  }
  if (typeof v === "string") return `the string ${JSON.stringify(v.length > 30 ? v.slice(0, 30) + "…" : v)}`;
  return `${typeof v} ${String(v)}`;
}

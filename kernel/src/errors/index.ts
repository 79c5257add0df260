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

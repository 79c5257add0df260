/**
 * Reading what users pass to show() — tensors or plain { shape, data } — into flat values, and writing
 * them into payloads. Tensors are read with `await t.data()` (WebGPU cannot read synchronously), which
 * creates no tensor, so tf.memory() is unchanged.
 */
import { XaiError, check, describeValue } from "../errors";
import type { DenseArray } from "../protocol";

/** Flat row-major values with their shape. */
export interface Flat {
  shape: number[];
  data: ArrayLike<number>;
}

/** Significant digits kept in payload arrays: plenty for drawing, and a third of the JSON of full doubles. */
const DIGITS = 6;

/** The values of a tensor or of a `{ shape, data }` object; `what` names it in errors. */
export async function readValues(v: unknown, what: string): Promise<Flat> {
  check(v !== null && typeof v === "object", () => `${what} must be a tensor or { shape, data }, got ${describeValue(v)}`);
  const o = v as Partial<Record<"shape" | "data" | "isDisposed" | "dtype", unknown>>;
  check(
    Array.isArray(o.shape) && o.shape.every((d) => Number.isInteger(d) && (d as number) >= 0),
    () => `${what} must have a shape (a list of sizes), got ${describeValue(o.shape)}`,
  );
  const shape = (o.shape as number[]).slice();
  let data: ArrayLike<number>;
  if (typeof o.data === "function") {
    if (o.isDisposed === true) throw new XaiError(`${what} is a disposed tensor; show it before calling dispose()`);
    check(o.dtype !== "string" && o.dtype !== "complex64", () => `${what} is a ${String(o.dtype)} tensor; it must be numeric`);
    data = await (o.data as () => Promise<ArrayLike<number>>).call(v);
  } else {
    check(
      o.data !== null && typeof o.data === "object" && typeof (o.data as ArrayLike<number>).length === "number",
      () => `${what}.data must be an array of numbers, got ${describeValue(o.data)}`,
    );
    data = o.data as ArrayLike<number>;
  }
  const size = shape.reduce((a, b) => a * b, 1);
  check(data.length === size, () => `${what} has ${data.length} values, but its shape [${shape.join(", ")}] needs ${size}`);
  return { shape, data };
}

/** Values `[offset, offset + size)` of `data` as a payload array of `shape`; non-finite values are an error. */
export function toDense(data: ArrayLike<number>, shape: readonly number[], what: string, offset = 0): DenseArray {
  const size = shape.reduce((a, b) => a * b, 1);
  const out = new Array<number>(size);
  for (let i = 0; i < size; i++) {
    const v = data[offset + i]!;
    if (typeof v !== "number" || !Number.isFinite(v)) throw new XaiError(`${what} contains ${String(v)} at index ${i}; only finite values can be displayed`);
    out[i] = round(v);
  }
  return { shape: shape.slice(), data: out };
}

/** `v` to DIGITS significant digits (exactly 0 stays 0). */
export function round(v: number): number {
  return v === 0 ? 0 : Number(v.toPrecision(DIGITS));
}

/** Whether `v` is a tensor (anything with a shape and an asynchronous `data()` read). */
export function isTensorLike(v: unknown): boolean {
  return v !== null && typeof v === "object" && Array.isArray((v as { shape?: unknown }).shape) && typeof (v as { data?: unknown }).data === "function";
}

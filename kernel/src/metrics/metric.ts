/**
 * What every metric of explanation quality shares (methods.md §6): it is a plain function that says
 * which direction is better, on the function itself and on every result it returns, so that tables
 * and plots never have to guess whether a smaller number is good news.
 */
import type { ExplainOptions } from "../attribution/explain";
import { check, describeValue } from "../errors";
import { mulberry32 } from "../random";

/** Which direction of a metric's value is better. */
export type Better = "lower" | "higher";

/** An explanation method and its parameters, as `explain` takes them (`{ method: "zplus" }`). */
export interface MethodSpec extends ExplainOptions {
  readonly method: string;
}

/** A method given by name or as a spec; the name of either. */
export type MethodLike = string | MethodSpec;

/** The spec of a method given by name or spec. */
export function methodSpec(method: MethodLike): MethodSpec {
  if (typeof method === "string") return { method };
  check(
    method !== null && typeof method === "object" && typeof method.method === "string",
    () => `a method must be a name or an object { method, ...options }, got ${describeValue(method)}`,
  );
  return method;
}

/** A seeded pseudo-random generator (mulberry32) in [0, 1): the same seed gives the same sequence everywhere. */
export function seededRandom(seed: number): () => number {
  check(Number.isFinite(seed), () => `seed must be a finite number, got ${describeValue(seed)}`);
  return mulberry32(Math.floor(seed));
}

/** Lets the event loop run (a notebook display can send a progress update) before the next step. */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

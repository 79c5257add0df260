/**
 * Every option given to `explain` must apply to the method: a rule parameter given to a gradient method,
 * an ε given to a composite without ε-rules, a composite table given with a named method or a misspelt
 * option would otherwise be ignored in silence, and the result would not be what the user asked for.
 * The CLI checks its flags with the same function (naming the flag instead of the option).
 */
import { XaiError, didYouMean } from "../errors";
import type { ExplainOptions } from "./explain";
import type { Method } from "./method/method";

/**
 * The options every method takes, besides its own `parameters`: what to explain, and how the work is done
 * (the preparation's canonizers, cache and memory budgets, worker threads, profiling). An option that
 * applies to every method belongs here, or explain refuses it as unknown.
 */
export const COMMON_OPTIONS: readonly string[] = ["method", "target", "layers", "canonizers", "cacheBytes", "workBytes", "workers", "profile"];

/**
 * The first option of `options` that `method` cannot use, or null. Options given as undefined, and
 * switches given as false (their default), count as not given.
 */
export function inapplicableOption(method: Method, options: ExplainOptions): string | null {
  for (const [key, value] of Object.entries(options)) {
    if (value === undefined || value === false) continue;
    if (key === "layers" ? !method.layers : !COMMON_OPTIONS.includes(key) && !method.parameters.includes(key as keyof ExplainOptions)) return key;
  }
  return null;
}

/** `options` without the ones `method` cannot use (see `applicableOptions`). */
export function onlyApplicable(method: Method, options: ExplainOptions): ExplainOptions {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(options)) if (inapplicableOption(method, { [key]: value }) === null) out[key] = value;
  return out as ExplainOptions;
}

/**
 * Throws an XaiError for the first option `method` cannot use: unknown to every method (a typo), or
 * known but not this method's. `methods` are all the methods, for the list of known options.
 */
export function checkApplicable(method: Method, options: ExplainOptions, methods: readonly Method[]): void {
  const key = inapplicableOption(method, options);
  if (key === null) return;
  const known = [...new Set([...COMMON_OPTIONS, ...methods.flatMap((m) => m.parameters as readonly string[])])];
  if (!known.includes(key)) throw new XaiError(`unknown option '${key}'${didYouMean(key, known)}; explain takes ${known.join(", ")}`);
  throw new XaiError(notApplicable(method, key, methods));
}

/**
 * Why `key` does not apply to `method`, and which methods it does apply to; `flag` names an option as the
 * caller's user knows it (the CLI: `--zero-bias`).
 */
export function notApplicable(method: Method, key: string, methods: readonly Method[], flag: (key: string) => string = (k) => k): string {
  const name = flag === undefined || flag(key) === key ? `option '${key}'` : flag(key);
  if (key === "layers") {
    const others = methods.filter((m) => m.layers && m.family !== "lrp").map((m) => m.name);
    return `${name} does not apply to method '${method.name}', which has no relevance per layer (the LRP methods${others.map((m) => `, ${m}`).join("")} have it)`;
  }
  if (key === "composite") {
    return `a composite table applies to method 'lrp' only; method '${method.name}' is ${method.family === "lrp" ? "a named composite" : "not LRP"} (give the table with method 'lrp', or without a method)`;
  }
  const takes = method.parameters.filter((p) => p !== "composite").map(flag);
  const all = methods.filter((m) => m.parameters.includes(key as keyof ExplainOptions)).map((m) => m.name);
  const users = all.length > 8 ? [...all.slice(0, 8), "…"] : all;
  return `${name} does not apply to method '${method.name}' (${takes.length ? `it takes ${takes.join(", ")}` : "it takes none of the method options"})${users.length ? `; methods that use it: ${users.join(", ")}` : ""}`;
}

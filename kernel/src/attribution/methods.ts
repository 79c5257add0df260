/**
 * The registry of methods `explain` understands (design.md; methods.md §2–4): one method per file,
 * each behind the one verb. Adding a method means adding its file and one line here.
 */
import { XaiError, check, describeValue } from "../errors";
import { checkApplicable, onlyApplicable } from "./applicable";
import type { ExplainOptions } from "./explain";
import { deconvnet } from "./method/deconvnet";
import { gradient } from "./method/gradient";
import { gradientXInput } from "./method/gradientXInput";
import { guidedBackprop } from "./method/guidedBackprop";
import { integratedGradients } from "./method/integratedGradients";
import { checkLrpOptions, LRP_METHODS } from "./method/lrp";
import type { Method } from "./method/method";
import { occlusion } from "./method/occlusion";
import { sensitivity } from "./method/sensitivity";
import { smoothgrad } from "./method/smoothgrad";
import { taylor } from "./method/taylor";

export type { Chunk, ChunkResult, Method, MethodFamily, Plan } from "./method/method";

/** Every method, in the order lists show them. */
export const METHODS: readonly Method[] = [
  gradient,
  sensitivity,
  gradientXInput,
  taylor,
  guidedBackprop,
  deconvnet,
  smoothgrad,
  integratedGradients,
  occlusion,
  ...LRP_METHODS,
];

/** Every method name, for `--help`, widgets and error messages. `lrp` takes a custom composite table. */
export const METHOD_NAMES: readonly string[] = METHODS.map((m) => m.name);

/** The methods computed from one input gradient, without LRP rules. */
export const GRADIENT_METHODS: readonly string[] = METHODS.filter((m) => m.family === "gradient").map((m) => m.name);

const BY_NAME = new Map(METHODS.map((m) => [m.name, m]));

/** Whether `name` is a method that uses no LRP rules (the rule parameters do not apply to it). */
export function isGradientMethod(name: string): boolean {
  return BY_NAME.get(name)?.family === "gradient";
}

/** The method `name`; an XaiError listing the known names otherwise. */
export function methodNamed(name: string): Method {
  const method = BY_NAME.get(name);
  if (!method) throw new XaiError(`unknown method '${name}'; known: ${METHOD_NAMES.join(", ")}`);
  return method;
}

/** The method `options` ask for (default epsilon-plus-flat, or lrp when only a composite is given), checked. */
export function methodOf(options: ExplainOptions): Method {
  const name = options.method ?? (options.composite ? "lrp" : "epsilon-plus-flat");
  check(typeof name === "string", () => `method must be a string, got ${describeValue(name)}`);
  const method = methodNamed(name);
  checkLrpOptions(name, options);
  checkApplicable(method, options, METHODS);
  return method;
}

/**
 * `options` without the options its method cannot use, for settings shared by several methods (a widget's
 * controls, a loop over methods): `explain(model, x, applicableOptions({ method, epsilon: 0.1, low: 0, high: 1 }))`.
 */
export function applicableOptions(options: ExplainOptions): ExplainOptions {
  return onlyApplicable(methodNamed(options.method ?? (options.composite ? "lrp" : "epsilon-plus-flat")), options);
}

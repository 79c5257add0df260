/** The method names `explain` understands (design.md): the gradient family and the LRP composites. */
import { COMPOSITE_NAMES } from "../composites";

export const GRADIENT_METHODS = ["gradient", "sensitivity", "gradient-x-input", "taylor"] as const;

/** Every method name, for `--help` and error messages. `lrp` takes a custom composite table. */
export const METHOD_NAMES: readonly string[] = [...GRADIENT_METHODS, ...COMPOSITE_NAMES, "lrp-0", "lrp"];

export function isGradientMethod(name: string): name is (typeof GRADIENT_METHODS)[number] {
  return (GRADIENT_METHODS as readonly string[]).includes(name);
}

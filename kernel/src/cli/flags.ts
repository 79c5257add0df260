/**
 * The flags several commands share, defined once: the model, the explained class, the LRP rule parameters,
 * the output file, --help; and the checks and copying that go with them (a rule flag becomes the explain
 * option of the same name, a flag the method cannot use is refused as the library refuses the option).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { inapplicableOption, notApplicable } from "../attribution/applicable";
import type { ExplainOptions } from "../attribution/explain";
import type { Method } from "../attribution/method/method";
import type { CompositeOptions } from "../composites";
import { check } from "../errors";
import type { OptionSpecs, ParsedOptions } from "./args";

export const MODEL_FLAG = {
  model: { type: "string", value: "FILE", description: "the tfjs layers model: its model.json (weight files beside it), or the folder holding it" },
} as const satisfies OptionSpecs;

export const HELP_FLAG = {
  help: { type: "boolean", description: "show this help" },
} as const satisfies OptionSpecs;

/** The LRP rule parameters (methods.md §3), named as the library's options; --zero-bias is zeroBias. */
export const RULE_FLAGS = {
  epsilon: { type: "number", value: "E", description: "the ε of the ε-rule, > 0 (default 1e-6; larger values absorb weak, noisy contributions)" },
  gamma: { type: "number", value: "G", description: "the γ of the γ-rule, ≥ 0 (epsilon-gamma-box; default 0.25)" },
  alpha: { type: "number", value: "A", description: "the α of the αβ-rule; α − β must be 1 (default 2)" },
  beta: { type: "number", value: "B", description: "the β of the αβ-rule, ≥ 0 (default α − 1)" },
  low: {
    type: "numbers",
    value: "L[,L...]",
    description: "lowest input value for the box rule (dtd-zb, epsilon-gamma-box): a scalar,\none value per channel, or one per input element",
  },
  high: { type: "numbers", value: "H[,H...]", description: "highest input value for the box rule, like --low (e.g. --low 0 --high 1 for images)" },
  "zero-bias": { type: "boolean", description: "leave the biases out of every LRP rule's denominator" },
} as const satisfies OptionSpecs;

/** The explained class: `--target K` or one per sample, `--target K1,K2,...`. */
export function targetFlag(description: string) {
  return { target: { type: "integers", value: "K[,K...]", description } } as const satisfies OptionSpecs;
}

/** `--out FILE` whose name ends in one of `kinds` (".json", ".png"). */
export function outFlag(value: string, description: string) {
  return { out: { type: "string", value, description } } as const satisfies OptionSpecs;
}

/** The explain options the rule flags give (only those given). */
export function ruleOptions(o: ParsedOptions<typeof RULE_FLAGS>): CompositeOptions {
  const options: CompositeOptions = {};
  if (o.epsilon !== undefined) options.epsilon = o.epsilon;
  if (o.gamma !== undefined) options.gamma = o.gamma;
  if (o.alpha !== undefined) options.alpha = o.alpha;
  if (o.beta !== undefined) options.beta = o.beta;
  if (o.low !== undefined) options.low = o.low;
  if (o.high !== undefined) options.high = o.high;
  if (o["zero-bias"]) options.zeroBias = true;
  return options;
}

/** The flag that sets the explain option `key`. */
export function flagOf(key: string): string {
  return `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

/** Refuses the first flag that `method` cannot use, naming the flag (the library's rule, the CLI's words). */
export function checkMethodFlags(method: Method, options: ExplainOptions, methods: readonly Method[]): void {
  const key = inapplicableOption(method, options);
  check(key === null, () => notApplicable(method, key!, methods, flagOf));
}

/**
 * The checked `--out` file: its name ends in one of `kinds` and its folder exists, so that a run never
 * fails after its work for want of a place to write. Null without --out.
 */
export function outFile(out: string | undefined, kinds: readonly string[]): string | null {
  if (out === undefined) return null;
  const ext = path.extname(out).toLowerCase();
  check(kinds.includes(ext), `--out ${out}: the file name must end in ${kinds.join(" or ")}`);
  const dir = path.dirname(path.resolve(out));
  check(fs.existsSync(dir) && fs.statSync(dir).isDirectory(), `--out ${out}: the folder ${dir} does not exist`);
  check(!fs.existsSync(out) || !fs.statSync(out).isDirectory(), `--out ${out} is a folder`);
  return out;
}

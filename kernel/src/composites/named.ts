/**
 * The named composites of methods.md §4 as tables. Options override the rule parameters: `epsilon`
 * every ε-rule, `gamma` the γ-rule, `alpha`/`beta` the αβ-rules, `low`/`high` the box rule, `zeroBias` all.
 */
import { XaiError, check } from "../errors";
import { alphaBeta, epsilon, gamma, lrp0, wSquare, zBox, zPlus, flat, type Bounds, type Rule } from "../rules";
import { DEFAULT_STABILISER } from "../rules/rule";
import type { Composite } from "./composite";

export interface CompositeOptions {
  epsilon?: number;
  gamma?: number;
  alpha?: number;
  beta?: number;
  low?: Bounds;
  high?: Bounds;
  zeroBias?: boolean;
}

const FIRST = { first: true } as const;
const CONV = { kind: "conv" } as const;
const DENSE = { kind: "dense" } as const;
const LINEAR = { kind: "linear" } as const;

type Maker = (o: CompositeOptions) => Composite;

const NAMED: Record<string, Maker> = {
  epsilon: (o) => [{ match: LINEAR, rule: eps(o, o.epsilon) }],
  zplus: (o) => [{ match: LINEAR, rule: zPlus(o) }],
  alpha2beta1: (o) => [{ match: LINEAR, rule: ab(o) }],
  "epsilon-plus": (o) => [
    { match: CONV, rule: zPlus(o) },
    { match: DENSE, rule: eps(o) },
  ],
  "epsilon-plus-flat": (o) => [
    { match: FIRST, rule: flat(o) },
    { match: CONV, rule: zPlus(o) },
    { match: DENSE, rule: eps(o) },
  ],
  "epsilon-gamma-box": (o) => [
    { match: FIRST, rule: box(o, "epsilon-gamma-box") },
    { match: CONV, rule: gamma({ gamma: o.gamma ?? 0.25, zeroBias: o.zeroBias }) },
    { match: DENSE, rule: eps(o) },
  ],
  "epsilon-alpha2beta1": (o) => [
    { match: CONV, rule: ab(o) },
    { match: DENSE, rule: eps(o) },
  ],
  "dtd-zb": (o) => [
    { match: FIRST, rule: box(o, "dtd-zb") },
    { match: LINEAR, rule: zPlus(o) },
  ],
  "dtd-w2": (o) => [
    { match: FIRST, rule: wSquare(o) },
    { match: LINEAR, rule: zPlus(o) },
  ],
  "lrp-0": (o) => [{ match: LINEAR, rule: lrp0(o) }],
};

/** Other names the paper and the libraries use for the same tables. */
const ALIASES: Record<string, string> = { alpha1beta0: "zplus", "lrp-epsilon": "epsilon", dtd: "dtd-zb" };

/** The names of every named composite. */
export const COMPOSITE_NAMES: readonly string[] = [...Object.keys(NAMED), ...Object.keys(ALIASES)];

/** The named composite `name` with the given parameters. */
export function namedComposite(name: string, options: CompositeOptions = {}): Composite {
  const make = NAMED[ALIASES[name] ?? name];
  if (!make) throw new XaiError(`unknown composite '${name}'; known: ${COMPOSITE_NAMES.join(", ")}`);
  return make(options);
}

function eps(o: CompositeOptions, value = o.epsilon ?? DEFAULT_STABILISER): Rule {
  return epsilon({ epsilon: value, zeroBias: o.zeroBias });
}

function ab(o: CompositeOptions): Rule {
  const alpha = o.alpha ?? (o.beta !== undefined ? o.beta + 1 : 2);
  return alphaBeta({ alpha, beta: o.beta ?? alpha - 1, zeroBias: o.zeroBias });
}

function box(o: CompositeOptions, name: string): Rule {
  check(o.low !== undefined && o.high !== undefined, `composite '${name}' needs the input bounds low and high (e.g. low: 0, high: 1 for images in [0, 1])`);
  if (o.low === undefined || o.high === undefined) throw new XaiError("unreachable");
  return zBox({ low: o.low, high: o.high, zeroBias: o.zeroBias });
}

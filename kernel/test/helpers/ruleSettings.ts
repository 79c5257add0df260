/** The rule settings every rule test runs: each rule of methods.md §3 with several parameters, with and without zeroBias. */
import type { PlainRule } from "./plainRules";
import type { Random } from "./random";

/** The rules that need no input bounds, several parameter values each. */
export const UNBOUNDED_RULES: readonly PlainRule[] = [
  { name: "lrp-0" },
  { name: "epsilon", epsilon: 0 },
  { name: "epsilon", epsilon: 0.01 },
  { name: "epsilon", epsilon: 0.25 },
  { name: "epsilon", epsilon: 1 },
  { name: "gamma", gamma: 0 },
  { name: "gamma", gamma: 0.25 },
  { name: "gamma", gamma: 1 },
  { name: "gamma", gamma: 10 },
  { name: "zplus" },
  { name: "alpha-beta", alpha: 2, beta: 1 },
  { name: "alpha-beta", alpha: 3, beta: 2 },
  { name: "alpha-beta", alpha: 1, beta: 0 },
  { name: "flat" },
  { name: "w-square" },
];

/**
 * z^B settings for a layer input of shape `inShape` whose values lie in [−1, 1]: scalar bounds, one
 * pair per channel (last axis) and one per element, the last two drawn around ±1.
 */
export function boxRules(inShape: readonly number[], rng: Random): PlainRule[] {
  const n = inShape.reduce((a, c) => a * c, 1);
  const c = inShape[inShape.length - 1]!;
  const rules: PlainRule[] = [{ name: "zbox", low: -1, high: 1 }];
  if (c !== n) rules.push({ name: "zbox", low: Array.from(rng.array(c, -1.5, -1)), high: Array.from(rng.array(c, 1, 1.5)) });
  rules.push({ name: "zbox", low: Array.from(rng.array(n, -1.5, -1)), high: Array.from(rng.array(n, 1, 1.5)) });
  return rules;
}

/** Each rule with zeroBias false, then true. */
export function withZeroBias(rules: readonly PlainRule[]): PlainRule[] {
  return rules.flatMap((r) => [
    { ...r, zeroBias: false },
    { ...r, zeroBias: true },
  ]);
}

/**
 * In which order pixel-flipping removes patches. "most-relevant-first" is the paper's procedure (a
 * good explanation makes the score fall fast: low area under the curve); "least-relevant-first" is its
 * mirror (a good explanation keeps the score up: high area); "random" is the seeded baseline that
 * both should beat.
 */
import { check } from "../errors";
import { permutation } from "../random";
import { seededRandom } from "./metric";
import type { Better } from "./metric";

export type Ordering = "most-relevant-first" | "least-relevant-first" | "random";

export const ORDERINGS: readonly Ordering[] = ["most-relevant-first", "least-relevant-first", "random"];

/** Validates an ordering name. */
export function checkOrdering(order: unknown): Ordering {
  check(ORDERINGS.includes(order as Ordering), () => `order must be one of ${ORDERINGS.join(", ")}, got ${JSON.stringify(order)}`);
  return order as Ordering;
}

/** Which direction of the area under the curve is better for an ordering. */
export function betterFor(order: Ordering): Better {
  return order === "least-relevant-first" ? "higher" : "lower";
}

/**
 * The next patch to remove among those not yet `removed`: the most (or least) relevant, ties going
 * to the lower patch index so that every implementation picks the same one.
 */
export function nextPatch(relevance: ArrayLike<number>, removed: ArrayLike<number>, order: Exclude<Ordering, "random">): number {
  let best = -1;
  for (let p = 0; p < relevance.length; p++) {
    if (removed[p]) continue;
    if (best < 0) best = p;
    else if (order === "most-relevant-first" ? relevance[p]! > relevance[best]! : relevance[p]! < relevance[best]!) best = p;
  }
  return best;
}

/** The full removal order of one example's patches (the greedy `nextPatch` order, computed by sorting). */
export function rankPatches(relevance: ArrayLike<number>, order: Exclude<Ordering, "random">): number[] {
  const sign = order === "most-relevant-first" ? -1 : 1;
  return Array.from({ length: relevance.length }, (_, p) => p).sort((a, b) => sign * (relevance[a]! - relevance[b]!) || a - b);
}

/** One random permutation of `count` patches per example, from one generator seeded with `seed` (Fisher–Yates). */
export function randomOrders(examples: number, count: number, seed: number): number[][] {
  const random = seededRandom(seed);
  return Array.from({ length: examples }, () => Array.from(permutation(count, random)));
}

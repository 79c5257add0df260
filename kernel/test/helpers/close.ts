/** Comparing the engine's float32 results with Float64 references. */
import assert from "node:assert/strict";

/** The largest |a_i − b_i|. */
export function maxAbsDiff(a: ArrayLike<number>, b: ArrayLike<number>): number {
  assert.equal(a.length, b.length, `lengths differ: ${a.length} vs ${b.length}`);
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i]! - b[i]!));
  return m; // NaN anywhere makes it NaN
}

/** The largest |b_i|. */
export function maxAbs(b: ArrayLike<number>): number {
  let m = 0;
  for (let i = 0; i < b.length; i++) m = Math.max(m, Math.abs(b[i]!));
  return m;
}

/**
 * Asserts `max |actual − expected| ≤ rtol · max |expected| + atol`: relative to the largest expected
 * value, which is what float32 arithmetic can promise for sums of mixed signs.
 */
export function assertClose(actual: ArrayLike<number>, expected: ArrayLike<number>, what: string, rtol = 1e-4, atol = 1e-6): void {
  const diff = maxAbsDiff(actual, expected);
  const scale = maxAbs(expected);
  if (!(diff <= rtol * scale + atol)) {
    let at = 0;
    for (let i = 0; i < actual.length; i++) if (!(Math.abs(actual[i]! - expected[i]!) <= Math.abs(actual[at]! - expected[at]!))) at = i;
    assert.fail(
      `${what}: max |difference| ${diff.toExponential(3)} > ${rtol}·${scale.toExponential(3)} + ${atol} (at ${at}: got ${actual[at]}, expected ${expected[at]})`,
    );
  }
}

/** Asserts |actual − expected| ≤ rtol · |expected| + atol for one number. */
export function assertNear(actual: number, expected: number, what: string, rtol = 1e-4, atol = 1e-6): void {
  assertClose([actual], [expected], what, rtol, atol);
}

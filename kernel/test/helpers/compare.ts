/** Running the engine on a built net and comparing it, sample by sample, with the plain reference. */
import * as xai from "xai-lab";
import { assertClose } from "./close";
import { batchOf, compositeOf, type BuiltNet } from "./models";
import { plainExplain } from "./plainNet";
import type { PlainRule } from "./plainRules";

/** Relative float32 error allowed per unit of condition: 4 · 2⁻²⁴ (seen here: at most 0.5 · 2⁻²⁴). */
const FLOAT32_SLACK = 4 * 2 ** -24;

/**
 * Explains the batch `xs` (each of shape `inShape`) for `targets` with `rules[k]` on linear layer k, in
 * the engine (method "lrp" with a custom composite) and in the plain reference, and asserts the input
 * relevances agree to `rtol` (relative to the largest reference value of the sample), widened by the
 * reference's condition where denominators nearly cancel.
 */
export async function assertEngineMatchesPlain(
  explainer: xai.Explainer,
  net: BuiltNet,
  xs: readonly ArrayLike<number>[],
  inShape: readonly number[],
  targets: readonly number[],
  rules: readonly PlainRule[],
  what: string,
  rtol = 1e-4,
): Promise<void> {
  const x = batchOf(xs, inShape);
  const e = await explainer.explain(x, { method: "lrp", composite: compositeOf(net, rules), target: targets });
  try {
    const relevance = await e.relevance.data();
    const size = relevance.length / xs.length;
    xs.forEach((xn, n) => {
      const ref = plainExplain(net.plain, xn, targets[n]!, rules);
      assertClose([e.score[n]!], [ref.logits[targets[n]!]!], `${what}, sample ${n}: explained logit`, 1e-5);
      // Where a denominator's terms cancel (condition κ), float32 cannot do better than about κ·2⁻²⁴.
      const tolerance = rtol + FLOAT32_SLACK * ref.condition;
      assertClose(
        relevance.subarray(n * size, (n + 1) * size),
        ref.relevance,
        `${what}, sample ${n} (target ${targets[n]}, condition ${ref.condition.toFixed(0)})`,
        tolerance,
      );
    });
  } finally {
    e.dispose();
    x.dispose();
  }
}

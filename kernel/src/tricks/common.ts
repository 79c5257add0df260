/** What the tricks share: their result type and the explaining of a long batch in chunks. */
import * as tf from "@tensorflow/tfjs";
import type { ExplainOptions, Explainer, Explanation } from "../attribution/explain";
import { check, describeValue } from "../errors";
import { checkpoint } from "../interrupt";

/**
 * A trick's explanation: an `Explanation` like `explain` returns (so `show()` and every consumer of
 * explanations take it), whose tensors belong to the caller (`dispose()`).
 */
export type TrickExplanation = Explanation;

/** Relevance and logits of every row of `inputs`, explained `batchSize` rows at a time. The caller disposes both. */
export async function explainInChunks(
  explainer: Explainer,
  inputs: tf.Tensor,
  options: ExplainOptions,
  targets: readonly number[] | undefined,
  batchSize: number,
  what = "explaining",
): Promise<{ relevance: tf.Tensor; logits: tf.Tensor; method: string }> {
  const n = inputs.shape[0]!;
  const relevances: tf.Tensor[] = [];
  const outputs: tf.Tensor[] = [];
  let method = options.method ?? "epsilon-plus-flat";
  try {
    for (let start = 0; start < n; start += batchSize) {
      await checkpoint(what);
      const count = Math.min(batchSize, n - start);
      const chunk = count === n ? inputs : tf.slice(inputs, start, count);
      try {
        const e = await explainer.explain(chunk, {
          ...options,
          layers: false,
          ...(targets ? { target: targets.slice(start, start + count) } : { target: undefined }),
        });
        relevances.push(e.relevance);
        outputs.push(e.output);
        method = e.method;
      } finally {
        if (chunk !== inputs) chunk.dispose();
      }
    }
    if (relevances.length === 1) return { relevance: relevances[0]!, logits: outputs[0]!, method };
    return { relevance: tf.concat(relevances), logits: tf.concat(outputs), method };
  } finally {
    if (relevances.length > 1) for (const t of [...relevances, ...outputs]) t.dispose();
  }
}

/** Checks a positive integer option. */
export function positiveInteger(value: unknown, name: string): number {
  check(typeof value === "number" && Number.isInteger(value) && value > 0, () => `${name} must be a positive integer, got ${describeValue(value)}`);
  return value as number;
}

/** Σ over each sample of `relevance` [N, ...]. */
export async function sumsPerSample(relevance: tf.Tensor): Promise<number[]> {
  const sums = tf.tidy(() => tf.sum(tf.reshape(relevance, [relevance.shape[0]!, -1]), 1));
  try {
    return Array.from(await sums.data());
  } finally {
    sums.dispose();
  }
}

/** The fields every trick result has, as an Explanation with extra fields; `dispose()` frees both tensors. */
export function trickResult<T extends object>(
  parts: { method: string; relevance: tf.Tensor; output: tf.Tensor; target: number[]; score: number[]; relevanceSum: number[] },
  extra: T,
): Explanation & T {
  let disposed = false;
  const result: Explanation = {
    ...parts,
    backend: tf.getBackend(),
    dispose() {
      if (disposed) return;
      disposed = true;
      parts.relevance.dispose();
      parts.output.dispose();
    },
  };
  return Object.assign(result, extra);
}

/** Simple Taylor decomposition at a root point (methods.md §2; the computation is in ../taylor.ts). */
import * as tf from "@tensorflow/tfjs";
import { forward } from "../../graph/forward";
import { check } from "../../errors";
import { taylor as taylorRelevance, type RootPoint } from "../taylor";
import { chunkTargets, type Method } from "./method";

/** A root point with one root per sample ([N, ...], N > 1) sliced to the chunk; any other as it is. */
function rootFor(root: RootPoint | undefined, batch: tf.Tensor, offset: number): RootPoint | undefined {
  if (!(root instanceof tf.Tensor) || root.rank !== batch.rank || root.shape[0]! <= 1) return root;
  const n = batch.shape[0]!;
  check(offset + n <= root.shape[0]!, () => `the root point holds ${root.shape[0]} samples; the batch has more`);
  return tf.slice(root, [offset], [n]);
}

export const taylor: Method = {
  name: "taylor",
  family: "gradient",
  summary: "simple Taylor decomposition at a root point (root: nearest, zero or a tensor)",
  parameters: ["root"],
  plan: (_graph, options) => ({
    async compute(chunk) {
      const { graph, batch } = chunk;
      const targets = await chunkTargets(chunk, () => forward(graph, batch)[graph.output]!);
      return tf.tidy(() => ({ ...taylorRelevance(graph, batch, targets, { root: rootFor(options.root, batch, chunk.offset) }), targets }));
    },
  }),
};

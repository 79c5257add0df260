/** Simple Taylor decomposition at a root point (methods.md §2; the computation is in ../taylor.ts). */
import * as tf from "@tensorflow/tfjs";
import { forward } from "../../graph/forward";
import { taylor as taylorRelevance } from "../taylor";
import { chunkTargets, type Method } from "./method";

export const taylor: Method = {
  name: "taylor",
  family: "gradient",
  summary: "simple Taylor decomposition at a root point (root: nearest, zero or a tensor)",
  parameters: ["root"],
  plan: (_graph, options) => ({
    async compute(chunk) {
      const { graph, batch } = chunk;
      const targets = await chunkTargets(chunk, () => forward(graph, batch)[graph.output]!);
      return tf.tidy(() => ({ ...taylorRelevance(graph, batch, targets, { root: options.root }), targets }));
    },
  }),
};

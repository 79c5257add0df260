/**
 * The shared shape of the methods built on one input gradient (methods.md §2): one forward and one
 * backward pass per chunk, the relevance a function of the gradient and the input.
 */
import * as tf from "@tensorflow/tfjs";
import { forward } from "../../graph/forward";
import { inputGradient } from "../gradient";
import { chunkTargets, type Method } from "./method";

/** A gradient-family method whose relevance is `relevanceOf(∂f/∂x, x)`. */
export function gradientMethod(name: string, summary: string, relevanceOf: (gradient: tf.Tensor, x: tf.Tensor) => tf.Tensor): Method {
  return {
    name,
    family: "gradient",
    summary,
    parameters: [],
    plan: () => ({
      async compute(chunk) {
        const { graph, batch } = chunk;
        // Without given targets, one forward pass finds the predicted classes first.
        const targets = await chunkTargets(chunk, () => forward(graph, batch)[graph.output]!);
        return tf.tidy(() => {
          const g = inputGradient(graph, batch, targets);
          return { relevance: relevanceOf(g.gradient, batch), logits: g.logits, targets };
        });
      },
    }),
  };
}

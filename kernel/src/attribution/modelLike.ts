/**
 * What the metrics and the tricks take as a model: a tfjs LayersModel or an Explainer prepared from
 * one, and the helpers that turn either into an Explainer for the length of a call.
 */
import * as tf from "@tensorflow/tfjs";
import { check, describeValue } from "../errors";
import { Explainer } from "./explain";

/** A model to explain: a tfjs LayersModel, or an Explainer prepared from one (reused, not disposed). */
export type ModelLike = tf.LayersModel | Explainer;

/**
 * Runs `body` with an Explainer for `model`: the given one, or one prepared here and disposed after
 * `body` settles (also when it throws), so that callers never leak the canonized graph.
 */
export async function withExplainer<T>(model: ModelLike, body: (explainer: Explainer) => Promise<T>): Promise<T> {
  if (model instanceof Explainer) return body(model);
  check(model instanceof tf.LayersModel, () => `the model must be a tf.LayersModel or an Explainer (xai.prepare(model)), got ${describeValue(model)}`);
  const explainer = await Explainer.from(model);
  try {
    return await body(explainer);
  } finally {
    explainer.dispose();
  }
}

/** The model input's spatial shape [H, W, C] (the graph's input must be an image batch). */
export function imageInputShape(explainer: Explainer, what: string): [number, number, number] {
  const shape = explainer.graph.inputShape;
  check(
    shape.length === 4 && shape.slice(1).every((d) => typeof d === "number"),
    () =>
      `${what} needs a model whose input is an image batch [batch, height, width, channels]; this model takes [${shape.map((d) => d ?? "batch").join(", ")}]`,
  );
  return shape.slice(1) as [number, number, number];
}

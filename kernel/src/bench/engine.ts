/**
 * The engine benchmark: forward pass, input gradient and LRP composites, on the same backend in the
 * same run, reported as median ms and as ratios to the forward pass and to the gradient.
 */
import * as tf from "@tensorflow/tfjs";
import * as xai from "../index";
import { median, type Row } from "./timing";

export interface EngineCase {
  readonly name: string;
  readonly model: tf.LayersModel;
  readonly input: readonly number[];
}

const COMPOSITES = ["epsilon-plus-flat", "epsilon-gamma-box", "alpha2beta1"];

/** Rows for one model on the current backend. */
export async function benchEngine(c: EngineCase, repeats: number): Promise<Row[]> {
  const x = tf.randomUniform(c.input as number[], 0, 1, "float32", 7);
  const target = 3;
  const onehot = tf.oneHot(tf.fill([c.input[0]!], target, "int32") as tf.Tensor1D, 10).toFloat();
  const model = c.model;
  // The baseline is tfjs itself: the user's model, its predict and its input gradient.
  const forward = await median(() => model.predict(x) as tf.Tensor, repeats);
  const gradFn = tf.grad((input: tf.Tensor) => tf.sum(tf.mul(model.apply(input) as tf.Tensor, onehot)));
  const gradient = await median(() => gradFn(x), repeats);
  const explainer = await xai.prepare(model);
  const rows: Row[] = [
    { name: "forward (model.predict)", ms: forward },
    { name: "input gradient (tf.grad of the model)", ms: gradient },
  ];
  const ours = await median(() => explainer.explain(x, { method: "gradient", target }), repeats);
  rows.push({ name: "xai-lab gradient", ms: ours });
  for (const method of COMPOSITES) {
    const ms = await median(() => explainer.explain(x, xai.applicableOptions({ method, target, low: 0, high: 1 })), repeats);
    rows.push({ name: `LRP ${method}`, ms });
  }
  explainer.dispose();
  x.dispose();
  onehot.dispose();
  return rows;
}

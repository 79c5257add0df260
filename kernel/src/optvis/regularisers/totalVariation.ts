/**
 * Total variation −λ Σ |x[i+1, j] − x[i, j]| + |x[i, j+1] − x[i, j]| (anisotropic, summed over channels):
 * a penalty on high-frequency patterns, the adversarial noise plain AM tends to produce (Mahendran &
 * Vedaldi 2015; Lucid's total_variation). Inputs must be images [K, H, W, C].
 */
import * as tf from "@tensorflow/tfjs";
import { check } from "../../errors";
import { Objective } from "../objectives/objective";
import { weight } from "./l2";

export function totalVariation(options: { lambda?: number } = {}): Objective {
  const lambda = weight(options.lambda ?? 0.01, "totalVariation");
  return new Objective(
    { kind: "totalVariation", lambda },
    (ctx) => {
      const x = ctx.image as tf.Tensor4D;
      const [k, h, w, c] = x.shape;
      const dy = tf.abs(tf.sub(tf.slice(x, [0, 1, 0, 0], [k, h - 1, w, c]), tf.slice(x, [0, 0, 0, 0], [k, h - 1, w, c])));
      const dx = tf.abs(tf.sub(tf.slice(x, [0, 0, 1, 0], [k, h, w - 1, c]), tf.slice(x, [0, 0, 0, 0], [k, h, w - 1, c])));
      return tf.mul(tf.add(tf.sum(dy, [1, 2, 3]), tf.sum(dx, [1, 2, 3])), -lambda);
    },
    (info) => check(info.inputShape.length === 3, `totalVariation needs image inputs [H, W, C]; the model input is [${info.inputShape.join(", ")}]`),
  );
}

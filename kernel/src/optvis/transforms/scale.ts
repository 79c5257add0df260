/** Random rescaling about the image centre by a factor drawn from a list, a fresh one every step. */
import * as tf from "@tensorflow/tfjs";
import { check } from "../../errors";
import type { Random } from "../../random";
import { interpolation, resample, type Transform } from "./transform";

/** Rescales by one of `factors` (e.g. [0.95, 1, 1.05]) with bilinear interpolation. */
export function scale(factors: readonly number[] = [0.95, 1, 1.05]): Transform {
  check(
    Array.isArray(factors) && factors.length > 0 && factors.every((f) => typeof f === "number" && f > 0 && Number.isFinite(f)),
    () => `scale needs a list of positive factors, got ${JSON.stringify(factors)}`,
  );
  const list = [...factors];
  return {
    kind: "scale",
    describe: () => ({ kind: "scale", factors: list }),
    apply(x: tf.Tensor4D, random: Random): tf.Tensor4D {
      const f = list[random.integer(0, list.length - 1)]!;
      if (f === 1) return x;
      const about = (n: number) => (i: number) => (i - (n - 1) / 2) / f + (n - 1) / 2;
      return tf.tidy(() => resample(x, interpolation(x.shape[1], about(x.shape[1])), interpolation(x.shape[2], about(x.shape[2]))));
    },
  };
}

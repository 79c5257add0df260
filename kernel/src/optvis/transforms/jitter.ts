/** Random translation by up to `pixels` pixels along each axis, a fresh offset every step. */
import * as tf from "@tensorflow/tfjs";
import { check } from "../../errors";
import type { Random } from "../../random";
import { interpolation, resample, type Transform } from "./transform";

/** Shifts the prototypes by integers dy, dx drawn uniformly from [−pixels, pixels] (edges replicated). */
export function jitter(pixels = 1): Transform {
  check(Number.isInteger(pixels) && pixels >= 0, () => `jitter needs a non-negative whole number of pixels, got ${JSON.stringify(pixels)}`);
  return {
    kind: "jitter",
    describe: () => ({ kind: "jitter", pixels }),
    apply(x: tf.Tensor4D, random: Random): tf.Tensor4D {
      const dy = random.integer(-pixels, pixels);
      const dx = random.integer(-pixels, pixels);
      if (dy === 0 && dx === 0) return x;
      return tf.tidy(() =>
        resample(
          x,
          interpolation(x.shape[1], (i) => i - dy),
          interpolation(x.shape[2], (j) => j - dx),
        ),
      );
    },
  };
}

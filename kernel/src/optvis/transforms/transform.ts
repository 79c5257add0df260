/**
 * Transforms: what the prototype must survive. Each step the model sees a randomly jittered (and
 * optionally rescaled) copy of the prototype, so that ascent cannot rely on pixel-exact patterns and
 * yields prototypes that are robust to small shifts (Mordvintsev et al. 2015; Olah et al. 2017). The
 * random parameters come from the loop's seeded stream, so runs are reproducible.
 *
 * Both transforms are separable resamplings y = A·x·Bᵀ per channel with small interpolation matrices
 * (edge pixels replicated outside the image). Matrix products differentiate on every tfjs backend,
 * where image-resize gradients and mirror padding do not.
 */
import * as tf from "@tensorflow/tfjs";
import type { Random } from "../../random";

export interface Transform {
  readonly kind: string;
  /** Settings as plain data. */
  describe(): Record<string, unknown>;
  /** A transformed copy of the images [K, H, W, C]; draws its random parameters from `random`. */
  apply(x: tf.Tensor4D, random: Random): tf.Tensor4D;
}

/**
 * [n, n] matrix mapping a signal to its resampling at source coordinates `source(i)` (bilinear,
 * indices clamped to the edge).
 */
export function interpolation(n: number, source: (i: number) => number): tf.Tensor2D {
  const m = new Float32Array(n * n);
  for (let i = 0; i < n; i++) {
    const u = Math.min(Math.max(source(i), 0), n - 1);
    const lo = Math.floor(u);
    const hi = Math.min(lo + 1, n - 1);
    const t = u - lo;
    m[i * n + lo]! += 1 - t;
    if (t > 0) m[i * n + hi]! += t;
  }
  return tf.tensor2d(m, [n, n]);
}

/** y[k, :, :, c] = rows · x[k, :, :, c] · colsᵀ for every image and channel. */
export function resample(x: tf.Tensor4D, rows: tf.Tensor2D, cols: tf.Tensor2D): tf.Tensor4D {
  return tf.tidy(() => {
    const [k, h, w, c] = x.shape;
    const alongRows = tf.reshape(tf.matMul(rows, tf.reshape(tf.transpose(x, [1, 0, 2, 3]), [h, k * w * c])), [h, k, w, c]);
    const alongCols = tf.reshape(tf.matMul(cols, tf.reshape(tf.transpose(alongRows, [2, 1, 0, 3]), [w, k * h * c])), [w, k, h, c]);
    return tf.transpose(alongCols, [1, 2, 0, 3]) as tf.Tensor4D;
  });
}

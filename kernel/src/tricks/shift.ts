/**
 * Shifting images by whole pixels, with a fill value entering at the border. The translation trick
 * shifts inputs and shifts their heatmaps back; the continuity experiment walks a digit across the frame.
 */
import * as tf from "@tensorflow/tfjs";
import { check } from "../errors";

/**
 * `x` [N, H, W, C] moved down by `dy` and right by `dx` pixels (negative: up, left); pixels that enter
 * take `fill`, pixels pushed out are lost. The caller disposes the result.
 */
export function shiftImages(x: tf.Tensor4D, dy: number, dx: number, fill = 0): tf.Tensor4D {
  check(Number.isInteger(dy) && Number.isInteger(dx), `shifts must be whole pixels, got (${dy}, ${dx})`);
  const [n, h, w, c] = x.shape;
  check(Math.abs(dy) < h && Math.abs(dx) < w, `the shift (${dy}, ${dx}) moves the ${h}×${w} image entirely out of the frame`);
  if (dy === 0 && dx === 0) return tf.clone(x);
  return tf.tidy(() => {
    const padded = tf.pad(
      x,
      [
        [0, 0],
        [Math.max(dy, 0), Math.max(-dy, 0)],
        [Math.max(dx, 0), Math.max(-dx, 0)],
        [0, 0],
      ],
      fill,
    );
    return tf.slice(padded, [0, Math.max(-dy, 0), Math.max(-dx, 0), 0], [n, h, w, c]);
  });
}

/**
 * The adjoint of a 2-D convolution (what `tf.conv2dTranspose` computes: the input gradient) written as a
 * forward convolution: dilate the output-side tensor by the stride, pad it, and correlate with the
 * spatially flipped kernel whose in/out channels are swapped.
 *
 * Why: on the wasm backend the forward convolution runs on XNNPACK while `Conv2DBackpropInput` is a
 * plain loop about ten times slower, and every LRP rule and every gradient spends most of its time in
 * this adjoint. On backends with a native transposed convolution the tfjs op is used as it is.
 */
import * as tf from "@tensorflow/tfjs";

/** Whether the forward-convolution form is the faster one on the current backend. */
export function preferForwardAdjoint(): boolean {
  return tf.getBackend() === "wasm";
}

/**
 * `Wᵀs` for `y = conv2d(x, W, strides, padding)`: s has y's shape, the result x's shape `xShape`.
 * `flipped` is `flipKernel(W)`; pass it cached when the same kernel is used repeatedly.
 */
export function conv2dAdjoint(
  s: tf.Tensor4D,
  flipped: tf.Tensor4D,
  xShape: readonly [number, number, number, number],
  strides: readonly [number, number],
  padding: "valid" | "same",
): tf.Tensor4D {
  return tf.tidy(() => {
    const [kh, kw] = flipped.shape;
    const [, h, w] = xShape;
    const [sh, sw] = strides;
    const [, ho, wo] = s.shape;
    const padTop = padding === "same" ? Math.floor(Math.max((ho - 1) * sh + kh - h, 0) / 2) : 0;
    const padLeft = padding === "same" ? Math.floor(Math.max((wo - 1) * sw + kw - w, 0) / 2) : 0;
    let d: tf.Tensor4D = dilate(dilate(s, 1, sh), 2, sw);
    // e[m] = d[m − (k − 1 − pad)], over m ∈ [0, size + k − 1): pad before, pad or crop after.
    const before = [kh - 1 - padTop, kw - 1 - padLeft];
    const after = [h + kh - 1 - before[0]! - d.shape[1], w + kw - 1 - before[1]! - d.shape[2]];
    if (after[0]! < 0 || after[1]! < 0) {
      d = tf.slice(d, [0, 0, 0, 0], [-1, d.shape[1] + Math.min(after[0]!, 0), d.shape[2] + Math.min(after[1]!, 0), -1]);
    }
    const e = tf.pad(d, [
      [0, 0],
      [before[0]!, Math.max(after[0]!, 0)],
      [before[1]!, Math.max(after[1]!, 0)],
      [0, 0],
    ]);
    return tf.conv2d(e, flipped, 1, "valid");
  });
}

/** [kh, kw, in, out] → the kernel of the adjoint: flipped in space, [kh, kw, out, in]. */
export function flipKernel(kernel: tf.Tensor4D): tf.Tensor4D {
  return tf.tidy(() => tf.transpose(tf.reverse(kernel, [0, 1]), [0, 1, 3, 2]));
}

/** Inserts `stride − 1` zeros between neighbours along `axis` (1: rows, 2: columns). */
function dilate(t: tf.Tensor4D, axis: 1 | 2, stride: number): tf.Tensor4D {
  if (stride === 1) return t;
  const n = t.shape[axis];
  const stacked = tf.stack([t, ...Array.from({ length: stride - 1 }, () => tf.zerosLike(t))], axis + 1);
  const shape = [...t.shape] as [number, number, number, number];
  shape[axis] = n * stride;
  const spread = tf.reshape(stacked, shape);
  const size = [-1, -1, -1, -1];
  size[axis] = (n - 1) * stride + 1;
  return tf.slice(spread, [0, 0, 0, 0], size) as tf.Tensor4D;
}

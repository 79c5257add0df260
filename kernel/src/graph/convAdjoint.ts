/**
 * The adjoint of a 2-D convolution (what `tf.conv2dTranspose` computes: the input gradient) written as a
 * forward correlation: dilate the output-side tensor by the stride, pad it, and correlate it with the
 * spatially flipped kernel (in/out channels swapped for a full convolution, per channel for a depthwise
 * one).
 *
 * Why: on the wasm backend the forward convolution runs on XNNPACK while `Conv2DBackpropInput` is a
 * plain loop about ten times slower, and there is no depthwise input-gradient kernel at all; every LRP
 * rule and every gradient spends most of its time in this adjoint. For 1×1 kernels the correlation runs
 * at the output's resolution and only its result is spread out by the stride (s² times less work than
 * correlating the dilated tensor). Larger kernels with a stride s > 1 are split into their s² phases:
 * input position i = q·s + r − pad receives only the taps t ≡ r (mod s), so every phase r is a stride-1
 * correlation of s (not dilated) with ⌈k/s⌉² of the taps. One convolution computes all phases as s²·C
 * output channels and `depthToSpace` interleaves them: no multiplications by the dilation's zeros (4/9 of
 * the work for a 3×3 kernel with stride 2), and s²× more output channels, which XNNPACK tiles better.
 */
import * as tf from "@tensorflow/tfjs";

type Shape4 = readonly [number, number, number, number];

/** Whether the forward-correlation form is the faster one on the current backend. */
export function preferForwardAdjoint(): boolean {
  return tf.getBackend() === "wasm";
}

/**
 * `Wᵀs` for `y = conv2d(x, W, strides, padding)`: s has y's shape, the result x's shape `xShape`.
 * `flipped` is `flipKernel(W, strides)`; pass it cached when the same kernel is used repeatedly.
 * `size` is W's spatial size [kh, kw].
 */
export function conv2dAdjoint(
  s: tf.Tensor4D,
  flipped: tf.Tensor4D,
  xShape: Shape4,
  strides: readonly [number, number],
  padding: "valid" | "same",
  size: readonly [number, number],
): tf.Tensor4D {
  const correlate = (e: tf.Tensor4D): tf.Tensor4D => tf.conv2d(e, flipped, 1, "valid");
  if (byPhases(size, strides)) return adjointByPhases(s, size, xShape, strides[0], padding, correlate);
  return adjointByCorrelation(s, size, xShape, strides, padding, correlate);
}

/**
 * `Wᵀs` for `y = depthwiseConv2d(x, W, strides, padding)` with W of shape [kh, kw, C, M] (output
 * channel c·M + m comes from input channel c): each output channel is correlated with its own flipped
 * filter, and the M results of each input channel are summed. `flipped` is `flipDepthwiseKernel(W)`.
 * (Strided depthwise windows stay with the dilated form: split into phases, the s² filters per channel and
 * the reordering of the phases cost 3–7× more on wasm than the dilated zeros.)
 */
export function depthwiseAdjoint(
  s: tf.Tensor4D,
  flipped: tf.Tensor4D,
  xShape: Shape4,
  strides: readonly [number, number],
  padding: "valid" | "same",
): tf.Tensor4D {
  const [kh, kw, cm] = flipped.shape;
  const c = xShape[3];
  const m = cm / c;
  return adjointByCorrelation(s, [kh, kw], xShape, strides, padding, (e) => {
    const y = tf.depthwiseConv2d(e, flipped, 1, "valid");
    if (m === 1) return y;
    const [n, h, w] = y.shape;
    return tf.sum(tf.reshape(y, [n, h, w, c, m]), 4) as tf.Tensor4D;
  });
}

/**
 * [kh, kw, in, out] → the kernel of the adjoint for these strides: flipped in space, [kh, kw, out, in]; or,
 * split into phases, [U, U, out, s²·in] with U = ⌈k/s⌉, phase r = (rh, rw) in channels r·in … (r + 1)·in − 1.
 */
export function flipKernel(kernel: tf.Tensor4D, strides: readonly [number, number]): tf.Tensor4D {
  const [kh, kw, cin, cout] = kernel.shape;
  if (!byPhases([kh, kw], strides)) return tf.tidy(() => tf.transpose(tf.reverse(kernel, [0, 1]), [0, 1, 3, 2]));
  const sh = strides[0];
  return tf.tidy(() => {
    const taps = reversedPhaseTaps(kernel, sh);
    const [uh, , uw] = taps.shape;
    return tf.reshape(tf.transpose(taps, [0, 2, 5, 1, 3, 4]), [uh!, uw!, cout, sh * sh * cin]) as tf.Tensor4D;
  });
}

/** [kh, kw, C, M] depthwise kernel → [kh, kw, C·M, 1]: each output channel's filter, flipped in space. */
export function flipDepthwiseKernel(kernel: tf.Tensor4D): tf.Tensor4D {
  return tf.tidy(() => {
    const [kh, kw, c, m] = kernel.shape;
    return tf.reshape(tf.reverse(kernel, [0, 1]), [kh, kw, c * m, 1]);
  });
}

/** Zeros before the input along one axis: tfjs's 'same' puts the smaller half of the padding first. */
export function padBefore(padding: "valid" | "same", outSize: number, stride: number, k: number, inSize: number): number {
  return padding === "same" ? Math.floor(Math.max((outSize - 1) * stride + k - inSize, 0) / 2) : 0;
}

/** Whether the adjoint of a full kh×kw convolution with these strides is computed phase by phase (see the top of the file). */
export function byPhases([kh, kw]: readonly [number, number], [sh, sw]: readonly [number, number]): boolean {
  return sh === sw && sh > 1 && (kh > 1 || kw > 1);
}

/**
 * The adjoint of a strided, padded correlation with a k×k window, given `correlate`: a stride-1 'valid'
 * correlation with the flipped kernel.
 */
function adjointByCorrelation(
  s: tf.Tensor4D,
  [kh, kw]: readonly [number, number],
  xShape: Shape4,
  strides: readonly [number, number],
  padding: "valid" | "same",
  correlate: (e: tf.Tensor4D) => tf.Tensor4D,
): tf.Tensor4D {
  return tf.tidy(() => {
    const [, h, w] = xShape;
    const [sh, sw] = strides;
    const [, ho, wo] = s.shape;
    const padTop = padBefore(padding, ho, sh, kh, h);
    const padLeft = padBefore(padding, wo, sw, kw, w);
    if (kh === 1 && kw === 1) {
      // Output (i, j) reads input (i·sh − padTop, j·sw − padLeft): correlate first, then place.
      return place(dilate(dilate(correlate(s), 1, sh), 2, sw), -padTop, -padLeft, h, w);
    }
    // e[m] = d[m − (k − 1 − pad)], over m ∈ [0, size + k − 1): pad before, pad or crop after.
    const d = dilate(dilate(s, 1, sh), 2, sw);
    return correlate(place(d, kh - 1 - padTop, kw - 1 - padLeft, h + kh - 1, w + kw - 1));
  });
}

/**
 * The adjoint by phases (stride s in both directions): `correlate` maps s, padded by U − 1 before, to the
 * s²·C phase channels; `depthToSpace` lays them out at input position q·s + r − pad.
 */
function adjointByPhases(
  s: tf.Tensor4D,
  [kh, kw]: readonly [number, number],
  xShape: Shape4,
  stride: number,
  padding: "valid" | "same",
  correlate: (e: tf.Tensor4D) => tf.Tensor4D,
): tf.Tensor4D {
  return tf.tidy(() => {
    const [, h, w] = xShape;
    const [, ho, wo] = s.shape;
    const padTop = padBefore(padding, ho, stride, kh, h);
    const padLeft = padBefore(padding, wo, stride, kw, w);
    const [uh, uw] = [Math.ceil(kh / stride), Math.ceil(kw / stride)];
    // Q phase positions cover the input; s beyond them only reaches positions past the input's end.
    const [qh, qw] = [Math.ceil((h + padTop) / stride), Math.ceil((w + padLeft) / stride)];
    const e = place(s, uh - 1, uw - 1, qh + uh - 1, qw + uw - 1);
    const spread = tf.depthToSpace(correlate(e), stride);
    return tf.slice(spread, [0, padTop, padLeft, 0], [-1, h, w, -1]) as tf.Tensor4D;
  });
}

/**
 * `kernel` [kh, kw, a, b] as its phases' taps, [U, s, U, s, a, b]: zero-padded at the end of its spatial
 * axes to U·s taps, tap u·s + r at [U − 1 − u, r], in the reverse order of u that a correlation reads.
 * (The reversal runs on a rank-4 view [U, s, U, rest]: tfjs's WebGPU reverse is wrong beyond rank 4.)
 */
function reversedPhaseTaps(kernel: tf.Tensor4D, stride: number): tf.Tensor {
  const [kh, kw, a, b] = kernel.shape;
  const [uh, uw] = [Math.ceil(kh / stride), Math.ceil(kw / stride)];
  const padded = tf.pad(kernel, [
    [0, uh * stride - kh],
    [0, uw * stride - kw],
    [0, 0],
    [0, 0],
  ]);
  return tf.reshape(tf.reverse(tf.reshape(padded, [uh, stride, uw, stride * a * b]), [0, 2]), [uh, stride, uw, stride, a, b]);
}

/** `t` shifted by (top, left) in a frame of `height` × `width`: zero-padded where it does not reach, cropped where it overhangs. */
function place(t: tf.Tensor4D, top: number, left: number, height: number, width: number): tf.Tensor4D {
  const [, h, w] = t.shape;
  const cropTop = Math.max(-top, 0);
  const cropLeft = Math.max(-left, 0);
  const keepH = Math.min(h - cropTop, height - Math.max(top, 0));
  const keepW = Math.min(w - cropLeft, width - Math.max(left, 0));
  let u = t;
  if (cropTop > 0 || cropLeft > 0 || keepH < h || keepW < w) u = tf.slice(t, [0, cropTop, cropLeft, 0], [-1, keepH, keepW, -1]);
  const before = [Math.max(top, 0), Math.max(left, 0)];
  const after = [height - before[0]! - keepH, width - before[1]! - keepW];
  if (before[0] === 0 && before[1] === 0 && after[0] === 0 && after[1] === 0) return u;
  return tf.pad(u, [
    [0, 0],
    [before[0]!, after[0]!],
    [before[1]!, after[1]!],
    [0, 0],
  ]);
}

/** Inserts `stride − 1` zeros between neighbours along `axis` (1: rows, 2: columns). */
function dilate(t: tf.Tensor4D, axis: 1 | 2, stride: number): tf.Tensor4D {
  if (stride === 1) return t;
  const [n, h, w, c] = t.shape;
  // Each element followed by stride − 1 zeros (one pad of a 5-d view), the trailing zeros cut.
  const view = axis === 1 ? [n, h, 1, w * c] : [n * h, w, 1, c];
  const pads: [number, number][] = [
    [0, 0],
    [0, 0],
    [0, stride - 1],
    [0, 0],
  ];
  const spread = tf.pad(tf.reshape(t, view), pads);
  const shape: [number, number, number, number] = axis === 1 ? [n, h * stride, w, c] : [n, h, w * stride, c];
  const size: [number, number, number, number] = axis === 1 ? [n, (h - 1) * stride + 1, w, c] : [n, h, (w - 1) * stride + 1, c];
  return tf.slice(tf.reshape(spread, shape), [0, 0, 0, 0], size) as tf.Tensor4D;
}

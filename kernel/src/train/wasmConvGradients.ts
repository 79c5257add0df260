/**
 * Convolution gradients for training on the wasm backend, written as forward convolutions.
 *
 * The wasm backend has no `Conv2DBackpropFilter` kernel (weight gradients), so `fit` of a conv net fails
 * there, and its `Conv2DBackpropInput` is a plain loop. The pure-JS cpu backend has both but is far too
 * slow: measured here on a 2-conv MNIST net (5×5×16, 5×5×32), one epoch of 8,000 digits takes about
 * 25 minutes on cpu. Both gradients are correlations, so they can run on wasm's XNNPACK forward `Conv2D`:
 *
 * - weights: `dW[i,j,c,f] = Σ_{n,p,q} x̂[n, p·s+i, q·s+j, c] · dy[n,p,q,f]` (x̂ the padded input) is a
 *   "valid" conv2d of x̂ transposed to [C, H, W, N] with dy transposed to [OH, OW, N, F] as the filter and
 *   the stride as dilation; its [C, kh, kw, F] result transposed is dW;
 * - inputs (stride 1): `dx` is dy padded by (k − 1 − pad) correlated with the spatially flipped filter
 *   whose in/out channels are swapped.
 *
 * Measured (batch 64, same net, busy 2-core machine): an im2col weight gradient (slices, concat, one
 * matMul) ~450 ms/step, routing through wasm's `Conv3DBackpropFilterV2` ~160 ms, this form ~20 ms;
 * the input gradient ~60 ms native, ~10 ms this form. A training step went from ~590 ms (im2col) to
 * ~50–100 ms. Both agree with the cpu backend's kernels to 1e-5.
 */
import * as tf from "@tensorflow/tfjs";

/**
 * Registers the two kernels for the wasm backend (the input-gradient one replaces wasm's own for
 * stride 1 and falls back to it otherwise). Returns a function that restores the previous kernels.
 */
export function installWasmConvGradients(): () => void {
  const previousInput = tf.getKernel("Conv2DBackpropInput", "wasm");
  const hadFilter = tf.getKernel("Conv2DBackpropFilter", "wasm") !== undefined;
  if (hadFilter) return () => undefined;
  tf.registerKernel({ kernelName: "Conv2DBackpropFilter", backendName: "wasm", kernelFunc: filterGradient });
  if (previousInput) {
    const native = previousInput.kernelFunc;
    tf.unregisterKernel("Conv2DBackpropInput", "wasm");
    tf.registerKernel({
      kernelName: "Conv2DBackpropInput",
      backendName: "wasm",
      kernelFunc: (args: KernelArgs) => inputGradient(args) ?? native(args),
    });
  }
  return () => {
    tf.unregisterKernel("Conv2DBackpropFilter", "wasm");
    if (previousInput) {
      tf.unregisterKernel("Conv2DBackpropInput", "wasm");
      tf.registerKernel(previousInput);
    }
  };
}

type KernelArgs = Parameters<tf.KernelFunc>[0];

function filterGradient({ inputs, backend, attrs }: KernelArgs): tf.TensorInfo {
  const x = asTensor(inputs["x"], "x") as tf.Tensor4D;
  const dy = asTensor(inputs["dy"], "dy") as tf.Tensor4D;
  const a = attrs as unknown as tf.Conv2DBackpropFilterAttrs;
  if (a.dataFormat === "NCHW") throw new Error("Conv2DBackpropFilter on wasm (xai-lab train): only NHWC is supported");
  const info = tf.backend_util.computeConv2DInfo(x.shape, a.filterShape, a.strides, 1, a.pad, a.dimRoundingMode, false, "channelsLast");
  const result = tf.tidy(() => {
    const { top, bottom, left, right } = info.padInfo;
    let padded: tf.Tensor4D = tf.pad(x, [
      [0, 0],
      [top, bottom],
      [left, right],
      [0, 0],
    ]);
    // Rows/columns past the last window do not reach any output; crop them so the result is kh × kw.
    const h = (info.outHeight - 1) * info.strideHeight + info.filterHeight;
    const w = (info.outWidth - 1) * info.strideWidth + info.filterWidth;
    if (padded.shape[1] !== h || padded.shape[2] !== w) padded = tf.slice(padded, [0, 0, 0, 0], [-1, h, w, -1]);
    const channelsAsBatch = tf.transpose(padded, [3, 1, 2, 0]);
    const dyAsFilter = tf.transpose(dy, [1, 2, 0, 3]);
    const g = tf.conv2d(channelsAsBatch, dyAsFilter, 1, "valid", "NHWC", [info.strideHeight, info.strideWidth]);
    return tf.transpose(g, [1, 2, 0, 3]);
  });
  return handOver(backend as tf.KernelBackend, result);
}

/** The stride-1 NHWC input gradient, or null for the cases left to wasm's own kernel. */
function inputGradient({ inputs, backend, attrs }: KernelArgs): tf.TensorInfo | null {
  const a = attrs as unknown as tf.Conv2DBackpropInputAttrs;
  if (a.dataFormat === "NCHW") return null;
  const dy = asTensor(inputs["dy"], "dy") as tf.Tensor4D;
  const filter = asTensor(inputs["filter"], "filter") as tf.Tensor4D;
  const info = tf.backend_util.computeConv2DInfo(a.inputShape, filter.shape, a.strides, 1, a.pad, a.dimRoundingMode, false, "channelsLast");
  if (info.strideHeight !== 1 || info.strideWidth !== 1) return null;
  const result = tf.tidy(() => {
    const kh = info.filterHeight;
    const kw = info.filterWidth;
    const top = kh - 1 - info.padInfo.top;
    const left = kw - 1 - info.padInfo.left;
    const bottom = a.inputShape[1] + kh - 1 - top - info.outHeight;
    const right = a.inputShape[2] + kw - 1 - left - info.outWidth;
    const dyPadded = tf.pad(dy, [
      [0, 0],
      [top, bottom],
      [left, right],
      [0, 0],
    ]);
    const flipped = tf.transpose(tf.reverse(filter, [0, 1]), [0, 1, 3, 2]);
    return tf.conv2d(dyPadded, flipped, 1, "valid");
  });
  return handOver(backend as tf.KernelBackend, result);
}

/** Kernel inputs arrive as the op's tensors; anything else is a tfjs change this code must learn about. */
function asTensor(info: tf.TensorInfo | undefined, name: string): tf.Tensor {
  if (!(info instanceof tf.Tensor)) throw new Error(`xai-lab wasm conv gradient: input ${name} is not a tensor`);
  return info;
}

/**
 * A kernel returns data, not a tensor: keep the data alive (one more backend reference), drop our
 * tensor, and let the engine wrap the data in the op's output tensor.
 */
function handOver(backend: tf.KernelBackend, t: tf.Tensor): tf.TensorInfo {
  backend.incRef(t.dataId);
  const info = { dataId: t.dataId, shape: t.shape, dtype: t.dtype };
  t.dispose();
  return info;
}

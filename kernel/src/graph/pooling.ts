/**
 * Max and average pooling whose backward maps are the same on every backend and agree with the forward
 * pass (TensorFlow semantics, NHWC):
 *
 * - Max pooling routes each window's value to the first arg-max of the window (row-major). tfjs'
 *   own gradient picks the first maximum on cpu but another one on wasm, so an explanation with ties
 *   (e.g. windows of zeros after a ReLU) would depend on the backend.
 * - Average pooling with 'same' padding divides each window by the number of its in-image inputs; tfjs'
 *   gradient divides by the full window size instead, which loses relevance (and gradient) at borders.
 *
 * Both backward maps only move data (exact on every backend). Windows that tile the input (stride =
 * size, the usual case) are one reshape and transpose away from a [n, oh, ow, C, K] tensor of window
 * elements (K = kh·kw, row-major); overlapping windows go through the K window offsets, the element
 * at offset (a, b) of every window being one strided slice of the padded input.
 */
import * as tf from "@tensorflow/tfjs";
import { depthwiseAdjoint, flipDepthwiseKernel, padBefore } from "./convAdjoint";
import type { Window } from "./graph";

/** The most negative float32: padding that is never a window's maximum. */
const FLT_MAX = 3.4028234663852886e38;

/**
 * Whether the backend's own max-pooling gradient already routes to the first maximum of each window
 * (checked for the cpu backend against `maxPoolRoute`); it is then used as it is, being faster there.
 */
function nativeRoutesToFirstMax(): boolean {
  return tf.getBackend() === "cpu";
}

/** Max pooling (forward as tfjs) whose gradient goes to the first maximum of each window. */
export function maxPool2d(x: tf.Tensor4D, window: Window): tf.Tensor4D {
  if (nativeRoutesToFirstMax()) return tf.maxPool(x, pair(window.size), pair(window.strides), window.padding);
  // The input is saved for the backward pass: tfjs frees the intermediates of a gradient's forward scope.
  const op = tf.customGrad(((input: tf.Tensor4D, save: tf.GradSaveFunc) => {
    save([input]);
    return {
      value: tf.maxPool(input, pair(window.size), pair(window.strides), window.padding),
      gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => maxPoolRoute(saved[0] as tf.Tensor4D, dy as tf.Tensor4D, window),
    };
  }) as unknown as Parameters<typeof tf.customGrad>[0]);
  return op(x) as tf.Tensor4D;
}

/** Average pooling (forward as tfjs) whose gradient divides by each window's in-image count. */
export function avgPool2d(x: tf.Tensor4D, window: Window): tf.Tensor4D {
  if (window.padding === "valid") return tf.avgPool(x, pair(window.size), pair(window.strides), "valid");
  const op = tf.customGrad(((input: tf.Tensor4D) => {
    const shape = input.shape;
    return {
      value: tf.avgPool(input, pair(window.size), pair(window.strides), window.padding),
      gradFunc: (dy: tf.Tensor) => avgPoolAdjoint(dy as tf.Tensor4D, shape, window),
    };
  }) as unknown as Parameters<typeof tf.customGrad>[0]);
  return op(x) as tf.Tensor4D;
}

/**
 * Global max pooling (forward as tfjs) whose gradient goes to the first maximum of each channel; tfjs'
 * gradient of `max` gives the full gradient to every tied maximum, which counts it several times.
 */
export function globalMaxPool2d(x: tf.Tensor4D): tf.Tensor2D {
  const op = tf.customGrad(((input: tf.Tensor4D, save: tf.GradSaveFunc) => {
    save([input]);
    return {
      value: tf.max(input, [1, 2]),
      gradFunc: (dy: tf.Tensor, saved: tf.Tensor[]) => globalMaxRoute(saved[0] as tf.Tensor4D, dy as tf.Tensor2D),
    };
  }) as unknown as Parameters<typeof tf.customGrad>[0]);
  return op(x) as tf.Tensor2D;
}

/** Winner-take-all over whole channels: `R` [n, C] sent to the first arg-max of each channel of `x`. */
export function globalMaxRoute(x: tf.Tensor4D, R: tf.Tensor2D): tf.Tensor4D {
  return tf.tidy(() => {
    const [n, h, w, c] = x.shape;
    const winner = firstMaxOneHot(tf.argMax(tf.reshape(x, [n, h * w, c]), 1), h * w); // [n, C, h·w]
    const spread = tf.mul(tf.transpose(winner, [0, 2, 1]), tf.reshape(R, [n, 1, c]));
    return tf.reshape(spread, x.shape);
  });
}

/** Winner-take-all: `R` (shaped like the pooled output) sent to the first arg-max of each window of `x`. */
export function maxPoolRoute(x: tf.Tensor4D, R: tf.Tensor4D, window: Window): tf.Tensor4D {
  return tf.tidy(() => {
    if (nativeRoutesToFirstMax())
      return tf.grad((a: tf.Tensor) => tf.maxPool(a as tf.Tensor4D, pair(window.size), pair(window.strides), window.padding))(x, R) as tf.Tensor4D;
    const g = geometry(x.shape, window);
    if (g.tiles) {
      if (g.kh * g.kw === 1) return fromWindows(tf.expandDims(R, 4), g, x.shape);
      const winner = tf.oneHot(tf.argMax(toWindows(x, g), 4), g.kh * g.kw); // [n, oh, ow, C, K]
      return fromWindows(tf.mul(winner, tf.expandDims(R, 4)), g, x.shape);
    }
    return overlappingRoute(x, R, g);
  });
}

/**
 * Winner-take-all for overlapping windows (ResNet's 3×3/2 pooling): every window's elements are one
 * depthwise correlation with one-hot filters — exact, each output being one input times 1 plus zeros —
 * the first arg-max over them picks the winner (row-major, as TensorFlow's forward), and the transposed
 * correlation adds what each element wins over all its windows. Three large ops, not a few per offset.
 * Padding takes −FLT_MAX (a correlation cannot carry −∞): never a maximum but for inputs that low.
 */
function overlappingRoute(x: tf.Tensor4D, R: tf.Tensor4D, g: Geometry): tf.Tensor4D {
  const [n, h, w, c] = x.shape;
  const k = g.kh * g.kw;
  const height = (g.oh - 1) * g.sh + g.kh;
  const width = (g.ow - 1) * g.sw + g.kw;
  const filters = tf.tile(tf.reshape(tf.eye(k), [g.kh, g.kw, 1, k]), [1, 1, c, 1]) as tf.Tensor4D;
  const padded = tf.pad(
    x,
    [
      [0, 0],
      [g.top, Math.max(height - g.top - h, 0)],
      [g.left, Math.max(width - g.left - w, 0)],
      [0, 0],
    ],
    -FLT_MAX,
  );
  const framed = tf.slice(padded, [0, 0, 0, 0], [n, height, width, c]) as tf.Tensor4D;
  const windows = tf.depthwiseConv2d(framed, filters, [g.sh, g.sw], "valid"); // [n, oh, ow, C·K]
  const winner = firstMaxOneHot(tf.argMax(tf.reshape(windows, [n, g.oh, g.ow, c, k]), 4), k);
  const routed = tf.reshape(tf.mul(winner, tf.expandDims(R, 4)), [n, g.oh, g.ow, c * k]) as tf.Tensor4D;
  const back = depthwiseAdjoint(routed, flipDepthwiseKernel(filters), [n, height, width, c], [g.sh, g.sw], "valid");
  const full = tf.pad(back, [
    [0, 0],
    [0, Math.max(g.top + h - height, 0)],
    [0, Math.max(g.left + w - width, 0)],
    [0, 0],
  ]);
  return tf.slice(full, [0, g.top, g.left, 0], [n, h, w, c]);
}

/** `Σ_j dy_j / count_j` over the windows j holding each input: the adjoint of average pooling. */
export function avgPoolAdjoint(dy: tf.Tensor4D, xShape: readonly number[], window: Window): tf.Tensor4D {
  return tf.tidy(() => {
    const g = geometry(xShape, window);
    const share = tf.div(dy, inImageCounts(g));
    if (g.tiles) return fromWindows(tf.mul(tf.expandDims(share, 4), tf.ones([g.kh * g.kw])), g, xShape);
    return scatter(
      offsets(g).map(() => share),
      g,
      xShape,
    );
  });
}

interface Geometry {
  readonly h: number;
  readonly w: number;
  readonly kh: number;
  readonly kw: number;
  readonly sh: number;
  readonly sw: number;
  readonly oh: number;
  readonly ow: number;
  /** Padding before the first row/column (TensorFlow puts the odd one at the end). */
  readonly top: number;
  readonly left: number;
  /** Do the windows tile the input (stride = size)? */
  readonly tiles: boolean;
  /** Size of the working grid (padded input coordinates, from −top/−left). */
  readonly gridH: number;
  readonly gridW: number;
}

function geometry(xShape: readonly number[], window: Window): Geometry {
  const [h, w] = [xShape[1]!, xShape[2]!];
  const [kh, kw] = window.size;
  const [sh, sw] = window.strides;
  const same = window.padding === "same";
  const oh = same ? Math.ceil(h / sh) : Math.ceil((h - kh + 1) / sh);
  const ow = same ? Math.ceil(w / sw) : Math.ceil((w - kw + 1) / sw);
  const top = padBefore(window.padding, oh, sh, kh, h);
  const left = padBefore(window.padding, ow, sw, kw, w);
  const tiles = sh === kh && sw === kw;
  // Tiling windows cover exactly oh·kh rows; offsets need every strided row of every offset to fit.
  const gridH = tiles ? oh * kh : oh * sh + kh;
  const gridW = tiles ? ow * kw : ow * sw + kw;
  return { h, w, kh, kw, sh, sw, oh, ow, top, left, tiles, gridH, gridW };
}

/** `x` placed in the working grid: padded with `fill` before and after, cropped where the grid is smaller. */
function padTo(x: tf.Tensor4D, g: Geometry, fill: number): tf.Tensor4D {
  const [n, , , c] = x.shape;
  const bottom = Math.max(g.gridH - g.top - g.h, 0);
  const right = Math.max(g.gridW - g.left - g.w, 0);
  const padded = tf.pad(
    x,
    [
      [0, 0],
      [g.top, bottom],
      [g.left, right],
      [0, 0],
    ],
    fill,
  );
  return tf.slice(padded, [0, 0, 0, 0], [n, g.gridH, g.gridW, c]);
}

/** The inverse placement: a working-grid tensor back in input coordinates (outside the grid: 0). */
function cropFrom(grid: tf.Tensor4D, g: Geometry): tf.Tensor4D {
  const [n, , , c] = grid.shape;
  const padded = tf.pad(grid, [
    [0, 0],
    [0, Math.max(g.top + g.h - g.gridH, 0)],
    [0, Math.max(g.left + g.w - g.gridW, 0)],
    [0, 0],
  ]);
  return tf.slice(padded, [0, g.top, g.left, 0], [n, g.h, g.w, c]);
}

/** Tiling windows: every window's elements, [n, oh, ow, C, K] (padding is −∞, never a maximum). */
function toWindows(x: tf.Tensor4D, g: Geometry): tf.Tensor {
  const [n, , , c] = x.shape;
  const blocks = tf.reshape(padTo(x, g, -Infinity), [n, g.oh, g.kh, g.ow, g.kw, c]);
  return tf.reshape(tf.transpose(blocks, [0, 1, 3, 5, 2, 4]), [n, g.oh, g.ow, c, g.kh * g.kw]);
}

/** Tiling windows: the adjoint of `toWindows`, [n, oh, ow, C, K] → [n, h, w, C]. */
function fromWindows(t: tf.Tensor, g: Geometry, xShape: readonly number[]): tf.Tensor4D {
  const [n, c] = [xShape[0]!, xShape[3]!];
  const blocks = tf.transpose(tf.reshape(t, [n, g.oh, g.ow, c, g.kh, g.kw]), [0, 1, 4, 2, 5, 3]);
  return cropFrom(tf.reshape(blocks, [n, g.gridH, g.gridW, c]) as tf.Tensor4D, g);
}

function offsets(g: Geometry): [number, number][] {
  const out: [number, number][] = [];
  for (let a = 0; a < g.kh; a++) for (let b = 0; b < g.kw; b++) out.push([a, b]);
  return out;
}

/** The adjoint of taking the element at each window offset (a strided slice), summed over the offsets, in input coordinates: [n, h, w, C]. */
function scatter(pieces: readonly tf.Tensor[], g: Geometry, xShape: readonly number[]): tf.Tensor4D {
  const [n, c] = [xShape[0]!, xShape[3]!];
  let sum: tf.Tensor | null = null;
  offsets(g).forEach(([a, b], k) => {
    const spread = tf.pad(tf.reshape(pieces[k]!, [n, g.oh, 1, g.ow, 1, c]), [
      [0, 0],
      [0, 0],
      [0, g.sh - 1],
      [0, 0],
      [0, g.sw - 1],
      [0, 0],
    ]);
    const placed = tf.pad(tf.reshape(spread, [n, g.oh * g.sh, g.ow * g.sw, c]), [
      [0, 0],
      [a, g.gridH - a - g.oh * g.sh],
      [b, g.gridW - b - g.ow * g.sw],
      [0, 0],
    ]);
    sum = sum ? tf.add(sum, placed) : placed;
  });
  return cropFrom(sum! as tf.Tensor4D, g);
}

/** How many inputs of each window lie inside the image: [1, oh, ow, 1]. */
function inImageCounts(g: Geometry): tf.Tensor4D {
  const inside = (o: number, s: number, k: number, pad: number, size: number): number => {
    let count = 0;
    for (let a = 0; a < k; a++) if (o * s + a - pad >= 0 && o * s + a - pad < size) count++;
    return count;
  };
  const data = new Float32Array(g.oh * g.ow);
  for (let i = 0; i < g.oh; i++) for (let j = 0; j < g.ow; j++) data[i * g.ow + j] = inside(i, g.sh, g.kh, g.top, g.h) * inside(j, g.sw, g.kw, g.left, g.w);
  return tf.tensor4d(data, [1, g.oh, g.ow, 1]);
}

/** One-hot rows of the arg-max indices; a window of one element (tf.oneHot refuses depth 1) always wins. */
function firstMaxOneHot(indices: tf.Tensor, depth: number): tf.Tensor {
  return depth === 1 ? tf.expandDims(tf.onesLike(indices).toFloat(), -1) : tf.oneHot(indices, depth);
}

function pair(p: readonly [number, number]): [number, number] {
  return [p[0], p[1]];
}

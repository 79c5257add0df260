/**
 * Dense and conv2d layers as plain arrays (Float64, nested loops, no tfjs), the independent side of the
 * rule tests. A layer is written out as its explicit linear map: the list of connections (i → j, w_ij)
 * of `z_j = Σ_i x_i w_ij + b_j` (methods.md §3: "a convolution is the same formula with w its padded,
 * strided linear map"). Padded positions have no connection, so every rule sees only in-image inputs.
 */

/** The explicit linear map of a layer: connection k goes from input `from[k]` to output `to[k]` with weight `w[k]`. */
export interface LinearMap {
  /** Input shape without the batch axis ([n] for dense, [h, w, c] for conv). */
  readonly inShape: readonly number[];
  readonly outShape: readonly number[];
  readonly nIn: number;
  readonly nOut: number;
  readonly from: Int32Array;
  readonly to: Int32Array;
  readonly w: Float64Array;
  /** One bias per output, or null for a layer without bias. */
  readonly bias: Float64Array | null;
}

/** A dense layer with a Keras kernel `[nIn, nOut]` (row-major). */
export function denseMap(nIn: number, nOut: number, kernel: Float64Array, bias: Float64Array | null): LinearMap {
  const from: number[] = [];
  const to: number[] = [];
  const w: number[] = [];
  for (let i = 0; i < nIn; i++) {
    for (let j = 0; j < nOut; j++) {
      from.push(i);
      to.push(j);
      w.push(kernel[i * nOut + j]!);
    }
  }
  return { inShape: [nIn], outShape: [nOut], nIn, nOut, from: Int32Array.from(from), to: Int32Array.from(to), w: Float64Array.from(w), bias };
}

export interface ConvGeometry {
  /** Input height, width, channels. */
  readonly input: readonly [number, number, number];
  /** Kernel height, width. */
  readonly kernel: readonly [number, number];
  readonly filters: number;
  readonly strides: readonly [number, number];
  readonly padding: "valid" | "same";
}

/**
 * Output size and leading padding of one spatial axis, TensorFlow's convention: "same" gives
 * `out = ceil(in / stride)` and `pad_total = max((out − 1)·stride + k − in, 0)` with `pad_before =
 * floor(pad_total / 2)` (the extra row/column goes after when the total is odd); "valid" gives
 * `out = ceil((in − k + 1) / stride)` and no padding.
 */
export function axisGeometry(size: number, k: number, stride: number, padding: "valid" | "same"): { out: number; padBefore: number } {
  if (padding === "valid") return { out: Math.ceil((size - k + 1) / stride), padBefore: 0 };
  const out = Math.ceil(size / stride);
  const total = Math.max((out - 1) * stride + k - size, 0);
  return { out, padBefore: Math.floor(total / 2) };
}

/** A conv2d layer (NHWC) with a Keras kernel `[kh, kw, c, filters]` (row-major) and one bias per filter. */
export function conv2dMap(g: ConvGeometry, kernel: Float64Array, bias: Float64Array | null): LinearMap {
  const [h, wd, c] = g.input;
  const [kh, kw] = g.kernel;
  const m = g.filters;
  const rows = axisGeometry(h, kh, g.strides[0], g.padding);
  const cols = axisGeometry(wd, kw, g.strides[1], g.padding);
  const from: number[] = [];
  const to: number[] = [];
  const w: number[] = [];
  for (let oy = 0; oy < rows.out; oy++) {
    for (let ox = 0; ox < cols.out; ox++) {
      for (let f = 0; f < m; f++) {
        const j = (oy * cols.out + ox) * m + f;
        for (let ky = 0; ky < kh; ky++) {
          const iy = oy * g.strides[0] - rows.padBefore + ky;
          if (iy < 0 || iy >= h) continue;
          for (let kx = 0; kx < kw; kx++) {
            const ix = ox * g.strides[1] - cols.padBefore + kx;
            if (ix < 0 || ix >= wd) continue;
            for (let ch = 0; ch < c; ch++) {
              from.push((iy * wd + ix) * c + ch);
              to.push(j);
              w.push(kernel[((ky * kw + kx) * c + ch) * m + f]!);
            }
          }
        }
      }
    }
  }
  return {
    inShape: [h, wd, c],
    outShape: [rows.out, cols.out, m],
    nIn: h * wd * c,
    nOut: rows.out * cols.out * m,
    from: Int32Array.from(from),
    to: Int32Array.from(to),
    w: Float64Array.from(w),
    // One bias per filter, repeated at every output position.
    bias: bias ? Float64Array.from({ length: rows.out * cols.out * m }, (_, j) => bias[j % m]!) : null,
  };
}

/** `z_j = Σ_i x_i w_ij + b_j`. */
export function linearForward(map: LinearMap, x: ArrayLike<number>): Float64Array {
  const z = new Float64Array(map.nOut);
  if (map.bias) z.set(map.bias);
  for (let k = 0; k < map.w.length; k++) z[map.to[k]!] += x[map.from[k]!]! * map.w[k]!;
  return z;
}

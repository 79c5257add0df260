/**
 * The gradient family on plain nets (plainNet.ts) in Float64 loops, no tfjs: the input gradient, the
 * backward passes of guided backprop and the deconvnet, SmoothGrad, integrated gradients and
 * occlusion, written from their papers' definitions. The engine's methods are compared with these.
 */
import { linearForward, type LinearMap } from "./plainLayers";
import { plainForward, type PlainNet } from "./plainNet";

/** How a backward pass crosses a ReLU with input z and incoming signal g. */
export type ReluBackward = "gradient" | "guided" | "deconvnet";

/** The logits of `net` at `x`. */
export function plainLogits(net: PlainNet, x: ArrayLike<number>): Float64Array {
  const acts = plainForward(net, x);
  return acts[acts.length - 1]!;
}

/**
 * The backward pass from the one-hot vector of `target`: `gradient` gives ∂f_t/∂x; `guided` lets only
 * positive signals cross a ReLU and only where it was active (Springenberg et al.); `deconvnet` applies
 * the ReLU to the signal itself (Zeiler & Fergus).
 */
export function plainBackward(net: PlainNet, x: ArrayLike<number>, target: number, relu: ReluBackward = "gradient"): Float64Array {
  const acts = plainForward(net, x);
  const last = net.layers[net.layers.length - 1]!;
  let g = new Float64Array(last.map.nOut);
  g[target] = 1;
  for (let k = net.layers.length - 1; k >= 0; k--) {
    const layer = net.layers[k]!;
    if (layer.relu) {
      const z = linearForward(layer.map, acts[k]!);
      g = g.map((v, j) => (relu === "gradient" ? (z[j]! > 0 ? v : 0) : relu === "guided" ? (z[j]! > 0 && v > 0 ? v : 0) : Math.max(v, 0)));
    }
    g = transposed(layer.map, g);
  }
  return g;
}

/** SmoothGrad (Smilkov et al. 2017): the mean gradient over `x + noise[k]`. */
export function plainSmoothGrad(net: PlainNet, x: ArrayLike<number>, target: number, noise: readonly ArrayLike<number>[]): Float64Array {
  const sum = new Float64Array(x.length);
  for (const e of noise) {
    const g = plainBackward(
      net,
      Array.from(x, (v, i) => v + e[i]!),
      target,
    );
    for (let i = 0; i < sum.length; i++) sum[i] += g[i]! / noise.length;
  }
  return sum;
}

/**
 * Integrated gradients (Sundararajan et al. 2017): `(x − x̄) ⊙ Σ_k w_k ∇f(x̄ + α_k (x − x̄))` for the
 * quadrature nodes α_k and weights w_k on [0, 1].
 */
export function plainIntegratedGradients(
  net: PlainNet,
  x: ArrayLike<number>,
  baseline: ArrayLike<number>,
  target: number,
  alphas: readonly number[],
  weights: readonly number[],
): Float64Array {
  const sum = new Float64Array(x.length);
  alphas.forEach((a, k) => {
    const g = plainBackward(
      net,
      Array.from(x, (v, i) => baseline[i]! + a * (v - baseline[i]!)),
      target,
    );
    for (let i = 0; i < sum.length; i++) sum[i] += weights[k]! * g[i]!;
  });
  return sum.map((s, i) => s * (x[i]! - baseline[i]!));
}

/** The Riemann sums of m steps on [0, 1]: nodes and weights. */
export function plainRiemann(m: number, where: "left" | "right" | "middle" | "trapezoid"): { alphas: number[]; weights: number[] } {
  if (where === "trapezoid") {
    const alphas = Array.from({ length: m }, (_, k) => k / (m - 1));
    return { alphas, weights: alphas.map((_, k) => (k === 0 || k === m - 1 ? 0.5 : 1) / (m - 1)) };
  }
  const shift = where === "left" ? 0 : where === "right" ? 1 : 0.5;
  return { alphas: Array.from({ length: m }, (_, k) => (k + shift) / m), weights: new Array<number>(m).fill(1 / m) };
}

/**
 * Occlusion (Zeiler & Fergus 2014) of an image [h, w, c]: a patch of `fill` over all channels slides with
 * `stride` over the positions where it fits whole; each element gets the mean of `f_t(x) − f_t(occluded)`
 * over the patches that cover it (0 where none does).
 */
export function plainOcclusion(
  net: PlainNet,
  x: ArrayLike<number>,
  shape: readonly [number, number, number],
  target: number,
  patch: readonly [number, number],
  stride: readonly [number, number],
  fill: number,
): Float64Array {
  const [h, w, c] = shape;
  const base = plainLogits(net, x)[target]!;
  const sum = new Float64Array(x.length);
  const count = new Float64Array(x.length);
  for (let y0 = 0; y0 + patch[0] <= h; y0 += stride[0]) {
    for (let x0 = 0; x0 + patch[1] <= w; x0 += stride[1]) {
      const occluded = Float64Array.from(x);
      const inside: number[] = [];
      for (let y = y0; y < y0 + patch[0]; y++) for (let xx = x0; xx < x0 + patch[1]; xx++) for (let ch = 0; ch < c; ch++) inside.push((y * w + xx) * c + ch);
      for (const i of inside) occluded[i] = fill;
      const drop = base - plainLogits(net, occluded)[target]!;
      for (const i of inside) {
        sum[i] += drop;
        count[i] += 1;
      }
    }
  }
  return sum.map((s, i) => (count[i]! > 0 ? s / count[i]! : 0));
}

/** `Wᵀ g`: `Σ_j w_ij g_j` for every input i of the map. */
function transposed(map: LinearMap, g: ArrayLike<number>): Float64Array {
  const out = new Float64Array(map.nIn);
  for (let k = 0; k < map.w.length; k++) out[map.from[k]!] += map.w[k]! * g[map.to[k]!]!;
  return out;
}

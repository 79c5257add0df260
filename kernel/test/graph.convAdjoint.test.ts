/**
 * The adjoint of a convolution (the input gradient Wᵀs) computed as forward correlations: the dilated form,
 * the 1×1 form and the phase form (strided full kernels split into their s² phases) each agree with a float64
 * loop over every output and tap, for full and depthwise kernels, both paddings, sizes the stride does not
 * divide, and strides the phase form leaves to the dilated one.
 */
import { test } from "node:test";
import * as assert from "node:assert/strict";
import * as tf from "@tensorflow/tfjs";
import * as xai from "xai-lab";
import { byPhases, conv2dAdjoint, depthwiseAdjoint, flipDepthwiseKernel, flipKernel } from "../src/graph/convAdjoint";

interface Case {
  readonly h: number;
  readonly w: number;
  readonly k: readonly [number, number];
  readonly strides: readonly [number, number];
  readonly padding: "valid" | "same";
}

const CASES: readonly Case[] = [
  { h: 9, w: 8, k: [3, 3], strides: [2, 2], padding: "same" },
  { h: 9, w: 9, k: [3, 3], strides: [2, 2], padding: "valid" },
  { h: 12, w: 11, k: [7, 7], strides: [2, 2], padding: "same" },
  { h: 10, w: 10, k: [3, 3], strides: [3, 3], padding: "same" },
  { h: 8, w: 7, k: [2, 2], strides: [2, 2], padding: "valid" },
  { h: 11, w: 10, k: [5, 3], strides: [2, 2], padding: "valid" },
  { h: 8, w: 8, k: [3, 3], strides: [2, 1], padding: "same" },
  { h: 8, w: 9, k: [1, 1], strides: [2, 2], padding: "same" },
  { h: 7, w: 7, k: [3, 3], strides: [1, 1], padding: "same" },
];

/** 'same' or 'valid' geometry as tfjs defines it: output size and the padding before. */
function geometry(size: number, k: number, stride: number, padding: "valid" | "same"): { out: number; before: number } {
  const out = padding === "same" ? Math.ceil(size / stride) : Math.floor((size - k) / stride) + 1;
  return { out, before: padding === "same" ? Math.floor(Math.max((out - 1) * stride + k - size, 0) / 2) : 0 };
}

/** Wᵀs by its definition, in float64: every output o and tap t adds s[o]·W[t] at input o·stride − pad + t. */
function reference(s: Float32Array, kernel: Float32Array, c: Case, cin: number, cout: number, depthwise: boolean): Float64Array {
  const gh = geometry(c.h, c.k[0], c.strides[0], c.padding);
  const gw = geometry(c.w, c.k[1], c.strides[1], c.padding);
  const m = depthwise ? cout / cin : 0;
  const g = new Float64Array(c.h * c.w * cin);
  for (let oy = 0; oy < gh.out; oy++)
    for (let ox = 0; ox < gw.out; ox++)
      for (let ty = 0; ty < c.k[0]; ty++)
        for (let tx = 0; tx < c.k[1]; tx++) {
          const [iy, ix] = [oy * c.strides[0] - gh.before + ty, ox * c.strides[1] - gw.before + tx];
          if (iy < 0 || iy >= c.h || ix < 0 || ix >= c.w) continue;
          for (let co = 0; co < cout; co++) {
            const so = s[(oy * gw.out + ox) * cout + co]!;
            if (depthwise) {
              const ci = Math.floor(co / m);
              g[(iy * c.w + ix) * cin + ci]! += so * kernel[((ty * c.k[1] + tx) * cin + ci) * m + (co % m)]!;
            } else {
              for (let ci = 0; ci < cin; ci++) g[(iy * c.w + ix) * cin + ci]! += so * kernel[((ty * c.k[1] + tx) * cin + ci) * cout + co]!;
            }
          }
        }
  return g;
}

function assertClose(actual: Float32Array, expected: Float64Array, what: string): void {
  assert.equal(actual.length, expected.length, what);
  const scale = Math.max(...expected.map(Math.abs));
  for (let i = 0; i < expected.length; i++)
    assert.ok(Math.abs(actual[i]! - expected[i]!) <= 1e-5 * scale, `${what}: element ${i} is ${actual[i]}, expected ${expected[i]}`);
}

test("the strided windows the phase form takes are those with equal strides above 1 and more than one tap", () => {
  assert.equal(byPhases([3, 3], [2, 2]), true);
  assert.equal(byPhases([7, 7], [2, 2]), true);
  assert.equal(byPhases([1, 1], [2, 2]), false, "1×1 has its own form");
  assert.equal(byPhases([3, 3], [2, 1]), false, "depthToSpace needs one stride");
  assert.equal(byPhases([3, 3], [1, 1]), false);
});

for (const c of CASES) {
  const label = `${c.k[0]}×${c.k[1]} window, strides ${c.strides.join("×")}, '${c.padding}', on ${c.h}×${c.w}`;
  test(`the adjoint of a full and of a depthwise convolution equals the float64 sum over outputs and taps: ${label}`, async () => {
    await xai.ready();
    const [cin, cout, m] = [3, 4, 2];
    const before = tf.memory().numTensors;
    const kernel = tf.randomNormal([c.k[0], c.k[1], cin, cout], 0, 1, "float32", 1) as tf.Tensor4D;
    const dwKernel = tf.randomNormal([c.k[0], c.k[1], cin, m], 0, 1, "float32", 2) as tf.Tensor4D;
    const out = [geometry(c.h, c.k[0], c.strides[0], c.padding).out, geometry(c.w, c.k[1], c.strides[1], c.padding).out];
    const s = tf.randomNormal([1, out[0]!, out[1]!, cout], 0, 1, "float32", 3) as tf.Tensor4D;
    const sDw = tf.randomNormal([1, out[0]!, out[1]!, cin * m], 0, 1, "float32", 4) as tf.Tensor4D;
    const flipped = flipKernel(kernel, c.strides);
    const flippedDw = flipDepthwiseKernel(dwKernel);
    const full = conv2dAdjoint(s, flipped, [1, c.h, c.w, cin], c.strides, c.padding, c.k);
    const dw = depthwiseAdjoint(sDw, flippedDw, [1, c.h, c.w, cin], c.strides, c.padding);
    assert.deepEqual(full.shape, [1, c.h, c.w, cin]);
    assert.deepEqual(dw.shape, [1, c.h, c.w, cin]);
    assertClose(
      (await full.data()) as Float32Array,
      reference((await s.data()) as Float32Array, (await kernel.data()) as Float32Array, c, cin, cout, false),
      "full",
    );
    assertClose(
      (await dw.data()) as Float32Array,
      reference((await sDw.data()) as Float32Array, (await dwKernel.data()) as Float32Array, c, cin, cin * m, true),
      "depthwise",
    );
    tf.dispose([kernel, dwKernel, s, sDw, flipped, flippedDw, full, dw]);
    assert.equal(tf.memory().numTensors, before);
  });
}

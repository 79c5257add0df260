/**
 * The backward maps of pooling (graph/pooling.ts) against a plain loop reference with TensorFlow's
 * window geometry ('same' pads the odd row and column at the end): max pooling routes each window's
 * relevance to its first maximum in row-major order, average pooling divides by each window's
 * in-image count. Inputs are small integers, so that ties are frequent.
 */
import { test } from "node:test";
import * as assert from "node:assert/strict";
import * as xai from "xai-lab";
import { avgPoolAdjoint, maxPoolRoute } from "../src/graph/pooling";
import type { Window } from "../src/graph/graph";
import { rng, values } from "./graph.fixtures";

const tf = xai.tf;

interface Case {
  readonly h: number;
  readonly w: number;
  readonly window: Window;
}

/** Output size and leading padding of one spatial axis, as TensorFlow computes them. */
function axis(size: number, k: number, s: number, same: boolean): { out: number; pad: number } {
  const out = same ? Math.ceil(size / s) : Math.ceil((size - k + 1) / s);
  return { out, pad: same ? Math.floor(Math.max((out - 1) * s + k - size, 0) / 2) : 0 };
}

/** For every output (i, j) the in-image input positions of its window, row-major. */
function windows(c: Case): { i: number; j: number; cells: [number, number][] }[] {
  const same = c.window.padding === "same";
  const rows = axis(c.h, c.window.size[0], c.window.strides[0], same);
  const cols = axis(c.w, c.window.size[1], c.window.strides[1], same);
  const out: { i: number; j: number; cells: [number, number][] }[] = [];
  for (let i = 0; i < rows.out; i++) {
    for (let j = 0; j < cols.out; j++) {
      const cells: [number, number][] = [];
      for (let a = 0; a < c.window.size[0]; a++) {
        for (let b = 0; b < c.window.size[1]; b++) {
          const r = i * c.window.strides[0] + a - rows.pad;
          const q = j * c.window.strides[1] + b - cols.pad;
          if (r >= 0 && r < c.h && q >= 0 && q < c.w) cells.push([r, q]);
        }
      }
      out.push({ i, j, cells });
    }
  }
  return out;
}

/** Reference routes for one sample and channel (x and R as plain row-major arrays). */
function referenceMax(c: Case, x: number[], R: number[], ow: number): number[] {
  const out = new Array<number>(c.h * c.w).fill(0);
  for (const { i, j, cells } of windows(c)) {
    let best = cells[0]!;
    for (const cell of cells) if (x[cell[0] * c.w + cell[1]]! > x[best[0] * c.w + best[1]]!) best = cell;
    out[best[0] * c.w + best[1]]! += R[i * ow + j]!;
  }
  return out;
}

function referenceAvg(c: Case, R: number[], ow: number): number[] {
  const out = new Array<number>(c.h * c.w).fill(0);
  for (const { i, j, cells } of windows(c)) for (const [r, q] of cells) out[r * c.w + q]! += R[i * ow + j]! / cells.length;
  return out;
}

const CASES: Case[] = [];
for (const [h, w] of [
  [4, 4],
  [5, 7],
  [6, 5],
] as const) {
  for (const size of [
    [1, 1],
    [2, 2],
    [3, 2],
    [3, 3],
  ] as const) {
    for (const strides of [
      [1, 1],
      [2, 2],
      [3, 3],
      [2, 1],
    ] as const) {
      for (const padding of ["valid", "same"] as const) {
        if (padding === "valid" && (size[0] > h || size[1] > w)) continue;
        CASES.push({ h, w, window: { size, strides, padding } });
      }
    }
  }
}

// On cpu the backend's own max-pooling gradient is used (it routes to the first maximum there); on
// wasm the engine's own routing is: both must match the reference.
for (const backend of ["wasm", "cpu"]) {
  test(`on ${backend}, max pooling routes to the first maximum and average pooling divides by the in-image count, as a loop reference (${CASES.length} geometries)`, async () => {
    await xai.useBackend(backend);
    try {
      checkAgainstReference();
    } finally {
      await xai.useBackend("wasm");
    }
  });
}

function checkAgainstReference(): void {
  const random = rng(81);
  const [n, ch] = [2, 3];
  for (const c of CASES) {
    const grid = windows(c);
    const oh = grid[grid.length - 1]!.i + 1;
    const ow = grid[grid.length - 1]!.j + 1;
    const xs = Array.from({ length: n * c.h * c.w * ch }, () => Math.floor(random() * 4) - 2);
    const rs = Array.from({ length: n * oh * ow * ch }, () => Math.floor(random() * 21) - 10);
    const x = tf.tensor4d(xs, [n, c.h, c.w, ch]);
    const R = tf.tensor4d(rs, [n, oh, ow, ch]);
    const pooled = tf.maxPool(x, c.window.size as [number, number], c.window.strides as [number, number], c.window.padding);
    assert.deepEqual(pooled.shape, [n, oh, ow, ch], `geometry of ${JSON.stringify(c)}`);
    const routed = values(maxPoolRoute(x, R, c.window));
    const spread = values(avgPoolAdjoint(R, x.shape, c.window));
    for (let s = 0; s < n; s++) {
      for (let k = 0; k < ch; k++) {
        // `+ 0` turns −0 (a negative relevance times a zero mask) into 0, which deepEqual tells apart.
        const pick = (data: readonly number[], size: number): number[] => Array.from({ length: size }, (_, p) => data[(s * size + p) * ch + k]! + 0);
        const label = `${JSON.stringify(c)}, sample ${s}, channel ${k}`;
        assert.deepEqual(pick(routed, c.h * c.w), referenceMax(c, pick(xs, c.h * c.w), pick(rs, oh * ow), ow), `max: ${label}`);
        const want = referenceAvg(c, pick(rs, oh * ow), ow);
        pick(spread, c.h * c.w).forEach((v, p) => assert.ok(Math.abs(v - want[p]!) < 1e-5, `avg: ${label}, position ${p}: ${v} vs ${want[p]}`));
      }
    }
    tf.dispose([x, R, pooled]);
  }
}

test("the pooling backward maps leave no tensor behind", () => {
  const x = tf.tensor4d(
    Array.from({ length: 50 }, (_, i) => i % 3),
    [1, 5, 5, 2],
  );
  const before = tf.memory().numTensors;
  for (const window of [
    { size: [2, 2], strides: [2, 2], padding: "same" },
    { size: [3, 3], strides: [1, 1], padding: "valid" },
  ] as Window[]) {
    const pooled = tf.maxPool(x, window.size as [number, number], window.strides as [number, number], window.padding);
    tf.dispose([pooled, maxPoolRoute(x, pooled, window), avgPoolAdjoint(pooled, x.shape, window)]);
  }
  assert.equal(tf.memory().numTensors, before);
  x.dispose();
});

/**
 * The features that pixel-flipping removes (methods.md §6): square patches of pixels (4×4 on MNIST in
 * the paper, 49 of them). A patch's relevance is the sum of the relevance of its pixels over all
 * channels. Patches are numbered row-major: patch p covers rows ⌊p / columns⌋·ph and on.
 */
import { check } from "../errors";

/** How to treat an image whose size the patch does not divide: refuse ("exact") or allow smaller edge patches ("partial"). */
export type EdgePolicy = "exact" | "partial";

export interface PatchGrid {
  readonly height: number;
  readonly width: number;
  /** Patch height and width in pixels. */
  readonly patch: readonly [number, number];
  /** Patches per column and per row. */
  readonly rows: number;
  readonly columns: number;
  /** rows × columns. */
  readonly count: number;
  /** For each pixel (row-major, H·W), the index of its patch. */
  readonly pixelPatch: Int32Array;
}

/** The patch grid over an H×W image; a clear error when the patch does not fit. */
export function patchGrid(height: number, width: number, patch: number | readonly [number, number] = 4, edge: EdgePolicy = "exact"): PatchGrid {
  const [ph, pw] = typeof patch === "number" ? [patch, patch] : Array.isArray(patch) && patch.length === 2 ? patch : [NaN, NaN];
  check(
    Number.isInteger(ph) && Number.isInteger(pw) && ph! > 0 && pw! > 0,
    () => `patch must be a positive integer or [height, width] of positive integers, got ${JSON.stringify(patch) ?? String(patch)}`,
  );
  check(edge === "exact" || edge === "partial", () => `edge must be "exact" or "partial", got ${JSON.stringify(edge)}`);
  check(ph! <= height && pw! <= width, `the patch ${ph}×${pw} is larger than the input ${height}×${width}`);
  if (edge === "exact") {
    check(
      height % ph! === 0 && width % pw! === 0,
      `the patch ${ph}×${pw} does not divide the input ${height}×${width}; choose a patch size that divides it, or allow smaller patches at the border with edge: "partial" (--edge partial)`,
    );
  }
  const rows = Math.ceil(height / ph!);
  const columns = Math.ceil(width / pw!);
  const pixelPatch = new Int32Array(height * width);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) pixelPatch[y * width + x] = Math.floor(y / ph!) * columns + Math.floor(x / pw!);
  return { height, width, patch: [ph!, pw!], rows, columns, count: rows * columns, pixelPatch };
}

/**
 * Patch relevances [N][P] from relevance data laid out [N, H, W, C] (C = `channels`, 1 for maps
 * without a channel axis), summed in float64.
 */
export function patchRelevance(grid: PatchGrid, data: ArrayLike<number>, n: number, channels: number): Float64Array[] {
  const pixels = grid.height * grid.width;
  const out: Float64Array[] = [];
  for (let i = 0; i < n; i++) {
    const sums = new Float64Array(grid.count);
    const base = i * pixels * channels;
    for (let q = 0; q < pixels; q++) {
      let s = 0;
      for (let c = 0; c < channels; c++) s += data[base + q * channels + c]!;
      sums[grid.pixelPatch[q]!] += s;
    }
    out.push(sums);
  }
  return out;
}

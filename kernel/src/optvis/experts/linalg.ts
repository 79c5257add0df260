/**
 * The small dense linear algebra the experts need, in float64 JavaScript: Cholesky factors, triangular
 * inverses and products of row-major matrices. Fitting a covariance needs more precision than float32
 * gives (a 784×784 covariance of images is nearly singular), and tfjs has no Cholesky.
 */
import { XaiError } from "../../errors";

/** A row-major matrix. */
export interface Matrix {
  readonly rows: number;
  readonly cols: number;
  readonly data: Float64Array;
}

export function matrix(rows: number, cols: number, data?: ArrayLike<number>): Matrix {
  const m = { rows, cols, data: new Float64Array(rows * cols) };
  if (data) m.data.set(data);
  return m;
}

export function identity(n: number): Matrix {
  const m = matrix(n, n);
  for (let i = 0; i < n; i++) m.data[i * n + i] = 1;
  return m;
}

/** a·b, or aᵀ·b with `transposeA`. */
export function multiply(a: Matrix, b: Matrix, transposeA = false): Matrix {
  const n = transposeA ? a.cols : a.rows;
  const k = transposeA ? a.rows : a.cols;
  if (k !== b.rows) throw new Error(`matrix shapes do not match: ${n}×${k} · ${b.rows}×${b.cols}`);
  const out = matrix(n, b.cols);
  const A = a.data;
  const B = b.data;
  const C = out.data;
  const m = b.cols;
  for (let i = 0; i < n; i++) {
    for (let p = 0; p < k; p++) {
      const aip = transposeA ? A[p * a.cols + i]! : A[i * a.cols + p]!;
      if (aip === 0) continue;
      const row = p * m;
      const outRow = i * m;
      for (let j = 0; j < m; j++) C[outRow + j]! += aip * B[row + j]!;
    }
  }
  return out;
}

export function transpose(a: Matrix): Matrix {
  const out = matrix(a.cols, a.rows);
  for (let i = 0; i < a.rows; i++) for (let j = 0; j < a.cols; j++) out.data[j * a.rows + i] = a.data[i * a.cols + j]!;
  return out;
}

/** (a + aᵀ)/2, to remove the rounding asymmetry of a product that is symmetric in exact arithmetic. */
export function symmetrise(a: Matrix): Matrix {
  const n = a.rows;
  const out = matrix(n, n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) out.data[i * n + j] = (a.data[i * n + j]! + a.data[j * n + i]!) / 2;
  return out;
}

/**
 * The lower Cholesky factor L of a symmetric positive definite matrix (A = L·Lᵀ). Throws an XaiError
 * naming `what` if A is not positive definite.
 */
export function cholesky(a: Matrix, what = "the matrix"): Matrix {
  const n = a.rows;
  const L = matrix(n, n);
  const l = L.data;
  for (let j = 0; j < n; j++) {
    let d = a.data[j * n + j]!;
    const rj = j * n;
    for (let p = 0; p < j; p++) d -= l[rj + p]! * l[rj + p]!;
    if (!(d > 0) || !Number.isFinite(d)) {
      throw new XaiError(`${what} is not positive definite (pivot ${j} is ${d.toPrecision(3)}); increase the ridge`);
    }
    const djj = Math.sqrt(d);
    l[rj + j] = djj;
    for (let i = j + 1; i < n; i++) {
      const ri = i * n;
      let s = a.data[ri + j]!;
      for (let p = 0; p < j; p++) s -= l[ri + p]! * l[rj + p]!;
      l[ri + j] = s / djj;
    }
  }
  return L;
}

/** The inverse of a lower-triangular matrix (itself lower-triangular). */
export function invertLower(L: Matrix): Matrix {
  const n = L.rows;
  const out = matrix(n, n);
  const l = L.data;
  const x = out.data;
  for (let j = 0; j < n; j++) {
    x[j * n + j] = 1 / l[j * n + j]!;
    for (let i = j + 1; i < n; i++) {
      let s = 0;
      const ri = i * n;
      for (let p = j; p < i; p++) s += l[ri + p]! * x[p * n + j]!;
      x[ri + j] = -s / l[ri + i]!;
    }
  }
  return out;
}

/** The inverse of a symmetric positive definite matrix, through its Cholesky factor. */
export function invertSpd(a: Matrix, what?: string): Matrix {
  const Linv = invertLower(cholesky(a, what));
  return multiply(Linv, Linv, true);
}

/** log|A| from the Cholesky factor L of A. */
export function logDetFromCholesky(L: Matrix): number {
  let s = 0;
  for (let i = 0; i < L.rows; i++) s += Math.log(L.data[i * L.cols + i]!);
  return 2 * s;
}

/** Orthonormalises the columns of `a` in place (modified Gram–Schmidt). */
export function orthonormaliseColumns(a: Matrix): Matrix {
  const { rows, cols, data } = a;
  for (let j = 0; j < cols; j++) {
    for (let p = 0; p < j; p++) {
      let dot = 0;
      for (let i = 0; i < rows; i++) dot += data[i * cols + j]! * data[i * cols + p]!;
      for (let i = 0; i < rows; i++) data[i * cols + j]! -= dot * data[i * cols + p]!;
    }
    let norm = 0;
    for (let i = 0; i < rows; i++) norm += data[i * cols + j]! ** 2;
    norm = Math.sqrt(norm);
    if (norm > 0) for (let i = 0; i < rows; i++) data[i * cols + j]! /= norm;
  }
  return a;
}

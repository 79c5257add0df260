/**
 * Size limits on what xai-lab reads from files, checked before anything is read or allocated: a file
 * named by mistake (`/dev/zero`, a folder, a multi-gigabyte log) fails at once with a message that says
 * what the limit is and how to stay under it, instead of filling the memory first.
 */
import * as fs from "node:fs";
import { XaiError } from "../errors";

const MiB = 1024 * 1024;

/** A model.json: a topology and a weights manifest (Keras topologies of real networks are a few MB). */
export const MAX_MODEL_JSON_BYTES = 64 * MiB;
/** A JSON tensor (`--input`, `--data`, `--near`): about 25 million values written out, 64 million in base64. */
export const MAX_TENSOR_FILE_BYTES = 256 * MiB;
/** An image file, before decoding (its pixels are limited separately, by its header). */
export const MAX_IMAGE_FILE_BYTES = 256 * MiB;
/** Pixels of an image to decode (8192 × 4096): its decoded floats take 4 bytes per pixel and channel. */
export const MAX_IMAGE_PIXELS = 8192 * 4096;

export interface LimitedRead {
  /** What the file is, for messages ("input", "model file"): `${what} ${file} is ...`. */
  readonly what: string;
  /** Most bytes accepted. */
  readonly limit: number;
  /** What to do about a file over the limit, one sentence. */
  readonly hint?: string;
}

/**
 * The bytes of `file`, which must be a regular file of at most `limit` bytes. The size is checked before
 * reading, and again while reading (a file that grows, or reports no size, stops at the limit).
 */
export function readFileLimited(file: string, { what, limit, hint }: LimitedRead): Buffer {
  let fd: number;
  try {
    fd = fs.openSync(file, "r");
  } catch (e) {
    throw new XaiError(`${what} ${file} ${openFailure(e)}`);
  }
  try {
    const stat = fs.fstatSync(fd);
    if (stat.isDirectory()) throw new XaiError(`${what} ${file} is a folder, not a file`);
    if (!stat.isFile()) throw new XaiError(`${what} ${file} is not a regular file (a device, pipe or socket); give a file`);
    const tooLarge = (): XaiError => new XaiError(`${what} ${file} is larger than the ${describeBytes(limit)} xai-lab reads`, hint ? { hint } : {});
    if (stat.size > limit) throw tooLarge();
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(Math.max(stat.size - total, 64 * 1024), limit + 1 - total));
      const n = fs.readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      total += n;
      if (total > limit) throw tooLarge();
      chunks.push(n === chunk.length ? chunk : chunk.subarray(0, n));
    }
    return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
  } finally {
    fs.closeSync(fd);
  }
}

/** "1.5 GB", "640 KB", "92 bytes". */
export function describeBytes(n: number): string {
  if (n < 1024) return `${n} byte${n === 1 ? "" : "s"}`;
  const units = ["KB", "MB", "GB", "TB"];
  let v = n / 1024;
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  return `${v >= 100 || Number.isInteger(v) ? Math.round(v) : v.toFixed(1)} ${units[u]}`;
}

function openFailure(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "does not exist";
  if (code === "EACCES" || code === "EPERM") return "cannot be read (permission denied)";
  if (code === "EISDIR") return "is a folder, not a file";
  return `cannot be read (${e instanceof Error ? e.message : String(e)})`;
}

/**
 * The weights manifest of a model.json, checked before a byte of weights is read. A model folder is a
 * boundary: a weight path must name a file inside the folder that holds model.json (no `..`, no absolute
 * path, no link that leads out), and a path that does not is refused with a message about the path as the
 * manifest writes it — nothing about what it points at (whether it exists, its size). Every weight entry
 * must describe a known dtype and a shape of whole sizes, and the files of each group must hold exactly
 * the bytes their entries describe.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { constants as bufferLimits } from "node:buffer";
import type * as tf from "@tensorflow/tfjs";
import { XaiError, check, describeValue } from "../errors";
import { describeBytes } from "./limits";

/** Bytes per value of each dtype a weight (or its quantized form) may have. */
const BYTES: Readonly<Record<string, number>> = { float32: 4, int32: 4, bool: 1, uint8: 1, uint16: 2, float16: 2 };

/** One group of the manifest, checked: its files (absolute paths inside the model folder) and entries. */
export interface WeightGroup {
  readonly files: string[];
  readonly weights: tf.io.WeightsManifestEntry[];
  /** The bytes its entries describe, which its files hold together. */
  readonly bytes: number;
}

/**
 * The checked groups of `manifest` (model.json's `weightsManifest`) for the model.json at `jsonPath`;
 * the files' sizes are compared with the entries before anything is read.
 */
export function checkManifest(manifest: unknown, jsonPath: string): WeightGroup[] {
  if (manifest === undefined) return [];
  check(Array.isArray(manifest), () => `${jsonPath}: weightsManifest must be a list, got ${describeValue(manifest)}`);
  const dir = path.dirname(path.resolve(jsonPath));
  const realDir = fs.realpathSync(dir);
  const names = new Set<string>();
  let total = 0;
  const groups = manifest.map((group: unknown, g): WeightGroup => {
    const { paths, weights } = (group ?? {}) as { paths?: unknown; weights?: unknown };
    check(Array.isArray(paths) && Array.isArray(weights), `${jsonPath}: weightsManifest entry ${g} needs a list of paths and a list of weights`);
    const files = paths.map((p: unknown) => weightFile(p, dir, realDir, jsonPath));
    let bytes = 0;
    for (const w of weights as unknown[]) {
      const entry = checkEntry(w, jsonPath);
      check(!names.has(entry.name), `${jsonPath}: weight '${entry.name}' is listed twice`);
      names.add(entry.name);
      bytes += byteSize(entry, jsonPath);
    }
    const held = files.reduce((sum, f) => sum + fs.statSync(f).size, 0);
    check(
      held === bytes,
      () =>
        `weights file ${(paths as string[]).join(", ")} has ${held} bytes but ${jsonPath} describes ${bytes} bytes: the file is ${held < bytes ? "truncated" : "longer than described"}`,
    );
    total += bytes;
    return { files, weights: weights as tf.io.WeightsManifestEntry[], bytes };
  });
  check(
    total <= bufferLimits.MAX_LENGTH,
    () => `${jsonPath} describes ${describeBytes(total)} of weights, more than one process can hold (${describeBytes(bufferLimits.MAX_LENGTH)})`,
  );
  return groups;
}

/** The number of values a weight entry describes (its shape's product). */
export function valueCount(w: tf.io.WeightsManifestEntry): number {
  return w.shape.reduce((a, b) => a * b, 1);
}

/** The absolute path of a manifest path, refused unless it names a regular file inside the model folder. */
function weightFile(p: unknown, dir: string, realDir: string, jsonPath: string): string {
  check(typeof p === "string" && p.length > 0, () => `${jsonPath}: a weights path must be a non-empty string, got ${describeValue(p)}`);
  const outside = (): XaiError =>
    new XaiError(`${jsonPath}: weights path '${p}' leads outside the model's folder; weight files must be inside the folder that holds model.json`);
  if (path.isAbsolute(p) || path.win32.isAbsolute(p)) throw outside();
  const resolved = path.resolve(dir, p);
  if (!isInside(resolved, dir)) throw outside();
  const missing = (): XaiError => new XaiError(`weights file not found: ${path.relative(process.cwd(), resolved) || resolved} (listed in ${jsonPath})`);
  // A link inside the folder may lead out of it: each link is followed by its text, and refused before
  // what it points at outside is looked at.
  let current = resolved;
  for (let hops = 0; ; hops++) {
    let stat: fs.Stats;
    try {
      stat = fs.lstatSync(current);
    } catch {
      throw missing();
    }
    if (!stat.isSymbolicLink()) break;
    check(hops < 40, `${jsonPath}: weights path '${p}' is a loop of links`);
    current = path.resolve(path.dirname(current), fs.readlinkSync(current));
    if (!isInside(current, dir) && !isInside(current, realDir)) throw outside();
  }
  if (!isInside(fs.realpathSync(resolved), realDir)) throw outside();
  check(fs.statSync(resolved).isFile(), `${jsonPath}: weights path '${p}' names a folder, not a file`);
  return resolved;
}

function isInside(file: string, dir: string): boolean {
  const relative = path.relative(dir, file);
  return relative === "" || (relative !== ".." && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
}

function checkEntry(w: unknown, jsonPath: string): tf.io.WeightsManifestEntry {
  const entry = (w ?? {}) as Partial<tf.io.WeightsManifestEntry>;
  check(typeof entry.name === "string" && entry.name.length > 0, () => `${jsonPath}: a weight entry has no name (got ${describeValue(w)})`);
  check(
    Array.isArray(entry.shape) && entry.shape.every((d) => Number.isSafeInteger(d) && d >= 0),
    () => `${jsonPath}: weight '${entry.name}' has shape ${JSON.stringify(entry.shape) ?? "undefined"}; a shape is a list of whole sizes ≥ 0`,
  );
  return entry as tf.io.WeightsManifestEntry;
}

function byteSize(w: tf.io.WeightsManifestEntry, jsonPath: string): number {
  const q = w.quantization;
  const dtype = q ? q.dtype : w.dtype;
  const size = BYTES[dtype];
  check(size, `${jsonPath}: weight '${w.name}' has unsupported dtype ${dtype}`);
  const bytes = valueCount(w) * size;
  check(Number.isSafeInteger(bytes), `${jsonPath}: weight '${w.name}' of shape [${w.shape.join(", ")}] is too large to describe`);
  return bytes;
}

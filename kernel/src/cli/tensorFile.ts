/**
 * Reading the input of `xai-lab explain` from a file: a JSON tensor `{"shape": [N, ...], "data": [...]}`
 * (flat, row-major), the same with `"b64"` (little-endian float32, base64) in place of `"data"`, or a
 * PNG image. Each way a file can be wrong gets a message that names the file and the problem; the
 * values themselves (NaN, shape against the model) are checked by the engine.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { XaiError, check } from "../errors";
import { MAX_TENSOR_FILE_BYTES, readFileLimited } from "../io/limits";
import { checkPngSize } from "../io/pngHeader";
import { PNG_SIGNATURE, readImage } from "../render";

/** A tensor read from a file: float32 values, row-major, and their shape. */
export interface TensorData {
  readonly data: Float32Array;
  readonly shape: readonly number[];
  /** Where it came from: an image is one sample [H, W, C] without a batch axis. */
  readonly source: "json" | "image";
}

/** How an image becomes a tensor: its channel count (1 grey, 3 RGB; by default as stored), and its size. */
export interface ImageOptions {
  /** Any other count is an error naming it (a model on RGBA input, say). */
  readonly channels?: number;
  /** The pixels the model takes: an image of another size is refused from its header, before decoding. */
  readonly pixels?: { readonly count: number; readonly describe: string };
}

/** File names that promise an image; one that is not a readable PNG is an error, never parsed as JSON. */
const IMAGE_EXTENSIONS = new Set([".png", ".jpg", ".jpeg", ".gif", ".bmp", ".webp", ".tif", ".tiff"]);
/** Names JSON cannot spell as numbers; accepted as strings so the engine can report where they are. */
const SPECIAL: Readonly<Record<string, number>> = { NaN: NaN, Infinity: Infinity, "-Infinity": -Infinity };

/**
 * Reads `file` (relative to the working directory): a PNG (or a file named like an image) is read by
 * render/readImage as one image of shape [H, W, C] with values in [0, 1]; anything else is parsed as a
 * JSON tensor.
 */
export function readTensorFile(file: string, options: ImageOptions = {}): TensorData {
  check(typeof file === "string" && file.length > 0, "the input needs a file path");
  check(fs.existsSync(file), `input file not found: ${file}`);
  const bytes = readFileLimited(file, {
    what: "input",
    limit: MAX_TENSOR_FILE_BYTES,
    hint: 'split the samples over several files, or write them as base64 ("b64": 4 bytes per value)',
  });
  if (isPng(bytes) || IMAGE_EXTENSIONS.has(path.extname(file).toLowerCase())) return decodeImage(file, bytes, options);
  return parseTensorJson(bytes.toString("utf8"), file);
}

/**
 * How an image becomes an input of a model whose input has shape `modelShape` (batch first): with the
 * model's channels and pixels for image models [N, H, W, C]; grey, one value per pixel, otherwise.
 */
export function imageOptionsFor(modelShape: readonly (number | null)[]): ImageOptions {
  const known = (d: number | null | undefined): d is number => typeof d === "number";
  if (modelShape.length === 4) {
    const [, h, w, c] = modelShape;
    return { ...(known(c) ? { channels: c } : {}), ...(known(h) && known(w) ? { pixels: { count: h * w, describe: `${h}×${w} pixels` } } : {}) };
  }
  const per = modelShape.slice(1);
  const values = per.every(known) ? per.reduce((a, b) => a * b, 1) : null;
  return { channels: 1, ...(values !== null ? { pixels: { count: values, describe: `${values} values (one grey pixel each)` } } : {}) };
}

/** Parses the text of a JSON tensor; `name` (the file) appears in every message. */
export function parseTensorJson(text: string, name: string): TensorData {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    throw new XaiError(`input ${name} is neither a PNG image nor valid JSON (${(e as Error).message})`);
  }
  check(parsed !== null && typeof parsed === "object" && !Array.isArray(parsed), `input ${name} must hold a JSON object {"shape": [...], "data": [...]}`);
  const json = parsed as Record<string, unknown>;
  const shape = json["shape"];
  check(
    Array.isArray(shape) && shape.length > 0 && shape.every((d) => Number.isInteger(d) && (d as number) >= 0),
    () => `input ${name}: "shape" must be a non-empty list of non-negative integers, got ${JSON.stringify(shape) ?? "nothing"}`,
  );
  const dims = shape as number[];
  const size = dims.reduce((a, b) => a * b, 1);
  const hasData = json["data"] !== undefined;
  const hasB64 = json["b64"] !== undefined;
  check(hasData !== hasB64, `input ${name} needs exactly one of "data" (a flat list of numbers) and "b64" (base64 little-endian float32)`);
  const data = hasData ? fromList(json["data"], name) : fromBase64(json["b64"], name);
  check(
    data.length === size,
    `input ${name}: shape [${dims.join(", ")}] holds ${size} values but ${hasData ? '"data" has' : '"b64" decodes to'} ${data.length}`,
  );
  return { data, shape: dims, source: "json" };
}

/** `data` as little-endian float32 in base64, the compact form of a JSON tensor. */
export function toBase64(data: Float32Array): string {
  const bytes = Buffer.alloc(data.length * 4);
  data.forEach((v, i) => bytes.writeFloatLE(v, i * 4));
  return bytes.toString("base64");
}

function fromList(list: unknown, name: string): Float32Array {
  check(Array.isArray(list), () => `input ${name}: "data" must be a flat list of numbers, got ${typeof list}`);
  const out = new Float32Array(list.length);
  for (let i = 0; i < list.length; i++) {
    const v: unknown = list[i];
    if (typeof v === "number") out[i] = v;
    else if (typeof v === "string" && Object.prototype.hasOwnProperty.call(SPECIAL, v)) out[i] = SPECIAL[v]!;
    else if (Array.isArray(v)) throw new XaiError(`input ${name}: "data" must be flat (row-major); data[${i}] is a list`);
    else throw new XaiError(`input ${name}: data[${i}] is not a number (${JSON.stringify(v)})`);
  }
  return out;
}

function fromBase64(b64: unknown, name: string): Float32Array {
  check(typeof b64 === "string", `input ${name}: "b64" must be a base64 string`);
  const clean = b64.replace(/\s+/g, "");
  check(/^[A-Za-z0-9+/]*={0,2}$/.test(clean) && clean.length % 4 === 0, `input ${name}: "b64" is not valid base64`);
  const bytes = Buffer.from(clean, "base64");
  check(bytes.length % 4 === 0, `input ${name}: "b64" decodes to ${bytes.length} bytes, not a whole number of float32 values (4 bytes each)`);
  const out = new Float32Array(bytes.length / 4);
  for (let i = 0; i < out.length; i++) out[i] = bytes.readFloatLE(i * 4);
  return out;
}

function decodeImage(file: string, bytes: Buffer, options: ImageOptions): TensorData {
  const channels = options.channels;
  check(
    channels === undefined || channels === 1 || channels === 3,
    () => `images are read as grey (1 channel) or RGB (3 channels), but ${channels} channels were asked for`,
  );
  checkPngSize(bytes, `image file "${file}"`, options.pixels);
  const image = readImage(file, channels);
  return { data: image.data, shape: image.shape, source: "image" };
}

function isPng(bytes: Uint8Array): boolean {
  return bytes.length >= PNG_SIGNATURE.length && PNG_SIGNATURE.every((b, i) => bytes[i] === b);
}

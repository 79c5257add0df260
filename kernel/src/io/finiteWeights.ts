/**
 * Weights that are NaN or infinite make every explanation NaN ("score NaN", `null` in JSON) without an
 * error. They are refused where weights come in, naming the first bad weight: in the bytes of weight files
 * as they are read (no tensor needed), and in a model's variables when it is prepared for explaining (one
 * reduction per weight, remembered per weight value so that repeated calls on the same model cost nothing).
 */
import * as tf from "@tensorflow/tfjs";
import { XaiError } from "../errors";
import { valueCount } from "./weightsManifest";

/**
 * Throws an XaiError naming the first weight of `specs` whose values in `data` (the weight files' bytes, in
 * manifest order) are not all finite; `source` (the model.json) prefixes the message.
 */
export function checkFiniteWeightBytes(data: Uint8Array, specs: readonly tf.io.WeightsManifestEntry[], source: string): void {
  let offset = 0;
  for (const spec of specs) {
    const q = spec.quantization;
    const dtype = q ? q.dtype : spec.dtype;
    const n = valueCount(spec);
    const width = dtype === "float32" || dtype === "int32" ? 4 : dtype === "uint16" || dtype === "float16" ? 2 : 1;
    const bytes = data.subarray(offset, offset + n * width);
    offset += n * width;
    let bad = -1;
    if (q && (!Number.isFinite(q.scale ?? 0) || !Number.isFinite(q.min ?? 0))) bad = 0;
    else if (dtype === "float32") bad = firstNonFinite32(bytes);
    else if (dtype === "float16") bad = firstNonFinite16(bytes);
    if (bad >= 0) throw nonFinite(source, spec.name, bad, q !== undefined);
  }
}

/**
 * Throws an XaiError naming the first weight of `model` that holds NaN or Infinity. A weight checked before
 * and not assigned since is not read again.
 */
export async function checkFiniteWeights(model: tf.LayersModel): Promise<void> {
  for (const weight of model.weights) {
    const value = weight.read();
    if (value.dtype !== "float32" || CHECKED.get(weight) === value.dataId) continue;
    const flag = tf.tidy(() => tf.logicalNot(tf.all(tf.isFinite(value))));
    const found = (await flag.data())[0] === 1;
    flag.dispose();
    if (found) {
      const where = tf.tidy(() => tf.argMin(tf.cast(tf.isFinite(tf.reshape(value, [-1])), "int32")));
      const index = (await where.data())[0]!;
      where.dispose();
      throw nonFinite(`the model's weight '${weight.originalName ?? weight.name}'`, null, index, false);
    }
    CHECKED.set(weight, value.dataId);
  }
}

/** Per weight, the data its values were last found finite in. */
const CHECKED = new WeakMap<object, object>();

function nonFinite(source: string, name: string | null, index: number, quantized: boolean): XaiError {
  const what = name === null ? source : `${source}: weight '${name}'`;
  return new XaiError(
    `${what} holds NaN or Infinity (${quantized ? "in its quantization scale or minimum" : `first at element ${index}`}); explanations of this model would be NaN`,
    {
      hint: "the model's training diverged or its weight file is damaged; retrain or re-export it",
    },
  );
}

function firstNonFinite32(bytes: Uint8Array): number {
  const values = bytes.byteOffset % 4 === 0 ? new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4) : new Float32Array(bytes.slice().buffer);
  for (let i = 0; i < values.length; i++) if (!Number.isFinite(values[i]!)) return i;
  return -1;
}

/** Half floats are not finite when all five exponent bits are set. */
function firstNonFinite16(bytes: Uint8Array): number {
  for (let i = 0; i + 1 < bytes.length; i += 2) if ((bytes[i + 1]! & 0x7c) === 0x7c) return i / 2;
  return -1;
}

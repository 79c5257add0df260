/**
 * Reading and writing tfjs LayersModels in the tfjs layers format (model.json + binary weight files,
 * as written by `model.save` or the Keras converter) on disk, without tfjs-node's file handler.
 * Every way a file can be wrong gets a message naming the file and the problem.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as tf from "@tensorflow/tfjs";
import { ready } from "../backend";
import { XaiError, check } from "../errors";

const BYTES: Record<string, number> = { float32: 4, int32: 4, bool: 1, uint8: 1, uint16: 2, float16: 2 };

interface WeightGroup {
  paths: string[];
  weights: tf.io.WeightsManifestEntry[];
}

/** The model artifacts (topology, weight specs, weight bytes) of a model.json on disk. */
export function readModelArtifacts(modelJson: string): tf.io.ModelArtifacts {
  check(typeof modelJson === "string" && modelJson.length > 0, "loadModel needs the path of a model.json file (or a tfjs LayersModel)");
  const file = modelJson.startsWith("file://") ? modelJson.slice(7) : modelJson;
  check(fs.existsSync(file), `model file not found: ${file}`);
  const stat = fs.statSync(file);
  const jsonPath = stat.isDirectory() ? path.join(file, "model.json") : file;
  check(fs.existsSync(jsonPath), `model file not found: ${jsonPath}`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(jsonPath, "utf8"));
  } catch (e) {
    throw new XaiError(`${jsonPath} is not valid JSON (${(e as Error).message})`);
  }
  check(parsed && typeof parsed === "object" && !Array.isArray(parsed), `${jsonPath} does not hold a JSON object`);
  const json = parsed as Record<string, unknown>;
  check(json["modelTopology"] && typeof json["modelTopology"] === "object", `${jsonPath} has no modelTopology: it is not a tfjs layers model`);
  check(json["format"] === undefined || json["format"] === "layers-model", `${jsonPath} is a tfjs ${String(json["format"])}, not a layers model; xai-lab explains layers models`);
  const manifest = (json["weightsManifest"] ?? []) as WeightGroup[];
  check(Array.isArray(manifest), `${jsonPath}: weightsManifest must be a list`);
  const dir = path.dirname(jsonPath);
  const specs: tf.io.WeightsManifestEntry[] = [];
  const buffers: Buffer[] = [];
  for (const group of manifest) {
    check(group && Array.isArray(group.paths) && Array.isArray(group.weights), `${jsonPath}: each weightsManifest entry needs paths and weights`);
    const bytes = Buffer.concat(
      group.paths.map((p) => {
        const wp = path.join(dir, p);
        check(fs.existsSync(wp), `weights file not found: ${wp} (listed in ${jsonPath})`);
        return fs.readFileSync(wp);
      }),
    );
    const expected = group.weights.reduce((sum, w) => sum + byteSize(w, jsonPath), 0);
    check(
      bytes.length === expected,
      `weights file ${group.paths.join(", ")} has ${bytes.length} bytes but ${jsonPath} describes ${expected} bytes: the file is ${bytes.length < expected ? "truncated" : "longer than described"}`,
    );
    specs.push(...group.weights);
    buffers.push(bytes);
  }
  const all = Buffer.concat(buffers);
  return {
    modelTopology: json["modelTopology"] as object,
    weightSpecs: specs,
    weightData: all.buffer.slice(all.byteOffset, all.byteOffset + all.byteLength) as ArrayBuffer,
    format: "layers-model",
  };
}

/** Loads a LayersModel from a model.json (or a folder holding one). */
export async function loadModel(modelJson: string): Promise<tf.LayersModel> {
  await ready();
  const { weightData, weightSpecs, ...topology } = readModelArtifacts(modelJson);
  let model: tf.LayersModel | null = null;
  // The weights are set here rather than by tfjs, which leaks the built model and the decoded weights
  // when they do not fit the topology (a weight named for no layer, a wrong shape).
  const weights = tf.io.decodeWeights(weightData!, weightSpecs!);
  try {
    model = await tf.loadLayersModel(tf.io.fromMemory(topology));
    const own = weightSpecs!.filter((spec) => spec.group !== "optimizer");
    model.loadWeights(Object.fromEntries(own.map((spec) => [spec.name, weights[spec.name]!])), true);
    return model;
  } catch (e) {
    model?.dispose();
    const msg = (e as Error).message;
    const unknown = /Unknown layer: (\w+)/.exec(msg);
    if (unknown) throw new XaiError(`${modelJson}: layer class ${unknown[1]} is not known to TensorFlow.js (${msg.split("\n")[0]})`);
    throw new XaiError(`${modelJson}: the model could not be built: ${msg.split("\n")[0]}`);
  } finally {
    tf.dispose(Object.values(weights));
  }
}

/** Writes `model` as `dir/model.json` + `dir/weights.bin`; returns the model.json path. */
export async function saveModel(model: tf.LayersModel, dir: string): Promise<string> {
  fs.mkdirSync(dir, { recursive: true });
  const jsonPath = path.join(dir, "model.json");
  await model.save(
    tf.io.withSaveHandler(async (artifacts) => {
      const data = artifacts.weightData;
      const bytes = data === undefined ? new Uint8Array(0) : data instanceof ArrayBuffer ? new Uint8Array(data) : new Uint8Array(tf.io.concatenateArrayBuffers(data as ArrayBuffer[]));
      fs.writeFileSync(path.join(dir, "weights.bin"), bytes);
      const json = {
        format: "layers-model",
        generatedBy: `TensorFlow.js tfjs-layers v${tf.version.tfjs}`,
        convertedBy: null,
        modelTopology: artifacts.modelTopology,
        weightsManifest: [{ paths: ["weights.bin"], weights: artifacts.weightSpecs ?? [] }],
      };
      fs.writeFileSync(jsonPath, JSON.stringify(json));
      return { modelArtifactsInfo: { dateSaved: new Date(), modelTopologyType: "JSON", weightDataBytes: bytes.length } };
    }),
  );
  return jsonPath;
}

function byteSize(w: tf.io.WeightsManifestEntry, jsonPath: string): number {
  check(w && typeof w.name === "string" && Array.isArray(w.shape), `${jsonPath}: a weight entry lacks name or shape`);
  const q = w.quantization;
  const dtype = q ? q.dtype : w.dtype;
  const size = BYTES[dtype];
  check(size, `${jsonPath}: weight '${w.name}' has unsupported dtype ${dtype}`);
  return w.shape.reduce((a, b) => a * b, 1) * size;
}

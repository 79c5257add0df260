/**
 * Reading and writing tfjs LayersModels in the tfjs layers format (model.json + binary weight files,
 * as written by `model.save` or the Keras converter) on disk, without tfjs-node's file handler.
 * Every way a file can be wrong gets a message naming the file and the problem, and is found before
 * memory is spent on it: the model.json's size, the weight paths (inside the model's folder), the weight
 * files' sizes against the manifest, the topology's weights against the files, non-finite weights.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as tf from "@tensorflow/tfjs";
import { ready } from "../backend";
import { XaiError, check } from "../errors";
import { checkFiniteWeightBytes } from "./finiteWeights";
import { MAX_MODEL_JSON_BYTES, readFileLimited } from "./limits";
import { budgetTopology } from "./weightBudget";
import { checkManifest, valueCount } from "./weightsManifest";

/** The model artifacts (topology, weight specs, weight bytes) of a model.json on disk, checked (see weightsManifest.ts). */
export function readModelArtifacts(modelJson: string): tf.io.ModelArtifacts {
  check(typeof modelJson === "string" && modelJson.length > 0, "loadModel needs the path of a model.json file (or a tfjs LayersModel)");
  const file = modelJson.startsWith("file://") ? modelJson.slice(7) : modelJson;
  check(fs.existsSync(file), `model file not found: ${file}`);
  const jsonPath = fs.statSync(file).isDirectory() ? path.join(file, "model.json") : file;
  check(fs.existsSync(jsonPath), `model file not found: ${jsonPath}`);
  const text = readFileLimited(jsonPath, {
    what: "model file",
    limit: MAX_MODEL_JSON_BYTES,
    hint: "a model.json holds the topology and the weights manifest; the weights belong in .bin files beside it",
  });
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.toString("utf8"));
  } catch (e) {
    throw new XaiError(`${jsonPath} is not valid JSON (${(e as Error).message})`);
  }
  check(parsed && typeof parsed === "object" && !Array.isArray(parsed), `${jsonPath} does not hold a JSON object`);
  const json = parsed as Record<string, unknown>;
  check(json["modelTopology"] && typeof json["modelTopology"] === "object", `${jsonPath} has no modelTopology: it is not a tfjs layers model`);
  check(
    json["format"] === undefined || json["format"] === "layers-model",
    `${jsonPath} is a tfjs ${String(json["format"])}, not a layers model; xai-lab explains layers models`,
  );
  const groups = checkManifest(json["weightsManifest"], jsonPath);
  const all = Buffer.concat(groups.flatMap((g) => g.files.map((f) => fs.readFileSync(f))));
  const specs = groups.flatMap((g) => g.weights);
  checkFiniteWeightBytes(all, specs, jsonPath);
  return {
    modelTopology: json["modelTopology"] as object,
    weightSpecs: specs,
    weightData: all.buffer.slice(all.byteOffset, all.byteOffset + all.byteLength) as ArrayBuffer,
    format: "layers-model",
  };
}

/**
 * Loads a LayersModel from a model.json (or a folder holding one). Its layers are built on a budget of the
 * weights its files hold (weightBudget.ts), so a topology that asks for more fails before allocating it.
 */
export async function loadModel(modelJson: string): Promise<tf.LayersModel> {
  await ready();
  const { weightData, weightSpecs, ...artifacts } = readModelArtifacts(modelJson);
  const own = weightSpecs!.filter((spec) => spec.group !== "optimizer");
  const budget = budgetTopology(
    artifacts.modelTopology as object,
    own.reduce((sum, spec) => sum + valueCount(spec), 0),
    modelJson,
  );
  let model: tf.LayersModel | null = null;
  let weights: tf.NamedTensorMap = {};
  try {
    model = await tf.loadLayersModel(tf.io.fromMemory({ ...artifacts, modelTopology: budget.topology }));
    // The weights are set here rather than by tfjs, which leaks the built model and the decoded weights
    // when they do not fit the topology (a weight named for no layer, a wrong shape).
    weights = tf.io.decodeWeights(weightData!, weightSpecs!);
    model.loadWeights(Object.fromEntries(own.map((spec) => [spec.name, weights[spec.name]!])), true);
    return model;
  } catch (e) {
    model?.dispose();
    if (e instanceof XaiError) throw e;
    const msg = (e as Error).message;
    const unknown = /Unknown layer: (\w+)/.exec(msg);
    if (unknown) throw new XaiError(`${modelJson}: layer class ${unknown[1]} is not known to TensorFlow.js (${msg.split("\n")[0]})`);
    throw new XaiError(`${modelJson}: the model could not be built: ${msg.split("\n")[0]}`);
  } finally {
    budget.release();
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
      const bytes =
        data === undefined
          ? new Uint8Array(0)
          : data instanceof ArrayBuffer
            ? new Uint8Array(data)
            : new Uint8Array(tf.io.concatenateArrayBuffers(data as ArrayBuffer[]));
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

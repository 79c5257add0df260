/**
 * One-call loaders of the bundled MNIST models, for tutorials and quick experiments:
 *   const model = await xai.models.mnistCnnExplainable();
 * Each call loads a fresh tf.LayersModel from the package's files; the caller disposes it.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type * as tf from "@tensorflow/tfjs";
import { check } from "../errors";
import { loadModel } from "../io/modelFiles";
import { BUNDLED_NAMES, type BundledName, isBundledName, MODELS_DIR, modelPath } from "./catalog";

export * as architectures from "./architectures";
export { list, modelPath, MODELS_DIR, BUNDLED_NAMES, type BundledName, type BundledModelInfo } from "./catalog";

/** Loads bundled model `name` ("mnist-mlp", "mnist-cnn", "mnist-cnn-explainable"). */
export async function load(name: BundledName): Promise<tf.LayersModel> {
  check(isBundledName(name), () => `unknown bundled model ${JSON.stringify(name)}; the bundled models are ${BUNDLED_NAMES.join(", ")}`);
  const file = modelPath(name);
  check(fs.existsSync(file), `the bundled model ${name} is missing (${file}); run \`npm run train\` to create it`);
  return loadModel(file);
}

/** The MLP 784-128-64-10 (ReLU, softmax output). */
export function mnistMlp(): Promise<tf.LayersModel> {
  return load("mnist-mlp");
}

/** The small CNN with max-pooling and biases. */
export function mnistCnn(): Promise<tf.LayersModel> {
  return load("mnist-cnn");
}

/** The CNN built by the paper's recommendations: sum (average) pooling, no biases, dropout. */
export function mnistCnnExplainable(): Promise<tf.LayersModel> {
  return load("mnist-cnn-explainable");
}

/**
 * The decoder g of the VAE trained on the bundled digits (code 16 → 28×28×1 in [0, 1]), for activation
 * maximisation in code space (`optvis.code(decoder)`); trained by kernel/src/optvis/train/trainDecoder.ts
 * (`node kernel/dist/src/train/decoderMain.js`).
 */
export async function mnistDecoder(): Promise<tf.LayersModel> {
  const file = path.join(MODELS_DIR, "mnist-decoder", "model.json");
  check(fs.existsSync(file), `the bundled decoder is missing (${file}); run \`node kernel/dist/src/train/decoderMain.js\` to create it`);
  return loadModel(file);
}

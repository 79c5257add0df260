/**
 * The models that ship with xai-lab (trained by `npm run train`, kernel/src/train), and where their files
 * are. Paths are resolved from this file's folder, so they hold from kernel/dist/src/models in the
 * repository and in an installed package alike, whatever the caller's working directory.
 */
import * as fs from "node:fs";
import * as path from "node:path";

/** Names of the bundled models; each is a folder under kernel/models. */
export type BundledName = "mnist-mlp" | "mnist-cnn" | "mnist-cnn-explainable";

/** The package's models folder (kernel/models), from kernel/dist/src/models. */
export const MODELS_DIR = path.resolve(__dirname, "../../../models");

/** What `list()` says about a bundled model. */
export interface BundledModelInfo {
  readonly name: BundledName;
  readonly description: string;
  /** The layers, input to output. */
  readonly architecture: string;
  /** One image, [28, 28, 1]; batches are [N, 28, 28, 1] with values in [0, 1]. */
  readonly inputShape: readonly [28, 28, 1];
  /** Accuracy on the 2,000 digits of the fixed test split, as recorded by the training run. */
  readonly testAccuracy: number | null;
  /** Its model.json. */
  readonly path: string;
}

const ENTRIES: readonly { name: BundledName; description: string; architecture: string }[] = [
  {
    name: "mnist-mlp",
    description: "Fully connected ReLU network for MNIST digits: the simplest model to explain.",
    architecture: "Flatten → Dense(128, relu) → Dense(64, relu) → Dense(10, softmax)",
  },
  {
    name: "mnist-cnn",
    description: "Small LeNet-style convolutional network for MNIST digits, with max-pooling and biases.",
    architecture: "Conv2D(16, 5×5, relu) → MaxPooling2D(2) → Conv2D(32, 5×5, relu) → MaxPooling2D(2) → Flatten → Dense(64, relu) → Dense(10, softmax)",
  },
  {
    name: "mnist-cnn-explainable",
    description:
      "The CNN built by the paper's recommendations for explainable models (§5): average (sum) pooling, no biases, one hidden dense layer trained with dropout.",
    architecture:
      "Conv2D(16, 5×5, relu, no bias) → AveragePooling2D(2) → Conv2D(32, 5×5, relu, no bias) → AveragePooling2D(2) → Flatten → Dropout(0.25) → Dense(64, relu, no bias) → Dropout(0.5) → Dense(10, softmax, no bias)",
  },
];

/** The bundled models, with their recorded test accuracies. */
export function list(): BundledModelInfo[] {
  return ENTRIES.map((e) => ({ ...e, inputShape: [28, 28, 1] as const, testAccuracy: recordedAccuracy(e.name), path: modelPath(e.name) }));
}

/** The model.json of bundled model `name`. */
export function modelPath(name: BundledName): string {
  return path.join(MODELS_DIR, name, "model.json");
}

/** Whether `name` is a bundled model. */
export function isBundledName(name: unknown): name is BundledName {
  return ENTRIES.some((e) => e.name === name);
}

/** The names, for messages. */
export const BUNDLED_NAMES: readonly BundledName[] = ENTRIES.map((e) => e.name);

function recordedAccuracy(name: BundledName): number | null {
  const file = path.join(MODELS_DIR, name, "metrics.json");
  if (!fs.existsSync(file)) return null;
  const metrics = JSON.parse(fs.readFileSync(file, "utf8")) as { testAccuracy?: unknown };
  return typeof metrics.testAccuracy === "number" ? metrics.testAccuracy : null;
}

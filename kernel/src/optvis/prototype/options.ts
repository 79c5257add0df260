/** The options of `prototype` and their checks; each problem gets an XaiError naming the option. */
import * as tf from "@tensorflow/tfjs";
import { check } from "../../errors";
import type { Expert } from "../experts/expert";
import { Objective } from "../objectives/objective";
import type { Parameterisation } from "../parameterisations/parameterisation";
import type { Transform } from "../transforms/transform";

export type OptimiserName = "adam" | "sgd" | "momentum" | "rmsprop";
export const OPTIMISERS: readonly OptimiserName[] = ["adam", "sgd", "momentum", "rmsprop"];

export interface PrototypeOptions {
  /** The class whose logit is maximised (when no `objective` is given); also the class the scores report. */
  target?: number;
  /** What to maximise, e.g. `objectives.logSoftmax(3)` or `objectives.channel("conv1", 5)`; default `logit(target)`. */
  objective?: Objective;
  /** How the prototype is represented: `pixels({ low, high })` (default `pixels()`) or `code(decoder)`. */
  parameterisation?: Parameterisation;
  /** Extra terms added to the objective, e.g. `[regularisers.totalVariation({ lambda: 0.01 })]`. */
  regularisers?: readonly Objective[];
  /** A fitted density expert whose log p(x) is added (AM with an expert). */
  expert?: Expert;
  /**
   * Weight w of the expert's log-density, i.e. AM with the tempered expert p(x)^w. Default 1, the
   * paper's objective. Densities of 784-pixel digits are sharp: with the bundled MNIST data, w ≈ 0.1
   * keeps the prototype data-like while the class score still decides it (the CLI's default).
   */
  expertWeight?: number;
  /**
   * λ of the decay term: −λ‖x‖² (pixels), −λ‖z‖² (code space), or −λ‖x − x0‖² with `near`.
   * Default 0.01; 0 when an expert is given without `near` (the expert is then the prior).
   */
  lambda?: number;
  /** Local AM: the data point x0 (one input, batch of 1 allowed) to start from and stay near. */
  near?: tf.Tensor;
  /** Random transforms applied before the model sees the prototype each step, e.g. `[jitter(1)]`. */
  transforms?: readonly Transform[];
  /** Gradient steps (default 200). */
  steps?: number;
  /** Step size (default 0.05). */
  learningRate?: number;
  /** "adam" (default), "sgd", "momentum" (0.9) or "rmsprop". */
  optimiser?: OptimiserName;
  /** Seed of the random starts and transforms (default 0): the same seed gives the same prototypes. */
  seed?: number;
  /** Number of prototypes K, each from its own seeded start (default 1). */
  starts?: number;
  /** Called after every step with the step index, the mean objective and the value of each prototype. */
  onProgress?: (step: number, value: number, values: readonly number[]) => void | Promise<void>;
}

/** Options with their defaults filled in. */
export interface ResolvedOptions {
  readonly steps: number;
  readonly learningRate: number;
  readonly optimiser: OptimiserName;
  readonly seed: number;
  readonly starts: number;
  readonly lambda: number;
  readonly expertWeight: number;
  readonly transforms: readonly Transform[];
  readonly regularisers: readonly Objective[];
}

export function resolveOptions(options: PrototypeOptions): ResolvedOptions {
  check(options !== null && typeof options === "object", "prototype options must be an object");
  const { target, objective, expert, near, regularisers = [], transforms = [] } = options;
  check(target !== undefined || objective !== undefined, "prototype needs a target class or an objective");
  if (target !== undefined)
    check(
      typeof target === "number" && Number.isInteger(target) && target >= 0,
      () => `target must be a class index (a non-negative integer), got ${JSON.stringify(target)}`,
    );
  if (objective !== undefined)
    check(objective instanceof Objective, "objective must be built with the optvis objectives (logit, logSoftmax, unit, channel, ...)");
  check(
    Array.isArray(regularisers) && regularisers.every((r) => r instanceof Objective),
    "regularisers must be a list of objectives (regularisers.l2(), totalVariation(), ...)",
  );
  check(
    Array.isArray(transforms) && transforms.every((t) => t && typeof t.apply === "function"),
    "transforms must be a list of transforms (jitter(), scale())",
  );
  if (expert !== undefined)
    check(
      expert && typeof expert.logDensity === "function",
      "expert must be a fitted expert (await gaussian(data), gmm(data), rbm(data), or await expert.fit(data))",
    );
  if (near !== undefined) check(near instanceof tf.Tensor, "near must be a tf.Tensor: the data point x0 of local AM");
  const optimiser = options.optimiser ?? "adam";
  check(OPTIMISERS.includes(optimiser), () => `optimiser '${String(optimiser)}' is not known; use ${OPTIMISERS.join(", ")}`);
  return {
    steps: integer(options.steps ?? 200, "steps", 0),
    learningRate: positive(options.learningRate ?? 0.05, "learningRate"),
    optimiser,
    seed: integer(options.seed ?? 0, "seed", -Infinity),
    starts: integer(options.starts ?? 1, "starts", 1),
    lambda: nonNegative(options.lambda ?? (expert && !near ? 0 : 0.01), "lambda"),
    expertWeight: nonNegative(options.expertWeight ?? 1, "expertWeight"),
    transforms,
    regularisers,
  };
}

/**
 * Frees an optimiser's state. tfjs 4.22's momentum optimiser does not free the learning-rate scalar it
 * inherits from SGD, so that is disposed here as well.
 */
export function disposeOptimiser(optimiser: tf.Optimizer): void {
  optimiser.dispose();
  const inherited = (optimiser as unknown as { c?: tf.Tensor }).c;
  if (optimiser instanceof tf.MomentumOptimizer && inherited && !inherited.isDisposed) inherited.dispose();
}

export function makeOptimiser(name: OptimiserName, learningRate: number): tf.Optimizer {
  switch (name) {
    case "adam":
      return tf.train.adam(learningRate);
    case "sgd":
      return tf.train.sgd(learningRate);
    case "momentum":
      return tf.train.momentum(learningRate, 0.9);
    case "rmsprop":
      return tf.train.rmsprop(learningRate);
  }
}

function integer(v: unknown, name: string, min: number): number {
  check(
    typeof v === "number" && Number.isInteger(v) && v >= min,
    () => `${name} must be an integer${min > -Infinity ? ` ≥ ${min}` : ""}, got ${JSON.stringify(v)}`,
  );
  return v;
}

function positive(v: unknown, name: string): number {
  check(typeof v === "number" && Number.isFinite(v) && v > 0, () => `${name} must be a positive number, got ${JSON.stringify(v)}`);
  return v;
}

function nonNegative(v: unknown, name: string): number {
  check(typeof v === "number" && Number.isFinite(v) && v >= 0, () => `${name} must be a non-negative number, got ${JSON.stringify(v)}`);
  return v;
}

/**
 * The loop of activation maximisation (Montavon et al. 2018, §1): gradient ascent on
 *
 *   objective(T(x)) + w·log p(x) − λ‖x − x_ref‖² + Σ regularisers(x)
 *
 * where x is given by a parameterisation (pixels or a decoder's code), T a random transform drawn each
 * step, p a density expert and x_ref 0 (plain AM), or x0 (local AM). Choices are independent objects
 * (the Lucid design) and the loop only runs them. K prototypes from K seeded starts are optimised as
 * one batch; each one's gradient involves only itself, so they are independent ascents.
 */
import * as tf from "@tensorflow/tfjs";
import { describeBackend, ready } from "../../backend";
import { check } from "../../errors";
import { checkpoint } from "../../interrupt";
import { logit } from "../objectives/model";
import { logDensity } from "../objectives/density";
import { sumOf, type Objective, type ObjectiveContext, type ObjectiveSpec } from "../objectives/objective";
import { pixels } from "../parameterisations/pixels";
import type { ParameterState } from "../parameterisations/parameterisation";
import { seeded, type Random } from "../../random";
import { codeL2, l2 } from "../regularisers/l2";
import { ModelRunner } from "./modelRunner";
import { disposeOptimiser, makeOptimiser, resolveOptions, type PrototypeOptions, type ResolvedOptions } from "./options";

/** How one prototype scores on the model. */
export interface PrototypeScore {
  /** The class reported: `target`, else the objective's class, else the predicted class. */
  readonly class: number;
  /** Its logit. */
  readonly logit: number;
  /** Its softmax probability. */
  readonly probability: number;
  /** The class the model predicts for the prototype. */
  readonly predicted: number;
}

/** Everything needed to repeat a run, as plain JSON. */
export interface PrototypeSettings {
  readonly objective: ObjectiveSpec;
  readonly regularisers: readonly ObjectiveSpec[];
  readonly expert: Record<string, unknown> | null;
  readonly expertWeight: number;
  readonly lambda: number;
  /** What λ penalises: "x" (‖x‖²), "code" (‖z‖²) or "x - x0" (local AM). */
  readonly lambdaOn: "x" | "code" | "x - x0";
  readonly local: boolean;
  readonly parameterisation: Record<string, unknown>;
  readonly transforms: readonly Record<string, unknown>[];
  readonly steps: number;
  readonly learningRate: number;
  readonly optimiser: string;
  readonly seed: number;
  readonly starts: number;
  readonly inputShape: readonly number[];
  readonly backend: string;
}

/** The result of `prototype`. Its tensors belong to the caller: call `dispose()`. */
export interface Prototypes {
  /** The prototypes [K, ...inputShape] (K = starts), e.g. [K, 28, 28, 1]. */
  readonly images: tf.Tensor;
  /** Code-space runs: the codes z [K, d] with images = g(z); null for pixel parameterisations. */
  readonly codes: tf.Tensor | null;
  /** Class score of each prototype. */
  readonly scores: readonly PrototypeScore[];
  /** history[k][t]: the full objective of prototype k at step t (on that step's transformed copy). */
  readonly history: readonly (readonly number[])[];
  /** The full objective of each final prototype, without transforms. */
  readonly objective: readonly number[];
  /** The expert's log p(x) of each final prototype (null without an expert). */
  readonly logDensity: readonly number[] | null;
  readonly settings: PrototypeSettings;
  dispose(): void;
}

/**
 * Prototypes of `model` by activation maximisation, e.g.
 *   const p = await prototype(model, { target: 3, parameterisation: pixels({ low: 0, high: 1 }),
 *                                      expert: await gaussian().fit(images), starts: 4 });
 * Deterministic for a given seed on a given backend; leaves no tensors behind but `images`.
 */
export async function prototype(model: tf.LayersModel, options: PrototypeOptions): Promise<Prototypes> {
  await ready();
  check(model instanceof tf.LayersModel, "prototype needs a tfjs LayersModel (tf.sequential(), tf.model() or loadModel())");
  const o = resolveOptions(options);
  const runner = ModelRunner.from(model);
  try {
    const { info } = runner;
    const main = options.objective ?? logit(options.target!);
    const parameterisation = options.parameterisation ?? pixels();
    const lambdaOn = options.near ? "x - x0" : parameterisation.kind === "code" ? "code" : "x";
    const penalty =
      o.lambda === 0
        ? null
        : lambdaOn === "x - x0"
          ? l2({ lambda: o.lambda, center: options.near!, centerName: "x0" })
          : lambdaOn === "code"
            ? codeL2({ lambda: o.lambda })
            : l2({ lambda: o.lambda });
    const expertTerm = options.expert ? (o.expertWeight === 1 ? logDensity(options.expert) : logDensity(options.expert).times(o.expertWeight)) : null;
    const total = sumOf([main, ...(expertTerm ? [expertTerm] : []), ...(penalty ? [penalty] : []), ...o.regularisers])!;
    if (options.target !== undefined)
      check(options.target < info.classes, `target ${options.target} is out of range: the model has ${info.classes} classes (0 to ${info.classes - 1})`);
    if (options.near) {
      const size = info.inputShape.reduce((a, b) => a * b, 1);
      check(options.near.size === size, `near (x0) of shape [${options.near.shape.join(", ")}] does not match one model input [${info.inputShape.join(", ")}]`);
    }
    total.check(info);
    if (o.transforms.length > 0)
      check(info.inputShape.length === 3, `transforms need image inputs [H, W, C]; the model input is [${info.inputShape.join(", ")}]`);

    const random = seeded(o.seed);
    const startRandom = random.fork();
    const transformRandom = random.fork();
    const state = parameterisation.create({ count: o.starts, shape: info.inputShape, random: startRandom, ...(options.near ? { start: options.near } : {}) });
    const optimiser = makeOptimiser(o.optimiser, o.learningRate);
    const history: number[][] = Array.from({ length: o.starts }, () => []);
    try {
      for (let step = 0; step < o.steps; step++) {
        await checkpoint("activation maximisation");
        const values = await ascend(runner, state, total, o, transformRandom, optimiser);
        values.forEach((v, k) => history[k]!.push(v));
        if (options.onProgress) await options.onProgress(step, mean(values), values);
      }
      return await finish(runner, state, total, options, o, parameterisation.describe(), history, lambdaOn, main);
    } finally {
      disposeOptimiser(optimiser);
      state.dispose();
    }
  } finally {
    runner.dispose();
  }
}

/** One ascent step; returns the objective of each prototype before the step. */
async function ascend(
  runner: ModelRunner,
  state: ParameterState,
  total: Objective,
  o: ResolvedOptions,
  random: Random,
  optimiser: tf.Optimizer,
): Promise<number[]> {
  let kept: tf.Tensor | null = null;
  const { value, grads } = optimiser.computeGradients(() => {
    const image = state.image();
    const seen = o.transforms.reduce((x, t) => t.apply(x as tf.Tensor4D, random), image);
    const values = total.evaluate(context(runner, image, seen, state.code()));
    kept = tf.keep(tf.clone(values));
    return tf.neg(tf.sum(values)) as tf.Scalar;
  }, state.variables);
  optimiser.applyGradients(grads);
  tf.dispose([value, ...Object.values(grads)]);
  state.project();
  const read = kept as tf.Tensor | null;
  try {
    return Array.from(await read!.data());
  } finally {
    read!.dispose();
  }
}

function context(runner: ModelRunner, image: tf.Tensor, seen: tf.Tensor, code: tf.Tensor | null): ObjectiveContext {
  const outputs = runner.run(seen);
  return { image, code, logits: outputs.logits, layer: outputs.layer };
}

async function finish(
  runner: ModelRunner,
  state: ParameterState,
  total: Objective,
  options: PrototypeOptions,
  o: ResolvedOptions,
  parameterisation: Record<string, unknown>,
  history: number[][],
  lambdaOn: PrototypeSettings["lambdaOn"],
  main: Objective,
): Promise<Prototypes> {
  const images = tf.tidy(() => tf.clone(state.image()));
  const code = state.code();
  const codes = code ? tf.clone(code) : null;
  // [logits, objective, log-density (with an expert)]
  const measured = tf.tidy(() => {
    const outputs = runner.run(images);
    const objective = total.evaluate({ image: images, code: state.code(), logits: outputs.logits, layer: outputs.layer });
    return [outputs.logits(), objective, ...(options.expert ? [options.expert.logDensity(images)] : [])];
  });
  let logits: number[][];
  let objective: number[];
  let density: number[] | null;
  try {
    logits = (await measured[0]!.array()) as number[][];
    objective = Array.from(await measured[1]!.data());
    density = measured[2] ? Array.from(await measured[2].data()) : null;
  } catch (e) {
    tf.dispose(codes ? [images, codes] : [images]);
    throw e;
  } finally {
    tf.dispose(measured);
  }
  const scores = logits.map((row) => score(row, options.target ?? main.target));
  return {
    images,
    codes,
    scores,
    history,
    objective,
    logDensity: density,
    settings: {
      objective: main.spec,
      regularisers: o.regularisers.map((r) => r.spec),
      expert: options.expert ? options.expert.describe() : null,
      expertWeight: o.expertWeight,
      lambda: o.lambda,
      lambdaOn,
      local: options.near !== undefined,
      parameterisation,
      transforms: o.transforms.map((t) => t.describe()),
      steps: o.steps,
      learningRate: o.learningRate,
      optimiser: o.optimiser,
      seed: o.seed,
      starts: o.starts,
      inputShape: [...runner.info.inputShape],
      backend: describeBackend(),
    },
    dispose: () => tf.dispose(codes ? [images, codes] : [images]),
  };
}

function score(logits: number[], wanted: number | null): PrototypeScore {
  const max = Math.max(...logits);
  const sum = logits.reduce((s, v) => s + Math.exp(v - max), 0);
  const predicted = logits.indexOf(max);
  const c = wanted ?? predicted;
  return { class: c, logit: logits[c]!, probability: Math.exp(logits[c]! - max) / sum, predicted };
}

function mean(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

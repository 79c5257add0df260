/**
 * The training loop of the bundled models: seeded data order and augmentation, mini-batch Adam with a
 * step learning-rate schedule, per-epoch loss/accuracy, test accuracy on the fixed split.
 * `model.fit` is not used: its shuffling draws from Math.random, and an explicit loop keeps every random
 * choice in our own seeded generator.
 */
import * as tf from "@tensorflow/tfjs";
import { PIXELS } from "../data/digits";
import { checkpoint } from "../interrupt";
import { permutation } from "../random";
import { randomShifts } from "./augment";
import { seededUniform, withSeededMathRandom } from "./random";

/** How one model is trained. */
export interface TrainPlan {
  readonly seed: number;
  readonly epochs: number;
  readonly batchSize: number;
  /** Adam step size by epoch (0-based). */
  learningRate(epoch: number): number;
  /** Largest random shift of a training digit, in pixels. */
  readonly maxShift: number;
}

/** Images (N × 784, in [0, 1]) and labels. */
export interface Digits {
  readonly images: Float32Array;
  readonly labels: Int32Array;
}

/** One epoch's numbers. */
export interface EpochLog {
  readonly epoch: number;
  readonly loss: number;
  /** On the augmented training digits, with dropout active, averaged over the epoch. */
  readonly trainAccuracy: number;
  readonly testAccuracy: number;
  readonly learningRate: number;
}

/** Adam whose step size the schedule can change between epochs without losing its moments. */
class ScheduledAdam extends tf.AdamOptimizer {
  setLearningRate(rate: number): void {
    this.learningRate = rate;
  }
}

/** Trains `model` in place; `log` receives each epoch as it ends. */
export async function trainModel(model: tf.LayersModel, plan: TrainPlan, train: Digits, test: Digits, log: (e: EpochLog) => void): Promise<EpochLog[]> {
  const optimizer = new ScheduledAdam(plan.learningRate(0), 0.9, 0.999, 1e-7);
  model.compile({ optimizer, loss: "sparseCategoricalCrossentropy", metrics: ["accuracy"] });
  const uniform = seededUniform(plan.seed);
  const n = train.labels.length;
  const epochs: EpochLog[] = [];
  // Dropout masks come from Math.random inside tfjs; seed it from our generator for the whole run.
  await withSeededMathRandom(Math.floor(uniform() * 4294967296), async () => {
    for (let epoch = 0; epoch < plan.epochs; epoch++) {
      const rate = plan.learningRate(epoch);
      optimizer.setLearningRate(rate);
      const order = permutation(n, uniform);
      const images = randomShifts(gather(train.images, order), plan.maxShift, uniform);
      const labels = Float32Array.from(order, (i) => train.labels[i]!);
      let lossSum = 0;
      let accSum = 0;
      for (let start = 0; start < n; start += plan.batchSize) {
        await checkpoint("training");
        const end = Math.min(n, start + plan.batchSize);
        const xs = tf.tensor4d(images.subarray(start * PIXELS, end * PIXELS), [end - start, 28, 28, 1]);
        const ys = tf.tensor1d(labels.subarray(start, end));
        const [loss, acc] = (await model.trainOnBatch(xs, ys)) as number[];
        xs.dispose();
        ys.dispose();
        lossSum += loss! * (end - start);
        accSum += acc! * (end - start);
      }
      const entry = { epoch: epoch + 1, loss: lossSum / n, trainAccuracy: accSum / n, testAccuracy: await accuracy(model, test), learningRate: rate };
      epochs.push(entry);
      log(entry);
    }
    // The optimizer's moments are variables: freed when training stops early (an interrupt) too.
  }).finally(() => optimizer.dispose());
  return epochs;
}

/** Fraction of `digits` whose arg-max prediction is the label. */
export async function accuracy(model: tf.LayersModel, digits: Digits, batch = 500): Promise<number> {
  const n = digits.labels.length;
  let correct = 0;
  for (let start = 0; start < n; start += batch) {
    const end = Math.min(n, start + batch);
    const classes = tf.tidy(() => {
      const xs = tf.tensor4d(digits.images.subarray(start * PIXELS, end * PIXELS), [end - start, 28, 28, 1]);
      return (model.predict(xs) as tf.Tensor).argMax(-1);
    });
    let predicted: ArrayLike<number>;
    try {
      predicted = await classes.data();
    } finally {
      classes.dispose();
    }
    for (let i = start; i < end; i++) if (predicted[i - start] === digits.labels[i]) correct++;
  }
  return correct / n;
}

function gather(images: Float32Array, order: Int32Array): Float32Array {
  const out = new Float32Array(order.length * PIXELS);
  order.forEach((i, k) => out.set(images.subarray(i * PIXELS, (i + 1) * PIXELS), k * PIXELS));
  return out;
}

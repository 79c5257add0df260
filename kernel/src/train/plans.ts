/**
 * How each bundled model is trained. Changing a number here changes the committed weights: rerun
 * `npm run train` and commit kernel/models together with the change.
 */
import type { BundledName } from "../models/catalog";
import type { TrainPlan } from "./fit";

/** A step schedule: `rates[k]` from epoch `starts[k]` on. */
function steps(starts: number[], rates: number[]): (epoch: number) => number {
  return (epoch) => {
    let rate = rates[0]!;
    starts.forEach((s, k) => {
      if (epoch >= s) rate = rates[k]!;
    });
    return rate;
  };
}

/** The plan of each model. */
export const PLANS: Readonly<Record<BundledName, TrainPlan>> = {
  "mnist-mlp": { seed: 1, epochs: 30, batchSize: 64, maxShift: 2, learningRate: steps([0, 20, 26], [1e-3, 3e-4, 1e-4]) },
  "mnist-cnn": { seed: 2, epochs: 15, batchSize: 64, maxShift: 2, learningRate: steps([0, 10, 13], [1e-3, 3e-4, 1e-4]) },
  "mnist-cnn-explainable": { seed: 3, epochs: 20, batchSize: 64, maxShift: 2, learningRate: steps([0, 14, 18], [1e-3, 3e-4, 1e-4]) },
};

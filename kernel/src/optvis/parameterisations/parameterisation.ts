/**
 * Parameterisations: how the prototype is represented while it is optimised (the Lucid design). The
 * loop asks a parameterisation for trainable variables and for the image they stand for; ascent runs
 * on the variables. Pixels are the image itself; a code z of a decoder gives x = g(z), which keeps the
 * prototype in the decoder's range (Montavon et al. 2018, §1, "AM in code space"; Nguyen et al. 2016).
 */
import type * as tf from "@tensorflow/tfjs";
import type { Random } from "../../random";

/** What the loop asks a parameterisation to create. */
export interface ParameterRequest {
  /** Number of prototypes K. */
  readonly count: number;
  /** The model input shape without the batch axis, e.g. [28, 28, 1]. */
  readonly shape: readonly number[];
  /** The seeded stream the random starts come from. */
  readonly random: Random;
  /** Local AM: the data point x0 to start from ([...shape] or [1, ...shape]), if the representation allows it. */
  readonly start?: tf.Tensor;
}

/** The live variables of K prototypes. */
export interface ParameterState {
  /** What the optimiser updates. */
  readonly variables: tf.Variable[];
  /** The prototypes [K, ...shape] in data space, differentiable in `variables`. */
  image(): tf.Tensor;
  /** The code z (code-space parameterisations) or null. */
  code(): tf.Tensor | null;
  /** Called after every optimiser step, e.g. to clip pixels to the data range. */
  project(): void;
  /** Frees the variables. */
  dispose(): void;
}

/** A way to represent prototypes; `create` makes the variables for one run of the loop. */
export interface Parameterisation {
  readonly kind: string;
  /** Settings as plain data. */
  describe(): Record<string, unknown>;
  create(request: ParameterRequest): ParameterState;
}

/** Data range of the prototype: each bound optional. */
export interface Bounds {
  /** Smallest value of a pixel (e.g. 0 for MNIST). */
  low?: number;
  /** Largest value of a pixel (e.g. 1 for MNIST). */
  high?: number;
}

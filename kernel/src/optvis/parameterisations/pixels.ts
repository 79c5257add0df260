/**
 * The pixel parameterisation: the prototype x is the variable itself. With a data range [low, high],
 * x is clipped back into it after every step (projected gradient ascent), so that the prototype stays
 * a valid input, as the paper's MNIST prototypes do.
 */
import * as tf from "@tensorflow/tfjs";
import { check } from "../../errors";
import { checkBounds, clip, startBatch, variableFrom } from "./shared";
import type { Bounds, Parameterisation, ParameterRequest, ParameterState } from "./parameterisation";

export interface PixelOptions extends Bounds {
  /**
   * Where ascent starts: "random" (default: the middle of the range, or 0, plus noise), "zeros", or a
   * tensor shaped like one input (the data mean, say), for every prototype.
   */
  init?: "random" | "zeros" | tf.Tensor;
  /**
   * Standard deviation of the seeded Gaussian noise added to each start, relative to high − low (or
   * absolute without both bounds). Default 0.1 for "random", else 0 (and 0 when starting at x0 in local AM).
   */
  noise?: number;
}

/** Prototypes as pixels, e.g. `pixels({ low: 0, high: 1 })` for MNIST. */
export function pixels(options: PixelOptions = {}): Parameterisation {
  checkBounds(options, "pixels");
  const init = options.init ?? "random";
  check(
    init === "random" || init === "zeros" || init instanceof tf.Tensor,
    () => `pixels init must be "random", "zeros" or a tf.Tensor, got ${JSON.stringify(init)}`,
  );
  const noise = options.noise ?? (init === "random" ? 0.1 : 0);
  check(typeof noise === "number" && Number.isFinite(noise) && noise >= 0, `pixels noise must be a non-negative number, got ${String(noise)}`);
  const { low, high } = options;
  const span = low !== undefined && high !== undefined ? high - low : 1;
  const middle = low !== undefined && high !== undefined ? (low + high) / 2 : (low ?? high ?? 0);
  return {
    kind: "pixels",
    describe: () => ({
      kind: "pixels",
      init: init instanceof tf.Tensor ? `tensor [${init.shape.join(", ")}]` : init,
      noise,
      ...(low !== undefined ? { low } : {}),
      ...(high !== undefined ? { high } : {}),
    }),
    create(request: ParameterRequest): ParameterState {
      const base = request.start ?? (init instanceof tf.Tensor ? init : init === "zeros" ? 0 : middle);
      // Local AM starts exactly at x0 unless noise is asked for.
      const std = (request.start ? (options.noise ?? 0) : noise) * span;
      const x = variableFrom(tf.tidy(() => clip(startBatch(base, request, std, "pixels"), options)));
      return {
        variables: [x],
        image: () => x,
        code: () => null,
        project: () => {
          if (low === undefined && high === undefined) return;
          const clipped = clip(x, options);
          x.assign(clipped);
          clipped.dispose();
        },
        dispose: () => x.dispose(),
      };
    },
  };
}

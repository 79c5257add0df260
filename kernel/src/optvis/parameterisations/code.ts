/**
 * The code-space parameterisation: the prototype is x = g(z) for a decoder g (a tfjs LayersModel from
 * codes [K, d] to inputs), and ascent runs on z (Montavon et al. 2018, §1: z* = argmax_z
 * log p(ω_c | g(z)) − λ‖z‖², x* = g(z*)). The prototype then lies in the decoder's range, which for a
 * decoder trained on the data is close to the data manifold. With a VAE decoder, λ‖z‖² is the
 * standard-normal prior on the code (add it with `regularisers.codeL2` or the loop's `lambda`).
 */
import * as tf from "@tensorflow/tfjs";
import { check } from "../../errors";
import { checkBounds, clip, startBatch, variableFrom } from "./shared";
import type { Bounds, Parameterisation, ParameterRequest, ParameterState } from "./parameterisation";

export interface CodeOptions extends Bounds {
  /** Start code: "random" (default, seeded standard normal × `noise`), "zeros", or a tensor [d] / [1, d]. */
  init?: "random" | "zeros" | tf.Tensor;
  /** Standard deviation of the start noise (default 1 for "random", else 0). */
  noise?: number;
  /** A name for the decoder in the settings (e.g. its path). */
  name?: string;
}

/**
 * Prototypes as codes of `decoder`, e.g. `code(await loadModel("models/mnist-decoder"))`. With `low`
 * / `high` the decoded image is clipped to the data range (a sigmoid decoder needs no clipping).
 */
export function code(decoder: tf.LayersModel, options: CodeOptions = {}): Parameterisation {
  check(decoder instanceof tf.LayersModel, "code needs a decoder: a tfjs LayersModel from codes [batch, d] to model inputs");
  checkBounds(options, "code");
  check(decoder.inputs.length === 1 && decoder.outputs.length === 1, "the decoder must have one input (the code) and one output (the image)");
  const inShape = decoder.inputs[0]!.shape;
  check(
    inShape.length === 2 && typeof inShape[1] === "number",
    `the decoder input must be codes [batch, d]; it is [${inShape.map((v) => v ?? "batch").join(", ")}]`,
  );
  const codeSize = inShape[1] as number;
  const outSize = decoder.outputs[0]!.shape.slice(1).reduce<number>((a, b) => a * (b ?? NaN), 1);
  const init = options.init ?? "random";
  check(
    init === "random" || init === "zeros" || init instanceof tf.Tensor,
    () => `code init must be "random", "zeros" or a tf.Tensor, got ${JSON.stringify(init)}`,
  );
  const noise = options.noise ?? (init === "random" ? 1 : 0);
  check(typeof noise === "number" && Number.isFinite(noise) && noise >= 0, `code noise must be a non-negative number, got ${String(noise)}`);
  const { low, high } = options;
  return {
    kind: "code",
    describe: () => ({
      kind: "code",
      decoder: options.name ?? decoder.name,
      codeSize,
      init: init instanceof tf.Tensor ? `tensor [${init.shape.join(", ")}]` : init,
      noise,
      ...(low !== undefined ? { low } : {}),
      ...(high !== undefined ? { high } : {}),
    }),
    create(request: ParameterRequest): ParameterState {
      const size = request.shape.reduce((a, b) => a * b, 1);
      check(outSize === size, `the decoder makes ${outSize} values per code, the model input [${request.shape.join(", ")}] has ${size}`);
      const z = variableFrom(startBatch(init instanceof tf.Tensor ? init : 0, { ...request, shape: [codeSize] }, noise, "code"));
      const decode = (): tf.Tensor => {
        const x = tf.reshape(decoder.apply(z) as tf.Tensor, [request.count, ...request.shape]);
        return low === undefined && high === undefined ? x : clip(x, options);
      };
      return {
        variables: [z],
        image: decode,
        code: () => z,
        project: () => undefined,
        dispose: () => z.dispose(),
      };
    },
  };
}

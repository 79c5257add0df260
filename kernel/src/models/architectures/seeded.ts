/**
 * Seeded random weights for the standard architectures: every weight of a built model is drawn from
 * the project's one generator (mulberry32), so that a benchmark or a test sees the same network in
 * every process. tfjs' own seeded initialisers draw 138 M numbers for VGG-16 one at a time through
 * seedrandom (tens of seconds); filling plain arrays is a few seconds.
 */
import * as tf from "@tensorflow/tfjs";
import { mulberry32 } from "../../random";

/**
 * Replaces every weight of `model` with seeded values: kernels He-normal (std √(2/fan-in)), biases
 * N(0, 0.05²), batch norm γ ~ U(0.5, 1.5), β ~ N(0, 0.1²), moving mean ~ N(0, 0.1²), moving variance
 * ~ U(0.5, 1.5) — so that a batch-norm fold is a real rescaling, not the identity. Without `biases`,
 * biases, β and the moving means are 0: the network is then positively homogeneous (f(tx) = t·f(x)).
 */
export function seedWeights(model: tf.LayersModel, seed: number, biases = true): void {
  const uniform = mulberry32(seed);
  const normal = gaussian(uniform);
  for (const layer of model.layers) {
    const weights = layer.weights;
    if (weights.length === 0) continue;
    const values = weights.map((w) => {
      const shape = w.shape as number[];
      const size = shape.reduce((a, b) => a * b, 1);
      const data = new Float32Array(size);
      const name = (w.originalName ?? w.name).split("/").pop()!;
      const draw = biases || !["bias", "beta", "moving_mean"].includes(name) ? drawFor(name, shape, layer.getClassName(), uniform, normal) : () => 0;
      for (let i = 0; i < size; i++) data[i] = draw();
      return tf.tensor(data, shape);
    });
    layer.setWeights(values);
    for (const v of values) v.dispose();
  }
}

function drawFor(name: string, shape: readonly number[], className: string, uniform: () => number, normal: () => number): () => number {
  switch (name) {
    case "kernel":
    case "depthwise_kernel": {
      // fan-in: kernel area × input channels (a depthwise filter sees one channel).
      const fanIn = className === "DepthwiseConv2D" ? shape[0]! * shape[1]! : shape.slice(0, -1).reduce((a, b) => a * b, 1);
      const std = Math.sqrt(2 / fanIn);
      return () => normal() * std;
    }
    case "gamma":
    case "moving_variance":
      return () => 0.5 + uniform();
    case "beta":
    case "moving_mean":
      return () => normal() * 0.1;
    default:
      return () => normal() * 0.05;
  }
}

/** Standard normal draws by Box–Muller from a uniform generator. */
function gaussian(uniform: () => number): () => number {
  let spare: number | null = null;
  return () => {
    if (spare !== null) {
      const s = spare;
      spare = null;
      return s;
    }
    const u = 1 - uniform();
    const v = uniform();
    const r = Math.sqrt(-2 * Math.log(u));
    spare = r * Math.sin(2 * Math.PI * v);
    return r * Math.cos(2 * Math.PI * v);
  };
}

/**
 * Occlusion (Zeiler & Fergus 2014, "Visualizing and understanding convolutional networks"): cover a
 * patch of the input with `fill` and see how much the explained logit drops. Each element gets the
 * mean drop `f_t(x) − f_t(x with the patch covered)` over the patches that cover it, 0 where none does.
 * Patches of `patch` elements slide with `stride` over the positions where they fit whole (as Captum's
 * Occlusion); on images [H, W, C] a patch covers every channel. No gradient: it works on any model and
 * says what the model loses without each region, at the cost of one forward pass per patch position.
 */
import * as tf from "@tensorflow/tfjs";
import { check, describeValue } from "../../errors";
import { forward } from "../../graph/forward";
import { selector } from "../gradient";
import { accumulate, COPIES_PER_PASS, copiesPerPass, repeatTargets } from "./batches";
import { predictedClasses, type Method } from "./method";

export interface OcclusionOptions {
  /** The patch: one size for every spatial axis, or [height, width] (default 4; vectors: a number). */
  patch?: number | readonly number[];
  /** How far the patch moves between positions, like `patch` (default: the patch, patches tile the input). */
  stride?: number | readonly number[];
  /** The value covered elements take (default 0). */
  fill?: number;
}

interface Windows {
  /** The axes the patch slides over (H, W of an image; D of a vector). */
  readonly spatial: readonly number[];
  /** Whether the sample has a channel axis the patch covers whole. */
  readonly channels: boolean;
  readonly patch: readonly number[];
  /** The top-left corner of each patch position. */
  readonly positions: readonly (readonly number[])[];
  /** How many patches cover each spatial element. */
  readonly counts: Float32Array;
}

export const occlusion: Method = {
  name: "occlusion",
  family: "perturbation",
  summary: "occlusion: the drop of the logit when a patch is covered (patch, stride, fill)",
  parameters: ["patch", "stride", "fill"],
  plan: (_graph, options) => {
    const fill = options.fill ?? 0;
    check(typeof fill === "number" && Number.isFinite(fill), () => `fill must be a finite number, got ${describeValue(fill)}`);
    let windows: Windows | null = null;
    const windowsFor = (shape: readonly number[]): Windows => (windows ??= slide(shape.slice(1), options.patch ?? 4, options.stride ?? options.patch ?? 4));
    return {
      passes: COPIES_PER_PASS,
      checkInput: (shape) => void windowsFor(shape),
      async compute(chunk) {
        const { graph, batch } = chunk;
        const n = batch.shape[0]!;
        const w = windowsFor(batch.shape);
        const classes = graph.nodes[graph.output]!.outputShape[1] as number;
        const logits = tf.tidy(() => forward(graph, batch)[graph.output]!);
        try {
          const targets = chunk.targets ? [...chunk.targets] : await predictedClasses(logits);
          const spatial = w.spatial.reduce((a, b) => a * b, 1);
          const maskShape = [...w.spatial, ...(w.channels ? [1] : [])];
          const sum = await accumulate(w.positions.length, copiesPerPass(w.positions.length), "occlusion", (from, to) => {
            const count = to - from;
            const masks = tf.tensor(masksOf(w, from, to), [count, spatial]);
            // Occluded copies, consecutive per sample: sample 0 under each patch, then sample 1, ...
            const m = tf.reshape(masks, [1, count, ...maskShape]);
            const x = tf.expandDims(batch, 1);
            const occluded = tf.reshape(tf.add(tf.mul(x, tf.sub(1, m)), tf.mul(m, fill)), [n * count, ...batch.shape.slice(1)]);
            const out = forward(graph, occluded)[graph.output]!;
            const scores = tf.reshape(tf.sum(tf.mul(out, selector(repeatTargets(targets, count, "consecutive"), classes)), 1), [n, count]);
            const base = tf.sum(tf.mul(logits, selector(targets, classes)), 1, true);
            return tf.matMul(tf.sub(base, scores), masks); // [n, spatial]: the drops summed over the patches
          });
          const relevance = tf.tidy(() => {
            const counts = tf.tensor(w.counts, [1, spatial]);
            const mean = tf.div(sum, tf.maximum(counts, 1));
            return tf.broadcastTo(tf.reshape(mean, [n, ...maskShape]), batch.shape);
          });
          sum.dispose();
          return { relevance, logits, targets };
        } catch (e) {
          logits.dispose();
          throw e;
        }
      },
    };
  },
};

/** The patch positions over a sample of shape `sample` ([D], [H, W] or [H, W, C]). */
function slide(sample: readonly number[], patchOption: number | readonly number[], strideOption: number | readonly number[]): Windows {
  check(
    sample.length >= 1 && sample.length <= 3,
    `occlusion explains vectors [N, D] and images [N, H, W] or [N, H, W, C]; this input has samples of shape [${sample.join(", ")}]`,
  );
  const spatial = sample.length === 1 ? sample.slice() : sample.slice(0, 2);
  const patch = sizes(patchOption, spatial.length, "patch");
  const stride = sizes(strideOption, spatial.length, "stride");
  patch.forEach((p, a) => check(p <= spatial[a]!, () => `the patch [${patch.join(", ")}] is larger than the input [${spatial.join(", ")}]`));
  const starts = spatial.map((size, a) => Array.from({ length: Math.floor((size - patch[a]!) / stride[a]!) + 1 }, (_, k) => k * stride[a]!));
  const positions = spatial.length === 1 ? starts[0]!.map((s) => [s]) : starts[0]!.flatMap((y) => starts[1]!.map((x) => [y, x]));
  const windows: Windows = { spatial, channels: sample.length === 3, patch, positions, counts: new Float32Array(spatial.reduce((a, b) => a * b, 1)) };
  const all = masksOf(windows, 0, positions.length);
  const size = windows.counts.length;
  for (let p = 0; p < positions.length; p++) for (let e = 0; e < size; e++) windows.counts[e] += all[p * size + e]!;
  return windows;
}

/** The masks (1 inside the patch) of positions [from, to), flat: [to − from, spatial elements]. */
function masksOf(w: Windows, from: number, to: number): Float32Array {
  const size = w.spatial.reduce((a, b) => a * b, 1);
  const out = new Float32Array((to - from) * size);
  for (let p = from; p < to; p++) {
    const [y0, x0] = w.positions[p]!;
    const base = (p - from) * size;
    if (w.spatial.length === 1) {
      for (let d = y0!; d < y0! + w.patch[0]!; d++) out[base + d] = 1;
    } else {
      const width = w.spatial[1]!;
      for (let y = y0!; y < y0! + w.patch[0]!; y++) for (let x = x0!; x < x0! + w.patch[1]!; x++) out[base + y * width + x] = 1;
    }
  }
  return out;
}

function sizes(value: number | readonly number[], axes: number, name: string): number[] {
  const list = typeof value === "number" ? new Array<number>(axes).fill(value) : Array.isArray(value) ? [...(value as number[])] : null;
  check(
    list !== null && list.length === axes && list.every((v) => Number.isInteger(v) && v >= 1),
    () => `${name} must be a positive integer or ${axes} of them (one per spatial axis), got ${describeValue(value)}`,
  );
  return list;
}

/**
 * How many samples of a batch to explain at once, so that the work fits in memory.
 *
 * Explaining stores every layer's activation for the backward sweep, so the working memory grows with
 * the batch: VGG-16 at 224×224 needs about 60 MB per sample for the gradient and more for LRP. A batch
 * that would not fit is split into chunks (explaining in chunks gives what explaining it whole gives);
 * a request that cannot fit even one sample at a time is refused before anything is allocated, with an
 * XaiError that says how much it needs — an out-of-memory abort on the wasm backend would leave it
 * unusable for the rest of the process.
 */
import * as tf from "@tensorflow/tfjs";
import { maxTensorBytes } from "../backend";
import { XaiError } from "../errors";
import type { Graph } from "../graph/graph";
import { isLinear } from "../graph/graph";

/** Default working-memory budget of one explain call (bytes): chunks are sized to stay within it. */
export const DEFAULT_WORK_BYTES = 1024 * 2 ** 20;

/**
 * The sum below counts each stored activation and the largest step once; what tfjs really holds at its
 * peak is up to about three times that (measured with tf.profile at 224×224, batch 1: ResNet-50's gradient
 * 360 MiB against 120 estimated, MobileNet-v2's epsilon-gamma-box 204 against 78): the relevance of the
 * layers in flight, the rules' shares and denominators, the kernels' own scratch. Without this factor
 * ResNet-50 at batch 8 ran as one chunk and overran the 4 GiB wasm heap.
 */
const MEASURED_OVER_COUNTED = 3;

/** What one sample costs: its stored activations plus the largest single step, and its largest tensor. */
export interface Footprint {
  /** Bytes of working memory per sample. */
  readonly perSample: number;
  /** Bytes of the largest single tensor per sample (bounded by the backend's buffer limit). */
  readonly largestTensor: number;
}

/**
 * The footprint per sample of explaining with `graph`. `passes` is how many forward/backward passes a
 * method runs per sample at once (e.g. integrated gradients' steps); `keepLayers` adds the relevance at
 * every layer, which the result keeps.
 */
export function footprint(graph: Graph, { passes = 1, keepLayers = false }: { passes?: number; keepLayers?: boolean } = {}): Footprint {
  let activations = 0;
  let largestStep = 0;
  let largestTensor = 0;
  for (const node of graph.nodes) {
    const out = 4 * elements(node.outputShape);
    activations += out;
    largestTensor = Math.max(largestTensor, out);
    const input = node.inputs.reduce((a, i) => a + 4 * elements(graph.nodes[i]!.outputShape), 0);
    // A layer step holds its input and output, the relevance at both, and a few temporaries of each
    // (the denominators of a two-part rule, their shares, the dilated map of a strided adjoint).
    const step = isLinear(node) ? 3 * input + 4 * out : 2 * input + 2 * out;
    largestStep = Math.max(largestStep, step);
  }
  const perPass = MEASURED_OVER_COUNTED * (activations * (keepLayers ? 2 : 1) + largestStep);
  return { perSample: passes * perPass, largestTensor: passes * largestTensor };
}

/**
 * Samples per chunk for a batch of `n`: as many as fit in `budget` bytes and in the backend's largest
 * tensor, at least one. Throws an XaiError when even one sample cannot fit in the memory the backend
 * has left.
 */
export function chunkSize(n: number, fp: Footprint, budget: number = DEFAULT_WORK_BYTES): number {
  const available = availableBytes();
  const limit = maxTensorBytes();
  if (fp.perSample > available || fp.largestTensor > limit) {
    const reason =
      fp.largestTensor > limit
        ? `its largest tensor alone needs ${gib(fp.largestTensor)} and the ${tf.getBackend()} backend holds at most ${gib(limit)} in one tensor`
        : `that needs about ${gib(fp.perSample)} of working memory and the ${tf.getBackend()} backend has about ${gib(available)} left`;
    throw new XaiError(
      `explaining one sample of this model at this input size does not fit: ${reason}. Use a smaller input (or a smaller model), or another backend.`,
    );
  }
  const byBudget = Math.floor(Math.min(budget, available) / fp.perSample);
  const byTensor = Math.floor(limit / fp.largestTensor);
  return Math.max(1, Math.min(n, byBudget, byTensor));
}

/**
 * Bytes the backend can still allocate. The wasm heap is capped at 4 GiB and holds, besides the
 * tensors that tfjs counts, the packed copy XNNPACK keeps of every weight it multiplies with (about as
 * much again); elsewhere the limit is the machine's, and 8 GiB is assumed.
 */
function availableBytes(): number {
  const inUse = tf.memory().numBytes;
  if (tf.getBackend() === "wasm") return Math.max(0, 0.9 * 4 * 2 ** 30 - 2 * inUse);
  return Math.max(0, 8 * 2 ** 30 - inUse);
}

function elements(shape: readonly (number | null)[]): number {
  return shape.slice(1).reduce<number>((a, d) => a * (d ?? 1), 1);
}

function gib(bytes: number): string {
  return bytes >= 2 ** 30 ? `${(bytes / 2 ** 30).toFixed(1)} GiB` : `${Math.ceil(bytes / 2 ** 20)} MiB`;
}

/**
 * Checks that the batch itself fits in one tensor of the backend: chunks are cut from it, and on WebGPU
 * an op on a buffer larger than the adapter's storage-buffer limit gives zeros, not an error. (Larger
 * activations inside the model are no problem: `chunkSize` keeps each chunk's within the limit.)
 */
export function checkBatchFits(batch: tf.Tensor): void {
  const limit = maxTensorBytes();
  const bytes = 4 * batch.size;
  if (bytes <= limit) return;
  const most = Math.max(1, Math.floor(limit / (bytes / batch.shape[0]!)));
  throw new XaiError(
    `the input batch of shape [${batch.shape.join(", ")}] (${gib(bytes)}) does not fit in one tensor of the ${tf.getBackend()} backend (at most ${gib(limit)}): explain it in batches of at most ${most} samples`,
  );
}

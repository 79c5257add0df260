/**
 * What crosses between the main thread and the worker threads: tensors as plain typed arrays with their
 * shapes, a prepared graph as its nodes' plain data plus one shared buffer holding every weight, and
 * explain options with their tensors (a root point, a baseline) turned into arrays.
 *
 * The weights go into one SharedArrayBuffer, so that every worker reads the same bytes (each copies
 * them once into its own backend) instead of receiving a copy per worker.
 */
import * as tf from "@tensorflow/tfjs";
import { XaiError } from "../errors";
import { emptyResources, type Graph, type GraphNode } from "../graph/graph";

/** A tensor as data: its values (float32 or int32) and shape. */
export interface TensorData {
  readonly shape: number[];
  readonly dtype: "float32" | "int32";
  readonly values: Float32Array | Int32Array;
}

/** Where a weight lives in the shared buffer. */
interface WeightRef {
  readonly $weight: true;
  readonly offset: number;
  readonly length: number;
  readonly shape: number[];
}

/** A graph as plain data: nodes whose tensors are references into `weights`. */
export interface GraphSpec {
  readonly nodes: readonly Record<string, unknown>[];
  readonly output: number;
  readonly inputShape: readonly (number | null)[];
  readonly weights: SharedArrayBuffer;
}

/** A copy of `t`'s values with its shape (a copy: its buffer may be transferred to another thread). */
export async function tensorData(t: tf.Tensor): Promise<TensorData> {
  const dtype = t.dtype === "int32" ? "int32" : "float32";
  const source = dtype === t.dtype ? t : tf.cast(t, "float32");
  try {
    const values = ((await source.data()) as Float32Array | Int32Array).slice();
    return { shape: t.shape.slice(), dtype, values };
  } finally {
    if (source !== t) source.dispose();
  }
}

export function fromData(d: TensorData): tf.Tensor {
  return tf.tensor(d.values, d.shape, d.dtype);
}

/** The graph's nodes as plain data, every weight copied once into a shared buffer. */
export async function describeGraph(graph: Graph): Promise<GraphSpec> {
  let total = 0;
  for (const node of graph.nodes) for (const v of Object.values(node)) if (v instanceof tf.Tensor) total += v.size;
  const weights = new SharedArrayBuffer(total * 4);
  const all = new Float32Array(weights);
  let offset = 0;
  const nodes: Record<string, unknown>[] = [];
  for (const node of graph.nodes) {
    const plain: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(node)) {
      if (v instanceof tf.Tensor) {
        all.set((await v.data()) as Float32Array, offset);
        plain[key] = { $weight: true, offset, length: v.size, shape: v.shape.slice() } satisfies WeightRef;
        offset += v.size;
      } else {
        plain[key] = v;
      }
    }
    nodes.push(plain);
  }
  return { nodes, output: graph.output, inputShape: graph.inputShape, weights };
}

/** The graph `spec` describes, its weights made into tensors of the current backend (owned by it). */
export function rebuildGraph(spec: GraphSpec): Graph {
  const resources = emptyResources();
  const all = new Float32Array(spec.weights);
  const nodes = spec.nodes.map((plain) => {
    const node: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(plain)) {
      if (v && typeof v === "object" && (v as WeightRef).$weight === true) {
        const ref = v as WeightRef;
        const t = tf.tensor(all.slice(ref.offset, ref.offset + ref.length), ref.shape, "float32");
        resources.owned.push(t);
        node[key] = t;
      } else {
        node[key] = v;
      }
    }
    return node as unknown as GraphNode;
  });
  return { nodes, output: spec.output, inputShape: spec.inputShape, ...resources };
}

/**
 * Explain options as data: tensors become TensorData marked `$tensor`; functions cannot cross and are
 * refused (the caller then explains in this thread).
 */
export async function plainOptions(value: unknown, where = "options"): Promise<unknown> {
  if (value instanceof tf.Tensor) return { $tensor: await tensorData(value) };
  if (typeof value === "function") throw new XaiError(`${where} is a function, which cannot be sent to a worker thread`);
  if (Array.isArray(value)) return Promise.all(value.map((v, i) => plainOptions(v, `${where}[${i}]`)));
  if (value && typeof value === "object" && !ArrayBuffer.isView(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = await plainOptions(v, `${where}.${k}`);
    return out;
  }
  return value;
}

/** The inverse of `plainOptions` (tensors made on the current backend, listed in `made` to dispose). */
export function liveOptions(value: unknown, made: tf.Tensor[]): unknown {
  if (Array.isArray(value)) return value.map((v) => liveOptions(v, made));
  if (value && typeof value === "object" && !ArrayBuffer.isView(value)) {
    const o = value as Record<string, unknown>;
    if (o["$tensor"]) {
      const t = fromData(o["$tensor"] as TensorData);
      made.push(t);
      return t;
    }
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(o)) out[k] = liveOptions(v, made);
    return out;
  }
  return value;
}

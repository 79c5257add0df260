/**
 * A worker thread of the explain pool (pool.ts): its own tfjs backend and its own copy of the prepared
 * graph, explaining the slices of batches the main thread sends, with exactly the code the main thread
 * would run (`computeBatch`), so that results are bit-identical to explaining in one thread.
 */
import { parentPort } from "node:worker_threads";
import * as tf from "@tensorflow/tfjs";
import { computeBatch, type ExplainOptions } from "../attribution/explain";
import { methodOf } from "../attribution/methods";
import { useBackend } from "../backend";
import { disposeGraph, type Graph } from "../graph/graph";
import { fromData, liveOptions, rebuildGraph, tensorData, type GraphSpec, type TensorData } from "./transfer";

/** A request from the main thread. */
export type Request =
  | { readonly type: "init"; readonly backend: string; readonly spec: GraphSpec }
  | {
      readonly type: "explain";
      readonly id: number;
      readonly batch: TensorData;
      readonly options: unknown;
      readonly targets: number[] | null;
      readonly offset: number;
    };

/** A reply to the main thread. */
export type Reply =
  | { readonly type: "ready" }
  | {
      readonly type: "result";
      readonly id: number;
      readonly relevance: TensorData;
      readonly logits: TensorData;
      readonly targets: number[];
      readonly layers?: TensorData[];
      readonly shared: boolean;
    }
  | { readonly type: "error"; readonly id: number; readonly name: string; readonly message: string };

let graph: Graph | null = null;

if (parentPort) {
  const port = parentPort;
  port.on("message", (request: Request) => {
    handle(request).then(
      (reply) => port.postMessage(reply, transferables(reply)),
      (e: unknown) =>
        port.postMessage({
          type: "error",
          id: request.type === "explain" ? request.id : -1,
          name: (e as Error)?.name ?? "Error",
          message: (e as Error)?.message ?? String(e),
        } satisfies Reply),
    );
  });
}

async function handle(request: Request): Promise<Reply> {
  if (request.type === "init") {
    await useBackend(request.backend);
    if (graph) disposeGraph(graph);
    graph = rebuildGraph(request.spec);
    return { type: "ready" };
  }
  if (!graph) throw new Error("internal: the worker has no graph yet");
  const made: tf.Tensor[] = [];
  const batch = fromData(request.batch);
  try {
    const options = liveOptions(request.options, made) as ExplainOptions;
    const plan = methodOf(options).plan(graph, options);
    const out = await computeBatch(graph, plan, batch, options, request.targets, request.offset, null);
    try {
      const shared = out.layers?.[0] === out.relevance;
      const layers = out.layers ? await Promise.all(out.layers.map(tensorData)) : undefined;
      return {
        type: "result",
        id: request.id,
        relevance: await tensorData(out.relevance),
        logits: await tensorData(out.logits),
        targets: out.targets,
        shared,
        ...(layers ? { layers } : {}),
      };
    } finally {
      tf.dispose([out.relevance, out.logits, ...(out.layers ?? [])]);
    }
  } finally {
    batch.dispose();
    tf.dispose(made);
  }
}

/** The result's buffers move to the main thread rather than being copied. */
function transferables(reply: Reply): ArrayBuffer[] {
  if (reply.type !== "result") return [];
  const buffers = [reply.relevance, reply.logits, ...(reply.layers ?? [])].map((d) => d.values.buffer as ArrayBuffer);
  return [...new Set(buffers)];
}

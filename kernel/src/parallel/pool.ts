/**
 * Explaining the samples of a batch on every core: a pool of worker threads, each with its own tfjs
 * backend and its own copy of the prepared graph (worker.ts).
 *
 * Why threads: tfjs' wasm backend runs on one core in Node (its threaded build loads, but XNNPACK's
 * thread pool stays at one thread there; see the README), so a 16-core workstation would explain as
 * fast as a laptop. A batch is split into one contiguous slice per worker; each worker explains its
 * slice with exactly the code of the main thread, so the result is bit-identical to one thread.
 *
 * The pool belongs to an Explainer, starts on first use (each worker loads tfjs and copies the weights,
 * about a second for VGG-16) and ends with `Explainer.dispose()`. Idle workers do not keep the process
 * alive. An interrupt (interrupt/) stops the workers at once: they are terminated and restarted on the
 * next call.
 */
import * as os from "node:os";
import * as path from "node:path";
import { Worker } from "node:worker_threads";
import * as tf from "@tensorflow/tfjs";
import type { ChunkResult } from "../attribution/method/method";
import { XaiError } from "../errors";
import type { Graph } from "../graph/graph";
import { isLinear } from "../graph/graph";
import { InterruptedError, isInterrupted } from "../interrupt";
import { describeGraph, fromData, plainOptions, tensorData, type TensorData } from "./transfer";
import type { Reply, Request } from "./worker";

/** Below this many multiply–adds per call (about 0.1 s on one core), a batch is explained in one thread. */
const MIN_PARALLEL_WORK = 1e9;
const POLL_MS = 50;

/** How many workers to use: a number, or "auto" (every core where the batch is large enough to gain). */
export type WorkersOption = number | "auto";

/** The cores this process may use. */
export function coreCount(): number {
  return typeof os.availableParallelism === "function" ? os.availableParallelism() : os.cpus().length;
}

/**
 * The workers to use for a batch of `n` samples: `option` itself (at most one per sample), or with
 * "auto" every core when the batch's work is worth spreading, on backends that compute on the CPU.
 */
export function workersFor(option: WorkersOption, n: number, graph: Graph): number {
  if (option !== "auto") return Math.max(1, Math.min(option, n));
  if (!["wasm", "cpu"].includes(tf.getBackend())) return 1;
  if (n * multiplyAdds(graph) < MIN_PARALLEL_WORK) return 1;
  return Math.max(1, Math.min(coreCount(), n));
}

export class WorkerPool {
  private workers: Worker[] = [];
  private starting: Promise<void> | null = null;
  private nextId = 1;

  constructor(private readonly graph: Graph) {}

  /** Explains `batch` in `count` contiguous slices, one per worker, joined in order. */
  async run(batch: tf.Tensor, options: object, targets: readonly number[] | null, count: number): Promise<ChunkResult> {
    const plain = await plainOptions({ ...options, profile: undefined });
    await this.start(count);
    const n = batch.shape[0]!;
    const slices = split(n, count);
    const data = await tensorData(batch);
    const per = data.values.length / n;
    const replies = await this.watch(
      slices.map(([start, size], k) => {
        const slice: TensorData = { shape: [size, ...batch.shape.slice(1)], dtype: data.dtype, values: data.values.slice(start * per, (start + size) * per) };
        return this.ask(this.workers[k]!, {
          type: "explain",
          id: this.nextId++,
          batch: slice,
          options: plain,
          targets: targets?.slice(start, start + size) ?? null,
          offset: start,
        });
      }),
    );
    return join(replies);
  }

  /** Ends every worker. */
  terminate(): void {
    for (const w of this.workers) void w.terminate();
    this.workers = [];
    this.starting = null;
  }

  /** At least `count` workers, each with the graph and the backend of this thread. */
  private async start(count: number): Promise<void> {
    if (this.starting) await this.starting;
    if (this.workers.length >= count) return;
    this.starting = (async () => {
      const spec = await describeGraph(this.graph);
      const backend = tf.getBackend();
      const fresh = Array.from({ length: count - this.workers.length }, () => new Worker(path.join(__dirname, "worker.js")));
      for (const w of fresh) w.unref();
      this.workers.push(...fresh);
      await Promise.all(fresh.map((w) => this.ask(w, { type: "init", backend, spec })));
    })();
    try {
      await this.starting;
    } catch (e) {
      this.terminate();
      throw e;
    }
  }

  /** Sends `request` to `worker` and resolves with its reply (an error reply rejects). */
  private ask(worker: Worker, request: Request): Promise<Reply> {
    return new Promise<Reply>((resolve, reject) => {
      const id = request.type === "explain" ? request.id : -1;
      const onMessage = (reply: Reply): void => {
        if (reply.type !== "ready" && reply.id !== id) return;
        cleanup();
        if (reply.type === "error")
          reject(
            reply.name === "XaiError" || reply.name === "InterruptedError"
              ? new XaiError(reply.message)
              : new Error(`a worker thread failed: ${reply.message}`),
          );
        else resolve(reply);
      };
      const onError = (e: Error): void => {
        cleanup();
        reject(new Error(`a worker thread failed: ${e.message}`));
      };
      const onExit = (code: number): void => {
        cleanup();
        reject(new Error(`a worker thread exited (code ${code})`));
      };
      const cleanup = (): void => {
        worker.off("message", onMessage).off("error", onError).off("exit", onExit);
        worker.unref();
      };
      worker.ref();
      worker.on("message", onMessage).on("error", onError).on("exit", onExit);
      worker.postMessage(request);
    });
  }

  /** Waits for `pending`, stopping every worker if the calling work is interrupted meanwhile. */
  private async watch(pending: Promise<Reply>[]): Promise<Reply[]> {
    let timer: NodeJS.Timeout | undefined;
    const interrupted = new Promise<never>((_, reject) => {
      timer = setInterval(() => {
        if (!isInterrupted()) return;
        this.terminate();
        reject(new InterruptedError("explaining on worker threads"));
      }, POLL_MS);
    });
    try {
      return await Promise.race([Promise.all(pending), interrupted]);
    } finally {
      clearInterval(timer);
      // A rejection after the race is settled is expected (terminated workers): keep it handled.
      for (const p of pending) p.catch(() => undefined);
    }
  }
}

/** `n` samples as `count` contiguous slices [start, size], sizes differing by at most one. */
function split(n: number, count: number): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  for (let k = 0; k < count; k++) {
    const size = Math.floor(n / count) + (k < n % count ? 1 : 0);
    out.push([start, size]);
    start += size;
  }
  return out;
}

/** The workers' results as one chunk result, in order. */
function join(replies: readonly Reply[]): ChunkResult {
  const results = replies.filter((r): r is Extract<Reply, { type: "result" }> => r.type === "result");
  const cat = (pick: (r: (typeof results)[number]) => TensorData): tf.Tensor =>
    tf.tidy(() =>
      tf.concat(
        results.map((r) => fromData(pick(r))),
        0,
      ),
    );
  const layers = results[0]!.layers?.map((_, id) => cat((r) => r.layers![id]!));
  const relevance = results[0]!.shared && layers ? layers[0]! : cat((r) => r.relevance);
  return { relevance, logits: cat((r) => r.logits), targets: results.flatMap((r) => r.targets), ...(layers ? { layers } : {}) };
}

/** Multiply–adds of one forward pass of one sample through the graph's dense and conv layers. */
function multiplyAdds(graph: Graph): number {
  let total = 0;
  for (const node of graph.nodes) {
    if (!isLinear(node)) continue;
    const out = node.outputShape.slice(1).reduce<number>((a, d) => a * (d ?? 1), 1);
    const k = node.kernel.shape;
    total += node.kind === "dense" ? out * k[0]! : node.kind === "conv2d" ? out * k[0]! * k[1]! * k[2]! : out * k[0]! * k[1]!;
  }
  return total;
}

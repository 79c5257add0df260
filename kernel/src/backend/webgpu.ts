/**
 * TensorFlow.js's WebGPU backend in Node, on Dawn (the npm package `webgpu`, whose native addon speaks
 * Vulkan on Linux, Metal on macOS, D3D12 on Windows). Order matters: Dawn's `GPU*` globals and
 * `navigator.gpu` must exist before `@tensorflow/tfjs-backend-webgpu` is loaded, which registers the
 * backend only if it finds them.
 *
 * Synchronous reads cannot work here: the backend reads GPU buffers synchronously through an
 * `OffscreenCanvas`, which Node does not have ("OffscreenCanvas is not defined"). They are turned into an
 * XaiError that says what to do instead. The same holds for a tensor made on webgpu and then used on another
 * backend: tfjs moves it with a synchronous read.
 */
import * as tf from "@tensorflow/tfjs";
import { XaiError } from "../errors";
import { DAWN_PACKAGE, type AdapterInfo } from "./adapter";
import { correctWebgpuKernels } from "./webgpuKernels";

const BACKEND_PACKAGE = "@tensorflow/tfjs-backend-webgpu";

/** The parts of tfjs's WebGPU backend this module touches. */
interface WebGpuBackend {
  device: { limits: { maxStorageBufferBindingSize: number; maxBufferSize: number } };
  readSync(dataId: object): unknown;
  hasReadSyncWarned: boolean;
}

let started: Promise<void> | null = null;

/**
 * Starts tfjs's webgpu backend on `adapter` (found by the probe) and makes it the current backend.
 * Once started, later calls only switch back to it.
 */
export async function startWebgpu(): Promise<void> {
  if (!started) started = start();
  try {
    await started;
  } catch (e) {
    started = null;
    throw e;
  }
  if (tf.getBackend() !== "webgpu" && !(await tf.setBackend("webgpu"))) throw new Error("tf.setBackend('webgpu') refused");
}

/** The device's buffer limits in bytes, once the backend has started. */
export function deviceLimits(): Pick<AdapterInfo, "maxStorageBufferBindingSize" | "maxBufferSize"> | null {
  if (!tf.findBackend("webgpu")) return null;
  const { limits } = (tf.findBackend("webgpu") as unknown as WebGpuBackend).device;
  return { maxStorageBufferBindingSize: limits.maxStorageBufferBindingSize, maxBufferSize: limits.maxBufferSize };
}

async function start(): Promise<void> {
  const specifier = DAWN_PACKAGE; // a variable: an optional dependency, and an ES module (hence import())
  const dawn = (await import(specifier)) as { create(flags: string[]): object; globals: Record<string, unknown> };
  for (const [name, value] of Object.entries(dawn.globals)) {
    if (!(name in globalThis)) Object.defineProperty(globalThis, name, { value, configurable: true, writable: true });
  }
  const gpu = dawn.create([]);
  const g = globalThis as { navigator?: { gpu?: object } };
  // Node 21+ has a navigator of its own; Node 20 has none.
  if (g.navigator) Object.defineProperty(g.navigator, "gpu", { value: gpu, configurable: true });
  else Object.defineProperty(globalThis, "navigator", { value: { gpu }, configurable: true, writable: true });
  require(BACKEND_PACKAGE);
  if (!tf.findBackendFactory("webgpu")) throw new Error(`${BACKEND_PACKAGE} was loaded before navigator.gpu existed (import xai-lab before it)`);
  correctWebgpuKernels();
  if (!(await tf.setBackend("webgpu"))) {
    // Otherwise tfjs keeps it as its highest-priority backend and refuses every op until one is set.
    tf.removeBackend("webgpu");
    throw new Error("tfjs could not initialise its webgpu backend on this adapter");
  }
  guardSyncReads(tf.backend() as unknown as WebGpuBackend);
}

/** Reads of data already on the CPU still work (small tensors run there); a GPU buffer gets a clear error. */
function guardSyncReads(backend: WebGpuBackend): void {
  const readSync = backend.readSync.bind(backend);
  backend.hasReadSyncWarned = true; // its advice ("poor performance") does not apply: the read fails in Node
  backend.readSync = (dataId: object) => {
    try {
      return readSync(dataId);
    } catch (e) {
      if (!(e instanceof ReferenceError)) throw e;
      throw new XaiError(
        "a tensor on the WebGPU backend cannot be read synchronously in Node (dataSync, arraySync, bufferSync, print, " +
          "or using it after switching to another backend): use `await t.data()` or `await t.array()`",
      );
    }
  };
}

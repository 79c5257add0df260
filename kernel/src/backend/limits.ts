/**
 * How large one tensor may be on the current backend, for code that splits a batch into chunks
 * (explain's automatic batch chunking) rather than fail.
 *
 * - webgpu: every tensor is one GPU buffer, bound whole as a storage buffer by the shaders, so the
 *   device's `maxStorageBufferBindingSize` (and `maxBufferSize`) bound it: 128 MiB on Mesa's lavapipe and
 *   on the WebGPU default, up to a few GiB on discrete GPUs.
 * - wasm: all tensors live in one 32-bit heap of at most 4 GiB; a tensor and the one computed from it
 *   must fit together, so half of it.
 * - cpu, tensorflow: a JavaScript typed array holds at most 2³² elements; 4 GiB is the practical bound.
 */
import * as tf from "@tensorflow/tfjs";
import { deviceLimits } from "./webgpu";

const GIB = 1024 ** 3;
const WASM_MAX_TENSOR_BYTES = 2 * GIB;
const OTHER_MAX_TENSOR_BYTES = 4 * GIB;

/** The most bytes one tensor may hold on the current tfjs backend (call after `ready()`). */
export function maxTensorBytes(): number {
  const name = tf.getBackend();
  if (name === "webgpu") {
    const limits = deviceLimits();
    if (limits) return Math.min(limits.maxStorageBufferBindingSize, limits.maxBufferSize);
  }
  if (name === "wasm") return WASM_MAX_TENSOR_BYTES;
  return OTHER_MAX_TENSOR_BYTES;
}

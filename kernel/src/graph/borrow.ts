/**
 * Borrowing a model's weights without copying them.
 *
 * The explanation graph must stay valid when the user trains the model further (tfjs swaps a variable's
 * data buffer on assign) or disposes it, so it cannot hold the model's variables. `tf.clone` would do, but
 * on the wasm backend it copies the buffer (its Identity kernel copies), which doubles the weights in
 * memory: 554 MB more for VGG-16. A borrow instead shares the buffer and holds one more reference to it
 * in the backend, exactly as tfjs' own Identity does on the cpu backend. The buffer lives until both the
 * model and the graph have let go of it.
 *
 * A borrowed tensor is not tracked by the engine: `tf.memory()` counts the shared buffer once (with the
 * model), and it must be let go with `giveBack`, never with `dispose`.
 */
import * as tf from "@tensorflow/tfjs";

interface EngineInternals {
  nextTensorId(): number;
  removeDataId(dataId: object, backend: tf.KernelBackend): void;
  state: { tensorInfo: Map<object, { backend: tf.KernelBackend }> };
}

/** A tensor sharing `t`'s data, valid after `t` itself is disposed. Give it back with `giveBack`. */
export function borrow<T extends tf.Tensor>(t: T): T {
  const engine = tf.engine() as unknown as EngineInternals;
  const info = engine.state.tensorInfo.get(t.dataId);
  if (!info) throw new Error("internal: borrowing a tensor whose data is gone");
  info.backend.incRef(t.dataId);
  return new tf.Tensor(t.shape, t.dtype, t.dataId, engine.nextTensorId()) as T;
}

/** Lets go of a borrowed tensor; the data is freed if nobody else holds it. */
export function giveBack(t: tf.Tensor): void {
  const engine = tf.engine() as unknown as EngineInternals;
  const info = engine.state.tensorInfo.get(t.dataId);
  if (!info) return;
  if (info.backend.disposeData(t.dataId)) engine.removeDataId(t.dataId, info.backend);
}

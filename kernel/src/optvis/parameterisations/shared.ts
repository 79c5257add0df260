/** Helpers the parameterisations share: bounds checks, clipping, seeded starts. */
import * as tf from "@tensorflow/tfjs";
import { check } from "../../errors";
import type { Bounds, ParameterRequest } from "./parameterisation";

export function checkBounds(bounds: Bounds, what: string): void {
  check(bounds !== null && typeof bounds === "object", `${what} options must be an object`);
  const { low, high } = bounds;
  for (const [name, v] of [
    ["low", low],
    ["high", high],
  ] as const) {
    check(v === undefined || (typeof v === "number" && Number.isFinite(v)), () => `${what} ${name} must be a finite number, got ${JSON.stringify(v)}`);
  }
  check(low === undefined || high === undefined || low < high, `${what} range is empty: low ${low} is not below high ${high}`);
}

/** `x` clipped to the bounds (a new tensor; `x` itself when there are none). */
export function clip(x: tf.Tensor, bounds: Bounds): tf.Tensor {
  const { low, high } = bounds;
  if (low === undefined && high === undefined) return tf.clone(x);
  return tf.clipByValue(x, low ?? -Number.MAX_VALUE, high ?? Number.MAX_VALUE);
}

/**
 * K starts [K, ...shape]: `base` (a number, or a tensor shaped like one sample, batch of 1 allowed)
 * plus seeded Gaussian noise of standard deviation `std`, each prototype from its own stream.
 */
export function startBatch(base: number | tf.Tensor, request: ParameterRequest, std: number, what: string): tf.Tensor {
  const { count, shape } = request;
  const size = shape.reduce((a, b) => a * b, 1);
  if (base instanceof tf.Tensor) {
    check(base.size === size, `${what}: the start of shape [${base.shape.join(", ")}] does not match one input [${shape.join(", ")}]`);
  }
  const noise = new Float32Array(count * size);
  for (let k = 0; k < count; k++) {
    const stream = request.random.fork();
    if (std > 0) for (let i = 0; i < size; i++) noise[k * size + i] = std * stream.normal();
  }
  return tf.tidy(() => {
    const n = tf.tensor(noise, [count, ...shape]);
    return typeof base === "number" ? tf.add(n, base) : tf.add(n, tf.reshape(tf.cast(base, "float32"), [1, ...shape]));
  });
}

/** A trainable variable holding `t`'s values; `t` is disposed. */
export function variableFrom(t: tf.Tensor): tf.Variable {
  const v = tf.variable(t);
  t.dispose();
  return v;
}

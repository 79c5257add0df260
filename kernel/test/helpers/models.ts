/**
 * Tiny tfjs models with seeded random weights and biases of both signs, built together with their
 * plain-array twin (plainNet.ts), and the translation of a plain rule into the engine's rule.
 */
import * as xai from "xai-lab";
import type { Composite, Rule } from "xai-lab";
import { conv2dMap, denseMap, type LinearMap } from "./plainLayers";
import type { PlainNet } from "./plainNet";
import type { PlainRule } from "./plainRules";
import type { Random } from "./random";

const tf = xai.tf;

export type LayerSpec =
  | { readonly type: "dense"; readonly units: number; readonly relu?: boolean; readonly bias?: boolean }
  | {
      readonly type: "conv2d";
      readonly filters: number;
      readonly kernel: readonly [number, number];
      readonly strides: readonly [number, number];
      readonly padding: "valid" | "same";
      readonly relu?: boolean;
      readonly bias?: boolean;
    }
  | { readonly type: "flatten" };

export interface BuiltNet {
  readonly model: xai.tf.LayersModel;
  readonly plain: PlainNet;
  /** Position in `model.layers` of each linear layer, in order (for composites that select by index). */
  readonly linearIndex: readonly number[];
}

/**
 * A Sequential model of `specs` on inputs of `inputShape` (without batch), weights uniform in
 * ±√(3/fan_in)·`weightScale` and biases uniform in ±`biasScale` (both signs), all float32-exact.
 */
export function buildNet(
  inputShape: readonly number[],
  specs: readonly LayerSpec[],
  rng: Random,
  options: { weightScale?: number; biasScale?: number } = {},
): BuiltNet {
  const weightScale = options.weightScale ?? 1.5;
  const biasScale = options.biasScale ?? 0.5;
  const model = tf.sequential();
  const maps: { layer: xai.tf.layers.Layer; map: LinearMap; relu: boolean; kernel: Float64Array; kernelShape: number[]; bias: Float64Array | null }[] = [];
  let shape = [...inputShape];
  specs.forEach((spec, k) => {
    const first = k === 0 ? { inputShape: [...inputShape] } : {};
    if (spec.type === "flatten") {
      model.add(tf.layers.flatten(first));
      shape = [shape.reduce((a, c) => a * c, 1)];
      return;
    }
    const useBias = spec.bias ?? true;
    const activation = spec.relu ? "relu" : "linear";
    if (spec.type === "dense") {
      const nIn = shape[shape.length - 1]!;
      const layer = tf.layers.dense({ ...first, units: spec.units, useBias, activation });
      model.add(layer);
      const a = Math.sqrt(3 / nIn) * weightScale;
      const kernel = rng.array(nIn * spec.units, -a, a);
      const bias = useBias ? rng.array(spec.units, -biasScale, biasScale) : null;
      const map = denseMap(nIn, spec.units, kernel, bias);
      maps.push({ layer, map, relu: !!spec.relu, kernel, kernelShape: [nIn, spec.units], bias });
      shape = [spec.units];
    } else {
      const [h, w, c] = shape as [number, number, number];
      const layer = tf.layers.conv2d({
        ...first,
        filters: spec.filters,
        kernelSize: [...spec.kernel],
        strides: [...spec.strides],
        padding: spec.padding,
        useBias,
        activation,
      });
      model.add(layer);
      const fanIn = spec.kernel[0] * spec.kernel[1] * c;
      const a = Math.sqrt(3 / fanIn) * weightScale;
      const kernel = rng.array(fanIn * spec.filters, -a, a);
      const geometry = { input: [h, w, c] as const, kernel: spec.kernel, filters: spec.filters, strides: spec.strides, padding: spec.padding };
      const bias = useBias ? rng.array(spec.filters, -biasScale, biasScale) : null;
      const map = conv2dMap(geometry, kernel, bias);
      maps.push({ layer, map, relu: !!spec.relu, kernel, kernelShape: [spec.kernel[0], spec.kernel[1], c, spec.filters], bias });
      shape = [...map.outShape];
    }
  });
  for (const { layer, kernel, kernelShape, bias } of maps) setWeights(layer, kernel, kernelShape, bias);
  return {
    model,
    plain: { layers: maps.map(({ map, relu }) => ({ map, relu })) },
    linearIndex: maps.map(({ layer }) => model.layers.indexOf(layer)),
  };
}

/** Sets a layer's kernel (row-major, Keras layout) and bias. */
export function setWeights(layer: xai.tf.layers.Layer, kernel: ArrayLike<number>, kernelShape: readonly number[], bias: ArrayLike<number> | null): void {
  const tensors = [tf.tensor(Float32Array.from(kernel), [...kernelShape])];
  if (bias) tensors.push(tf.tensor1d(Float32Array.from(bias)));
  layer.setWeights(tensors);
  tf.dispose(tensors);
}

/** A batch tensor of the samples `xs`, each of shape `shape`. */
export function batchOf(xs: readonly ArrayLike<number>[], shape: readonly number[]): xai.tf.Tensor {
  const size = shape.reduce((a, c) => a * c, 1);
  const data = new Float32Array(xs.length * size);
  xs.forEach((x, n) => data.set(Float32Array.from(x), n * size));
  return tf.tensor(data, [xs.length, ...shape]);
}

/** The engine's rule for a plain rule. */
export function engineRule(rule: PlainRule): Rule {
  const zeroBias = !!rule.zeroBias;
  switch (rule.name) {
    case "lrp-0":
      return xai.rules.lrp0({ zeroBias });
    case "epsilon":
      return xai.rules.epsilon({ epsilon: rule.epsilon, zeroBias });
    case "gamma":
      return xai.rules.gamma({ gamma: rule.gamma, zeroBias });
    case "zplus":
      return xai.rules.zPlus({ zeroBias });
    case "alpha-beta":
      return xai.rules.alphaBeta({ alpha: rule.alpha, beta: rule.beta, zeroBias });
    case "flat":
      return xai.rules.flat({ zeroBias });
    case "w-square":
      return xai.rules.wSquare({ zeroBias });
    case "zbox":
      return xai.rules.zBox({ low: rule.low, high: rule.high, zeroBias });
  }
}

/** A composite that gives linear layer k of `net` the rule `rules[k]`. */
export function compositeOf(net: BuiltNet, rules: readonly PlainRule[]): Composite {
  return net.linearIndex.map((index, k) => ({ match: { index }, rule: engineRule(rules[k]!) }));
}

/** A short label for test names: "epsilon(epsilon=0.1, zeroBias)". */
export function describeRule(rule: PlainRule): string {
  const { name, zeroBias, ...params } = rule as PlainRule & Record<string, unknown>;
  const shown = Object.entries(params).map(([k, v]) => `${k}=${Array.isArray(v) ? `[${v.length} values]` : String(v)}`);
  if (zeroBias) shown.push("zeroBias");
  return shown.length ? `${name}(${shown.join(", ")})` : name;
}

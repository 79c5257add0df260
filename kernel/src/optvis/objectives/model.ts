/**
 * Objectives read from the model: a class score and the activations of hidden layers.
 *
 * The paper maximises log p(ω_c | x), "in practice the class logit or log-softmax" (Montavon et al.
 * 2018, §1). The logit is unbounded, so it needs a penalty or an expert to keep x finite; the
 * log-softmax saturates once the class is certain, after which the expert alone shapes the prototype.
 * Hidden units and channels (Erhan et al. 2009; Olah et al. 2017) show what a layer has learnt.
 */
import * as tf from "@tensorflow/tfjs";
import { check } from "../../errors";
import { Objective, type ModelInfo } from "./objective";

/** The logit of class `c` (the pre-softmax score: a final softmax is removed). */
export function logit(c: number): Objective {
  checkClassIndex(c, "logit");
  return new Objective(
    { kind: "logit", class: c },
    (ctx) => column(ctx.logits(), c),
    (info) => checkClassRange(c, info, "logit"),
    c,
  );
}

/** log p(ω_c | x): the log-softmax of the logits at class `c`. */
export function logSoftmax(c: number): Objective {
  checkClassIndex(c, "logSoftmax");
  return new Objective(
    { kind: "logSoftmax", class: c },
    (ctx) => column(tf.logSoftmax(ctx.logits()), c),
    (info) => checkClassRange(c, info, "logSoftmax"),
    c,
  );
}

/**
 * One unit of a layer's output: `index` is a position in the output of one sample, either flat
 * (row-major) or as coordinates ([y, x, channel] for a conv layer, [unit] for a dense layer).
 */
export function unit(layer: string, index: number | readonly number[]): Objective {
  check(typeof layer === "string" && layer.length > 0, "unit needs a layer name");
  const coords = typeof index === "number" ? [index] : [...index];
  check(
    coords.length > 0 && coords.every((i) => Number.isInteger(i) && i >= 0),
    () => `unit index ${JSON.stringify(index)} must be a non-negative integer or a list of them`,
  );
  return new Objective(
    { kind: "unit", layer, index: typeof index === "number" ? index : coords },
    (ctx) => {
      const out = ctx.layer(layer);
      const perSample = out.shape.slice(1);
      const flat = coords.length === 1 ? coords[0]! : flatIndex(coords, perSample);
      return column(tf.reshape(out, [out.shape[0]!, -1]), flat);
    },
    (info) => {
      const shape = layerShape(info, layer);
      const size = shape.reduce((a, b) => a * b, 1);
      if (coords.length === 1) {
        check(coords[0]! < size, `unit ${coords[0]} is out of range: layer '${layer}' has ${size} units per sample`);
      } else {
        check(
          coords.length === shape.length && coords.every((c, i) => c < shape[i]!),
          `unit [${coords}] is out of range for layer '${layer}' of output shape [${shape}]`,
        );
      }
    },
  );
}

/**
 * The mean over space of channel `c` of a layer's output (the last axis); for a dense layer, unit `c`.
 */
export function channel(layer: string, c: number): Objective {
  check(typeof layer === "string" && layer.length > 0, "channel needs a layer name");
  check(Number.isInteger(c) && c >= 0, () => `channel index ${String(c)} must be a non-negative integer`);
  return new Objective(
    { kind: "channel", layer, channel: c },
    (ctx) => {
      const out = ctx.layer(layer);
      const slice = tf.slice(out, [...new Array<number>(out.rank - 1).fill(0), c], [...out.shape.slice(0, -1), 1]);
      return tf.reshape(out.rank > 2 ? tf.mean(slice, range(1, out.rank)) : slice, [out.shape[0]!]);
    },
    (info) => {
      const shape = layerShape(info, layer);
      const channels = shape[shape.length - 1]!;
      check(c < channels, `channel ${c} is out of range: layer '${layer}' has ${channels} channels`);
    },
  );
}

function column(t: tf.Tensor, i: number): tf.Tensor {
  return tf.reshape(tf.slice(t, [0, i], [t.shape[0]!, 1]), [t.shape[0]!]);
}

function flatIndex(coords: readonly number[], shape: readonly number[]): number {
  return coords.reduce((acc, c, i) => acc * shape[i]! + c, 0);
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, i) => from + i);
}

function layerShape(info: ModelInfo, layer: string): number[] {
  const shape = info.layers.get(layer);
  check(layer !== info.removedSoftmax, () => `layer '${layer}' is the model's final softmax, which AM leaves out: maximise logit(c) or logSoftmax(c) instead`);
  check(shape, () => `the model has no layer '${layer}'; layers: ${[...info.layers.keys()].join(", ")}`);
  return shape.slice(1) as number[];
}

function checkClassIndex(c: number, what: string): void {
  check(typeof c === "number" && Number.isInteger(c) && c >= 0, () => `${what} needs a class index (a non-negative integer), got ${JSON.stringify(c)}`);
}

function checkClassRange(c: number, info: ModelInfo, what: string): void {
  check(c < info.classes, `${what}(${c}): class ${c} is out of range, the model has ${info.classes} classes (0 to ${info.classes - 1})`);
}

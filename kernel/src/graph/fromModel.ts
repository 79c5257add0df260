/**
 * Reading a tfjs LayersModel (Sequential or functional) into an explanation graph.
 *
 * The walk starts at the model's output and follows each layer's inbound node back to the input, so
 * that layers shared with other models and layers unused by this model are handled correctly. Weights
 * are borrowed (borrow.ts: the data is shared, not copied), which keeps the graph valid and unchanged even
 * if the model is trained further or disposed afterwards.
 */
import * as tf from "@tensorflow/tfjs";
import { XaiError, check } from "../errors";
import { defaultAlpha } from "./activations";
import { borrow, giveBack } from "./borrow";
import { emptyResources, type Graph, type GraphNode, type Window } from "./graph";
import { ACTIVATIONS, KIND_OF_CLASS, SUPPORTED_CLASSES, type LayerKind } from "./kinds";

type Config = Record<string, unknown>;
type Shape = readonly (number | null)[];

/** Builds the (not yet canonized) graph of `model`. The caller owns the result (`disposeGraph`). */
export function graphFromModel(model: tf.LayersModel): Graph {
  check(model && Array.isArray((model as { layers?: unknown }).layers), "expected a tfjs LayersModel (tf.sequential() / tf.model() / loadModel)");
  check(model.inputs.length === 1, `models with ${model.inputs.length} inputs are not supported: xai-lab explains models with one input`);
  check(model.outputs.length === 1, `models with ${model.outputs.length} outputs are not supported: xai-lab explains models with one output`);
  check(!hasDisposedWeights(model), "the model has been disposed (model.dispose()); load or build it again before explaining");

  const order = topologicalLayers(model);
  const idOf = new Map<tf.layers.Layer, number>();
  const nodes: GraphNode[] = [];
  const resources = emptyResources();
  const borrowed = resources.borrowed;
  try {
    for (const { layer, inbound } of order) {
      const id = nodes.length;
      const inputs = inbound.map((l) => idOf.get(l)!);
      // The input is -1 whether or not model.layers lists its InputLayer (functional models do, Sequential ones may not).
      const index = layer.getClassName() === "InputLayer" ? -1 : model.layers.indexOf(layer);
      nodes.push(toNode(layer, id, inputs, index, borrowed));
      idOf.set(layer, id);
    }
  } catch (e) {
    // A layer refused after others were read: give back the weights borrowed so far.
    for (const t of borrowed) giveBack(t);
    throw e;
  }
  const inputShape = nodes[0]!.outputShape;
  return { nodes, output: nodes.length - 1, inputShape, ...resources };
}

interface Visit {
  layer: tf.layers.Layer;
  inbound: tf.layers.Layer[];
}

/** The layers feeding the model output, inputs first (depth-first post-order from the output). */
function topologicalLayers(model: tf.LayersModel): Visit[] {
  const visits: Visit[] = [];
  const done = new Set<tf.layers.Layer>();
  const onPath = new Set<tf.layers.Layer>();
  const visit = (symbolic: tf.SymbolicTensor): void => {
    const layer = symbolic.sourceLayer as tf.layers.Layer;
    if (done.has(layer)) return;
    check(!onPath.has(layer), `layer '${layer.name}' takes part in a cycle`);
    onPath.add(layer);
    const node = (layer as unknown as { inboundNodes: { inputTensors: tf.SymbolicTensor[] }[] }).inboundNodes[symbolic.nodeIndex];
    const inputs = layer.getClassName() === "InputLayer" || !node ? [] : node.inputTensors;
    for (const t of inputs) visit(t);
    onPath.delete(layer);
    done.add(layer);
    visits.push({ layer, inbound: inputs.map((t) => t.sourceLayer as tf.layers.Layer) });
  };
  visit(model.outputs[0]!);
  return visits;
}

function toNode(layer: tf.layers.Layer, id: number, inputs: number[], layerIndex: number, borrowed: tf.Tensor[]): GraphNode {
  const className = layer.getClassName();
  const kind: LayerKind | undefined = KIND_OF_CLASS[className];
  if (!kind) {
    const nested = layer instanceof tf.LayersModel ? " (a nested model: build the model flat, or explain the inner model)" : "";
    throw new XaiError(`unsupported layer '${layer.name}' of class ${className}${nested}; supported layer classes: ${SUPPORTED_CLASSES.join(", ")}`);
  }
  const config = layer.getConfig() as Config;
  const outputShape = outputShapeOf(layer);
  const base = { id, name: layer.name, className, layerIndex, inputs, outputShape };
  const weight = (suffix: string): tf.Tensor | null => {
    const i = layer.weights.findIndex((w) => (w.originalName ?? w.name).split("/").pop() === suffix);
    if (i < 0) return null;
    const t = borrow(layer.weights[i]!.read());
    borrowed.push(t);
    return t;
  };
  const needed = (suffix: string): tf.Tensor => {
    const t = weight(suffix);
    check(t, `layer '${layer.name}' (${className}) has no '${suffix}' weight: build the model (call it or give an inputShape) before explaining`);
    return t;
  };
  const expectLast = (what: string): void => {
    const format = config["dataFormat"];
    check(
      format === undefined || format === "channelsLast",
      `layer '${layer.name}' (${className}) uses dataFormat ${String(format)}; only channelsLast (NHWC) ${what} is supported`,
    );
  };
  switch (kind) {
    case "input":
      return { ...base, kind };
    case "dense":
      return { ...base, kind, kernel: needed("kernel") as tf.Tensor2D, bias: weight("bias") as tf.Tensor1D | null, activation: activationName(layer, config) };
    case "conv2d":
    case "depthwiseConv2d": {
      expectLast("convolution");
      const dilation = pair(config["dilationRate"] ?? 1);
      check(
        dilation[0] === 1 && dilation[1] === 1,
        `layer '${layer.name}' (${className}) has dilation rate [${dilation}]; dilated convolutions are not supported`,
      );
      const kernel = needed(kind === "conv2d" ? "kernel" : "depthwise_kernel") as tf.Tensor4D;
      const window = windowOf(config, "kernelSize", "strides");
      return { ...base, kind, kernel, bias: weight("bias") as tf.Tensor1D | null, activation: activationName(layer, config), window };
    }
    case "maxPool2d":
    case "avgPool2d":
      expectLast("pooling");
      return { ...base, kind, window: windowOf(config, "poolSize", "strides") };
    case "globalAvgPool2d":
    case "globalMaxPool2d":
      expectLast("pooling");
      return { ...base, kind };
    case "flatten":
    case "reshape":
    case "identity":
      return { ...base, kind };
    case "batchNorm": {
      const rank = outputShape.length;
      const axis = Number(config["axis"] ?? -1);
      check(axis === -1 || axis === rank - 1, `layer '${layer.name}' (BatchNormalization) normalises axis ${axis}; only the last (channel) axis is supported`);
      return {
        ...base,
        kind,
        gamma: weight("gamma") as tf.Tensor1D | null,
        beta: weight("beta") as tf.Tensor1D | null,
        movingMean: needed("moving_mean") as tf.Tensor1D,
        movingVariance: needed("moving_variance") as tf.Tensor1D,
        epsilon: Number(config["epsilon"] ?? 1e-3),
      };
    }
    case "activation": {
      const { activation, alpha } = standaloneActivation(layer, className, config);
      return { ...base, kind, activation, alpha };
    }
    case "add":
      return { ...base, kind };
    case "concatenate": {
      const axis = Number(config["axis"] ?? -1);
      return { ...base, kind, axis: axis < 0 ? outputShape.length + axis : axis };
    }
    case "zeroPadding2d": {
      expectLast("padding");
      const p = config["padding"] as [[number, number], [number, number]];
      return {
        ...base,
        kind,
        pad: [
          [p[0][0], p[0][1]],
          [p[1][0], p[1][1]],
        ],
      };
    }
  }
}

function outputShapeOf(layer: tf.layers.Layer): Shape {
  const shape = layer.outputShape as unknown;
  check(Array.isArray(shape), `layer '${layer.name}' has no output shape: build the model before explaining`);
  check(!Array.isArray((shape as unknown[])[0]), `layer '${layer.name}' has several outputs, which is not supported`);
  return shape as Shape;
}

function pair(v: unknown): [number, number] {
  if (Array.isArray(v)) return [Number(v[0]), Number(v[1] ?? v[0])];
  return [Number(v), Number(v)];
}

function windowOf(config: Config, sizeKey: string, stridesKey: string): Window {
  const size = pair(config[sizeKey]);
  const strides = config[stridesKey] == null ? size : pair(config[stridesKey]);
  const padding = String(config["padding"] ?? "valid");
  check(padding === "valid" || padding === "same", `padding '${padding}' is not supported (valid or same)`);
  return { size, strides, padding };
}

function activationName(layer: tf.layers.Layer, config: Config): string {
  const raw = config["activation"];
  const name = typeof raw === "string" ? raw.toLowerCase() : raw == null ? "linear" : "";
  check(ACTIVATIONS.includes(name), `layer '${layer.name}' uses activation ${JSON.stringify(raw)}; supported: ${ACTIVATIONS.join(", ")}`);
  return name;
}

function standaloneActivation(layer: tf.layers.Layer, className: string, config: Config): { activation: string; alpha: number } {
  switch (className) {
    case "ReLU": {
      const max = config["maxValue"];
      if (max == null) return { activation: "relu", alpha: 0 };
      check(Number(max) === 6, `layer '${layer.name}' (ReLU) clips at ${String(max)}; only maxValue 6 (ReLU6) is supported`);
      return { activation: "relu6", alpha: 0 };
    }
    case "LeakyReLU":
      return { activation: "leakyrelu", alpha: Number(config["alpha"] ?? 0.3) };
    case "ELU":
      return { activation: "elu", alpha: Number(config["alpha"] ?? 1) };
    case "ThresholdedReLU":
      return { activation: "thresholdedrelu", alpha: Number(config["theta"] ?? 1) };
    case "Softmax":
      return { activation: "softmax", alpha: 0 };
    default: {
      const activation = activationName(layer, config);
      return { activation, alpha: defaultAlpha(activation) };
    }
  }
}

/** Whether `model.dispose()` has freed its weights: reading a freed LayersVariable throws. */
function hasDisposedWeights(model: tf.LayersModel): boolean {
  try {
    for (const w of model.weights) w.read();
    return false;
  } catch {
    return true;
  }
}

/**
 * The explanation graph: a typed DAG of the layers of a tfjs LayersModel, in topological order.
 *
 * The engine never runs the user's model; it runs this graph with plain tfjs ops. That lets the
 * canonizers rewrite it (fold batch norm, split fused activations, drop the softmax) without touching
 * the model, and lets every LRP rule reach the weights and the stored activations of every layer.
 */
import * as tf from "@tensorflow/tfjs";
import { giveBack } from "./borrow";
import { WeightCache } from "./weightCache";

/** Spatial settings of a convolution or pooling window (NHWC). */
export interface Window {
  readonly size: readonly [number, number];
  readonly strides: readonly [number, number];
  readonly padding: "valid" | "same";
}

interface NodeBase {
  /** Position in `Graph.nodes` (topological order). */
  readonly id: number;
  /** The Keras layer name; canonizers keep it (and suffix what they add). */
  readonly name: string;
  /** Names of the layers a canonizer folded into this one (a batch norm folded into its conv). */
  readonly folded?: readonly string[];
  /** The tfjs class name of the layer this node came from. */
  readonly className: string;
  /** Index of the originating layer in `model.layers`, or -1 for the model input. */
  readonly layerIndex: number;
  /** Ids of the nodes whose outputs feed this one. */
  readonly inputs: readonly number[];
  /** Output shape with the batch dimension as null. */
  readonly outputShape: readonly (number | null)[];
}

export interface InputNode extends NodeBase {
  readonly kind: "input";
}
export interface DenseNode extends NodeBase {
  readonly kind: "dense";
  readonly kernel: tf.Tensor2D;
  readonly bias: tf.Tensor1D | null;
  readonly activation: string;
}
export interface Conv2dNode extends NodeBase {
  readonly kind: "conv2d";
  readonly kernel: tf.Tensor4D;
  readonly bias: tf.Tensor1D | null;
  readonly activation: string;
  readonly window: Window;
}
export interface DepthwiseConv2dNode extends NodeBase {
  readonly kind: "depthwiseConv2d";
  /** [kh, kw, inChannels, multiplier], as tfjs stores it. */
  readonly kernel: tf.Tensor4D;
  readonly bias: tf.Tensor1D | null;
  readonly activation: string;
  readonly window: Window;
}
export interface PoolNode extends NodeBase {
  readonly kind: "maxPool2d" | "avgPool2d";
  readonly window: Window;
}
export interface GlobalPoolNode extends NodeBase {
  readonly kind: "globalAvgPool2d" | "globalMaxPool2d";
}
export interface ShapeNode extends NodeBase {
  readonly kind: "flatten" | "reshape" | "identity";
}
export interface BatchNormNode extends NodeBase {
  readonly kind: "batchNorm";
  readonly gamma: tf.Tensor1D | null;
  readonly beta: tf.Tensor1D | null;
  readonly movingMean: tf.Tensor1D;
  readonly movingVariance: tf.Tensor1D;
  readonly epsilon: number;
}
export interface ActivationNode extends NodeBase {
  readonly kind: "activation";
  readonly activation: string;
  /** Slope for leakyrelu, scale for elu, threshold for thresholdedrelu. */
  readonly alpha: number;
}
export interface AddNode extends NodeBase {
  readonly kind: "add";
}
export interface ConcatenateNode extends NodeBase {
  readonly kind: "concatenate";
  /** Non-negative axis, batch included. */
  readonly axis: number;
}
export interface ZeroPadding2dNode extends NodeBase {
  readonly kind: "zeroPadding2d";
  readonly pad: readonly [readonly [number, number], readonly [number, number]];
}

export type GraphNode =
  | InputNode
  | DenseNode
  | Conv2dNode
  | DepthwiseConv2dNode
  | PoolNode
  | GlobalPoolNode
  | ShapeNode
  | BatchNormNode
  | ActivationNode
  | AddNode
  | ConcatenateNode
  | ZeroPadding2dNode;

/** Nodes with a weight matrix that LRP rules apply to. */
export type LinearNode = DenseNode | Conv2dNode | DepthwiseConv2dNode;

export interface Graph {
  readonly nodes: readonly GraphNode[];
  /** Id of the single output node. */
  readonly output: number;
  /** The model input shape, batch dimension null. */
  readonly inputShape: readonly (number | null)[];
  /** Tensors made for this graph (folded weights, canonizers' constants); freed by `disposeGraph`. */
  readonly owned: tf.Tensor[];
  /** The model's weights, borrowed without a copy (borrow.ts); given back by `disposeGraph`. */
  readonly borrowed: tf.Tensor[];
  /** Tensors derived from weights (rule-modified weights, flipped kernels), within a byte budget. */
  readonly cache: WeightCache;
}

export function isLinear(node: GraphNode): node is LinearNode {
  return node.kind === "dense" || node.kind === "conv2d" || node.kind === "depthwiseConv2d";
}

/** Which nodes consume each node's output. */
export function consumers(graph: Graph): number[][] {
  const out: number[][] = graph.nodes.map(() => []);
  for (const node of graph.nodes) for (const i of node.inputs) out[i]!.push(node.id);
  return out;
}

/** A graph with no tensors yet: the start of `graphFromModel`. */
export function emptyResources(): Pick<Graph, "owned" | "borrowed" | "cache"> {
  return { owned: [], borrowed: [], cache: new WeightCache() };
}

/** Frees every tensor the graph owns and gives back what it borrowed. The user's model is not affected. */
export function disposeGraph(graph: Graph): void {
  for (const t of graph.owned) t.dispose();
  for (const t of graph.borrowed) giveBack(t);
  graph.owned.length = 0;
  graph.borrowed.length = 0;
  graph.cache.clear();
}

/**
 * The tensor `key` of `graph`'s cache, made by `make` (in a tidy scope of its own) the first time and
 * kept out of any tidy scope; valid until the engine's next `graph.cache.release()`.
 */
export function cached<T extends tf.Tensor>(graph: Graph, key: string, make: () => T): T {
  return graph.cache.get(key, make);
}

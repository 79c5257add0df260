/**
 * Layer kinds: the named sets of tfjs/Keras class names that the engine understands. This is the only
 * place that maps class names to behaviour; rules and composites speak of kinds, never of classes.
 */

/** What a node of the explanation graph does. */
export type LayerKind =
  | "input"
  | "dense"
  | "conv2d"
  | "depthwiseConv2d"
  | "maxPool2d"
  | "avgPool2d"
  | "globalAvgPool2d"
  | "globalMaxPool2d"
  | "flatten"
  | "reshape"
  | "identity"
  | "batchNorm"
  | "activation"
  | "add"
  | "concatenate"
  | "zeroPadding2d";

/** Keras/tfjs class name → kind. Softmax and the activation layers all become `activation` nodes. */
export const KIND_OF_CLASS: Readonly<Record<string, LayerKind>> = {
  InputLayer: "input",
  Dense: "dense",
  Conv2D: "conv2d",
  Convolution2D: "conv2d",
  DepthwiseConv2D: "depthwiseConv2d",
  MaxPooling2D: "maxPool2d",
  MaxPool2D: "maxPool2d",
  AveragePooling2D: "avgPool2d",
  AvgPool2D: "avgPool2d",
  GlobalAveragePooling2D: "globalAvgPool2d",
  GlobalAvgPool2D: "globalAvgPool2d",
  GlobalMaxPooling2D: "globalMaxPool2d",
  GlobalMaxPool2D: "globalMaxPool2d",
  Flatten: "flatten",
  Reshape: "reshape",
  Dropout: "identity",
  SpatialDropout2D: "identity",
  GaussianNoise: "identity",
  GaussianDropout: "identity",
  AlphaDropout: "identity",
  BatchNormalization: "batchNorm",
  Activation: "activation",
  ReLU: "activation",
  LeakyReLU: "activation",
  ELU: "activation",
  ThresholdedReLU: "activation",
  Softmax: "activation",
  Add: "add",
  Concatenate: "concatenate",
  ZeroPadding2D: "zeroPadding2d",
};

/** The class names accepted, for error messages. */
export const SUPPORTED_CLASSES: readonly string[] = Object.keys(KIND_OF_CLASS);

/** Kinds with weights that LRP rules apply to. */
export const LINEAR_KINDS: ReadonlySet<LayerKind> = new Set<LayerKind>(["dense", "conv2d", "depthwiseConv2d"]);

/** Convolution kinds ("conv" in the composite tables). */
export const CONV_KINDS: ReadonlySet<LayerKind> = new Set<LayerKind>(["conv2d", "depthwiseConv2d"]);

/**
 * Element-wise activations the engine can run. LRP passes relevance through all of them unchanged
 * (methods.md §3); softmax is only accepted as the model's output and is removed by a canonizer.
 */
export const ACTIVATIONS: readonly string[] = [
  "linear",
  "relu",
  "relu6",
  "leakyrelu",
  "elu",
  "selu",
  "tanh",
  "sigmoid",
  "hardsigmoid",
  "softplus",
  "softsign",
  "swish",
  "mish",
  "gelu",
  "gelu_new",
  "thresholdedrelu",
  "softmax",
];

/** Activations whose output is never negative: the input of the next layer is then known to be ≥ 0. */
export const NON_NEGATIVE_ACTIVATIONS: ReadonlySet<string> = new Set(["relu", "relu6", "sigmoid", "hardsigmoid", "softplus", "softmax", "thresholdedrelu"]);

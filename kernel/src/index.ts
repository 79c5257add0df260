/**
 * xai-lab: interpreting and explaining deep neural networks in TensorFlow.js, after Montavon, Samek
 * and Müller, "Methods for Interpreting and Understanding Deep Neural Networks" (2018).
 */
import * as tf from "@tensorflow/tfjs";

export { tf };
export {
  explain,
  prepare,
  Explainer,
  type Explanation,
  type ExplainOptions,
  type PrepareOptions,
  type LayerRelevance,
  type ProfileRow,
} from "./attribution/explain";
export type { WorkersOption } from "./parallel/pool";
export { METHOD_NAMES, applicableOptions } from "./attribution/methods";
export type { RootPoint } from "./attribution/taylor";
export { relevanceMessages, type RelevanceMessages, type RelevanceMessage, type FlowStageMessages, type MessageOptions } from "./attribution/messages";
export * as rules from "./rules";
export * as canonizers from "./canonizers";
export type { Graph, GraphNode } from "./graph/graph";
export type { Rule, LayerRule, Bounds } from "./rules";
export {
  namedComposite,
  COMPOSITE_NAMES,
  DEFAULT_RULES,
  KIND_SELECTORS,
  type Composite,
  type CompositeEntry,
  type Selector,
  type KindSelector,
  type CompositeOptions,
  type RuleReport,
} from "./composites";
export { ready, useBackend, availableBackends, describeBackend, findAdapter, maxTensorBytes, type BackendInfo, type AdapterInfo } from "./backend";
export { XaiError } from "./errors";
export { checkpoint, interrupt, interruptible, isInterrupted, InterruptedError } from "./interrupt";
export { loadModel, saveModel } from "./io/modelFiles";
export * as render from "./render";
export { readImage, renderHeatmapPng, renderImagePng, colormap, COLORMAP_NAMES, type HeatmapOptions, type ImageOptions } from "./render";
export { show, displayBundle, progress, type Showable, type ShowOptions, type Progress, type DisplayBundle } from "./display";
export { MIME_TYPE, parsePayload, type Payload } from "./protocol";
export * as protocol from "./protocol";
export * as metrics from "./metrics";
export * as tricks from "./tricks";
export * as data from "./data";
export * as models from "./models";
export * as optvis from "./optvis";
export { prototype, prototypesData, type Prototypes, type PrototypeOptions } from "./optvis";
export * as experts from "./optvis/experts";

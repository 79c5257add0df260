/**
 * The payloads the kernel sends under MIME_TYPE, one union tagged by `kind`. Each carries everything
 * needed to draw it without the kernel (values, shapes, labels), so a saved notebook redraws offline, and
 * a `session` block that lets a live widget ask the kernel that made it for a recomputation.
 * Plain data only: the JupyterLab extension imports this file, so it must not import tfjs or node.
 */
import type { ExplanationParameters } from "./methods";

/** The one MIME type of xai-lab outputs; a breaking change to any payload means a new version. */
export const MIME_TYPE = "application/vnd.xai-lab.v1+json";

/** The `version` field of every v1 payload. */
export const PROTOCOL_VERSION = 1;

/** The kinds of payload, in the order the paper introduces them. */
export const PAYLOAD_KINDS = ["heatmap", "relevance-flow", "prototypes", "curve"] as const;
export type PayloadKind = (typeof PAYLOAD_KINDS)[number];

/** Row-major values with their shape, channels last as in tfjs: `data.length` is the product of `shape`. */
export interface DenseArray {
  shape: number[];
  data: number[];
}

/**
 * Who may call back. `secret` is drawn once per kernel process; a widget's recompute request must quote
 * it, so outputs saved from an earlier session (whose secret the new kernel never issued) cannot call back.
 * `call` names the display within the session.
 */
export interface Session {
  secret: string;
  call: string;
}

interface PayloadBase<K extends PayloadKind> {
  version: typeof PROTOCOL_VERSION;
  kind: K;
  /** A one-line caption. */
  title: string;
  session: Session;
}

/** How a heatmap is drawn (the PNG fallback uses the same settings). */
export interface HeatmapStyle {
  /** A colour map name, e.g. "bwr" (signed relevance) or "hot" (unsigned, such as sensitivity). */
  colormap: string;
  /** Weight of the grey input blended into the heatmap, 0…1: 0 = heatmap only, 1 = input only (as the PNG is drawn). */
  alpha: number;
  /** Pixel repetition of the fallback PNG; a widget may choose its own size. */
  zoom?: number;
}

/** One explanation of one sample: the relevance map and the numbers that say what it explains. */
export interface HeatmapEntry {
  method: string;
  /** The explained class. */
  target: number;
  /** The explained output (logit) f_target(x). */
  score: number;
  /** Σ relevance; equals `score` for conservative LRP (Montavon et al. 2018, §5.1). */
  relevanceSum: number;
  /** Shaped like the sample's input, without the batch axis. */
  relevance: DenseArray;
  /**
   * Present when the map was assembled from windows of a larger input (the sliding window, Montavon et al.
   * 2018, §5.2): how many windows, and whether each explained its own predicted class (else every window
   * explained `target`). `score` is then the mean explained window logit.
   */
  windows?: { count: number; ownPrediction: boolean };
}

/** One input of a batch, explained by every method of the payload (side by side). */
export interface HeatmapSample {
  /** The input itself (absent when the caller did not pass it), without the batch axis. */
  input?: DenseArray;
  /** The class the model predicts for this input, when known. */
  prediction?: number;
  /** For an input explained window by window: the classes its windows predict, in window order, repeats merged. */
  windowPredictions?: number[];
  /** One per method, in the order of `HeatmapPayload.methods`. */
  explanations: HeatmapEntry[];
}

/** Rule parameters a widget may change (Montavon et al. 2018, §5.1: ε, γ, α/β with α − β = 1). */
export interface RuleParams {
  epsilon?: number;
  gamma?: number;
  alpha?: number;
  beta?: number;
}

/**
 * Present when the kernel can recompute this output (show() was given the model and the input): what
 * the widget's controls may choose. Absent in outputs that can only be looked at.
 */
export interface HeatmapControls {
  /** How many classes the model outputs: the explained class is chosen from 0 … classes − 1. */
  classes: number;
  /** The methods a column can switch to. */
  methods: string[];
  /** The class explained for every sample; null = each sample's predicted class. */
  target: number | null;
  /** The rule parameters the explanations were computed with (absent: the method's defaults). */
  params: RuleParams;
}

/** Relevance maps over the input: rows are samples, columns are methods. */
export interface HeatmapPayload extends PayloadBase<"heatmap"> {
  /** Column headers: the method of each explanation, the same for every sample. */
  methods: string[];
  /**
   * Per column, the rule parameters its explanations were computed with (exactly what `explain` was
   * given; absent in payloads of older kernels): the column's label names those that differ from the
   * method's defaults (`methodLabel`), and a recomputation repeats them unless the user changes one.
   */
  parameters?: ExplanationParameters[];
  /** Names for class indices (targets, predictions), when given. */
  classNames?: string[];
  samples: HeatmapSample[];
  style: HeatmapStyle;
  /** What the widget may ask the kernel to recompute (optional, added in v1 without breaking it). */
  controls?: HeatmapControls;
}

/** A unit (a channel of a conv layer, a neuron of a dense one) and the relevance it received. */
export interface FlowUnit {
  /** Index along the layer's last axis. */
  unit: number;
  /** Relevance summed over the unit's positions (all axes but the last). */
  relevance: number;
}

/** The relevance reaching one layer's output. */
export interface FlowLayer {
  name: string;
  /** The tfjs class name, e.g. "Conv2D". */
  className: string;
  /** The layer kind xai-lab uses to assign rules, e.g. "conv2d", "dense", "maxPool2d", "input". */
  layerKind: string;
  /** The LRP rule that sends this layer's relevance to its input, for dense and conv layers. */
  rule?: string;
  /** The layer output's shape without the batch axis. */
  shape: number[];
  /** Σ relevance over the layer's units, one per sample; constant across layers when LRP conserves it. */
  totals: number[];
  /** Per sample, the units with the largest |relevance|, largest first. */
  top: FlowUnit[][];
  /**
   * Per sample, the layer's relevance summed over its last (channel) axis, for layers with spatial axes
   * ([H, W, C] → [H, W]): the map a widget shows when the layer is clicked. Optional.
   */
  maps?: DenseArray[];
}

/**
 * One relevance message of LRP: what unit `from` of a stage sends to unit `to` of the stage below, summed
 * over positions, R(to←from) (signed). `null` stands for all the layer's units outside its top units.
 */
export interface FlowLink {
  from: number | null;
  to: number | null;
  value: number;
}

/**
 * A stage of the relevance flow: the input or a dense/conv layer (a layer with an LRP rule), with the
 * exact messages it sends to the previous stage under the rule actually used.
 */
export interface FlowStage {
  /** Index into `RelevanceFlowPayload.layers`. */
  layer: number;
  /** Per sample, the messages to the previous stage (empty for the first stage). */
  links: FlowLink[][];
}

/**
 * How relevance flows from the output back to the input, layer by layer (input first). The method,
 * targets and scores are known when a whole explanation was shown, absent for a bare list of layers.
 */
export interface RelevanceFlowPayload extends PayloadBase<"relevance-flow"> {
  method?: string;
  classNames?: string[];
  /** The explained class, per sample. */
  targets?: number[];
  /** The explained output, per sample. */
  scores?: number[];
  layers: FlowLayer[];
  /** The messages between neighbouring stages (present when show() had the model and the input). */
  stages?: FlowStage[];
}

/** Any JSON value (numbers finite): what settings may hold. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** One synthesised input (activation maximisation) for a class. */
export interface Prototype {
  target: number;
  /** The model's output (logit) for the target on this image. */
  score: number;
  /** Its softmax probability, when known. */
  probability?: number;
  /** The class the model predicts for this image, when known. */
  predicted?: number;
  /** The density expert's log p(x), when an expert was used. */
  logDensity?: number;
  /** The objective at each optimisation step, when recorded. */
  history?: number[];
  /** The image, without the batch axis. */
  image: DenseArray;
}

/** Prototypes found by activation maximisation (Montavon et al. 2018, §3), with the settings used. */
export interface PrototypesPayload extends PayloadBase<"prototypes"> {
  classNames?: string[];
  prototypes: Prototype[];
  /** The settings that produced them (objective, expert, steps, ...), enough to repeat the run. */
  settings: Record<string, JsonValue>;
  /**
   * Shown in rows of this many prototypes, in their order (e.g. one row per setting of a sweep); without
   * it, one group per class.
   */
  columns?: number;
  /** With `columns`: a label for each row ("w = 0.1"). */
  rowLabels?: string[];
}

/** One line of a plot. */
export interface CurveSeries {
  label: string;
  x: number[];
  y: number[];
  /** The area under this curve, when it is a metric (e.g. pixel-flipping). */
  auc?: number;
}

/** Curves such as the pixel-flipping curve of explanation quality (Montavon et al. 2018, §7). */
export interface CurvePayload extends PayloadBase<"curve"> {
  xLabel: string;
  yLabel: string;
  /** Whether a higher AUC means a better explanation (false for pixel-flipping, where a steeper drop is better). */
  higherIsBetter?: boolean;
  series: CurveSeries[];
}

/** Every payload of MIME_TYPE v1. */
export type Payload = HeatmapPayload | RelevanceFlowPayload | PrototypesPayload | CurvePayload;

/**
 * The notebook contract, imported from the kernel package's public, dependency-free entry points
 * (`xai-lab/protocol`: the payloads, the callback requests, the parameter table; `xai-lab/pixels`: colour
 * maps and the values-to-pixels pipeline the kernel's PNGs are painted with), so the widgets and the kernel
 * agree on one definition. Everything the extension needs from the kernel package comes through this file.
 */
export {
  MIME_TYPE,
  REPLY_MIME_TYPE,
  PAYLOAD_KINDS,
  parsePayload,
  callbackCode,
  type Payload,
  type PayloadKind,
  type HeatmapPayload,
  type HeatmapSample,
  type HeatmapEntry,
  type HeatmapControls,
  type PrototypesPayload,
  type RelevanceFlowPayload,
  type FlowLayer,
  type CurvePayload,
  type DenseArray,
  type RuleParams,
  type CallbackReply,
  type CallbackErrorCode,
  type HeatmapRecomputeRequest,
  type ColumnRequest,
  type CallbackRequest,
  type ExplanationParameters,
  type FlowLink,
  type FlowStage,
  PARAMETERS,
  PARAMETER_KEYS,
  methodParameters,
  methodLabel,
  nonDefaultParameters,
  takesZeroBias,
  fmt,
  className,
  settingText,
  predictionCaption,
  entryCaptions,
} from "xai-lab/protocol";
export { colormap, COLORMAP_NAMES, greyLevels, heatmapPixels, imagePixels, maxAbs, pixelSums, type ColorMap, type Plane } from "xai-lab/pixels";

/**
 * The notebook contract, imported from the kernel package's protocol module (plain TypeScript, no tfjs,
 * no node), so the widgets and the kernel agree on one definition. Everything the extension needs from
 * the kernel package comes through this file.
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
  fmt,
  className,
} from "xai-lab/dist/src/protocol";
export { colormap, COLORMAP_NAMES, type ColorMap } from "xai-lab/dist/src/render/colormaps";

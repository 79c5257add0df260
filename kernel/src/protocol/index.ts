/**
 * The notebook contract between the kernel and the JupyterLab extension: one versioned MIME type, one
 * payload union tagged by `kind`, and the check the extension runs before drawing. No tfjs, no node:
 * both sides import this folder.
 */
export * from "./payload";
export { parsePayload, assertPayload, PAYLOAD_LIMITS, type ParseResult } from "./parse";
export type { TensorLike, ArrayLikeWithShape, Values, CurveSource, PrototypeSetSource, PrototypeScoreLike, SelectivityLike, SelectivityComparisonLike } from "./sources";
export * from "./callback";
export { fmt, className, settingText } from "./format";
export { predictionCaption, entryCaptions } from "./captions";
export * from "./methods";

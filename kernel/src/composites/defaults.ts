/**
 * The rule every layer gets when no entry of a composite matches it: the LRP conventions of
 * methods.md §3 for the layers without weights, as a table like any composite. Element-wise layers and
 * the batch norms no dense/conv layer absorbed pass relevance; reshaping, padding, concatenation and
 * max pooling send it back by their gradient (max pooling: winner-take-all to the first maximum);
 * average pooling and additions split it in proportion to the contributions. A dense/conv layer that
 * no entry matches gets LRP-0 (and is reported by `Explainer.rules()`).
 */
import { gradient, lrp0, norm, pass } from "../rules";
import type { Composite } from "./composite";

export const DEFAULT_RULES: Composite = [
  { match: { kind: "linear" }, rule: lrp0() },
  { match: { kind: "activation" }, rule: pass() },
  { match: { kind: "identity" }, rule: pass() },
  { match: { kind: "batchNorm" }, rule: pass() },
  { match: { kind: "flatten" }, rule: gradient() },
  { match: { kind: "reshape" }, rule: gradient() },
  { match: { kind: "zeroPadding2d" }, rule: gradient() },
  { match: { kind: "concatenate" }, rule: gradient() },
  { match: { kind: "maxPool2d" }, rule: gradient() },
  { match: { kind: "globalMaxPool2d" }, rule: gradient() },
  { match: { kind: "avgPool2d" }, rule: norm() },
  { match: { kind: "globalAvgPool2d" }, rule: norm() },
  { match: { kind: "add" }, rule: norm() },
];

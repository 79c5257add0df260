/**
 * Relevance per layer (`explain(..., { layers: true })`): how the relevance of the output travels back to
 * the input. Under a conservative LRP composite every layer holds the same total (Montavon et al. 2018,
 * §5.1, Σ_i R_i = Σ_j R_j = f(x)), so unequal bars show where relevance is absorbed (biases, ε) or created.
 * The units a layer's relevance concentrates on are listed per sample.
 */
import type { LayerRelevance } from "../attribution/explain";
import { check } from "../errors";
import type { RelevanceMessages } from "../attribution/messages";
import { PROTOCOL_VERSION, type DenseArray, type FlowLayer, type FlowStage, type FlowUnit, type RelevanceFlowPayload, type Session } from "../protocol";
import { makeBundle, type DisplayBundle } from "./bundle";
import { className, fmt } from "../protocol/format";
import { barChart } from "../render";
import { readValues, round } from "./values";

export interface FlowOptions {
  classNames?: readonly string[];
  title?: string;
  /** Units listed per layer and sample, largest |relevance| first (default 5). */
  top?: number;
}

/** What is known about the explanation the layers come from. */
export interface FlowContext {
  method?: string;
  targets?: readonly number[];
  scores?: readonly number[];
}

/** At most this many samples get a bar in the PNG. */
const MAX_BARS = 4;

/** The bundle showing `layers` (input first, as `Explanation.layers`). */
export async function flowBundle(
  layers: readonly LayerRelevance[],
  context: FlowContext,
  options: FlowOptions,
  session: Session,
  messages?: RelevanceMessages,
): Promise<DisplayBundle> {
  check(layers.length > 0, "show() was given an empty list of layers");
  const top = options.top ?? 5;
  check(Number.isInteger(top) && top >= 0, () => `top must be a non-negative integer, got ${String(top)}`);
  const flowLayers: FlowLayer[] = [];
  for (const [i, l] of layers.entries()) flowLayers.push(await flowLayer(l, i, top));
  const n = flowLayers[0]!.totals.length;
  flowLayers.forEach((l) =>
    check(l.totals.length === n, () => `layer '${l.name}' holds ${l.totals.length} samples, but layer '${flowLayers[0]!.name}' holds ${n}`),
  );
  const classNames = options.classNames?.slice();
  const title = options.title ?? `relevance per layer${context.method ? `: ${context.method}` : ""}`;
  const payload: RelevanceFlowPayload = {
    version: PROTOCOL_VERSION,
    kind: "relevance-flow",
    title,
    session,
    ...(context.method !== undefined ? { method: context.method } : {}),
    ...(classNames ? { classNames } : {}),
    ...(context.targets ? { targets: context.targets.slice() } : {}),
    ...(context.scores ? { scores: context.scores.slice() } : {}),
    layers: flowLayers,
    ...(messages ? { stages: stagesOf(messages, flowLayers.length) } : {}),
  };
  const bars = Math.min(n, MAX_BARS);
  const rows = flowLayers.map((l) => ({ label: `${l.name}${l.rule ? ` [${l.rule}]` : ""}`, values: l.totals.slice(0, bars) })).reverse(); // output at the top: the order relevance travels in
  const seriesLabels = Array.from({ length: bars }, (_, i) => `sample ${i}${context.targets ? `, target ${className(context.targets[i]!, classNames)}` : ""}`);
  const picture = barChart(rows, { title, seriesLabels });
  return makeBundle(payload, picture, summary(title, flowLayers, context, classNames));
}

/** The engine's messages as payload stages; a stage's layer is its node id, the index into `Explanation.layers`. */
function stagesOf(messages: RelevanceMessages, layers: number): FlowStage[] {
  return messages.stages
    .filter((s) => s.node < layers)
    .map((s) => ({ layer: s.node, links: s.messages.map((list) => list.map((m) => ({ from: m.from, to: m.to, value: round(m.value) }))) }));
}

/** Whether `v` looks like one entry of `Explanation.layers`. */
export function isLayerRelevance(v: unknown): v is LayerRelevance {
  if (v === null || typeof v !== "object") return false;
  const l = v as Partial<Record<keyof LayerRelevance, unknown>>;
  return (
    typeof l.name === "string" &&
    typeof l.className === "string" &&
    typeof l.kind === "string" &&
    Array.isArray(l.total) &&
    l.relevance !== null &&
    typeof l.relevance === "object"
  );
}

async function flowLayer(l: LayerRelevance, i: number, top: number): Promise<FlowLayer> {
  const { shape, data } = await readValues(l.relevance, `the relevance of layer ${i} ('${l.name}')`);
  check(shape.length >= 2, () => `the relevance of layer '${l.name}' has shape [${shape.join(", ")}]; expected a batch axis first`);
  const n = shape[0]!;
  const units = shape[shape.length - 1]!;
  const per = data.length / n;
  const totals = l.total.map(round);
  check(totals.length === n, () => `layer '${l.name}' lists ${totals.length} totals for ${n} samples`);
  const topUnits: FlowUnit[][] = [];
  for (let s = 0; s < n; s++) {
    const sums = new Float64Array(units);
    for (let k = 0; k < per; k++) sums[k % units] += data[s * per + k]!;
    const order = Array.from(sums.keys()).sort((a, b) => Math.abs(sums[b]!) - Math.abs(sums[a]!));
    topUnits.push(order.slice(0, top).map((unit) => ({ unit, relevance: round(sums[unit]!) })));
  }
  const maps = shape.length >= 4 ? channelSums(data, n, per, units, shape.slice(1, -1)) : undefined;
  return {
    name: l.name,
    className: l.className,
    layerKind: l.kind,
    ...(l.rule ? { rule: l.rule } : {}),
    shape: shape.slice(1),
    totals,
    top: topUnits,
    ...(maps ? { maps } : {}),
  };
}

/** Per sample, relevance summed over the channel axis: the layer's relevance map, which the widget shows on click. */
function channelSums(data: ArrayLike<number>, n: number, per: number, units: number, spatial: number[]): DenseArray[] {
  const positions = per / units;
  const maps: DenseArray[] = [];
  for (let s = 0; s < n; s++) {
    const out = new Array<number>(positions);
    for (let p = 0; p < positions; p++) {
      let sum = 0;
      for (let k = 0; k < units; k++) sum += data[s * per + p * units + k]!;
      out[p] = round(sum);
    }
    maps.push({ shape: spatial.slice(), data: out });
  }
  return maps;
}

function summary(title: string, layers: readonly FlowLayer[], context: FlowContext, classNames: readonly string[] | undefined): string {
  const lines = [`xai-lab relevance flow — ${title}`];
  if (context.targets)
    lines.push(
      `  target ${context.targets.map((t) => className(t, classNames)).join(", ")}${context.scores ? `; score ${context.scores.map(fmt).join(", ")}` : ""}`,
    );
  for (const l of [...layers].reverse()) {
    lines.push(`  ${l.name} (${l.layerKind}${l.rule ? `, ${l.rule}` : ""}): ΣR ${l.totals.map(fmt).join(", ")}`);
  }
  return lines.join("\n");
}

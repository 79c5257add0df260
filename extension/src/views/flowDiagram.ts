/**
 * The flow diagram of the relevance-flow widget: the engine's relevance messages R(i←j) between the top
 * units of neighbouring stages (the input and the dense/conv layers), one column per stage, output on the
 * left. A band from unit j to unit i is as wide as |R(i←j)| (one scale for the whole window), red when
 * positive, blue when negative; "other" gathers a layer's remaining units. Deep nets are shown a few
 * stages at a time (a window the user moves), so that columns keep room for their labels. A label is drawn
 * only where its node is tall enough for a line of text, in the room right of its column and cut to it,
 * so labels never overlap; every node and band also names itself on hover.
 */
import { fmt, type FlowLink, type RelevanceFlowPayload } from "../contract";
import { h, labelled, select } from "./common";

/** Stages per window: enough for a shallow net whole, few enough that labels fit. */
const WINDOW = 5;
const COLUMN_GAP = 150;
const NODE_WIDTH = 12;
const HEIGHT = 300;
const NODE_PAD = 6;
const TOP = 34;
const FONT = 11;
const LABEL_ROOM = COLUMN_GAP - NODE_WIDTH - 8;
const SVG_NS = "http://www.w3.org/2000/svg";

interface Node {
  unit: number | null;
  size: number;
  y: number;
  height: number;
  /** Where the next outgoing / incoming band starts inside the node. */
  outAt: number;
  inAt: number;
}

/** Draws the diagram of sample `s` into `el` (replacing what was there); `choose(layer)` on a column click. */
export function drawFlowDiagram(
  el: HTMLElement,
  payload: RelevanceFlowPayload,
  s: number,
  state: Record<string, unknown>,
  choose: (layer: number) => void,
): void {
  el.textContent = "";
  const stages = payload.stages;
  if (!stages || stages.length < 2) {
    h("div", "xai-note", 'Unit-to-unit relevance messages are drawn when show() has the model and the input: xai.show(e, { view: "flow", model, input }).', el);
    return;
  }
  // Output first: the order relevance travels in.
  const order = stages.map((_, k) => stages.length - 1 - k);
  const windows: [number, number][] = [];
  for (let start = 0; start < order.length - 1; start += WINDOW - 1) windows.push([start, Math.min(order.length, start + WINDOW)]);
  const toolbar = h("div", "xai-toolbar", undefined, el);
  const nameOf = (k: number): string => payload.layers[stages[k]!.layer]?.name ?? `stage ${k}`;
  const picker = labelled(
    "layers",
    select(
      windows.map(([a, b], w) => [String(w), `${nameOf(order[a]!)} → ${nameOf(order[b - 1]!)} (${a + 1}–${b} of ${order.length})`] as const),
      String(Math.min(Number(state["flowWindow"] ?? 0), windows.length - 1)),
      "xai-flow-window",
    ),
    toolbar,
  );
  if (windows.length === 1) picker.disabled = true;
  const holder = h("div", "xai-flow-svg", undefined, el);
  const caption = h("div", "xai-caption xai-flow-caption", undefined, el);
  const render = (): void => {
    const [a, b] = windows[Number(picker.value)]!;
    holder.textContent = "";
    const shown = order.slice(a, b);
    holder.appendChild(diagram(payload, shown, s, choose));
    const units = Math.max(...shown.map((k) => new Set(linksOf(payload, k, s).map((l) => l.from)).size));
    caption.textContent =
      `Relevance messages R(i←j) of sample ${s} between ${shown.length} of ${order.length} stages (the input and the dense/conv layers, output on the left), ` +
      `exactly as each layer's rule sends them: the top ${Math.max(1, units - 1)} units per layer and "other" for the rest; band width ∝ |R(i←j)|, red positive, blue negative.`;
  };
  picker.addEventListener("change", () => {
    state["flowWindow"] = Number(picker.value);
    render();
  });
  render();
}

function linksOf(payload: RelevanceFlowPayload, k: number, s: number): FlowLink[] {
  return payload.stages?.[k]?.links[s] ?? [];
}

/** The SVG of the stages `shown` (stage indices, output first) for sample `s`. */
function diagram(payload: RelevanceFlowPayload, shown: readonly number[], s: number, choose: (layer: number) => void): SVGSVGElement {
  const stages = payload.stages!;
  // Nodes per column: the units that send (links of the stage) and receive (links of the stage above).
  const columns = shown.map((k, c) => {
    const sizes = new Map<number | null, { out: number; in: number }>();
    const add = (unit: number | null, key: "out" | "in", v: number): void => {
      const entry = sizes.get(unit) ?? { out: 0, in: 0 };
      entry[key] += Math.abs(v);
      sizes.set(unit, entry);
    };
    if (c < shown.length - 1) for (const l of linksOf(payload, k, s)) add(l.from, "out", l.value);
    if (c > 0) for (const l of linksOf(payload, shown[c - 1]!, s)) add(l.to, "in", l.value);
    const nodes = [...sizes.entries()]
      .map(([unit, v]): Node => ({ unit, size: Math.max(v.out, v.in), y: 0, height: 0, outAt: 0, inAt: 0 }))
      .sort((p, q) => (p.unit === null ? 1 : q.unit === null ? -1 : q.size - p.size));
    return { stage: k, nodes };
  });
  const room = HEIGHT - TOP - 8;
  const scale = Math.min(
    ...columns.map(
      (col) =>
        (room - NODE_PAD * Math.max(0, col.nodes.length - 1)) /
        Math.max(
          1e-12,
          col.nodes.reduce((a, n) => a + n.size, 0),
        ),
    ),
  );
  for (const col of columns) {
    let y = TOP;
    for (const n of col.nodes) {
      n.y = y;
      n.height = Math.max(1, n.size * scale);
      n.outAt = n.y;
      n.inAt = n.y;
      y += n.height + NODE_PAD;
    }
  }
  const width = (shown.length - 1) * COLUMN_GAP + NODE_WIDTH + LABEL_ROOM + 8;
  const svg = document.createElementNS(SVG_NS, "svg");
  svg.setAttribute("width", String(width));
  svg.setAttribute("height", String(HEIGHT));
  svg.setAttribute("class", "xai-flow-sankey");
  const x = (c: number): number => 4 + c * COLUMN_GAP;
  // Bands first, under the nodes.
  columns.forEach((col, c) => {
    if (c === columns.length - 1) return;
    const below = columns[c + 1]!;
    const links = [...linksOf(payload, col.stage, s)].sort((p, q) => Math.abs(q.value) - Math.abs(p.value));
    for (const l of links) {
      const from = col.nodes.find((n) => n.unit === l.from);
      const to = below.nodes.find((n) => n.unit === l.to);
      if (!from || !to) continue;
      const w = Math.abs(l.value) * scale;
      if (w <= 0) continue;
      const y0 = from.outAt + w / 2;
      const y1 = to.inAt + w / 2;
      from.outAt += w;
      to.inAt += w;
      const x0 = x(c) + NODE_WIDTH;
      const x1 = x(c + 1);
      const path = svgEl("path", svg);
      path.setAttribute("d", `M${x0},${y0} C${(x0 + x1) / 2},${y0} ${(x0 + x1) / 2},${y1} ${x1},${y1}`);
      path.setAttribute("class", `xai-link ${l.value >= 0 ? "xai-link-positive" : "xai-link-negative"}`);
      path.setAttribute("stroke-width", String(Math.max(0.5, w)));
      path.setAttribute("fill", "none");
      title(path, `${unitName(payload, col.stage, l.from)} → ${unitName(payload, below.stage, l.to)}: R = ${fmt(l.value)}`);
    }
  });
  columns.forEach((col, c) => {
    const layer = stages[col.stage]!.layer;
    const head = svgEl("text", svg);
    head.setAttribute("x", String(x(c)));
    head.setAttribute("y", String(14));
    head.setAttribute("class", "xai-flow-head");
    const meta = payload.layers[layer];
    head.textContent = cut(meta?.name ?? "", LABEL_ROOM + NODE_WIDTH);
    title(head, `${meta?.name ?? ""} (${meta?.className ?? ""}${meta?.rule ? `, rule ${meta.rule}` : ""}): click to show its relevance map`);
    head.addEventListener("click", () => choose(layer));
    if (meta?.rule) {
      const rule = svgEl("text", svg);
      rule.setAttribute("x", String(x(c)));
      rule.setAttribute("y", String(27));
      rule.setAttribute("class", "xai-flow-rule");
      rule.textContent = cut(`rule ${meta.rule}`, LABEL_ROOM + NODE_WIDTH);
    }
    for (const n of col.nodes) {
      const rect = svgEl("rect", svg);
      rect.setAttribute("x", String(x(c)));
      rect.setAttribute("y", String(n.y));
      rect.setAttribute("width", String(NODE_WIDTH));
      rect.setAttribute("height", String(n.height));
      rect.setAttribute("class", n.unit === null ? "xai-node xai-node-other" : "xai-node");
      title(rect, `${unitName(payload, col.stage, n.unit)}: |R| ${fmt(n.size)}`);
      if (n.height >= FONT + 1) {
        const label = svgEl("text", svg);
        label.setAttribute("x", String(x(c) + NODE_WIDTH + 3));
        label.setAttribute("y", String(n.y + n.height / 2 + FONT / 2 - 2));
        label.setAttribute("class", "xai-node-label");
        label.textContent = cut(n.unit === null ? "other" : `#${n.unit}`, LABEL_ROOM - 6);
      }
    }
  });
  return svg;
}

function unitName(payload: RelevanceFlowPayload, stage: number, unit: number | null): string {
  const name = payload.layers[payload.stages![stage]!.layer]?.name ?? `stage ${stage}`;
  return unit === null ? `${name}: other units` : `${name} #${unit}`;
}

/** `text` cut with "…" to about `width` pixels at the diagram's font size. */
function cut(text: string, width: number): string {
  const max = Math.max(1, Math.floor(width / (FONT * 0.6)));
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function svgEl<K extends keyof SVGElementTagNameMap>(tag: K, parent: SVGElement): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, tag);
  parent.appendChild(node);
  return node;
}

function title(node: SVGElement, text: string): void {
  const t = document.createElementNS(SVG_NS, "title");
  t.textContent = text;
  node.appendChild(t);
}

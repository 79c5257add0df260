/**
 * The relevance-flow widget: how the output's relevance travels back to the input, layer by layer.
 * Under a conservative LRP composite every layer holds the same total (Montavon et al. 2018, §5.1:
 * Σ_i R_i = … = Σ_j R_j = f(x)); the bar chart of totals against the explained score shows that, or where
 * relevance is absorbed (ε, biases) or created. The flow diagram (flowDiagram.ts) draws the engine's
 * relevance messages R(i←j) between the top units of neighbouring dense/conv layers, exactly as each
 * layer's rule sends them. Clicking a layer (a bar or its button) shows its relevance map, or its largest units.
 */
import type { FlowLayer, RelevanceFlowPayload } from "../contract";
import { baseLayout, plotly, plotText, PLOT_CONFIG, type PlotElement } from "../plotly";
import { drawFlowDiagram } from "./flowDiagram";
import { className, colourBar, fmt, h, labelled, mapNamed, maxAbs, paintMap, select, sizeCanvas, zoomFor, type View } from "./common";

/** Draws a relevance-flow payload; see the file comment. */
export const renderFlow: View<RelevanceFlowPayload> = (payload, el, context) => {
  const { state } = context;
  const root = h("div", "xai-widget xai-flow", undefined, el);
  h("div", "xai-title", payload.title, root);
  const layers = payload.layers;
  const n = layers[0]!.totals.length;
  const toolbar = h("div", "xai-toolbar", undefined, root);
  const sampleOptions = Array.from({ length: n }, (_, i) => [String(i), sampleLabel(payload, i)] as const);
  const sample = labelled("sample", select(sampleOptions, String(Math.min(Number(state["sample"] ?? 0), n - 1)), "xai-flow-sample"), toolbar);
  if (n === 1) sample.disabled = true;
  const summary = h("div", "xai-flow-summary", undefined, root);
  const totalsPlot = h("div", "xai-plot xai-flow-totals", undefined, root);
  const buttons = h("div", "xai-flow-layers", undefined, root);
  const detail = h("div", "xai-flow-detail", undefined, root);
  const diagram = h("div", "xai-flow-diagram", undefined, root);

  const buttonFor = layers.map((layer, index) => {
    const b = h("button", "xai-flow-layer", layer.name, buttons);
    b.type = "button";
    b.title = `${layer.className} (${layer.layerKind}${layer.rule ? `, rule ${layer.rule}` : ""}), shape [${layer.shape.join(", ")}]`;
    b.addEventListener("click", () => choose(index));
    return b;
  });

  let alive = true;
  const current = (): number => Number(sample.value);
  const choose = (index: number): void => {
    state["layer"] = index;
    buttonFor.forEach((b, i) => b.classList.toggle("xai-selected", i === index));
    showLayer(detail, layers[index]!, current());
  };
  const draw = async (): Promise<void> => {
    const s = current();
    writeSummary(summary, payload, s);
    const Plotly = await plotly();
    if (!alive) return;
    const names = layers.map((l) => plotText(l.name));
    const score = payload.scores?.[s];
    const bars = {
      type: "bar",
      orientation: "h",
      y: names,
      x: layers.map((l) => l.totals[s]!),
      marker: { color: layers.map((l) => (l.totals[s]! >= 0 ? "#d62728" : "#1f77b4")) },
      hovertemplate: "%{y}<br>ΣR = %{x:.5g}<extra></extra>", // %{y} substitutes the name as data, never as a template
      name: "Σ relevance",
    };
    const scoreLine =
      score === undefined
        ? []
        : [{ type: "line", xref: "x", yref: "paper", x0: score, x1: score, y0: 0, y1: 1, line: { dash: "dash", color: "#555", width: 1.5 } }];
    const title = score === undefined ? "Σ relevance per layer (output at the top)" : `Σ relevance per layer; dashed: the explained score f(x) = ${fmt(score)}`;
    await Plotly.react(
      totalsPlot,
      [bars],
      {
        ...baseLayout(root),
        height: 60 + 26 * layers.length,
        showlegend: false,
        shapes: scoreLine,
        title: { text: plotText(title), font: { size: 12 }, x: 0 },
        margin: { l: 8, r: 16, t: 28, b: 36 },
        yaxis: { automargin: true },
        xaxis: { title: { text: "Σ relevance" }, zeroline: true },
      },
      PLOT_CONFIG,
    );
    totalsPlot.dataset["drawn"] = "true";
    if (!hooked) {
      hooked = true;
      (totalsPlot as unknown as PlotElement).on("plotly_click", (e) => {
        const i = e.points[0]?.pointIndex ?? e.points[0]?.pointNumber;
        if (i !== undefined && e.points[0]?.curveNumber === 0) choose(i);
      });
    }
  };
  let hooked = false;
  const redrawDiagram = (): void => drawFlowDiagram(diagram, payload, current(), state, choose);
  sample.addEventListener("change", () => {
    state["sample"] = current();
    void draw();
    redrawDiagram();
    choose(Number(state["layer"] ?? layers.length - 1));
  });
  void draw();
  redrawDiagram();
  choose(Math.min(Number(state["layer"] ?? firstMapLayer(layers)), layers.length - 1));
  const unsubscribe = context.onResize(() => {
    void plotly().then((P) => {
      if (totalsPlot.dataset["drawn"]) void P.Plots.resize(totalsPlot);
    });
  });
  return () => {
    alive = false;
    unsubscribe();
    void plotly().then((P) => {
      if (totalsPlot.dataset["drawn"]) P.purge(totalsPlot);
    });
    root.remove();
  };
};

function sampleLabel(payload: RelevanceFlowPayload, i: number): string {
  const t = payload.targets?.[i];
  return `sample ${i}${t !== undefined ? `, class ${className(t, payload.classNames)}` : ""}`;
}

/** The conservation summary: what the output held, what reached the input, and the largest loss between layers. */
function writeSummary(el: HTMLElement, payload: RelevanceFlowPayload, s: number): void {
  el.textContent = "";
  const layers = payload.layers;
  const top = layers[layers.length - 1]!.totals[s]!;
  const bottom = layers[0]!.totals[s]!;
  const reference = payload.scores?.[s] ?? top;
  let worst = { at: -1, change: 0 };
  for (let i = 1; i < layers.length; i++) {
    const change = layers[i - 1]!.totals[s]! - layers[i]!.totals[s]!;
    if (Math.abs(change) > Math.abs(worst.change)) worst = { at: i, change };
  }
  const kept = reference !== 0 ? (100 * bottom) / reference : NaN;
  const conserved = Math.abs(bottom - reference) <= 1e-3 * Math.max(1, Math.abs(reference));
  el.classList.toggle("xai-conserved", conserved);
  const parts = [
    payload.scores?.[s] !== undefined ? `explained score f(x) = ${fmt(reference)}` : `output layer ΣR = ${fmt(top)}`,
    `relevance reaching the input: ${fmt(bottom)}${Number.isFinite(kept) ? ` (${fmt(kept)} %)` : ""}`,
    conserved
      ? "conserved across layers"
      : worst.at > 0
        ? `largest change: ${fmt(-worst.change)} between ${layers[worst.at]!.name} and ${layers[worst.at - 1]!.name}`
        : "",
  ];
  el.textContent = parts.filter(Boolean).join(" · ");
}

/** The layer shown first: the deepest one that has a map, else the output layer. */
function firstMapLayer(layers: readonly FlowLayer[]): number {
  for (let i = layers.length - 1; i >= 0; i--) if (layers[i]!.maps) return i;
  return layers.length - 1;
}

/** A layer's relevance map (spatial layers), or its largest units. */
function showLayer(el: HTMLElement, layer: FlowLayer, s: number): void {
  el.textContent = "";
  el.dataset["layer"] = layer.name;
  h("div", "xai-caption", `${layer.name} — ${layer.className}${layer.rule ? `, rule ${layer.rule}` : ""} — ΣR ${fmt(layer.totals[s]!)}`, el);
  const map = layer.maps?.[s];
  if (map && map.shape.length >= 2) {
    const [mh, mw] = [map.shape[0]!, map.shape[1]!];
    const canvas = h("canvas", "xai-picture xai-flow-map", undefined, el);
    const cmap = mapNamed("bwr");
    const scale = maxAbs(map.data);
    paintMap(canvas, map.data, mh, mw, { map: cmap, scale });
    sizeCanvas(canvas, mh, mw, zoomFor(mh, mw, 168));
    colourBar(cmap, scale, el);
    h("div", "xai-caption", "relevance summed over the layer's channels", el);
  }
  const units = layer.top[s] ?? [];
  if (units.length > 0) {
    const list = h("ol", "xai-flow-units", undefined, el);
    for (const u of units) h("li", u.relevance >= 0 ? "xai-positive" : "xai-negative", `unit ${u.unit}: ${fmt(u.relevance)}`, list);
  }
}

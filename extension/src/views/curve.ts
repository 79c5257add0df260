/**
 * The curves widget, e.g. pixel-flipping (Montavon et al. 2018, §7.1): the class score as the most
 * relevant patches are destroyed, one line per explanation method, with the area under each curve.
 * For pixel-flipping a steeper drop, a lower AUC, means a better explanation; the table below the plot
 * ranks the methods accordingly (`higherIsBetter` says which way).
 */
import type { CurvePayload } from "../contract";
import { baseLayout, plotly, plotText, PLOT_CONFIG } from "../plotly";
import { fmt, h, type View } from "./common";

/** Draws a curve payload; see the file comment. */
export const renderCurve: View<CurvePayload> = (payload, el, context) => {
  const root = h("div", "xai-widget xai-curve", undefined, el);
  h("div", "xai-title", payload.title, root);
  const plot = h("div", "xai-plot", undefined, root);
  const ranked = payload.series.filter((s) => s.auc !== undefined);
  if (ranked.length > 0) {
    const better = payload.higherIsBetter ?? false;
    ranked.sort((a, b) => (better ? b.auc! - a.auc! : a.auc! - b.auc!));
    const table = h("table", "xai-auc", undefined, root);
    h("caption", undefined, `area under the curve (${better ? "higher" : "lower"} is better)`, table);
    const head = h("tr", undefined, undefined, table);
    for (const t of ["rank", "series", "AUC"]) h("th", undefined, t, head);
    ranked.forEach((s, i) => {
      const tr = h("tr", i === 0 ? "xai-auc-best" : undefined, undefined, table);
      tr.dataset["auc"] = String(s.auc);
      h("td", undefined, String(i + 1), tr);
      h("td", undefined, s.label, tr);
      h("td", undefined, fmt(s.auc!), tr);
    });
  }

  let alive = true;
  const draw = async (): Promise<void> => {
    const Plotly = await plotly();
    if (!alive) return;
    const traces = payload.series.map((s) => ({
      type: "scatter",
      mode: s.x.length > 40 ? "lines" : "lines+markers",
      x: s.x,
      y: s.y,
      name: plotText(s.auc !== undefined ? `${s.label} (AUC ${fmt(s.auc)})` : s.label),
      // The label reaches the tooltip as data (the trace's name), never as template text.
      hovertemplate: "%{fullData.name}<br>%{x:.3g}, %{y:.4g}<extra></extra>",
    }));
    const layout = {
      ...baseLayout(root),
      height: 360,
      xaxis: { title: { text: plotText(payload.xLabel) }, zeroline: false, automargin: true },
      yaxis: { title: { text: plotText(payload.yLabel) }, zeroline: false, automargin: true },
      legend: { orientation: "h", y: -0.25 },
      margin: { l: 56, r: 16, t: 16, b: 80 },
    };
    await Plotly.react(plot, traces, layout, PLOT_CONFIG);
    plot.dataset["drawn"] = "true";
  };
  void draw();
  const unsubscribe = context.onResize(() => {
    if (plot.dataset["drawn"]) void plotly().then((P) => P.Plots.resize(plot));
  });
  return () => {
    alive = false;
    unsubscribe();
    if (plot.dataset["drawn"]) void plotly().then((P) => P.purge(plot));
    root.remove();
  };
};

/**
 * plotly.js, loaded the first time a widget draws a plot (a separate chunk of the bundle), then shared.
 * Plots are redrawn with `Plotly.react`, which diffs against the last figure, and resized on Lumino resize.
 */

/** The part of plotly.js the widgets use. */
export interface PlotlyApi {
  react(el: HTMLElement, data: object[], layout: object, config?: object): Promise<unknown>;
  purge(el: HTMLElement): void;
  Plots: { resize(el: HTMLElement): Promise<unknown> | void };
}

/** A plot element after plotly has drawn into it: it carries plotly's event emitter. */
export interface PlotElement extends HTMLElement {
  on(
    event: "plotly_click" | "plotly_hover",
    handler: (event: { points: { pointNumber?: number; pointIndex?: number; curveNumber: number; customdata?: unknown }[] }) => void,
  ): void;
}

let loading: Promise<PlotlyApi> | null = null;

/** plotly.js, imported once. */
export function plotly(): Promise<PlotlyApi> {
  loading ??= import("plotly.js-dist-min").then((m) => (m as { default?: PlotlyApi }).default ?? (m as unknown as PlotlyApi));
  return loading;
}

/**
 * `s` for plotly, which reads a few HTML tags and entities in its labels: `&`, `<` and `>` are escaped so
 * that text from a payload shows literally and can never become markup (plotly decodes these three; a
 * `"` needs no escape and would show as `&quot;`). Payload text never goes into a hovertemplate, where
 * plotly would evaluate `%{…}`: templates refer to it as data (`%{fullData.name}`, `%{y}`).
 */
export function plotText(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Layout settings shared by every plot: JupyterLab's fonts and colours, read from its CSS variables. */
export function baseLayout(el: HTMLElement): Record<string, unknown> {
  const css = getComputedStyle(el);
  const v = (name: string, fallback: string): string => css.getPropertyValue(name).trim() || fallback;
  const font = { family: v("--jp-ui-font-family", "sans-serif"), size: 12, color: v("--jp-ui-font-color1", "#333") };
  return {
    font,
    paper_bgcolor: "rgba(0,0,0,0)",
    plot_bgcolor: "rgba(0,0,0,0)",
    margin: { l: 56, r: 16, t: 28, b: 48 },
    autosize: true,
  };
}

/** The plotly config of every widget: no logo, no link to plotly's cloud. */
export const PLOT_CONFIG = { displaylogo: false, responsive: false, showLink: false, sendData: false };

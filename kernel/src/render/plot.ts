/**
 * The two charts the PNG fallbacks need, drawn with the compositor (figure.ts): a line plot (curves such as
 * pixel-flipping, §7 of the paper) and a horizontal bar chart (relevance per layer, where conservation shows
 * as equal bars, §5.1). Deliberately plain: axes, a few ticks, a legend, on a white page.
 */
import { fmt } from "../protocol/format";
import { FAINT, Figure, fitText, INK, lineHeight, TEXT_SIZE, textWidth, wrapText, type Colour } from "./figure";
import { MARGIN } from "./grid";
import type { RgbaImage } from "./shape";

/** Colours of successive series (the Tableau 10 palette, distinguishable by most readers). */
export const PALETTE: readonly (readonly [number, number, number])[] = [
  [31, 119, 180],
  [255, 127, 14],
  [44, 160, 44],
  [214, 39, 40],
  [148, 103, 189],
  [140, 86, 75],
  [227, 119, 194],
  [127, 127, 127],
  [188, 189, 34],
  [23, 190, 207],
];

export interface LineSeries {
  label: string;
  x: ArrayLike<number>;
  y: ArrayLike<number>;
}

const AXIS: Colour = [90, 90, 90];
const GRID: Colour = [225, 225, 225];
const SMALL = { size: TEXT_SIZE.small, colour: FAINT };
const LABEL = { size: TEXT_SIZE.label, colour: INK };
const TITLE = { size: TEXT_SIZE.title, bold: true };
const LINE = lineHeight(TEXT_SIZE.label);

/** Series on shared axes, with ticks at the ends and the middle of both ranges and a legend under the plot. */
export function linePlot(
  series: readonly LineSeries[],
  options: { title: string; xLabel: string; yLabel: string; width?: number; height?: number },
): RgbaImage {
  const plotW = options.width ?? 360;
  const plotH = options.height ?? 220;
  const [x0, x1] = range(series.flatMap((s) => Array.from(s.x)));
  const [y0, y1] = range(series.flatMap((s) => Array.from(s.y)));
  const yTicks = [y1, (y0 + y1) / 2, y0].map(fmt);
  const left = MARGIN + Math.ceil(Math.max(...yTicks.map((t) => textWidth(t, SMALL)))) + 6;
  const width = left + plotW + MARGIN + 4;
  const titleLines = wrapText(options.title, width - 2 * MARGIN, TITLE);
  const titleH = titleLines.length * lineHeight(TEXT_SIZE.title);
  const top = MARGIN + titleH + lineHeight(TEXT_SIZE.small) + 6;
  const legendTop = top + plotH + 6 + lineHeight(TEXT_SIZE.small) + LINE;
  const legend = series.map((s) => wrapText(s.label, plotW - 16, LABEL));
  const height = legendTop + legend.reduce((n, l) => n + l.length, 0) * LINE + MARGIN;
  const figure = new Figure(width, height);
  const px = (x: number): number => left + ((x - x0) / (x1 - x0)) * (plotW - 1);
  const py = (y: number): number => top + ((y1 - y) / (y1 - y0)) * (plotH - 1);

  titleLines.forEach((t, k) => figure.text(t, MARGIN, MARGIN + k * lineHeight(TEXT_SIZE.title), TITLE));
  figure.text(fitText(options.yLabel, width - 2 * MARGIN, SMALL), MARGIN, MARGIN + titleH, SMALL);
  for (const t of [0, 0.5, 1]) {
    figure.rect(left, top + Math.round(t * (plotH - 1)), plotW, 1, GRID);
    figure.rect(left + Math.round(t * (plotW - 1)), top, 1, plotH, GRID);
  }
  if (y0 < 0 && y1 > 0) figure.rect(left, Math.round(py(0)), plotW, 1, AXIS);
  figure.frame(left, top, plotW, plotH, AXIS);
  const smallH = lineHeight(TEXT_SIZE.small);
  yTicks.forEach((t, k) => figure.text(t, left - 4, top + (k / 2) * (plotH - 1) - smallH / 2, { ...SMALL, align: "right" }));
  const xTicks = [x0, (x0 + x1) / 2, x1].map(fmt);
  xTicks.forEach((t, k) => {
    const w = textWidth(t, SMALL);
    const x = Math.min(width - MARGIN - w, Math.max(MARGIN, left + (k / 2) * (plotW - 1) - w / 2));
    figure.text(t, x, top + plotH + 4, SMALL);
  });
  figure.text(fitText(options.xLabel, plotW, SMALL), left + plotW / 2, top + plotH + 4 + smallH, { ...SMALL, align: "center" });

  let ly = legendTop;
  series.forEach((s, i) => {
    const colour = PALETTE[i % PALETTE.length]!;
    figure.line(
      Array.from({ length: s.x.length }, (_, k) => [px(s.x[k]!), py(s.y[k]!)] as const),
      colour,
      2,
    );
    if (s.x.length === 1) figure.rect(px(s.x[0]!) - 2, py(s.y[0]!) - 2, 4, 4, colour);
    figure.rect(left, ly + 3, 10, LINE - 8, colour);
    legend[i]!.forEach((t, k) => figure.text(t, left + 16, ly + k * LINE, LABEL));
    ly += legend[i]!.length * LINE;
  });
  return figure.rgba();
}

export interface BarRow {
  label: string;
  /** One bar per series (e.g. per sample). */
  values: readonly number[];
}

/** One row per entry, bars growing right (positive) or left (negative) from a shared zero line. */
export function barChart(rows: readonly BarRow[], options: { title: string; seriesLabels?: readonly string[]; width?: number }): RgbaImage {
  const barsW = options.width ?? 260;
  const per = Math.max(...rows.map((r) => r.values.length), 1);
  const barH = per > 1 ? 6 : 11;
  const rowH = Math.max(LINE + 2, per * (barH + 1) + 4);
  const labelW = Math.ceil(Math.min(180, Math.max(...rows.map((r) => textWidth(r.label, LABEL))))) + 8;
  const values = rows.flatMap((r) => r.values);
  const lo = Math.min(0, ...values);
  const hi = Math.max(0, ...values);
  const span = hi - lo || 1;
  const valueW = Math.ceil(Math.max(...values.map((v) => textWidth(fmt(v), SMALL)))) + 8;
  const left = MARGIN + labelW;
  const width = left + barsW + valueW + MARGIN;
  const titleLines = wrapText(options.title, width - 2 * MARGIN, TITLE);
  const top = MARGIN + titleLines.length * lineHeight(TEXT_SIZE.title) + 4;
  const legend = options.seriesLabels && options.seriesLabels.length > 1 ? options.seriesLabels : [];
  const height = top + rows.length * rowH + 4 + legend.length * LINE + MARGIN;
  const figure = new Figure(width, height);
  const bx = (v: number): number => left + ((v - lo) / span) * (barsW - 1);

  titleLines.forEach((t, k) => figure.text(t, MARGIN, MARGIN + k * lineHeight(TEXT_SIZE.title), TITLE));
  figure.rect(Math.round(bx(0)), top - 2, 1, rows.length * rowH + 2, AXIS);
  rows.forEach((r, i) => {
    const y = top + i * rowH;
    figure.text(fitText(r.label, labelW - 8, LABEL), MARGIN, y + (rowH - LINE) / 2 + 1, LABEL);
    r.values.forEach((v, k) => {
      const colour = per > 1 ? PALETTE[k % PALETTE.length]! : v >= 0 ? ([214, 39, 40] as const) : ([31, 119, 180] as const);
      const [a, b] = [bx(0), bx(v)].sort((p, q) => p - q) as [number, number];
      figure.rect(a, y + 2 + k * (barH + 1), Math.max(1, b - a), barH, colour);
      if (per === 1) figure.text(fmt(v), bx(hi) + 4, y + (rowH - lineHeight(TEXT_SIZE.small)) / 2 + 1, SMALL);
    });
  });
  legend.forEach((s, k) => {
    const ly = top + rows.length * rowH + 4 + k * LINE;
    figure.rect(left, ly + 3, 10, LINE - 8, PALETTE[k % PALETTE.length]!);
    figure.text(fitText(s, barsW + valueW - 16, LABEL), left + 16, ly, LABEL);
  });
  return figure.rgba();
}

/** [min, max] of `values`, widened when empty or constant so that it can be divided by. */
function range(values: readonly number[]): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (const v of values) {
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  if (!(lo <= hi)) return [0, 1];
  if (lo === hi) return [lo - 0.5, hi + 0.5];
  return [lo, hi];
}

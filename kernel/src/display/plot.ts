/**
 * The two charts the PNG fallbacks need: a line plot (curves such as pixel-flipping, §7 of the paper)
 * and a horizontal bar chart (relevance per layer, where conservation shows as equal bars, §5.1).
 * Deliberately plain: axes, a few ticks, a legend, all in the 5×7 font on a white page.
 */
import type { RgbaImage } from "../render";
import { drawText, fitText, textWidth } from "./font";
import { FAINT, INK, lineHeight, MARGIN, page } from "./figure";
import { fmt } from "../protocol/format";

type RGB = readonly [number, number, number];

/** Colours of successive series (the Tableau 10 palette, distinguishable by most readers). */
export const PALETTE: readonly RGB[] = [
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

const AXIS: RGB = [90, 90, 90];
const GRID: RGB = [225, 225, 225];
const LINE = lineHeight(1);

/** Series on shared axes, with ticks at the ends of both ranges and a legend under the plot. */
export function linePlot(series: readonly LineSeries[], options: { title: string; xLabel: string; yLabel: string; width?: number; height?: number }): RgbaImage {
  const plotW = options.width ?? 360;
  const plotH = options.height ?? 220;
  const [x0, x1] = range(series.flatMap((s) => Array.from(s.x)));
  const [y0, y1] = range(series.flatMap((s) => Array.from(s.y)));
  const yTicks = [y1, (y0 + y1) / 2, y0].map(fmt);
  const left = MARGIN + Math.max(...yTicks.map((t) => textWidth(t))) + 6;
  const width = left + plotW + MARGIN + 4;
  const titleScale = textWidth(options.title, 2) <= width - 2 * MARGIN ? 2 : 1;
  const titleH = lineHeight(titleScale);
  const top = MARGIN + titleH + LINE + 6;
  const legendTop = top + plotH + 6 + 2 * LINE;
  const height = legendTop + series.length * LINE + MARGIN;
  const img = page(width, height);
  const px = (x: number): number => left + Math.round(((x - x0) / (x1 - x0)) * (plotW - 1));
  const py = (y: number): number => top + Math.round(((y1 - y) / (y1 - y0)) * (plotH - 1));

  drawText(img, fitText(options.title, width - 2 * MARGIN, titleScale), MARGIN, MARGIN, INK, titleScale);
  drawText(img, fitText(options.yLabel, width - 2 * MARGIN), MARGIN, MARGIN + titleH, FAINT);
  for (const t of [0, 0.5, 1]) {
    hline(img, left, left + plotW - 1, top + Math.round(t * (plotH - 1)), GRID);
    vline(img, left + Math.round(t * (plotW - 1)), top, top + plotH - 1, GRID);
  }
  if (y0 < 0 && y1 > 0) hline(img, left, left + plotW - 1, py(0), AXIS);
  rect(img, left, top, left + plotW - 1, top + plotH - 1, AXIS);
  yTicks.forEach((t, k) => drawText(img, t, left - 4 - textWidth(t), top + Math.round((k / 2) * (plotH - 1)) - 3, FAINT));
  const xTicks = [x0, (x0 + x1) / 2, x1].map(fmt);
  xTicks.forEach((t, k) => drawText(img, t, Math.min(width - MARGIN - textWidth(t), Math.max(MARGIN, left + Math.round((k / 2) * (plotW - 1)) - Math.floor(textWidth(t) / 2))), top + plotH + 4, FAINT));
  drawText(img, fitText(options.xLabel, plotW), left + Math.max(0, Math.floor((plotW - textWidth(options.xLabel)) / 2)), top + plotH + 4 + LINE, FAINT);

  series.forEach((s, i) => {
    const color = PALETTE[i % PALETTE.length]!;
    for (let k = 1; k < s.x.length; k++) line(img, px(s.x[k - 1]!), py(s.y[k - 1]!), px(s.x[k]!), py(s.y[k]!), color);
    if (s.x.length === 1) fill(img, px(s.x[0]!) - 1, py(s.y[0]!) - 1, px(s.x[0]!) + 1, py(s.y[0]!) + 1, color);
    const ly = legendTop + i * LINE;
    fill(img, left, ly + 1, left + 9, ly + 6, color);
    drawText(img, fitText(s.label, plotW - 14), left + 14, ly, INK);
  });
  return img;
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
  const barH = per > 1 ? 5 : 9;
  const rowH = Math.max(LINE + 2, per * (barH + 1) + 4);
  const labelW = Math.min(150, Math.max(...rows.map((r) => textWidth(r.label)))) + 8;
  const values = rows.flatMap((r) => r.values);
  const lo = Math.min(0, ...values);
  const hi = Math.max(0, ...values);
  const span = hi - lo || 1;
  const valueW = Math.max(...values.map((v) => textWidth(fmt(v)))) + 6;
  const left = MARGIN + labelW;
  const titleScale = textWidth(options.title, 2) <= MARGIN + labelW + barsW + valueW - MARGIN ? 2 : 1;
  const top = MARGIN + lineHeight(titleScale) + 4;
  const legend = options.seriesLabels && options.seriesLabels.length > 1 ? options.seriesLabels : [];
  const width = left + barsW + valueW + MARGIN;
  const height = top + rows.length * rowH + 4 + legend.length * LINE + MARGIN;
  const img = page(width, height);
  const bx = (v: number): number => left + Math.round(((v - lo) / span) * (barsW - 1));

  drawText(img, fitText(options.title, width - 2 * MARGIN, titleScale), MARGIN, MARGIN, INK, titleScale);
  vline(img, bx(0), top - 2, top + rows.length * rowH, AXIS);
  rows.forEach((r, i) => {
    const y = top + i * rowH;
    drawText(img, fitText(r.label, labelW - 8), MARGIN, y + Math.floor((rowH - 7) / 2), INK);
    r.values.forEach((v, k) => {
      const color = per > 1 ? PALETTE[k % PALETTE.length]! : v >= 0 ? ([214, 39, 40] as const) : ([31, 119, 180] as const);
      const yb = y + 2 + k * (barH + 1);
      const [a, b] = [bx(0), bx(v)].sort((p, q) => p - q) as [number, number];
      fill(img, a, yb, Math.max(a, b), yb + barH - 1, color);
      if (per === 1) drawText(img, fmt(v), bx(hi) + 4, y + Math.floor((rowH - 7) / 2), FAINT);
    });
  });
  legend.forEach((s, k) => {
    const ly = top + rows.length * rowH + 4 + k * LINE;
    fill(img, left, ly + 1, left + 9, ly + 6, PALETTE[k % PALETTE.length]!);
    drawText(img, fitText(s, barsW), left + 14, ly, INK);
  });
  return img;
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

function set(img: RgbaImage, x: number, y: number, c: RGB): void {
  if (x < 0 || y < 0 || x >= img.width || y >= img.height) return;
  img.rgba.set([c[0], c[1], c[2], 255], (y * img.width + x) * 4);
}

function fill(img: RgbaImage, xa: number, ya: number, xb: number, yb: number, c: RGB): void {
  for (let y = ya; y <= yb; y++) for (let x = xa; x <= xb; x++) set(img, x, y, c);
}

function hline(img: RgbaImage, xa: number, xb: number, y: number, c: RGB): void {
  fill(img, xa, y, xb, y, c);
}

function vline(img: RgbaImage, x: number, ya: number, yb: number, c: RGB): void {
  fill(img, x, ya, x, yb, c);
}

function rect(img: RgbaImage, xa: number, ya: number, xb: number, yb: number, c: RGB): void {
  hline(img, xa, xb, ya, c);
  hline(img, xa, xb, yb, c);
  vline(img, xa, ya, yb, c);
  vline(img, xb, ya, yb, c);
}

/** A 2-pixel-wide segment (Bresenham's algorithm). */
function line(img: RgbaImage, xa: number, ya: number, xb: number, yb: number, c: RGB): void {
  const dx = Math.abs(xb - xa);
  const dy = -Math.abs(yb - ya);
  const sx = xa < xb ? 1 : -1;
  const sy = ya < yb ? 1 : -1;
  let err = dx + dy;
  let x = xa;
  let y = ya;
  for (;;) {
    fill(img, x, y, x + 1, y + 1, c);
    if (x === xb && y === yb) return;
    const e2 = 2 * err;
    if (e2 >= dy) {
      err += dy;
      x += sx;
    }
    if (e2 <= dx) {
      err += dx;
      y += sy;
    }
  }
}

/**
 * Layouts of pictures, on the one compositor (figure.ts): a row of pictures with gaps (a batch of heatmaps,
 * a colour bar beside a map), and the grid of a notebook output's PNG — a title, one header per column,
 * optional row labels, captions under each picture, a footer — on an opaque white page, so that labels stay
 * readable on a dark notebook theme, as a printed figure would. Long text wraps within its column and is
 * never drawn into its neighbour.
 */
import { colorbarPixels, type ColorMap } from "../pixels";
import { FAINT, Figure, INK, lineHeight, TEXT_SIZE, wrapText } from "./figure";
import type { RgbaImage } from "./shape";

/** Pixels between the pictures of a row, and before a colour bar. */
export const GAP = 2;
/** Space around a page and between the cells of a grid. */
export const MARGIN = 8;
export const CELL_GAP = 8;

/** A picture with caption lines under it. */
export interface Cell {
  image: RgbaImage;
  caption?: string[];
}

/** What a grid shows besides its cells. */
export interface GridOptions {
  title?: string;
  /** One header per column. */
  headers?: readonly string[];
  /** One label per row, drawn above the row's pictures. */
  rowLabels?: readonly string[];
  /** Lines under the grid. */
  footer?: readonly string[];
}

/** The pictures side by side, top-aligned, `GAP` pixels apart, on a transparent background. */
export function row(tiles: readonly RgbaImage[]): RgbaImage {
  if (tiles.length === 1) return tiles[0]!;
  const width = tiles.reduce((s, t) => s + t.width, 0) + GAP * (tiles.length - 1);
  const figure = new Figure(width, Math.max(...tiles.map((t) => t.height)), "transparent");
  let x = 0;
  for (const t of tiles) {
    figure.picture(t, x, 0);
    x += t.width + GAP;
  }
  return figure.rgba();
}

/** The width of the colour bar beside a picture of `height` pixels. */
export function colorbarWidth(height: number): number {
  return Math.max(8, Math.round(height / 14));
}

/** A vertical strip showing `map` from its top end (t = 1) down to its bottom end (t = −1 signed, 0 sequential). */
export function colorbar(map: ColorMap, height: number): RgbaImage {
  const width = colorbarWidth(height);
  const steps = colorbarPixels(map, height);
  const rgba = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) rgba.set(steps.subarray(4 * y, 4 * y + 4), (y * width + x) * 4);
  return { rgba, width, height };
}

/** `rows` of cells in a grid, columns as wide as their widest cell; see the file comment. */
export function grid(rows: readonly (readonly Cell[])[], options: GridOptions = {}): RgbaImage {
  const headers = options.headers ?? [];
  const columns = Math.max(...rows.map((r) => r.length), headers.length, 1);
  const widths = new Array<number>(columns).fill(0);
  for (const r of rows) r.forEach((c, j) => (widths[j] = Math.max(widths[j]!, c.image.width)));
  const body = widths.reduce((s, w) => s + w, 0) + CELL_GAP * (columns - 1);
  const label = { size: TEXT_SIZE.label };
  const small = { size: TEXT_SIZE.small, colour: FAINT };
  const title = { size: TEXT_SIZE.title, bold: true };
  const line = lineHeight(TEXT_SIZE.label);
  const smallLine = lineHeight(TEXT_SIZE.small);

  const titleLines = options.title ? wrapText(options.title, body, title) : [];
  const headerLines = headers.map((h, j) => wrapText(h, widths[j]!, label));
  const headerHeight = headerLines.length ? Math.max(...headerLines.map((l) => l.length)) * line + 2 : 0;
  const rowLabels = rows.map((_, i) => (options.rowLabels?.[i] ? wrapText(options.rowLabels[i]!, body, label) : []));
  const captions = rows.map((r) => r.map((c, j) => (c.caption ?? []).flatMap((t) => wrapText(t, widths[j]!, small))));
  const rowHeights = rows.map(
    (r, i) =>
      rowLabels[i]!.length * line + Math.max(0, ...r.map((c, j) => c.image.height + (captions[i]![j]!.length ? 3 + captions[i]![j]!.length * smallLine : 0))),
  );
  const footer = (options.footer ?? []).flatMap((t) => wrapText(t, body, small));
  const titleHeight = titleLines.length * lineHeight(TEXT_SIZE.title) + (titleLines.length ? 4 : 0);
  const footerHeight = footer.length ? CELL_GAP + footer.length * smallLine : 0;
  const height = 2 * MARGIN + titleHeight + headerHeight + rowHeights.reduce((s, h) => s + h, 0) + CELL_GAP * (rows.length - 1) + footerHeight;
  const figure = new Figure(body + 2 * MARGIN, height);

  let y = MARGIN;
  titleLines.forEach((t, k) => figure.text(t, MARGIN, y + k * lineHeight(TEXT_SIZE.title), title));
  y += titleHeight;
  let x = MARGIN;
  headerLines.forEach((lines, j) => {
    lines.forEach((t, k) => figure.text(t, x, y + k * line, label));
    x += widths[j]! + CELL_GAP;
  });
  y += headerHeight;
  rows.forEach((r, i) => {
    rowLabels[i]!.forEach((t, k) => figure.text(t, MARGIN, y + k * line, { ...label, colour: INK }));
    const top = y + rowLabels[i]!.length * line;
    let cx = MARGIN;
    r.forEach((c, j) => {
      figure.picture(c.image, cx, top);
      captions[i]![j]!.forEach((t, k) => figure.text(t, cx, top + c.image.height + 3 + k * smallLine, small));
      cx += widths[j]! + CELL_GAP;
    });
    y += rowHeights[i]! + CELL_GAP;
  });
  footer.forEach((t, k) => figure.text(t, MARGIN, y + k * smallLine, small));
  return figure.rgba();
}

/**
 * Laying out the PNG fallback of a display: pictures in a grid on an opaque white page, with a title,
 * column headers and captions drawn in the 5×7 font. The page is opaque so that labels stay readable on a
 * dark notebook theme, as a printed figure would.
 */
import type { RgbaImage } from "../render";
import { drawText, fitText, GLYPH_HEIGHT, textWidth } from "./font";

export const MARGIN = 8;
export const GAP = 6;
export const INK: [number, number, number] = [40, 40, 40];
export const FAINT: [number, number, number] = [120, 120, 120];

/** A picture with caption lines under it. */
export interface Cell {
  image: RgbaImage;
  caption?: string[];
}

/** A white, opaque picture. */
export function page(width: number, height: number): RgbaImage {
  return { rgba: new Uint8Array(width * height * 4).fill(255), width, height };
}

/** Copies `src` into `dst` at (x, y); fully transparent pixels of `src` leave `dst` as it is. */
export function paste(dst: RgbaImage, src: RgbaImage, x: number, y: number): void {
  for (let sy = 0; sy < src.height; sy++) {
    const dy = y + sy;
    if (dy < 0 || dy >= dst.height) continue;
    for (let sx = 0; sx < src.width; sx++) {
      const dx = x + sx;
      if (dx < 0 || dx >= dst.width) continue;
      const s = (sy * src.width + sx) * 4;
      if (src.rgba[s + 3] === 0) continue;
      dst.rgba.set(src.rgba.subarray(s, s + 4), (dy * dst.width + dx) * 4);
    }
  }
}

/** The font scale for `text` in `width` pixels: 2 if it fits, else 1. */
export function scaleFor(text: string, width: number): number {
  return textWidth(text, 2) <= width ? 2 : 1;
}

/** Height of one text line at `scale`, with spacing. */
export function lineHeight(scale: number): number {
  return (GLYPH_HEIGHT + 3) * scale;
}

/**
 * `rows` of cells in a grid (columns as wide as their widest cell), under a `title` and, when given,
 * one header per column. Text that does not fit its column is drawn smaller, then cut with "…".
 */
export function grid(rows: readonly (readonly Cell[])[], options: { title?: string; headers?: readonly string[]; footer?: readonly string[] } = {}): RgbaImage {
  const columns = Math.max(...rows.map((r) => r.length), options.headers?.length ?? 0);
  const widths = new Array<number>(columns).fill(0);
  for (const r of rows) r.forEach((c, j) => (widths[j] = Math.max(widths[j]!, c.image.width)));
  // One text size per kind of text, so that headers (and captions) line up.
  const headers = options.headers ?? [];
  // Headers (method names) wrap after "-" or a space rather than shrink, while each piece fits at size 2.
  const headerScale = headers.every((h, j) => wrap(h, widths[j]!, 2) !== null) ? 2 : 1;
  const headerLines = headers.map((h, j) => wrap(h, widths[j]!, headerScale) ?? [fitText(h, widths[j]!, headerScale)]);
  const captionScale = rows.every((r) => r.every((c, j) => (c.caption ?? []).every((t) => wrap(t, widths[j]!, 2) !== null))) ? 2 : 1;
  const captions = rows.map((r) => r.map((c, j) => (c.caption ?? []).flatMap((t) => wrap(t, widths[j]!, captionScale) ?? [fitText(t, widths[j]!, captionScale)])));
  const headerHeight = headers.length ? Math.max(...headerLines.map((l) => l.length)) * lineHeight(headerScale) : 0;
  const rowHeights = rows.map((r, i) => Math.max(...r.map((c, j) => c.image.height + (captions[i]![j]!.length ? 3 + captions[i]![j]!.length * lineHeight(captionScale) : 0))));
  const body = widths.reduce((s, w) => s + w, 0) + GAP * (columns - 1);
  const titleScale = options.title ? scaleFor(options.title, body) : 1;
  const titleHeight = options.title ? lineHeight(titleScale) + 2 : 0;
  const footer = options.footer ?? [];
  const footerScale = footer.every((t) => scaleFor(t, body) === 2) ? 2 : 1;
  const footerHeight = footer.length ? GAP + footer.length * lineHeight(footerScale) : 0;
  const width = body + 2 * MARGIN;
  const height = 2 * MARGIN + titleHeight + headerHeight + rowHeights.reduce((s, h) => s + h, 0) + GAP * (rows.length - 1) + footerHeight;
  const out = page(width, height);
  let y = MARGIN;
  if (options.title) {
    drawText(out, fitText(options.title, body, titleScale), MARGIN, y, INK, titleScale);
    y += titleHeight;
  }
  if (headers.length) {
    let x = MARGIN;
    headerLines.forEach((lines, j) => {
      lines.forEach((line, k) => drawText(out, line, x, y + k * lineHeight(headerScale), INK, headerScale));
      x += widths[j]! + GAP;
    });
    y += headerHeight;
  }
  rows.forEach((r, i) => {
    let x = MARGIN;
    r.forEach((c, j) => {
      paste(out, c.image, x, y);
      let cy = y + c.image.height + 3;
      for (const t of captions[i]![j]!) {
        drawText(out, t, x, cy, FAINT, captionScale);
        cy += lineHeight(captionScale);
      }
      x += widths[j]! + GAP;
    });
    y += rowHeights[i]! + (i < rows.length - 1 ? GAP : 0);
  });
  if (footer.length) {
    y += GAP;
    for (const t of footer) {
      drawText(out, fitText(t, body, footerScale), MARGIN, y, FAINT, footerScale);
      y += lineHeight(footerScale);
    }
  }
  return out;
}

/** `text` broken after "-" or " " into lines that fit `width` at `scale`, or null if a piece cannot fit. */
export function wrap(text: string, width: number, scale: number): string[] | null {
  const pieces = text.match(/[^- ]+[- ]?|[- ]/g) ?? [text];
  const lines: string[] = [];
  let current = "";
  for (const piece of pieces) {
    if (textWidth((current + piece).trimEnd(), scale) <= width) {
      current += piece;
      continue;
    }
    if (textWidth(piece.trimEnd(), scale) > width) return null;
    if (current) lines.push(current.trimEnd());
    current = piece;
  }
  if (current) lines.push(current.trimEnd());
  return lines;
}

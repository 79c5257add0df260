/**
 * The one compositor of xai-lab's pictures: pictures placed side by side or in a grid, text, lines and bars,
 * drawn with a real 2-D graphics library (Skia, through @napi-rs/canvas) and one font that ships with
 * xai-lab (DejaVu Sans, from the npm package dejavu-fonts-ttf: anti-aliased, with the Greek letters of the
 * rule names ε, γ, α, β), so a figure looks the same on every machine. Pictures are placed pixel for pixel
 * (no smoothing): a heatmap shows exactly which input pixel received the relevance.
 */
import { createCanvas, GlobalFonts, type Canvas, type SKRSContext2D } from "@napi-rs/canvas";
import * as path from "node:path";
import type { RgbaImage } from "./shape";

/** The font family every figure's text is set in, registered from the shipped TrueType file. */
export const FONT_FAMILY = "xai-lab DejaVu Sans";
const BOLD_FAMILY = "xai-lab DejaVu Sans Bold";
/** Text sizes in pixels. */
export const TEXT_SIZE = { title: 15, label: 13, small: 11 } as const;
/** Text colours: labels, and the fainter captions. */
export const INK = "#282828";
export const FAINT = "#6e6e6e";

/** A colour: CSS text, or red, green, blue bytes. */
export type Colour = string | readonly [number, number, number];

/** How a piece of text is drawn: its size, colour and, for one line of `width`, its alignment. */
export interface TextStyle {
  size?: number;
  colour?: Colour;
  bold?: boolean;
  /** Anchor of the x coordinate; default "left". */
  align?: "left" | "center" | "right";
}

/** A drawing surface of `width`×`height` pixels: white and opaque (a page) or transparent. */
export class Figure {
  readonly width: number;
  readonly height: number;
  private readonly canvas: Canvas;
  private readonly ctx: SKRSContext2D;
  private readonly background: "white" | "transparent";

  constructor(width: number, height: number, background: "white" | "transparent" = "white") {
    this.background = background;
    this.width = Math.max(1, Math.round(width));
    this.height = Math.max(1, Math.round(height));
    this.canvas = createCanvas(this.width, this.height);
    this.ctx = this.canvas.getContext("2d");
    this.ctx.imageSmoothingEnabled = false;
    if (background === "white") this.rect(0, 0, this.width, this.height, "#ffffff");
  }

  /** Places `img` with its top-left corner at (x, y), pixel for pixel; its transparent pixels leave the figure as it is. */
  picture(img: RgbaImage, x: number, y: number): void {
    const source = createCanvas(img.width, img.height);
    const ctx = source.getContext("2d");
    const data = ctx.createImageData(img.width, img.height);
    data.data.set(img.rgba);
    ctx.putImageData(data, 0, 0);
    this.ctx.drawImage(source, Math.round(x), Math.round(y));
  }

  /** One line of text with its top at y. */
  text(text: string, x: number, y: number, style: TextStyle = {}): void {
    this.ctx.font = font(style);
    this.ctx.fillStyle = css(style.colour ?? INK);
    this.ctx.textAlign = style.align ?? "left";
    this.ctx.textBaseline = "top";
    this.ctx.fillText(text, x, y);
  }

  /** A filled rectangle. */
  rect(x: number, y: number, width: number, height: number, colour: Colour): void {
    this.ctx.fillStyle = css(colour);
    this.ctx.fillRect(x, y, width, height);
  }

  /** A polyline through `points` ([x, y] pairs), anti-aliased. */
  line(points: readonly (readonly [number, number])[], colour: Colour, width = 1): void {
    if (points.length < 2) return;
    this.ctx.strokeStyle = css(colour);
    this.ctx.lineWidth = width;
    this.ctx.lineJoin = "round";
    this.ctx.beginPath();
    this.ctx.moveTo(points[0]![0], points[0]![1]);
    for (const [x, y] of points.slice(1)) this.ctx.lineTo(x, y);
    this.ctx.stroke();
  }

  /** The outline of a rectangle, on pixel centres (crisp 1-pixel lines). */
  frame(x: number, y: number, width: number, height: number, colour: Colour): void {
    this.ctx.strokeStyle = css(colour);
    this.ctx.lineWidth = 1;
    this.ctx.strokeRect(Math.round(x) + 0.5, Math.round(y) + 0.5, Math.round(width) - 1, Math.round(height) - 1);
  }

  /**
   * The figure's pixels. On a transparent figure, what nothing covers is transparent *white*, so that a
   * viewer that ignores transparency shows white gaps, as on a light page.
   */
  rgba(): RgbaImage {
    const data = this.ctx.getImageData(0, 0, this.width, this.height).data;
    const rgba = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    if (this.background === "transparent") for (let i = 0; i < rgba.length; i += 4) if (rgba[i + 3] === 0) rgba.fill(255, i, i + 3);
    return { rgba, width: this.width, height: this.height };
  }
}

/** The width in pixels of `text` set at `style`'s size. */
export function textWidth(text: string, style: TextStyle = {}): number {
  const ctx = measuring();
  ctx.font = font(style);
  return ctx.measureText(text).width;
}

/** Height of one line of text at `size`, with spacing. */
export function lineHeight(size: number = TEXT_SIZE.label): number {
  return Math.ceil(size * 1.35);
}

/** `text`, cut with "…" where it would be wider than `width`. */
export function fitText(text: string, width: number, style: TextStyle = {}): string {
  if (textWidth(text, style) <= width) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (textWidth(`${text.slice(0, mid).trimEnd()}…`, style) <= width) lo = mid;
    else hi = mid - 1;
  }
  return `${text.slice(0, lo).trimEnd()}…`;
}

/**
 * `text` in lines no wider than `width`: broken after spaces and hyphens, and after "," "=" ":" inside a
 * long piece; a piece that still does not fit is cut with "…". Text never runs past `width`.
 */
export function wrapText(text: string, width: number, style: TextStyle = {}): string[] {
  const pieces = text.match(/[^- ]+[- ]?|[- ]/g) ?? [text];
  const lines: string[] = [];
  let current = "";
  for (const piece of pieces.flatMap((p) => (textWidth(p.trimEnd(), style) <= width ? [p] : (p.match(/[^,=:]+[,=:]?|[,=:]/g) ?? [p])))) {
    if (textWidth((current + piece).trimEnd(), style) <= width) {
      current += piece;
      continue;
    }
    if (current) lines.push(current.trimEnd());
    current = textWidth(piece.trimEnd(), style) <= width ? piece : `${fitText(piece.trimEnd(), width, style)} `;
  }
  if (current.trimEnd()) lines.push(current.trimEnd());
  return lines.length ? lines : [""];
}

/** `src` with every pixel repeated `zoom`×`zoom` times. */
export function enlarge(src: RgbaImage, zoom: number): RgbaImage {
  if (zoom === 1) return src;
  const width = src.width * zoom;
  const height = src.height * zoom;
  const rgba = new Uint8Array(width * height * 4);
  const line = new Uint8Array(width * 4);
  for (let y = 0; y < src.height; y++) {
    for (let x = 0; x < src.width; x++) {
      const from = src.rgba.subarray((y * src.width + x) * 4, (y * src.width + x + 1) * 4);
      for (let k = 0; k < zoom; k++) line.set(from, (x * zoom + k) * 4);
    }
    for (let k = 0; k < zoom; k++) rgba.set(line, (y * zoom + k) * width * 4);
  }
  return { rgba, width, height };
}

let measurer: SKRSContext2D | undefined;
let registered = false;

function measuring(): SKRSContext2D {
  ensureFont();
  measurer ??= createCanvas(1, 1).getContext("2d");
  return measurer;
}

function font(style: TextStyle): string {
  ensureFont();
  return `${style.size ?? TEXT_SIZE.label}px "${style.bold ? BOLD_FAMILY : FONT_FAMILY}"`;
}

/** Registers the shipped fonts once, regular and bold as two families whose names no system font has. */
function ensureFont(): void {
  if (registered) return;
  const dir = path.join(path.dirname(require.resolve("dejavu-fonts-ttf/package.json")), "ttf");
  GlobalFonts.registerFromPath(path.join(dir, "DejaVuSans.ttf"), FONT_FAMILY);
  GlobalFonts.registerFromPath(path.join(dir, "DejaVuSans-Bold.ttf"), BOLD_FAMILY);
  registered = true;
}

function css(c: Colour): string {
  return typeof c === "string" ? c : `rgb(${c[0]}, ${c[1]}, ${c[2]})`;
}

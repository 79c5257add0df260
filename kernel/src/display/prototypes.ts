/**
 * Prototypes from activation maximisation (Montavon et al. 2018, §3): for each class, an input the model
 * scores highly, shown with its score and the settings that produced it — with a weak or no density
 * expert the images look unnatural, and the settings say why.
 */
import { check } from "../errors";
import { PROTOCOL_VERSION, type JsonValue, type Prototype, type PrototypesPayload, type Session } from "../protocol";
import type { PrototypeSetSource } from "./sources";
import { grid, imageRgba, type Cell } from "../render";
import { makeBundle, type DisplayBundle } from "./bundle";
import { className, fmt, settingText } from "../protocol/format";
import { readValues, round, toDense } from "./values";

export interface PrototypeOptions {
  classNames?: readonly string[];
  title?: string;
  zoom?: number;
  /**
   * Pictures per row, in the order given (default: 5 per row in the PNG, one group per class in the
   * widget); given, the widget shows the same rows.
   */
  columns?: number;
  /** A label for each row of `columns` pictures, e.g. the setting a sweep varies ("w = 0.1"). */
  rowLabels?: readonly string[];
}

const MIN_SIDE = 112;

/** The bundle showing a set of prototypes. */
export async function prototypesBundle(set: PrototypeSetSource, options: PrototypeOptions, session: Session): Promise<DisplayBundle> {
  const { shape, data } = await readValues(set.images, "the prototypes' images");
  check(shape.length === 3 || shape.length === 4, () => `the prototypes' images must be a batch [N, H, W] or [N, H, W, C], got shape [${shape.join(", ")}]`);
  const n = shape[0]!;
  const imageShape = shape.slice(1);
  const size = imageShape.reduce((a, b) => a * b, 1);
  check(
    Array.isArray(set.scores) && set.scores.length === n,
    () => `the prototypes need one score per image: ${n} images, ${Array.isArray(set.scores) ? set.scores.length : "no"} scores`,
  );
  const targets = set.targets === undefined ? undefined : typeof set.targets === "number" ? new Array<number>(n).fill(set.targets) : Array.from(set.targets);
  check(
    targets === undefined || (targets.length === n && targets.every((t) => Number.isInteger(t) && t >= 0)),
    () => `targets must be one class index, or one per image (${n}), got ${JSON.stringify(set.targets)}`,
  );
  const classNames = options.classNames?.slice();
  const prototypes: Prototype[] = set.scores.map((s, i) => {
    const image = toDense(data, imageShape, `prototype ${i}`, i * size);
    const history = set.history?.[i];
    const logDensity = set.logDensity?.[i];
    const extra = {
      ...(logDensity !== undefined && Number.isFinite(logDensity) ? { logDensity: round(logDensity) } : {}),
      ...(history ? { history: Array.from(history, round) } : {}),
    };
    if (typeof s === "number") {
      check(Number.isFinite(s), () => `the score of prototype ${i} is ${s}; it must be finite`);
      check(targets !== undefined, "plain-number scores need targets (the class of each image)");
      return { target: targets[i]!, score: s, ...extra, image };
    }
    check(
      s !== null && typeof s === "object" && Number.isInteger(s.class) && s.class >= 0 && Number.isFinite(s.logit),
      () => `the score of prototype ${i} must be { class, logit, ... } or a number, got ${JSON.stringify(s)}`,
    );
    return {
      target: targets?.[i] ?? s.class,
      score: s.logit,
      ...(typeof s.probability === "number" && Number.isFinite(s.probability) ? { probability: s.probability } : {}),
      ...(Number.isInteger(s.predicted) ? { predicted: s.predicted! } : {}),
      ...extra,
      image,
    };
  });
  const settings = jsonSettings(set.settings ?? {});
  const title = options.title ?? set.title ?? "prototypes (activation maximisation)";
  const columns = options.columns ?? 5;
  check(Number.isInteger(columns) && columns >= 1, () => `columns must be a positive integer, got ${String(columns)}`);
  const rowCount = Math.ceil(n / columns);
  const rowLabels = options.rowLabels?.slice();
  check(
    rowLabels === undefined ||
      (options.columns !== undefined && Array.isArray(rowLabels) && rowLabels.length === rowCount && rowLabels.every((s) => typeof s === "string")),
    () =>
      `rowLabels must be one string per row of \`columns\` pictures (${options.columns === undefined ? "give columns too" : `${rowCount} rows`}), got ${JSON.stringify(options.rowLabels)}`,
  );
  const layout = options.columns !== undefined ? { columns, ...(rowLabels ? { rowLabels } : {}) } : {};
  const payload: PrototypesPayload = {
    version: PROTOCOL_VERSION,
    kind: "prototypes",
    title,
    session,
    ...(classNames ? { classNames } : {}),
    prototypes,
    settings,
    ...layout,
  };

  const zoom = options.zoom ?? Math.max(1, Math.ceil(MIN_SIDE / Math.max(imageShape[0]!, imageShape[1]!)));
  const pixels = Float32Array.from(data);
  const cells: Cell[] = prototypes.map((p, i) => ({
    image: imageRgba(pixels.subarray(i * size, (i + 1) * size), imageShape, { zoom }),
    caption: [`class ${className(p.target, classNames)}`, `logit ${fmt(p.score)}`, ...(p.probability !== undefined ? [`p ${fmt(p.probability)}`] : [])],
  }));
  const rows: Cell[][] = [];
  for (let i = 0; i < cells.length; i += columns) rows.push(cells.slice(i, i + columns));
  const settingsText = Object.entries(settings).map(([k, v]) => `${k}: ${settingText(v)}`);
  const picture = grid(rows, { title, footer: settingsText, ...(rowLabels ? { rowLabels } : {}) });
  const lines = [`xai-lab prototypes — ${title}`];
  prototypes.forEach((p, i) => {
    const more = [
      p.probability !== undefined ? `p ${fmt(p.probability)}` : "",
      p.predicted !== undefined ? `predicted ${className(p.predicted, classNames)}` : "",
      p.logDensity !== undefined ? `log p(x) ${fmt(p.logDensity)}` : "",
    ].filter(Boolean);
    lines.push(`  ${i}: class ${className(p.target, classNames)}, logit ${fmt(p.score)}${more.length ? `, ${more.join(", ")}` : ""}`);
  });
  if (settingsText.length) lines.push(`  settings: ${settingsText.join(", ")}`);
  return makeBundle(payload, picture, lines.join("\n"));
}

/** Whether `v` looks like a prototype set: images and one score per image. */
export function isPrototypeSet(v: unknown): v is PrototypeSetSource {
  if (v === null || typeof v !== "object") return false;
  const p = v as Partial<Record<keyof PrototypeSetSource, unknown>>;
  return p.images !== null && typeof p.images === "object" && Array.isArray(p.scores);
}

/** Settings as JSON (the payload must survive a saved notebook); functions and tensors become text. */
function jsonSettings(settings: Readonly<Record<string, unknown>>): Record<string, JsonValue> {
  check(settings !== null && typeof settings === "object", "the prototypes' settings must be an object");
  const out: Record<string, JsonValue> = {};
  for (const [key, value] of Object.entries(settings)) if (value !== undefined) out[key] = toJson(value, 0);
  return out;
}

function toJson(v: unknown, depth: number): JsonValue {
  if (v === null || typeof v === "string" || typeof v === "boolean") return v;
  if (typeof v === "number") return Number.isFinite(v) ? v : String(v);
  if (typeof v === "function") return v.name || "function";
  if (depth > 6) return "…";
  if (Array.isArray(v)) return v.map((x) => toJson(x, depth + 1));
  if (typeof v === "object") {
    const o = v as { shape?: unknown; data?: unknown };
    if (Array.isArray(o.shape) && typeof o.data === "function") return `tensor [${o.shape.join(", ")}]`;
    const out: { [key: string]: JsonValue } = {};
    for (const [key, value] of Object.entries(v)) if (value !== undefined) out[key] = toJson(value, depth + 1);
    return out;
  }
  return String(v);
}

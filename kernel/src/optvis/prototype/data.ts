/**
 * The prototypes as plain data for the notebook widget and for JSON files: no tensors, only typed
 * arrays, shapes and numbers. Entries have the fields of the protocol's `Prototype` (kernel/src/protocol);
 * the display layer adds the envelope (version, session). `prototypesJson` gives the JSON form the CLI
 * writes, with pixel arrays as plain number lists.
 */
import type { PrototypeSettings, Prototypes } from "./prototype";

/** One prototype with its scores. */
export interface PrototypeEntry {
  /** The class the prototype was made for (or its predicted class for a non-class objective). */
  readonly target: number;
  /** The logit of `target`. */
  readonly score: number;
  /** The softmax probability of `target`. */
  readonly probability: number;
  /** The class the model predicts for the prototype. */
  readonly predicted: number;
  /** The expert's log p(x), when an expert was used. */
  readonly logDensity?: number;
  /** The objective at each step. */
  readonly history: readonly number[];
  /** The image without the batch axis: row-major values and their shape (e.g. [28, 28, 1]). */
  readonly image: { readonly data: Float32Array; readonly shape: readonly number[] };
}

export interface PrototypesData {
  readonly kind: "prototypes";
  /** A one-line caption, e.g. "Prototypes of class 3 (pixels, gaussian expert)". */
  readonly title: string;
  readonly prototypes: readonly PrototypeEntry[];
  readonly settings: PrototypeSettings;
}

/** The payload of a `prototype` result (the result keeps its tensors). */
export async function prototypesData(result: Prototypes): Promise<PrototypesData> {
  const [count, ...shape] = result.images.shape;
  const all = (await result.images.data()) as Float32Array;
  const size = all.length / count!;
  return {
    kind: "prototypes",
    title: titleOf(result),
    prototypes: result.scores.map((s, k) => ({
      target: s.class,
      score: s.logit,
      probability: s.probability,
      predicted: s.predicted,
      ...(result.logDensity ? { logDensity: result.logDensity[k]! } : {}),
      history: result.history[k] ?? [],
      image: { data: all.slice(k * size, (k + 1) * size), shape },
    })),
    settings: result.settings,
  };
}

/** The payload as JSON-ready data (pixel arrays as plain number lists). */
export function prototypesJson(payload: PrototypesData): Record<string, unknown> {
  return { ...payload, prototypes: payload.prototypes.map((p) => ({ ...p, image: { shape: [...p.image.shape], data: Array.from(p.image.data) } })) };
}

function titleOf(result: Prototypes): string {
  const s = result.settings;
  const classes = [...new Set(result.scores.map((p) => p.class))];
  const how = [
    s.parameterisation["kind"] === "code" ? "code space" : "pixels",
    s.expert ? `${String(s.expert["kind"])} expert` : null,
    s.local ? "local" : null,
  ]
    .filter(Boolean)
    .join(", ");
  return `Prototype${result.scores.length === 1 ? "" : "s"} of class ${classes.join(", ")} (${how})`;
}

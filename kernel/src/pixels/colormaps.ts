/**
 * Colour maps by name. A *signed* map reads t ∈ [−1, 1] and is meant for relevance, whose sign matters in
 * LRP (Montavon et al. 2018, §4: red for evidence for the class, blue for evidence against, white or black for
 * none). A *sequential* map reads t ∈ [0, 1] and is meant for unsigned data (sensitivity, images).
 * Values outside the domain are clamped to its ends.
 */
import { XaiError, check } from "../errors";
import { viridis } from "./viridis";

/** Red, green, blue as bytes 0–255. */
export type RGB = [number, number, number];

/** A colour map: t ↦ [r, g, b]; `signed` says whether t is read on [−1, 1] (else on [0, 1]). */
export interface ColorMap {
  (t: number): RGB;
  readonly name: string;
  readonly signed: boolean;
}

export type ColorMapName = "bwr" | "coldnhot" | "gray" | "hot" | "viridis";

/** Makes a ColorMap from a function on the map's domain; the result clamps t to it and rejects NaN. */
export function defineColormap(name: string, signed: boolean, f: (t: number) => RGB): ColorMap {
  const lo = signed ? -1 : 0;
  const map = (t: number): RGB => {
    check(typeof t === "number" && !Number.isNaN(t), () => `colour map "${name}" was given ${String(t)}; it needs a number`);
    return f(t < lo ? lo : t > 1 ? 1 : t);
  };
  Object.defineProperty(map, "name", { value: name });
  Object.defineProperty(map, "signed", { value: signed, enumerable: true });
  return map as ColorMap;
}

/**
 * bwr: −1 → blue (0, 0, 255), 0 → white, +1 → red (255, 0, 0), linear in between: the heatmap colours of
 * the LRP literature. Zero relevance is white, so only the evidence stands out.
 */
const bwr = defineColormap("bwr", true, (t) => (t >= 0 ? [255, byte(1 - t), byte(1 - t)] : [byte(1 + t), byte(1 + t), 255]));

/**
 * coldnhot: zero relevance is black; positive goes black → red (t = ½) → yellow (t = 1), negative goes
 * black → blue (t = −½) → cyan (t = −1). Brightness grows with |t|, so strong relevance of either sign stands out.
 */
const coldnhot = defineColormap("coldnhot", true, (t) => {
  const m = Math.abs(t);
  const strong = byte(2 * m);
  const extreme = byte(2 * m - 1);
  return t >= 0 ? [strong, extreme, 0] : [0, extreme, strong];
});

/** gray: black → white. */
const gray = defineColormap("gray", false, (t) => [byte(t), byte(t), byte(t)]);

/** hot: black → red (t = ⅓) → yellow (t = ⅔) → white; every channel rises, in turn. */
const hot = defineColormap("hot", false, (t) => [byte(3 * t), byte(3 * t - 1), byte(3 * t - 2)]);

const MAPS: Record<ColorMapName, ColorMap> = { bwr, coldnhot, gray, hot, viridis: defineColormap("viridis", false, viridis) };

/** The names `colormap()` accepts. */
export const COLORMAP_NAMES: readonly ColorMapName[] = Object.freeze(Object.keys(MAPS) as ColorMapName[]);

/** The colour map called `name` (a ColorMap is passed through); an unknown name fails with the list of names. */
export function colormap(name: ColorMapName | ColorMap | string): ColorMap {
  if (typeof name === "function" && typeof (name as Partial<ColorMap>).signed === "boolean") return name as ColorMap;
  if (typeof name === "string" && Object.prototype.hasOwnProperty.call(MAPS, name)) return MAPS[name as ColorMapName];
  throw new XaiError(`unknown colour map ${typeof name === "string" ? JSON.stringify(name) : String(name)}; known maps: ${COLORMAP_NAMES.join(", ")}`);
}

/** A fraction in [0, 1] (clamped) as a byte. */
function byte(v: number): number {
  return Math.round(255 * (v < 0 ? 0 : v > 1 ? 1 : v));
}

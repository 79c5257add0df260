/**
 * A viridis-like sequential map: dark violet → blue → teal → green → yellow with lightness rising linearly,
 * so equal steps in the data look like equal steps in the picture, also in greyscale and for the common
 * forms of colour blindness. It is computed here, not tabulated: five anchors in CIE L*a*b* (D65), read off
 * the familiar colours of the map at t = 0, ¼, ½, ¾, 1 with L* then set to a straight line from 15 to 91; a*
 * and b* follow a Catmull–Rom spline through the anchors, and each colour is converted to sRGB.
 */
import type { RGB } from "./colormaps";

/** [a*, b*] at t = 0, ¼, ½, ¾, 1. */
const ANCHORS: readonly (readonly [number, number])[] = [
  [41, -32],
  [9, -34],
  [-31, -6],
  [-52, 42],
  [-10, 85],
];
const L0 = 15;
const L1 = 91;
const STEPS = 1024;

let table: Uint8Array | undefined;

/** t ∈ [0, 1] ↦ sRGB bytes, through a table of 1024 entries built on first use. */
export function viridis(t: number): RGB {
  table ??= buildTable();
  const i = 3 * Math.round(t * (STEPS - 1));
  return [table[i]!, table[i + 1]!, table[i + 2]!];
}

/** The colour at t, computed exactly (what the table holds). */
export function viridisExact(t: number): RGB {
  const segments = ANCHORS.length - 1;
  const x = Math.min(t, 1) * segments;
  const k = Math.min(Math.floor(x), segments - 1);
  const u = x - k;
  const at = (j: number): readonly [number, number] => ANCHORS[Math.max(0, Math.min(segments, j))]!;
  const ab = [0, 1].map((d) => catmullRom(at(k - 1)[d]!, at(k)[d]!, at(k + 1)[d]!, at(k + 2)[d]!, u));
  return labToSrgb(L0 + (L1 - L0) * t, ab[0]!, ab[1]!);
}

function buildTable(): Uint8Array {
  const out = new Uint8Array(3 * STEPS);
  for (let i = 0; i < STEPS; i++) out.set(viridisExact(i / (STEPS - 1)), 3 * i);
  return out;
}

/** The uniform Catmull–Rom spline between p1 and p2 (u ∈ [0, 1]); it passes through every anchor. */
function catmullRom(p0: number, p1: number, p2: number, p3: number, u: number): number {
  return 0.5 * (2 * p1 + (p2 - p0) * u + (2 * p0 - 5 * p1 + 4 * p2 - p3) * u * u + (3 * p1 - p0 - 3 * p2 + p3) * u * u * u);
}

/** CIE L*a*b* (D65 white) → sRGB bytes, clipped to the gamut. */
function labToSrgb(L: number, a: number, b: number): RGB {
  const fy = (L + 16) / 116;
  const inv = (f: number): number => (f > 6 / 29 ? f * f * f : 3 * (6 / 29) ** 2 * (f - 4 / 29));
  const X = 0.95047 * inv(fy + a / 500);
  const Y = inv(fy);
  const Z = 1.08883 * inv(fy - b / 200);
  const r = 3.2406 * X - 1.5372 * Y - 0.4986 * Z;
  const g = -0.9689 * X + 1.8758 * Y + 0.0415 * Z;
  const bl = 0.0557 * X - 0.204 * Y + 1.057 * Z;
  const gamma = (c: number): number => {
    const v = c <= 0.0031308 ? 12.92 * c : 1.055 * c ** (1 / 2.4) - 0.055;
    return Math.round(255 * Math.min(1, Math.max(0, v)));
  };
  return [gamma(r), gamma(g), gamma(bl)];
}

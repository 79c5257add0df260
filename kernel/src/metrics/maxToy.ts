/**
 * The paper's continuity toy (methods.md §6; Montavon et al. 2018, Fig. 9): f(x) = max(x1, x2) written
 * as the ReLU net a1 = (x1 − x2)+, a2 = (x2 − x1)+, a3 = (x1 + x2)+, f = (a1 + a2 + a3) / 2. On the line
 * x1 = x2 sensitivity analysis jumps from (1, 0) to (0, 1) and simple Taylor (root εx, i.e. gradient ×
 * input) from (x1, 0) to (0, x2), while deep Taylor LRP (z+) gives ((2x1 − x2)/2, x2/2) for x1 > x2,
 * which is continuous and always sums to f.
 */
import * as tf from "@tensorflow/tfjs";
import { ready } from "../backend";
import { check } from "../errors";
import { continuity } from "./continuity";
import { methodSpec, type Better, type MethodLike } from "./metric";
import { Explainer } from "../attribution/explain";

/** The three methods the paper contrasts, with the labels it uses. */
export const MAX_TOY_METHODS: readonly { readonly spec: MethodLike; readonly label: string }[] = [
  { spec: "sensitivity", label: "sensitivity analysis" },
  { spec: "gradient-x-input", label: "simple Taylor (root εx)" },
  { spec: "zplus", label: "deep Taylor (z+)" },
];

/** The max(x1, x2) ReLU net as a tfjs model: input [2], output one logit, no biases. The caller disposes it. */
export function maxToyModel(): tf.Sequential {
  const model = tf.sequential();
  model.add(tf.layers.dense({ units: 3, inputShape: [2], activation: "relu", useBias: false, name: "max_hidden" }));
  model.add(tf.layers.dense({ units: 1, useBias: false, name: "max_sum" }));
  tf.tidy(() => {
    model.layers[0]!.setWeights([
      tf.tensor2d([
        [1, -1, 1],
        [-1, 1, 1],
      ]),
    ]);
    model.layers[1]!.setWeights([tf.tensor2d([[0.5], [0.5], [0.5]])]);
  });
  return model;
}

export interface GridOptions {
  /** Smallest and largest coordinate (default 0 and 4) and points per axis (default 9). */
  readonly min?: number;
  readonly max?: number;
  readonly n?: number;
  /** Methods (default the paper's three, see MAX_TOY_METHODS). */
  readonly methods?: readonly MethodLike[];
}

/** One method's relevance vectors at the points of a grid or path. */
export interface RelevanceVectors {
  readonly method: string;
  readonly label: string;
  readonly r1: number[];
  readonly r2: number[];
}

export interface RelevanceField {
  /** The grid points, row-major (x2 outer, x1 inner): x1[i], x2[i]. */
  readonly x1: number[];
  readonly x2: number[];
  /** f = max(x1, x2) at each point. */
  readonly f: number[];
  readonly methods: RelevanceVectors[];
}

/** The relevance vector field (R1, R2) of each method on a grid over the input plane, ready for a quiver plot. */
export async function maxToyField(options: GridOptions = {}): Promise<RelevanceField> {
  const { min = 0, max = 4, n = 9 } = options;
  check(Number.isFinite(min) && Number.isFinite(max) && max > min, `the grid needs min < max, got ${min} and ${max}`);
  check(Number.isInteger(n) && n >= 2, `the grid needs at least 2 points per axis, got ${n}`);
  const axis = Array.from({ length: n }, (_, i) => min + ((max - min) * i) / (n - 1));
  const points = axis.flatMap((b) => axis.map((a) => [a, b] as [number, number]));
  const { f, methods } = await relevanceAt(points, options.methods);
  return { x1: points.map((p) => p[0]), x2: points.map((p) => p[1]), f, methods };
}

export interface PathOptions {
  /** Start and end of a straight path (default (3, 1) to (1, 3), crossing x1 = x2 at (2, 2)). */
  readonly from?: readonly [number, number];
  readonly to?: readonly [number, number];
  /** Points on the path, ends included (default 4: no point lies on x1 = x2). */
  readonly points?: number;
  readonly methods?: readonly MethodLike[];
}

export interface MaxToyContinuity {
  readonly metric: "continuity";
  readonly better: Better;
  readonly path: [number, number][];
  readonly f: number[];
  /** Per method: the relevance along the path and its continuity. */
  readonly methods: (RelevanceVectors & { readonly continuity: number })[];
}

/** The evenly spaced points from `from` to `to`. */
export function maxToyPath(options: PathOptions = {}): [number, number][] {
  const { from = [3, 1], to = [1, 3], points = 4 } = options;
  check(Number.isInteger(points) && points >= 2, `a path needs at least 2 points, got ${points}`);
  return Array.from({ length: points }, (_, i) => {
    const t = i / (points - 1);
    return [from[0] + t * (to[0] - from[0]), from[1] + t * (to[1] - from[1])] as [number, number];
  });
}

/** Each method's continuity along a path crossing x1 = x2 (lower is better; z+ stays bounded, the others jump). */
export async function maxToyContinuity(options: PathOptions = {}): Promise<MaxToyContinuity> {
  const path = maxToyPath(options);
  const { f, methods } = await relevanceAt(path, options.methods);
  const measured = [];
  for (const m of methods)
    measured.push({
      ...m,
      continuity: (
        await continuity(
          path,
          m.r1.map((r, i) => [r, m.r2[i]!]),
        )
      ).value,
    });
  return { metric: "continuity", better: "lower", path, f, methods: measured };
}

async function relevanceAt(
  points: readonly (readonly [number, number])[],
  methods?: readonly MethodLike[],
): Promise<{ f: number[]; methods: RelevanceVectors[] }> {
  await ready();
  const list = methods ? methods.map((m) => ({ spec: m, label: methodSpec(m).method })) : MAX_TOY_METHODS;
  const model = maxToyModel();
  const explainer = await Explainer.from(model);
  const x = tf.tensor2d(
    points.map((p) => [...p]),
    [points.length, 2],
  );
  try {
    const out: RelevanceVectors[] = [];
    let f: number[] = [];
    for (const { spec, label } of list) {
      const e = await explainer.explain(x, { ...methodSpec(spec), layers: false, target: 0 });
      let r: number[];
      try {
        r = Array.from(await e.relevance.data());
        f = [...e.score];
      } finally {
        e.dispose();
      }
      out.push({ method: methodSpec(spec).method, label, r1: r.filter((_, i) => i % 2 === 0), r2: r.filter((_, i) => i % 2 === 1) });
    }
    return { f, methods: out };
  } finally {
    x.dispose();
    explainer.dispose();
    model.dispose();
  }
}

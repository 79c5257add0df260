/**
 * Integrated gradients (Sundararajan et al. 2017, "Axiomatic attribution for deep networks"):
 * `R_i = (x_i − x̄_i) ∫₀¹ ∂f_t/∂x_i (x̄ + α(x − x̄)) dα`, the gradient integrated along the straight path
 * from a baseline x̄ to x. Completeness: `Σ_i R_i = f_t(x) − f_t(x̄)` up to the quadrature error. The
 * integral is a quadrature of `steps` nodes: Gauss–Legendre (default, as Captum) or a Riemann sum.
 * With the baseline 0 it is a path version of simple Taylor decomposition (methods.md §2).
 */
import * as tf from "@tensorflow/tfjs";
import { check, describeValue } from "../../errors";
import { forward } from "../../graph/forward";
import { inputGradient } from "../gradient";
import { accumulate, copiesPerPass, repeatTargets } from "./batches";
import { predictedClasses, type Method } from "./method";

/** How the path integral is approximated. */
export type Integration = "gauss-legendre" | "riemann-left" | "riemann-right" | "riemann-middle" | "riemann-trapezoid";

export const INTEGRATIONS: readonly Integration[] = ["gauss-legendre", "riemann-left", "riemann-right", "riemann-middle", "riemann-trapezoid"];

export interface IntegratedGradientsOptions {
  /**
   * The baseline x̄ (default 0): a number, a tensor shaped like one sample (or broadcastable to it), or
   * one baseline per sample ([N, ...], as many as the explained batch).
   */
  baseline?: number | tf.Tensor;
  /** Quadrature nodes along the path (default 50). */
  steps?: number;
  /** The quadrature rule (default "gauss-legendre"). */
  integration?: Integration;
}

export const integratedGradients: Method = {
  name: "integrated-gradients",
  family: "gradient",
  summary: "integrated gradients from a baseline (baseline, steps, integration); Σ R ≈ f(x) − f(baseline)",
  parameters: ["baseline", "steps", "integration"],
  plan: (_graph, options) => {
    const steps = options.steps ?? 50;
    const integration = options.integration ?? "gauss-legendre";
    const baseline = options.baseline ?? 0;
    check(Number.isInteger(steps) && steps >= 1 && steps <= 100_000, () => `steps must be an integer from 1 to 100000, got ${describeValue(steps)}`);
    check(INTEGRATIONS.includes(integration), () => `integration must be one of ${INTEGRATIONS.join(", ")}, got ${describeValue(integration)}`);
    check(integration !== "riemann-trapezoid" || steps >= 2, "the trapezoid rule needs steps ≥ 2");
    check(
      (typeof baseline === "number" && Number.isFinite(baseline)) || (baseline instanceof tf.Tensor && !baseline.isDisposed),
      () => `baseline must be a finite number or a tensor, got ${describeValue(baseline)}`,
    );
    const { alphas, weights } = quadrature(steps, integration);
    const per = copiesPerPass(steps);
    return {
      passes: per,
      checkInput(shape) {
        if (baseline instanceof tf.Tensor) checkBaseline(baseline, shape);
      },
      async compute(chunk) {
        const { graph, batch } = chunk;
        const n = batch.shape[0]!;
        const logits = tf.tidy(() => forward(graph, batch)[graph.output]!);
        const base = baselineFor(baseline, batch.shape, chunk.offset);
        const delta = tf.sub(batch, base);
        try {
          await checkFinite(base);
          const targets = chunk.targets ? [...chunk.targets] : await predictedClasses(logits);
          const ones = batch.shape.slice(1).map(() => 1);
          const sum = await accumulate(steps, per, "integrated gradients", (from, to) => {
            const count = to - from;
            // Path points in blocks of the chunk: node k of every sample, then node k + 1, ...
            const a = tf.tensor(alphas.slice(from, to), [count, 1, ...ones]);
            const w = tf.tensor(weights.slice(from, to), [count, 1, ...ones]);
            const points = tf.reshape(tf.add(base, tf.mul(a, delta)), [count * n, ...batch.shape.slice(1)]);
            const g = inputGradient(graph, points, repeatTargets(targets, count, "blocks")).gradient;
            return tf.sum(tf.mul(tf.reshape(g, [count, ...batch.shape]), w), 0);
          });
          const relevance = tf.tidy(() => tf.mul(delta, sum));
          sum.dispose();
          return { relevance, logits, targets };
        } catch (e) {
          logits.dispose();
          throw e;
        } finally {
          tf.dispose([base, delta]);
        }
      },
    };
  },
};

/** Nodes α_k in [0, 1] and weights w_k (Σ w_k = 1) of the quadrature rule with `m` nodes. */
export function quadrature(m: number, rule: Integration): { alphas: number[]; weights: number[] } {
  switch (rule) {
    case "riemann-left":
    case "riemann-right":
    case "riemann-middle": {
      const shift = rule === "riemann-left" ? 0 : rule === "riemann-right" ? 1 : 0.5;
      return { alphas: Array.from({ length: m }, (_, k) => (k + shift) / m), weights: new Array<number>(m).fill(1 / m) };
    }
    case "riemann-trapezoid":
      return {
        alphas: Array.from({ length: m }, (_, k) => k / (m - 1)),
        weights: Array.from({ length: m }, (_, k) => (k === 0 || k === m - 1 ? 0.5 : 1) / (m - 1)),
      };
    case "gauss-legendre":
      return gaussLegendre(m);
  }
}

/**
 * Gauss–Legendre nodes and weights on [0, 1]: the roots of the Legendre polynomial P_m by Newton's
 * method from Tricomi's estimate, weights 2 / ((1 − t²) P_m'(t)²), mapped from [−1, 1]. Exact for
 * polynomials of degree up to 2m − 1.
 */
function gaussLegendre(m: number): { alphas: number[]; weights: number[] } {
  const alphas: number[] = [];
  const weights: number[] = [];
  for (let i = 1; i <= m; i++) {
    let t = Math.cos((Math.PI * (i - 0.25)) / (m + 0.5));
    let dp = 1;
    for (let iter = 0; iter < 100; iter++) {
      // P_m(t) and P_m'(t) by the three-term recurrence.
      let p0 = 1;
      let p1 = t;
      for (let k = 2; k <= m; k++) [p0, p1] = [p1, ((2 * k - 1) * t * p1 - (k - 1) * p0) / k];
      const p = m === 1 ? t : p1;
      const prev = m === 1 ? 1 : p0;
      dp = (m * (t * p - prev)) / (t * t - 1);
      const next = t - p / dp;
      const done = Math.abs(next - t) < 1e-15;
      t = next;
      if (done) break;
    }
    alphas.push((1 - t) / 2);
    weights.push(1 / ((1 - t * t) * dp * dp));
  }
  return { alphas, weights };
}

/**
 * A baseline of the batch's rank whose first axis is larger than 1 holds one baseline per sample (it
 * must then have one for each); any other baseline is one sample's, broadcast to every sample.
 */
function isPerSample(baseline: tf.Tensor, batchRank: number): boolean {
  return baseline.rank === batchRank && baseline.shape[0]! > 1;
}

/** Whether `baseline` fits a batch of `shape` (as one sample's or one per sample); an XaiError otherwise. */
function checkBaseline(baseline: tf.Tensor, shape: readonly number[]): void {
  const sample = shape.slice(1);
  const b = baseline.shape;
  const fits = (dims: readonly number[]): boolean =>
    dims.length <= sample.length && dims.every((d, i) => d === 1 || d === sample[sample.length - dims.length + i]);
  const ok = isPerSample(baseline, shape.length) ? b[0] === shape[0] && fits(b.slice(1)) : b.length === shape.length ? b[0] === 1 && fits(b.slice(1)) : fits(b);
  check(ok, () => `baseline of shape [${b.join(", ")}] fits neither one sample [${sample.join(", ")}] nor the batch [${shape.join(", ")}]`);
}

/** The chunk's baseline, shaped like the chunk or broadcastable to it (the caller disposes it). */
function baselineFor(baseline: number | tf.Tensor, shape: readonly number[], offset: number): tf.Tensor {
  if (typeof baseline === "number") return tf.scalar(baseline);
  const n = shape[0]!;
  if (isPerSample(baseline, shape.length)) {
    check(offset + n <= baseline.shape[0]!, () => `baseline holds ${baseline.shape[0]} samples; the batch has more`);
    return tf.tidy(() => tf.cast(tf.slice(baseline, [offset], [n]), "float32"));
  }
  const sampleRank = shape.length - 1;
  const dims = baseline.rank === shape.length ? baseline.shape.slice(1) : baseline.shape;
  return tf.tidy(() => tf.reshape(tf.cast(baseline, "float32"), [1, ...new Array<number>(sampleRank - dims.length).fill(1), ...dims]));
}

async function checkFinite(t: tf.Tensor): Promise<void> {
  const bad = tf.tidy(() => tf.any(tf.logicalNot(tf.isFinite(t))));
  try {
    check(!(await bad.data())[0], "baseline contains NaN or Infinity");
  } finally {
    bad.dispose();
  }
}

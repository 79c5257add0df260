/**
 * The Gaussian mixture expert p(x) = Σ_k π_k N(x; μ_k, Σ_k), fitted by EM (Dempster, Laird & Rubin
 * 1977) from k-means++ means. A mixture models several modes of the data (digits written in
 * different styles), so AM with it can settle in one mode instead of the blurred single-Gaussian mean
 * (Montavon et al. 2018, §1). Covariances are diagonal or low-rank + diagonal, which keeps 784-pixel
 * images tractable; the low-rank M-step is one factor-analysis EM step, so every iteration still does
 * not decrease the likelihood (`logLikelihood` records it).
 */
import * as tf from "@tensorflow/tfjs";
import { check } from "../../errors";
import { seeded, type Random } from "../../random";
import { fitData } from "./data";
import { checkFitted, flatSamples, nonNegative, positive, type Expert, type ExpertSpec } from "./expert";
import { transposeTimes, valuesOf } from "./tensors";
import { factorStep, initialFactors, momentsOfData, type FactorModel } from "./factorAnalysis";
import { diagonalForm, lowRankForm, type GaussianForm } from "./gaussianForm";
import { kmeansPlusPlus } from "./kmeans";

export type MixtureCovariance = "diagonal" | "lowrank";

export interface MixtureOptions {
  /** Number of components (default 10). */
  components?: number;
  /** "diagonal" (default) or "lowrank" (W_k·W_kᵀ + diagonal). */
  covariance?: MixtureCovariance;
  /** Rank of each W_k for "lowrank" (default 8). */
  rank?: number;
  /** Largest number of EM iterations (default 100). */
  iterations?: number;
  /** Stop when the mean log-likelihood gains less than this (default 1e-6, relative). */
  tolerance?: number;
  /** Smallest variance of a diagonal or Ψ_k; default 1% of the mean variance of the data. */
  minVariance?: number;
  /** Seed of the k-means++ start (default 0). */
  seed?: number;
}

const EMPTY = 1e-10;

export class GaussianMixtureExpert implements Expert {
  readonly kind = "gmm";
  /** Mean log-likelihood per sample after the start and after each EM iteration. */
  logLikelihood: number[] = [];
  private forms: GaussianForm[] = [];
  private factors: FactorModel[] = [];
  private logWeights: tf.Tensor | null = null;
  private mixing = new Float64Array(0);
  private floor = 0;

  constructor(readonly options: MixtureOptions = {}) {
    check(options !== null && typeof options === "object", "gmm options must be an object");
    if (options.components !== undefined) positive(options.components, "gmm components", true);
    const kind = options.covariance ?? "diagonal";
    check(kind === "diagonal" || kind === "lowrank", () => `gmm covariance '${String(kind)}' is not supported; use diagonal or lowrank`);
    if (options.rank !== undefined) positive(options.rank, "gmm rank", true);
    if (options.iterations !== undefined) positive(options.iterations, "gmm iterations", true);
    if (options.tolerance !== undefined) nonNegative(options.tolerance, "gmm tolerance");
    if (options.minVariance !== undefined) positive(options.minVariance, "gmm minVariance");
  }

  get fitted(): boolean {
    return this.forms.length > 0;
  }

  get dim(): number {
    return this.forms[0]?.dim ?? 0;
  }

  /** Mixing weights π_k. */
  get weights(): Float64Array {
    checkFitted(this);
    return Float64Array.from(this.mixing);
  }

  /** Component means μ_k (copies). */
  get means(): Float64Array[] {
    checkFitted(this);
    return this.forms.map((f) => Float64Array.from(f.mean));
  }

  async fit(data: tf.Tensor): Promise<this> {
    const k = this.options.components ?? 10;
    check(data instanceof tf.Tensor && data.rank >= 2, () => `gmm.fit needs a tf.Tensor of samples [N, ...features]`);
    check(data.shape[0]! >= k, `gmm with ${k} components needs at least ${k} samples, got ${data.shape[0]}: use fewer components or more data`);
    const fd = await fitData(data, "gmm", Math.max(k, 2));
    const covariance = this.options.covariance ?? "diagonal";
    const rank = this.options.rank ?? Math.min(8, fd.d - 1);
    if (covariance === "lowrank") check(rank < fd.d, `gmm rank ${rank} must be smaller than the data dimension ${fd.d}`);
    this.floor = this.options.minVariance ?? 0.01 * fd.meanVariance;
    const random = seeded(this.options.seed ?? 0);
    this.clear();
    try {
      const { labels } = kmeansPlusPlus(await fd.x.data(), fd.n, fd.d, k, random);
      const hard = new Float32Array(fd.n * k);
      labels.forEach((label, i) => (hard[i * k + label] = 1));
      const start = tf.tensor2d(hard, [fd.n, k]);
      try {
        await this.maximise(fd.x, start, covariance, rank, random, true);
      } finally {
        start.dispose();
      }
      const iterations = this.options.iterations ?? 100;
      const tolerance = this.options.tolerance ?? 1e-6;
      let converged = false;
      for (let t = 0; t < iterations && !converged; t++) {
        const { mean, responsibilities } = await this.expect(fd.x);
        try {
          const previous = this.logLikelihood[this.logLikelihood.length - 1];
          this.logLikelihood.push(mean);
          converged = previous !== undefined && mean - previous <= tolerance * Math.abs(previous);
          if (!converged) await this.maximise(fd.x, responsibilities, covariance, rank, random, false);
        } finally {
          responsibilities.dispose();
        }
      }
      if (!converged) {
        const { mean, responsibilities } = await this.expect(fd.x);
        responsibilities.dispose();
        this.logLikelihood.push(mean);
      }
    } catch (e) {
      this.clear();
      throw e;
    } finally {
      fd.x.dispose();
    }
    return this;
  }

  logDensity(x: tf.Tensor): tf.Tensor {
    checkFitted(this);
    return tf.tidy(() => tf.logSumExp(this.jointLog(flatSamples(x, this.dim, "gmm")), 1));
  }

  describe(): ExpertSpec {
    const covariance = this.options.covariance ?? "diagonal";
    return {
      kind: this.kind,
      components: this.options.components ?? 10,
      covariance,
      ...(covariance === "lowrank" ? { rank: this.factors[0]?.W.cols ?? this.options.rank ?? 8 } : {}),
      minVariance: this.floor,
      iterations: Math.max(this.logLikelihood.length - 1, 0),
      logLikelihood: this.logLikelihood[this.logLikelihood.length - 1] ?? null,
      dim: this.dim,
    };
  }

  dispose(): void {
    this.clear();
  }

  /** log π_k + log N(x; μ_k, Σ_k), [N, K]. */
  private jointLog(x: tf.Tensor2D): tf.Tensor {
    return tf.add(
      tf.stack(
        this.forms.map((f) => f.logDensity(x)),
        1,
      ),
      this.logWeights!,
    );
  }

  /** E-step: the responsibilities and the mean log-likelihood under the current parameters. */
  private async expect(x: tf.Tensor2D): Promise<{ mean: number; responsibilities: tf.Tensor2D }> {
    const { average, responsibilities } = tf.tidy(() => {
      const joint = this.jointLog(x);
      const total = tf.logSumExp(joint, 1, true);
      return { average: tf.mean(total), responsibilities: tf.exp(tf.sub(joint, total)) as tf.Tensor2D };
    });
    let mean: number;
    try {
      mean = (await average.data())[0]!;
    } finally {
      average.dispose();
    }
    if (!Number.isFinite(mean)) responsibilities.dispose();
    check(Number.isFinite(mean), "gmm.fit: the log-likelihood became NaN or infinite; increase minVariance");
    return { mean, responsibilities };
  }

  /** M-step: weights, means, and covariances from the responsibilities [N, K]. */
  private async maximise(
    x: tf.Tensor2D,
    responsibilities: tf.Tensor2D,
    covariance: MixtureCovariance,
    rank: number,
    random: Random,
    start: boolean,
  ): Promise<void> {
    const n = x.shape[0];
    const d = x.shape[1];
    const k = responsibilities.shape[1];
    const counts = (await valuesOf(() => tf.sum(responsibilities, 0))).map((c) => Math.max(c, EMPTY));
    const meanValues = await valuesOf(() => tf.div(transposeTimes(responsibilities, x), tf.expandDims(tf.tensor1d(Float32Array.from(counts)), 1)));
    const forms: GaussianForm[] = [];
    const factors: FactorModel[] = [];
    try {
      for (let c = 0; c < k; c++) {
        const mean = Float64Array.from(meanValues.subarray(c * d, (c + 1) * d));
        const { xc, weights } = tf.tidy(() => ({
          xc: tf.sub(x, tf.tensor1d(Float32Array.from(mean))) as tf.Tensor2D,
          weights: tf.reshape(tf.slice(responsibilities, [0, c], [n, 1]), [n]) as tf.Tensor1D,
        }));
        try {
          const moments = await momentsOfData(xc, weights, EMPTY);
          if (covariance === "diagonal") {
            forms.push(
              diagonalForm(
                mean,
                moments.diag.map((v) => Math.max(v, this.floor)),
              ),
            );
          } else {
            const model = start ? await initialFactors(moments, rank, this.floor, random) : await factorStep(moments, this.factors[c]!, this.floor);
            factors.push(model);
            forms.push(lowRankForm(mean, model.W, model.psi));
          }
        } finally {
          tf.dispose([xc, weights]);
        }
      }
    } catch (e) {
      forms.forEach((f) => f.dispose());
      throw e;
    }
    this.forms.forEach((f) => f.dispose());
    this.logWeights?.dispose();
    this.forms = forms;
    this.factors = factors;
    this.mixing = counts.map((c) => c / n);
    this.logWeights = tf.tensor1d(Float32Array.from(this.mixing, Math.log));
  }

  private clear(): void {
    this.forms.forEach((f) => f.dispose());
    this.forms = [];
    this.factors = [];
    this.logWeights?.dispose();
    this.logWeights = null;
    this.logLikelihood = [];
  }
}

/**
 * A Gaussian-mixture expert: `gmm({ components: 10 })` is unfitted (call `await expert.fit(images)`);
 * `await gmm(images, options)` fits it at once.
 */
export function gmm(data: tf.Tensor, options?: MixtureOptions): Promise<GaussianMixtureExpert>;
export function gmm(options?: MixtureOptions): GaussianMixtureExpert;
export function gmm(dataOrOptions?: tf.Tensor | MixtureOptions, options: MixtureOptions = {}): GaussianMixtureExpert | Promise<GaussianMixtureExpert> {
  return dataOrOptions instanceof tf.Tensor ? new GaussianMixtureExpert(options).fit(dataOrOptions) : new GaussianMixtureExpert(dataOrOptions ?? {});
}

/**
 * The Gaussian expert p(x) = N(x; μ, Σ), fitted by maximum likelihood (μ the sample mean, Σ the
 * covariance with divisor N). With it, AM maximises log p(ω_c|x) − ½(x−μ)ᵀΣ⁻¹(x−μ): the prototype is
 * pulled towards the data mean along the directions in which the data varies little (Montavon et al.
 * 2018, §1). A full covariance of images is singular (border pixels never vary), hence the ridge; for
 * large d the low-rank + diagonal form (factor analysis) is cheaper and needs no ridge.
 */
import * as tf from "@tensorflow/tfjs";
import { check } from "../../errors";
import { seeded } from "../../random";
import { covarianceOf, fitData } from "./data";
import { checkFitted, flatSamples, nonNegative, positive, type Expert, type ExpertSpec } from "./expert";
import { factorStep, initialFactors, type FactorModel } from "./factorAnalysis";
import { COVARIANCE_KINDS, diagonalForm, fullForm, lowRankForm, type CovarianceKind, type GaussianForm } from "./gaussianForm";
import { matrix, multiply, type Matrix } from "./linalg";

export interface GaussianOptions {
  /** "full" (default), "diagonal" or "lowrank" (W·Wᵀ + diagonal). */
  covariance?: CovarianceKind;
  /** Rank of W for "lowrank" (default 32, at most d − 1). */
  rank?: number;
  /** Added to the diagonal of a full covariance; default 1% of the mean variance of the data. */
  ridge?: number;
  /** Smallest variance of a diagonal or of Ψ ("diagonal", "lowrank"); default 1% of the mean variance. */
  minVariance?: number;
  /** EM steps of the low-rank fit (default 30). */
  iterations?: number;
  /** Seed of the low-rank fit's random start (default 0). */
  seed?: number;
}

export class GaussianExpert implements Expert {
  readonly kind = "gaussian";
  private form: GaussianForm | null = null;
  private used: Record<string, number> = {};

  constructor(readonly options: GaussianOptions = {}) {
    check(options !== null && typeof options === "object", "gaussian options must be an object");
    const kind = options.covariance ?? "full";
    check(COVARIANCE_KINDS.includes(kind), () => `gaussian covariance '${String(kind)}' is not known; use ${COVARIANCE_KINDS.join(", ")}`);
    if (options.rank !== undefined) positive(options.rank, "gaussian rank", true);
    if (options.ridge !== undefined) nonNegative(options.ridge, "gaussian ridge");
    if (options.minVariance !== undefined) positive(options.minVariance, "gaussian minVariance");
    if (options.iterations !== undefined) positive(options.iterations, "gaussian iterations", true);
  }

  get fitted(): boolean {
    return this.form !== null;
  }

  get dim(): number {
    return this.form?.dim ?? 0;
  }

  /** The fitted mean μ (a copy). */
  get mean(): Float64Array {
    checkFitted(this);
    return Float64Array.from(this.form!.mean);
  }

  /** log|Σ| of the fitted covariance (ridge included). */
  get logDet(): number {
    checkFitted(this);
    return this.form!.logDet;
  }

  async fit(data: tf.Tensor): Promise<this> {
    const kind = this.options.covariance ?? "full";
    const fd = await fitData(data, "gaussian");
    try {
      const next =
        kind === "diagonal"
          ? this.fitDiagonal(fd.mean, fd.variance, fd.meanVariance)
          : await this.fitCovariance(kind, fd.x, fd.mean, fd.variance, fd.meanVariance);
      this.form?.dispose();
      this.form = next;
    } finally {
      fd.x.dispose();
    }
    return this;
  }

  logDensity(x: tf.Tensor): tf.Tensor {
    checkFitted(this);
    return tf.tidy(() => this.form!.logDensity(flatSamples(x, this.form!.dim, "gaussian")));
  }

  describe(): ExpertSpec {
    return { kind: this.kind, covariance: this.options.covariance ?? "full", ...this.used, dim: this.dim };
  }

  dispose(): void {
    this.form?.dispose();
    this.form = null;
  }

  private fitDiagonal(mean: Float64Array, variance: Float64Array, meanVariance: number): GaussianForm {
    const floor = this.options.minVariance ?? 0.01 * meanVariance;
    this.used = { minVariance: floor };
    return diagonalForm(
      mean,
      variance.map((v) => Math.max(v, floor)),
    );
  }

  private async fitCovariance(
    kind: "full" | "lowrank",
    x: tf.Tensor2D,
    mean: Float64Array,
    variance: Float64Array,
    meanVariance: number,
  ): Promise<GaussianForm> {
    const [n, d] = x.shape;
    const S = matrix(d, d, covarianceOf(await x.data(), n, d, mean));
    if (kind === "full") {
      const ridge = this.options.ridge ?? 0.01 * meanVariance;
      this.used = { ridge };
      for (let i = 0; i < d; i++) S.data[i * d + i]! += ridge;
      return fullForm(mean, S);
    }
    const rank = this.options.rank ?? Math.min(32, d - 1);
    check(rank < d, `gaussian rank ${rank} must be smaller than the data dimension ${d}`);
    const floor = this.options.minVariance ?? 0.01 * meanVariance;
    const iterations = this.options.iterations ?? 30;
    this.used = { rank, minVariance: floor, iterations };
    const moments = { diag: variance, times: async (m: Matrix) => multiply(S, m) };
    let model: FactorModel = await initialFactors(moments, rank, floor, seeded(this.options.seed ?? 0));
    for (let t = 0; t < iterations; t++) model = await factorStep(moments, model, floor);
    return lowRankForm(mean, model.W, model.psi);
  }
}

/**
 * A Gaussian expert: `gaussian({ covariance: "lowrank" })` is unfitted (call `await expert.fit(images)`);
 * `await gaussian(images, options)` fits it at once.
 */
export function gaussian(data: tf.Tensor, options?: GaussianOptions): Promise<GaussianExpert>;
export function gaussian(options?: GaussianOptions): GaussianExpert;
export function gaussian(dataOrOptions?: tf.Tensor | GaussianOptions, options: GaussianOptions = {}): GaussianExpert | Promise<GaussianExpert> {
  return dataOrOptions instanceof tf.Tensor ? new GaussianExpert(options).fit(dataOrOptions) : new GaussianExpert(dataOrOptions ?? {});
}

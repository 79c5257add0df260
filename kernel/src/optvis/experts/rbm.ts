/**
 * The Gaussian-binary restricted Boltzmann machine expert (Hinton & Salakhutdinov 2006; Cho et al.
 * 2011), trained by contrastive divergence CD-k (Hinton 2002). Visible units are real (pixels),
 * hidden units binary. In standardised units u = (x − m)/σ (per feature, σ floored) the energy is
 *   E(u, h) = ½‖u − b‖² − cᵀh − uᵀWh,
 * and summing out h gives the free energy F(u) = ½‖u − b‖² − Σ_j softplus(c_j + uᵀW_j), so that
 *   log p(x) = −F(u(x)) − Σ_i log σ_i − log Z.
 * `logDensity` returns −F − Σ log σ: the log-density up to the constant log Z, which does not change
 * the gradient AM follows (Montavon et al. 2018, §1 name the RBM among the experts).
 */
import * as tf from "@tensorflow/tfjs";
import { check } from "../../errors";
import { permutation, seeded, type Random } from "../../random";
import { fitData } from "./data";
import { checkFitted, flatSamples, positive, nonNegative, type Expert, type ExpertSpec } from "./expert";
import { transposeTimes, valuesOf } from "./tensors";

export interface RbmOptions {
  /** Number of hidden units (default 64). */
  hidden?: number;
  /** Gibbs steps per CD update (default 1). */
  k?: number;
  /** Passes over the data (default 20). */
  epochs?: number;
  /** Samples per update (default 64). */
  batchSize?: number;
  /** Step size (default 0.01). */
  learningRate?: number;
  /** Momentum of the updates (default 0.5). */
  momentum?: number;
  /** L2 weight decay on W (default 1e-4). */
  weightDecay?: number;
  /** Per-feature σ is the data's standard deviation floored at this fraction of the mean one (default 0.1). */
  minSigma?: number;
  /** Seed for initial weights, shuffling and Gibbs sampling (default 0). */
  seed?: number;
}

interface Parameters {
  W: tf.Tensor2D;
  b: tf.Tensor1D;
  c: tf.Tensor1D;
}

export class GaussianBinaryRbm implements Expert {
  readonly kind = "rbm";
  /** Mean squared reconstruction error (in data units, per feature) after each epoch; index 0 is before training. */
  reconstructionError: number[] = [];
  private params: Parameters | null = null;
  private centre: tf.Tensor1D | null = null;
  private scale: tf.Tensor1D | null = null;
  private logSigma = 0;

  constructor(readonly options: RbmOptions = {}) {
    check(options !== null && typeof options === "object", "rbm options must be an object");
    for (const key of ["hidden", "k", "epochs", "batchSize"] as const) if (options[key] !== undefined) positive(options[key], `rbm ${key}`, true);
    if (options.learningRate !== undefined) positive(options.learningRate, "rbm learningRate");
    if (options.minSigma !== undefined) positive(options.minSigma, "rbm minSigma");
    if (options.momentum !== undefined) nonNegative(options.momentum, "rbm momentum");
    if (options.weightDecay !== undefined) nonNegative(options.weightDecay, "rbm weightDecay");
  }

  get fitted(): boolean {
    return this.params !== null;
  }

  get dim(): number {
    return this.centre?.shape[0] ?? 0;
  }

  async fit(data: tf.Tensor): Promise<this> {
    const fd = await fitData(data, "rbm");
    const o = { hidden: 64, k: 1, epochs: 20, batchSize: 64, learningRate: 0.01, momentum: 0.5, weightDecay: 1e-4, minSigma: 0.1, seed: 0, ...this.options };
    const random = seeded(o.seed);
    const meanSigma = Math.sqrt(fd.meanVariance);
    const sigma = Float32Array.from(fd.variance, (v) => Math.max(Math.sqrt(v), o.minSigma * meanSigma));
    this.clear();
    this.centre = tf.tensor1d(Float32Array.from(fd.mean));
    this.scale = tf.tensor1d(sigma);
    this.logSigma = sigma.reduce((s, v) => s + Math.log(v), 0);
    const u = tf.tidy(() => tf.div(tf.sub(fd.x, this.centre!), this.scale!) as tf.Tensor2D);
    fd.x.dispose();
    try {
      this.params = {
        W: tf.tensor2d(
          random.normals(fd.d * o.hidden).map((v) => 0.01 * v),
          [fd.d, o.hidden],
        ),
        b: tf.zeros([fd.d]),
        c: tf.zeros([o.hidden]),
      };
      let velocity: Parameters = { W: tf.zerosLike(this.params.W), b: tf.zerosLike(this.params.b), c: tf.zerosLike(this.params.c) };
      this.reconstructionError.push(await this.reconstruction(u));
      for (let epoch = 0; epoch < o.epochs; epoch++) {
        const order = permutation(fd.n, random.uniform);
        for (let start = 0; start < fd.n; start += o.batchSize) {
          const rows = order.subarray(start, Math.min(start + o.batchSize, fd.n));
          const next = this.cdUpdate(u, rows, velocity, o, random);
          tf.dispose([this.params.W, this.params.b, this.params.c, velocity.W, velocity.b, velocity.c]);
          this.params = next.params;
          velocity = next.velocity;
        }
        this.reconstructionError.push(await this.reconstruction(u));
      }
      tf.dispose([velocity.W, velocity.b, velocity.c]);
    } catch (e) {
      this.clear();
      throw e;
    } finally {
      u.dispose();
    }
    return this;
  }

  logDensity(x: tf.Tensor): tf.Tensor {
    checkFitted(this);
    return tf.tidy(() => {
      const u = tf.div(tf.sub(flatSamples(x, this.dim, "rbm"), this.centre!), this.scale!) as tf.Tensor2D;
      return tf.sub(tf.neg(this.freeEnergy(u)), this.logSigma);
    });
  }

  /** The free energy F(u) of standardised samples u [N, d]. */
  freeEnergy(u: tf.Tensor2D): tf.Tensor {
    checkFitted(this);
    const { W, b, c } = this.params!;
    return tf.tidy(() => tf.sub(tf.mul(tf.sum(tf.square(tf.sub(u, b)), 1), 0.5), tf.sum(tf.softplus(tf.add(tf.matMul(u, W), c)), 1)));
  }

  /** The fitted parameters as plain arrays: W [d, hidden] row-major, b [d], c [hidden], the centre m and scale σ. */
  async parameters(): Promise<{ W: Float32Array; shape: [number, number]; b: Float32Array; c: Float32Array; mean: Float32Array; sigma: Float32Array }> {
    checkFitted(this);
    const { W, b, c } = this.params!;
    return {
      W: (await W.data()) as Float32Array,
      shape: [W.shape[0], W.shape[1]],
      b: (await b.data()) as Float32Array,
      c: (await c.data()) as Float32Array,
      mean: (await this.centre!.data()) as Float32Array,
      sigma: (await this.scale!.data()) as Float32Array,
    };
  }

  describe(): ExpertSpec {
    const { hidden = 64, k = 1, epochs = 20, batchSize = 64, learningRate = 0.01, seed = 0 } = this.options;
    return {
      kind: this.kind,
      hidden,
      k,
      epochs,
      batchSize,
      learningRate,
      seed,
      reconstructionError: this.reconstructionError[this.reconstructionError.length - 1] ?? null,
      dim: this.dim,
    };
  }

  dispose(): void {
    this.clear();
  }

  /** One CD-k update on the rows `rows` of the standardised data. */
  private cdUpdate(
    u: tf.Tensor2D,
    rows: Int32Array,
    velocity: Parameters,
    o: Required<RbmOptions>,
    random: Random,
  ): { params: Parameters; velocity: Parameters } {
    const { W, b, c } = this.params!;
    const m = rows.length;
    const d = u.shape[1];
    const hidden = W.shape[1];
    return tf.tidy(() => {
      const v0 = tf.gather(u, tf.tensor1d(rows, "int32")) as tf.Tensor2D;
      const ph0 = tf.sigmoid(tf.add(tf.matMul(v0, W), c)) as tf.Tensor2D;
      let h = bernoulli(ph0, random, m * hidden);
      let vk: tf.Tensor2D = v0;
      let phk: tf.Tensor2D = ph0;
      for (let step = 0; step < o.k; step++) {
        const mean = tf.add(tf.matMul(h, W, false, true), b);
        vk = tf.add(mean, tf.tensor2d(random.normals(m * d), [m, d])) as tf.Tensor2D;
        phk = tf.sigmoid(tf.add(tf.matMul(vk, W), c)) as tf.Tensor2D;
        if (step < o.k - 1) h = bernoulli(phk, random, m * hidden);
      }
      const gradW = tf.sub(tf.div(tf.sub(transposeTimes(v0, ph0), transposeTimes(vk, phk)), m), tf.mul(W, o.weightDecay));
      const gradB = tf.mean(tf.sub(v0, vk), 0);
      const gradC = tf.mean(tf.sub(ph0, phk), 0);
      const vW = tf.add(tf.mul(velocity.W, o.momentum), tf.mul(gradW, o.learningRate)) as tf.Tensor2D;
      const vb = tf.add(tf.mul(velocity.b, o.momentum), tf.mul(gradB, o.learningRate)) as tf.Tensor1D;
      const vc = tf.add(tf.mul(velocity.c, o.momentum), tf.mul(gradC, o.learningRate)) as tf.Tensor1D;
      return {
        params: { W: tf.add(W, vW) as tf.Tensor2D, b: tf.add(b, vb) as tf.Tensor1D, c: tf.add(c, vc) as tf.Tensor1D },
        velocity: { W: vW, b: vb, c: vc },
      };
    });
  }

  /** Mean squared error of the mean-field reconstruction E[x | p(h|x)], in data units. */
  private async reconstruction(u: tf.Tensor2D): Promise<number> {
    const { W, b, c } = this.params!;
    const error = await valuesOf(() => {
      const ph = tf.sigmoid(tf.add(tf.matMul(u, W), c));
      const back = tf.add(tf.matMul(ph, W, false, true), b);
      return tf.mean(tf.square(tf.mul(tf.sub(u, back), this.scale!)));
    });
    return error[0]!;
  }

  private clear(): void {
    if (this.params) tf.dispose([this.params.W, this.params.b, this.params.c]);
    this.params = null;
    this.centre?.dispose();
    this.scale?.dispose();
    this.centre = null;
    this.scale = null;
    this.reconstructionError = [];
  }
}

/**
 * A Gaussian-binary RBM expert: `rbm({ hidden: 64 })` is unfitted (call `await expert.fit(images)`);
 * `await rbm(images, options)` trains it at once.
 */
export function rbm(data: tf.Tensor, options?: RbmOptions): Promise<GaussianBinaryRbm>;
export function rbm(options?: RbmOptions): GaussianBinaryRbm;
export function rbm(dataOrOptions?: tf.Tensor | RbmOptions, options: RbmOptions = {}): GaussianBinaryRbm | Promise<GaussianBinaryRbm> {
  return dataOrOptions instanceof tf.Tensor ? new GaussianBinaryRbm(options).fit(dataOrOptions) : new GaussianBinaryRbm(dataOrOptions ?? {});
}

function bernoulli(p: tf.Tensor2D, random: Random, size: number): tf.Tensor2D {
  const u = new Float32Array(size);
  for (let i = 0; i < size; i++) u[i] = random.uniform();
  return tf.cast(tf.less(tf.tensor2d(u, p.shape), p), "float32") as tf.Tensor2D;
}

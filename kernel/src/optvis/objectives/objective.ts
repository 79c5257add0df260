/**
 * Objectives: what activation maximisation maximises (Montavon et al. 2018, §1; the Lucid design).
 * An objective maps the current batch of prototypes to one number per prototype; objectives add and
 * scale, so that a class score, a density expert and penalties are written as one sum:
 *
 *   logit(3).plus(logDensity(expert)).plus(l2({ lambda: 0.01 }))
 *
 * Every prototype of a batch is optimised independently: the loop maximises the sum over the batch
 * of these per-prototype values, whose gradient for one prototype involves that prototype only.
 */
import * as tf from "@tensorflow/tfjs";
import { check } from "../../errors";

/** A serialisable description of an objective (recorded in a prototype's settings). */
export type ObjectiveSpec =
  | { readonly kind: "sum"; readonly terms: readonly ObjectiveSpec[] }
  | { readonly kind: "scale"; readonly factor: number; readonly term: ObjectiveSpec }
  | { readonly kind: string; readonly [parameter: string]: unknown };

/** What the model looks like, for checking an objective before the ascent starts. */
export interface ModelInfo {
  /** Number of classes (the width of the logits). */
  readonly classes: number;
  /** Output shape (batch first, batch as null) of each layer, by layer name. */
  readonly layers: ReadonlyMap<string, readonly (number | null)[]>;
  /** The model input shape without the batch axis. */
  readonly inputShape: readonly number[];
  /** Name of the final softmax layer that was removed (the logits are its input), if any. */
  readonly removedSoftmax?: string | null;
}

/** What an objective can read while the loop evaluates it. All tensors have the batch of prototypes first. */
export interface ObjectiveContext {
  /** The prototypes in data space, before the transforms: [K, ...inputShape]. */
  readonly image: tf.Tensor;
  /** The code z of a code-space parameterisation (x = g(z)), or null for pixel parameterisations. */
  readonly code: tf.Tensor | null;
  /** The model's logits (a final softmax is removed) on the transformed prototypes: [K, classes]. */
  logits(): tf.Tensor;
  /** The output of the named layer on the transformed prototypes (after its activation). */
  layer(name: string): tf.Tensor;
}

/** Maps the context to one value per prototype, shape [K]. Runs inside the loop's gradient tape. */
export type Evaluate = (context: ObjectiveContext) => tf.Tensor;

/** An objective to maximise. Build them with the functions of `objectives` and `regularisers`. */
export class Objective {
  /**
   * @param spec what the objective is, as plain data
   * @param evaluateFn the per-prototype value
   * @param checkFn checks the objective against the model (class index, layer name) before the ascent
   * @param target the class this objective is about, if it is a class score (used to report scores)
   */
  constructor(
    readonly spec: ObjectiveSpec,
    private readonly evaluateFn: Evaluate,
    private readonly checkFn: (info: ModelInfo) => void = () => undefined,
    readonly target: number | null = null,
  ) {}

  /** One value per prototype, [K]. */
  evaluate(context: ObjectiveContext): tf.Tensor {
    return this.evaluateFn(context);
  }

  /** Throws an XaiError naming the problem if this objective cannot be evaluated on the model. */
  check(info: ModelInfo): void {
    this.checkFn(info);
  }

  /** This objective plus `other`. */
  plus(other: Objective): Objective {
    check(other instanceof Objective, "objective.plus needs another objective");
    const terms = [...termsOf(this.spec), ...termsOf(other.spec)];
    return new Objective(
      { kind: "sum", terms },
      (c) => tf.add(this.evaluate(c), other.evaluate(c)),
      (info) => {
        this.check(info);
        other.check(info);
      },
      this.target ?? other.target,
    );
  }

  /** This objective minus `other`. */
  minus(other: Objective): Objective {
    check(other instanceof Objective, "objective.minus needs another objective");
    return this.plus(other.times(-1));
  }

  /** This objective multiplied by `factor`. */
  times(factor: number): Objective {
    check(typeof factor === "number" && Number.isFinite(factor), () => `objective.times needs a finite number, got ${String(factor)}`);
    return new Objective(
      { kind: "scale", factor, term: this.spec },
      (c) => tf.mul(this.evaluate(c), factor),
      (info) => this.check(info),
      this.target,
    );
  }

  /** A short readable formula, e.g. "logit(3) + 0.1·totalVariation". */
  toString(): string {
    return formula(this.spec);
  }

  toJSON(): ObjectiveSpec {
    return this.spec;
  }
}

/** Sum of a list of objectives (null for an empty list). */
export function sumOf(objectives: readonly Objective[]): Objective | null {
  return objectives.reduce<Objective | null>((sum, o) => (sum ? sum.plus(o) : o), null);
}

function termsOf(spec: ObjectiveSpec): readonly ObjectiveSpec[] {
  return spec.kind === "sum" ? (spec as { terms: readonly ObjectiveSpec[] }).terms : [spec];
}

function formula(spec: ObjectiveSpec): string {
  if (spec.kind === "sum") return (spec as { terms: readonly ObjectiveSpec[] }).terms.map(formula).join(" + ");
  if (spec.kind === "scale") {
    const s = spec as { factor: number; term: ObjectiveSpec };
    const inner = formula(s.term);
    return `${s.factor}·${s.term.kind === "sum" ? `(${inner})` : inner}`;
  }
  const params = Object.entries(spec)
    .filter(([k]) => k !== "kind")
    .map(([k, v]) => `${k}=${typeof v === "object" ? JSON.stringify(v) : String(v)}`);
  return `${spec.kind}(${params.join(", ")})`;
}

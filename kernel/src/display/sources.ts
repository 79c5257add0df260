/**
 * What `show()` accepts besides explanations: the plain shapes that the metrics and activation-maximisation
 * code hand to the display. They are structural so that producers need not import the display (a
 * tf.Tensor satisfies `TensorLike`); only the display reads them.
 */

/** Anything with a shape and an asynchronous read of its values, row-major: a tf.Tensor, for one. */
export interface TensorLike {
  readonly shape: readonly number[];
  data(): Promise<ArrayLike<number>>;
}

/** Plain values with a shape, e.g. `{ shape: [28, 28], data: pixels }`. */
export interface ArrayLikeWithShape {
  readonly shape: readonly number[];
  readonly data: ArrayLike<number>;
}

/** An array for display: a tensor, or plain values with their shape. */
export type Values = TensorLike | ArrayLikeWithShape;

/**
 * A curve, as metrics return it (e.g. the pixel-flipping curve: x = fraction of patches flipped,
 * y = the class score). `show()` takes one curve or a list of curves drawn on the same axes.
 */
export interface CurveSource {
  readonly x: ArrayLike<number>;
  readonly y: ArrayLike<number>;
  /** The legend entry; default the method, else "curve i". */
  readonly label?: string;
  /** The explanation method the curve evaluates, used as the default label. */
  readonly method?: string;
  readonly auc?: number;
  readonly xLabel?: string;
  readonly yLabel?: string;
  /** Whether a higher AUC is better; pixel-flipping: false. */
  readonly higherIsBetter?: boolean;
  readonly title?: string;
}

/** How one prototype scores, as activation maximisation reports it. */
export interface PrototypeScoreLike {
  /** The class the prototype was made for. */
  readonly class: number;
  readonly logit: number;
  readonly probability?: number;
  readonly predicted?: number;
}

/**
 * Prototypes found by activation maximisation, as `xai.prototype()` returns them (scores as objects), or
 * in plain form (scores as numbers, with `targets`).
 */
export interface PrototypeSetSource {
  /** A batch of images [N, H, W, C] (or [N, H, W]). */
  readonly images: Values;
  /** Per image: its class score object, or its score (then `targets` gives the classes). */
  readonly scores: readonly (PrototypeScoreLike | number)[];
  /** The class of each image, or one class for all; needed when `scores` are numbers. */
  readonly targets?: readonly number[] | number;
  /** history[k][t]: the objective of image k at step t. */
  readonly history?: readonly (readonly number[])[];
  /** The density expert's log p(x) per image, or null. */
  readonly logDensity?: readonly number[] | null;
  /** The settings used (objective, expert, steps, ...); values that are not JSON are shown as text. */
  readonly settings?: Readonly<Record<string, unknown>>;
  readonly title?: string;
}

/**
 * A pixel-flipping result, as `xai.metrics.pixelFlipping()` returns it: the mean score curve over the
 * number of patches removed, and its area.
 */
export interface SelectivityLike {
  readonly metric: "pixel-flipping";
  /** Which direction of the AUC is better. */
  readonly better: "lower" | "higher";
  readonly method: string;
  /** The x axis: patches removed. */
  readonly removed: ArrayLike<number>;
  /** The mean score after each removal. */
  readonly curve: ArrayLike<number>;
  readonly meanAuc: number;
  readonly order?: string;
  readonly score?: string;
  readonly replace?: string;
  readonly patch?: readonly number[];
}

/** Several methods' pixel-flipping results and the random baseline (`xai.metrics.compareSelectivity()`). */
export interface SelectivityComparisonLike {
  readonly metric: "pixel-flipping";
  readonly results: readonly SelectivityLike[];
  readonly baseline: SelectivityLike | null;
}

/**
 * Density-model experts for AM (Montavon et al. 2018, §1): fit on data, then add `logDensity` to the
 * objective (`objectives.logDensity(expert)`, or the `expert` option of `prototype`).
 */
export { type Expert, type ExpertSpec } from "./expert";
export { GaussianExpert, gaussian, type GaussianOptions } from "./gaussian";
export { GaussianMixtureExpert, gmm, type MixtureOptions, type MixtureCovariance } from "./gmm";
export { GaussianBinaryRbm, rbm, type RbmOptions } from "./rbm";
export type { CovarianceKind } from "./gaussianForm";

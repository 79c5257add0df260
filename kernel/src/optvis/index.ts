/**
 * Activation maximisation (Montavon, Samek & Müller 2018, §1): prototypes of a class or a unit, plain,
 * with density experts, in a decoder's code space, or local around a data point. Built as independent
 * choices (Lucid): `objectives` (what to maximise; they add and scale), `parameterisations` (pixels or a
 * code), `regularisers` and `experts` (what keeps x like the data), `transforms` (what x must survive),
 * and one loop, `prototype`.
 *
 *   const expert = await optvis.experts.gaussian().fit(images);
 *   const p = await optvis.prototype(model, { target: 3, expert, starts: 4,
 *     parameterisation: optvis.pixels({ low: 0, high: 1 }), transforms: [optvis.jitter(1)] });
 *   p.images; p.scores; p.history; p.settings; p.dispose();
 */
export * as objectives from "./objectives";
export * as regularisers from "./regularisers";
export * as experts from "./experts";
export * as transforms from "./transforms";
export * as parameterisations from "./parameterisations";
export { Objective, logit, logSoftmax, unit, channel, logDensity, type ObjectiveSpec, type ObjectiveContext, type ModelInfo } from "./objectives";
export { l2, codeL2, totalVariation } from "./regularisers";
export {
  gaussian,
  gmm,
  rbm,
  GaussianExpert,
  GaussianMixtureExpert,
  GaussianBinaryRbm,
  type Expert,
  type ExpertSpec,
  type GaussianOptions,
  type MixtureOptions,
  type RbmOptions,
} from "./experts";
export { jitter, scale, type Transform } from "./transforms";
export { pixels, code, type Parameterisation, type PixelOptions, type CodeOptions } from "./parameterisations";
export {
  prototype,
  prototypesData,
  prototypesJson,
  OPTIMISERS,
  type Prototypes,
  type PrototypeOptions,
  type PrototypeScore,
  type PrototypeSettings,
  type PrototypesData,
  type PrototypeEntry,
  type OptimiserName,
} from "./prototype";
export { seeded, type Random } from "../random";

/**
 * The standard ImageNet architectures at their real size (224×224×3 → 1000 logits) or as small copies,
 * built with tf.layers and seeded random weights: what a scientist's own model usually looks like, for
 * benchmarks, tests and trying xai-lab out before loading trained weights.
 *
 *   const model = xai.models.architectures.resnet50();                       // real size
 *   const small = xai.models.architectures.resnet50({ inputSize: 32, width: 1 / 8, classes: 10 });
 */
export { mobilenetV2 } from "./mobilenetV2";
export type { ArchitectureOptions } from "./options";
export { resnet50 } from "./resnet50";
export { vgg16 } from "./vgg16";

/**
 * Data sets that ship with xai-lab: the MNIST digits of the paper's experiments (Montavon et al. 2018,
 * §§ 3–5 use MNIST throughout), with one fixed train/test split.
 */
export { mnist, mnistArrays, LABEL_NAMES, type MnistOptions, type MnistArrays, type MnistTensors } from "./mnist";
export { SPLIT_SIZES, type MnistSplit } from "./split";

/** How prototypes are represented during ascent: pixels, or the code of a decoder. */
export { pixels, type PixelOptions } from "./pixels";
export { code, type CodeOptions } from "./code";
export type { Parameterisation, ParameterState, ParameterRequest, Bounds } from "./parameterisation";

/** Random transforms the prototype must survive during ascent. */
export { jitter } from "./jitter";
export { scale } from "./scale";
export { resample, interpolation, type Transform } from "./transform";

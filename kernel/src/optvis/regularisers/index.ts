/** Penalties on the prototype, as objectives to add (their sign is already negative). */
export { l2, codeL2, type L2Options } from "./l2";
export { totalVariation } from "./totalVariation";

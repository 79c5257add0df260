/** The activation-maximisation loop and its result as plain data. */
export { prototype, type Prototypes, type PrototypeScore, type PrototypeSettings } from "./prototype";
export { type PrototypeOptions, type OptimiserName, OPTIMISERS } from "./options";
export { prototypesData, prototypesJson, type PrototypesData, type PrototypeEntry } from "./data";

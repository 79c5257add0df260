/** The activation-maximisation loop and its result as plain data. */
export { prototype, type Prototypes, type PrototypeScore, type PrototypeSettings } from "./prototype";
export { type PrototypeOptions, type OptimiserName, OPTIMISERS } from "./options";
export { prototypesPayload, payloadToJson, type PrototypesPayload, type PrototypeEntry } from "./payload";

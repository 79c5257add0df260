/** What activation maximisation maximises; objectives add (`plus`) and scale (`times`). */
export { Objective, sumOf, type ObjectiveSpec, type ObjectiveContext, type ModelInfo, type Evaluate } from "./objective";
export { logit, logSoftmax, unit, channel } from "./model";
export { logDensity } from "./density";

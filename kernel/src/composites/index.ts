export { assignRules, KIND_SELECTORS, type AssignedRule, type Composite, type CompositeEntry, type KindSelector, type Selector } from "./composite";
export { DEFAULT_RULES } from "./defaults";
export { COMPOSITE_NAMES, namedComposite, type CompositeOptions } from "./named";
export { isReported, reportRules, type RuleReport } from "./report";

export { assignRules, type Composite, type CompositeEntry, type Selector } from "./composite";
export { COMPOSITE_NAMES, namedComposite, type CompositeOptions } from "./named";

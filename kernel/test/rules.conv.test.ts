/**
 * Every LRP rule on conv2d layers equals its formula (methods.md §3) on the default backend (wasm here,
 * where the engine runs the transposed convolution as a forward one). See helpers/convRuleSuite.ts.
 */
import { defineConvRuleTests } from "./helpers/convRuleSuite";

defineConvRuleTests("default backend");

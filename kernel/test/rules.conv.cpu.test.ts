/**
 * Every LRP rule on conv2d layers equals its formula (methods.md §3) on the cpu backend, where the
 * engine uses tfjs's own transposed convolution. See helpers/convRuleSuite.ts.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import * as xai from "xai-lab";
import { defineConvRuleTests } from "./helpers/convRuleSuite";

// Read by xai.ready() at the first explanation, which comes after this line: this process runs on cpu.
process.env["XAI_LAB_BACKEND"] = "cpu";

test("this suite runs on the cpu backend", async () => {
  assert.equal((await xai.ready()).name, "cpu");
});

defineConvRuleTests("cpu");

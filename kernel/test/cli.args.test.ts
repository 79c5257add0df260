/** The CLI's argument parser: typed values, both spellings of a value, and a named error for each mistake. */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import * as xai from "xai-lab";
import { describeOptions, parseArgs, type OptionSpecs } from "../src/cli/args";

const SPECS = {
  model: { type: "string", value: "FILE", description: "the model" },
  epsilon: { type: "number", description: "the ε" },
  target: { type: "numbers", description: "the class(es)" },
  count: { type: "integer", description: "how many" },
  classes: { type: "integers", description: "class indices" },
  "zero-bias": { type: "boolean", description: "no biases" },
  root: { type: "string", choices: ["nearest", "zero"], description: "the root point" },
} as const satisfies OptionSpecs;

function fails(argv: string[], message: RegExp): void {
  assert.throws(
    () => parseArgs(argv, SPECS),
    (e: unknown) => e instanceof xai.XaiError && message.test(e.message),
  );
}

describe("parseArgs", () => {
  test("reads --flag value and --flag=value into typed values", () => {
    const { options, positionals } = parseArgs(["--model", "m.json", "--epsilon=0.25", "--target", "3", "--zero-bias", "--root=zero"], SPECS);
    assert.deepEqual(options, { model: "m.json", epsilon: 0.25, target: 3, "zero-bias": true, root: "zero" });
    assert.deepEqual(positionals, []);
  });

  test("leaves flags that were not given out, booleans included", () => {
    assert.deepEqual(parseArgs([], SPECS).options, {});
  });

  test("reads a comma-separated list as an array and one value as a number", () => {
    assert.deepEqual(parseArgs(["--target", "3,1,4"], SPECS).options.target, [3, 1, 4]);
    assert.deepEqual(parseArgs(["--target=-1.5"], SPECS).options.target, -1.5);
  });

  test("takes a negative number as a value, not as a flag", () => {
    assert.equal(parseArgs(["--epsilon", "-1"], SPECS).options.epsilon, -1);
    assert.deepEqual(parseArgs(["--target", "-1,-2"], SPECS).options.target, [-1, -2]);
  });

  test("keeps arguments that are not flags, and everything after --, as positionals", () => {
    assert.deepEqual(parseArgs(["a", "--model", "m", "b", "--", "--epsilon"], SPECS).positionals, ["a", "b", "--epsilon"]);
  });

  test("rejects an unknown flag, suggesting a close one", () => {
    fails(["--modle", "m"], /^unknown option --modle \(did you mean --model\?\)$/);
    fails(["--colour", "red"], /^unknown option --colour$/);
  });

  test("rejects a flag given twice", () => {
    fails(["--model", "a", "--model=b"], /^option --model is given more than once$/);
    fails(["--zero-bias", "--zero-bias"], /^option --zero-bias is given more than once$/);
  });

  test("rejects a missing value, also when the next word is another flag", () => {
    fails(["--model"], /^option --model needs a value \(FILE\)$/);
    fails(["--model", "--epsilon", "1"], /^option --model needs a value/);
    fails(["--model="], /^option --model needs a non-empty value$/);
  });

  test("rejects a value that is not a finite number", () => {
    fails(["--epsilon", "small"], /^option --epsilon expects a finite number, got 'small'$/);
    fails(["--epsilon", "Infinity"], /expects a finite number/);
    fails(["--target", "3,x,4"], /^option --target expects finite numbers separated by commas, got '3,x,4'$/);
    fails(["--target", "3,"], /got '3,'/);
  });

  test("reads numbers as written in decimal only: no hex, binary, separators or names, nothing that underflows or overflows", () => {
    assert.equal(parseArgs(["--epsilon", "2.5e-3"], SPECS).options.epsilon, 0.0025);
    assert.equal(parseArgs(["--epsilon", ".5"], SPECS).options.epsilon, 0.5);
    assert.equal(parseArgs(["--epsilon", "0e5"], SPECS).options.epsilon, 0, "zero written as zero is zero");
    fails(["--epsilon", "0x3"], /^option --epsilon expects a finite number, got '0x3'$/);
    fails(["--epsilon", "0b11"], /got '0b11'/);
    fails(["--epsilon", "1_000"], /got '1_000'/);
    fails(["--epsilon", "1e-400"], /^option --epsilon: '1e-400' is too small to represent \(it underflows to 0\)$/);
    fails(["--epsilon", "1e400"], /^option --epsilon expects a finite number, got '1e400' \(too large: it overflows to infinity\)$/);
    fails(["--target", "1,0x3"], /^option --target expects finite numbers separated by commas, got '1,0x3'$/);
  });

  test("reads integers as decimal digits only", () => {
    assert.equal(parseArgs(["--count", "-12"], SPECS).options.count, -12);
    assert.deepEqual(parseArgs(["--classes", "3,1,4"], SPECS).options.classes, [3, 1, 4]);
    fails(["--count", "0x3"], /^option --count expects an integer \(decimal digits\), got '0x3'$/);
    fails(["--count", "1.5"], /got '1\.5'/);
    fails(["--count", "1e3"], /got '1e3'/);
    fails(["--count", "12345678901234567890"], /got '12345678901234567890' \(too large to be exact\)$/);
    fails(["--classes", "3,1.0"], /^option --classes expects integers separated by commas \(decimal digits\), got '3,1\.0'$/);
  });

  test("rejects a value given to a switch and a value outside the choices", () => {
    fails(["--zero-bias=yes"], /^option --zero-bias is a switch and takes no value \(got 'yes'\)$/);
    fails(["--root", "far"], /^option --root must be one of nearest, zero, got 'far'$/);
  });

  test("rejects single-dash flags with the two-dash spelling", () => {
    fails(["-model", "m"], /^unknown option -model: options are spelt with two dashes \(--model\)$/);
  });

  test("reads -h as --help when the command has --help", () => {
    assert.deepEqual(parseArgs(["-h"], { help: { type: "boolean", description: "show help" } }).options, { help: true });
    fails(["-h"], /^unknown option -h/);
  });

  test("does not take inherited object keys for flags", () => {
    fails(["--constructor", "x"], /^unknown option --constructor/);
  });

  test("describes every flag on its own line with its value name", () => {
    const lines = describeOptions(SPECS).split("\n");
    assert.equal(lines.length, 7);
    assert.match(lines[0]!, /^ {2}--model FILE +the model$/);
    assert.match(lines[2]!, /^ {2}--target N\[,N\.\.\.\] +the class\(es\)$/);
    assert.match(lines[3]!, /^ {2}--count N +how many$/);
    assert.match(lines[4]!, /^ {2}--classes N\[,N\.\.\.\] +class indices$/);
    assert.match(lines[5]!, /^ {2}--zero-bias +no biases$/);
    assert.match(lines[6]!, /^ {2}--root nearest\|zero +the root point$/);
  });
});

/** Reading the CLI's input files: JSON tensors (a list or base64 float32) and PNG images. */
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { after, before, describe, test } from "node:test";
import * as xai from "xai-lab";
import { parseTensorJson, readTensorFile, toBase64 } from "../src/cli/tensorFile";
import { encodePng } from "../src/render";

function fails(text: string, message: RegExp): void {
  assert.throws(
    () => parseTensorJson(text, "x.json"),
    (e: unknown) => e instanceof xai.XaiError && message.test(e.message),
  );
}

describe("JSON tensors", () => {
  test("a flat data list keeps its values and shape", () => {
    const t = parseTensorJson('{"shape": [2, 3], "data": [1, 2, 3, 4, 5, -6.5]}', "x.json");
    assert.deepEqual(t.shape, [2, 3]);
    assert.deepEqual(Array.from(t.data), [1, 2, 3, 4, 5, -6.5]);
    assert.equal(t.source, "json");
  });

  test("base64 little-endian float32 gives the same values as the list", () => {
    const values = Float32Array.from([0.1, -2.5, 3e-8, 1e30]);
    const b64 = Buffer.from(values.buffer).toString("base64");
    assert.equal(toBase64(values), b64, "toBase64 writes little-endian float32");
    const t = parseTensorJson(JSON.stringify({ shape: [1, 4], b64 }), "x.json");
    assert.deepEqual(Array.from(t.data), Array.from(values));
  });

  test("NaN and ±Infinity may be spelt as strings (and 1e999 is Infinity) so the engine can name them", () => {
    const t = parseTensorJson('{"shape": [4], "data": ["NaN", "Infinity", "-Infinity", 1e999]}', "x.json");
    assert.ok(Number.isNaN(t.data[0]));
    assert.deepEqual(Array.from(t.data.subarray(1)), [Infinity, -Infinity, Infinity]);
  });

  test("an empty batch is read (the engine rejects it with its own message)", () => {
    assert.deepEqual(parseTensorJson('{"shape": [0, 4], "data": []}', "x.json").shape, [0, 4]);
  });

  test("a data list that does not fill the shape is rejected", () => {
    fails('{"shape": [2, 2], "data": [1, 2, 3]}', /^input x\.json: shape \[2, 2\] holds 4 values but "data" has 3$/);
    fails(JSON.stringify({ shape: [2, 2], b64: toBase64(new Float32Array(3)) }), /shape \[2, 2\] holds 4 values but "b64" decodes to 3$/);
  });

  test("malformed tensors are rejected with the field named", () => {
    fails("{shape: [1]}", /^input x\.json is neither a PNG image nor valid JSON/);
    fails("[1, 2]", /must hold a JSON object/);
    fails('{"data": [1]}', /"shape" must be a non-empty list of non-negative integers, got nothing/);
    fails('{"shape": [2.5], "data": [1]}', /"shape" must be a non-empty list of non-negative integers, got \[2\.5\]/);
    fails('{"shape": [1]}', /needs exactly one of "data" .* and "b64"/);
    fails('{"shape": [1], "data": [1], "b64": "AACAPw=="}', /needs exactly one of/);
    fails('{"shape": [2], "data": [1, null]}', /^input x\.json: data\[1\] is not a number \(null\)$/);
    fails('{"shape": [2], "data": [1, "constructor"]}', /^input x\.json: data\[1\] is not a number \("constructor"\)$/);
    fails('{"shape": [2], "data": [[1], [2]]}', /"data" must be flat \(row-major\); data\[0\] is a list/);
    fails('{"shape": [1], "b64": "not base64!"}', /"b64" is not valid base64/);
    fails('{"shape": [1], "b64": "AAAA"}', /decodes to 3 bytes, not a whole number of float32 values/);
  });
});

describe("input files", () => {
  let dir = "";
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "xai-lab-tensorfile-"));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("a PNG becomes one [H, W, C] image in [0, 1] with the channels asked for", () => {
    // 2×1 pixels: pure red, then grey 51 (alpha is dropped).
    fs.writeFileSync(path.join(dir, "two.png"), encodePng(Uint8Array.from([255, 0, 0, 255, 51, 51, 51, 128]), 2, 1));
    const rgb = readTensorFile(path.join(dir, "two.png"), { channels: 3 });
    assert.equal(rgb.source, "image");
    assert.deepEqual(rgb.shape, [1, 2, 3]);
    assert.deepEqual(Array.from(rgb.data), Array.from(Float32Array.from([1, 0, 0, 0.2, 0.2, 0.2])));
    const grey = readTensorFile(path.join(dir, "two.png"), { channels: 1 });
    assert.deepEqual(grey.shape, [1, 2, 1]);
    assert.deepEqual(Array.from(grey.data), Array.from(Float32Array.from([0.299, 0.2])));
  });

  test("a PNG is recognised by its bytes whatever the file is called", () => {
    fs.writeFileSync(path.join(dir, "pixels.dat"), encodePng(Uint8Array.from([0, 0, 0, 255]), 1, 1));
    assert.equal(readTensorFile(path.join(dir, "pixels.dat")).source, "image");
  });

  test("a missing file, a folder and an unsupported channel count are named", () => {
    assert.throws(() => readTensorFile(path.join(dir, "none.json")), /^XaiError: input file not found: .*none\.json$/);
    assert.throws(() => readTensorFile(dir), /is a folder, not a file/);
    fs.writeFileSync(path.join(dir, "one.png"), encodePng(Uint8Array.from([0, 0, 0, 255]), 1, 1));
    assert.throws(
      () => readTensorFile(path.join(dir, "one.png"), { channels: 4 }),
      /images are read as grey \(1 channel\) or RGB \(3 channels\), but 4 channels were asked for/,
    );
  });
});

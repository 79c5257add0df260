import { test } from "node:test";
import assert from "node:assert/strict";
import * as xai from "xai-lab";
import { renderHeatmapPng, renderImagePng, renderTensorHeatmapPng, renderTensorImagePng, tensorPixels } from "../src/render";
import { XaiError } from "../src/errors";

const tf = xai.tf;

test("rendering from tensors gives the same PNG as from their values and leaves tf.memory() unchanged", async () => {
  const relevance = tf.tensor4d(
    Float32Array.from({ length: 2 * 5 * 5 * 3 }, (_, i) => Math.sin(i)),
    [2, 5, 5, 3],
  );
  const input = tf.tensor4d(
    Float32Array.from({ length: 5 * 5 * 3 }, (_, i) => i / 75),
    [1, 5, 5, 3],
  );
  const before = tf.memory().numTensors;
  const png = await renderTensorHeatmapPng(relevance, { input, alpha: 0.3, colorbar: true });
  const image = await renderTensorImagePng(input);
  assert.equal(tf.memory().numTensors, before);
  const plain = renderHeatmapPng(await relevance.data(), [2, 5, 5, 3], {
    input: { data: await input.data(), shape: [1, 5, 5, 3] },
    alpha: 0.3,
    colorbar: true,
  });
  assert.ok(png.equals(plain));
  assert.ok(image.equals(renderImagePng(await input.data(), [1, 5, 5, 3])));
  relevance.dispose();
  input.dispose();
});

test("an int32 tensor renders; a string or disposed tensor fails with an XaiError", async () => {
  const ints = tf.tensor2d(
    [
      [0, 1],
      [2, 3],
    ],
    [2, 2],
    "int32",
  );
  assert.deepEqual((await tensorPixels(ints)).shape, [2, 2]);
  assert.ok((await renderTensorImagePng(ints)).length > 0);
  ints.dispose();
  await assert.rejects(
    () => renderTensorImagePng(ints),
    (e: unknown) => e instanceof XaiError && /disposed/.test(e.message),
  );
  const words = tf.tensor1d(["a", "b"], "string");
  await assert.rejects(
    () => renderTensorHeatmapPng(words),
    (e: unknown) => e instanceof XaiError && /string tensor/.test(e.message),
  );
  words.dispose();
});

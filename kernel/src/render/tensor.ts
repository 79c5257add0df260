/**
 * Rendering straight from tfjs tensors, e.g. an explanation's `e.relevance`. Only reads values (`await t.data()`
 * creates no tensor), so the caller keeps ownership and tf.memory() is unchanged; tfjs is imported for
 * types only, and the rest of render/ works on plain arrays.
 */
import type { Tensor } from "@tensorflow/tfjs";
import { check } from "../errors";
import { renderHeatmapPng, type HeatmapOptions } from "./heatmap";
import { renderImagePng, type ImageOptions } from "./image";
import type { Pixels } from "./shape";

/** A numeric tensor's values and shape, as render/ takes them. */
export async function tensorPixels(t: Tensor): Promise<{ data: Float32Array | Int32Array | Uint8Array; shape: number[] }> {
  check(t !== null && typeof t === "object" && typeof (t as Partial<Tensor>).data === "function", "expected a tf.Tensor");
  check(t.dtype !== "string" && t.dtype !== "complex64", `cannot render a ${t.dtype} tensor; it must be numeric`);
  check(!t.isDisposed, "cannot render a disposed tensor");
  return { data: (await t.data()) as Float32Array | Int32Array | Uint8Array, shape: t.shape.slice() };
}

/** `renderHeatmapPng` for a relevance tensor ([H, W], [H, W, C] or [N, H, W, C]); `input` may be a tensor too. */
export async function renderTensorHeatmapPng(relevance: Tensor, options: Omit<HeatmapOptions, "input"> & { input?: Tensor | Pixels } = {}): Promise<Buffer> {
  const r = await tensorPixels(relevance);
  const { input, ...rest } = options;
  const under = input === undefined ? undefined : isTensor(input) ? await tensorPixels(input) : input;
  return renderHeatmapPng(r.data, r.shape, under === undefined ? rest : { ...rest, input: under });
}

/** `renderImagePng` for an image tensor ([H, W], [H, W, C] or [N, H, W, C]). */
export async function renderTensorImagePng(image: Tensor, options: ImageOptions = {}): Promise<Buffer> {
  const { data, shape } = await tensorPixels(image);
  return renderImagePng(data, shape, options);
}

function isTensor(x: Tensor | Pixels): x is Tensor {
  return typeof (x as Partial<Tensor>).data === "function";
}

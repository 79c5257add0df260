/**
 * The box rule's bounds where zero padding lies between the model input and the layer (the Keras
 * ResNet stem: ZeroPadding2D, then a 'valid' conv). The user gives bounds for the input image; the
 * padded positions are not pixels, so they get l = h = 0 there (methods.md §3: padded positions have
 * x = l = h = 0), exactly what the same function written as a 'same' convolution gets, where padding
 * is no input at all.
 */
import * as tf from "@tensorflow/tfjs";
import { XaiError } from "../../errors";
import type { Graph, GraphNode, ZeroPadding2dNode } from "../../graph/graph";
import type { Bounds, LayerRule, Rule } from "../../rules";
import { boundsTensor } from "../lrp/linear";

/**
 * `rules` with the bounds of every box-type rule whose layer sees the model input only through zero
 * padding (and identity layers) turned into per-element bounds of the padded input, 0 on the padding.
 * Other rules come back as they are.
 */
export function padBounds(graph: Graph, rules: ReadonlyMap<number, Rule | LayerRule>): Map<number, Rule | LayerRule> {
  const out = new Map(rules);
  for (const [id, rule] of rules) {
    if (!("parts" in rule) || (rule.low === undefined && rule.high === undefined)) continue;
    const pads = paddingsFromInput(graph, graph.nodes[id]!);
    const sample = graph.inputShape.slice(1);
    if (!pads || pads.length === 0 || !sample.every((d): d is number => typeof d === "number") || sample.length !== 3) continue;
    try {
      out.set(id, { ...rule, low: padded(rule.low, sample, pads, "low"), high: padded(rule.high, sample, pads, "high") });
    } catch (e) {
      throw new XaiError(`${(e as Error).message} (rule ${rule.name} on layer '${graph.nodes[id]!.name}')`);
    }
  }
  return out;
}

/** The zero paddings between the model input and `node`'s input, input first; null if any other layer lies between. */
function paddingsFromInput(graph: Graph, node: GraphNode): ZeroPadding2dNode[] | null {
  const pads: ZeroPadding2dNode[] = [];
  let at = graph.nodes[node.inputs[0]!]!;
  while (at.kind !== "input") {
    if (at.kind === "zeroPadding2d") pads.unshift(at);
    else if (at.kind !== "identity") return null;
    at = graph.nodes[at.inputs[0]!]!;
  }
  return pads;
}

/** Bounds for an image [h, w, c] as per-element bounds of the padded image, 0 on the padding. */
function padded(bounds: Bounds | undefined, sample: readonly number[], pads: readonly ZeroPadding2dNode[], name: string): Bounds | undefined {
  if (bounds === undefined) return undefined;
  // The same checks (and messages) as bounds given for the image itself.
  tf.tidy(() => void boundsTensor(bounds, [1, ...sample], name));
  let [h, w] = [sample[0]!, sample[1]!];
  const c = sample[2]!;
  const given = typeof bounds === "number" ? [bounds] : Array.from(bounds);
  let values = Float32Array.from({ length: h * w * c }, (_, e) => (given.length === 1 ? given[0]! : given.length === c ? given[e % c]! : given[e]!));
  for (const pad of pads) {
    const [[top, bottom], [left, right]] = pad.pad;
    const H = h + top + bottom;
    const W = w + left + right;
    const next = new Float32Array(H * W * c);
    for (let y = 0; y < h; y++) next.set(values.subarray(y * w * c, (y + 1) * w * c), ((y + top) * W + left) * c);
    [h, w, values] = [H, W, next];
  }
  return values;
}

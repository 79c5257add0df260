/**
 * Layer-wise relevance propagation (methods.md §2–3): relevance starts at the output and flows back
 * layer by layer, each layer by the rule its composite assigned: dense/conv layers by their LRP rule
 * (linear.ts), every layer by a layer rule (propagate.ts).
 */
import * as tf from "@tensorflow/tfjs";
import { analysisOf } from "../../graph/analysis";
import { releasable } from "../../graph/backward";
import type { Graph } from "../../graph/graph";
import { timed } from "../../graph/profile";
import { isLinear } from "../../graph/graph";
import { isLayerRule, type LayerRule, type Rule } from "../../rules";
import { propagateLinear } from "./linear";
import { propagateLayer } from "./propagate";

/**
 * Relevance at every node's output (index = node id; undefined where none arrives), given the stored
 * activations `acts` of a forward pass, the relevance `start` at the output and the rule of every node
 * but the input. Call inside `tf.tidy`.
 *
 * Without `keepLayers`, each layer's relevance and activation are freed as soon as the pass has gone
 * below them, and only the input's relevance is returned (index 0): the peak memory is the forward
 * pass's plus one layer's work, not every layer's intermediates.
 */
export function propagateRelevance(
  graph: Graph,
  acts: tf.Tensor[],
  start: tf.Tensor,
  rules: ReadonlyMap<number, Rule | LayerRule>,
  { keepLayers = true }: { keepLayers?: boolean } = {},
): (tf.Tensor | undefined)[] {
  const nonNegative = analysisOf(graph).nonNegative;
  const free = keepLayers ? null : releasable(acts, graph.output);
  const R: (tf.Tensor | undefined)[] = graph.nodes.map(() => undefined);
  R[graph.output] = start;
  for (let id = graph.output; id > 0; id--) {
    const node = graph.nodes[id]!;
    const r = R[id];
    if (r) {
      const inputs = node.inputs.map((i) => acts[i]!);
      const rule = rules.get(id);
      if (!rule) throw new Error(`internal: layer '${node.name}' has no rule`);
      // One scope per layer: its intermediates are freed before the next layer starts.
      const back = timed("backward", id, () =>
        tf.tidy(() =>
          isLayerRule(rule)
            ? propagateLayer(graph, node, inputs, acts[id]!, r, rule)
            : isLinear(node)
              ? [propagateLinear({ graph, node, x: inputs[0]!, z: acts[id]!, xNonNegative: nonNegative[node.inputs[0]!]! }, rule, r)]
              : unreachable(node.name, rule.name),
        ),
      );
      node.inputs.forEach((i, k) => {
        const prev = R[i];
        R[i] = prev ? tf.add(prev, back[k]!) : back[k]!;
        if (prev && !keepLayers && !R.includes(prev)) prev.dispose();
      });
      if (!keepLayers) {
        R[id] = undefined;
        // Add and identity nodes may hand the same tensor on: free it only when nobody holds it.
        if (r !== start && !R.includes(r)) r.dispose();
      }
    }
    if (free?.[id]) acts[id]!.dispose();
    // The layer is done: the weights it used may leave the cache.
    graph.cache.release();
  }
  return R;
}

function unreachable(layer: string, rule: string): never {
  throw new Error(`internal: the dense/conv rule '${rule}' reached layer '${layer}'`);
}

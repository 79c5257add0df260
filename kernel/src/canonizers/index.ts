/**
 * Canonization: the graph rewritten by a list of canonizers (canonizer.ts) into the form the rules
 * assume, computing the same function (tested to 1e-5). The default list is the order that matters
 * here: fused activations are split first, so that a batch norm that follows a linear layer is seen as
 * directly after it only when no activation lies between them.
 */
import type * as tf from "@tensorflow/tfjs";
import { XaiError, check, describeValue } from "../errors";
import type { Graph } from "../graph/graph";
import { isLinear } from "../graph/graph";
import type { Canonizer, CanonizerReport } from "./canonizer";
import { dropSoftmax } from "./dropSoftmax";
import { foldBatchNorm } from "./foldBatchNorm";
import { foldBatchNormForward } from "./foldBatchNormForward";
import { splitActivations } from "./splitActivations";

export { dropSoftmax, foldBatchNorm, foldBatchNormForward, splitActivations };
export { keep, rewrite, type DraftNode, type RewriteStep } from "./rewrite";
export type { Canonizer, CanonizerReport } from "./canonizer";

/** The canonizers every model gets unless told otherwise: split fused activations, drop the output softmax, fold batch norms into the layer before. */
export const DEFAULT_CANONIZERS: readonly Canonizer[] = [splitActivations(), dropSoftmax(), foldBatchNorm()];

/** `graph` rewritten by `canonizers` in order (see `canonizeReporting`). */
export function canonize(graph: Graph, canonizers: readonly Canonizer[] = DEFAULT_CANONIZERS): Graph {
  return canonizeReporting(graph, canonizers).graph;
}

/**
 * `graph` rewritten by `canonizers` in order, and what each one rewrote. Refuses a softmax inside the
 * network and a dense/conv layer whose activation is still fused (the rules need its pre-activation);
 * on any error the tensors the canonizers made are freed (the caller still owns `graph`'s).
 */
export function canonizeReporting(graph: Graph, canonizers: readonly Canonizer[] = DEFAULT_CANONIZERS): { graph: Graph; applied: CanonizerReport[] } {
  check(
    Array.isArray(canonizers as unknown),
    () => `canonizers must be a list of canonizers (xai.canonizers.DEFAULT_CANONIZERS, ...), got ${describeValue(canonizers)}`,
  );
  canonizers.forEach((c, i) => {
    const ok = c && typeof c === "object" && typeof c.name === "string" && typeof c.match === "function" && typeof c.apply === "function";
    check(ok, () => `canonizer ${i} must be an object { name, description, match(graph), apply(graph) }, got ${describeValue(c)}`);
  });
  let current = graph;
  const applied: CanonizerReport[] = [];
  try {
    for (const c of canonizers) {
      const matched = c.match(current);
      if (matched.length === 0) continue;
      const names = matched.map((id) => current.nodes[id]?.name ?? String(id));
      current = c.apply(current);
      applied.push({ canonizer: c.name, layers: names });
    }
    for (const node of current.nodes) {
      if (node.kind === "activation" && node.activation === "softmax" && node.id !== current.output) {
        throw new XaiError(`layer '${node.name}' applies a softmax inside the network; only a softmax at the output is supported (it is removed)`);
      }
      if (isLinear(node) && node.activation !== "linear") {
        throw new XaiError(
          `layer '${node.name}' still has its fused activation '${node.activation}' after canonization; keep canonizers.splitActivations() in the list (every rule needs the layer's pre-activation)`,
        );
      }
    }
    return { graph: current, applied };
  } catch (e) {
    freeMade(graph, current);
    throw e;
  }
}

/** Frees the tensors the canonizers added to `made` beyond those `original` owns. */
function freeMade(original: Graph, made: Graph): void {
  const keepSet = new Set<tf.Tensor>(original.owned);
  for (const t of made.owned) if (!keepSet.has(t)) t.dispose();
}

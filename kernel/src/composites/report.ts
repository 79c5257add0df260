/** What a composite did to a model, as `Explainer.rules()` reports it. */
import type { Graph } from "../graph/graph";
import { isLinear } from "../graph/graph";
import type { LayerKind } from "../graph/kinds";
import type { AssignedRule } from "./composite";

/** One layer and its rule. */
export interface RuleReport {
  readonly name: string;
  readonly kind: LayerKind;
  /** The rule's name ("epsilon", "zplus", "pass", ...). */
  readonly rule: string;
  /** Whether an entry of the composite chose the rule (false: the default of the kind). */
  readonly matched: boolean;
  /** Names of layers folded into this one by the canonizers. */
  readonly folded?: readonly string[];
  /** Why the layer is worth a look: a dense/conv layer no entry matched, a batch norm left unfolded. */
  readonly note?: string;
}

/**
 * The layers whose rule is worth reporting: every dense/conv layer, every batch norm that stayed in
 * the graph, and every other layer a composite entry gave a rule; in network order.
 */
export function reportRules(graph: Graph, assigned: ReadonlyMap<number, AssignedRule>): RuleReport[] {
  const out: RuleReport[] = [];
  for (const node of graph.nodes) {
    const a = assigned.get(node.id);
    if (!a || !isReported(graph, node.id, a)) continue;
    const note =
      isLinear(node) && a.entry < 0
        ? "no composite entry matches this layer: it gets the default rule"
        : node.kind === "batchNorm" && a.entry < 0
          ? `a batch norm that no dense/conv layer absorbed: rule ${a.rule.name} (give it another with { kind: "batchNorm" }, or fold it into the next layer with canonizers.foldBatchNormForward())`
          : undefined;
    out.push({
      name: node.name,
      kind: node.kind,
      rule: a.rule.name,
      matched: a.entry >= 0,
      ...(node.folded?.length ? { folded: node.folded } : {}),
      ...(note ? { note } : {}),
    });
  }
  return out;
}

/** Whether the rule of node `id` is shown with its relevance (`layers: true`) and in `Explainer.rules()`. */
export function isReported(graph: Graph, id: number, a: AssignedRule): boolean {
  const node = graph.nodes[id]!;
  return isLinear(node) || node.kind === "batchNorm" || a.entry >= 0;
}

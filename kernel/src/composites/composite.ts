/**
 * A composite is data: an ordered table of (which layers → which rule), first match wins
 * (methods.md §4). Linear layers that no entry matches get LRP-0 (the ε-rule with the default
 * stabiliser), i.e. gradient × input locally.
 */
import { XaiError } from "../errors";
import type { Graph, LinearNode } from "../graph/graph";
import { isLinear } from "../graph/graph";
import { CONV_KINDS, type LayerKind } from "../graph/kinds";
import { lrp0, type Rule } from "../rules";

/** Which layers an entry applies to. */
export type Selector =
  /** By kind: "dense", "conv" (any convolution), "conv2d", "depthwiseConv2d", or "linear" (all of them). */
  | { readonly kind: "dense" | "conv" | "conv2d" | "depthwiseConv2d" | "linear" }
  /** The first dense/conv layer in network order (the input layer of the paper's tables). */
  | { readonly first: true }
  /** By the Keras layer name. */
  | { readonly name: string }
  /** By position in `model.layers`. */
  | { readonly index: number };

export interface CompositeEntry {
  readonly match: Selector;
  readonly rule: Rule;
}

export type Composite = readonly CompositeEntry[];

/** The rule for every linear node of `graph`, by node id. Unknown names or indices are an error. */
export function assignRules(graph: Graph, composite: Composite): Map<number, Rule> {
  const linear = graph.nodes.filter(isLinear);
  if (!Array.isArray(composite)) throw new XaiError(`a composite must be a list of { match, rule } entries, got ${typeof composite}`);
  composite.forEach((entry, i) => {
    if (!entry || typeof entry !== "object") throw new XaiError(`composite entry ${i} must be an object { match, rule }`);
    checkSelector(graph, entry.match);
    const rule = entry.rule as Partial<Rule> | null | undefined;
    if (!rule || typeof rule !== "object" || !Array.isArray(rule.parts)) {
      throw new XaiError(`composite entry ${i} has no rule (got ${rule === null ? "null" : typeof rule}); use one of xai.rules, e.g. rules.epsilon()`);
    }
  });
  const firstId = linear[0]?.id;
  const rules = new Map<number, Rule>();
  const fallback = lrp0();
  for (const node of linear) {
    const entry = composite.find(({ match }) => matches(match, node, firstId));
    rules.set(node.id, entry ? entry.rule : fallback);
  }
  return rules;
}

function matches(selector: Selector, node: LinearNode, firstId: number | undefined): boolean {
  if ("first" in selector) return node.id === firstId;
  if ("name" in selector) return node.name === selector.name || baseName(node.name) === selector.name;
  if ("index" in selector) return node.layerIndex === selector.index;
  switch (selector.kind) {
    case "linear":
      return true;
    case "conv":
      return CONV_KINDS.has(node.kind as LayerKind);
    default:
      return node.kind === selector.kind;
  }
}

/** A folded node is named "conv+bn"; it still answers to the conv's name. */
function baseName(name: string): string {
  return name.split("+")[0]!;
}

function checkSelector(graph: Graph, selector: Selector): void {
  if (typeof selector !== "object" || selector === null) throw new XaiError(`a composite entry's match must be an object, got ${JSON.stringify(selector)}`);
  if ("name" in selector) {
    if (!graph.nodes.some((n) => isLinear(n) && (n.name === selector.name || baseName(n.name) === selector.name))) {
      const names = graph.nodes.filter(isLinear).map((n) => baseName(n.name));
      throw new XaiError(`composite names layer '${selector.name}', which is not a dense/conv layer of this model (those are: ${names.join(", ")})`);
    }
  } else if ("index" in selector) {
    if (!graph.nodes.some((n) => isLinear(n) && n.layerIndex === selector.index)) {
      throw new XaiError(`composite names layer index ${selector.index}, which is not a dense/conv layer of this model`);
    }
  } else if ("kind" in selector) {
    if (!["dense", "conv", "conv2d", "depthwiseConv2d", "linear"].includes(selector.kind)) {
      throw new XaiError(`unknown layer kind '${String(selector.kind)}' in composite (dense, conv, conv2d, depthwiseConv2d, linear)`);
    }
  } else if (!("first" in selector)) {
    throw new XaiError(`a composite entry's match needs kind, name, index or first, got ${JSON.stringify(selector)}`);
  }
}

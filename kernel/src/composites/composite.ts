/**
 * A composite is data: an ordered table of (which layers → which rule), first match wins
 * (methods.md §4). Entries may give any layer a rule: dense/conv layers the LRP rules of rules/ (made
 * of terms), every layer the layer rules (pass, norm, gradient, guided backprop, deconvnet). Layers no
 * entry matches get the default of their kind (defaults.ts: today's LRP conventions), and dense/conv
 * layers no entry matches are reported (`Explainer.rules()` marks them): they get LRP-0.
 */
import { XaiError } from "../errors";
import type { Graph, GraphNode } from "../graph/graph";
import { isLinear } from "../graph/graph";
import { ACTIVATIONS, CONV_KINDS, type LayerKind } from "../graph/kinds";
import { isLayerRule, type LayerRule, type Rule } from "../rules";
import { DEFAULT_RULES } from "./defaults";

/** What an error says when a dense/conv rule is aimed at another layer. */
const LAYER_RULE_HINT = "layers without weights take the layer rules rules.pass(), rules.norm(), rules.gradient(), rules.guidedBackprop(), rules.deconvnet()";

/** Layer kinds a selector may name: every kind but the input, and the groups conv, linear and any. */
export type KindSelector = Exclude<LayerKind, "input"> | "conv" | "linear" | "any";

/** Which layers an entry applies to. */
export type Selector =
  /** By kind ("dense", "maxPool2d", "activation", ...) or group: "conv" (any convolution), "linear" (dense and conv), "any". */
  | { readonly kind: KindSelector }
  /** The first dense/conv layer in network order (the input layer of the paper's tables). */
  | { readonly first: true }
  /** By the Keras layer name (a fused activation is its own node, named "layer/activation"). */
  | { readonly name: string }
  /** By position in `model.layers` (every node made from that layer: a dense with a fused activation is two). */
  | { readonly index: number }
  /** Activation layers (fused ones included) by their function: "relu", or a list ["relu", "relu6"]. */
  | { readonly activation: string | readonly string[] };

export interface CompositeEntry {
  readonly match: Selector;
  /** A dense/conv rule (it then applies to dense/conv layers only) or a layer rule (any layer). */
  readonly rule: Rule | LayerRule;
}

export type Composite = readonly CompositeEntry[];

/** The rule a node gets, and where it comes from. */
export interface AssignedRule {
  readonly rule: Rule | LayerRule;
  /** The index of the composite entry that matched, or -1: no entry matched, the default of the kind applies. */
  readonly entry: number;
}

/** Every layer kind a selector may name, for checks and messages. */
export const KIND_SELECTORS: readonly KindSelector[] = [
  "any",
  "linear",
  "conv",
  "dense",
  "conv2d",
  "depthwiseConv2d",
  "activation",
  "maxPool2d",
  "avgPool2d",
  "globalMaxPool2d",
  "globalAvgPool2d",
  "add",
  "concatenate",
  "batchNorm",
  "flatten",
  "reshape",
  "identity",
  "zeroPadding2d",
];

/**
 * The rule of every node of `graph` but the input, by node id: the first entry of `composite` that
 * matches it, else the first of `defaults`. Unknown names, indices or kinds, a dense/conv rule aimed at
 * another layer, and a pass aimed at a layer that changes size are errors.
 */
export function assignRules(graph: Graph, composite: Composite, defaults: Composite = DEFAULT_RULES): Map<number, AssignedRule> {
  if (!Array.isArray(composite)) throw new XaiError(`a composite must be a list of { match, rule } entries, got ${typeof composite}`);
  composite.forEach((entry, i) => {
    if (!entry || typeof entry !== "object") throw new XaiError(`composite entry ${i} must be an object { match, rule }`);
    const rule = entry.rule as Partial<Rule> | null | undefined;
    if (!rule || typeof rule !== "object" || !(Array.isArray(rule.parts) || isLayerRule(rule))) {
      throw new XaiError(`composite entry ${i} has no rule (got ${rule === null ? "null" : typeof rule}); use one of xai.rules, e.g. rules.epsilon()`);
    }
    checkSelector(graph, entry.match, entry.rule);
  });
  const firstId = graph.nodes.find(isLinear)?.id;
  const assigned = new Map<number, AssignedRule>();
  for (const node of graph.nodes) {
    if (node.kind === "input") continue;
    const at = composite.findIndex(({ match, rule }) => applies(rule, node) && matches(match, node, firstId));
    const entry = at >= 0 ? composite[at]! : defaults.find(({ match, rule }) => applies(rule, node) && matches(match, node, firstId));
    if (!entry) throw new XaiError(`no rule for layer '${node.name}' (${node.kind}): the defaults have no entry for its kind`);
    if (isLayerRule(entry.rule) && entry.rule.backward === "identity") checkSameSize(graph, node, entry.rule, at);
    assigned.set(node.id, { rule: entry.rule, entry: at });
  }
  return assigned;
}

/** Dense/conv rules (made of terms) apply to dense/conv layers only; layer rules to every layer. */
function applies(rule: Rule | LayerRule, node: GraphNode): boolean {
  return isLayerRule(rule) || isLinear(node);
}

function matches(selector: Selector, node: GraphNode, firstId: number | undefined): boolean {
  if ("first" in selector) return node.id === firstId;
  if ("name" in selector) return node.name === selector.name;
  if ("index" in selector) return node.layerIndex === selector.index;
  if ("activation" in selector) return node.kind === "activation" && activationList(selector.activation).includes(node.activation);
  switch (selector.kind) {
    case "any":
      return true;
    case "linear":
      return isLinear(node);
    case "conv":
      return CONV_KINDS.has(node.kind);
    default:
      return node.kind === selector.kind;
  }
}

function checkSelector(graph: Graph, selector: Selector, rule: Rule | LayerRule): void {
  if (typeof selector !== "object" || selector === null) throw new XaiError(`a composite entry's match must be an object, got ${JSON.stringify(selector)}`);
  const linearOnly = !isLayerRule(rule);
  if ("name" in selector) {
    const node = graph.nodes.find((n) => n.kind !== "input" && n.name === selector.name);
    if (!node) {
      const folded = graph.nodes.find((n) => n.folded?.includes(selector.name));
      if (folded)
        throw new XaiError(
          `composite names layer '${selector.name}', which was folded into '${folded.name}' when the model was canonized; select '${folded.name}'`,
        );
      const names = graph.nodes.filter((n) => (linearOnly ? isLinear(n) : n.kind !== "input")).map((n) => n.name);
      throw new XaiError(
        `composite names layer '${selector.name}', which is not a ${linearOnly ? "dense/conv " : ""}layer of this model (those are: ${names.join(", ")})`,
      );
    }
    if (linearOnly && !isLinear(node)) throw misplaced(rule, node);
  } else if ("index" in selector) {
    const nodes = graph.nodes.filter((n) => n.kind !== "input" && n.layerIndex === selector.index);
    if (!nodes.some((n) => !linearOnly || isLinear(n))) {
      if (nodes.length) throw misplaced(rule, nodes[0]!);
      throw new XaiError(`composite names layer index ${selector.index}, which is not a ${linearOnly ? "dense/conv " : ""}layer of this model`);
    }
  } else if ("kind" in selector) {
    if (!KIND_SELECTORS.includes(selector.kind))
      throw new XaiError(`unknown layer kind '${String(selector.kind)}' in composite (${KIND_SELECTORS.join(", ")})`);
    if (linearOnly && !["any", "linear", "conv", "dense", "conv2d", "depthwiseConv2d"].includes(selector.kind)) {
      throw new XaiError(`composite gives the dense/conv rule '${rule.name}' to layers of kind '${selector.kind}'; ${LAYER_RULE_HINT}`);
    }
  } else if ("activation" in selector) {
    const unknown = activationList(selector.activation).find((a) => !ACTIVATIONS.includes(a));
    if (unknown !== undefined) throw new XaiError(`unknown activation '${String(unknown)}' in composite (${ACTIVATIONS.join(", ")})`);
    if (linearOnly) throw new XaiError(`composite gives the dense/conv rule '${rule.name}' to activation layers; ${LAYER_RULE_HINT}`);
  } else if (!("first" in selector)) {
    throw new XaiError(`a composite entry's match needs kind, name, index, activation or first, got ${JSON.stringify(selector)}`);
  }
}

function activationList(a: string | readonly string[]): readonly string[] {
  return typeof a === "string" ? [a] : Array.isArray(a) ? a : [String(a)];
}

function misplaced(rule: Rule | LayerRule, node: GraphNode): XaiError {
  return new XaiError(`composite gives the dense/conv rule '${rule.name}' to layer '${node.name}' (${node.kind}); ${LAYER_RULE_HINT}`);
}

/** A pass hands relevance on unchanged: every input must be as large as the output. */
function checkSameSize(graph: Graph, node: GraphNode, rule: LayerRule, entry: number): void {
  const size = (shape: readonly (number | null)[]): number => shape.slice(1).reduce<number>((a, d) => a * (d ?? 1), 1);
  const out = size(node.outputShape);
  const bad = node.inputs.find((i) => size(graph.nodes[i]!.outputShape) !== out);
  if (bad === undefined) return;
  const source = entry >= 0 ? `composite entry ${entry}` : "the default table";
  throw new XaiError(
    `${source} gives rule '${rule.name}' to layer '${node.name}' (${node.kind}), whose input [${graph.nodes[bad]!.outputShape.slice(1).join(", ")}] and output [${node.outputShape.slice(1).join(", ")}] differ in size; it can only hand relevance on unchanged where they are equal (use rules.gradient() or rules.norm())`,
  );
}

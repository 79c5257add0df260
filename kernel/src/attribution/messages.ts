/**
 * The relevance messages of LRP (Montavon et al. 2018, §5; methods.md §2–3): what each unit j of a layer
 * sends to each unit i of the layer below, R(i←j), under the rules the explanation actually used.
 *
 * Every LRP rule is linear in the relevance it redistributes (the activations and weights are fixed by the
 * forward pass), so the message from unit j is exactly the relevance that reaches the layer below when the
 * relevance at j alone — R_j at j's positions, 0 elsewhere — is propagated down with the same functions the
 * engine uses (`propagateLinear` for dense/conv rules, `propagateLayer` for layer rules), through whatever
 * lies between the two layers (activations, pooling, reshaping). Summed over all j (the top units and one
 * "other" group for the rest), the messages into a unit i are exactly the engine's R_i; summed over i, the
 * messages out of j are R_j wherever the rule conserves relevance.
 *
 * A "unit" is an index along a layer's last axis (a neuron of a dense layer, a channel of a convolution),
 * with its relevance summed over the positions of that channel, as `FlowUnit` in the protocol.
 */
import * as tf from "@tensorflow/tfjs";
import { analysisOf } from "../graph/analysis";
import { forward } from "../graph/forward";
import { isLinear, type Graph } from "../graph/graph";
import { check, describeValue } from "../errors";
import { isLayerRule, type LayerRule, type Rule } from "../rules";
import { Explainer, prepare, type ExplainOptions } from "./explain";
import { propagateRelevance } from "./lrp";
import { propagateLinear } from "./lrp/linear";
import { propagateLayer } from "./lrp/propagate";
import { selector } from "./gradient";
import { methodOf } from "./methods";
import { checkInput, classCount } from "./validate";

/** The default number of units per layer whose messages are kept (the rest form one "other" group). */
export const DEFAULT_TOP_UNITS = 5;

/** One message: from a unit of the upper layer to a unit of the lower one; null = the layer's other units. */
export interface RelevanceMessage {
  readonly from: number | null;
  readonly to: number | null;
  /** Σ over positions of the relevance unit `from` sends to unit `to` (signed). */
  readonly value: number;
}

/** A layer of the flow: the input, or a dense/conv layer (the layers that have an LRP rule). */
export interface FlowStageMessages {
  /** The graph node id, which is also the index into `Explanation.layers`. */
  readonly node: number;
  readonly name: string;
  /** The rule that sends this layer's relevance down (absent for the input). */
  readonly rule?: string;
  /** Per sample, the units with the largest |relevance| (unit, relevance), largest first. */
  readonly top: readonly (readonly { unit: number; relevance: number }[])[];
  /** Per sample, the messages from this layer's units to the previous stage's units (empty for the input). */
  readonly messages: readonly (readonly RelevanceMessage[])[];
}

export interface RelevanceMessages {
  readonly method: string;
  readonly target: readonly number[];
  /** Input first, then every dense/conv layer in network order. */
  readonly stages: readonly FlowStageMessages[];
}

export interface MessageOptions extends ExplainOptions {
  /** Units kept per layer and sample (default 5); messages to and from the others are grouped. */
  top?: number;
}

/**
 * The relevance messages between neighbouring dense/conv layers (and the input) of `model` on `x`, for
 * an LRP method (a named composite or `lrp` with a composite table). `options` are those of `explain`.
 */
export async function relevanceMessages(model: tf.LayersModel | Explainer, x: tf.Tensor, options: MessageOptions = {}): Promise<RelevanceMessages> {
  check(options !== null && typeof options === "object", () => `options must be an object, got ${describeValue(options)}`);
  const top = options.top ?? DEFAULT_TOP_UNITS;
  check(Number.isInteger(top) && top >= 1, () => `top must be a positive integer, got ${describeValue(top)}`);
  const { top: _top, ...explainOptions } = options;
  const method = methodOf(explainOptions);
  check(method.family === "lrp", () => `relevance messages need an LRP method (a composite); ${method.name} propagates no relevance between layers`);
  const explainer = model instanceof Explainer ? model : await prepare(model);
  try {
    const assigned = method.plan(explainer.graph, options).rules;
    check(assigned !== undefined, () => `${method.name} assigns no LRP rules`);
    const rules = new Map([...assigned].map(([id, a]) => [id, a.rule] as const));
    return await messagesOf(explainer.graph, x, method.name, rules, options, top);
  } finally {
    if (explainer !== model) explainer.dispose();
  }
}

type Rules = ReadonlyMap<number, Rule | LayerRule>;

async function messagesOf(graph: Graph, x: tf.Tensor, method: string, rules: Rules, options: MessageOptions, top: number): Promise<RelevanceMessages> {
  const { batch, batched } = await checkInput(graph, x);
  const n = batch.shape[0]!;
  const classes = classCount(graph);
  const acts = tf.tidy(() => forward(graph, batch));
  let R: (tf.Tensor | undefined)[] = [];
  try {
    const target = await targetsOf(options.target, n, classes, acts[graph.output]!, batched);
    R = tf.tidy(() => propagateRelevance(graph, acts, tf.mul(acts[graph.output]!, selector(target, classes)), rules));
    const stageIds = graph.nodes.filter((node) => node.kind === "input" || isLinear(node)).map((node) => node.id);
    const stages: FlowStageMessages[] = [];
    for (let k = 0; k < stageIds.length; k++) {
      const id = stageIds[k]!;
      const node = graph.nodes[id]!;
      const relevance = R[id] ?? tf.zeros([n, ...(node.outputShape.slice(1) as number[])]);
      const sums = await channelSums(relevance);
      if (relevance !== R[id]) relevance.dispose();
      const tops = sums.map((row) => topUnits(row, top));
      const messages: RelevanceMessage[][] = [];
      if (k > 0 && R[id]) {
        const lower = stageIds[k - 1]!;
        const lowerTops = await channelSums(R[lower] ?? tf.zeros([n, ...(graph.nodes[lower]!.outputShape.slice(1) as number[])])).then((rows) =>
          rows.map((row) => topUnits(row, top)),
        );
        for (let s = 0; s < n; s++)
          messages.push(
            await sampleMessages(
              graph,
              acts,
              rules,
              R[id]!,
              id,
              lower,
              s,
              tops[s]!.map((u) => u.unit),
              lowerTops[s]!.map((u) => u.unit),
            ),
          );
      } else {
        for (let s = 0; s < n; s++) messages.push([]);
      }
      const assignedRule = rules.get(id);
      const rule = assignedRule && !isLayerRule(assignedRule) ? assignedRule.name : undefined;
      stages.push({ node: id, name: node.name, ...(rule ? { rule } : {}), top: tops, messages });
    }
    return { method, target, stages };
  } finally {
    tf.dispose(R.filter((t): t is tf.Tensor => t !== undefined && !acts.includes(t)));
    tf.dispose(acts.filter((t) => t !== batch));
    if (batch !== x) batch.dispose();
  }
}

/**
 * The messages of sample `s` from stage `upper` (its top units, then one row for all its other units) to
 * stage `lower`: the masked relevance of each row is propagated from `upper` down to `lower` in one batch.
 */
async function sampleMessages(
  graph: Graph,
  acts: readonly tf.Tensor[],
  rules: Rules,
  relevance: tf.Tensor,
  upper: number,
  lower: number,
  s: number,
  fromUnits: readonly number[],
  toUnits: readonly number[],
): Promise<RelevanceMessage[]> {
  const units = relevance.shape[relevance.shape.length - 1]!;
  const rest = Array.from({ length: units }, (_, i) => i).filter((i) => !fromUnits.includes(i));
  const rows: (number | null)[] = [...fromUnits, ...(rest.length > 0 ? [null] : [])];
  const matrix = tf.tidy(() => {
    const masks = tf.tensor2d(rows.map((j) => Array.from({ length: units }, (_, i) => (j === null ? (rest.includes(i) ? 1 : 0) : i === j ? 1 : 0))));
    const maskShape = [rows.length, ...relevance.shape.slice(1).map(() => 1)];
    maskShape[maskShape.length - 1] = units;
    const one = tf.slice(relevance, s, 1);
    const start = tf.mul(one, tf.reshape(masks, maskShape));
    const local = (id: number): tf.Tensor => tf.tile(tf.slice(acts[id]!, s, 1), [rows.length, ...acts[id]!.shape.slice(1).map(() => 1)]);
    const nonNegative = analysisOf(graph).nonNegative;
    const R = new Map<number, tf.Tensor>([[upper, start]]);
    for (let id = upper; id > lower; id--) {
      const r = R.get(id);
      if (!r) continue;
      const node = graph.nodes[id]!;
      const inputs = node.inputs.map(local);
      const rule = rules.get(id)!;
      // The same step the engine takes at this node (propagateRelevance), on the masked relevance.
      const back = isLayerRule(rule)
        ? propagateLayer(graph, node, inputs, local(id), r, rule)
        : isLinear(node)
          ? [propagateLinear({ graph, node, x: inputs[0]!, z: local(id), xNonNegative: nonNegative[node.inputs[0]!]! }, rule, r)]
          : [];
      node.inputs.forEach((i, k) => {
        if (i < lower) return; // a skip connection around the lower stage: its share is not a message to it
        const prev = R.get(i);
        R.set(i, prev ? tf.add(prev, back[k]!) : back[k]!);
      });
    }
    const reached = R.get(lower) ?? tf.zeros([rows.length, ...acts[lower]!.shape.slice(1)]);
    return tf.sum(tf.reshape(reached, [rows.length, -1, reached.shape[reached.shape.length - 1]!]), 1);
  });
  // Like the engine after each layer: the weights the rules used may leave the cache.
  graph.cache.release();
  const values = (await matrix.array()) as number[][];
  matrix.dispose();
  const messages: RelevanceMessage[] = [];
  rows.forEach((from, r) => {
    const row = values[r]!;
    for (const to of toUnits) messages.push({ from, to, value: row[to]! });
    let other = 0;
    let any = false;
    row.forEach((v, i) => {
      if (toUnits.includes(i)) return;
      other += v;
      any = true;
    });
    if (any) messages.push({ from, to: null, value: other });
  });
  return messages;
}

/** Per sample, the relevance of each unit (last axis) summed over all other axes. */
async function channelSums(relevance: tf.Tensor): Promise<number[][]> {
  const n = relevance.shape[0]!;
  const units = relevance.shape[relevance.shape.length - 1]!;
  const sums = tf.tidy(() => tf.sum(tf.reshape(relevance, [n, -1, units]), 1));
  const rows = (await sums.array()) as number[][];
  sums.dispose();
  return rows;
}

function topUnits(row: readonly number[], top: number): { unit: number; relevance: number }[] {
  return row
    .map((relevance, unit) => ({ unit, relevance }))
    .sort((a, b) => Math.abs(b.relevance) - Math.abs(a.relevance) || a.unit - b.unit)
    .slice(0, top);
}

/** The explained class of each sample: the given one(s), or the predicted class (read asynchronously). */
async function targetsOf(target: ExplainOptions["target"], n: number, classes: number, logits: tf.Tensor, batched: boolean): Promise<number[]> {
  if (target === undefined) {
    const best = tf.argMax(logits, 1);
    const list = Array.from(await best.data());
    best.dispose();
    return list;
  }
  const list = typeof target === "number" ? new Array<number>(n).fill(target) : Array.from(target);
  check(list.length === n, () => `target lists ${list.length} classes for ${batched ? "one sample" : `a batch of ${n} samples`}`);
  list.forEach((t) =>
    check(Number.isInteger(t) && t >= 0 && t < classes, () => `target ${describeValue(t)} is out of range: the model has ${classes} classes`),
  );
  return list;
}

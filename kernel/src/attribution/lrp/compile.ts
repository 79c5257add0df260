/**
 * Compiling a rule (rules/rule.ts) for one linear layer into the fewest forward maps and transposed
 * maps that compute it exactly. Pure arithmetic on the rule's data, no tensors: the engine
 * (linear.ts) runs the result.
 *
 * The rule's terms are bilinear in (modified input, modified weights). Written in a basis where the
 * modifiers are linear combinations of a few atoms, terms share their maps:
 * - weights: the γ-weights w + γw⁺ and (1 + γ)w − γw⁺ need only w and w⁺;
 * - inputs: x⁻ = x − x⁺; when the layer input is known to be ≥ 0 (after a ReLU), x⁺ = x and x⁻ = 0;
 * - the forward map of (x, w) is the layer's stored output minus its bias: no work at all.
 * The transposed maps are grouped too: inputs whose coefficients (over the rule's parts) are
 * proportional share one transposed map. So z⁺, ε, flat and w² cost one forward and one transposed map
 * at most, γ (on non-negative inputs) one forward and two transposed maps instead of two and two, the
 * box rule two transposed maps instead of three. Both bases — atoms or the rule's own modifiers — are
 * costed, and the cheaper is used.
 *
 * Exactness: a denominator written in atoms must not lose digits to cancellation. The weight atoms are
 * used in denominators only in parts that explain units by the sign of z (the γ-rule): for a unit with
 * z > 0 the positive part's denominator is z + γ(x·w⁺ + b⁺), at least as large as each of its terms,
 * and likewise for z < 0, so float32 keeps its relative precision. w⁻ is never written as w − w⁺ (see
 * `expandWeight`).
 */
import type { InputModifier, ParamModifier, Rule } from "../../rules/rule";
import { modifierKey } from "../../rules/rule";

/** An input atom: the layer input x, x⁺, x⁻, the box rule's bounds, or all ones (flat, w²). */
export type InputAtom = "x" | "pos" | "neg" | "low" | "high" | "ones";

/** A weight atom: a modifier applied to the layer's kernel, named by its cache key ("identity" is w itself). */
export interface KernelAtom {
  readonly key: string;
  readonly modifier: ParamModifier;
}

/** `coef · F(input, kernel)`, F the layer's forward map without bias. */
export interface Product {
  readonly input: InputAtom;
  readonly kernel: KernelAtom;
  readonly coef: number;
}

/** A bias contribution to a part's denominator: `sign · modifier(b)`. */
export interface BiasTerm {
  readonly modifier: ParamModifier;
  readonly sign: 1 | -1;
}

export interface CompiledPart {
  readonly select: "all" | "positive" | "negative";
  /** The denominator: Σ products + Σ biases (the biases only where the rule keeps them). */
  readonly products: readonly Product[];
  readonly biases: readonly BiasTerm[];
  /** The denominator is exactly the layer's stored output (xw + b): no work. */
  readonly isStoredOutput: boolean;
}

/**
 * One transposed map: `kernelᵀ(Σ_p weights[p] · s_p)`, s_p the normalised relevance of part p; its result
 * is multiplied by `Σ inputs[i].coef · inputs[i].input` (an input "ones" adds the map itself).
 */
export interface CompiledTranspose {
  readonly kernel: KernelAtom;
  readonly weights: readonly number[];
  readonly inputs: readonly { readonly input: InputAtom; readonly coef: number }[];
}

export interface CompiledRule {
  readonly parts: readonly CompiledPart[];
  readonly transposes: readonly CompiledTranspose[];
  /** How many forward maps (not free) and transposed maps it runs: what the basis choice minimises. */
  readonly cost: number;
}

const W: KernelAtom = { key: "identity", modifier: { kind: "identity" } };
const P: KernelAtom = { key: "pos", modifier: { kind: "pos" } };

/** The cheapest exact compilation of `rule` on a layer whose input is (`xNonNegative`) known to be ≥ 0. */
export function compileRule(rule: Rule, xNonNegative: boolean, hasBias: boolean): CompiledRule {
  const flags = [true, false];
  const candidates = flags.flatMap((atomInputs) =>
    flags.flatMap((denominators) => flags.map((transposes) => compileIn(rule, xNonNegative, hasBias, { atomInputs, denominators, transposes }))),
  );
  return candidates.reduce((best, c) => (c.cost < best.cost ? c : best));
}

/**
 * Which parts of the compilation use the weight atoms: the denominators (only where a part selects
 * units by the sign of z, see above), the transposed maps (always exact: nothing is divided there,
 * and each map's rounding stays relative to its own terms), the inputs.
 */
interface Basis {
  readonly atomInputs: boolean;
  readonly denominators: boolean;
  readonly transposes: boolean;
}

function compileIn(rule: Rule, xNonNegative: boolean, hasBias: boolean, basis: Basis): CompiledRule {
  const parts: CompiledPart[] = [];
  // transposes keyed by kernel, then by input: the coefficient vector over the parts.
  const byKernel = new Map<string, { kernel: KernelAtom; inputs: Map<InputAtom, number[]> }>();
  rule.parts.forEach((part, p) => {
    const products: Product[] = [];
    const biases: BiasTerm[] = [];
    for (const term of part.terms) {
      const inputs = expandInput(term.input, xNonNegative, basis.atomInputs);
      if (inputs.length === 0) continue;
      // Only where the part selects units by the sign of z: there the atoms' sums cannot cancel (see above).
      const denominatorKernels = expandWeight(term.weight, basis.denominators && part.select !== "all");
      const transposeKernels = expandWeight(term.weight, basis.transposes);
      if (term.bias && !rule.zeroBias && hasBias) biases.push({ modifier: term.bias, sign: term.sign });
      for (const [input, a] of inputs) {
        for (const [kernel, b] of denominatorKernels) addProduct(products, input, kernel, term.sign * a * b);
        for (const [kernel, b] of transposeKernels) {
          const coef = term.sign * a * b;
          const entry = byKernel.get(kernel.key) ?? { kernel, inputs: new Map<InputAtom, number[]>() };
          byKernel.set(kernel.key, entry);
          const vector = entry.inputs.get(input) ?? rule.parts.map(() => 0);
          vector[p]! += part.scale * coef;
          entry.inputs.set(input, vector);
        }
      }
    }
    const nonzero = products.filter((q) => q.coef !== 0);
    const isStoredOutput =
      nonzero.length === 1 &&
      nonzero[0]!.input === "x" &&
      nonzero[0]!.kernel.key === "identity" &&
      nonzero[0]!.coef === 1 &&
      (hasBias ? biases.length === 1 && biases[0]!.modifier.kind === "identity" && biases[0]!.sign === 1 : biases.length === 0);
    parts.push({ select: part.select, products: nonzero, biases, isStoredOutput });
  });
  const transposes = groupTransposes(byKernel);
  const forwards = new Set<string>();
  for (const part of parts) {
    if (part.isStoredOutput) continue;
    for (const q of part.products) if (!(q.input === "x" && q.kernel.key === "identity")) forwards.add(`${q.input}|${q.kernel.key}`);
  }
  // Forward maps of constant inputs (ones, bounds) are cheap or cached; they still count a little.
  let cost = transposes.length;
  for (const f of forwards) cost += f.startsWith("ones|") ? 0.1 : 1;
  return { parts, transposes, cost };
}

/** Input atoms and coefficients that make up a term's input. */
function expandInput(m: InputModifier, xNonNegative: boolean, atomInputs: boolean): [InputAtom, number][] {
  switch (m) {
    case "pos":
      return [[xNonNegative ? "x" : "pos", 1]];
    case "neg":
      if (xNonNegative) return [];
      return atomInputs
        ? [
            ["x", 1],
            ["pos", -1],
          ]
        : [["neg", 1]];
    default:
      return [[m, 1]];
  }
}

/**
 * Kernel atoms and coefficients that make up a modified kernel. Only the γ-weights are written in w and
 * w⁺: their atoms carry the same weights as the modifier (each weight's terms add to at most (1 + 2γ)
 * times its own), while w⁻ = w − w⁺ would bring in the positive weights, which cancel only in exact
 * arithmetic: next to a part whose denominator holds only negative contributions (the αβ-rule's β part,
 * the box rule's upper bound) they are unbounded (a 2 % error was seen).
 */
function expandWeight(m: ParamModifier, atomWeights: boolean): [KernelAtom, number][] {
  if (m.kind === "identity") return [[W, 1]];
  if (m.kind === "pos") return [[P, 1]];
  if (atomWeights && m.kind === "gamma") {
    // w + γw⁺, or w + γw⁻ = (1 + γ)w − γw⁺.
    return m.towards === "pos"
      ? [
          [W, 1],
          [P, m.gamma],
        ]
      : [
          [W, 1 + m.gamma],
          [P, -m.gamma],
        ];
  }
  return [[{ key: modifierKey(m), modifier: m }, 1]];
}

function addProduct(products: Product[], input: InputAtom, kernel: KernelAtom, coef: number): void {
  const i = products.findIndex((q) => q.input === input && q.kernel.key === kernel.key);
  if (i < 0) products.push({ input, kernel, coef });
  else products[i] = { input, kernel, coef: products[i]!.coef + coef };
}

/** One transposed map per kernel and class of proportional coefficient vectors. */
function groupTransposes(byKernel: Map<string, { kernel: KernelAtom; inputs: Map<InputAtom, number[]> }>): CompiledTranspose[] {
  const out: CompiledTranspose[] = [];
  for (const { kernel, inputs } of byKernel.values()) {
    const groups: { weights: number[]; inputs: { input: InputAtom; coef: number }[] }[] = [];
    for (const [input, vector] of inputs) {
      const lead = vector.find((v) => v !== 0);
      if (lead === undefined) continue;
      const unit = vector.map((v) => v / lead);
      const group = groups.find((g) => g.weights.every((w, i) => Math.abs(w - unit[i]!) <= 1e-12 * Math.max(1, Math.abs(w))));
      if (group) group.inputs.push({ input, coef: lead });
      else groups.push({ weights: unit, inputs: [{ input, coef: lead }] });
    }
    for (const g of groups) out.push({ kernel, ...g });
  }
  return out;
}

/**
 * Guided backprop (Springenberg et al. 2015, "Striving for simplicity"): the gradient, except that at
 * every ReLU only positive signals go back, and only where the unit was active (1[x > 0]·1[R > 0]·R).
 * Starts from the one-hot vector like the gradient. The paper's pixel-flipping figure places it with
 * LRP-α1β0, between LRP-α2β1 and sensitivity analysis (methods.md §6). As a composite:
 * `rules.guidedBackprop()` on ReLUs, `rules.gradient()` elsewhere; like Captum and zennit, other
 * activations (relu6, leaky ReLU, ...) keep their gradient: add `{ activation: "relu6" }` to change that.
 */
import { assignRules, type Composite } from "../../composites";
import { gradient, guidedBackprop as guided } from "../../rules";
import type { Method } from "./method";
import { propagationPlan } from "./propagation";

export const GUIDED_BACKPROP: Composite = [
  { match: { activation: "relu" }, rule: guided() },
  { match: { kind: "any" }, rule: gradient() },
];

export const guidedBackprop: Method = {
  name: "guided-backprop",
  family: "gradient",
  summary: "guided backprop: the gradient with only positive signals passing each ReLU",
  parameters: [],
  layers: true,
  plan: (graph) => propagationPlan(graph, assignRules(graph, GUIDED_BACKPROP), "one"),
};

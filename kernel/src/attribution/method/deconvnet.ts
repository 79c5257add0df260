/**
 * The deconvnet (Zeiler & Fergus 2014, "Visualizing and understanding convolutional networks"): the
 * signal goes back through the transposed layers, each ReLU applied to the backward signal itself
 * (`R_in = R⁺`, ignoring where the unit was active) and max pooling through its switches (the winner
 * of each window). Starts from the one-hot vector. As a composite: `rules.deconvnet()` on ReLUs,
 * `rules.gradient()` elsewhere (other activations keep their gradient, as in Captum and zennit).
 */
import { assignRules, type Composite } from "../../composites";
import { deconvnet as deconv, gradient } from "../../rules";
import type { Method } from "./method";
import { propagationPlan } from "./propagation";

export const DECONVNET: Composite = [
  { match: { activation: "relu" }, rule: deconv() },
  { match: { kind: "any" }, rule: gradient() },
];

export const deconvnet: Method = {
  name: "deconvnet",
  family: "gradient",
  summary: "deconvnet (Zeiler & Fergus): transposed layers, each ReLU applied to the backward signal",
  parameters: [],
  layers: true,
  plan: (graph) => propagationPlan(graph, assignRules(graph, DECONVNET), "one"),
};

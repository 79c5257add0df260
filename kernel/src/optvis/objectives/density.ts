/**
 * log p(x) of a density expert as an objective term: AM with an expert maximises
 * log p(ω_c|x) + log p(x) (Montavon et al. 2018, §1), so the prototype is both typical of the class
 * and likely under the data.
 */
import { check } from "../../errors";
import type { Expert } from "../experts/expert";
import { Objective } from "./objective";

/** The expert's log-density of each prototype (scale it with `.times(w)` to weigh it). */
export function logDensity(expert: Expert): Objective {
  check(expert && typeof expert.logDensity === "function", "logDensity needs an expert (gaussian(), gmm(), rbm())");
  return new Objective(
    { kind: "logDensity", expert: expert.kind },
    (ctx) => expert.logDensity(ctx.image),
    (info) => {
      check(expert.fitted, `the ${expert.kind} expert is not fitted yet: call fit(data) first`);
      const size = info.inputShape.reduce((a, b) => a * b, 1);
      check(expert.dim === size, `the ${expert.kind} expert was fitted on ${expert.dim} features, the model input [${info.inputShape.join(", ")}] has ${size}`);
    },
  );
}

/** One view per payload kind: `render(payload, el, context) → dispose`. */
import type { Payload } from "../contract";
import type { View, ViewContext } from "./common";
import { renderCurve } from "./curve";
import { renderFlow } from "./flow";
import { renderHeatmap } from "./heatmap";
import { renderPrototypes } from "./prototypes";

export { renderCurve, renderFlow, renderHeatmap, renderPrototypes };
export type { View, ViewContext, RecomputeChange } from "./common";

/** Draws any payload with the view of its kind; returns the dispose function. */
export function renderPayload(payload: Payload, el: HTMLElement, context: ViewContext): () => void {
  switch (payload.kind) {
    case "heatmap":
      return renderHeatmap(payload, el, context);
    case "prototypes":
      return renderPrototypes(payload, el, context);
    case "relevance-flow":
      return renderFlow(payload, el, context);
    case "curve":
      return renderCurve(payload, el, context);
  }
}

/** The view of each kind, for callers that dispatch themselves. */
export const VIEWS: { [K in Payload["kind"]]: View<Extract<Payload, { kind: K }>> } = {
  heatmap: renderHeatmap,
  prototypes: renderPrototypes,
  "relevance-flow": renderFlow,
  curve: renderCurve,
};

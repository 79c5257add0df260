/**
 * xai-lab-jupyterlab: the JupyterLab 4 widgets of xai-lab. The views are plain functions
 * (`render(payload, el, context) → dispose`) usable without JupyterLab; `plugin` (kernel ties) and
 * `mime` (the renderer) are the thin JupyterLab glue, loaded as the package's `extension` and
 * `mimeExtension` entry points.
 */
export { renderPayload, renderHeatmap, renderPrototypes, renderFlow, renderCurve, VIEWS, type View, type ViewContext, type RecomputeChange } from "./views";
export { XaiRenderer } from "./renderer";
export { rendererFactory } from "./mime";
export { MIME_TYPE, parsePayload, type Payload } from "./contract";

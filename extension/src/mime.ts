/**
 * The mime renderer extension: outputs of MIME_TYPE are drawn by XaiRenderer. The factory is `safe`:
 * payload text is only ever set as text, so untrusted outputs (a notebook opened from a file) render too,
 * showing their stored state; only live outputs of trusted cells can call the kernel (renderer.ts).
 */
import type { IRenderMime } from "@jupyterlab/rendermime-interfaces";
import { MIME_TYPE } from "./contract";
import { XaiRenderer } from "./renderer";

/** Ahead of image/png (rank 90), which every xai-lab output also carries as its fallback. */
const RANK = 50;

export const rendererFactory: IRenderMime.IRendererFactory = {
  safe: true,
  mimeTypes: [MIME_TYPE],
  defaultRank: RANK,
  createRenderer: (options) => new XaiRenderer(options),
};

const extension: IRenderMime.IExtension = {
  id: "xai-lab-jupyterlab:renderer",
  description: "Draws xai-lab outputs (heatmaps, prototypes, relevance flow, curves) as interactive widgets.",
  rendererFactory,
  rank: RANK,
  dataType: "json",
};

export default extension;

/**
 * display/: showing xai-lab results in Jupyter through tslab — one bundle per output (the xai-lab
 * payload, a PNG drawn by render/, a text summary), progress that updates in place, and the kernel's side
 * of the widgets' recomputes (callback.ts). The kernel process and its kernelspec are in notebookKernel/.
 */
export { show, displayBundle, type Showable, type ShowOptions } from "./show";
export { progress, type Progress } from "./progress";
export type { DisplayBundle } from "./bundle";
export { kernelWriter, type DisplayContent, type DisplayWriter } from "./tslab";
export { sessionSecret, isSessionSecret } from "./session";
export { answerCallback, forgetInteractiveOutputs, type InteractiveOptions, type CallbackAnswer } from "./callback";

/**
 * display/: showing xai-lab results in Jupyter through tslab — one bundle per output (the xai-lab
 * payload, a PNG, a text summary), progress that updates in place, and the kernelspec.
 */
export { show, displayBundle, type Showable, type ShowOptions } from "./show";
export { progress, type Progress } from "./progress";
export type { DisplayBundle } from "./bundle";
export { kernelWriter, type DisplayContent, type DisplayWriter } from "./tslab";
export { sessionSecret, isSessionSecret } from "./session";
export { kernelSpec, installKernelSpec, uninstallKernelSpec, userDataDir, KERNEL_NAME, type KernelSpec } from "./kernelspec";
export { answerCallback, forgetInteractiveOutputs, type InteractiveOptions, type CallbackAnswer } from "./callback";

/**
 * The plugin that ties outputs to kernels: it tracks notebook panels, lets renderers find the kernel of
 * the panel that shows them, and records the xai-lab outputs each kernel sends (ties.ts). Renderers are
 * registered by the mime extension (mime.ts); this plugin adds only what a renderer cannot see.
 */
import type { JupyterFrontEnd, JupyterFrontEndPlugin } from "@jupyterlab/application";
import type { ISessionContext } from "@jupyterlab/apputils";
import { INotebookTracker } from "@jupyterlab/notebook";
import type { Kernel, Session } from "@jupyterlab/services";
import { forgetKernel, noteKernelMessage, setKernelProvider } from "./ties";

const plugin: JupyterFrontEndPlugin<void> = {
  id: "xai-lab-jupyterlab:kernel-ties",
  description: "Lets xai-lab widgets ask the notebook's own kernel to recompute.",
  autoStart: true,
  requires: [INotebookTracker],
  activate: (_app: JupyterFrontEnd, tracker: INotebookTracker): void => {
    setKernelProvider({
      kernelFor(node) {
        const panel = tracker.find((p) => p.node.contains(node));
        return panel?.sessionContext.session?.kernel ?? null;
      },
    });
    tracker.forEach((panel) => watch(panel.sessionContext));
    tracker.widgetAdded.connect((_, panel) => watch(panel.sessionContext));
  },
};

/** Records the outputs of the session's kernels, and forgets them when a kernel restarts or dies. */
function watch(context: ISessionContext): void {
  const onMessage = (session: Session.ISessionConnection, args: Kernel.IAnyMessageArgs): void => {
    const kernel = session.kernel;
    if (kernel && args.direction === "recv") noteKernelMessage(kernel.id, args.msg);
  };
  const connect = (): void => {
    context.session?.anyMessage.connect(onMessage);
  };
  context.sessionChanged.connect(connect);
  connect();
  context.statusChanged.connect((_, status) => {
    const id = context.session?.kernel?.id;
    if (id && (status === "restarting" || status === "autorestarting" || status === "dead")) forgetKernel(id);
  });
  context.kernelChanged.connect((_, change) => {
    if (change.oldValue) forgetKernel(change.oldValue.id);
  });
}

export default plugin;

/**
 * The plugin that ties outputs to kernels: it tracks notebook panels, lets renderers find the kernel of
 * the panel that shows them, and records the xai-lab outputs each kernel sends (ties.ts). Renderers are
 * registered by the mime extension (mime.ts); this plugin adds only what a renderer cannot see.
 */
import type { JupyterFrontEnd, JupyterFrontEndPlugin } from "@jupyterlab/application";
import type { ISessionContext } from "@jupyterlab/apputils";
import { INotebookTracker, type NotebookPanel } from "@jupyterlab/notebook";
import type { Kernel, Session } from "@jupyterlab/services";
import { forgetKernel, kernelsChanged, noteKernelMessage, setKernelProvider } from "./ties";

const plugin: JupyterFrontEndPlugin<void> = {
  id: "xai-lab-jupyterlab:kernel-ties",
  description: "Lets xai-lab widgets ask the notebook's own kernel to recompute.",
  autoStart: true,
  requires: [INotebookTracker],
  activate: (_app: JupyterFrontEnd, tracker: INotebookTracker): void => {
    const cellOf = (node: HTMLElement): { panel: NotebookPanel; index: number } | null => {
      const panel = tracker.find((p) => p.node.contains(node));
      if (!panel) return null;
      const index = panel.content.widgets.findIndex((cell) => cell.node.contains(node));
      return index >= 0 ? { panel, index } : null;
    };
    setKernelProvider({
      kernelFor(node) {
        const panel = tracker.find((p) => p.node.contains(node));
        return panel?.sessionContext.session?.kernel ?? null;
      },
      cellSource(node) {
        const at = cellOf(node);
        return at ? at.panel.content.widgets[at.index]!.model.sharedModel.getSource() : null;
      },
      insertCellBelow(node, code) {
        const at = cellOf(node);
        const model = at?.panel.content.model;
        if (!at || !model) return false;
        model.sharedModel.insertCell(at.index + 1, { cell_type: "code", source: code, metadata: {} });
        at.panel.content.activeCellIndex = at.index + 1;
        return true;
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
  let ready = false;
  context.statusChanged.connect((_, status) => {
    const id = context.session?.kernel?.id;
    if (id && (status === "restarting" || status === "autorestarting" || status === "dead")) {
      ready = false;
      forgetKernel(id);
    }
    // Once a kernel answers (after a page reload, say), outputs it may still hold can ask it (a probe).
    if (status === "idle" && !ready) {
      ready = true;
      kernelsChanged();
    }
  });
  context.kernelChanged.connect((_, change) => {
    ready = false;
    if (change.oldValue) forgetKernel(change.oldValue.id);
    kernelsChanged();
  });
}

export default plugin;

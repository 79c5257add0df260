/**
 * The output widget of MIME_TYPE: checks the payload (an object, or its JSON text), draws it with the
 * view of its kind, and — for a live output of a trusted cell — lets the view ask the kernel to recompute.
 * The kernel's answer replaces the output's data (`model.setData`), so the notebook saves the new state
 * (payload, PNG and text together) and JupyterLab redraws this same widget. A payload that fails the
 * check shows an error box in this output only.
 */
import type { IRenderMime } from "@jupyterlab/rendermime-interfaces";
import type { Message } from "@lumino/messaging";
import { Widget } from "@lumino/widgets";
import { MIME_TYPE, parsePayload, type Payload } from "./contract";
import { hasKernelProvider, isLive, onLivenessChange, sendCallback } from "./ties";
import { errorBox, type RecomputeChange, type ViewContext } from "./views/common";
import { renderPayload } from "./views";

const CLASS = "jp-XaiLabRenderer";

/** Renders one output of MIME_TYPE. */
export class XaiRenderer extends Widget implements IRenderMime.IRenderer {
  private disposeView: (() => void) | null = null;
  private readonly resizeListeners = new Set<() => void>();
  private readonly state: Record<string, unknown> = {};
  private model: IRenderMime.IMimeModel | null = null;
  private renders = 0;
  private stopWatching: (() => void) | null = null;

  constructor(_options: IRenderMime.IRendererOptions) {
    super();
    this.addClass(CLASS);
  }

  /** Draws `model` (called again by JupyterLab when the output's data changes). */
  async renderModel(model: IRenderMime.IMimeModel): Promise<void> {
    this.model = model;
    this.renders += 1;
    this.clear();
    const parsed = parsePayload(model.data[MIME_TYPE]);
    if (!parsed.ok) {
      errorBox(this.node, parsed.error);
      return;
    }
    const payload = parsed.payload;
    this.node.dataset["kind"] = payload.kind;
    try {
      this.disposeView = renderPayload(payload, this.node, this.contextFor(payload, model));
    } catch (e) {
      this.clear();
      errorBox(this.node, `drawing failed: ${(e as Error).message}`);
    }
    if (payload.kind === "heatmap" && payload.controls && !this.stopWatching) {
      // Liveness changes (a restart, or the payload's message recorded late): redraw with the right controls.
      let wasLive = isLive(payload.session.secret);
      this.stopWatching = onLivenessChange(() => {
        const now = this.model ? isLiveOutput(this.model) : false;
        if (now !== wasLive && this.model) {
          wasLive = now;
          void this.renderModel(this.model);
        }
      });
    }
  }

  dispose(): void {
    if (this.isDisposed) return;
    this.clear();
    this.stopWatching?.();
    this.stopWatching = null;
    this.resizeListeners.clear();
    super.dispose();
  }

  protected onResize(msg: Widget.ResizeMessage): void {
    super.onResize(msg);
    for (const l of this.resizeListeners) l();
  }

  protected onAfterShow(msg: Message): void {
    super.onAfterShow(msg);
    for (const l of this.resizeListeners) l();
  }

  private clear(): void {
    this.disposeView?.();
    this.disposeView = null;
    this.node.textContent = "";
  }

  private contextFor(payload: Payload, model: IRenderMime.IMimeModel): ViewContext {
    const context: ViewContext = {
      state: this.state,
      onResize: (listener) => {
        this.resizeListeners.add(listener);
        return () => this.resizeListeners.delete(listener);
      },
    };
    if (payload.kind !== "heatmap" || !payload.controls) return context;
    if (!model.trusted) {
      context.note = "This output is not trusted (it was loaded from a file): it shows its stored state. Re-run its cell to change the class, method or parameters.";
    } else if (!hasKernelProvider()) {
      context.note = "Interaction needs a notebook with a running kernel.";
    } else if (!isLive(payload.session.secret)) {
      context.note = "This output was made by an earlier kernel session and shows its stored state. Re-run its cell to change the class, method or parameters.";
    } else {
      context.recompute = (change) => this.recompute(payload, change);
    }
    return context;
  }

  private async recompute(payload: Payload, change: RecomputeChange): Promise<void> {
    const model = this.model;
    if (!model) return;
    const result = await sendCallback(this.node, { kind: "heatmap", secret: payload.session.secret, call: payload.session.call, ...change });
    if (!result.ok) throw new Error(result.message);
    const before = this.renders;
    model.setData({ data: result.data as IRenderMime.IMimeModel["data"] });
    // In an output area, setData makes JupyterLab call renderModel again; elsewhere, redraw here.
    await Promise.resolve();
    if (this.renders === before && !this.isDisposed) await this.renderModel(model);
  }
}

function isLiveOutput(model: IRenderMime.IMimeModel): boolean {
  const parsed = parsePayload(model.data[MIME_TYPE]);
  return parsed.ok && isLive(parsed.payload.session.secret);
}

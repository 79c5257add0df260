/**
 * The output widget of MIME_TYPE: checks the payload (an object, or its JSON text), draws it with the
 * view of its kind, and — for a live output of a trusted cell — lets the view ask the kernel to recompute.
 * The kernel's answer is a *view state*: it is drawn in place with a banner that says how it differs from
 * the cell's code, offers to insert that code as a new cell, and goes back to the stored output; the
 * output's data is never changed, so a saved notebook always holds what its code produced. After a page
 * reload the widget asks the kernel whether it still holds the output (a probe), and stays interactive.
 * A payload that fails the check shows an error box in this output only.
 */
import type { IRenderMime } from "@jupyterlab/rendermime-interfaces";
import type { Message } from "@lumino/messaging";
import { Widget } from "@lumino/widgets";
import { MIME_TYPE, parsePayload, type Payload } from "./contract";
import { cellSourceOf, hasKernelProvider, insertCellBelow, isLive, onLivenessChange, probeLive, sendCallback } from "./ties";
import { viewCode, viewDifference } from "./viewCode";
import { errorBox, type RecomputeChange, type ViewContext } from "./views/common";
import { renderPayload } from "./views";

const CLASS = "jp-XaiLabRenderer";

/** Renders one output of MIME_TYPE. */
export class XaiRenderer extends Widget implements IRenderMime.IRenderer {
  private disposeView: (() => void) | null = null;
  private readonly resizeListeners = new Set<() => void>();
  private readonly state: Record<string, unknown> = {};
  private model: IRenderMime.IMimeModel | null = null;
  /** A recomputed display the user chose in the widget: shown, never stored (the output stays what the code made). */
  private viewData: Record<string, unknown> | null = null;
  private stopWatching: (() => void) | null = null;

  constructor(_options: IRenderMime.IRendererOptions) {
    super();
    this.addClass(CLASS);
  }

  /** Draws `model` (called again by JupyterLab when the output's data changes: a re-run resets the view). */
  async renderModel(model: IRenderMime.IMimeModel): Promise<void> {
    this.model = model;
    this.viewData = null;
    this.draw();
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

  /** Draws the stored payload, or the view the user chose (with a banner saying so). */
  private draw(): void {
    const model = this.model;
    if (!model || this.isDisposed) return;
    this.clear();
    const parsed = parsePayload(model.data[MIME_TYPE]);
    if (!parsed.ok) {
      errorBox(this.node, parsed.error);
      return;
    }
    const stored = parsed.payload;
    let shown: Payload = stored;
    if (this.viewData) {
      const view = parsePayload(this.viewData[MIME_TYPE]);
      if (view.ok && view.payload.kind === stored.kind) shown = view.payload;
      else this.viewData = null;
    }
    this.node.dataset["kind"] = shown.kind;
    this.node.dataset["view"] = shown === stored ? "stored" : "changed";
    try {
      this.disposeView = renderPayload(shown, this.node, this.contextFor(stored, shown, model));
    } catch (e) {
      this.clear();
      errorBox(this.node, `drawing failed: ${(e as Error).message}`);
    }
    if (stored.kind === "heatmap" && stored.controls && !this.stopWatching) {
      // Liveness changes (a restart, a probe's answer, the payload's message recorded late): redraw.
      let wasLive = isLive(stored.session.secret);
      this.stopWatching = onLivenessChange(() => {
        const now = this.model ? isLiveOutput(this.model) : false;
        if (now !== wasLive) {
          wasLive = now;
          this.draw();
        } else if (!now) {
          this.probe();
        }
      });
      if (!wasLive) this.probe();
    }
  }

  /** Asks the notebook's kernel whether it still holds this output (after a page reload): live if so. */
  private probe(): void {
    const model = this.model;
    if (!model || !model.trusted || !hasKernelProvider() || this.isDisposed) return;
    const parsed = parsePayload(model.data[MIME_TYPE]);
    if (parsed.ok && parsed.payload.kind === "heatmap" && parsed.payload.controls)
      void probeLive(this.node, parsed.payload.session.secret, parsed.payload.session.call);
  }

  private contextFor(stored: Payload, shown: Payload, model: IRenderMime.IMimeModel): ViewContext {
    const context: ViewContext = {
      state: this.state,
      onResize: (listener) => {
        this.resizeListeners.add(listener);
        return () => this.resizeListeners.delete(listener);
      },
    };
    if (stored.kind !== "heatmap" || shown.kind !== "heatmap" || !stored.controls) return context;
    if (shown !== stored) {
      const difference = viewDifference(stored, shown);
      context.view = {
        difference: difference ?? "recomputed",
        reset: () => {
          this.viewData = null;
          this.draw();
        },
        insertCode: () => {
          const code = viewCode(shown, cellSourceOf(this.node), String(++inserted));
          return insertCellBelow(this.node, code) ? null : code;
        },
      };
    }
    if (!model.trusted) {
      context.note =
        "This output is not trusted (it was loaded from a file): it shows its stored state. Re-run its cell to change the class, method or parameters.";
    } else if (!hasKernelProvider()) {
      context.note = "Interaction needs a notebook with a running kernel.";
    } else if (!isLive(stored.session.secret)) {
      context.note = "This output was made by an earlier kernel session and shows its stored state. Re-run its cell to change the class, method or parameters.";
    } else {
      context.recompute = (change) => this.recompute(stored, change);
    }
    return context;
  }

  private async recompute(stored: Payload, change: RecomputeChange): Promise<void> {
    const result = await sendCallback(this.node, { kind: "heatmap", secret: stored.session.secret, call: stored.session.call, ...change });
    if (!result.ok) throw new Error(result.message);
    if (this.isDisposed) return;
    // The answer is a view of this output, not its new content: the notebook keeps what the code produced.
    this.viewData = result.data;
    this.draw();
  }
}

/** Numbers the code cells inserted from views, so that their variables do not clash. */
let inserted = 0;

function isLiveOutput(model: IRenderMime.IMimeModel): boolean {
  const parsed = parsePayload(model.data[MIME_TYPE]);
  return parsed.ok && isLive(parsed.payload.session.secret);
}

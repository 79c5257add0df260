/**
 * Kernel ties: which kernel an output belongs to, whether that kernel made it, and the request that asks
 * it to recompute. A mime renderer knows nothing of notebooks, so the plugin (plugin.ts), which tracks
 * notebook panels, installs a provider here that finds the kernel of the panel holding a DOM node, and
 * reports every message its kernels send. An output is *live* when its payload arrived over the wire
 * from the kernel that now runs in its notebook — not when it was loaded from a file, or made before a
 * restart; only live outputs offer their controls. The kernel checks the session secret again: this side
 * only avoids requests that are bound to fail.
 */
import type { Kernel, KernelMessage } from "@jupyterlab/services";
import { callbackCode, MIME_TYPE, REPLY_MIME_TYPE, type CallbackReply, type CallbackRequest } from "./contract";

/** Finds the kernel of the notebook that shows a node, and the cell around it. */
export interface KernelProvider {
  kernelFor(node: HTMLElement): Kernel.IKernelConnection | null;
  /** The source of the code cell whose output holds `node`, if any. */
  cellSource?(node: HTMLElement): string | null;
  /** Inserts a code cell holding `code` below the cell whose output holds `node`; returns whether it did. */
  insertCellBelow?(node: HTMLElement, code: string): boolean;
}

/** The kernel's answer: the new display data, or why there is none. */
export type CallbackResult = { ok: true; data: Record<string, unknown> } | { ok: false; code: string; message: string };

let provider: KernelProvider | null = null;
/** Session secret → id of the kernel whose messages carried it. */
const live = new Map<string, string>();
const listeners = new Set<() => void>();

/** Installs the provider (the plugin does, once). */
export function setKernelProvider(p: KernelProvider | null): void {
  provider = p;
}

/** Whether outputs can be tied to kernels at all in this front end. */
export function hasKernelProvider(): boolean {
  return provider !== null;
}

/** Records the session secret of an xai-lab output that `kernelId` sent (call for every received message). */
export function noteKernelMessage(kernelId: string, msg: KernelMessage.IMessage): void {
  const type = msg.header.msg_type;
  if (type !== "display_data" && type !== "update_display_data" && type !== "execute_result") return;
  const data = (msg.content as { data?: Record<string, unknown> }).data;
  const secret = secretOf(data?.[MIME_TYPE]);
  if (secret !== null && live.get(secret) !== kernelId) {
    live.set(secret, kernelId);
    notify();
  }
}

/** Tells the renderers that a notebook's kernel connected or changed (they may probe again). */
export function kernelsChanged(): void {
  notify();
}

/** Forgets the outputs of a kernel that restarted or died: its new process has another secret. */
export function forgetKernel(kernelId: string): void {
  let changed = false;
  for (const [secret, id] of live) {
    if (id === kernelId) {
      live.delete(secret);
      changed = true;
    }
  }
  if (changed) notify();
}

/** The provider's view of the cell around `node` (null outside a notebook). */
export function cellSourceOf(node: HTMLElement): string | null {
  return provider?.cellSource?.(node) ?? null;
}

/** Inserts a code cell below the cell that shows `node`, where the front end allows it. */
export function insertCellBelow(node: HTMLElement, code: string): boolean {
  return provider?.insertCellBelow?.(node, code) ?? false;
}

const probed = new Set<string>();

/**
 * Asks the kernel of the notebook that shows `node` whether it still holds output `call` of session
 * `secret` (after a page reload the messages that made the output were never seen here). On a yes the
 * output counts as live; each output is asked about once per kernel.
 */
export async function probeLive(node: HTMLElement, secret: string, call: string): Promise<void> {
  const kernel = provider?.kernelFor(node) ?? null;
  if (!kernel || live.get(secret) === kernel.id) return;
  const key = `${kernel.id}:${secret}:${call}`;
  if (probed.has(key)) return;
  probed.add(key);
  const result = await execute(kernel, { kind: "probe", secret, call });
  if (result.ok && live.get(secret) !== kernel.id) {
    live.set(secret, kernel.id);
    notify();
  }
}

/** Whether an output with this secret came from a kernel that is still the same process. */
export function isLive(secret: string): boolean {
  return live.has(secret);
}

/** Calls `listener` whenever liveness may have changed; returns the unsubscribe function. */
export function onLivenessChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Runs the callback for `request` in the kernel of the notebook that shows `node`, as one execution whose
 * code is a single awaited call with the request as a string literal, and returns the answer it displays.
 */
export async function sendCallback(node: HTMLElement, request: CallbackRequest): Promise<CallbackResult> {
  const kernel = provider?.kernelFor(node) ?? null;
  if (!kernel) return { ok: false, code: "no-kernel", message: "this output is not in a notebook with a running kernel" };
  const owner = live.get(request.secret);
  if (owner !== kernel.id)
    return { ok: false, code: "unknown-session", message: "this output was made by another kernel session; re-run its cell to interact with it" };
  return execute(kernel, request);
}

/** Runs `request` as one execution in `kernel` and returns the answer it displays. */
async function execute(kernel: Kernel.IKernelConnection, request: CallbackRequest): Promise<CallbackResult> {
  let answer: Record<string, unknown> | null = null;
  const future = kernel.requestExecute({ code: callbackCode(request), silent: false, store_history: false, allow_stdin: false, stop_on_error: false }, true);
  let printed = "";
  future.onIOPub = (msg) => {
    if (msg.header.msg_type === "stream") printed += (msg.content as { text?: string }).text ?? "";
    if (msg.header.msg_type !== "display_data" && msg.header.msg_type !== "execute_result") return;
    const data = (msg.content as { data?: Record<string, unknown> }).data;
    if (data && data[REPLY_MIME_TYPE] !== undefined) answer = data;
  };
  let failure: string | null = null;
  try {
    const reply = await future.done;
    const content = reply?.content as { status?: string; ename?: string; evalue?: string } | undefined;
    if (content?.status === "error")
      failure = `the kernel could not run the request: ${[content.ename, content.evalue, printed.trim().split("\n")[0]].filter(Boolean).join(": ")}`;
  } catch (e) {
    failure = `the kernel could not run the request: ${(e as Error).message}`;
  }
  const data = answer as Record<string, unknown> | null;
  if (!data)
    return {
      ok: false,
      code: "no-answer",
      message: failure ?? "the kernel did not answer: is xai-lab imported in this notebook's kernel? Re-run the cell that made this output.",
    };
  const reply = data[REPLY_MIME_TYPE] as CallbackReply;
  if (!reply || typeof reply !== "object") return { ok: false, code: "no-answer", message: "the kernel's answer is malformed" };
  if (!reply.ok) return { ok: false, code: String(reply.code), message: String(reply.message) };
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) if (key !== REPLY_MIME_TYPE) rest[key] = value;
  return { ok: true, data: rest };
}

function secretOf(value: unknown): string | null {
  let v = value;
  if (typeof v === "string") {
    try {
      v = JSON.parse(v);
    } catch {
      return null;
    }
  }
  const session = (v as { session?: { secret?: unknown } } | null)?.session;
  return typeof session?.secret === "string" ? session.secret : null;
}

function notify(): void {
  for (const l of [...listeners]) l();
}

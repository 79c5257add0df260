/**
 * The one place that talks to the running tslab kernel. tslab's public `display.raw` sends a single MIME
 * key, but a bundle (payload + PNG + text) must be one message, so we call the kernel's own
 * `dist/jupyter.js` `lastWriteDisplayData(content, update)`, which tslab points at the current execute
 * request. It is found in `require.cache`: a plain `require("tslab")` from here could load another copy of
 * tslab (or none), whose writer is never set.
 */

/** A display_data / update_display_data message body (Jupyter messaging protocol 5.x). */
export interface DisplayContent {
  data: Record<string, unknown>;
  metadata: Record<string, unknown>;
  transient: { display_id?: string };
}

/** Sends `content` as display_data, or as update_display_data of `content.transient.display_id`. */
export type DisplayWriter = (content: DisplayContent, update: boolean) => void;

const JUPYTER_MODULE = /[\\/]tslab[\\/]dist[\\/]jupyter\.js$/;

/** The running kernel's writer, or null outside a kernel (plain node, tests, the CLI). */
export function kernelWriter(): DisplayWriter | null {
  if (override !== undefined) return override;
  for (const [file, mod] of Object.entries(require.cache)) {
    if (!mod || !JUPYTER_MODULE.test(file)) continue;
    const writer = (mod.exports as { lastWriteDisplayData?: unknown }).lastWriteDisplayData;
    if (typeof writer === "function") return writer as DisplayWriter;
  }
  return null;
}

let override: DisplayWriter | null | undefined;

/** For tests: pretend to run in a kernel with `writer` (null: outside one); undefined restores detection. */
export function setKernelWriterForTesting(writer: DisplayWriter | null | undefined): void {
  override = writer;
}

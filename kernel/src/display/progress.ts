/**
 * Progress of long work (activation maximisation, metrics over a data set) as one output that updates
 * in place: a display_data with a display_id, then update_display_data messages with the same id, which
 * Jupyter applies while the cell's execution is live. `done(result)` can replace the bar with the result.
 */
import { XaiError, check } from "../errors";
import { displayBundle, type Showable, type ShowOptions } from "./show";
import { newSession } from "./session";
import { kernelWriter, type DisplayWriter } from "./tslab";
import { describeValue } from "../errors";

/** A progress output; see `progress()`. */
export interface Progress {
  /** The display_id of the output. */
  readonly id: string;
  /** Sets the fraction done (0…1) and an optional note, e.g. "step 40/200, loss 0.31". */
  update(fraction: number, text?: string): void;
  /** Marks the work done; with a result, the output is replaced by the result's display (await it). */
  done(result?: Showable, options?: ShowOptions): Promise<void>;
}

/** Updates are sent at most this often; the latest one always goes out with `done`. */
const MIN_INTERVAL_MS = 200;

/**
 * Starts a progress output titled `title` in the running cell. Outside a kernel nothing is drawn while
 * the work runs; `done()` prints one line (or the result's summary).
 */
export function progress(title: string): Progress {
  check(typeof title === "string", () => `progress() needs a title string, got ${describeValue(title)}`);
  const writer = kernelWriter();
  const id = newSession().call;
  const started = Date.now();
  let fraction = 0;
  let note = "";
  let sentAt = 0;
  let finished = false;
  // The writer of the cell that started the work: later cells must not receive its updates.
  const send = (data: Record<string, unknown>, update: boolean): void =>
    (writer as DisplayWriter)({ data, metadata: {}, transient: { display_id: id } }, update);
  if (writer) send(bar(title, 0, ""), false);

  return {
    id,
    update(f: number, text?: string): void {
      if (finished) return;
      if (typeof f !== "number" || Number.isNaN(f)) throw new XaiError(`progress.update() needs a fraction from 0 to 1, got ${describeValue(f)}`);
      fraction = Math.min(1, Math.max(0, f));
      note = text === undefined ? note : String(text);
      const now = Date.now();
      if (!writer || now - sentAt < MIN_INTERVAL_MS) return;
      sentAt = now;
      send(bar(title, fraction, note), true);
    },
    async done(result?: Showable, options?: ShowOptions): Promise<void> {
      if (finished) return;
      finished = true;
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      if (result !== undefined) {
        const bundle = await displayBundle(result, options);
        if (writer) send({ ...bundle }, true);
        else process.stdout.write(bundle["text/plain"] + "\n");
        return;
      }
      const line = `${title}: done in ${seconds} s${note ? ` (${note})` : ""}`;
      if (writer) send(bar(title, 1, `done in ${seconds} s${note ? `, ${note}` : ""}`), true);
      else process.stdout.write(line + "\n");
    },
  };
}

function bar(title: string, fraction: number, note: string): Record<string, unknown> {
  const percent = Math.round(fraction * 100);
  const width = 30;
  const filled = Math.round(fraction * width);
  const text = `${title}: [${"#".repeat(filled)}${"-".repeat(width - filled)}] ${percent}%${note ? ` ${note}` : ""}`;
  const html = `<div class="xai-lab-progress"><progress value="${fraction.toFixed(3)}" max="1" style="width: 16em; vertical-align: middle"></progress> <span>${escapeHtml(title)}: ${percent}%${note ? ` — ${escapeHtml(note)}` : ""}</span></div>`;
  return { "text/plain": text, "text/html": html };
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

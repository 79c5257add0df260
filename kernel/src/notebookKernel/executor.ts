/**
 * The kernel's executor: tslab's, with what a long notebook session needs around each cell.
 * - Every cell runs in its own interruptible scope (interrupt/): an interrupt stops its work — and work
 *   it left running un-awaited — at the next step boundary with an InterruptedError, which ends the cell.
 *   Work that reaches no step boundary within a grace period (a user's own loop, a promise that never
 *   settles) is let go: tslab ends the cell anyway, and the kernel answers.
 * - A failure nobody was waiting for (guard.ts) is printed in the running cell, or, between cells, on the
 *   kernel's stderr and at the top of the next cell.
 * - After a cell fails or is interrupted, its assigned variables stay usable by later cells (declarations.ts).
 */
import type * as TS from "typescript";
import { formatError } from "../errors";
import { interrupt, interruptible } from "../interrupt";
import type { TrackedConverters } from "./converters";
import { keepAssigned } from "./declarations";
import { describeFailure, type Failure, type ProcessGuard } from "./guard";
import type { Executor } from "./tslabTypes";

/** How long interrupted work has to reach a step boundary before the cell is ended without it. */
export const GRACE_MS = 1000;

export interface KernelExecutorParts {
  /** tslab's executor, built on `converters`. */
  readonly inner: Executor;
  readonly converters: TrackedConverters;
  /** The TypeScript that tslab's converter uses (to read declarations). */
  readonly ts: typeof TS;
  readonly guard: ProcessGuard;
  /** The kernel process's own stderr (tslab sends `process.stderr` to the current cell). */
  readonly processStderr: (text: string) => void;
}

export interface KernelExecutor extends Executor {
  /** Reports a failure nobody was waiting for: in the running cell, or on stderr and in the next cell. */
  report(failure: Failure): void;
  /** Whether the cell now ending was let go by an interrupt (its work did not reach a step boundary). */
  readonly abandoned: boolean;
}

/** Wraps tslab's executor (see the module comment). */
export function kernelExecutor(parts: KernelExecutorParts): KernelExecutor {
  const { inner, converters, ts, guard, processStderr } = parts;
  let running = 0;
  let cell = 0;
  let abandoned = false;
  let grace: NodeJS.Timeout | null = null;
  const pending: string[] = [];
  const cellStderr = (text: string): void => void process.stderr.write(text);

  const letGo = (which: number): void => {
    if (running === which) {
      abandoned = true;
      inner.interrupt();
    }
  };

  return {
    get locals() {
      return inner.locals;
    },
    get abandoned() {
      return abandoned;
    },
    inspect: (src, position) => inner.inspect(src, position),
    complete: (src, position) => inner.complete(src, position),
    reset() {
      inner.reset();
      converters.declarations = "";
    },
    close: () => inner.close(),

    async execute(src) {
      guard.sweep();
      for (const text of pending.splice(0)) cellStderr(`While no cell was running: ${text}\n`);
      const which = ++cell;
      running = which;
      abandoned = false;
      converters.last = null;
      let ok = false;
      try {
        ok = await interruptible(() => inner.execute(src));
        return ok;
      } finally {
        running = 0;
        if (grace) clearTimeout(grace);
        grace = null;
        updateDeclarations(ok);
        guard.sweep();
      }
    },

    interrupt() {
      interrupt();
      if (!running) return;
      // A second interrupt while the first is pending lets the cell go at once.
      if (grace) return letGo(running);
      const which = running;
      grace = setTimeout(() => letGo(which), GRACE_MS);
    },

    report(failure) {
      const text = describeFailure(failure, formatError(failure.error));
      if (running) {
        cellStderr(`${text}\n`);
      } else {
        processStderr(`${text}\n`);
        pending.push(text);
      }
    },
  };

  function updateDeclarations(ok: boolean): void {
    const last = converters.last;
    converters.last = null;
    if (!last || last.result.diagnostics.length > 0) return;
    if (ok || last.result.output === undefined) {
      converters.declarations = last.result.declOutput ?? "";
      return;
    }
    const kept = keepAssigned(ts, last.result.declOutput ?? "", last.source, inner.locals);
    converters.declarations = kept.declarations;
    if (kept.dropped.length > 0) {
      cellStderr(`Not defined, as the cell stopped before assigning ${kept.dropped.length === 1 ? "it" : "them"}: ${kept.dropped.join(", ")}\n`);
    }
  }
}

/**
 * Cancelling long work. Every long loop of xai-lab (explaining in chunks, pixel-flipping, activation
 * maximisation, the sliding window, the translation trick, training) calls `await checkpoint()` at each
 * step boundary. Work runs inside an *interruptible scope* (each notebook cell is one: the xai-lab kernel
 * runs every cell in `interruptible`); `interrupt()` marks every scope opened so far, and their work stops at
 * its next checkpoint with an `InterruptedError`. Scopes opened afterwards (the next cells) run normally,
 * while work an earlier cell left running un-awaited still stops, because it carries its cell's scope.
 *
 *   const r = await interruptible(() => xai.metrics.pixelFlipping(model, xs, "zplus"));   // in a script
 *   process.once("SIGINT", () => interrupt());                                           // Ctrl-C stops it
 *
 * Node delivers a signal only when the event loop turns, and tfjs's reads on the cpu backend resolve as
 * microtasks that never let it turn; so `checkpoint()` yields one macrotask turn (at most every few tens of
 * milliseconds, to keep it cheap at any step size) before it looks.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import { XaiError } from "../errors";

/** At most this long between two turns of the event loop taken by `checkpoint()`. */
const YIELD_EVERY_MS = 25;

interface Scope {
  readonly id: number;
}

/** Thrown at a step boundary of work whose scope was interrupted. */
export class InterruptedError extends XaiError {
  constructor(what: string) {
    super(`${what} was interrupted`);
    this.name = "InterruptedError";
  }
}

/**
 * Runs `fn` in a new interruptible scope: everything it starts, awaited or not (promises, timers),
 * belongs to the scope, so `interrupt()` stops it at its next `checkpoint()`.
 */
export function interruptible<T>(fn: () => T): T {
  return scopes.run({ id: nextScope++ }, fn);
}

/**
 * Interrupts the work of every scope opened so far: each piece stops at its next `checkpoint()`.
 * Work outside any scope is never interrupted. Returns the number of scopes marked.
 */
export function interrupt(): number {
  const marked = nextScope - interruptedBelow;
  interruptedBelow = nextScope;
  return marked;
}

/** Whether the calling work has been interrupted (false outside any interruptible scope). */
export function isInterrupted(): boolean {
  const scope = scopes.getStore();
  return scope !== undefined && scope.id < interruptedBelow;
}

/** Throws an InterruptedError naming `what` if the calling work has been interrupted; never waits. */
export function throwIfInterrupted(what = "the work"): void {
  if (isInterrupted()) throw new InterruptedError(what);
}

/**
 * A step boundary of long work: lets the event loop turn (so a pending interrupt can arrive) and throws an
 * InterruptedError naming `what` if the calling work has been interrupted.
 */
export async function checkpoint(what = "the work"): Promise<void> {
  const now = performance.now();
  if (now - lastTurn >= YIELD_EVERY_MS) {
    await new Promise<void>((resolve) => setImmediate(resolve));
    lastTurn = performance.now();
  }
  throwIfInterrupted(what);
}

/**
 * Runs long work that calls other long work (pixel-flipping explains at each step) so that an interrupt
 * anywhere inside is reported under the outer name: the user started pixel-flipping, not an explanation.
 */
export async function reportedAs<T>(what: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof InterruptedError && e.message !== `${what} was interrupted`) throw new InterruptedError(what);
    throw e;
  }
}

// The state of this module: the scope of the calling work, and which scopes are interrupted.
const scopes = new AsyncLocalStorage<Scope>();
let nextScope = 1;
/** Scopes with a smaller id have been interrupted. */
let interruptedBelow = 1;
let lastTurn = 0;

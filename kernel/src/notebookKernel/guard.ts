/**
 * Keeping the kernel process alive whatever a cell leaves behind: a promise rejected with nobody awaiting
 * it (`xai.explain(...)` without `await`, `Promise.reject(...)`), an exception thrown in a callback
 * (`setTimeout(() => { throw ... })`). Node would end the process on either; here each is reported and the
 * kernel goes on.
 *
 * Other code may install its own process-level handlers, and some re-throw: the wasm backend's emscripten
 * start-up adds `uncaughtException` and `unhandledRejection` handlers that throw what they receive, which
 * ends the process. They are installed when that code first loads (lazily, after the kernel started), so
 * the guard wraps every handler added for those two events — at the moment it is added (`process.on` and
 * its aliases), and again before and after every cell for handlers that slipped past (added through
 * `EventEmitter.prototype` directly). A wrapped handler still runs; what it throws is swallowed when it
 * is the error it was given (a re-throw: already reported) and reported otherwise.
 */

/** The process-level events whose handlers must never throw. */
const EVENTS = ["uncaughtException", "unhandledRejection"] as const;
/** The EventEmitter methods that add a listener. */
const ADDERS = ["on", "addListener", "prependListener", "once", "prependOnceListener"] as const;

type Listener = (...args: unknown[]) => unknown;
type GuardedEvent = (typeof EVENTS)[number];

/** What happened: an uncaught exception or an unhandled rejection, and the value thrown. */
export interface Failure {
  readonly event: GuardedEvent;
  readonly error: unknown;
}

export interface ProcessGuard {
  /** Wraps handlers added without passing through the guard (called around every cell). */
  sweep(): void;
}

/** Installs the guard on `process`; `report` receives every failure (it must not throw). */
export function guardProcess(report: (failure: Failure) => void): ProcessGuard {
  const emitter = process as unknown as Record<string, unknown>;
  const original = Object.fromEntries(ADDERS.map((name) => [name, emitter[name] as (event: string | symbol, listener: Listener) => unknown]));
  const safeReport = (failure: Failure): void => {
    try {
      report(failure);
    } catch {
      // Reporting must never become a failure of its own.
    }
  };
  const wrap = (event: GuardedEvent, listener: Listener): Listener => {
    if (GUARDED.has(listener)) return listener;
    const guarded: Listener = function (this: unknown, ...args: unknown[]) {
      try {
        return listener.apply(this, args);
      } catch (thrown) {
        if (thrown !== args[0]) safeReport({ event, error: thrown });
        return undefined;
      }
    };
    // EventEmitter.removeListener(event, listener) matches `.listener`: removing the original still works.
    (guarded as Listener & { listener: Listener }).listener = listener;
    GUARDED.add(guarded);
    return guarded;
  };
  for (const name of ADDERS) {
    const add = original[name]!;
    emitter[name] = function (this: unknown, event: string | symbol, listener: Listener) {
      const guarded = isGuardedEvent(event) && typeof listener === "function" ? wrap(event, listener) : listener;
      return add.call(this, event, guarded);
    };
  }
  for (const event of EVENTS) {
    const ours: Listener = (error) => safeReport({ event, error });
    GUARDED.add(ours);
    original["prependListener"]!.call(process, event, ours);
  }
  return {
    sweep() {
      for (const event of EVENTS) {
        const listeners = process.rawListeners(event) as Listener[];
        if (listeners.every((l) => GUARDED.has(l) || GUARDED.has((l as { listener?: Listener }).listener!))) continue;
        process.removeAllListeners(event);
        for (const l of listeners) original["on"]!.call(process, event, GUARDED.has(l) ? l : wrap(event, l));
      }
    },
  };
}

/** How a failure reads for a user: what happened, the likely cause, and the error itself. */
export function describeFailure(failure: Failure, formatted: string): string {
  return failure.event === "unhandledRejection"
    ? `Unhandled promise rejection (a call without await, or a promise without .catch): ${formatted}`
    : `Uncaught exception in a callback (setTimeout, an event handler): ${formatted}`;
}

/** Every listener the guard installed or wrapped. */
const GUARDED = new WeakSet<Listener>();

function isGuardedEvent(event: string | symbol): event is GuardedEvent {
  return (EVENTS as readonly (string | symbol)[]).includes(event);
}

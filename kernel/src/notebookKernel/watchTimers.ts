/**
 * tslab drives TypeScript's watch program with a timer of one slot: it compiles a cell by notifying the
 * program of the new source and running the one pending timer at once, and throws "Unexpected pending
 * rebuildTimer" when TypeScript asks for a second timer while one is pending. TypeScript asks for one of
 * another kind when something changes on disk where it looks for modules: a module a cell imported but
 * could not find appears (`import "./helper"` before helper.ts is written), a package.json or node_modules
 * folder it resolved changes (an `npm install`, a build). That timer stays pending between cells, and the
 * next cell fails inside tslab's compiler — one of the tutorials did so in a test run.
 *
 * `allowSeveralWatchTimers` keeps tslab's slot for the newest timer, which is the program update tslab runs
 * when it compiles; an earlier timer still pending when another is asked for moves to a real timer of its
 * own (TypeScript's other timers are meant to run later anyway).
 */
import type * as TS from "typescript";

type SetTimeout = NonNullable<TS.System["setTimeout"]>;
type ClearTimeout = NonNullable<TS.System["clearTimeout"]>;

const INSTALLED = Symbol.for("xai-lab.watchTimers");

/**
 * Makes the TypeScript module at `tsPath` (tslab's) give the watch programs it creates from now on real
 * timers beyond tslab's one slot. Its exports cannot be changed (they are getters), so the module's entry
 * in require's cache is replaced by an object with the same exports, `createWatchCompilerHost` wrapped:
 * call this before tslab's converter is first required.
 */
export function allowSeveralWatchTimers(tsPath: string): void {
  require(tsPath);
  const entry = require.cache[tsPath];
  if (!entry || (entry.exports as { [INSTALLED]?: true })[INSTALLED]) return;
  const real = entry.exports as typeof TS & Record<string, unknown>;
  const create = real.createWatchCompilerHost as (...args: unknown[]) => unknown;
  const same: Record<string | symbol, unknown> = {};
  for (const key of Object.keys(real)) if (key !== "createWatchCompilerHost") Object.defineProperty(same, key, { enumerable: true, get: () => real[key] });
  Object.defineProperty(same, "createWatchCompilerHost", {
    enumerable: true,
    value(this: unknown, ...args: unknown[]): unknown {
      // Both overloads take the System third: (rootFiles | configFile, options, system, ...).
      if (args[2] && typeof args[2] === "object") args[2] = withSeveralTimers(args[2] as TS.System);
      return create.apply(this, args);
    },
  });
  same[INSTALLED] = true;
  entry.exports = same;
}

/** `system` with setTimeout/clearTimeout that never ask its one slot for a second timer. */
export function withSeveralTimers(system: TS.System): TS.System {
  const setOne = system.setTimeout?.bind(system);
  const clearOne = system.clearTimeout?.bind(system);
  if (!setOne || !clearOne) return system;
  /** The timer in the slot: the handle it returned, and what to run. */
  let slot: { handle: unknown; run: () => void } | null = null;
  /** Slot handles whose timers moved to real timers. */
  const moved = new Map<unknown, ReturnType<typeof setTimeout>>();
  const setTimeoutSeveral: SetTimeout = (callback, ms, ...args) => {
    if (slot) {
      const earlier = slot;
      slot = null;
      clearOne(earlier.handle);
      moved.set(
        earlier.handle,
        setTimeout(() => {
          moved.delete(earlier.handle);
          earlier.run();
        }, ms),
      );
    }
    const entry = { handle: undefined as unknown, run: () => callback(...args) };
    try {
      entry.handle = setOne(() => {
        if (slot === entry) slot = null;
        entry.run();
      }, ms);
    } catch {
      // Asked for from inside the slot's own timer, which tslab clears only once it returns: a real timer.
      const key = {};
      moved.set(
        key,
        setTimeout(() => {
          moved.delete(key);
          entry.run();
        }, ms),
      );
      return key;
    }
    slot = entry;
    return entry.handle;
  };
  const clearTimeoutSeveral: ClearTimeout = (handle) => {
    const real = moved.get(handle);
    if (real !== undefined) {
      clearTimeout(real);
      moved.delete(handle);
      return;
    }
    if (slot?.handle === handle) slot = null;
    clearOne(handle);
  };
  const wrapped = Object.create(system) as TS.System;
  wrapped.setTimeout = setTimeoutSeveral;
  wrapped.clearTimeout = clearTimeoutSeveral;
  return wrapped;
}

/**
 * Where the time of an explanation goes, layer by layer: `explain(x, { profile: true })` times each
 * node's forward step and its backward step (the rule's, or the gradient's), summed over the chunks.
 *
 * On the wasm and cpu backends every op finishes before it returns, so the times are the layers'
 * own. On webgpu ops are queued and run later: a step's time is what it took to queue its work, and the
 * work shows up where a later step waits for its result.
 */
import { AsyncLocalStorage } from "node:async_hooks";
import type { Graph } from "./graph";

/** The time of one node's step in one phase. */
export interface ProfileRow {
  readonly id: number;
  readonly name: string;
  readonly kind: string;
  readonly phase: "forward" | "backward";
  /** The rule that ran in the backward phase, where the method assigns rules. */
  readonly rule?: string;
  readonly ms: number;
}

export class Profiler {
  private readonly ms = new Map<string, number>();

  /** Runs `step` and adds its time to node `id`'s `phase`. */
  time<T>(phase: ProfileRow["phase"], id: number, step: () => T): T {
    const t0 = performance.now();
    try {
      return step();
    } finally {
      const key = `${phase}:${id}`;
      this.ms.set(key, (this.ms.get(key) ?? 0) + performance.now() - t0);
    }
  }

  /** The rows, in graph order, forward before backward; `ruleOf` names each node's rule. */
  rows(graph: Graph, rules: ReadonlyMap<number, { readonly rule: { readonly name: string } }> | null): ProfileRow[] {
    const out: ProfileRow[] = [];
    for (const phase of ["forward", "backward"] as const) {
      for (const node of graph.nodes) {
        const ms = this.ms.get(`${phase}:${node.id}`);
        if (ms === undefined) continue;
        const rule = phase === "backward" ? rules?.get(node.id)?.rule.name : undefined;
        out.push({ id: node.id, name: node.name, kind: node.kind, phase, ...(rule ? { rule } : {}), ms });
      }
    }
    return out;
  }
}

/** Runs `fn` with `profiler` active for everything it calls, awaited or not; null runs it plainly. */
export function withProfiler<T>(profiler: Profiler | null, fn: () => T): T {
  return profiler ? active.run(profiler, fn) : fn();
}

/** Times `step` as node `id`'s `phase` when a profiler is active; otherwise just runs it. */
export function timed<T>(phase: ProfileRow["phase"], id: number, step: () => T): T {
  const p = active.getStore();
  return p ? p.time(phase, id, step) : step();
}

const active = new AsyncLocalStorage<Profiler>();

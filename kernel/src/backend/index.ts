/**
 * Choosing the tfjs backend: the fastest that loads here, in the order tfjs-node-gpu, tfjs-node
 * ("tensorflow"), wasm, cpu. The native packages are optional dependencies (their install downloads
 * the TensorFlow C library, which fails without internet); wasm ships inside its npm package.
 * `XAI_LAB_BACKEND=cpu|wasm|tensorflow` forces one.
 */
import * as tf from "@tensorflow/tfjs";
import { XaiError, check } from "../errors";

export interface BackendInfo {
  /** The tfjs backend in use ("tensorflow", "wasm", "cpu"). */
  readonly name: string;
  /** Each candidate tried, in order, with why it was not used. */
  readonly tried: readonly { readonly name: string; readonly ok: boolean; readonly reason?: string }[];
}

interface Candidate {
  name: string;
  /** Loads the package that registers the backend; throws if it is not installed or cannot load. */
  load(): void;
}

const CANDIDATES: Candidate[] = [
  { name: "tensorflow", load: () => require("@tensorflow/tfjs-node-gpu") },
  { name: "tensorflow", load: () => require("@tensorflow/tfjs-node") },
  { name: "wasm", load: () => require("@tensorflow/tfjs-backend-wasm") },
  { name: "cpu", load: () => undefined },
];
const LABELS = ["tfjs-node-gpu", "tfjs-node", "wasm", "cpu"];
/** The backend names that can be asked for. */
const NAMES = ["tensorflow", "wasm", "cpu"];

let chosen: Promise<BackendInfo> | null = null;

/** Makes sure a backend is set (once per process) and says which. Every async entry point awaits it. */
export function ready(): Promise<BackendInfo> {
  if (!chosen) chosen = choose(process.env["XAI_LAB_BACKEND"] || undefined, "env");
  return chosen;
}

/**
 * Switches to backend `name` ("cpu", "wasm", "tensorflow"), e.g. to compare backends in a benchmark.
 * If the switch fails, the backend in use stays.
 */
export async function useBackend(name: string): Promise<BackendInfo> {
  const next = choose(name, "call");
  await next;
  chosen = next;
  return next;
}

/** The backends that can be used here, by name. */
export async function availableBackends(): Promise<string[]> {
  const names: string[] = [];
  for (const c of CANDIDATES) {
    try {
      c.load();
      if (tf.findBackendFactory(c.name) && !names.includes(c.name)) names.push(c.name);
    } catch {
      // not installed here
    }
  }
  return names;
}

/** Tries the candidates in order (only `forced` if given, from the environment or a `useBackend` call). */
async function choose(forced: string | undefined, source: "env" | "call"): Promise<BackendInfo> {
  const asked = source === "env" ? `XAI_LAB_BACKEND=${forced}` : `useBackend(${JSON.stringify(forced)})`;
  check(forced === undefined || NAMES.includes(forced), () => `unknown tfjs backend ${asked}; known: ${NAMES.join(", ")}`);
  const tried: { name: string; ok: boolean; reason?: string }[] = [];
  for (let i = 0; i < CANDIDATES.length; i++) {
    const c = CANDIDATES[i]!;
    if (forced && c.name !== forced) continue;
    try {
      c.load();
      if (!(await tf.setBackend(c.name))) throw new Error("setBackend refused");
      await tf.ready();
      tried.push({ name: LABELS[i]!, ok: true });
      return { name: tf.getBackend(), tried };
    } catch (e) {
      tried.push({ name: LABELS[i]!, ok: false, reason: (e as Error).message.split("\n")[0] });
    }
  }
  throw new XaiError(`no tfjs backend could be set${forced ? ` (${asked})` : ""}: ${tried.map((t) => `${t.name}: ${t.reason}`).join("; ")}`);
}

/**
 * Choosing the tfjs backend: the fastest that starts here, in the order
 *
 *   tfjs-node-gpu (CUDA) → webgpu on a hardware adapter → tfjs-node → wasm → cpu.
 *
 * The native TensorFlow packages are optional dependencies (their install downloads TensorFlow's C
 * library, which fails without internet); WebGPU comes from two optional npm packages (`webgpu`, which
 * carries Dawn's native addon, and `@tensorflow/tfjs-backend-webgpu`) and needs a GPU driver (Vulkan on
 * Linux); wasm ships inside its npm package. A software WebGPU adapter (Mesa's lavapipe, SwiftShader) is
 * passed over: it is slower than wasm. `XAI_LAB_BACKEND=tensorflow|webgpu|wasm|cpu` forces one, a
 * software WebGPU adapter included. Every candidate not used says why in one line of the report.
 */
import * as tf from "@tensorflow/tfjs";
import { XaiError, check } from "../errors";
import { describeAdapter, probeAdapter, type AdapterInfo, type ProbeResult } from "./adapter";
import { startWebgpu } from "./webgpu";

export { maxTensorBytes } from "./limits";
export type { AdapterInfo } from "./adapter";

export interface BackendInfo {
  /** The tfjs backend in use ("tensorflow", "webgpu", "wasm", "cpu"). */
  readonly name: string;
  /** The WebGPU adapter, when the backend is webgpu. */
  readonly adapter?: AdapterInfo;
  /** Each candidate tried, in order, with why it was not used. */
  readonly tried: readonly { readonly name: string; readonly ok: boolean; readonly reason?: string }[];
  /** One line: the backend (and adapter) in use, then why each faster candidate was not used. */
  readonly summary: string;
}

interface Candidate {
  /** The name in reports (the package, or "webgpu"). */
  readonly label: string;
  /** The tfjs backend it registers. */
  readonly name: string;
  /** Registers the backend and sets it; throws an Error whose first line says why not. */
  start(forced: boolean): Promise<void>;
  /** Whether it could be started here, without starting it. */
  available(): Promise<boolean>;
}

const CANDIDATES: readonly Candidate[] = [
  packaged("tfjs-node-gpu", "tensorflow", "@tensorflow/tfjs-node-gpu"),
  { label: "webgpu", name: "webgpu", start: startOnAdapter, available: async () => "adapter" in (await adapterProbe()) },
  packaged("tfjs-node", "tensorflow", "@tensorflow/tfjs-node"),
  packaged("wasm", "wasm", "@tensorflow/tfjs-backend-wasm"),
  { label: "cpu", name: "cpu", start: () => setBackend("cpu"), available: async () => true },
];
/** The backend names that can be asked for. */
const NAMES = ["tensorflow", "webgpu", "wasm", "cpu"];

let chosen: Promise<BackendInfo> | null = null;
let probe: Promise<ProbeResult> | null = null;
/** The adapter the webgpu backend was started on (one per process). */
let startedAdapter: AdapterInfo | undefined;

/** Makes sure a backend is set (once per process) and says which. Every async entry point awaits it. */
export function ready(): Promise<BackendInfo> {
  if (!chosen) chosen = choose(process.env["XAI_LAB_BACKEND"] || undefined, "env");
  return chosen;
}

/**
 * Switches to backend `name` ("cpu", "wasm", "webgpu", "tensorflow"), e.g. to compare backends in a
 * benchmark; "webgpu" accepts a software adapter. If the switch fails, the backend in use stays.
 */
export async function useBackend(name: string): Promise<BackendInfo> {
  const next = choose(name, "call");
  await next;
  chosen = next;
  return next;
}

/** The backends that can be used here, by name (webgpu where any adapter is found, software included). */
export async function availableBackends(): Promise<string[]> {
  const names: string[] = [];
  for (const c of CANDIDATES) if (!names.includes(c.name) && (await c.available())) names.push(c.name);
  return names;
}

/** The WebGPU adapter found here (software ones included), or null; starts nothing. */
export async function findAdapter(): Promise<AdapterInfo | null> {
  const found = await adapterProbe();
  return "adapter" in found ? found.adapter : null;
}

/**
 * The backend that computes now, with its adapter where it has one: "wasm", or e.g.
 * "webgpu (nvidia NVIDIA H100 80GB HBM3, hardware adapter)". Explanations carry it as `backend`.
 */
export function describeBackend(): string {
  const name = tf.getBackend();
  const adapter = name === "webgpu" ? startedAdapter : undefined;
  return adapter ? `${name} (${describeAdapter(adapter)})` : name;
}

/** Tries the candidates in order (only `forced` if given, from the environment or a `useBackend` call). */
async function choose(forced: string | undefined, source: "env" | "call"): Promise<BackendInfo> {
  const asked = source === "env" ? `XAI_LAB_BACKEND=${forced}` : `useBackend(${JSON.stringify(forced)})`;
  check(forced === undefined || NAMES.includes(forced), () => `unknown tfjs backend ${asked}; known: ${NAMES.join(", ")}`);
  const tried: { name: string; ok: boolean; reason?: string }[] = [];
  for (const c of CANDIDATES) {
    if (forced && c.name !== forced) continue;
    try {
      await c.start(forced !== undefined);
      await tf.ready();
      tried.push({ name: c.label, ok: true });
      const adapter = c.name === "webgpu" ? startedAdapter : undefined;
      return { name: tf.getBackend(), ...(adapter ? { adapter } : {}), tried, summary: summary(tried) };
    } catch (e) {
      tried.push({ name: c.label, ok: false, reason: (e as Error).message.split("\n")[0] });
    }
  }
  throw new XaiError(`no tfjs backend could be set${forced ? ` (${asked})` : ""}: ${tried.map((t) => `${t.name}: ${t.reason}`).join("; ")}`);
}

/** A candidate that is an npm package registering a backend when loaded. */
function packaged(label: string, name: string, pkg: string): Candidate {
  const load = (): void => {
    try {
      require(pkg);
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      if (err.code === "MODULE_NOT_FOUND" && err.message.includes(`'${pkg}'`)) throw new Error(`${pkg} is not installed`);
      throw e;
    }
  };
  return {
    label,
    name,
    start: async () => {
      load();
      await setBackend(name);
    },
    available: async () => {
      try {
        load();
        return Boolean(tf.findBackendFactory(name));
      } catch {
        return false;
      }
    },
  };
}

async function setBackend(name: string): Promise<void> {
  if (!(await tf.setBackend(name))) throw new Error("setBackend refused");
}

/** The webgpu candidate: a hardware adapter, or any adapter when asked for by name. */
async function startOnAdapter(forced: boolean): Promise<void> {
  const found = await adapterProbe();
  if ("reason" in found) throw new Error(found.reason);
  if (found.adapter.fallback && !forced) {
    throw new Error(`only a software adapter (${describeAdapter(found.adapter)}), slower than wasm; XAI_LAB_BACKEND=webgpu uses it`);
  }
  await startWebgpu();
  startedAdapter = found.adapter;
}

/** The probe runs once per process: adapters do not come and go. */
function adapterProbe(): Promise<ProbeResult> {
  if (!probe) probe = probeAdapter();
  return probe;
}

function summary(tried: BackendInfo["tried"]): string {
  const used = tried[tried.length - 1]!;
  const name = used.name === "webgpu" && startedAdapter ? `webgpu (${describeAdapter(startedAdapter)})` : used.name;
  const passed = tried.filter((t) => !t.ok).map((t) => `${t.name}: ${t.reason}`);
  return passed.length ? `${name}; not used: ${passed.join("; ")}` : name;
}

/**
 * Finding a WebGPU adapter without touching this process: a short child process (probe.ts) loads Dawn
 * (the npm package `webgpu`), asks for a high-performance adapter and prints what it found.
 *
 * Why a child process: Dawn writes its warnings ("Couldn't load Vulkan: libvulkan.so.1 ...", Mesa's limit
 * notices) straight to file descriptor 2, where a notebook's server log or a CLI user's terminal would show
 * them on every start, and a broken Vulkan driver can crash while adapters are enumerated. In a child, the
 * warnings become the one-line reason of the backend report and a crash costs nothing. About 0.1–0.3 s.
 */
import { execFile } from "node:child_process";
import * as path from "node:path";

/** The package that carries Dawn's native addon. */
export const DAWN_PACKAGE = "webgpu";

const PROBE_SCRIPT = path.join(__dirname, "probe.js");
const PROBE_TIMEOUT_MS = 60_000;

/** The WebGPU adapter the webgpu backend runs on. */
export interface AdapterInfo {
  /** e.g. "nvidia", "amd", "mesa". */
  readonly vendor: string;
  /** e.g. "ampere", "software". */
  readonly architecture: string;
  readonly device: string;
  /** The driver's description of the device, e.g. "NVIDIA H100 80GB HBM3" or "llvmpipe: Mesa 25.0.7 ...". */
  readonly description: string;
  /** A software (CPU) implementation such as Mesa's lavapipe or SwiftShader: correct, not fast. */
  readonly fallback: boolean;
  /** The largest storage buffer one shader may bind, in bytes. */
  readonly maxStorageBufferBindingSize: number;
  /** The largest buffer the device may create, in bytes. */
  readonly maxBufferSize: number;
}

/** What the probe found: an adapter, or why there is none (one line). */
export type ProbeResult = { readonly adapter: AdapterInfo } | { readonly reason: string };

/** Looks for a WebGPU adapter in a child process. Never throws. */
export async function probeAdapter(): Promise<ProbeResult> {
  try {
    require.resolve(`${DAWN_PACKAGE}/package.json`);
  } catch {
    return { reason: `the npm package ${DAWN_PACKAGE} is not installed` };
  }
  return new Promise((resolve) => {
    execFile(process.execPath, [PROBE_SCRIPT], { timeout: PROBE_TIMEOUT_MS, encoding: "utf8", maxBuffer: 1 << 20 }, (error, stdout, stderr) => {
      const line = stdout.trim().split("\n").pop() ?? "";
      if (!error && line.startsWith("{")) {
        const found = JSON.parse(line) as { adapter: AdapterInfo | null; error?: string };
        if (found.adapter) return resolve({ adapter: found.adapter });
        return resolve({ reason: `no WebGPU adapter (${found.error ?? dawnComplaint(stderr)})` });
      }
      const how = error && "signal" in error && error.signal ? `ended by ${error.signal}` : `failed (${firstLine(stderr) || error?.message || "no output"})`;
      resolve({ reason: `the WebGPU adapter probe ${how}; a broken GPU driver?` });
    });
  });
}

/** One line for an adapter: vendor, description, hardware or software. */
export function describeAdapter(a: AdapterInfo): string {
  const what = [a.vendor, a.description || a.device || a.architecture].filter(Boolean).join(" ");
  return `${what || "unnamed adapter"}, ${a.fallback ? "software fallback adapter" : "hardware adapter"}`;
}

/** The most telling of Dawn's warnings, on one line. */
function dawnComplaint(stderr: string): string {
  const warnings = stderr
    .split("\n")
    .filter((l) => l.startsWith("Warning: "))
    .map((l) => l.slice("Warning: ".length).trim());
  const telling = [/no drivers/i, /couldn't load/i, /required/i].map((re) => warnings.find((w) => re.test(w))).find(Boolean);
  return telling ?? warnings[0] ?? "Dawn found no Vulkan, Metal or D3D device";
}

function firstLine(s: string): string {
  return s.trim().split("\n")[0] ?? "";
}

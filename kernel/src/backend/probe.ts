/**
 * The child process of adapter.ts: prints `{"adapter": AdapterInfo | null}` as its last line of stdout.
 * Run as `node probe.js`; it imports nothing of xai-lab, so it starts fast.
 */
import type { AdapterInfo } from "./adapter";

/** The parts of Dawn's `GPUAdapter` the probe reads (the `webgpu` package's types are optional). */
interface DawnAdapter {
  readonly info: { vendor: string; architecture: string; device: string; description: string; isFallbackAdapter?: boolean };
  readonly isFallbackAdapter?: boolean;
  readonly limits: { maxStorageBufferBindingSize: number; maxBufferSize: number };
}
interface Dawn {
  create(flags: string[]): { requestAdapter(options?: { powerPreference?: string }): Promise<DawnAdapter | null> };
}

async function main(): Promise<void> {
  // A variable specifier: the package is an optional dependency, and an ES module (hence import()).
  const specifier = "webgpu";
  let output: { adapter: AdapterInfo | null; error?: string };
  try {
    const dawn = (await import(specifier)) as Dawn;
    // The same request tfjs's webgpu backend makes, so that both see the same adapter.
    const a = await dawn.create([]).requestAdapter({ powerPreference: "high-performance" });
    output = { adapter: a ? adapterInfo(a) : null };
  } catch (e) {
    output = { adapter: null, error: (e as Error).message.split("\n")[0] ?? "" };
  }
  process.stdout.write(`\n${JSON.stringify(output)}\n`);
}

function adapterInfo(a: DawnAdapter): AdapterInfo {
  return {
    vendor: a.info.vendor,
    architecture: a.info.architecture,
    device: a.info.device,
    description: a.info.description,
    fallback: Boolean(a.info.isFallbackAdapter ?? a.isFallbackAdapter),
    maxStorageBufferBindingSize: a.limits.maxStorageBufferBindingSize,
    maxBufferSize: a.limits.maxBufferSize,
  };
}

if (require.main === module) void main();

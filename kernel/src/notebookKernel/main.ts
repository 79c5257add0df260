/**
 * The process the xai-lab kernelspec starts (dist/src/notebookKernel/main.js): this package's own tslab, with TypeScript taught NODE_PATH
 * (see nodePath.ts) so that notebooks outside the workspace can import xai-lab and type-check, assembled
 * into a kernel that survives long sessions (see notebookKernel/start.ts).
 *
 *   node main.js [--tslab DIR] --config-path CONNECTION_FILE
 *
 * tslab normally prefers a tslab installed beside the notebook; this kernel always runs the one it was
 * installed with, so the notebook sees the xai-lab that `install-kernel` named.
 */
import * as path from "node:path";
import type * as TS from "typescript";
import { startKernel as start } from "./start";
import { addNodePathFallback, type FileSystemHost } from "./nodePath";

/** Starts the kernel; `argv` are the arguments after the script. */
export function startKernel(argv: readonly string[]): void {
  const configPath = option(argv, "--config-path");
  if (!configPath) throw new Error("usage: main.js [--tslab DIR] --config-path CONNECTION_FILE");
  const tslabDir = option(argv, "--tslab") ?? path.dirname(require.resolve("tslab/package.json"));
  // The same TypeScript instance tslab will load: resolved from tslab's own folder.
  const ts = require(require.resolve("@tslab/typescript-for-tslab", { paths: [tslabDir] })) as typeof TS & { sys: FileSystemHost };
  const nodePath = (process.env["NODE_PATH"] ?? "").split(path.delimiter).filter(Boolean);
  addNodePathFallback(ts.sys, nodePath);
  start({ configPath, tslabDir, ts });
}

function option(argv: readonly string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  if (i >= 0) return argv[i + 1];
  const inline = argv.find((a) => a.startsWith(`${name}=`));
  return inline?.slice(name.length + 1);
}

if (require.main === module) startKernel(process.argv.slice(2));

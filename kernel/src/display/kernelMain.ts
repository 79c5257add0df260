/**
 * The process the xai-lab kernelspec starts: this package's own tslab, with TypeScript taught NODE_PATH
 * (see nodePath.ts) so that notebooks outside the workspace can import xai-lab and type-check.
 *
 *   node kernelMain.js [--tslab DIR] --config-path CONNECTION_FILE
 *
 * tslab normally prefers a tslab installed beside the notebook; this kernel always runs the one it was
 * installed with, so the notebook sees the xai-lab that `install-kernel` named.
 */
import * as path from "node:path";
import { addNodePathFallback, type FileSystemHost } from "./nodePath";

interface TslabMain {
  startKernel(options: { configPath: string; enableFindLocal?: boolean; jsKernel?: boolean; globalVersion?: string }): void;
}

/** Starts the kernel; `argv` are the arguments after the script. */
export function startKernel(argv: readonly string[]): void {
  const configPath = option(argv, "--config-path");
  if (!configPath) throw new Error("usage: kernelMain.js [--tslab DIR] --config-path CONNECTION_FILE");
  const tslabDir = option(argv, "--tslab") ?? path.dirname(require.resolve("tslab/package.json"));
  // The same TypeScript instance tslab will load: resolved from tslab's own folder.
  const ts = require(require.resolve("@tslab/typescript-for-tslab", { paths: [tslabDir] })) as { sys: FileSystemHost };
  const nodePath = (process.env["NODE_PATH"] ?? "").split(path.delimiter).filter(Boolean);
  addNodePathFallback(ts.sys, nodePath);
  const tslab = require(path.join(tslabDir, "dist", "main.js")) as TslabMain;
  const version = (require(path.join(tslabDir, "package.json")) as { version: string }).version;
  tslab.startKernel({ configPath, enableFindLocal: false, jsKernel: false, globalVersion: version });
}

function option(argv: readonly string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  if (i >= 0) return argv[i + 1];
  const inline = argv.find((a) => a.startsWith(`${name}=`));
  return inline?.slice(name.length + 1);
}

if (require.main === module) startKernel(process.argv.slice(2));

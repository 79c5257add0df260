#!/usr/bin/env node
// Builds the extension: TypeScript → lib/, then the prebuilt (federated) JupyterLab extension → labextension/
// with @jupyter/builder (rspack), against JupyterLab's core package.json from @jupyterlab/core-meta (no
// Python jupyterlab needed). `--dev` builds unminified with source maps.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(dirname(fileURLToPath(import.meta.url)));
const require = createRequire(join(here, "package.json"));
const dev = process.argv.includes("--dev");

run(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", join(here, "tsconfig.json")], "TypeScript");
const builder = join(dirname(require.resolve("@jupyter/builder/package.json")), "lib", "build-labextension.js");
const core = join(dirname(require.resolve("@jupyterlab/core-meta/package.json")), "core.package.json");
run(process.execPath, [builder, "--core-package-file", core, ...(dev ? ["--development"] : []), here], "labextension");

function run(cmd, args, what) {
  const started = Date.now();
  const r = spawnSync(cmd, args, { cwd: here, stdio: ["ignore", "pipe", "inherit"], encoding: "utf8" });
  if (r.status !== 0) {
    process.stdout.write(r.stdout ?? "");
    console.error(`xai-lab-jupyterlab: building the ${what} failed`);
    process.exit(r.status ?? 1);
  }
  console.log(`xai-lab-jupyterlab: built the ${what} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/**
 * Helpers for the notebook and kernel tests: the xai-lab CLI, Debian's Jupyter (/usr/bin/python3 with
 * jupyter_client, nbclient and nbconvert), a kernelspec in a temporary Jupyter data directory, and the
 * protocol module of the built kernel package.
 */
import { spawn, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
export const CLI = path.join(ROOT, "kernel", "bin", "xai-lab.js");
export const PYTHON = process.env.XAI_LAB_PYTHON ?? "/usr/bin/python3";

const require = createRequire(import.meta.url);
/** The built contract module (npm run build first). */
export const protocol = require(path.join(ROOT, "kernel", "dist", "src", "protocol", "index.js"));

/**
 * Why these tests cannot run here (null if they can): Jupyter's Python packages are missing. Set
 * XAI_LAB_SKIP_JUPYTER=1 to skip instead of failing on a machine without them.
 */
export function jupyterMissing() {
  const probe = spawnSync(PYTHON, ["-c", "import jupyter_client, nbclient, nbconvert"], { encoding: "utf8" });
  if (probe.status === 0) return null;
  return `${PYTHON} cannot import jupyter_client, nbclient and nbconvert; install Debian's jupyter-client python3-nbclient jupyter-nbconvert (or set XAI_LAB_PYTHON)`;
}

/** Skips (XAI_LAB_SKIP_JUPYTER=1) or fails the test `t` when Jupyter is missing; true when it may run. */
export function needJupyter(t) {
  const missing = jupyterMissing();
  if (!missing) return true;
  if (process.env.XAI_LAB_SKIP_JUPYTER === "1") {
    t.skip(missing);
    return false;
  }
  throw new Error(missing);
}

export function tempDir(prefix) {
  return fs.mkdtempSync(path.join(os.tmpdir(), `xai-lab-${prefix}-`));
}

/** Runs a command; resolves with its exit code, stdout and stderr. */
export function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (c) => (stdout += c));
    child.stderr.on("data", (c) => (stderr += c));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? "");
  });
}

/** Installs the xai-lab kernelspec into a fresh Jupyter data directory with the CLI; returns the directory. */
export async function installKernel() {
  const dir = tempDir("jupyter");
  const r = await run(process.execPath, [CLI, "install-kernel", "--jupyter-data-dir", dir]);
  if (r.code !== 0) throw new Error(`install-kernel failed: ${r.stderr}`);
  return dir;
}

/** Environment for Python's Jupyter: our kernelspec first, runtime files in a temporary folder. */
export function jupyterEnv(dataDir) {
  return { ...process.env, JUPYTER_PATH: dataDir, JUPYTER_RUNTIME_DIR: path.join(dataDir, "runtime") };
}

/** Text of a notebook output field (a string or a list of lines). */
export function text(v) {
  return Array.isArray(v) ? v.join("") : String(v ?? "");
}

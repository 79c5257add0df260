// Serving the npm-built JupyterLab front end: builds what a real JupyterLab session needs (the prebuilt
// extension, the front end in lab/app), prepares a Jupyter data directory (the extension in labextensions/,
// the xai-lab kernelspec) and serves it with Debian's jupyter_server + jupyterlab_server on 127.0.0.1 with a
// token. `npm start` (lab/start.mjs) and the browser tests (test/lab/harness.mjs) use these pieces.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { cpSync, existsSync, mkdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
export const PYTHON = "/usr/bin/python3";
export const EXTENSION_NAME = "xai-lab-jupyterlab";
export const FRONT_END = join(ROOT, "lab", "build");
const LABEXTENSION = join(ROOT, "extension", "labextension");

/** What is missing to serve the test front end (empty when everything is there). */
export function missingTools() {
  const missing = [];
  if (!existsSync(PYTHON) || spawnSync(PYTHON, ["-c", "import jupyter_server, jupyterlab_server"], { stdio: "ignore" }).status !== 0) {
    missing.push("Debian's jupyter_server and jupyterlab_server (apt-get install python3-jupyter-server python3-jupyterlab-server)");
  }
  return missing;
}

/** Builds the prebuilt extension (when absent) and the test front end (cached by build.mjs). */
export function ensureBuilt({ log = () => {} } = {}) {
  if (!existsSync(join(LABEXTENSION, "package.json"))) {
    log("building the extension (npm run build -w extension)…");
    run(process.execPath, [join(ROOT, "extension", "scripts", "build.mjs")]);
  }
  if (!existsSync(join(ROOT, "kernel", "dist", "src", "notebookKernel", "main.js"))) throw new Error("the kernel is not built: run `npm run build` first");
  run(process.execPath, [join(ROOT, "lab", "app", "build.mjs")]);
}

/** A Jupyter data directory with the built extension and the xai-lab kernelspec. */
export function prepareDataDir(dataDir) {
  const target = join(dataDir, "labextensions", EXTENSION_NAME);
  rmSync(target, { recursive: true, force: true });
  mkdirSync(dirname(target), { recursive: true });
  cpSync(LABEXTENSION, target, { recursive: true });
  run(process.execPath, [join(ROOT, "kernel", "bin", "xai-lab.js"), "install-kernel", "--jupyter-data-dir", dataDir]);
  return dataDir;
}

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Serves the front end over `rootDir` with jupyter_server; resolves once /api/status answers.
 * Returns { base, token, url(path), stop() }; `stop` ends the server (and its kernels) by its process id.
 */
export async function startServer({
  rootDir,
  dataDir,
  stateDir,
  port,
  token = randomBytes(16).toString("hex"),
  appDir = FRONT_END,
  stdio = "pipe",
  timeoutMs = 60000,
  autosave = true,
}) {
  port ??= await freePort();
  const args = [
    join(ROOT, "lab", "serve.py"),
    "--app-dir",
    appDir,
    "--data-dir",
    dataDir,
    "--state-dir",
    stateDir,
    "--root-dir",
    rootDir,
    "--port",
    String(port),
    "--token",
    token,
    ...(autosave ? [] : ["--no-autosave"]),
  ];
  const child = spawn(PYTHON, args, { cwd: rootDir, stdio: ["ignore", stdio, stdio] });
  let log = "";
  if (stdio === "pipe") {
    child.stdout.on("data", (d) => (log += d));
    child.stderr.on("data", (d) => (log += d));
  }
  const exited = new Promise((resolve) => child.on("exit", (code) => resolve(code)));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`jupyter_server exited with ${child.exitCode}:\n${log}`);
    try {
      const r = await fetch(`${base}/api/status`, { headers: { Authorization: `token ${token}` } });
      if (r.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill("SIGTERM");
      throw new Error(`jupyter_server did not start within ${timeoutMs / 1000} s:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    base,
    token,
    port,
    log: () => log,
    url: (path = "/lab") => `${base}${path}${path.includes("?") ? "&" : "?"}token=${token}`,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill("SIGTERM"); // jupyter_server shuts its kernels down on SIGTERM
      const timer = setTimeout(() => child.kill("SIGKILL"), 10000);
      await exited;
      clearTimeout(timer);
    },
  };
}

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"], encoding: "utf8" });
  if (r.status !== 0) throw new Error(`${[cmd, ...args].join(" ")} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

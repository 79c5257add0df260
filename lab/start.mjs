#!/usr/bin/env node
// `npm start`: opens notebooks/ in JupyterLab with the xai-lab kernel and the xai-lab widgets.
//  1. With the user's own `jupyter lab` (pip or conda JupyterLab 4): installs the prebuilt extension and
//     the kernelspec into the user's Jupyter data directory, then runs `jupyter lab` on 127.0.0.1.
//  2. Otherwise, with Jupyter's server side only (Debian: python3-jupyter-server, python3-jupyterlab-server):
//     serves the JupyterLab front end built from npm packages (lab/app), with a private Jupyter data
//     directory under tmp/lab/ holding the extension and the kernelspec.
//  3. Otherwise: says what to install.
// The tutorials open from a working copy, tmp/notebooks/ (git ignores it): running and saving them never
// writes outputs into the tracked notebooks/. A tutorial missing there is copied in; one already there is
// the user's and is kept (delete it to get the tracked version again).
// Options: --port N (default 8888, or a free port), --no-browser is implied (the URL is printed).
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { ensureBuilt, EXTENSION_NAME, freePort, missingTools, prepareDataDir, PYTHON, ROOT, startServer } from "./server.mjs";

const TRACKED = join(ROOT, "notebooks");
const NOTEBOOKS = join(ROOT, "tmp", "notebooks");
const LABEXTENSION = join(ROOT, "extension", "labextension");
const portArg = process.argv.indexOf("--port");
const wantedPort = portArg >= 0 ? Number(process.argv[portArg + 1]) : 8888;

buildIfNeeded();
workingCopy();
const first = existsSync(NOTEBOOKS)
  ? readdirSync(NOTEBOOKS)
      .filter((f) => f.endsWith(".ipynb"))
      .sort()[0]
  : undefined;
const jupyterLab = findJupyterLab();
if (jupyterLab) await withJupyterLab(jupyterLab);
else if (missingTools().length === 0) await withServedFrontEnd();
else {
  console.error(
    [
      "xai-lab: cannot start JupyterLab: neither `jupyter lab` nor Jupyter's server packages were found.",
      "Install one of:",
      "  - JupyterLab 4:                 pip install jupyterlab      (then run `npm start` again)",
      "  - Jupyter's server side (Debian): sudo apt-get install python3-jupyter-server python3-jupyterlab-server",
      "The notebooks also run without a browser: npm test executes them with nbclient.",
    ].join("\n"),
  );
  process.exit(1);
}

/** The kernel and the extension must be built; `npm run build` makes both. */
function buildIfNeeded() {
  if (existsSync(join(ROOT, "kernel", "dist", "src", "notebookKernel", "main.js")) && existsSync(join(LABEXTENSION, "package.json"))) return;
  console.log("xai-lab: building (npm run build)…");
  const r = spawnSync("npm", ["run", "build"], { cwd: ROOT, stdio: "inherit" });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

/** Copies the tracked tutorials that are not yet in the working copy (never overwrites the user's). */
function workingCopy() {
  mkdirSync(NOTEBOOKS, { recursive: true });
  const copied = [];
  for (const name of readdirSync(TRACKED).filter((f) => f.endsWith(".ipynb") || f.endsWith(".md"))) {
    if (existsSync(join(NOTEBOOKS, name))) continue;
    copyFileSync(join(TRACKED, name), join(NOTEBOOKS, name));
    copied.push(name);
  }
  console.log(
    `xai-lab: the tutorials open from ${NOTEBOOKS} (a working copy${copied.length ? `; copied ${copied.join(", ")}` : ""}); notebooks/ stays as tracked`,
  );
}

/** The `jupyter` command when it has the `lab` subcommand (a real JupyterLab is installed), else null. */
function findJupyterLab() {
  const r = spawnSync("jupyter", ["lab", "--version"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  return r.status === 0 && /^4\./.test(r.stdout.trim()) ? "jupyter" : null;
}

async function withJupyterLab(jupyter) {
  const dataDir = spawnSync(jupyter, ["--data-dir"], { encoding: "utf8" }).stdout.trim();
  if (!dataDir) throw new Error("`jupyter --data-dir` printed nothing");
  const target = join(dataDir, "labextensions", EXTENSION_NAME);
  rmSync(target, { recursive: true, force: true });
  mkdirSync(join(dataDir, "labextensions"), { recursive: true });
  cpSync(LABEXTENSION, target, { recursive: true });
  const k = spawnSync(process.execPath, [join(ROOT, "kernel", "bin", "xai-lab.js"), "install-kernel", "--jupyter-data-dir", dataDir], { stdio: "inherit" });
  if (k.status !== 0) process.exit(k.status ?? 1);
  console.log(`xai-lab: installed the extension into ${target}`);
  const port = (await isFree(wantedPort)) ? wantedPort : await freePort();
  const token = randomBytes(16).toString("hex");
  const child = spawn(
    jupyter,
    ["lab", `--notebook-dir=${NOTEBOOKS}`, "--ServerApp.ip=127.0.0.1", `--ServerApp.port=${port}`, `--ServerApp.token=${token}`, "--no-browser"],
    { stdio: "inherit" },
  );
  console.log(`xai-lab: JupyterLab is at http://127.0.0.1:${port}/lab${first ? `/tree/${first}` : ""}?token=${token}`);
  forwardSignals(child);
}

async function withServedFrontEnd() {
  ensureBuilt({ log: (m) => console.log(`xai-lab: ${m}`) });
  // The served front end uses a private data directory; the kernelspec also goes into the user's, so that
  // other Jupyter clients (an editor, a later `jupyter lab`) find the "TypeScript (xai-lab)" kernel.
  const user = spawnSync(process.execPath, [join(ROOT, "kernel", "bin", "xai-lab.js"), "install-kernel"], { stdio: "inherit" });
  if (user.status !== 0) process.exit(user.status ?? 1);
  const home = join(ROOT, "tmp", "lab");
  const dataDir = prepareDataDir(join(home, "data"));
  const port = (await isFree(wantedPort)) ? wantedPort : await freePort();
  const server = await startServer({ rootDir: NOTEBOOKS, dataDir, stateDir: join(home, "state"), port, stdio: "inherit" });
  console.log(
    `\nxai-lab: JupyterLab (npm-built front end, ${PYTHON} jupyter_server) is at ${server.url(`/lab${first ? `/tree/${first}` : ""}`)}\nxai-lab: press Ctrl-C to stop.\n`,
  );
  const stop = async () => {
    await server.stop();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

function forwardSignals(child) {
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
  child.on("exit", (code) => process.exit(code ?? 0));
}

async function isFree(port) {
  const { createServer } = await import("node:net");
  return new Promise((resolve) => {
    const s = createServer();
    s.once("error", () => resolve(false));
    s.listen(port, "127.0.0.1", () => s.close(() => resolve(true)));
  });
}

// The browser test harness: the served JupyterLab front end of lab/server.mjs (build, data directory,
// jupyter_server), driven by Debian's Chromium through playwright-core.
import { existsSync, readFileSync } from "node:fs";
import { missingTools } from "../../lab/server.mjs";

export { ROOT, PYTHON, EXTENSION_NAME, FRONT_END, missingTools, ensureBuilt, prepareDataDir, freePort, startServer } from "../../lab/server.mjs";

export const CHROMIUM = "/usr/bin/chromium";

/** Flags for headless Chromium here: no sandbox (root), no GPU, no network chatter. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-dev-shm-usage",
];

/** Whether the browser tests can run here: the server packages and Chromium. */
export function missingForBrowserTests() {
  const missing = missingTools();
  if (!existsSync(CHROMIUM)) missing.push("Chromium (apt-get install chromium)");
  return missing;
}

/**
 * The `skip` option of a browser suite: false when everything is here; the reason when something is
 * missing and XAI_LAB_SKIP_JUPYTER=1 asks to skip; otherwise an error, so that a machine without the
 * browser or Jupyter fails the run instead of passing it silently.
 */
export function browserSuiteSkip() {
  const missing = missingForBrowserTests();
  if (missing.length === 0) return false;
  const reason = `needs ${missing.join(", ")}`;
  if (process.env.XAI_LAB_SKIP_JUPYTER === "1") return reason;
  throw new Error(`the browser tests ${reason}; install them (bash scripts/install-system.sh) or set XAI_LAB_SKIP_JUPYTER=1 to skip`);
}

/** Headless Debian Chromium through playwright-core (never a downloaded browser). */
export async function launchChromium() {
  const { chromium } = await import("playwright-core");
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

/** The notebook JSON of `path`. */
export function readNotebook(path) {
  return JSON.parse(readFileSync(path, "utf8"));
}

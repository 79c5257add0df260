/**
 * The xai-lab kernelspec: a `kernels/xai-lab/kernel.json` under a Jupyter data directory, written
 * without Python (`tslab install` needs IPython). It starts this package's tslab with absolute paths to
 * node and to the launcher, and puts the node_modules folders that hold xai-lab on NODE_PATH, so a
 * notebook in any folder can `import * as xai from "xai-lab"`.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { XaiError } from "../errors";

/** The kernel's name (the folder under `kernels/`, and what notebooks name in their metadata). */
export const KERNEL_NAME = "xai-lab";
export const DISPLAY_NAME = "TypeScript (xai-lab)";

/** The contents of kernel.json (Jupyter's kernelspec format). */
export interface KernelSpec {
  argv: string[];
  display_name: string;
  language: string;
  interrupt_mode: "signal";
  env: Record<string, string>;
  metadata: Record<string, unknown>;
}

/** The xai-lab package folder (holding package.json), found from this file's location. */
export function packageRoot(): string {
  let dir = __dirname;
  for (;;) {
    const manifest = path.join(dir, "package.json");
    if (fs.existsSync(manifest) && (JSON.parse(fs.readFileSync(manifest, "utf8")) as { name?: string }).name === "xai-lab") return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new XaiError(`cannot find the xai-lab package folder above ${__dirname}`);
    dir = parent;
  }
}

/** The node_modules folders node would search from the package, nearest first, that exist. */
export function nodeModulesDirs(root = packageRoot()): string[] {
  const dirs: string[] = [];
  for (let dir = root; ; dir = path.dirname(dir)) {
    const candidate = path.basename(dir) === "node_modules" ? dir : path.join(dir, "node_modules");
    if (fs.existsSync(candidate) && !dirs.includes(candidate)) dirs.push(candidate);
    if (path.dirname(dir) === dir) return dirs;
  }
}

/** The kernelspec for this installation of xai-lab. */
export function kernelSpec(): KernelSpec {
  const root = packageRoot();
  const launcher = path.join(root, "dist", "src", "notebookKernel", "main.js");
  if (!fs.existsSync(launcher)) throw new XaiError(`the kernel launcher ${launcher} is missing; build xai-lab first (npm run build)`);
  let tslab: string;
  try {
    tslab = path.dirname(require.resolve("tslab/package.json", { paths: [root] }));
  } catch {
    throw new XaiError("tslab is not installed beside xai-lab; install it with `npm install tslab` (xai-lab's notebook kernel is tslab)");
  }
  const dirs = nodeModulesDirs(root);
  if (!dirs.some((d) => fs.existsSync(path.join(d, "xai-lab")))) {
    throw new XaiError(
      `no node_modules folder above ${root} contains xai-lab, so notebooks could not import it; install xai-lab with npm (or link it: npm link)`,
    );
  }
  const version = (JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as { version: string }).version;
  return {
    argv: [process.execPath, launcher, "--tslab", tslab, "--config-path", "{connection_file}"],
    display_name: DISPLAY_NAME,
    language: "typescript",
    interrupt_mode: "signal",
    env: { NODE_PATH: dirs.join(path.delimiter) },
    metadata: { "xai-lab": { version, package: root } },
  };
}

/**
 * Jupyter's per-user data directory, as jupyter_core finds it: $JUPYTER_DATA_DIR, else
 * ~/Library/Jupyter (macOS), %APPDATA%\jupyter (Windows), $XDG_DATA_HOME/jupyter or ~/.local/share/jupyter.
 */
export function userDataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env["JUPYTER_DATA_DIR"]) return path.resolve(env["JUPYTER_DATA_DIR"]);
  const home = os.homedir();
  if (process.platform === "darwin") return path.join(home, "Library", "Jupyter");
  if (process.platform === "win32") return path.join(env["APPDATA"] ?? path.join(home, "AppData", "Roaming"), "jupyter");
  return path.join(env["XDG_DATA_HOME"] || path.join(home, ".local", "share"), "jupyter");
}

/** Writes kernels/xai-lab/kernel.json under `dataDir`; returns the kernelspec folder. */
export function installKernelSpec(dataDir: string, spec: KernelSpec = kernelSpec()): string {
  const dir = path.join(dataDir, "kernels", KERNEL_NAME);
  try {
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, "kernel.json");
    const tmp = `${file}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, JSON.stringify(spec, null, 2) + "\n");
    fs.renameSync(tmp, file);
  } catch (e) {
    throw new XaiError(`cannot write the kernelspec into ${dir}: ${(e as Error).message}`);
  }
  return dir;
}

/** Removes kernels/xai-lab under `dataDir`; returns the folder removed, or null if there was none. */
export function uninstallKernelSpec(dataDir: string): string | null {
  const dir = path.join(dataDir, "kernels", KERNEL_NAME);
  if (!fs.existsSync(dir)) return null;
  fs.rmSync(dir, { recursive: true, force: true });
  return dir;
}

/**
 * NODE_PATH for tslab's type checker. The kernelspec puts this workspace's node_modules on NODE_PATH so
 * that `import * as xai from "xai-lab"` runs in a notebook in any folder; node honours it, but TypeScript
 * does not, and tslab type-checks every cell before running it. Here TypeScript's file system learns the
 * same fallback: after walking up from the notebook's folder, module lookup reaches `<root>/node_modules`
 * (the last place it tries, like node's NODE_PATH), which is answered from the NODE_PATH folders when it
 * does not exist. `realpath` turns the borrowed paths into real ones, so imports inside xai-lab's own
 * declarations (`@tensorflow/tfjs`) resolve from where the package really is. The same fallback makes
 * `<root>/node_modules/@types` a type root, which brings `@types/node` of the workspace.
 */
import * as fs from "node:fs";
import * as path from "node:path";

/** The part of TypeScript's `ts.sys` that module resolution reads. */
export interface FileSystemHost {
  fileExists(p: string): boolean;
  directoryExists(p: string): boolean;
  readFile(p: string, encoding?: string): string | undefined;
  getDirectories(p: string): string[];
  readDirectory(p: string, ...rest: unknown[]): string[];
  realpath?(p: string): string;
  getModifiedTime?(p: string): Date | undefined;
}

/**
 * Makes paths under `<root>/node_modules` that do not exist fall back to the same relative path under
 * each of `dirs` (the first where it exists). Patches `sys` in place; returns the mapping, for tests.
 */
export function addNodePathFallback(sys: FileSystemHost, dirs: readonly string[], root = path.parse(process.cwd()).root): (p: string) => string | null {
  const base = path.join(root, "node_modules");
  const fallbacks = dirs.filter((d) => d.length > 0 && fs.existsSync(d)).map((d) => path.resolve(d));
  const map = (p: string): string | null => {
    const rel = path.relative(base, p);
    if (rel.startsWith("..") || path.isAbsolute(rel) || fs.existsSync(p)) return null;
    for (const dir of fallbacks) {
      const candidate = path.join(dir, rel);
      if (fs.existsSync(candidate)) return candidate;
    }
    return null;
  };
  if (fallbacks.length === 0) return map;
  const original = {
    fileExists: sys.fileExists.bind(sys),
    directoryExists: sys.directoryExists.bind(sys),
    readFile: sys.readFile.bind(sys),
    getDirectories: sys.getDirectories.bind(sys),
    readDirectory: sys.readDirectory.bind(sys),
    realpath: sys.realpath?.bind(sys),
    getModifiedTime: sys.getModifiedTime?.bind(sys),
  };
  const to = (p: string): string => map(p) ?? p;
  sys.fileExists = (p) => original.fileExists(to(p));
  sys.directoryExists = (p) => p === base || original.directoryExists(to(p));
  sys.readFile = (p, encoding) => original.readFile(to(p), encoding);
  sys.getDirectories = (p) => original.getDirectories(to(p));
  sys.readDirectory = (p, ...rest) => {
    const mapped = map(p);
    if (!mapped) return original.readDirectory(p, ...rest);
    // Results must stay under the path that was asked for.
    return original.readDirectory(mapped, ...rest).map((f) => path.join(p, path.relative(mapped, f)));
  };
  sys.realpath = (p) => {
    const mapped = to(p);
    return original.realpath ? original.realpath(mapped) : mapped;
  };
  if (original.getModifiedTime) {
    const getModifiedTime = original.getModifiedTime;
    sys.getModifiedTime = (p) => getModifiedTime(to(p));
  }
  return map;
}

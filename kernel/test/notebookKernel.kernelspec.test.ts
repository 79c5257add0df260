/**
 * The kernelspec and `xai-lab install-kernel`: what kernel.json contains, where it goes, and the
 * NODE_PATH fallback that lets tslab's type checker find xai-lab from a notebook in any folder.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { main } from "../src/cli/main";
import { kernelSpec, userDataDir } from "../src/notebookKernel/kernelspec";
import { addNodePathFallback, type FileSystemHost } from "../src/notebookKernel/nodePath";

function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "xai-lab-kernelspec-"));
}

/** Runs the CLI with stdout and stderr captured. */
async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out = process.stdout.write;
  const err = process.stderr.write;
  let o = "";
  let e = "";
  process.stdout.write = ((c: string) => ((o += c), true)) as typeof process.stdout.write;
  process.stderr.write = ((c: string) => ((e += c), true)) as typeof process.stderr.write;
  try {
    return { code: await main(args), out: o, err: e };
  } finally {
    process.stdout.write = out;
    process.stderr.write = err;
  }
}

test("the kernelspec starts this package's tslab launcher with this node, by absolute paths", () => {
  const spec = kernelSpec();
  assert.equal(spec.display_name, "TypeScript (xai-lab)");
  assert.equal(spec.language, "typescript");
  const [node, launcher, ...rest] = spec.argv;
  assert.equal(node, process.execPath);
  assert.ok(path.isAbsolute(launcher!) && launcher!.endsWith(path.join("dist", "src", "notebookKernel", "main.js")) && fs.existsSync(launcher!));
  const tslab = rest[rest.indexOf("--tslab") + 1]!;
  assert.equal((JSON.parse(fs.readFileSync(path.join(tslab, "package.json"), "utf8")) as { name: string }).name, "tslab");
  assert.deepEqual(rest.slice(-2), ["--config-path", "{connection_file}"]);
  const nodePath = spec.env["NODE_PATH"]!.split(path.delimiter);
  assert.ok(
    nodePath.some((d) => fs.existsSync(path.join(d, "xai-lab", "package.json"))),
    "NODE_PATH reaches xai-lab itself",
  );
  assert.ok(
    nodePath.some((d) => fs.existsSync(path.join(d, "@types", "node"))),
    "and @types/node, for tslab's type checks",
  );
});

test("install-kernel --jupyter-data-dir writes kernels/xai-lab/kernel.json there, and --uninstall removes it", async () => {
  const dir = tempDir();
  try {
    const installed = await cli(["install-kernel", "--jupyter-data-dir", dir]);
    assert.equal(installed.code, 0, installed.err);
    const file = path.join(dir, "kernels", "xai-lab", "kernel.json");
    assert.deepEqual(JSON.parse(fs.readFileSync(file, "utf8")), kernelSpec());
    assert.match(installed.out, /installed the xai-lab kernelspec/);
    const removed = await cli(["install-kernel", "--jupyter-data-dir", dir, "--uninstall"]);
    assert.equal(removed.code, 0);
    assert.ok(!fs.existsSync(path.dirname(file)));
    const again = await cli(["install-kernel", "--jupyter-data-dir", dir, "--uninstall"]);
    assert.match(again.out, /nothing to remove/);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("install-kernel --prefix DIR writes under DIR/share/jupyter; the default honours JUPYTER_DATA_DIR", async () => {
  const dir = tempDir();
  const saved = process.env["JUPYTER_DATA_DIR"];
  try {
    assert.equal((await cli(["install-kernel", "--prefix", dir])).code, 0);
    assert.ok(fs.existsSync(path.join(dir, "share", "jupyter", "kernels", "xai-lab", "kernel.json")));
    process.env["JUPYTER_DATA_DIR"] = path.join(dir, "data");
    assert.equal((await cli(["install-kernel"])).code, 0);
    assert.ok(fs.existsSync(path.join(dir, "data", "kernels", "xai-lab", "kernel.json")));
  } finally {
    if (saved === undefined) delete process.env["JUPYTER_DATA_DIR"];
    else process.env["JUPYTER_DATA_DIR"] = saved;
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("install-kernel refuses two locations and unknown flags, naming them", async () => {
  const two = await cli(["install-kernel", "--user", "--prefix", "/tmp/x"]);
  assert.equal(two.code, 1);
  assert.match(two.err, /choose one of --user, --prefix DIR and --jupyter-data-dir DIR/);
  const typo = await cli(["install-kernel", "--prefx", "/tmp/x"]);
  assert.match(typo.err, /unknown option --prefx \(did you mean --prefix\?\)/);
});

test("the user data directory is found as jupyter_core finds it", () => {
  assert.equal(userDataDir({ JUPYTER_DATA_DIR: "/srv/jd" }), path.resolve("/srv/jd"));
  if (process.platform === "linux") {
    assert.equal(userDataDir({ XDG_DATA_HOME: "/xdg" }), path.join("/xdg", "jupyter"));
    assert.equal(userDataDir({}), path.join(os.homedir(), ".local", "share", "jupyter"));
  }
});

/** A file-system host on the real disk, as TypeScript's ts.sys is. */
function diskHost(): FileSystemHost {
  return {
    fileExists: (p) => fs.existsSync(p) && fs.statSync(p).isFile(),
    directoryExists: (p) => fs.existsSync(p) && fs.statSync(p).isDirectory(),
    readFile: (p) => (fs.existsSync(p) ? fs.readFileSync(p, "utf8") : undefined),
    getDirectories: (p) => (fs.existsSync(p) ? fs.readdirSync(p).filter((d) => fs.statSync(path.join(p, d)).isDirectory()) : []),
    readDirectory: (p) => (fs.existsSync(p) ? fs.readdirSync(p).map((f) => path.join(p, f)) : []),
    realpath: (p) => (fs.existsSync(p) ? fs.realpathSync(p) : p),
  };
}

test("paths under <root>/node_modules that do not exist are answered from the NODE_PATH folders, and resolve to the real files", () => {
  const root = tempDir();
  try {
    const fallback = path.join(root, "workspace", "node_modules");
    fs.mkdirSync(path.join(fallback, "pkg"), { recursive: true });
    fs.writeFileSync(path.join(fallback, "pkg", "index.d.ts"), "export declare const x: number;\n");
    fs.mkdirSync(path.join(root, "elsewhere"), { recursive: true });
    fs.writeFileSync(path.join(root, "elsewhere", "own.ts"), "//\n");
    const host = diskHost();
    addNodePathFallback(host, [fallback, path.join(root, "missing")], root);
    const virtual = path.join(root, "node_modules", "pkg", "index.d.ts");
    assert.ok(host.directoryExists(path.join(root, "node_modules")));
    assert.ok(host.fileExists(virtual));
    assert.equal(host.readFile(virtual), "export declare const x: number;\n");
    assert.equal(host.realpath!(virtual), fs.realpathSync(path.join(fallback, "pkg", "index.d.ts")));
    assert.deepEqual(host.getDirectories(path.join(root, "node_modules")), ["pkg"]);
    assert.deepEqual(host.readDirectory(path.join(root, "node_modules", "pkg")), [virtual]);
    assert.ok(!host.fileExists(path.join(root, "node_modules", "other", "index.d.ts")));
    assert.ok(!host.fileExists(path.join(root, "elsewhere", "node_modules", "pkg", "index.d.ts")), "only the root's node_modules, the last place looked");
    assert.ok(host.fileExists(path.join(root, "elsewhere", "own.ts")), "real files are untouched");
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});

test("with the fallback, tslab's TypeScript resolves xai-lab and @types/node from a folder outside the workspace", () => {
  const kernel = path.resolve(__dirname, "..", "..");
  const tslabDir = path.dirname(require.resolve("tslab/package.json"));
  const ts = require(require.resolve("@tslab/typescript-for-tslab", { paths: [tslabDir] })) as {
    sys: FileSystemHost;
    resolveModuleName(name: string, file: string, options: object, host: FileSystemHost): { resolvedModule?: { resolvedFileName: string } };
    getDefaultTypeRoots(dir: string, host: { directoryExists(p: string): boolean }): string[] | undefined;
    ModuleResolutionKind: { Node10: number };
  };
  const elsewhere = tempDir();
  try {
    const file = path.join(elsewhere, "__tslab__.ts");
    const options = { moduleResolution: ts.ModuleResolutionKind.Node10 };
    const plain = Object.create(ts.sys) as FileSystemHost;
    assert.equal(ts.resolveModuleName("xai-lab", file, options, plain).resolvedModule, undefined, "without the fallback, xai-lab cannot be found from there");
    const patched = Object.create(ts.sys) as FileSystemHost;
    addNodePathFallback(patched, kernelSpec().env["NODE_PATH"]!.split(path.delimiter));
    const resolved = ts.resolveModuleName("xai-lab", file, options, patched).resolvedModule;
    assert.equal(resolved?.resolvedFileName, path.join(fs.realpathSync(kernel), "dist", "src", "index.d.ts"));
    const roots = ts.getDefaultTypeRoots(elsewhere, patched) ?? [];
    assert.ok(
      roots.some((r) => patched.fileExists(path.join(r, "node", "package.json"))),
      "a type root with @types/node",
    );
  } finally {
    fs.rmSync(elsewhere, { recursive: true, force: true });
  }
});

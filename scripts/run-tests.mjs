#!/usr/bin/env node
// Runs every test file of the repository with node's test runner: the kernel's compiled unit tests
// (kernel/dist/test/**/*.test.js) and the cross-package tests (test/**/*.test.mjs). Arguments filter
// the files by substring, e.g. `node scripts/run-tests.mjs rules cli`.
//
// Then a second pass runs the rule, equivalence and architecture tests again on
// TensorFlow.js's WebGPU backend (XAI_LAB_BACKEND=webgpu), where they must hold with the same
// tolerances; in CI it runs on Mesa's lavapipe, a software Vulkan driver that scripts/install-system.sh
// installs. Without a WebGPU adapter that pass fails, unless XAI_LAB_SKIP_WEBGPU=1.
// `--webgpu` runs only the WebGPU pass (over the filtered files), `--no-webgpu` only the first one.
import { spawnSync } from "node:child_process";
import { readdirSync, statSync, existsSync } from "node:fs";
import { join, relative } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const roots = [
  [join(root, "kernel/dist/test"), /\.test\.js$/],
  [join(root, "test"), /\.test\.mjs$/],
];
/** The files of the WebGPU pass (rules.conv.cpu forces the cpu backend; backend.webgpu runs on webgpu by itself). */
const WEBGPU_PASS = [
  /^kernel\/dist\/test\/graph\.convAdjoint\./,
  /^kernel\/dist\/test\/rules\.(?!conv\.cpu\.)/,
  /^kernel\/dist\/test\/equivalence\./,
  /^kernel\/dist\/test\/architectures\./,
];

function walk(dir, pattern, out) {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (name === "node_modules" || name === "fixtures") continue;
    if (statSync(full).isDirectory()) walk(full, pattern, out);
    else if (pattern.test(name)) out.push(full);
  }
  return out;
}

function run(files, env) {
  const result = spawnSync(process.execPath, ["--test", "--test-concurrency=1", ...files], { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
  return result.status ?? 1;
}

/** The WebGPU adapter xai-lab finds here (one line), or null. */
function adapter() {
  const probe = `require(${JSON.stringify(join(root, "kernel/dist/src/index.js"))}).findAdapter().then((a) => console.log(a ? JSON.stringify(a) : "null"))`;
  const r = spawnSync(process.execPath, ["-e", probe], { cwd: root, encoding: "utf8" });
  const found = r.status === 0 ? JSON.parse(r.stdout.trim().split("\n").pop() || "null") : null;
  return found && `${found.vendor} ${found.description || found.device}${found.fallback ? " (software)" : ""}`;
}

const args = process.argv.slice(2);
const only = args.includes("--webgpu");
const skipWebgpu = args.includes("--no-webgpu");
const filters = args.filter((a) => a !== "--webgpu" && a !== "--no-webgpu");
const files = roots
  .flatMap(([dir, pattern]) => walk(dir, pattern, []))
  .map((f) => relative(root, f))
  .filter((f) => filters.length === 0 || filters.some((s) => f.includes(s)));
if (files.length === 0) {
  console.error("no test files found: build first (npm run build)");
  process.exit(1);
}
let status = only ? 0 : run(files, {});

const gpuFiles = files.filter((f) => WEBGPU_PASS.some((re) => re.test(f)));
if (!skipWebgpu && gpuFiles.length > 0) {
  const found = adapter();
  if (found) {
    console.log(`\n# WebGPU pass: ${gpuFiles.length} file${gpuFiles.length === 1 ? "" : "s"} again with XAI_LAB_BACKEND=webgpu, on ${found}`);
    status = run(gpuFiles, { XAI_LAB_BACKEND: "webgpu" }) || status;
  } else if (process.env.XAI_LAB_SKIP_WEBGPU === "1") {
    console.log("\n# WebGPU pass skipped: no WebGPU adapter here (XAI_LAB_SKIP_WEBGPU=1)");
  } else {
    console.error(
      "\n# WebGPU pass: no WebGPU adapter here. scripts/install-system.sh installs a software Vulkan driver (Mesa 25 lavapipe); XAI_LAB_SKIP_WEBGPU=1 skips this pass.",
    );
    status = 1;
  }
}
process.exit(status);

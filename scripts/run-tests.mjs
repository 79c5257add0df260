#!/usr/bin/env node
// Runs every test file of the repository with node's test runner: the kernel's compiled unit tests
// (kernel/dist/test/**/*.test.js) and the cross-package tests (test/**/*.test.mjs). Arguments filter
// the files by substring, e.g. `node scripts/run-tests.mjs rules cli`.
import { spawnSync } from "node:child_process";
import { readdirSync, statSync, existsSync } from "node:fs";
import { join, relative } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const roots = [
  [join(root, "kernel/dist/test"), /\.test\.js$/],
  [join(root, "test"), /\.test\.mjs$/],
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

const filters = process.argv.slice(2);
const files = roots
  .flatMap(([dir, pattern]) => walk(dir, pattern, []))
  .filter((f) => filters.length === 0 || filters.some((s) => relative(root, f).includes(s)));
if (files.length === 0) {
  console.error("no test files found: build first (npm run build)");
  process.exit(1);
}
const result = spawnSync(process.execPath, ["--test", "--test-concurrency=1", ...files.map((f) => relative(root, f))], { cwd: root, stdio: "inherit" });
process.exit(result.status ?? 1);

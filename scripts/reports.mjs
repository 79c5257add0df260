#!/usr/bin/env node
// `npm run reports`: executes every tutorial (notebooks/*.ipynb) in the xai-lab kernel and writes each as
// one self-contained HTML file into docs/ (pictures embedded, formulas typeset, nothing loaded from
// outside), so that the tutorials can be read with their pictures without running anything. The tracked
// notebooks stay as they are (stored without outputs). Needs what `xai-lab report` needs (nbclient, nbconvert).
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const docs = join(root, "docs");
const cli = join(root, "kernel", "bin", "xai-lab.js");
const only = process.argv.slice(2);
mkdirSync(docs, { recursive: true });
const notebooks = readdirSync(join(root, "notebooks"))
  .filter((f) => f.endsWith(".ipynb") && (only.length === 0 || only.some((s) => f.includes(s))))
  .sort();
for (const name of notebooks) {
  const out = join(docs, name.replace(/\.ipynb$/, ".html"));
  const started = Date.now();
  const r = spawnSync(process.execPath, [cli, "report", join(root, "notebooks", name), "--out", out, "--timeout", "1800"], {
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
  console.log(`docs/${name.replace(/\.ipynb$/, ".html")}: ${(statSync(out).size / 1024).toFixed(0)} KiB, ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

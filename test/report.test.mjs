/**
 * `xai-lab report`: one self-contained HTML file (formulas typeset as SVG, nothing loaded from outside),
 * and one clear message — no Python traceback — for a file that is not a notebook, malformed notebook
 * JSON, and a cell that runs past --timeout.
 *
 *   node --test test/report.test.mjs        (after npm run build)
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { CLI, needJupyter, run, tempDir } from "./support/jupyter.mjs";

const require = (await import("node:module")).createRequire(import.meta.url);
const { externalReferences } = require("../kernel/dist/src/render/mathHtml.js");

function notebook(cells) {
  return JSON.stringify({
    nbformat: 4,
    nbformat_minor: 5,
    metadata: { kernelspec: { name: "xai-lab", display_name: "TypeScript (xai-lab)", language: "typescript" } },
    cells: cells.map(([type, source]) =>
      type === "code" ? { cell_type: "code", metadata: {}, execution_count: null, outputs: [], source } : { cell_type: "markdown", metadata: {}, source },
    ),
  });
}

/** Asserts a failed report: exit code 1 and one short message matching `pattern`, with no Python stack. */
function assertOneMessage(r, pattern) {
  assert.notEqual(r.code, 0);
  const lines = r.stderr
    .trim()
    .split("\n")
    .filter((l) => !/^executing /.test(l));
  assert.ok(!/Traceback|File ".*", line/.test(r.stderr), `no Python traceback:\n${r.stderr}`);
  assert.ok(lines.length <= 4, `a short message, got ${lines.length} lines:\n${r.stderr}`);
  assert.match(r.stderr, pattern);
}

test("xai-lab report writes one HTML file with its formulas typeset and nothing loaded from outside it", { timeout: 300_000 }, async (t) => {
  if (!needJupyter(t)) return;
  const dir = tempDir("report");
  try {
    const nb = path.join(dir, "math.ipynb");
    fs.writeFileSync(
      nb,
      notebook([
        ["markdown", "Conservation: $\\sum_i R_i = f_c(x)$, and\n\n$$R_i = \\frac{x_i w_{ij}}{z_j} R_j$$"],
        ["code", "1 + 1"],
      ]),
    );
    const out = path.join(dir, "math.html");
    const r = await run(process.execPath, [CLI, "report", nb, "--out", out]);
    assert.equal(r.code, 0, r.stderr);
    const html = fs.readFileSync(out, "utf8");
    assert.deepEqual(externalReferences(html), [], "no script, stylesheet or image by URL");
    assert.ok(!html.includes("file://") && !/<script[^>]+src=/.test(html), "no file:// and no external script");
    assert.ok((html.match(/<mjx-container[^>]*jax="SVG"/g) ?? []).length >= 2, "both formulas are typeset as SVG");
    assert.ok(!html.includes("$\\sum_i"), "no raw TeX left");
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test(
  "xai-lab report says in one line what is wrong with a file that is not a notebook, malformed JSON, or a cell over --timeout",
  { timeout: 300_000 },
  async (t) => {
    if (!needJupyter(t)) return;
    const dir = tempDir("report-errors");
    try {
      const out = path.join(dir, "out.html");
      const text = path.join(dir, "notes.txt");
      fs.writeFileSync(text, "just some text\n");
      assertOneMessage(await run(process.execPath, [CLI, "report", text, "--out", out]), /notes\.txt is not a Jupyter notebook: its text is not valid JSON/);
      const broken = path.join(dir, "broken.ipynb");
      fs.writeFileSync(broken, '{"cells": [ {"cell_type": "code", ');
      assertOneMessage(
        await run(process.execPath, [CLI, "report", broken, "--out", out]),
        /broken\.ipynb is not a Jupyter notebook: its text is not valid JSON/,
      );
      const other = path.join(dir, "other.ipynb");
      fs.writeFileSync(other, JSON.stringify({ hello: "world" }));
      assertOneMessage(await run(process.execPath, [CLI, "report", other, "--out", out]), /has no "cells" list/);
      const slow = path.join(dir, "slow.ipynb");
      fs.writeFileSync(slow, notebook([["code", "await new Promise((resolve) => setTimeout(resolve, 20000));"]]));
      assertOneMessage(await run(process.execPath, [CLI, "report", slow, "--out", out, "--timeout", "2"]), /cell 1 ran longer than the timeout of 2 s/);
      assert.ok(!fs.existsSync(out), "no report is written");
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
);

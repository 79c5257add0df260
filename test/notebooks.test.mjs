/**
 * Every notebook (test/fixtures/smoke.ipynb and notebooks/*.ipynb) runs headlessly in the xai-lab
 * kernel through `xai-lab report` (nbclient under /usr/bin/python3, kernelspec in a temporary Jupyter
 * data directory): no error output, every xai.show output carries the xai-lab payload (valid), a PNG and
 * a text summary, and the HTML report embeds every picture. One kernel start per notebook.
 *
 *   node --test test/notebooks.test.mjs        (after npm run build)
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as path from "node:path";
import { CLI, ROOT, needJupyter, protocol, run, tempDir, text } from "./support/jupyter.mjs";

const MIME = protocol.MIME_TYPE;
const notebooks = [
  path.join(ROOT, "test", "fixtures", "smoke.ipynb"),
  ...(fs.existsSync(path.join(ROOT, "notebooks"))
    ? fs
        .readdirSync(path.join(ROOT, "notebooks"))
        .filter((f) => f.endsWith(".ipynb"))
        .sort()
        .map((f) => path.join(ROOT, "notebooks", f))
    : []),
];

for (const file of notebooks) {
  const name = path.relative(ROOT, file);
  test(`${name} runs in the xai-lab kernel without errors, and its report shows every xai-lab picture`, { timeout: 900_000 }, async (t) => {
    if (!needJupyter(t)) return;
    const out = tempDir("notebook");
    try {
      const html = path.join(out, "report.html");
      const executed = path.join(out, "executed.ipynb");
      const r = await run(process.execPath, [CLI, "report", file, "--out", html, "--executed", executed, "--timeout", "600"]);
      assert.equal(r.code, 0, `xai-lab report failed:\n${r.stderr}`);
      const nb = JSON.parse(fs.readFileSync(executed, "utf8"));
      let bundles = 0;
      nb.cells.forEach((cell, i) => {
        if (cell.cell_type !== "code") return;
        const where = `${name}, cell ${i + 1}:\n${text(cell.source)}\n`;
        const allowed = (cell.metadata?.tags ?? []).includes("raises-exception");
        for (const o of cell.outputs) {
          if (!allowed) {
            assert.notEqual(o.output_type, "error", `${where}error output ${o.ename}: ${o.evalue}`);
            assert.ok(!(o.output_type === "stream" && o.name === "stderr"), `${where}wrote to stderr:\n${text(o.text)}`);
          }
          if (o.data && MIME in o.data) {
            bundles++;
            assert.ok(typeof o.data["image/png"] === "string" && o.data["image/png"].length > 100, `${where}an xai-lab output without its PNG`);
            assert.ok(text(o.data["text/plain"]).length > 0, `${where}an xai-lab output without its text summary`);
            const parsed = protocol.parsePayload(o.data[MIME]);
            assert.ok(parsed.ok, `${where}invalid payload: ${parsed.error}`);
          }
        }
        if (/\bxai\.show\s*\(/.test(text(cell.source))) {
          assert.ok(
            cell.outputs.some((o) => o.data && MIME in o.data),
            `${where}calls xai.show but has no xai-lab output`,
          );
        }
      });
      const report = fs.readFileSync(html, "utf8");
      const images = (report.match(/<img src="data:image\/png;base64,[A-Za-z0-9+/=]+"/g) ?? []).length;
      assert.ok(images >= bundles, `the HTML report embeds ${images} PNG pictures for ${bundles} xai-lab outputs`);
      if (name.endsWith("smoke.ipynb")) assert.ok(bundles >= 4, `the smoke notebook shows 4 results, found ${bundles}`);
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });
}

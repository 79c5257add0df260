// End-to-end: the tutorial notebooks (notebooks/*.ipynb) in a real JupyterLab with the xai-lab extension,
// driven by headless Chromium. Each notebook runs top to bottom in its xai-lab kernel; every xai-lab output
// must draw (no error box, pictures not blank, plots with marks); the first heatmap that offers kernel
// controls is recomputed for another class. The notebooks are served from notebooks/ with autosave off and
// never saved, so running them leaves the repository unchanged. Screenshots go to test-artifacts/.
import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, test } from "node:test";
import { browserSuiteSkip, ensureBuilt, launchChromium, prepareDataDir, ROOT, startServer } from "./lab/harness.mjs";
import { canvasesDrawn, lastRunOutput, openLab, openNotebook, plotMarks, runAll } from "./lab/notebook.mjs";

const NOTEBOOKS = join(ROOT, "notebooks");
const ARTIFACTS = join(ROOT, "test-artifacts");
const notebooks = existsSync(NOTEBOOKS)
  ? readdirSync(NOTEBOOKS)
      .filter((f) => f.endsWith(".ipynb"))
      .sort()
  : [];
const skip = browserSuiteSkip() || (notebooks.length === 0 ? "no notebooks in notebooks/ yet" : false);

describe("the tutorial notebooks in JupyterLab", { skip, timeout: 900000 }, () => {
  let work;
  let server;
  let browser;
  let page;
  const dialogs = [];

  before(async () => {
    ensureBuilt();
    work = mkdtempSync(join(tmpdir(), "xai-lab-notebooks-"));
    mkdirSync(ARTIFACTS, { recursive: true });
    prepareDataDir(join(work, "data"));
    server = await startServer({ rootDir: NOTEBOOKS, dataDir: join(work, "data"), stateDir: join(work, "state"), autosave: false });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await openLab(page, server);
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  for (const name of notebooks) {
    test(`${name} runs top to bottom and every xai-lab widget in it draws`, async () => {
      await openNotebook(page, name);
      const ok = await runAll(page, { timeout: 600000 });
      assert.ok(ok, `a cell failed:\n${await lastRunOutput(page)}`);
      const outputs = page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-XaiLabRenderer");
      const count = await outputs.count();
      assert.ok(count > 0, "the notebook shows xai-lab widgets");
      assert.equal(await outputs.locator(".xai-error").count(), 0, "no widget shows an error");
      const stem = name.replace(/\.ipynb$/, "");
      for (let i = 0; i < count; i++) {
        const output = outputs.nth(i);
        const kind = await output.getAttribute("data-kind");
        if (kind === "heatmap" || kind === "prototypes") assert.ok(await canvasesDrawn(output), `${kind} widget ${i} is drawn`);
        if (kind === "curve" || kind === "relevance-flow") assert.ok((await plotMarks(output)) > 0, `${kind} widget ${i} is plotted`);
        await output.scrollIntoViewIfNeeded();
        await output.screenshot({ path: join(ARTIFACTS, `${stem}-${String(i).padStart(2, "0")}-${kind}.png`) });
      }
      const live = outputs.filter({ has: page.locator("select.xai-heatmap-class:not([disabled])") }).first();
      if ((await live.count()) > 0) {
        const title = await live.locator(".xai-title").textContent();
        const select = live.locator("select.xai-heatmap-class");
        const options = await select.locator("option").evaluateAll((list) => list.map((o) => o.value));
        const current = await select.inputValue();
        const next = options.find((v) => v !== "predicted" && v !== current);
        await select.selectOption(next);
        await page.waitForFunction(
          ({ t, k }) =>
            [...document.querySelectorAll(".jp-XaiLabRenderer")].some(
              (r) => r.querySelector(".xai-title")?.textContent === t && [...r.querySelectorAll(".xai-heatmap-cell")].every((c) => c.dataset.target === k),
            ),
          { t: title, k: next },
          { timeout: 120000 },
        );
      }
      assert.deepEqual(dialogs, []);
    });
  }
});

// Page helpers for the browser tests: open a notebook in the running JupyterLab, run it, talk to its kernel,
// and read what the xai-lab widgets drew. They go through the application object (window.jupyterapp) and
// its commands, as a user's clicks would, rather than through fragile pixel positions.

/** Loads JupyterLab and waits until its plugins have started. */
export async function openLab(page, server) {
  await page.goto(server.url("/lab"));
  await page.waitForFunction(() => document.body.dataset.xaiLabReady, null, { timeout: 90000 });
  const state = await page.evaluate(() => ({ ready: document.body.dataset.xaiLabReady, frontEnd: window.xaiLabFrontEnd }));
  if (state.ready !== "true") throw new Error("the JupyterLab front end failed to start");
  if (state.frontEnd.failures.length > 0) throw new Error(`prebuilt extensions failed to load: ${state.frontEnd.failures.join("; ")}`);
  return state.frontEnd;
}

/** Opens `path` and waits until its kernel is idle (or, with `kernel: false`, until it is shown). */
export async function openNotebook(page, path, { kernel = true, timeout = 90000 } = {}) {
  // The command resolves to the opened widget, which Playwright cannot serialise: return nothing instead.
  await page.evaluate(async (p) => {
    await window.jupyterapp.commands.execute("docmanager:open", { path: p });
  }, path);
  await page.waitForFunction(
    ({ p, kernel }) => {
      const w = window.jupyterapp.shell.currentWidget;
      if (!w || !w.context || w.context.path !== p || !w.context.isReady) return false;
      if (!kernel) return true;
      const k = w.sessionContext.session && w.sessionContext.session.kernel;
      return !!k && k.status === "idle";
    },
    { p: path, kernel },
    { timeout },
  );
}

/**
 * Runs every cell of the current notebook, as the Run All command does (it stops at the first failing cell),
 * and waits until the kernel is idle; returns whether every cell succeeded.
 */
export async function runAll(page, { timeout = 240000 } = {}) {
  let timer;
  const ok = await Promise.race([
    page.evaluate(() => window.jupyterapp.commands.execute("notebook:run-all-cells")),
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`running the notebook took more than ${timeout / 1000} s`)), timeout);
    }),
  ]).finally(() => clearTimeout(timer));
  await page.waitForFunction(
    () => {
      const k = window.jupyterapp.shell.currentWidget.sessionContext.session?.kernel;
      return k && k.status === "idle";
    },
    null,
    { timeout: 60000, polling: 250 },
  );
  return ok === true;
}

/** What the last cell that ran printed, when a run stopped early (for failure messages). */
export async function lastRunOutput(page) {
  return page.evaluate(() => {
    let last = null;
    for (const cell of window.jupyterapp.shell.currentWidget.content.widgets) {
      if (cell.model.type !== "code") continue;
      if (cell.model.executionCount === null) break;
      last = cell;
    }
    return last ? `${last.model.sharedModel.getSource().slice(0, 300)}\n→ ${last.outputArea.node.textContent.slice(0, 1500)}` : "no cell ran";
  });
}

/** Runs `code` in the current notebook's kernel (not in a cell) and returns what it printed. */
export async function executeInKernel(page, code) {
  return page.evaluate(async (c) => {
    const kernel = window.jupyterapp.shell.currentWidget.sessionContext.session.kernel;
    const future = kernel.requestExecute({ code: c, store_history: false, stop_on_error: false });
    let out = "";
    future.onIOPub = (msg) => {
      if (msg.header.msg_type === "stream") out += msg.content.text;
      if (msg.header.msg_type === "execute_result") out += msg.content.data["text/plain"];
      if (msg.header.msg_type === "error") out += `${msg.content.ename}: ${msg.content.evalue}`;
    };
    await future.done;
    return out;
  }, code);
}

/** Saves the current notebook and waits until the save is done. */
export async function save(page) {
  await page.evaluate(() => window.jupyterapp.commands.execute("docmanager:save"));
  await page.waitForFunction(() => !window.jupyterapp.shell.currentWidget.context.model.dirty, null, { timeout: 30000 });
}

/** Restarts the current notebook's kernel (without the confirmation dialog) and waits until it is idle. */
export async function restartKernel(page) {
  await page.evaluate(async () => {
    const ctx = window.jupyterapp.shell.currentWidget.sessionContext;
    await ctx.session.kernel.restart();
  });
  await page.waitForFunction(() => window.jupyterapp.shell.currentWidget.sessionContext.session.kernel.status === "idle", null, { timeout: 60000 });
}

/** The xai-lab output whose title is `title` (a locator, re-resolved on every use: outputs are redrawn in place). */
export function widget(page, title) {
  return page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-XaiLabRenderer").filter({ has: page.locator(".xai-title", { hasText: title }) });
}

/** Per heatmap cell of a widget: method, target, score and Σ relevance (the exact numbers of the payload). */
export async function heatmapCells(locator) {
  return locator.locator(".xai-heatmap-cell").evaluateAll((cells) =>
    cells.map((c) => ({
      sample: Number(c.dataset.sample),
      method: c.dataset.method,
      target: Number(c.dataset.target),
      score: Number(c.dataset.score),
      relevanceSum: Number(c.dataset.relevanceSum),
    })),
  );
}

/** Fingerprints of every canvas of a widget (their pixels as data URLs). */
export async function canvasPixels(locator) {
  return locator.locator("canvas.xai-picture").evaluateAll((list) => list.map((c) => c.toDataURL()));
}

/** Whether every canvas of a widget has at least two different colours (drawn, not blank). */
export async function canvasesDrawn(locator) {
  return locator.locator("canvas.xai-picture").evaluateAll(
    (list) =>
      list.length > 0 &&
      list.every((c) => {
        const ctx = c.getContext("2d");
        if (!ctx || c.width === 0 || c.height === 0) return false;
        const d = ctx.getImageData(0, 0, c.width, c.height).data;
        for (let i = 4; i < d.length; i += 4) if (d[i] !== d[0] || d[i + 1] !== d[1] || d[i + 2] !== d[2]) return true;
        return false;
      }),
  );
}

/** How many marks plotly drew in a widget's plots (bars, lines, Sankey nodes), once they are drawn. */
export async function plotMarks(locator) {
  await locator.locator(".xai-plot[data-drawn='true']").first().waitFor({ timeout: 30000 });
  return locator
    .locator(".xai-plot .main-svg")
    .evaluateAll((svgs) => svgs.reduce((n, s) => n + s.querySelectorAll("path.point, .bars path, .scatterlayer path.js-line, .sankey-node rect").length, 0));
}

/**
 * The stored outputs of the current notebook's code cells whose xai-lab payload has `title`: for each, the
 * payload's style and the PNG the kernel rendered (base64), as the notebook model holds them.
 */
export async function storedOutput(page, title) {
  return page.evaluate((t) => {
    const cells = window.jupyterapp.shell.currentWidget.content.model.cells;
    for (let i = 0; i < cells.length; i++) {
      const outputs = cells.get(i).outputs;
      if (!outputs) continue;
      for (let j = 0; j < outputs.length; j++) {
        const data = outputs.get(j).data;
        const raw = data["application/vnd.xai-lab.v1+json"];
        const payload = typeof raw === "string" ? JSON.parse(raw) : raw;
        if (payload && payload.title === t) return { style: payload.style, png: data["image/png"] };
      }
    }
    return null;
  }, title);
}

/** The RGBA pixels of each picture canvas of a widget, as drawn: [{ width, height, data: number[] }]. */
export async function canvasImages(locator) {
  return locator
    .locator("canvas.xai-picture")
    .evaluateAll((list) =>
      list.map((c) => ({ width: c.width, height: c.height, data: Array.from(c.getContext("2d").getImageData(0, 0, c.width, c.height).data) })),
    );
}

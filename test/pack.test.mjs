/**
 * The published packages: `npm pack` of the kernel ("xai-lab") and of the extension
 * ("xai-lab-jupyterlab"), installed with npm into an empty folder (their dependencies come from the
 * registry, or npm's cache), work there as a user would use them: the library explains, its public entry
 * points `xai-lab/protocol` and `xai-lab/pixels` load without tfjs, the command line explains and finds its
 * benchmark, and the extension package holds its prebuilt labextension, its compiled lib/ and its CSS.
 *
 *   node --test test/pack.test.mjs        (after npm run build)
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "./support/jupyter.mjs";

test("npm pack of the kernel and the extension gives packages that install and work in an empty folder", { timeout: 600_000 }, () => {
  const work = mkdtempSync(join(tmpdir(), "xai-lab-pack-"));
  try {
    const packed = JSON.parse(npm(["pack", "--workspace", "kernel", "--workspace", "extension", "--pack-destination", work, "--json"], ROOT));
    const kernel = packed.find((p) => p.name === "xai-lab");
    const extension = packed.find((p) => p.name === "xai-lab-jupyterlab");
    const kernelFiles = new Set(kernel.files.map((f) => f.path));
    const extensionFiles = extension.files.map((f) => f.path);
    for (const f of [
      "bin/xai-lab.js",
      "dist/src/index.js",
      "dist/src/protocol/index.d.ts",
      "dist/src/pixels/index.js",
      "dist/src/bench/run.js",
      "models/mnist-mlp/model.json",
    ])
      assert.ok(kernelFiles.has(f), `the kernel package lacks ${f}`);
    assert.ok(![...kernelFiles].some((f) => f.startsWith("dist/test/")), "the kernel package ships its tests");
    for (const f of ["lib/index.js", "lib/plugin.js", "lib/mime.js", "labextension/package.json", "style/index.css"])
      assert.ok(extensionFiles.includes(f), `the extension package lacks ${f}`);
    assert.ok(
      extensionFiles.some((f) => /^labextension\/static\/remoteEntry\.[0-9a-f]+\.js$/.test(f)),
      "the extension package lacks its federated entry",
    );

    const app = join(work, "app");
    mkdirSync(app);
    writeFileSync(join(app, "package.json"), JSON.stringify({ name: "pack-check", version: "1.0.0", private: true }));
    npm(["install", "--no-audit", "--no-fund", "--prefer-offline", join(work, kernel.filename), join(work, extension.filename)], app);

    // The library, from its package name: a 2→2 linear layer without bias, gradient × input by hand.
    const library = node(
      app,
      `const xai = require("xai-lab");
       const tf = xai.tf;
       (async () => {
         await xai.ready();
         const model = tf.sequential({ layers: [tf.layers.dense({ inputShape: [2], units: 2, useBias: false, weights: [tf.tensor2d([[1, 2], [3, -1]])] })] });
         const x = tf.tensor2d([[2, 1]]);
         const e = await xai.explain(model, x, { method: "gradient-x-input", target: 1 });
         console.log(JSON.stringify({ relevance: Array.from(await e.relevance.data()), score: e.score, sum: e.relevanceSum }));
       })().catch((err) => { console.error(err); process.exit(1); });`,
    );
    const r = JSON.parse(library.trim().split("\n").pop());
    // logit 1 = 2·2 + 1·(−1) = 3; R = x ⊙ w_·1 = (4, −1)
    assert.deepEqual(r.relevance, [4, -1]);
    assert.deepEqual(r.score, [3]);
    assert.deepEqual(r.sum, [3]);

    // The extension's entry points carry no tfjs and no node: loading them must not load tfjs.
    const light = JSON.parse(
      node(
        app,
        `const protocol = require("xai-lab/protocol");
         const pixels = require("xai-lab/pixels");
         console.log(JSON.stringify({ mime: protocol.MIME_TYPE, maps: pixels.COLORMAP_NAMES, heavy: Object.keys(require.cache).filter((f) => f.includes("@tensorflow")).length }));`,
      ),
    );
    assert.equal(light.mime, "application/vnd.xai-lab.v1+json");
    assert.ok(light.maps.includes("bwr"));
    assert.equal(light.heavy, 0, "xai-lab/protocol or xai-lab/pixels loaded tfjs");

    // The command line of the installed package: explain a bundled model's input, and the benchmark it runs.
    const cli = join(app, "node_modules", "xai-lab", "bin", "xai-lab.js");
    writeFileSync(join(app, "x.json"), JSON.stringify({ shape: [1, 28, 28, 1], data: new Array(784).fill(0).map((_, i) => (i % 29) / 28) }));
    const explained = spawnSync(
      process.execPath,
      [
        cli,
        "explain",
        "--model",
        join(app, "node_modules", "xai-lab", "models", "mnist-mlp"),
        "--input",
        "x.json",
        "--method",
        "epsilon",
        "--target",
        "3",
        "--out",
        "r.json",
      ],
      { cwd: app, encoding: "utf8" },
    );
    assert.equal(explained.status, 0, explained.stderr);
    const out = JSON.parse(readFileSync(join(app, "r.json"), "utf8"));
    assert.deepEqual(out.shape, [1, 28, 28, 1]);
    assert.deepEqual(out.target, [3]);
    node(app, `require("xai-lab/package.json"); require(require.resolve("xai-lab/package.json").replace(/package\\.json$/, "dist/src/bench/run.js"));`);

    // The extension package: its style (the "style" field resolves to the CSS) and its labextension.
    const ext = join(app, "node_modules", "xai-lab-jupyterlab");
    const manifest = JSON.parse(readFileSync(join(ext, "package.json"), "utf8"));
    assert.ok(existsSync(join(ext, manifest.style)), `the extension's style ${manifest.style} is missing`);
    assert.match(readFileSync(join(ext, manifest.style), "utf8"), /\.xai-widget/);
    const built = JSON.parse(readFileSync(join(ext, "labextension", "package.json"), "utf8"));
    assert.ok(existsSync(join(ext, "labextension", built.jupyterlab._build.load)), "the labextension's entry is missing");
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

function npm(args, cwd) {
  const r = spawnSync("npm", args, { cwd, encoding: "utf8", maxBuffer: 64 << 20 });
  assert.equal(r.status, 0, `npm ${args.join(" ")} failed:\n${r.stderr}`);
  return r.stdout;
}

function node(cwd, code) {
  const r = spawnSync(process.execPath, ["-e", code], { cwd, encoding: "utf8" });
  assert.equal(r.status, 0, `node failed in the installed folder:\n${r.stderr}`);
  return r.stdout;
}

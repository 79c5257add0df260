/**
 * tslab's compiler keeps one timer slot; a module file appearing where a cell's import was looked for makes
 * TypeScript ask for a second timer, and without allowSeveralWatchTimers the next cell fails with
 * "Unexpected pending rebuildTimer" (seen in a run of tutorial 03). Real tslab converter, real files.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { allowSeveralWatchTimers } from "../src/notebookKernel/watchTimers";

interface Converter {
  convert(prevDecl: string, src: string): { output?: string; diagnostics: { messageText: string }[] };
  close(): void;
}

test("a module created after a cell failed to import it does not break the next cells, and is then found", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "xai-lab-watch-"));
  const cwd = process.cwd();
  process.chdir(dir);
  const tslabDir = path.dirname(require.resolve("tslab/package.json"));
  allowSeveralWatchTimers(require.resolve("@tslab/typescript-for-tslab", { paths: [tslabDir] }));
  const { createConverter } = require(path.join(tslabDir, "dist", "converter.js")) as { createConverter(o: object): Converter };
  const converter = createConverter({ isJS: false, isBrowser: false });
  try {
    const first = converter.convert("", 'import { helper } from "./helper";\nconst x = 1;');
    assert.match(first.diagnostics.map((d) => d.messageText).join("; "), /Cannot find module '\.\/helper'/);
    fs.writeFileSync(path.join(dir, "helper.ts"), "export const helper = 41;\n");
    await new Promise((resolve) => setTimeout(resolve, 2500)); // TypeScript's directory watcher reacts meanwhile
    const second = converter.convert("", "const y = 2;");
    assert.deepEqual(second.diagnostics, []);
    await new Promise((resolve) => setTimeout(resolve, 500)); // the moved timer has run
    const third = converter.convert("", 'import { helper } from "./helper";\nconst z: number = helper + 1;');
    assert.deepEqual(
      third.diagnostics.map((d) => d.messageText),
      [],
      "the new module is found",
    );
  } finally {
    converter.close();
    process.chdir(cwd);
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

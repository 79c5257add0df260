/**
 * `xai-lab report NOTEBOOK --out report.html`: runs a notebook in the xai-lab kernel with Jupyter's
 * nbclient (the executor of `jupyter nbconvert --execute`) and writes it as HTML with nbconvert. Every
 * xai-lab output carries a PNG, which nbconvert embeds as `<img src="data:image/png;base64,...">`, so the
 * report shows every picture without the extension.
 * The kernelspec is written into a temporary Jupyter data directory placed first on JUPYTER_PATH, so
 * the report always runs in the kernel of this very xai-lab, installed or not.
 */
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { XaiError, check } from "../errors";
import { installKernelSpec, KERNEL_NAME } from "../notebookKernel/kernelspec";
import { externalReferences, typesetHtml } from "../render/mathHtml";
import { describeOptions, parseArgs, type OptionSpecs, type ParsedOptions } from "./args";
import type { Command } from "./main";

const OPTIONS = {
  out: { type: "string", value: "FILE.html", description: "the HTML file to write (required)" },
  timeout: { type: "number", value: "S", description: "seconds a cell may run (default 600)" },
  executed: { type: "string", value: "FILE.ipynb", description: "also keep the executed notebook" },
  "allow-errors": { type: "boolean", description: "keep going after a failing cell (default: stop and report it)" },
  help: { type: "boolean", description: "show this help" },
} as const satisfies OptionSpecs;

const INSTALL_HINT =
  "xai-lab report needs Jupyter's nbconvert: on Debian/Ubuntu `sudo apt-get install jupyter-nbconvert python3-nbclient jupyter-client`, elsewhere `pip install nbconvert nbclient`";

interface Options {
  notebook: string;
  out: string;
  timeout: number;
  executed?: string;
  allowErrors: boolean;
}

export const command: Command = {
  async run(args: string[]): Promise<number> {
    const { options: parsed, positionals } = parseArgs(args, OPTIONS);
    if (parsed.help) {
      process.stdout.write(help());
      return 0;
    }
    const options = checkOptions(parsed, positionals);
    const html = await report(options);
    const pictures = (html.match(/<img src="data:image\/png;base64,/g) ?? []).length;
    process.stdout.write(`wrote ${options.out} (${pictures} picture${pictures === 1 ? "" : "s"})\n`);
    return 0;
  },
};

/** Executes the notebook and writes the HTML report; returns the HTML. */
export async function report(options: Options): Promise<string> {
  const python = await findPython();
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "xai-lab-report-"));
  try {
    const dataDir = path.join(work, "jupyter");
    installKernelSpec(dataDir);
    const env = { ...process.env, JUPYTER_PATH: [dataDir, process.env["JUPYTER_PATH"]].filter(Boolean).join(path.delimiter) };
    const executed = path.join(work, "executed.ipynb");
    process.stderr.write(`executing ${options.notebook} in the ${KERNEL_NAME} kernel…\n`);
    try {
      await run(
        python,
        ["-c", EXECUTE_PY, options.notebook, executed, KERNEL_NAME, String(options.timeout), options.allowErrors ? "1" : "0", path.join(work, "message.txt")],
        env,
        `executing ${options.notebook}`,
        path.join(work, "message.txt"),
      );
    } finally {
      if (options.executed && fs.existsSync(executed)) writeFile(options.executed, fs.readFileSync(executed, "utf8"));
    }
    await run(python, ["-m", "nbconvert", "--to", "html", "--output-dir", work, "--output", "report", executed], env, "converting to HTML");
    const html = typesetHtml(fs.readFileSync(path.join(work, "report.html"), "utf8"));
    const outside = externalReferences(html);
    check(outside.length === 0, () => `the report would load ${outside.length} file(s) from outside itself, e.g. ${outside[0]!.slice(0, 120)}`);
    writeFile(options.out, html);
    return html;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/**
 * Executes a notebook with nbclient (what `jupyter nbconvert --execute` runs), in the notebook's folder.
 * tslab reports a failing cell only by its stderr and an error status, which nbconvert's own message
 * leaves out; this prints the cell and its output instead, and keeps the partly executed notebook.
 * argv: notebook, output notebook, kernel name, timeout per cell (s), allow errors ("1"/"0"), message file.
 * Its one message also goes to the message file: the kernel and nbclient write to the same stderr (a
 * kernel stopped at a timeout complains about its closed sockets, asyncio about pending tasks).
 */
const EXECUTE_PY = `
import os, sys, time, traceback
import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError
src, dst, kernel, timeout, allow, message_file = sys.argv[1:7]
debug = os.environ.get("XAI_LAB_DEBUG") == "1"
def say(message):
    sys.stderr.write(message.strip() + "\\n")
    with open(message_file, "w", encoding="utf-8") as f:
        f.write(message.strip())
def stop(message):
    # One clear message; Python's stack only when asked for.
    if debug:
        traceback.print_exc()
    say(message)
    sys.exit(1)
try:
    nb = nbformat.read(src, as_version=4)
except Exception as e:
    stop("%s is not a readable Jupyter notebook: %s" % (src, str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__))
failed = []
def on_error(cell, cell_index, execute_reply):
    failed.append(cell_index)
    # tslab cancels what arrives in the 200 ms after a failure; a cell allowed to fail must not take the next one with it
    time.sleep(0.3)
client = NotebookClient(nb, kernel_name=kernel, timeout=int(float(timeout) + 0.999), startup_timeout=180,
    allow_errors=(allow == "1"), on_cell_error=on_error,
    resources={"metadata": {"path": os.path.dirname(os.path.abspath(src))}})
try:
    client.execute()
except CellTimeoutError:
    index = next((i for i, c in enumerate(nb.cells) if c.get("cell_type") == "code" and c.get("execution_count") is None and c.get("source")), -1)
    stop("cell %d ran longer than the timeout of %s s (--timeout):\\n%s" % (index + 1, timeout, nb.cells[index].source if index >= 0 else ""))
except DeadKernelError:
    stop("the %s kernel died while running the notebook" % kernel)
except CellExecutionError:
    index = failed[-1] if failed else -1
    cell = nb.cells[index]
    text = []
    for out in cell.get("outputs", []):
        if out.get("output_type") == "stream":
            text.append(out.get("text", ""))
        elif out.get("output_type") == "error":
            text.append(out.get("ename", "") + ": " + out.get("evalue", ""))
    say("cell %d failed:\\n%s\\n----- its output -----\\n%s" % (index + 1, cell.source, "".join(text).strip()))
    nbformat.write(nb, dst)
    sys.exit(1)
except Exception as e:
    stop("running the notebook failed: %s: %s" % (type(e).__name__, str(e).strip().splitlines()[0] if str(e).strip() else ""))
nbformat.write(nb, dst)
`;

function checkOptions(parsed: ParsedOptions<typeof OPTIONS>, positionals: string[]): Options {
  check(positionals.length > 0, "which notebook? usage: xai-lab report NOTEBOOK.ipynb --out REPORT.html (see --help)");
  check(positionals.length === 1, `one notebook at a time; got ${positionals.map((p) => `'${p}'`).join(", ")}`);
  check(parsed.out !== undefined, "--out REPORT.html is required");
  const timeout = parsed.timeout ?? 600;
  check(timeout > 0, `--timeout must be a positive number of seconds, got ${timeout}`);
  const notebook = path.resolve(positionals[0]!);
  check(fs.existsSync(notebook), `notebook ${notebook} does not exist`);
  checkNotebook(notebook);
  return {
    notebook,
    out: path.resolve(parsed.out),
    timeout,
    allowErrors: parsed["allow-errors"] === true,
    ...(parsed.executed ? { executed: path.resolve(parsed.executed) } : {}),
  };
}

/** A notebook file is JSON with a list of cells and an nbformat version: checked here, before Python starts. */
function checkNotebook(file: string): void {
  check(fs.statSync(file).isFile(), `${file} is a folder, not a notebook`);
  const size = fs.statSync(file).size;
  check(size <= 256 * 1024 * 1024, `${file} is ${size} bytes; a notebook of more than 256 MB is not run`);
  let raw: unknown;
  try {
    raw = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (e) {
    throw new XaiError(`${file} is not a Jupyter notebook: its text is not valid JSON (${(e as Error).message})`);
  }
  const o = raw as { cells?: unknown; nbformat?: unknown } | null;
  check(
    o !== null && typeof o === "object" && Array.isArray(o.cells) && typeof o.nbformat === "number",
    `${file} is not a Jupyter notebook: it has no "cells" list and "nbformat" version`,
  );
  check(
    o.nbformat === 4,
    `${file} is a version ${String(o.nbformat)} notebook; xai-lab report runs version 4 notebooks (open and save it in Jupyter to convert it)`,
  );
}

function help(): string {
  return `usage: xai-lab report NOTEBOOK.ipynb --out REPORT.html [--timeout S] [--executed FILE.ipynb] [--allow-errors]

Executes NOTEBOOK in the xai-lab kernel (with Jupyter's nbclient, as nbconvert --execute does) and writes it
as HTML with every picture embedded. Needs Jupyter's nbconvert and nbclient for Python.

${describeOptions(OPTIONS)}
`;
}

/** A Python with nbclient and nbconvert: the one behind `jupyter-nbconvert` on PATH, Debian's, or `python3`. */
async function findPython(): Promise<string[]> {
  const candidates: string[][] = [];
  const launcher = onPath("jupyter-nbconvert");
  const shebang = launcher ? /^#!\s*(\S+)/.exec(fs.readFileSync(launcher, "utf8").split("\n")[0] ?? "")?.[1] : undefined;
  if (shebang && !shebang.endsWith("/env")) candidates.push([shebang]);
  candidates.push(["/usr/bin/python3"], ["python3"]);
  for (const candidate of candidates) {
    try {
      await run(candidate, ["-c", "import nbclient, nbconvert, jupyter_client"], process.env, "");
      return candidate;
    } catch {
      // try the next one
    }
  }
  throw new XaiError(INSTALL_HINT);
}

function onPath(name: string): string | undefined {
  for (const dir of (process.env["PATH"] ?? "").split(path.delimiter)) {
    const file = path.join(dir, name);
    if (dir && fs.existsSync(file)) return file;
  }
  return undefined;
}

/** Runs `command args`, resolving when it exits with 0; otherwise fails with the end of its stderr. */
/** Runs `command`; on failure rejects with its one message (from `messageFile` when it wrote one), else its stderr's end. */
function run(command: string[], args: string[], env: NodeJS.ProcessEnv, what: string, messageFile?: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command[0]!, [...command.slice(1), ...args], { env, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => {
      stderr = (stderr + chunk.toString("utf8")).slice(-20000);
    });
    child.on("error", (e) => reject(new XaiError(`${command.join(" ")}: ${e.message}`)));
    child.on("close", (code) => {
      if (code === 0) return resolve();
      // Our own Python prints one message; anything else (a Python traceback) is cut to its last line
      // unless XAI_LAB_DEBUG=1 asks for all of it.
      const lines = stderr.trim().split("\n");
      const debug = process.env["XAI_LAB_DEBUG"] === "1";
      if (!debug && messageFile && fs.existsSync(messageFile)) return reject(new XaiError(`${what} failed: ${fs.readFileSync(messageFile, "utf8")}`));
      const traceback = lines.some((l) => l.startsWith("Traceback (most recent call last)"));
      const text = debug ? lines.slice(-200).join("\n") : traceback ? lines[lines.length - 1]! : lines.slice(-40).join("\n");
      reject(new XaiError(`${what} failed: ${text}${!debug && traceback ? " (XAI_LAB_DEBUG=1 shows the whole stack)" : ""}`));
    });
  });
}

function writeFile(file: string, text: string): void {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  } catch (e) {
    throw new XaiError(`cannot write ${file}: ${(e as Error).message}`);
  }
}

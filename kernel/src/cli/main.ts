/**
 * The `xai-lab` command line: one subcommand per file in this folder, all on the library's engine.
 * Every subcommand returns its exit code; errors are printed to stderr by `main`.
 */
import { debugging, formatError } from "../errors";

/** A subcommand: runs with its own arguments, returns the process exit code. Its summary is in COMMANDS. */
export interface Command {
  run(args: string[]): Promise<number>;
}

interface Entry {
  readonly summary: string;
  readonly load: () => Command;
}

/** Subcommands are loaded on demand so that `--help` and light commands do not load TensorFlow.js. */
const COMMANDS: Record<string, Entry> = {
  explain: { summary: "explain a model's decision on an input (gradient, Taylor, LRP); write JSON or a heatmap", load: () => require("./explain").command },
  "install-kernel": { summary: "register the xai-lab notebook kernel with Jupyter (no Python needed)", load: () => require("./installKernel").command },
  report: { summary: "run a notebook in the xai-lab kernel and write it as HTML with every picture", load: () => require("./report").command },
  evaluate: { summary: "compare explanation methods by pixel-flipping (selectivity): a table of AUCs", load: () => require("./evaluate").command },
  prototype: { summary: "find prototypes of a class by activation maximisation (with experts or a decoder)", load: () => require("./prototype").command },
  bench: { summary: "benchmark forward, gradient and LRP on every backend available (median ms and ratios)", load: () => require("./bench").command },
};

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    process.stdout.write(usage());
    return name ? 0 : 1;
  }
  const entry = COMMANDS[name];
  if (!entry) {
    process.stderr.write(`xai-lab: unknown command '${name}'\n\n${usage()}`);
    return 2;
  }
  let command: Command;
  try {
    command = entry.load();
  } catch (e) {
    process.stderr.write(`xai-lab: the command '${name}' is not available in this build (${(e as Error).message.split("\n")[0]})\n`);
    return 2;
  }
  try {
    return await command.run(rest);
  } catch (e) {
    process.stderr.write(`xai-lab ${name}: ${errorText(e)}\n`);
    return 1;
  }
}

/** The message (and hint) of an error, without its name; the stack as well with XAI_LAB_DEBUG=1. */
function errorText(e: unknown): string {
  if (!(e instanceof Error)) return formatError(e);
  const hint = (e as { hint?: unknown }).hint;
  const text = `${e.message || e.name}${typeof hint === "string" && hint ? `\n  hint: ${hint}` : ""}`;
  return debugging() && e.stack ? `${text}\n${e.stack}` : text;
}

function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, { summary }]) => `  ${name.padEnd(16)}${summary}`);
  return `usage: xai-lab <command> [options]\n\ncommands:\n${lines.join("\n")}\n\nRun 'xai-lab <command> --help' for a command's options.\n`;
}

/**
 * The `xai-lab` command line: one subcommand per file in this folder, all on the library's engine.
 * Every subcommand returns its exit code; errors are printed to stderr by `main`.
 */
import { XaiError } from "../errors";

/** A subcommand: runs with its own arguments, returns the process exit code. */
export interface Command {
  readonly summary: string;
  run(args: string[]): Promise<number>;
}

/** Subcommands are loaded on demand so that `--help` and light commands do not load TensorFlow.js. */
const COMMANDS: Record<string, () => Command> = {
  explain: () => require("./explain").command as Command,
  "install-kernel": () => require("./installKernel").command as Command,
  report: () => require("./report").command as Command,
  evaluate: () => require("./evaluate").command as Command,
  prototype: () => require("./prototype").command as Command,
  bench: () => require("./bench").command as Command,
};

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    process.stdout.write(usage());
    return name ? 0 : 1;
  }
  const load = COMMANDS[name];
  if (!load) {
    process.stderr.write(`xai-lab: unknown command '${name}'\n\n${usage()}`);
    return 2;
  }
  let command: Command;
  try {
    command = load();
  } catch (e) {
    process.stderr.write(`xai-lab: the command '${name}' is not available in this build (${(e as Error).message.split("\n")[0]})\n`);
    return 2;
  }
  try {
    return await command.run(rest);
  } catch (e) {
    const message = e instanceof XaiError ? e.message : (e as Error)?.message ?? String(e);
    process.stderr.write(`xai-lab ${name}: ${message}\n`);
    return 1;
  }
}

function usage(): string {
  const lines = Object.keys(COMMANDS).map((name) => {
    let summary = "";
    try {
      summary = COMMANDS[name]!().summary;
    } catch {
      summary = "(not available in this build)";
    }
    return `  ${name.padEnd(16)}${summary}`;
  });
  return `usage: xai-lab <command> [options]\n\ncommands:\n${lines.join("\n")}\n\nRun 'xai-lab <command> --help' for a command's options.\n`;
}

/**
 * `xai-lab install-kernel`: registers the xai-lab notebook kernel (tslab with this xai-lab) with Jupyter,
 * without Python. See notebookKernel/kernelspec.ts for what the kernelspec contains and why.
 */
import * as path from "node:path";
import { check } from "../errors";
import { installKernelSpec, KERNEL_NAME, uninstallKernelSpec, userDataDir } from "../notebookKernel/kernelspec";
import { describeOptions, parseFlags, type OptionSpecs } from "./args";
import type { Command } from "./main";

const OPTIONS = {
  user: { type: "boolean", description: "the per-user data directory (default): $JUPYTER_DATA_DIR or ~/.local/share/jupyter" },
  prefix: { type: "string", value: "DIR", description: "DIR/share/jupyter (e.g. a virtualenv or /usr/local)" },
  "jupyter-data-dir": { type: "string", value: "DIR", description: "the Jupyter data directory DIR itself" },
  uninstall: { type: "boolean", description: "remove the kernelspec instead" },
  help: { type: "boolean", description: "show this help" },
} as const satisfies OptionSpecs;

export const command: Command = {
  async run(args: string[]): Promise<number> {
    const options = parseFlags(args, OPTIONS, help);
    if (!options) return 0;
    const chosen = [options.user, options.prefix, options["jupyter-data-dir"]].filter((o) => o !== undefined).length;
    check(chosen <= 1, "choose one of --user, --prefix DIR and --jupyter-data-dir DIR");
    const dataDir =
      options.prefix !== undefined
        ? path.resolve(options.prefix, "share", "jupyter")
        : options["jupyter-data-dir"] !== undefined
          ? path.resolve(options["jupyter-data-dir"])
          : userDataDir();
    if (options.uninstall) {
      const removed = uninstallKernelSpec(dataDir);
      process.stdout.write(
        removed ? `removed the ${KERNEL_NAME} kernelspec from ${removed}\n` : `no ${KERNEL_NAME} kernelspec in ${dataDir}; nothing to remove\n`,
      );
      return 0;
    }
    const dir = installKernelSpec(dataDir);
    process.stdout.write(`installed the ${KERNEL_NAME} kernelspec ("TypeScript (xai-lab)") in ${dir}\n`);
    return 0;
  },
};

function help(): string {
  return `usage: xai-lab install-kernel [--user | --prefix DIR | --jupyter-data-dir DIR] [--uninstall]

Writes kernels/${KERNEL_NAME}/kernel.json ("TypeScript (xai-lab)") into a Jupyter data directory. The kernel
is the tslab installed with this xai-lab, run by this node; notebooks in any folder can import "xai-lab".

${describeOptions(OPTIONS)}
`;
}

/** `xai-lab bench`: the benchmark tables of `npm run bench` (kernel/bench), from the command line. */
import type { Command } from "./main";

export const command: Command = {
  async run(args) {
    if (args.includes("--help") || args.includes("-h")) {
      process.stdout.write("usage: xai-lab bench [--backends wasm,cpu] [--repeats N] [--quick]\n");
      return 0;
    }
    const { runBench } = require("../../bench/run") as { runBench(argv: string[]): Promise<void> };
    await runBench(args);
    return 0;
  },
};

/** `xai-lab bench`: the benchmark tables of `npm run bench` (kernel/src/bench), from the command line. */
import type { Command } from "./main";

export const command: Command = {
  async run(args) {
    if (args.includes("--help") || args.includes("-h")) {
      process.stdout.write(
        "usage: xai-lab bench [--backends wasm,cpu] [--repeats N] [--quick] [--architectures mobilenetV2,resnet50,vgg16]\n" +
          "                     [--batches 1,8] [--profile] [--realsize-backends wasm,webgpu] [--no-realsize] [--only-realsize]\n",
      );
      return 0;
    }
    const { runBench } = require("../bench/run") as { runBench(argv: string[]): Promise<void> };
    await runBench(args);
    return 0;
  },
};

/**
 * The command line of the decoder's training (optvis/train/trainDecoder.ts):
 *
 *   npm run build && node kernel/dist/src/train/decoderMain.js [--epochs 20] [--code-size 16]
 *        [--seed 0] [--out kernel/models/mnist-decoder]
 */
import { describeOptions, parseArgs, type OptionSpecs } from "../cli/args";
import { trainMnistDecoder } from "../optvis/train/trainDecoder";

const OPTIONS = {
  epochs: { type: "number", value: "N", description: "passes over the training digits (default 20)" },
  "code-size": { type: "number", value: "D", description: "size of the code z (default 16)" },
  seed: { type: "number", value: "S", description: "seed of weights, shuffling and noise (default 0)" },
  out: { type: "string", value: "DIR", description: "where to save the decoder (default kernel/models/mnist-decoder)" },
  help: { type: "boolean", description: "show this help" },
} as const satisfies OptionSpecs;

if (require.main === module) {
  const { options } = parseArgs(process.argv.slice(2), OPTIONS);
  if (options.help) {
    process.stdout.write(
      `usage: node kernel/dist/src/train/decoderMain.js [options]\n\nTrains a VAE on the bundled MNIST digits and saves its decoder.\n\n${describeOptions(OPTIONS)}\n`,
    );
  } else {
    trainMnistDecoder({
      ...(options.epochs !== undefined ? { epochs: options.epochs } : {}),
      ...(options["code-size"] !== undefined ? { codeSize: options["code-size"] } : {}),
      ...(options.seed !== undefined ? { seed: options.seed } : {}),
      ...(options.out !== undefined ? { out: options.out } : {}),
      log: (line) => process.stdout.write(line + "\n"),
    }).catch((e: Error) => {
      process.stderr.write(`decoderMain: ${e.message}\n`);
      process.exitCode = 1;
    });
  }
}

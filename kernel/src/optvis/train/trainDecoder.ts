/**
 * Trains the MNIST decoder that `xai-lab prototype --decoder mnist-decoder` and the tutorials use for
 * AM in code space, and saves it (tfjs layers format) with a `training.json` of its settings and scores.
 * Its command line is kernel/src/train/decoderMain.ts.
 *
 * Data: the bundled MNIST train split (8,000 digits); scores on the test split (2,000).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as tf from "@tensorflow/tfjs";
import { ready } from "../../backend";
import { mnist } from "../../data";
import { saveModel } from "../../io/modelFiles";
import { reconstructionError, trainVae, vaeLoss } from "./vae";

/** Trains and saves; returns what was written to training.json. */
export async function trainMnistDecoder(
  options: { epochs?: number; codeSize?: number; seed?: number; out?: string; log?: (line: string) => void } = {},
): Promise<Record<string, unknown>> {
  const backend = await ready();
  const log = options.log ?? (() => undefined);
  const out = options.out ?? path.join(__dirname, "..", "..", "..", "..", "models", "mnist-decoder");
  const train = await mnist({ split: "train" });
  const test = await mnist({ split: "test" });
  const started = Date.now();
  const vae = await trainVae(train.images, {
    epochs: options.epochs ?? 20,
    codeSize: options.codeSize ?? 16,
    seed: options.seed ?? 0,
    onEpoch: (epoch, loss) => log(`epoch ${epoch + 1}: loss ${loss.toFixed(2)} nats per digit`),
  });
  try {
    const seconds = (Date.now() - started) / 1000;
    const loss = tf.tidy(() => vaeLoss(vae.encoder, vae.decoder, tf.reshape(test.images, [test.images.shape[0], -1]) as tf.Tensor2D, vae.settings.codeSize, 1));
    const testLoss = (await loss.data())[0]!;
    loss.dispose();
    const testMse = await reconstructionError(vae.encoder, vae.decoder, test.images, vae.settings.codeSize);
    const record = {
      model: "variational autoencoder (dense), decoder only",
      data: "bundled MNIST: train split (8000 digits) for training, test split (2000) for the scores",
      backend: backend.name,
      settings: vae.settings,
      trainLoss: vae.losses,
      testLoss,
      testReconstructionMse: testMse,
      seconds,
      input: [null, vae.settings.codeSize],
      output: [null, 28, 28, 1],
    };
    await saveModel(vae.decoder, out);
    fs.writeFileSync(path.join(out, "training.json"), JSON.stringify(record, null, 2) + "\n");
    log(`test loss ${testLoss.toFixed(2)} nats per digit, reconstruction MSE ${testMse.toFixed(4)}; ${seconds.toFixed(0)} s on ${backend.name}; saved ${out}`);
    return record;
  } finally {
    vae.encoder.dispose();
    vae.decoder.dispose();
    tf.dispose([train.images, train.labels, test.images, test.labels]);
  }
}

/**
 * The xai-lab notebook kernel, assembled from tslab's parts (its converter, executor, Jupyter handler and
 * ZeroMQ server) rather than started by tslab's `startKernel`, so that the process survives a long session:
 * - sends on each socket go one at a time (sockets.ts), so no message — an `idle` status above all — is lost;
 * - no failure ends the process (guard.ts), and each is reported;
 * - an interrupt stops the running work at its next step boundary (executor.ts, interrupt/);
 * - errors print as one clear message, the stack only with XAI_LAB_DEBUG=1 (errors/).
 */
import * as path from "node:path";
import { format } from "node:util";
import type * as TS from "typescript";
import { formatError } from "../errors";
import { trackedConverters } from "./converters";
import { kernelExecutor, GRACE_MS, type KernelExecutor } from "./executor";
import { guardProcess } from "./guard";
import { serialiseSends, type SendingSocket } from "./sockets";
import type { Tslab } from "./tslabTypes";
import { allowSeveralWatchTimers } from "./watchTimers";

/** What tslab's executor prints when its own interrupt ends a cell. */
const TSLAB_INTERRUPT = "Interrupted asynchronously";

export interface KernelOptions {
  /** The Jupyter connection file. */
  readonly configPath: string;
  /** The tslab package folder. */
  readonly tslabDir: string;
  /** The TypeScript module tslab's converter uses. */
  readonly ts: typeof TS;
}

/** Starts the kernel; it runs until Jupyter asks it to shut down. */
export function startKernel(options: KernelOptions): KernelExecutor {
  const processStderr = process.stderr.write.bind(process.stderr) as (text: string) => boolean;
  const tslab = loadTslab(options.tslabDir);
  let session: KernelExecutor | null = null;
  const guard = guardProcess((failure) => {
    if (session) session.report(failure);
    else processStderr(`${formatError(failure.error)}\n`);
  });
  const converters = trackedConverters(tslab.converter.createConverter);
  void converters.node; // the first cell should not wait for TypeScript to start
  const inner = tslab.executor.createExecutor(process.cwd(), converters, {
    log: (...args) => console.log(...args),
    error: (...args) => console.error(cellError(args, session)),
  });
  session = kernelExecutor({ inner, converters, ts: options.ts, guard, processStderr: (text) => void processStderr(text) });
  const onSendError = (e: unknown): void => void processStderr(`xai-lab kernel: a message could not be sent (${formatError(e)})\n`);
  const { JupyterHandlerImpl, ZmqServer } = tslab.jupyter;
  // tslab creates its sockets in init() and binds each right away: the place to make their sends queue,
  // and to lift ZeroMQ's default limit of 1,000 queued messages per peer, past which a publisher drops
  // messages silently (a cell that prints a lot would lose its output, and its `idle`, to a slow client).
  const Server = class extends ZmqServer {
    override bindSocket(socket: unknown, port: number): Promise<void> {
      serialiseSends(socket as SendingSocket, onSendError);
      (socket as { sendHighWaterMark: number }).sendHighWaterMark = 0;
      return super.bindSocket(socket, port);
    }
  };
  const server = new Server(new JupyterHandlerImpl(session, false), options.configPath);
  const executor = session;
  process.on("SIGINT", () => executor.interrupt());
  server.init().catch((e: unknown) => {
    processStderr(`xai-lab kernel: cannot start on ${options.configPath}: ${formatError(e)}\n`);
    process.exit(1);
  });
  return session;
}

/** The text of one `console.error` call of tslab's executor: errors as one message, the rest formatted. */
function cellError(args: unknown[], session: KernelExecutor | null): string {
  if (args.length !== 1) return format(...args);
  const e = args[0];
  if (session?.abandoned && e instanceof Error && e.message === TSLAB_INTERRUPT) {
    return `Interrupted: the cell's work reached no step boundary within ${GRACE_MS / 1000} s and was left running; xai-lab's own loops stop at their next step, your own loops can call \`await xai.checkpoint()\` at each step to stop too.`;
  }
  return formatError(e);
}

function loadTslab(dir: string): Tslab {
  // Before tslab's converter loads its TypeScript: a file appearing where a cell's import was looked for
  // would otherwise break the next cell (watchTimers.ts).
  allowSeveralWatchTimers(require.resolve("@tslab/typescript-for-tslab", { paths: [dir] }));
  const dist = (name: string): unknown => require(path.join(dir, "dist", `${name}.js`));
  return { converter: dist("converter"), executor: dist("executor"), jupyter: dist("jupyter") } as Tslab;
}

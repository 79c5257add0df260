/**
 * The parts of tslab 1.0 (its `dist/` modules) the kernel is assembled from, typed here because tslab
 * publishes no types for them as a package API.
 */

/** The result of converting one cell (tslab's converter.ConvertResult). */
export interface ConvertResult {
  output?: string;
  declOutput?: string;
  diagnostics: unknown[];
}

/** tslab's converter: TypeScript to JavaScript, checked against the declarations of earlier cells. */
export interface Converter {
  convert(prevDecl: string, src: string): ConvertResult;
  inspect(prevDecl: string, src: string, position: number): unknown;
  complete(prevDecl: string, src: string, position: number): unknown;
  close(): void;
  addModule(name: string, content: string, meta?: unknown): unknown[];
}

/** The converters tslab's executor asks for (one per mode). */
export interface ConverterSet {
  readonly node: Converter;
  readonly browser: Converter;
  close(): void;
}

/** tslab's executor: runs cells, keeps their variables in `locals`. */
export interface Executor {
  execute(src: string): Promise<boolean>;
  inspect(src: string, position: number): unknown;
  complete(src: string, position: number): unknown;
  reset(): void;
  interrupt(): void;
  readonly locals: Record<string, unknown>;
  close(): void;
}

/** How the executor prints: a cell's value (`log`) and its errors and type errors (`error`). */
export interface ExecutorConsole {
  log(...args: unknown[]): void;
  error(...args: unknown[]): void;
}

/** tslab's `dist/` modules, loaded from the tslab folder the kernelspec names. */
export interface Tslab {
  readonly converter: { createConverter(options: { isJS: boolean; isBrowser: boolean }): Converter };
  readonly executor: { createExecutor(rootDir: string, converters: ConverterSet, console: ExecutorConsole): Executor };
  readonly jupyter: {
    JupyterHandlerImpl: new (executor: Executor, isJs: boolean) => unknown;
    ZmqServer: new (handler: unknown, configPath: string) => ZmqServer;
  };
}

/** tslab's server over the five Jupyter sockets. */
export interface ZmqServer {
  init(): Promise<void>;
  bindSocket(socket: unknown, port: number): Promise<void>;
}

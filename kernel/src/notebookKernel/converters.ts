/**
 * tslab's converters, with the declarations of earlier cells kept here rather than in tslab's executor.
 * tslab passes the declarations it keeps (updated only when a cell succeeds) to every conversion,
 * completion and inspection; these converters use `declarations` instead, which the kernel also updates
 * after a failed or interrupted cell (see declarations.ts), and remember the last conversion.
 */
import type { ConvertResult, Converter, ConverterSet, Tslab } from "./tslabTypes";

export interface TrackedConverters extends ConverterSet {
  /** The declarations of the cells so far, which every cell is type-checked against. */
  declarations: string;
  /** The last cell converted and its result (null once read, or before the first). */
  last: { readonly source: string; readonly result: ConvertResult } | null;
}

/** Converters made on first use by tslab's `createConverter` (TypeScript mode). */
export function trackedConverters(create: Tslab["converter"]["createConverter"]): TrackedConverters {
  const made: { node?: Converter; browser?: Converter } = {};
  const set: TrackedConverters = {
    declarations: "",
    last: null,
    get node() {
      return (made.node ??= tracked(create({ isJS: false, isBrowser: false }), set));
    },
    get browser() {
      return (made.browser ??= tracked(create({ isJS: false, isBrowser: true }), set));
    },
    close() {
      made.node?.close();
      made.browser?.close();
    },
  };
  return set;
}

function tracked(converter: Converter, set: TrackedConverters): Converter {
  return {
    convert(_prevDecl, src) {
      const result = converter.convert(set.declarations, src);
      set.last = { source: src, result };
      return result;
    },
    inspect: (_prevDecl, src, position) => converter.inspect(set.declarations, src, position),
    complete: (_prevDecl, src, position) => converter.complete(set.declarations, src, position),
    close: () => converter.close(),
    addModule: (name, content, meta) => converter.addModule(name, content, meta),
  };
}

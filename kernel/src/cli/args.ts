/**
 * A small typed parser for subcommand options: `--flag value`, `--flag=value` and boolean switches.
 * Mistakes a user makes at the shell (an unknown or misspelt flag, a flag given twice, a missing or
 * non-numeric value) fail with an XaiError that names the flag, before any model is loaded.
 *
 * Numbers are read strictly, as a person writes them in decimal: `0x3`, `1_000`, `Infinity` and a value
 * that rounds to 0 (`1e-400`) or to infinity are refused rather than read as something else; an integer
 * flag takes digits only.
 */
import { XaiError, check, didYouMean } from "../errors";

/**
 * What a flag takes: `string`, `number` (finite, decimal), `integer` (digits, optionally signed),
 * `boolean` (a switch, no value), or `numbers` / `integers`: one value, or a comma-separated list of
 * them (`--target 3,1,4`, `--low 0,0,0`).
 */
export type OptionType = "string" | "number" | "integer" | "boolean" | "numbers" | "integers";

/** A number as written in decimal: digits, an optional fraction and exponent; no hex, no Infinity. */
const DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const INTEGER = /^[+-]?\d+$/;

export interface OptionSpec {
  readonly type: OptionType;
  /** One line for `--help`. */
  readonly description: string;
  /** The value's name in `--help` (`--model FILE`). */
  readonly value?: string;
  /** The only values a string flag accepts. */
  readonly choices?: readonly string[];
}

/** The flags of a command, by name without the leading dashes (`"zero-bias"`). */
export type OptionSpecs = Readonly<Record<string, OptionSpec>>;

type ValueOf<T extends OptionType> = T extends "string" ? string : T extends "number" | "integer" ? number : T extends "boolean" ? boolean : number | number[];

/** The parsed flags: each is absent when not given (booleans too). */
export type ParsedOptions<S extends OptionSpecs> = { -readonly [K in keyof S]?: ValueOf<S[K]["type"]> };

export interface ParsedArgs<S extends OptionSpecs> {
  readonly options: ParsedOptions<S>;
  /** Arguments that are not flags (everything after a bare `--` too). */
  readonly positionals: string[];
}

/** Parses `argv` against `specs`; throws an XaiError naming the flag on any mistake. */
export function parseArgs<S extends OptionSpecs>(argv: readonly string[], specs: S): ParsedArgs<S> {
  const options: Record<string, unknown> = {};
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--") {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg === "-h" && specs["help"]?.type === "boolean") {
      options["help"] = true;
      continue;
    }
    if (!arg.startsWith("--")) {
      if (/^-[A-Za-z]/.test(arg)) throw new XaiError(`unknown option ${arg}: options are spelt with two dashes (--${arg.slice(1)})`);
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    const spec = Object.prototype.hasOwnProperty.call(specs, name) ? specs[name] : undefined;
    if (!spec) throw new XaiError(`unknown option --${name}${didYouMean(name, Object.keys(specs), "--")}`);
    if (Object.prototype.hasOwnProperty.call(options, name)) throw new XaiError(`option --${name} is given more than once`);
    if (spec.type === "boolean") {
      if (eq >= 0) throw new XaiError(`option --${name} is a switch and takes no value (got '${arg.slice(eq + 1)}')`);
      options[name] = true;
      continue;
    }
    let raw: string;
    if (eq >= 0) {
      raw = arg.slice(eq + 1);
    } else {
      const next = argv[i + 1];
      // A value may start with one dash (a negative number) but not with two (the next flag).
      if (next === undefined || next.startsWith("--")) throw new XaiError(`option --${name} needs a value${spec.value ? ` (${spec.value})` : ""}`);
      raw = next;
      i++;
    }
    options[name] = convert(name, spec, raw);
  }
  return { options: options as ParsedOptions<S>, positionals };
}

/**
 * The options of a subcommand that takes flags only: null after printing `help()` for --help / -h;
 * an XaiError for any argument that is not a flag.
 */
export function parseFlags<S extends OptionSpecs>(argv: readonly string[], specs: S, help: () => string): ParsedOptions<S> | null {
  const { options, positionals } = parseArgs(argv, specs);
  if ((options as Record<string, unknown>)["help"]) {
    process.stdout.write(help());
    return null;
  }
  check(positionals.length === 0, `unexpected argument '${positionals[0]}': every input is given with a --flag (see --help)`);
  return options;
}

/** The option list of `--help`: one flag per line, descriptions aligned. */
export function describeOptions(specs: OptionSpecs): string {
  const heads = Object.entries(specs).map(([name, spec]) => {
    const value =
      spec.type === "boolean"
        ? ""
        : ` ${spec.value ?? (spec.choices ? spec.choices.join("|") : spec.type === "string" ? "VALUE" : spec.type === "number" || spec.type === "integer" ? "N" : "N[,N...]")}`;
    return `--${name}${value}`;
  });
  const width = Math.min(28, Math.max(...heads.map((h) => h.length)) + 2);
  return Object.values(specs)
    .map((spec, k) => {
      const head = heads[k]!;
      const pad = head.length + 2 > width ? `\n  ${" ".repeat(width)}` : " ".repeat(width - head.length);
      return `  ${head}${pad}${spec.description.replace(/\n/g, `\n  ${" ".repeat(width)}`)}`;
    })
    .join("\n");
}

function convert(name: string, spec: OptionSpec, raw: string): string | number | number[] {
  switch (spec.type) {
    case "string":
      if (raw === "") throw new XaiError(`option --${name} needs a non-empty value`);
      if (spec.choices && !spec.choices.includes(raw)) throw new XaiError(`option --${name} must be one of ${spec.choices.join(", ")}, got '${raw}'`);
      return raw;
    case "number":
    case "integer":
      return toNumber(name, raw, raw, spec.type === "integer");
    case "numbers":
    case "integers": {
      const values = raw.split(",").map((p) => toNumber(name, p, raw.includes(",") ? raw : p, spec.type === "integers"));
      return values.length === 1 ? values[0]! : values;
    }
    default:
      throw new XaiError(`option --${name} has an unknown type`);
  }
}

function toNumber(name: string, text: string, whole: string, integer: boolean): number {
  const trimmed = text.trim();
  const one = whole === text;
  if (integer) {
    const value = INTEGER.test(trimmed) ? Number(trimmed) : NaN;
    if (!Number.isSafeInteger(value)) {
      const why = INTEGER.test(trimmed) ? " (too large to be exact)" : "";
      throw new XaiError(`option --${name} expects ${one ? "an integer" : "integers separated by commas"} (decimal digits), got '${whole}'${why}`);
    }
    return value;
  }
  const value = DECIMAL.test(trimmed) ? Number(trimmed) : NaN;
  if (!Number.isFinite(value)) {
    const why = DECIMAL.test(trimmed) ? " (too large: it overflows to infinity)" : "";
    throw new XaiError(`option --${name} expects ${one ? "a finite number" : "finite numbers separated by commas"}, got '${whole}'${why}`);
  }
  // A mantissa with a non-zero digit that reads as 0 has underflowed: the value asked for is lost.
  if (value === 0 && /[1-9]/.test(trimmed.split(/[eE]/)[0]!)) throw new XaiError(`option --${name}: '${text}' is too small to represent (it underflows to 0)`);
  return value;
}

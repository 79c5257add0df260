/** Numbers and class names as the kernel's text summaries and PNG captions and the widgets print them. */

/** `v` with 4 significant digits, without trailing zeros ("7.412", "0.0031", "-12"). */
export function fmt(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  if (v === 0) return "0";
  const a = Math.abs(v);
  if (a >= 1e6 || a < 1e-4) return v.toExponential(2);
  return String(Number(v.toPrecision(4)));
}

/**
 * A setting of a run in a few words, for captions and tables: numbers by `fmt`; a list in brackets; an
 * object by its name or kind followed by its other fields ("gaussian (weight=0.1, components=3)"); deeper
 * levels by their name alone. Never "[object Object]".
 */
export function settingText(v: unknown, depth = 0): string {
  if (v === null || v === undefined) return "none";
  if (typeof v === "number") return fmt(v);
  if (typeof v !== "object") return String(v);
  if (Array.isArray(v)) return v.length > 8 || depth > 2 ? `[${v.length} values]` : `[${v.map((x) => settingText(x, depth + 1)).join(", ")}]`;
  const o = v as Record<string, unknown>;
  const nameKey = ["name", "kind", "type"].find((k) => typeof o[k] === "string");
  const rest = Object.entries(o).filter(([k, x]) => k !== nameKey && x !== undefined);
  if (depth > 1 || rest.length === 0) return nameKey ? String(o[nameKey]) : rest.length === 0 ? "{}" : "{…}";
  const fields = rest.map(([k, x]) => `${k}=${settingText(x, depth + 1)}`).join(", ");
  return nameKey ? `${String(o[nameKey])} (${fields})` : fields;
}

/** "3" or, with names, "cat (3)". */
export function className(index: number, names: readonly string[] | undefined): string {
  const name = names?.[index];
  return name === undefined || name === String(index) ? String(index) : `${name} (${index})`;
}

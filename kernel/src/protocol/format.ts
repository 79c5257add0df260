/** Numbers and class names as the kernel's text summaries and PNG captions and the widgets print them. */

/** `v` with 4 significant digits, without trailing zeros ("7.412", "0.0031", "-12"). */
export function fmt(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  if (v === 0) return "0";
  const a = Math.abs(v);
  if (a >= 1e6 || a < 1e-4) return v.toExponential(2);
  return String(Number(v.toPrecision(4)));
}

/** "3" or, with names, "cat (3)". */
export function className(index: number, names: readonly string[] | undefined): string {
  const name = names?.[index];
  return name === undefined || name === String(index) ? String(index) : `${name} (${index})`;
}

/**
 * A widget's view state as code: what the user chose in a heatmap widget (class, methods, parameters),
 * written as the cell that computes it — `xai.explain(model, x, { … })` per column, then `xai.show` — so
 * that the notebook's stored outputs always come from code. The model, input and show() options are read
 * off the cell that made the output when they can be; otherwise the code names them `model` and `x`.
 */
import { className, methodLabel, nonDefaultParameters, type ExplanationParameters, type HeatmapPayload } from "./contract";

/** What the view differs in from the stored output, in words ("class 4; column 2: alpha2beta1 α=3 β=2"), or null. */
export function viewDifference(stored: HeatmapPayload, shown: HeatmapPayload): string | null {
  const parts: string[] = [];
  const target = (p: HeatmapPayload): number | null => p.controls?.target ?? null;
  if (target(stored) !== target(shown)) parts.push(target(shown) === null ? "the predicted class" : `class ${className(target(shown)!, shown.classNames)}`);
  shown.methods.forEach((_, j) => {
    const before = labelOf(stored, j);
    const after = labelOf(shown, j);
    if (before !== after) parts.push(`${shown.methods.length > 1 ? `column ${j + 1}: ` : ""}${after}`);
  });
  return parts.length > 0 ? parts.join("; ") : null;
}

/** The label of column `j`: its method and the parameters that differ from the method's defaults. */
export function labelOf(p: HeatmapPayload, j: number): string {
  return methodLabel(p.methods[j] ?? "", p.parameters?.[j] ?? {});
}

/** The code of a cell that computes and shows `shown`, given the source of the cell that made the output. */
export function viewCode(shown: HeatmapPayload, source: string | null, suffix: string): string {
  const names = namesIn(source ?? "");
  const target = shown.controls?.target ?? null;
  const name = `view${suffix}`;
  const lines = [
    `// The view chosen in the xai-lab widget: ${shown.methods.map((_, j) => labelOf(shown, j)).join(", ")}${target === null ? "" : `, class ${target}`}`,
  ];
  lines.push(`const ${name} = [`);
  shown.methods.forEach((method, j) => {
    const options = {
      method,
      ...(target === null ? {} : { target }),
      ...nonDefaultParameters(method, shown.parameters?.[j] ?? {}),
      ...bounds(shown.parameters?.[j]),
    };
    lines.push(`  await ${names.xai}.explain(${names.model}, ${names.input}, ${objectLiteral(options)}),`);
  });
  lines.push("];");
  lines.push(`await ${names.show}(${name}, ${names.showOptions ?? `{ input: ${names.input}, model: ${names.model} }`});`);
  return lines.join("\n");
}

/** The box bounds are always written out: they have no default, and the kernel may have filled them in. */
function bounds(p: ExplanationParameters | undefined): ExplanationParameters {
  const out: ExplanationParameters = {};
  if (p?.low !== undefined) out.low = p.low;
  if (p?.high !== undefined) out.high = p.high;
  return out;
}

/** The names the original cell used for xai-lab, show(), the model and the input, and its show() options as written. */
function namesIn(source: string): { xai: string; show: string; model: string; input: string; showOptions: string | null } {
  const prefix = /(?:\b([A-Za-z_$][\w$]*)\.)?\bshow\s*\(/.exec(source);
  const xai = prefix?.[1] ?? "xai";
  const show = prefix ? (prefix[1] ? `${prefix[1]}.show` : "show") : "xai.show";
  const call = /\bshow\s*\(\s*(?:\[[^\]]*\]|[^,[]+),\s*(\{[\s\S]*\})\s*\)\s*;?\s*$/m.exec(source);
  const options = call?.[1] ?? null;
  const model = (options && /\bmodel\s*:\s*([A-Za-z_$][\w$.]*)/.exec(options)?.[1]) ?? "model";
  const input = (options && /\binput\s*:\s*([A-Za-z_$][\w$.]*)/.exec(options)?.[1]) ?? "x";
  return { xai, show, model, input, showOptions: options };
}

/** `{ method: "epsilon", epsilon: 0.25 }`: JSON values, unquoted keys. */
function objectLiteral(o: Record<string, unknown>): string {
  return `{ ${Object.entries(o)
    .map(([k, v]) => `${k}: ${JSON.stringify(v)}`)
    .join(", ")} }`;
}

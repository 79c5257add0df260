/**
 * The prototypes widget: inputs synthesised by activation maximisation (Montavon et al. 2018, §3), one
 * group per class (or, when the payload says so, labelled rows in the order given, such as a sweep over a
 * setting), each with the model's score for its class, and the settings that made them — above
 * all the regulariser (ℓ2 decay or a density "expert", §3.1–3.2), which decides how natural they look.
 * Pointing at a prototype shows its class, score and the pixel value under the pointer.
 */
import { settingText, type PrototypesPayload } from "../contract";
import { className, fmt, h, imageLayout, paintImage, pixelAt, sizeCanvas, zoomFor, type View } from "./common";

/** Settings whose names say they describe the regulariser, listed first. */
const REGULARISER_KEYS = /regular|expert|lambda|decay|prior|density|l2/i;

/** Draws a prototypes payload; see the file comment. */
export const renderPrototypes: View<PrototypesPayload> = (payload, el) => {
  const root = h("div", "xai-widget xai-prototypes", undefined, el);
  h("div", "xai-title", payload.title, root);

  const entries = Object.entries(payload.settings);
  entries.sort(([a], [b]) => Number(!REGULARISER_KEYS.test(a)) - Number(!REGULARISER_KEYS.test(b)));
  if (entries.length > 0) {
    const table = h("table", "xai-settings", undefined, root);
    const caption = h("caption", undefined, "settings", table);
    caption.title = "how the prototypes were found; the regulariser keeps them close to the data";
    for (const [key, value] of entries) {
      const tr = h("tr", REGULARISER_KEYS.test(key) ? "xai-setting xai-setting-regulariser" : "xai-setting", undefined, table);
      h("th", undefined, key, tr);
      h("td", undefined, settingText(value), tr);
    }
  }

  // Rows of `columns` prototypes in their order (a sweep, pairs), labelled; else one group per class.
  const groups: { label: string; target?: number; list: PrototypesPayload["prototypes"] }[] = [];
  if (payload.columns !== undefined) {
    for (let i = 0; i < payload.prototypes.length; i += payload.columns) {
      const list = payload.prototypes.slice(i, i + payload.columns);
      const classes = [...new Set(list.map((p) => p.target))];
      const label =
        payload.rowLabels?.[groups.length] ?? (classes.length === 1 ? `class ${className(classes[0]!, payload.classNames)}` : `row ${groups.length + 1}`);
      groups.push({ label, list });
    }
  } else {
    const byClass = new Map<number, PrototypesPayload["prototypes"]>();
    for (const p of payload.prototypes) byClass.set(p.target, [...(byClass.get(p.target) ?? []), p]);
    for (const [target, list] of [...byClass.entries()].sort(([a], [b]) => a - b)) groups.push({ label: className(target, payload.classNames), target, list });
  }
  const grid = h("div", payload.columns !== undefined ? "xai-prototype-grid xai-prototype-rows" : "xai-prototype-grid", undefined, root);
  const details = h("div", "xai-readout", "point at a prototype for details", root);
  details.setAttribute("aria-live", "polite");
  for (const group of groups) {
    const figure = h("figure", "xai-prototype-group", undefined, grid);
    if (group.target !== undefined) figure.dataset["target"] = String(group.target);
    h("figcaption", "xai-caption xai-prototype-class", group.label, figure);
    const pictures = h("div", "xai-prototype-pictures", undefined, figure);
    group.list.forEach((p, k) => {
      const cell = h("div", "xai-cell xai-prototype", undefined, pictures);
      cell.dataset["score"] = String(p.score);
      cell.dataset["target"] = String(p.target);
      const canvas = h("canvas", "xai-picture", undefined, cell);
      paintImage(canvas, p.image);
      const { h: ih, w: iw, c } = imageLayout(p.image);
      sizeCanvas(canvas, ih, iw, zoomFor(ih, iw, 96));
      h(
        "div",
        "xai-caption",
        group.target === undefined ? `class ${className(p.target, payload.classNames)} · score ${fmt(p.score)}` : `score ${fmt(p.score)}`,
        cell,
      );
      const describe = (extra: string): void => {
        details.textContent = `${group.label}${group.list.length > 1 ? `, prototype ${k + 1} of ${group.list.length}` : ""}: class ${className(p.target, payload.classNames)}, score ${fmt(p.score)}${extra}`;
      };
      cell.addEventListener("mouseenter", () => describe(""));
      canvas.addEventListener("mousemove", (event) => {
        const at = pixelAt(canvas, event, ih, iw);
        if (!at) return;
        const values = Array.from({ length: c }, (_, j) => fmt(p.image.data[(at.row * iw + at.col) * c + j]!));
        describe(` · row ${at.row}, column ${at.col}: ${values.join(", ")}`);
      });
    });
  }
  return () => root.remove();
};

/**
 * The prototypes widget: inputs synthesised by activation maximisation (Montavon et al. 2018, §3), one
 * group per class, each with the model's score for its class, and the settings that made them — above
 * all the regulariser (ℓ2 decay or a density "expert", §3.1–3.2), which decides how natural they look.
 * Pointing at a prototype shows its class, score and the pixel value under the pointer.
 */
import type { PrototypesPayload } from "../contract";
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
      h("td", undefined, value === null ? "none" : typeof value === "number" ? fmt(value) : String(value), tr);
    }
  }

  const groups = new Map<number, PrototypesPayload["prototypes"]>();
  for (const p of payload.prototypes) groups.set(p.target, [...(groups.get(p.target) ?? []), p]);
  const grid = h("div", "xai-prototype-grid", undefined, root);
  const details = h("div", "xai-readout", "point at a prototype for details", root);
  details.setAttribute("aria-live", "polite");
  for (const [target, list] of [...groups.entries()].sort(([a], [b]) => a - b)) {
    const group = h("figure", "xai-prototype-group", undefined, grid);
    group.dataset["target"] = String(target);
    const pictures = h("div", "xai-prototype-pictures", undefined, group);
    list.forEach((p, k) => {
      const cell = h("div", "xai-cell xai-prototype", undefined, pictures);
      cell.dataset["score"] = String(p.score);
      const canvas = h("canvas", "xai-picture", undefined, cell);
      paintImage(canvas, p.image);
      const { h: ih, w: iw, c } = imageLayout(p.image);
      sizeCanvas(canvas, ih, iw, zoomFor(ih, iw, 96));
      h("div", "xai-caption", `score ${fmt(p.score)}`, cell);
      const describe = (extra: string): void => {
        details.textContent = `class ${className(target, payload.classNames)}${list.length > 1 ? `, prototype ${k + 1} of ${list.length}` : ""}: score ${fmt(p.score)}${extra}`;
      };
      cell.addEventListener("mouseenter", () => describe(""));
      canvas.addEventListener("mousemove", (event) => {
        const at = pixelAt(canvas, event, ih, iw);
        if (!at) return;
        const values = Array.from({ length: c }, (_, j) => fmt(p.image.data[(at.row * iw + at.col) * c + j]!));
        describe(` · pixel (${at.row}, ${at.col}) = ${values.join(", ")}`);
      });
    });
    h("figcaption", "xai-caption xai-prototype-class", className(target, payload.classNames), group);
  }
  return () => root.remove();
};

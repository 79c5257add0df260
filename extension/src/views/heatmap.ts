/**
 * The heatmap widget: relevance over the input (Montavon et al. 2018, §3–5), one row per sample of a
 * batch and one column per method, side by side. Drawing settings (colour map, heatmap opacity, one
 * symmetric scale per picture or for all) change locally; the explained class, each column's method or
 * composite and the rule parameters ε, γ, α/β (§5.1) ask the kernel to recompute, and the output is
 * replaced in place by the kernel's answer. Every caption is text; the numbers behind each picture are
 * also on its cell as data attributes (target, score, Σ relevance), for tests and for copying.
 */
import { COLORMAP_NAMES, type HeatmapControls, type HeatmapPayload, type RuleParams } from "../contract";
import {
  className,
  colourBar,
  fmt,
  greyLevels,
  h,
  imageLayout,
  labelled,
  mapNamed,
  maxAbs,
  paintImage,
  paintMap,
  pixelAt,
  pixelSums,
  select,
  sizeCanvas,
  zoomFor,
  type View,
  type ViewContext,
} from "./common";

/** Rule parameters the widget offers, with the paper's symbols and the ranges the kernel accepts. */
const PARAMS = [
  { key: "epsilon", label: "ε", min: 1e-9, max: 100, step: "any", title: "ε-rule stabiliser: absorbs weak or contradictory relevance (§5.1)" },
  { key: "gamma", label: "γ", min: 0, max: 100, step: "any", title: "γ-rule: weight of positive contributions (conv layers of epsilon-gamma-box)" },
  { key: "alpha", label: "α", min: 1, max: 100, step: "any", title: "αβ-rule: α − β = 1 keeps relevance conserved; β is set to α − 1" },
] as const;

interface Picture {
  canvas: HTMLCanvasElement;
  values: Float64Array;
  h: number;
  w: number;
  grey?: Float64Array;
  bar: HTMLElement;
}

/** Draws a heatmap payload; see the file comment. */
export const renderHeatmap: View<HeatmapPayload> = (payload, el, context) => {
  const { state } = context;
  const root = h("div", "xai-widget xai-heatmap", undefined, el);
  h("div", "xai-title", payload.title, root);
  const hasInput = payload.samples.some((s) => s.input !== undefined);

  const toolbar = h("div", "xai-toolbar", undefined, root);
  const cmap = labelled("colour map", select(COLORMAP_NAMES.map((n) => [n, n] as const), String(state["colormap"] ?? payload.style.colormap), "xai-heatmap-colormap"), toolbar);
  const opacity = h("input", "xai-heatmap-opacity");
  opacity.type = "range";
  opacity.min = "0";
  opacity.max = "1";
  opacity.step = "0.05";
  opacity.value = String(state["opacity"] ?? 1 - payload.style.alpha);
  if (hasInput) labelled("heatmap opacity", opacity, toolbar);
  const shared = h("input", "xai-heatmap-shared");
  shared.type = "checkbox";
  shared.checked = state["sharedScale"] === true;
  labelled("one scale for all", shared, toolbar, "xai-field xai-field-inline");

  const kernel = payload.controls ? kernelControls(payload, payload.controls, root, context) : undefined;

  const table = h("table", "xai-grid", undefined, root);
  const head = h("tr", undefined, undefined, h("thead", undefined, undefined, table));
  if (hasInput) h("th", undefined, "input", head);
  payload.methods.forEach((method, j) => {
    const th = h("th", undefined, undefined, head);
    if (kernel) th.appendChild(kernel.methodSelects[j]!);
    else th.textContent = method;
  });

  const readout = h("div", "xai-readout", "point at a heatmap to read its relevance", root);
  readout.setAttribute("aria-live", "polite");
  const body = h("tbody", undefined, undefined, table);
  const pictures: Picture[] = [];
  payload.samples.forEach((sample, i) => {
    const tr = h("tr", undefined, undefined, body);
    const grey = sample.input ? greyLevels(sample.input) : undefined;
    if (hasInput) {
      const td = h("td", "xai-cell xai-input-cell", undefined, tr);
      if (sample.input) {
        const canvas = h("canvas", "xai-picture", undefined, td);
        paintImage(canvas, sample.input);
        const { h: ih, w: iw } = imageLayout(sample.input);
        sizeCanvas(canvas, ih, iw, payload.style.zoom ? Math.min(payload.style.zoom, zoomFor(ih, iw)) : zoomFor(ih, iw));
      }
      h("div", "xai-caption", payload.samples.length > 1 ? `sample ${i}` : "input", td);
      if (sample.prediction !== undefined) h("div", "xai-caption", `predicted ${className(sample.prediction, payload.classNames)}`, td);
    }
    sample.explanations.forEach((e, j) => {
      const td = h("td", "xai-cell xai-heatmap-cell", undefined, tr);
      td.dataset["sample"] = String(i);
      td.dataset["method"] = e.method;
      td.dataset["target"] = String(e.target);
      td.dataset["score"] = String(e.score);
      td.dataset["relevanceSum"] = String(e.relevanceSum);
      const { h: rh, w: rw } = imageLayout(e.relevance);
      const canvas = h("canvas", "xai-picture", undefined, td);
      sizeCanvas(canvas, rh, rw, zoomFor(rh, rw));
      h("div", "xai-caption xai-caption-target", `target ${className(e.target, payload.classNames)}`, td);
      h("div", "xai-caption xai-caption-score", `score ${fmt(e.score)} · ΣR ${fmt(e.relevanceSum)}`, td);
      const bar = h("div", "xai-colourbar-slot", undefined, td);
      const picture: Picture = { canvas, values: pixelSums(e.relevance), h: rh, w: rw, bar, ...(grey && grey.length === rh * rw ? { grey } : {}) };
      pictures.push(picture);
      canvas.addEventListener("mousemove", (event) => {
        const at = pixelAt(canvas, event, rh, rw);
        if (!at) return;
        const p = at.row * rw + at.col;
        const inputValue = sample.input && picture.grey ? `, input ${fmt(inputAt(sample.input.data, p, imageLayout(sample.input).c))}` : "";
        readout.textContent = `${payload.samples.length > 1 ? `sample ${i} · ` : ""}${payload.methods[j]} · pixel (${at.row}, ${at.col}): R = ${fmt(picture.values[p]!)}${inputValue}`;
      });
    });
  });

  const draw = (): void => {
    const map = mapNamed(cmap.value);
    const weight = 1 - Number(opacity.value);
    const common = shared.checked ? Math.max(...pictures.map((p) => maxAbs(p.values))) : 0;
    for (const p of pictures) {
      const scale = shared.checked ? common : maxAbs(p.values);
      paintMap(p.canvas, p.values, p.h, p.w, { map, scale, ...(p.grey ? { under: { grey: p.grey, weight } } : {}) });
      p.bar.textContent = "";
      colourBar(map, scale, p.bar);
    }
  };
  const onDrawChange = (): void => {
    state["colormap"] = cmap.value;
    state["opacity"] = Number(opacity.value);
    state["sharedScale"] = shared.checked;
    draw();
  };
  cmap.addEventListener("change", onDrawChange);
  opacity.addEventListener("input", onDrawChange);
  shared.addEventListener("change", onDrawChange);
  draw();
  return () => root.remove();
};

interface KernelControls {
  methodSelects: HTMLSelectElement[];
}

/** The controls that ask the kernel to recompute: class, methods (in the column headers), ε, γ, α. */
function kernelControls(payload: HeatmapPayload, controls: HeatmapControls, root: HTMLElement, context: ViewContext): KernelControls {
  const bar = h("div", "xai-toolbar xai-kernel-controls", undefined, root);
  const classes: [string, string][] = [["predicted", "predicted class"]];
  for (let k = 0; k < controls.classes; k++) classes.push([String(k), className(k, payload.classNames)]);
  const target = labelled("explain class", select(classes, controls.target === null ? "predicted" : String(controls.target), "xai-heatmap-class"), bar);
  const inputs = new Map<string, HTMLInputElement>();
  for (const p of PARAMS) {
    const input = h("input", `xai-param xai-param-${p.key}`);
    input.type = "number";
    input.min = String(p.min);
    input.max = String(p.max);
    input.step = p.step;
    input.placeholder = "default";
    input.title = p.title;
    const value = controls.params[p.key];
    if (value !== undefined) input.value = String(value);
    labelled(p.label, input, bar, "xai-field xai-field-param");
    inputs.set(p.key, input);
  }
  const methodSelects = payload.methods.map((m) => {
    const options = controls.methods.includes(m) ? controls.methods : [m, ...controls.methods];
    const s = select(options.map((o) => [o, o] as const), m, "xai-heatmap-method");
    s.title = "method or LRP composite of this column";
    return s;
  });
  const status = h("span", "xai-status", undefined, bar);
  status.setAttribute("role", "status");
  const all: (HTMLSelectElement | HTMLInputElement)[] = [target, ...inputs.values(), ...methodSelects];

  if (!context.recompute) {
    for (const c of all) c.disabled = true;
    h("div", "xai-note", context.note ?? "This output cannot be recomputed here.", root);
    return { methodSelects };
  }
  const recompute = context.recompute;
  const send = async (): Promise<void> => {
    const params: RuleParams = {};
    for (const p of PARAMS) {
      const raw = inputs.get(p.key)!.value.trim();
      if (raw === "") continue;
      const v = Number(raw);
      if (!Number.isFinite(v) || v < p.min || v > p.max) {
        status.textContent = `${p.label} must be a number from ${p.min} to ${p.max}`;
        return;
      }
      params[p.key] = v;
    }
    if (params.alpha !== undefined) params.beta = params.alpha - 1;
    for (const c of all) c.disabled = true;
    status.textContent = "recomputing…";
    bar.classList.add("xai-busy");
    try {
      await recompute({ target: target.value === "predicted" ? null : Number(target.value), methods: methodSelects.map((s) => s.value), params });
      status.textContent = "";
    } catch (e) {
      status.textContent = (e as Error).message;
    } finally {
      bar.classList.remove("xai-busy");
      for (const c of all) c.disabled = false;
    }
  };
  for (const c of all) c.addEventListener("change", () => void send());
  return { methodSelects };
}

function inputAt(data: readonly number[], pixel: number, channels: number): number {
  let s = 0;
  for (let k = 0; k < channels; k++) s += data[pixel * channels + k]!;
  return s / channels;
}

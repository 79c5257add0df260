/**
 * The heatmap widget: relevance over the input (Montavon et al. 2018, §3–5), one row per sample of a
 * batch and one column per method, side by side. Drawing settings (colour map, heatmap opacity, one
 * symmetric scale per picture or for all) change locally; the explained class, each column's method or
 * composite and its rule parameters (ε, γ, α/β, the box rule's bounds; §5.1) ask the kernel to recompute;
 * the answer is shown as a view state beside the stored output (renderer.ts). Every caption is text; the numbers behind each picture are
 * also on its cell as data attributes (target, score, Σ relevance), for tests and for copying.
 */
import {
  COLORMAP_NAMES,
  entryCaptions,
  methodLabel,
  predictionCaption,
  methodParameters,
  PARAMETERS,
  takesZeroBias,
  type ColumnRequest,
  type ExplanationParameters,
  type HeatmapControls,
  type HeatmapPayload,
} from "../contract";
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

/** Up to this many classes the explained class is a list; beyond it, a number field (a list of 10⁶ options freezes a tab). */
const MAX_CLASS_OPTIONS = 100;

interface Picture {
  canvas: HTMLCanvasElement;
  values: Float64Array;
  h: number;
  w: number;
  grey?: Float32Array;
  bar: HTMLElement;
}

/** Draws a heatmap payload; see the file comment. */
export const renderHeatmap: View<HeatmapPayload> = (payload, el, context) => {
  const { state } = context;
  const root = h("div", "xai-widget xai-heatmap", undefined, el);
  h("div", "xai-title", payload.title, root);
  const hasInput = payload.samples.some((s) => s.input !== undefined);

  const toolbar = h("div", "xai-toolbar", undefined, root);
  const cmap = labelled(
    "colour map",
    select(
      COLORMAP_NAMES.map((n) => [n, n] as const),
      String(state["colormap"] ?? payload.style.colormap),
      "xai-heatmap-colormap",
    ),
    toolbar,
  );
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

  // Wide comparisons scroll inside the widget, the input column staying in view (sticky, extension/style/index.css).
  const table = h("table", "xai-grid", undefined, h("div", "xai-grid-scroll", undefined, root));
  const head = h("tr", undefined, undefined, h("thead", undefined, undefined, table));
  if (hasInput) h("th", undefined, "input", head);
  payload.methods.forEach((method, j) => {
    const th = h("th", "xai-column-head", undefined, head);
    h("div", "xai-column-label", methodLabel(method, payload.parameters?.[j] ?? {}), th);
    if (kernel) th.appendChild(kernel.columns[j]!);
  });

  const readout = h("div", "xai-readout", "point at a heatmap to read its relevance", toolbar);
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
      const predicted = predictionCaption(sample, payload.classNames);
      if (predicted) h("div", "xai-caption xai-caption-prediction", predicted, td);
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
      const [what, score, sum] = entryCaptions(e, payload.classNames);
      h("div", "xai-caption xai-caption-target", what, td);
      h("div", "xai-caption xai-caption-score", `${score} · ${sum}`, td);
      const bar = h("div", "xai-colourbar-slot", undefined, td);
      const picture: Picture = { canvas, values: pixelSums(e.relevance), h: rh, w: rw, bar, ...(grey && grey.length === rh * rw ? { grey } : {}) };
      pictures.push(picture);
      canvas.addEventListener("mousemove", (event) => {
        const at = pixelAt(canvas, event, rh, rw);
        if (!at) return;
        const p = at.row * rw + at.col;
        const inputValue = sample.input && picture.grey ? `, input ${fmt(inputAt(sample.input.data, p, imageLayout(sample.input).c))}` : "";
        readout.textContent = `${payload.samples.length > 1 ? `sample ${i} · ` : ""}${methodLabel(payload.methods[j]!, payload.parameters?.[j] ?? {})} · row ${at.row}, column ${at.col}: R = ${fmt(picture.values[p]!)}${inputValue}`;
      });
    });
  });

  const draw = (): void => {
    const map = mapNamed(cmap.value);
    // Untouched, the blend is the payload's own number, so that the pixels are the PNG's exactly.
    const alpha = state["opacity"] === undefined ? payload.style.alpha : 1 - Number(opacity.value);
    const common = shared.checked ? Math.max(...pictures.map((p) => maxAbs(p.values))) : 0;
    for (const p of pictures) {
      const scale = shared.checked ? common : maxAbs(p.values);
      paintMap(p.canvas, p.values, p.h, p.w, { map, scale, ...(p.grey ? { under: { grey: p.grey, alpha } } : {}) });
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
  /** Per column: its method and parameter fields, placed in the column's header. */
  columns: HTMLElement[];
}

/**
 * The controls that ask the kernel to recompute: the class for the whole figure, and per column its method
 * with the parameter fields that method uses (methodParameters), filled with the values the column was
 * computed with. A request repeats every column exactly unless the user changed it.
 */
function kernelControls(payload: HeatmapPayload, controls: HeatmapControls, root: HTMLElement, context: ViewContext): KernelControls {
  const bar = h("div", "xai-toolbar xai-kernel-controls", undefined, root);
  const target = classControl(payload, controls, bar);
  const status = h("span", "xai-status", undefined, bar);
  status.setAttribute("role", "status");
  if (context.view) viewBanner(root, context.view);
  const columns = payload.methods.map((method, j) => columnControl(method, payload.parameters?.[j] ?? {}, controls.methods, j));
  const all = (): (HTMLSelectElement | HTMLInputElement)[] => [
    target,
    ...columns.flatMap((c) => [...c.element.querySelectorAll<HTMLSelectElement | HTMLInputElement>("select, input")]),
  ];
  if (!context.recompute) {
    for (const c of all()) c.disabled = true;
    h("div", "xai-note", context.note ?? "This output cannot be recomputed here.", root);
    return { columns: columns.map((c) => c.element) };
  }
  const recompute = context.recompute;
  const send = async (): Promise<void> => {
    const requests: ColumnRequest[] = [];
    for (const c of columns) {
      const read = c.read();
      if (typeof read === "string") {
        status.textContent = read;
        return;
      }
      requests.push(read);
    }
    const t = target.value === "predicted" || target.value === "" ? null : Number(target.value);
    if (t !== null && !(Number.isInteger(t) && t >= 0 && t < controls.classes)) {
      status.textContent = `the class must be a whole number from 0 to ${controls.classes - 1}`;
      return;
    }
    const enabled = all();
    for (const c of enabled) c.disabled = true;
    status.textContent = "recomputing…";
    bar.classList.add("xai-busy");
    try {
      await recompute({ target: t, columns: requests });
      status.textContent = "";
    } catch (e) {
      status.textContent = (e as Error).message;
    } finally {
      bar.classList.remove("xai-busy");
      for (const c of enabled) c.disabled = false;
    }
  };
  target.addEventListener("change", () => void send());
  for (const c of columns) c.onChange(() => void send());
  return { columns: columns.map((c) => c.element) };
}

/** The explained class: a list for a few classes, a number field (blank = predicted) for many. */
function classControl(payload: HeatmapPayload, controls: HeatmapControls, bar: HTMLElement): HTMLSelectElement | HTMLInputElement {
  const value = controls.target === null ? "predicted" : String(controls.target);
  if (controls.classes <= MAX_CLASS_OPTIONS) {
    const classes: [string, string][] = [["predicted", "predicted class"]];
    for (let k = 0; k < controls.classes; k++) classes.push([String(k), className(k, payload.classNames)]);
    return labelled("explain class", select(classes, value, "xai-heatmap-class"), bar);
  }
  const input = h("input", "xai-heatmap-class");
  input.type = "number";
  input.min = "0";
  input.max = String(controls.classes - 1);
  input.step = "1";
  input.placeholder = "predicted";
  input.value = controls.target === null ? "" : value;
  return labelled(`explain class (0–${controls.classes - 1}, blank: predicted)`, input, bar);
}

/** The banner of a view state: how it differs from the cell's code, the code, and the way back. */
function viewBanner(root: HTMLElement, view: NonNullable<ViewContext["view"]>): void {
  const banner = h("div", "xai-view-banner", undefined, root);
  banner.setAttribute("role", "note");
  h("span", "xai-view-text", `view: ${view.difference} — differs from the cell's code (the saved output is the code's)`, banner);
  const insert = h("button", "xai-view-insert", "insert code cell below", banner);
  insert.type = "button";
  const back = h("button", "xai-view-reset", "show the cell's output", banner);
  back.type = "button";
  const code = h("pre", "xai-view-code", undefined, banner);
  code.hidden = true;
  insert.addEventListener("click", () => {
    const text = view.insertCode();
    if (text !== null) {
      code.textContent = text;
      code.hidden = false;
    }
  });
  back.addEventListener("click", () => view.reset());
}

interface ColumnControl {
  element: HTMLElement;
  read(): ColumnRequest | string;
  onChange(listener: () => void): void;
}

/** One column's method and the fields of the parameters that method uses, holding its current values. */
function columnControl(method: string, params: ExplanationParameters, methods: readonly string[], j: number): ColumnControl {
  const element = h("div", "xai-column-controls");
  const options = methods.includes(method) ? methods : [method, ...methods];
  const chooser = select(
    options.map((o) => [o, o] as const),
    method,
    "xai-heatmap-method",
  );
  chooser.title = `method or LRP composite of column ${j + 1}`;
  element.appendChild(chooser);
  const fields = h("div", "xai-column-params", undefined, element);
  let listener: () => void = () => {};
  let current: { key: string; input: HTMLInputElement }[] = [];
  let zeroBias: HTMLInputElement | null = null;
  let fixed: ExplanationParameters = {};
  const build = (m: string, values: ExplanationParameters): void => {
    fields.textContent = "";
    current = [];
    zeroBias = null;
    fixed = {};
    for (const p of methodParameters(m)) {
      const spec = PARAMETERS[p.key];
      const value = values[p.key];
      if (Array.isArray(value)) {
        // Per-channel bounds are kept as they were given; the widget shows them, it does not edit them.
        (fixed as Record<string, unknown>)[p.key] = value;
        h("span", "xai-param-fixed", `${spec.symbol} = [${value.length} values]`, fields);
        continue;
      }
      const input = h("input", `xai-param xai-param-${p.key}`);
      input.type = "number";
      input.min = String(spec.min);
      input.max = String(spec.max);
      input.step = "any";
      input.placeholder = p.default === undefined ? "input range" : `default ${p.default}`;
      input.title = spec.title;
      if (typeof value === "number") input.value = String(value);
      labelled(spec.symbol, input, fields, "xai-field xai-field-param");
      input.addEventListener("change", () => {
        if (p.key === "alpha" || p.key === "beta") pairAlphaBeta(current, p.key);
        listener();
      });
      current.push({ key: p.key, input });
    }
    if (takesZeroBias(m)) {
      const box = h("input", "xai-param xai-param-zeroBias");
      box.type = "checkbox";
      box.checked = values.zeroBias === true;
      box.title = "leave the biases out of every denominator (the forward pass keeps them)";
      labelled("zero bias", box, fields, "xai-field xai-field-inline");
      box.addEventListener("change", () => listener());
      zeroBias = box;
    }
  };
  build(method, params);
  chooser.addEventListener("change", () => {
    // Another method starts from its own defaults, keeping the values of the parameters both use.
    const kept: ExplanationParameters = {};
    for (const { key, input } of current) if (input.value.trim() !== "") (kept as Record<string, unknown>)[key] = Number(input.value);
    build(chooser.value, kept);
    listener();
  });
  return {
    element,
    onChange: (l) => (listener = l),
    read() {
      const out: ExplanationParameters = { ...fixed };
      for (const { key, input } of current) {
        const raw = input.value.trim();
        if (raw === "") continue;
        const spec = PARAMETERS[key as keyof typeof PARAMETERS];
        const v = Number(raw);
        if (!Number.isFinite(v) || v < spec.min || v > spec.max) return `${spec.symbol} must be a number from ${spec.min} to ${spec.max}`;
        (out as Record<string, unknown>)[key] = v;
      }
      if ((zeroBias as HTMLInputElement | null)?.checked) out.zeroBias = true;
      return { method: chooser.value, params: out };
    },
  };
}

/** α − β = 1 (conservation): setting one of them sets the other. */
function pairAlphaBeta(fields: readonly { key: string; input: HTMLInputElement }[], changed: "alpha" | "beta"): void {
  const alpha = fields.find((f) => f.key === "alpha")?.input;
  const beta = fields.find((f) => f.key === "beta")?.input;
  if (!alpha || !beta) return;
  if (changed === "alpha" && alpha.value.trim() !== "") beta.value = String(Number(alpha.value) - 1);
  if (changed === "beta" && beta.value.trim() !== "") alpha.value = String(Number(beta.value) + 1);
}

function inputAt(data: readonly number[], pixel: number, channels: number): number {
  let s = 0;
  for (let k = 0; k < channels; k++) s += data[pixel * channels + k]!;
  return s / channels;
}

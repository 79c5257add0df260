"use strict";
(self["rspackChunk"] = self["rspackChunk"] || []).push([[3480], {
38165(__unused_rspack_module, __webpack_exports__, __webpack_require__) {
/* import */ var _chunk_AMVFOWMQ_mjs__rspack_import_0 = __webpack_require__(364);
/* import */ var _chunk_Q5MVOS3D_mjs__rspack_import_1 = __webpack_require__(3666);



// ../mermaid/dist/chunks/mermaid.core/chunk-JWPE2WC7.mjs
function populateCommonDb(ast, db) {
  if (ast.accDescr) {
    db.setAccDescription?.(ast.accDescr);
  }
  if (ast.accTitle) {
    db.setAccTitle?.(ast.accTitle);
  }
  if (ast.title) {
    db.setDiagramTitle?.(ast.title);
  }
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(populateCommonDb, "populateCommonDb");
(0,_chunk_AMVFOWMQ_mjs__rspack_import_0/* .__name */.K)(populateCommonDb, "populateCommonDb");



__webpack_require__.d(__webpack_exports__, {
}, {
  S: populateCommonDb
});


},
94603(__unused_rspack_module, __webpack_exports__, __webpack_require__) {
/* import */ var _chunk_VII2H2IX_mjs__rspack_import_0 = __webpack_require__(38165);
/* import */ var _chunk_AVOQS6W5_mjs__rspack_import_1 = __webpack_require__(57468);
/* import */ var _chunk_SMNF56RZ_mjs__rspack_import_2 = __webpack_require__(54943);
/* import */ var _chunk_ESPTBK3J_mjs__rspack_import_3 = __webpack_require__(22272);
/* import */ var _chunk_HYPPI3ZF_mjs__rspack_import_4 = __webpack_require__(62519);
/* import */ var _chunk_L7AX7Q5O_mjs__rspack_import_5 = __webpack_require__(53978);
/* import */ var _chunk_Y6GNCWZP_mjs__rspack_import_6 = __webpack_require__(99020);
/* import */ var _chunk_F2POBAJA_mjs__rspack_import_7 = __webpack_require__(68445);
/* import */ var _chunk_YKIWWWOI_mjs__rspack_import_8 = __webpack_require__(31288);
/* import */ var _chunk_2J33SXOW_mjs__rspack_import_9 = __webpack_require__(71547);
/* import */ var _chunk_QAEMDNMD_mjs__rspack_import_10 = __webpack_require__(58151);
/* import */ var _chunk_DMEBR2WU_mjs__rspack_import_11 = __webpack_require__(75962);
/* import */ var _chunk_QOC2S56Y_mjs__rspack_import_12 = __webpack_require__(25062);
/* import */ var _chunk_DUQKCFHH_mjs__rspack_import_13 = __webpack_require__(22164);
/* import */ var _chunk_3BMV2AHI_mjs__rspack_import_14 = __webpack_require__(59514);
/* import */ var _chunk_F2TNDQHD_mjs__rspack_import_15 = __webpack_require__(43557);
/* import */ var _chunk_FFYXBZFL_mjs__rspack_import_16 = __webpack_require__(23563);
/* import */ var _chunk_KOCW2XDZ_mjs__rspack_import_17 = __webpack_require__(16730);
/* import */ var _chunk_7CNTSYG4_mjs__rspack_import_18 = __webpack_require__(45999);
/* import */ var _chunk_S2UQUSRU_mjs__rspack_import_19 = __webpack_require__(63444);
/* import */ var _chunk_WGJ4HU3W_mjs__rspack_import_20 = __webpack_require__(83453);
/* import */ var _chunk_W7FHEGFS_mjs__rspack_import_21 = __webpack_require__(58031);
/* import */ var _chunk_YJFJOXZG_mjs__rspack_import_22 = __webpack_require__(58607);
/* import */ var _chunk_AMVFOWMQ_mjs__rspack_import_23 = __webpack_require__(364);
/* import */ var _chunk_Q5MVOS3D_mjs__rspack_import_24 = __webpack_require__(3666);


























// ../mermaid/dist/chunks/mermaid.core/diagram-UQ7AKVKN.mjs
var defaultOptions = {
  showLegend: true,
  ticks: 5,
  max: null,
  min: 0,
  graticule: "circle"
};
var MAX_TICKS = 32;
var defaultRadarData = {
  axes: [],
  curves: [],
  options: defaultOptions
};
var data = structuredClone(defaultRadarData);
var DEFAULT_RADAR_CONFIG = _chunk_W7FHEGFS_mjs__rspack_import_21/* .defaultConfig_default.radar */.UI.radar;
var getConfig2 = /* @__PURE__ */ (0,_chunk_AMVFOWMQ_mjs__rspack_import_23/* .__name */.K)(() => {
  const config = (0,_chunk_S2UQUSRU_mjs__rspack_import_19/* .cleanAndMerge */.$t)({
    ...DEFAULT_RADAR_CONFIG,
    ...(0,_chunk_W7FHEGFS_mjs__rspack_import_21/* .getConfig */.zj)().radar
  });
  return config;
}, "getConfig");
var getAxes = /* @__PURE__ */ (0,_chunk_AMVFOWMQ_mjs__rspack_import_23/* .__name */.K)(() => data.axes, "getAxes");
var getCurves = /* @__PURE__ */ (0,_chunk_AMVFOWMQ_mjs__rspack_import_23/* .__name */.K)(() => data.curves, "getCurves");
var getOptions = /* @__PURE__ */ (0,_chunk_AMVFOWMQ_mjs__rspack_import_23/* .__name */.K)(() => data.options, "getOptions");
var setAxes = /* @__PURE__ */ (0,_chunk_AMVFOWMQ_mjs__rspack_import_23/* .__name */.K)((axes) => {
  data.axes = axes.map((axis) => {
    return {
      name: axis.name,
      label: axis.label ?? axis.name
    };
  });
}, "setAxes");
var setCurves = /* @__PURE__ */ (0,_chunk_AMVFOWMQ_mjs__rspack_import_23/* .__name */.K)((curves) => {
  data.curves = curves.map((curve) => {
    return {
      name: curve.name,
      label: curve.label ?? curve.name,
      entries: computeCurveEntries(curve.entries)
    };
  });
}, "setCurves");
var computeCurveEntries = /* @__PURE__ */ (0,_chunk_AMVFOWMQ_mjs__rspack_import_23/* .__name */.K)((entries) => {
  if (entries[0].axis == void 0) {
    return entries.map((entry) => entry.value);
  }
  const axes = getAxes();
  if (axes.length === 0) {
    throw new Error("Axes must be populated before curves for reference entries");
  }
  return axes.map((axis) => {
    const entry = entries.find((entry2) => entry2.axis?.$refText === axis.name);
    if (entry === void 0) {
      throw new Error("Missing entry for axis " + axis.label);
    }
    return entry.value;
  });
}, "computeCurveEntries");
var setOptions = /* @__PURE__ */ (0,_chunk_AMVFOWMQ_mjs__rspack_import_23/* .__name */.K)((options) => {
  const optionMap = options.reduce(
    (acc, option) => {
      acc[option.name] = option;
      return acc;
    },
    {}
  );
  data.options = {
    showLegend: optionMap.showLegend?.value ?? defaultOptions.showLegend,
    ticks: optionMap.ticks?.value ?? defaultOptions.ticks,
    max: optionMap.max?.value ?? defaultOptions.max,
    min: optionMap.min?.value ?? defaultOptions.min,
    graticule: optionMap.graticule?.value ?? defaultOptions.graticule
  };
  if (data.options.ticks > MAX_TICKS) {
    _chunk_YJFJOXZG_mjs__rspack_import_22/* .log.warn */.Rm.warn(
      `Radar diagram ticks (${data.options.ticks}) exceeds maximum allowed (${MAX_TICKS}). Using ${MAX_TICKS} instead.`
    );
    data.options.ticks = MAX_TICKS;
  }
}, "setOptions");
var clear2 = /* @__PURE__ */ (0,_chunk_AMVFOWMQ_mjs__rspack_import_23/* .__name */.K)(() => {
  (0,_chunk_W7FHEGFS_mjs__rspack_import_21/* .clear */.IU)();
  data = structuredClone(defaultRadarData);
}, "clear");
var db = {
  getAxes,
  getCurves,
  getOptions,
  setAxes,
  setCurves,
  setOptions,
  getConfig: getConfig2,
  clear: clear2,
  setAccTitle: _chunk_W7FHEGFS_mjs__rspack_import_21/* .setAccTitle */.SV,
  getAccTitle: _chunk_W7FHEGFS_mjs__rspack_import_21/* .getAccTitle */.iN,
  setDiagramTitle: _chunk_W7FHEGFS_mjs__rspack_import_21/* .setDiagramTitle */.ke,
  getDiagramTitle: _chunk_W7FHEGFS_mjs__rspack_import_21/* .getDiagramTitle */.ab,
  getAccDescription: _chunk_W7FHEGFS_mjs__rspack_import_21/* .getAccDescription */.m7,
  setAccDescription: _chunk_W7FHEGFS_mjs__rspack_import_21/* .setAccDescription */.EI
};
var populate = /* @__PURE__ */ (0,_chunk_AMVFOWMQ_mjs__rspack_import_23/* .__name */.K)((ast) => {
  (0,_chunk_VII2H2IX_mjs__rspack_import_0/* .populateCommonDb */.S)(ast, db);
  const { axes, curves, options } = ast;
  db.setAxes(axes);
  db.setCurves(curves);
  db.setOptions(options);
}, "populate");
var parser = {
  parse: /* @__PURE__ */ (0,_chunk_AMVFOWMQ_mjs__rspack_import_23/* .__name */.K)(async (input) => {
    const ast = await (0,_chunk_AVOQS6W5_mjs__rspack_import_1/* .parse */.q)("radar", input);
    _chunk_YJFJOXZG_mjs__rspack_import_22/* .log.debug */.Rm.debug(ast);
    populate(ast);
  }, "parse")
};
var draw = /* @__PURE__ */ (0,_chunk_AMVFOWMQ_mjs__rspack_import_23/* .__name */.K)((_text, id, _version, diagram2) => {
  const db2 = diagram2.db;
  const axes = db2.getAxes();
  const curves = db2.getCurves();
  const options = db2.getOptions();
  const config = db2.getConfig();
  const title = db2.getDiagramTitle();
  const svg = (0,_chunk_ESPTBK3J_mjs__rspack_import_3/* .selectSvgElement */.D)(id);
  const g = drawFrame(svg, config);
  const maxValue = options.max ?? Math.max(...curves.map((curve) => Math.max(...curve.entries)));
  const minValue = options.min;
  const radius = Math.min(config.width, config.height) / 2;
  drawGraticule(g, axes, radius, options.ticks, options.graticule);
  drawAxes(g, axes, radius, config);
  drawCurves(g, axes, curves, minValue, maxValue, options.graticule, config);
  drawLegend(g, curves, options.showLegend, config);
  g.append("text").attr("class", "radarTitle").text(title).attr("x", 0).attr("y", -config.height / 2 - config.marginTop);
}, "draw");
var drawFrame = /* @__PURE__ */ (0,_chunk_AMVFOWMQ_mjs__rspack_import_23/* .__name */.K)((svg, config) => {
  const totalWidth = config.width + config.marginLeft + config.marginRight;
  const totalHeight = config.height + config.marginTop + config.marginBottom;
  const center = {
    x: config.marginLeft + config.width / 2,
    y: config.marginTop + config.height / 2
  };
  (0,_chunk_W7FHEGFS_mjs__rspack_import_21/* .configureSvgSize */.a$)(svg, totalHeight, totalWidth, config.useMaxWidth ?? true);
  svg.attr("viewBox", `0 0 ${totalWidth} ${totalHeight}`).attr("overflow", "visible");
  return svg.append("g").attr("transform", `translate(${center.x}, ${center.y})`);
}, "drawFrame");
var drawGraticule = /* @__PURE__ */ (0,_chunk_AMVFOWMQ_mjs__rspack_import_23/* .__name */.K)((g, axes, radius, ticks, graticule) => {
  if (graticule === "circle") {
    for (let i = 0; i < ticks; i++) {
      const r = radius * (i + 1) / ticks;
      g.append("circle").attr("r", r).attr("class", "radarGraticule");
    }
  } else if (graticule === "polygon") {
    const numAxes = axes.length;
    for (let i = 0; i < ticks; i++) {
      const r = radius * (i + 1) / ticks;
      const points = axes.map((_, j) => {
        const angle = 2 * j * Math.PI / numAxes - Math.PI / 2;
        const x = r * Math.cos(angle);
        const y = r * Math.sin(angle);
        return `${x},${y}`;
      }).join(" ");
      g.append("polygon").attr("points", points).attr("class", "radarGraticule");
    }
  }
}, "drawGraticule");
var drawAxes = /* @__PURE__ */ (0,_chunk_AMVFOWMQ_mjs__rspack_import_23/* .__name */.K)((g, axes, radius, config) => {
  const numAxes = axes.length;
  for (let i = 0; i < numAxes; i++) {
    const label = axes[i].label;
    const angle = 2 * i * Math.PI / numAxes - Math.PI / 2;
    const cosA = Math.cos(angle);
    const sinA = Math.sin(angle);
    g.append("line").attr("x1", 0).attr("y1", 0).attr("x2", radius * config.axisScaleFactor * cosA).attr("y2", radius * config.axisScaleFactor * sinA).attr("class", "radarAxisLine");
    const textAnchor = cosA > 0.01 ? "start" : cosA < -0.01 ? "end" : "middle";
    const dominantBaseline = sinA > 0.01 ? "hanging" : sinA < -0.01 ? "auto" : "central";
    const labelPad = 4;
    g.append("text").text(label).attr("x", radius * config.axisLabelFactor * cosA + labelPad * cosA).attr("y", radius * config.axisLabelFactor * sinA + labelPad * sinA).attr("text-anchor", textAnchor).attr("dominant-baseline", dominantBaseline).attr("class", "radarAxisLabel");
  }
}, "drawAxes");
function drawCurves(g, axes, curves, minValue, maxValue, graticule, config) {
  const numAxes = axes.length;
  const radius = Math.min(config.width, config.height) / 2;
  curves.forEach((curve, index) => {
    if (curve.entries.length !== numAxes) {
      return;
    }
    const points = curve.entries.map((entry, i) => {
      const angle = 2 * Math.PI * i / numAxes - Math.PI / 2;
      const r = relativeRadius(entry, minValue, maxValue, radius);
      const x = r * Math.cos(angle);
      const y = r * Math.sin(angle);
      return { x, y };
    });
    if (graticule === "circle") {
      g.append("path").attr("d", closedRoundCurve(points, config.curveTension)).attr("class", `radarCurve-${index}`);
    } else if (graticule === "polygon") {
      g.append("polygon").attr("points", points.map((p) => `${p.x},${p.y}`).join(" ")).attr("class", `radarCurve-${index}`);
    }
  });
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_24/* .__name */.K2)(drawCurves, "drawCurves");
(0,_chunk_AMVFOWMQ_mjs__rspack_import_23/* .__name */.K)(drawCurves, "drawCurves");
function relativeRadius(value, minValue, maxValue, radius) {
  const clippedValue = Math.min(Math.max(value, minValue), maxValue);
  return radius * (clippedValue - minValue) / (maxValue - minValue);
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_24/* .__name */.K2)(relativeRadius, "relativeRadius");
(0,_chunk_AMVFOWMQ_mjs__rspack_import_23/* .__name */.K)(relativeRadius, "relativeRadius");
function closedRoundCurve(points, tension) {
  const numPoints = points.length;
  let d = `M${points[0].x},${points[0].y}`;
  for (let i = 0; i < numPoints; i++) {
    const p0 = points[(i - 1 + numPoints) % numPoints];
    const p1 = points[i];
    const p2 = points[(i + 1) % numPoints];
    const p3 = points[(i + 2) % numPoints];
    const cp1 = {
      x: p1.x + (p2.x - p0.x) * tension,
      y: p1.y + (p2.y - p0.y) * tension
    };
    const cp2 = {
      x: p2.x - (p3.x - p1.x) * tension,
      y: p2.y - (p3.y - p1.y) * tension
    };
    d += ` C${cp1.x},${cp1.y} ${cp2.x},${cp2.y} ${p2.x},${p2.y}`;
  }
  return `${d} Z`;
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_24/* .__name */.K2)(closedRoundCurve, "closedRoundCurve");
(0,_chunk_AMVFOWMQ_mjs__rspack_import_23/* .__name */.K)(closedRoundCurve, "closedRoundCurve");
function drawLegend(g, curves, showLegend, config) {
  if (!showLegend) {
    return;
  }
  const legendX = (config.width / 2 + config.marginRight) * 3 / 4;
  const legendY = -(config.height / 2 + config.marginTop) * 3 / 4;
  const lineHeight = 20;
  curves.forEach((curve, index) => {
    const itemGroup = g.append("g").attr("transform", `translate(${legendX}, ${legendY + index * lineHeight})`);
    itemGroup.append("rect").attr("width", 12).attr("height", 12).attr("class", `radarLegendBox-${index}`);
    itemGroup.append("text").attr("x", 16).attr("y", 0).attr("class", "radarLegendText").text(curve.label);
  });
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_24/* .__name */.K2)(drawLegend, "drawLegend");
(0,_chunk_AMVFOWMQ_mjs__rspack_import_23/* .__name */.K)(drawLegend, "drawLegend");
var renderer = { draw };
var genIndexStyles = /* @__PURE__ */ (0,_chunk_AMVFOWMQ_mjs__rspack_import_23/* .__name */.K)((themeVariables, radarOptions) => {
  let sections = "";
  for (let i = 0; i < themeVariables.THEME_COLOR_LIMIT; i++) {
    const indexColor = themeVariables[`cScale${i}`];
    sections += `
		.radarCurve-${i} {
			color: ${indexColor};
			fill: ${indexColor};
			fill-opacity: ${radarOptions.curveOpacity};
			stroke: ${indexColor};
			stroke-width: ${radarOptions.curveStrokeWidth};
		}
		.radarLegendBox-${i} {
			fill: ${indexColor};
			fill-opacity: ${radarOptions.curveOpacity};
			stroke: ${indexColor};
		}
		`;
  }
  return sections;
}, "genIndexStyles");
var buildRadarStyleOptions = /* @__PURE__ */ (0,_chunk_AMVFOWMQ_mjs__rspack_import_23/* .__name */.K)((radar) => {
  const defaultThemeVariables = (0,_chunk_W7FHEGFS_mjs__rspack_import_21/* .getThemeVariables3 */.gA)();
  const currentConfig = (0,_chunk_W7FHEGFS_mjs__rspack_import_21/* .getConfig */.zj)();
  const themeVariables = (0,_chunk_S2UQUSRU_mjs__rspack_import_19/* .cleanAndMerge */.$t)(defaultThemeVariables, currentConfig.themeVariables);
  const radarOptions = (0,_chunk_S2UQUSRU_mjs__rspack_import_19/* .cleanAndMerge */.$t)(themeVariables.radar, radar);
  return { themeVariables, radarOptions };
}, "buildRadarStyleOptions");
var styles = /* @__PURE__ */ (0,_chunk_AMVFOWMQ_mjs__rspack_import_23/* .__name */.K)(({ radar } = {}) => {
  const { themeVariables, radarOptions } = buildRadarStyleOptions(radar);
  return `
	.radarTitle {
		font-size: ${themeVariables.fontSize};
		color: ${themeVariables.titleColor};
		dominant-baseline: hanging;
		text-anchor: middle;
	}
	.radarAxisLine {
		stroke: ${radarOptions.axisColor};
		stroke-width: ${radarOptions.axisStrokeWidth};
	}
	.radarAxisLabel {
		font-size: ${radarOptions.axisLabelFontSize}px;
		color: ${radarOptions.axisColor};
	}
	.radarGraticule {
		fill: ${radarOptions.graticuleColor};
		fill-opacity: ${radarOptions.graticuleOpacity};
		stroke: ${radarOptions.graticuleColor};
		stroke-width: ${radarOptions.graticuleStrokeWidth};
	}
	.radarLegendText {
		text-anchor: start;
		font-size: ${radarOptions.legendFontSize}px;
		dominant-baseline: hanging;
	}
	${genIndexStyles(themeVariables, radarOptions)}
	`;
}, "styles");
var diagram = {
  parser,
  db,
  renderer,
  styles
};


__webpack_require__.d(__webpack_exports__, {
}, {
  diagram: diagram
});


},

}]);
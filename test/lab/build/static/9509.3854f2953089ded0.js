"use strict";
(self["rspackChunk"] = self["rspackChunk"] || []).push([[9509], {
91597(__unused_rspack_module, __webpack_exports__, __webpack_require__) {
/* import */ var _chunk_Y2CYZVJY_mjs__rspack_import_0 = __webpack_require__(10720);


// src/diagrams/common/populateCommonDb.ts
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
(0,_chunk_Y2CYZVJY_mjs__rspack_import_0/* .__name */.K)(populateCommonDb, "populateCommonDb");



__webpack_require__.d(__webpack_exports__, {
}, {
  S: populateCommonDb
});


},
82404(__unused_rspack_module, __webpack_exports__, __webpack_require__) {
/* import */ var _chunk_JWPE2WC7_mjs__rspack_import_0 = __webpack_require__(91597);
/* import */ var _chunk_CLGD4ZFX_mjs__rspack_import_1 = __webpack_require__(46678);
/* import */ var _chunk_75Z2AOVW_mjs__rspack_import_2 = __webpack_require__(63004);
/* import */ var _chunk_DU6HZSFF_mjs__rspack_import_3 = __webpack_require__(12922);
/* import */ var _chunk_X3CZISLH_mjs__rspack_import_4 = __webpack_require__(88254);
/* import */ var _chunk_Y2CYZVJY_mjs__rspack_import_5 = __webpack_require__(10720);
/* import */ var _mermaid_js_parser__rspack_import_6 = __webpack_require__(85360);







// src/diagrams/radar/db.ts
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
var DEFAULT_RADAR_CONFIG = _chunk_DU6HZSFF_mjs__rspack_import_3/* .defaultConfig_default.radar */.UI.radar;
var getConfig2 = /* @__PURE__ */ (0,_chunk_Y2CYZVJY_mjs__rspack_import_5/* .__name */.K)(() => {
  const config = (0,_chunk_75Z2AOVW_mjs__rspack_import_2/* .cleanAndMerge */.$t)({
    ...DEFAULT_RADAR_CONFIG,
    ...(0,_chunk_DU6HZSFF_mjs__rspack_import_3/* .getConfig */.zj)().radar
  });
  return config;
}, "getConfig");
var getAxes = /* @__PURE__ */ (0,_chunk_Y2CYZVJY_mjs__rspack_import_5/* .__name */.K)(() => data.axes, "getAxes");
var getCurves = /* @__PURE__ */ (0,_chunk_Y2CYZVJY_mjs__rspack_import_5/* .__name */.K)(() => data.curves, "getCurves");
var getOptions = /* @__PURE__ */ (0,_chunk_Y2CYZVJY_mjs__rspack_import_5/* .__name */.K)(() => data.options, "getOptions");
var setAxes = /* @__PURE__ */ (0,_chunk_Y2CYZVJY_mjs__rspack_import_5/* .__name */.K)((axes) => {
  data.axes = axes.map((axis) => {
    return {
      name: axis.name,
      label: axis.label ?? axis.name
    };
  });
}, "setAxes");
var setCurves = /* @__PURE__ */ (0,_chunk_Y2CYZVJY_mjs__rspack_import_5/* .__name */.K)((curves) => {
  data.curves = curves.map((curve) => {
    return {
      name: curve.name,
      label: curve.label ?? curve.name,
      entries: computeCurveEntries(curve.entries)
    };
  });
}, "setCurves");
var computeCurveEntries = /* @__PURE__ */ (0,_chunk_Y2CYZVJY_mjs__rspack_import_5/* .__name */.K)((entries) => {
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
var setOptions = /* @__PURE__ */ (0,_chunk_Y2CYZVJY_mjs__rspack_import_5/* .__name */.K)((options) => {
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
    _chunk_X3CZISLH_mjs__rspack_import_4/* .log.warn */.R.warn(
      `Radar diagram ticks (${data.options.ticks}) exceeds maximum allowed (${MAX_TICKS}). Using ${MAX_TICKS} instead.`
    );
    data.options.ticks = MAX_TICKS;
  }
}, "setOptions");
var clear2 = /* @__PURE__ */ (0,_chunk_Y2CYZVJY_mjs__rspack_import_5/* .__name */.K)(() => {
  (0,_chunk_DU6HZSFF_mjs__rspack_import_3/* .clear */.IU)();
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
  setAccTitle: _chunk_DU6HZSFF_mjs__rspack_import_3/* .setAccTitle */.SV,
  getAccTitle: _chunk_DU6HZSFF_mjs__rspack_import_3/* .getAccTitle */.iN,
  setDiagramTitle: _chunk_DU6HZSFF_mjs__rspack_import_3/* .setDiagramTitle */.ke,
  getDiagramTitle: _chunk_DU6HZSFF_mjs__rspack_import_3/* .getDiagramTitle */.ab,
  getAccDescription: _chunk_DU6HZSFF_mjs__rspack_import_3/* .getAccDescription */.m7,
  setAccDescription: _chunk_DU6HZSFF_mjs__rspack_import_3/* .setAccDescription */.EI
};

// src/diagrams/radar/parser.ts

var populate = /* @__PURE__ */ (0,_chunk_Y2CYZVJY_mjs__rspack_import_5/* .__name */.K)((ast) => {
  (0,_chunk_JWPE2WC7_mjs__rspack_import_0/* .populateCommonDb */.S)(ast, db);
  const { axes, curves, options } = ast;
  db.setAxes(axes);
  db.setCurves(curves);
  db.setOptions(options);
}, "populate");
var parser = {
  parse: /* @__PURE__ */ (0,_chunk_Y2CYZVJY_mjs__rspack_import_5/* .__name */.K)(async (input) => {
    const ast = await (0,_mermaid_js_parser__rspack_import_6/* .parse */.qg)("radar", input);
    _chunk_X3CZISLH_mjs__rspack_import_4/* .log.debug */.R.debug(ast);
    populate(ast);
  }, "parse")
};

// src/diagrams/radar/renderer.ts
var draw = /* @__PURE__ */ (0,_chunk_Y2CYZVJY_mjs__rspack_import_5/* .__name */.K)((_text, id, _version, diagram2) => {
  const db2 = diagram2.db;
  const axes = db2.getAxes();
  const curves = db2.getCurves();
  const options = db2.getOptions();
  const config = db2.getConfig();
  const title = db2.getDiagramTitle();
  const svg = (0,_chunk_CLGD4ZFX_mjs__rspack_import_1/* .selectSvgElement */.D)(id);
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
var drawFrame = /* @__PURE__ */ (0,_chunk_Y2CYZVJY_mjs__rspack_import_5/* .__name */.K)((svg, config) => {
  const totalWidth = config.width + config.marginLeft + config.marginRight;
  const totalHeight = config.height + config.marginTop + config.marginBottom;
  const center = {
    x: config.marginLeft + config.width / 2,
    y: config.marginTop + config.height / 2
  };
  (0,_chunk_DU6HZSFF_mjs__rspack_import_3/* .configureSvgSize */.a$)(svg, totalHeight, totalWidth, config.useMaxWidth ?? true);
  svg.attr("viewBox", `0 0 ${totalWidth} ${totalHeight}`).attr("overflow", "visible");
  return svg.append("g").attr("transform", `translate(${center.x}, ${center.y})`);
}, "drawFrame");
var drawGraticule = /* @__PURE__ */ (0,_chunk_Y2CYZVJY_mjs__rspack_import_5/* .__name */.K)((g, axes, radius, ticks, graticule) => {
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
var drawAxes = /* @__PURE__ */ (0,_chunk_Y2CYZVJY_mjs__rspack_import_5/* .__name */.K)((g, axes, radius, config) => {
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
(0,_chunk_Y2CYZVJY_mjs__rspack_import_5/* .__name */.K)(drawCurves, "drawCurves");
function relativeRadius(value, minValue, maxValue, radius) {
  const clippedValue = Math.min(Math.max(value, minValue), maxValue);
  return radius * (clippedValue - minValue) / (maxValue - minValue);
}
(0,_chunk_Y2CYZVJY_mjs__rspack_import_5/* .__name */.K)(relativeRadius, "relativeRadius");
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
(0,_chunk_Y2CYZVJY_mjs__rspack_import_5/* .__name */.K)(closedRoundCurve, "closedRoundCurve");
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
(0,_chunk_Y2CYZVJY_mjs__rspack_import_5/* .__name */.K)(drawLegend, "drawLegend");
var renderer = { draw };

// src/diagrams/radar/styles.ts
var genIndexStyles = /* @__PURE__ */ (0,_chunk_Y2CYZVJY_mjs__rspack_import_5/* .__name */.K)((themeVariables, radarOptions) => {
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
var buildRadarStyleOptions = /* @__PURE__ */ (0,_chunk_Y2CYZVJY_mjs__rspack_import_5/* .__name */.K)((radar) => {
  const defaultThemeVariables = (0,_chunk_DU6HZSFF_mjs__rspack_import_3/* .getThemeVariables */.P$)();
  const currentConfig = (0,_chunk_DU6HZSFF_mjs__rspack_import_3/* .getConfig */.zj)();
  const themeVariables = (0,_chunk_75Z2AOVW_mjs__rspack_import_2/* .cleanAndMerge */.$t)(defaultThemeVariables, currentConfig.themeVariables);
  const radarOptions = (0,_chunk_75Z2AOVW_mjs__rspack_import_2/* .cleanAndMerge */.$t)(themeVariables.radar, radar);
  return { themeVariables, radarOptions };
}, "buildRadarStyleOptions");
var styles = /* @__PURE__ */ (0,_chunk_Y2CYZVJY_mjs__rspack_import_5/* .__name */.K)(({ radar } = {}) => {
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

// src/diagrams/radar/diagram.ts
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
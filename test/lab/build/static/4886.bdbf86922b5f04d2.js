"use strict";
(self["rspackChunk"] = self["rspackChunk"] || []).push([[4886], {
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
17765(__unused_rspack_module, __webpack_exports__, __webpack_require__) {
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
/* import */ var d3__rspack_import_25 = __webpack_require__(39191);
/* import */ var d3__rspack_import_26 = __webpack_require__(42573);


























// ../mermaid/dist/chunks/mermaid.core/pieDiagram-E7YTZNPT.mjs

var DEFAULT_PIE_CONFIG = _chunk_W7FHEGFS_mjs__rspack_import_21/* .defaultConfig_default.pie */.UI.pie;
var DEFAULT_PIE_DB = {
  sections: /* @__PURE__ */ new Map(),
  showData: false,
  config: DEFAULT_PIE_CONFIG
};
var sections = DEFAULT_PIE_DB.sections;
var showData = DEFAULT_PIE_DB.showData;
var config = structuredClone(DEFAULT_PIE_CONFIG);
var getConfig22 = /* @__PURE__ */ (0,_chunk_AMVFOWMQ_mjs__rspack_import_23/* .__name */.K)(() => structuredClone(config), "getConfig");
var clear2 = /* @__PURE__ */ (0,_chunk_AMVFOWMQ_mjs__rspack_import_23/* .__name */.K)(() => {
  sections = /* @__PURE__ */ new Map();
  showData = DEFAULT_PIE_DB.showData;
  (0,_chunk_W7FHEGFS_mjs__rspack_import_21/* .clear */.IU)();
}, "clear");
var addSection = /* @__PURE__ */ (0,_chunk_AMVFOWMQ_mjs__rspack_import_23/* .__name */.K)(({ label, value }) => {
  if (value < 0) {
    throw new Error(
      `"${label}" has invalid value: ${value}. Negative values are not allowed in pie charts. All slice values must be >= 0.`
    );
  }
  if (!sections.has(label)) {
    sections.set(label, value);
    _chunk_YJFJOXZG_mjs__rspack_import_22/* .log.debug */.Rm.debug(`added new section: ${label}, with value: ${value}`);
  }
}, "addSection");
var getSections = /* @__PURE__ */ (0,_chunk_AMVFOWMQ_mjs__rspack_import_23/* .__name */.K)(() => sections, "getSections");
var setShowData = /* @__PURE__ */ (0,_chunk_AMVFOWMQ_mjs__rspack_import_23/* .__name */.K)((toggle) => {
  showData = toggle;
}, "setShowData");
var getShowData = /* @__PURE__ */ (0,_chunk_AMVFOWMQ_mjs__rspack_import_23/* .__name */.K)(() => showData, "getShowData");
var db = {
  getConfig: getConfig22,
  clear: clear2,
  setDiagramTitle: _chunk_W7FHEGFS_mjs__rspack_import_21/* .setDiagramTitle */.ke,
  getDiagramTitle: _chunk_W7FHEGFS_mjs__rspack_import_21/* .getDiagramTitle */.ab,
  setAccTitle: _chunk_W7FHEGFS_mjs__rspack_import_21/* .setAccTitle */.SV,
  getAccTitle: _chunk_W7FHEGFS_mjs__rspack_import_21/* .getAccTitle */.iN,
  setAccDescription: _chunk_W7FHEGFS_mjs__rspack_import_21/* .setAccDescription */.EI,
  getAccDescription: _chunk_W7FHEGFS_mjs__rspack_import_21/* .getAccDescription */.m7,
  addSection,
  getSections,
  setShowData,
  getShowData
};
var populateDb = /* @__PURE__ */ (0,_chunk_AMVFOWMQ_mjs__rspack_import_23/* .__name */.K)((ast, db2) => {
  (0,_chunk_VII2H2IX_mjs__rspack_import_0/* .populateCommonDb */.S)(ast, db2);
  db2.setShowData(ast.showData);
  ast.sections.map(db2.addSection);
}, "populateDb");
var parser = {
  parse: /* @__PURE__ */ (0,_chunk_AMVFOWMQ_mjs__rspack_import_23/* .__name */.K)(async (input) => {
    const ast = await (0,_chunk_AVOQS6W5_mjs__rspack_import_1/* .parse */.q)("pie", input);
    _chunk_YJFJOXZG_mjs__rspack_import_22/* .log.debug */.Rm.debug(ast);
    populateDb(ast, db);
  }, "parse")
};
var getStyles = /* @__PURE__ */ (0,_chunk_AMVFOWMQ_mjs__rspack_import_23/* .__name */.K)((options) => `
  .pieCircle{
    stroke: ${options.pieStrokeColor};
    stroke-width : ${options.pieStrokeWidth};
    opacity : ${options.pieOpacity};
  }
  .pieCircle.highlighted{
    scale: 1.05;
    opacity: 1;
  }
  .pieCircle.highlightedOnHover:hover{
    transition-duration: 250ms;
    scale: 1.05;
    opacity: 1;
  }
  .pieOuterCircle{
    stroke: ${options.pieOuterStrokeColor};
    stroke-width: ${options.pieOuterStrokeWidth};
    fill: none;
  }
  .pieTitleText {
    text-anchor: middle;
    font-size: ${options.pieTitleTextSize};
    fill: ${options.pieTitleTextColor};
    font-family: ${options.fontFamily};
  }
  .slice {
    font-family: ${options.fontFamily};
    fill: ${options.pieSectionTextColor};
    font-size:${options.pieSectionTextSize};
    // fill: white;
  }
  .legend text {
    fill: ${options.pieLegendTextColor};
    font-family: ${options.fontFamily};
    font-size: ${options.pieLegendTextSize};
  }
`, "getStyles");
var pieStyles_default = getStyles;
var createPieArcs = /* @__PURE__ */ (0,_chunk_AMVFOWMQ_mjs__rspack_import_23/* .__name */.K)((sections2) => {
  const sum = [...sections2.values()].reduce((acc, val) => acc + val, 0);
  const pieData = [...sections2.entries()].map(([label, value]) => ({ label, value })).filter((d) => d.value / sum * 100 >= 1);
  const pie = (0,d3__rspack_import_25/* .pie */.rL)().value((d) => d.value).sort(null);
  return pie(pieData);
}, "createPieArcs");
var draw = /* @__PURE__ */ (0,_chunk_AMVFOWMQ_mjs__rspack_import_23/* .__name */.K)((text, id, _version, diagObj) => {
  _chunk_YJFJOXZG_mjs__rspack_import_22/* .log.debug */.Rm.debug("rendering pie chart\n" + text);
  const db2 = diagObj.db;
  const globalConfig = (0,_chunk_W7FHEGFS_mjs__rspack_import_21/* .getConfig2 */.D7)();
  const pieConfig = (0,_chunk_S2UQUSRU_mjs__rspack_import_19/* .cleanAndMerge */.$t)(db2.getConfig(), globalConfig.pie);
  const MARGIN = 40;
  const LEGEND_RECT_SIZE = 18;
  const LEGEND_SPACING = 4;
  const height = 450;
  const pieWidth = height;
  const svg = (0,_chunk_ESPTBK3J_mjs__rspack_import_3/* .selectSvgElement */.D)(id);
  const group = svg.append("g");
  group.attr("transform", "translate(" + pieWidth / 2 + "," + height / 2 + ")");
  const { themeVariables } = globalConfig;
  let [outerStrokeWidth] = (0,_chunk_S2UQUSRU_mjs__rspack_import_19/* .parseFontSize */.I5)(themeVariables.pieOuterStrokeWidth);
  outerStrokeWidth ??= 2;
  const legendPosition = pieConfig.legendPosition;
  const textPosition = pieConfig.textPosition;
  const innerHole = pieConfig.donutHole > 0 && pieConfig.donutHole <= 0.9 ? pieConfig.donutHole : 0;
  const radius = Math.min(pieWidth, height) / 2 - MARGIN;
  const arcGenerator = (0,d3__rspack_import_25/* .arc */.JL)().innerRadius(innerHole * radius).outerRadius(radius);
  const labelArcGenerator = (0,d3__rspack_import_25/* .arc */.JL)().innerRadius(radius * textPosition).outerRadius(radius * textPosition);
  const pie = group.append("g");
  pie.append("circle").attr("cx", 0).attr("cy", 0).attr("r", radius + outerStrokeWidth / 2).attr("class", "pieOuterCircle");
  const sections2 = db2.getSections();
  const arcs = createPieArcs(sections2);
  const myGeneratedColors = [
    themeVariables.pie1,
    themeVariables.pie2,
    themeVariables.pie3,
    themeVariables.pie4,
    themeVariables.pie5,
    themeVariables.pie6,
    themeVariables.pie7,
    themeVariables.pie8,
    themeVariables.pie9,
    themeVariables.pie10,
    themeVariables.pie11,
    themeVariables.pie12
  ];
  let sum = 0;
  sections2.forEach((section) => {
    sum += section;
  });
  const filteredArcs = arcs.filter((datum) => (datum.data.value / sum * 100).toFixed(0) !== "0");
  const color = (0,d3__rspack_import_26/* .scaleOrdinal */.UM)(myGeneratedColors).domain([
    ...sections2.keys()
  ]);
  pie.selectAll("mySlices").data(filteredArcs).enter().append("path").attr("d", arcGenerator).attr("fill", (datum) => {
    return color(datum.data.label);
  }).attr("class", (datum) => {
    let className = "pieCircle";
    if (pieConfig.highlightSlice === "hover") {
      className += " highlightedOnHover";
    } else if (pieConfig.highlightSlice === datum.data.label) {
      className += " highlighted";
    }
    return className;
  });
  pie.selectAll("mySlices").data(filteredArcs).enter().append("text").text((datum) => {
    return (datum.data.value / sum * 100).toFixed(0) + "%";
  }).attr("transform", (datum) => {
    return "translate(" + labelArcGenerator.centroid(datum) + ")";
  }).style("text-anchor", "middle").attr("class", "slice");
  const titleText = group.append("text").text(db2.getDiagramTitle()).attr("x", 0).attr("y", -(height - 50) / 2).attr("class", "pieTitleText");
  const allSectionData = [...sections2.entries()].map(([label, value]) => ({
    label,
    value
  }));
  const legend = group.selectAll(".legend").data(allSectionData).enter().append("g").attr("class", "legend");
  legend.append("rect").attr("width", LEGEND_RECT_SIZE).attr("height", LEGEND_RECT_SIZE).style("fill", (d) => color(d.label)).style("stroke", (d) => color(d.label));
  legend.append("text").attr("x", LEGEND_RECT_SIZE + LEGEND_SPACING).attr("y", LEGEND_RECT_SIZE - LEGEND_SPACING).text((d) => {
    if (db2.getShowData()) {
      return `${d.label} [${d.value}]`;
    }
    return d.label;
  });
  const longestTextWidth = Math.max(
    ...legend.selectAll("text").nodes().map((node) => node?.getBoundingClientRect().width ?? 0)
  );
  let chartAndLegendHeight = height;
  let chartAndLegendWidth = pieWidth + MARGIN;
  const legendHeight = LEGEND_RECT_SIZE + LEGEND_SPACING;
  const totalLegendHeight = allSectionData.length * legendHeight;
  switch (legendPosition) {
    case "center":
      legend.attr("transform", (_datum, index) => {
        const offset = legendHeight * allSectionData.length / 2;
        const horizontal = -longestTextWidth / 2 - (LEGEND_RECT_SIZE + LEGEND_SPACING);
        const vertical = index * legendHeight - offset;
        return "translate(" + horizontal + "," + vertical + ")";
      });
      break;
    case "top":
      chartAndLegendHeight += totalLegendHeight;
      legend.attr("transform", (_datum, index) => {
        const offset = radius;
        const horizontal = -longestTextWidth / 2 - (LEGEND_RECT_SIZE + LEGEND_SPACING);
        const vertical = index * legendHeight - offset;
        return `translate(${horizontal}, ${vertical})`;
      });
      pie.attr("transform", () => {
        return `translate(0, ${totalLegendHeight + legendHeight})`;
      });
      break;
    case "bottom":
      chartAndLegendHeight += totalLegendHeight;
      legend.attr("transform", (_datum, index) => {
        const offset = -radius - legendHeight;
        const horizontal = -longestTextWidth / 2 - (LEGEND_RECT_SIZE + LEGEND_SPACING);
        const vertical = index * legendHeight - offset;
        return "translate(" + horizontal + "," + vertical + ")";
      });
      break;
    case "left":
      chartAndLegendWidth += LEGEND_RECT_SIZE + LEGEND_SPACING + longestTextWidth;
      legend.attr("transform", (_datum, index) => {
        const offset = legendHeight * allSectionData.length / 2;
        const horizontal = -radius - (LEGEND_RECT_SIZE + LEGEND_SPACING);
        const vertical = index * legendHeight - offset;
        return "translate(" + horizontal + "," + vertical + ")";
      });
      pie.attr("transform", () => {
        return `translate(${longestTextWidth + LEGEND_RECT_SIZE + LEGEND_SPACING}, 0)`;
      });
      break;
    case "right":
    default:
      chartAndLegendWidth += LEGEND_RECT_SIZE + LEGEND_SPACING + longestTextWidth;
      legend.attr("transform", (_datum, index) => {
        const offset = legendHeight * allSectionData.length / 2;
        const horizontal = 12 * LEGEND_RECT_SIZE;
        const vertical = index * legendHeight - offset;
        return "translate(" + horizontal + "," + vertical + ")";
      });
      break;
  }
  const titleWidth = titleText.node()?.getBoundingClientRect().width ?? 0;
  const titleLeft = pieWidth / 2 - titleWidth / 2;
  const titleRight = pieWidth / 2 + titleWidth / 2;
  const viewBoxX = Math.min(0, titleLeft);
  const viewBoxRight = Math.max(chartAndLegendWidth, titleRight);
  const totalWidth = viewBoxRight - viewBoxX;
  svg.attr("viewBox", `${viewBoxX} 0 ${totalWidth} ${chartAndLegendHeight}`);
  (0,_chunk_W7FHEGFS_mjs__rspack_import_21/* .configureSvgSize */.a$)(svg, chartAndLegendHeight, totalWidth, pieConfig.useMaxWidth);
}, "draw");
var renderer = { draw };
var diagram = {
  parser,
  db,
  renderer,
  styles: pieStyles_default
};


__webpack_require__.d(__webpack_exports__, {
}, {
  diagram: diagram
});


},

}]);
"use strict";
(self["rspackChunk"] = self["rspackChunk"] || []).push([[599], {
67754(__unused_rspack_module, __webpack_exports__, __webpack_require__) {
/* import */ var _chunk_AVOQS6W5_mjs__rspack_import_0 = __webpack_require__(57468);
/* import */ var _chunk_SMNF56RZ_mjs__rspack_import_1 = __webpack_require__(54943);
/* import */ var _chunk_ESPTBK3J_mjs__rspack_import_2 = __webpack_require__(22272);
/* import */ var _chunk_HYPPI3ZF_mjs__rspack_import_3 = __webpack_require__(62519);
/* import */ var _chunk_L7AX7Q5O_mjs__rspack_import_4 = __webpack_require__(53978);
/* import */ var _chunk_Y6GNCWZP_mjs__rspack_import_5 = __webpack_require__(99020);
/* import */ var _chunk_F2POBAJA_mjs__rspack_import_6 = __webpack_require__(68445);
/* import */ var _chunk_YKIWWWOI_mjs__rspack_import_7 = __webpack_require__(31288);
/* import */ var _chunk_2J33SXOW_mjs__rspack_import_8 = __webpack_require__(71547);
/* import */ var _chunk_QAEMDNMD_mjs__rspack_import_9 = __webpack_require__(58151);
/* import */ var _chunk_DMEBR2WU_mjs__rspack_import_10 = __webpack_require__(75962);
/* import */ var _chunk_QOC2S56Y_mjs__rspack_import_11 = __webpack_require__(25062);
/* import */ var _chunk_DUQKCFHH_mjs__rspack_import_12 = __webpack_require__(22164);
/* import */ var _chunk_3BMV2AHI_mjs__rspack_import_13 = __webpack_require__(59514);
/* import */ var _chunk_F2TNDQHD_mjs__rspack_import_14 = __webpack_require__(43557);
/* import */ var _chunk_FFYXBZFL_mjs__rspack_import_15 = __webpack_require__(23563);
/* import */ var _chunk_KOCW2XDZ_mjs__rspack_import_16 = __webpack_require__(16730);
/* import */ var _chunk_7CNTSYG4_mjs__rspack_import_17 = __webpack_require__(45999);
/* import */ var _chunk_W7FHEGFS_mjs__rspack_import_18 = __webpack_require__(58031);
/* import */ var _chunk_YJFJOXZG_mjs__rspack_import_19 = __webpack_require__(58607);
/* import */ var _chunk_AMVFOWMQ_mjs__rspack_import_20 = __webpack_require__(364);
/* import */ var _chunk_Q5MVOS3D_mjs__rspack_import_21 = __webpack_require__(3666);























// ../mermaid/dist/chunks/mermaid.core/infoDiagram-RXCK75RN.mjs
var parser = {
  parse: /* @__PURE__ */ (0,_chunk_AMVFOWMQ_mjs__rspack_import_20/* .__name */.K)(async (input) => {
    const ast = await (0,_chunk_AVOQS6W5_mjs__rspack_import_0/* .parse */.q)("info", input);
    _chunk_YJFJOXZG_mjs__rspack_import_19/* .log.debug */.Rm.debug(ast);
  }, "parse")
};
var DEFAULT_INFO_DB = {
  version: "11.17.0" + ( true ? "" : 0)
};
var getVersion = /* @__PURE__ */ (0,_chunk_AMVFOWMQ_mjs__rspack_import_20/* .__name */.K)(() => DEFAULT_INFO_DB.version, "getVersion");
var db = {
  getVersion
};
var draw = /* @__PURE__ */ (0,_chunk_AMVFOWMQ_mjs__rspack_import_20/* .__name */.K)((text, id, version) => {
  _chunk_YJFJOXZG_mjs__rspack_import_19/* .log.debug */.Rm.debug("rendering info diagram\n" + text);
  const svg = (0,_chunk_ESPTBK3J_mjs__rspack_import_2/* .selectSvgElement */.D)(id);
  (0,_chunk_W7FHEGFS_mjs__rspack_import_18/* .configureSvgSize */.a$)(svg, 100, 400, true);
  const group = svg.append("g");
  group.append("text").attr("x", 100).attr("y", 40).attr("class", "version").attr("font-size", 32).style("text-anchor", "middle").text(`v${version}`);
}, "draw");
var renderer = { draw };
var diagram = {
  parser,
  db,
  renderer
};


__webpack_require__.d(__webpack_exports__, {
}, {
  diagram: diagram
});


},

}]);
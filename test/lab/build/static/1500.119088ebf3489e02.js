"use strict";
(self["rspackChunk"] = self["rspackChunk"] || []).push([[1500], {
58247(__unused_rspack_module, __webpack_exports__, __webpack_require__) {
/* import */ var _chunk_X5GNSKZ3_mjs__rspack_import_0 = __webpack_require__(27323);
/* import */ var _chunk_CXNFBKHE_mjs__rspack_import_1 = __webpack_require__(75763);
/* import */ var _chunk_NDIOYS4C_mjs__rspack_import_2 = __webpack_require__(74307);
/* import */ var _chunk_4XJLF4IY_mjs__rspack_import_3 = __webpack_require__(7844);
/* import */ var _chunk_ISA7TJRJ_mjs__rspack_import_4 = __webpack_require__(33392);
/* import */ var _chunk_7TQYQV2Y_mjs__rspack_import_5 = __webpack_require__(39235);
/* import */ var _chunk_46SCTAZK_mjs__rspack_import_6 = __webpack_require__(42366);
/* import */ var _chunk_BGXJKS4C_mjs__rspack_import_7 = __webpack_require__(22140);
/* import */ var _chunk_LV3HUYFY_mjs__rspack_import_8 = __webpack_require__(5264);
/* import */ var _chunk_WBNQJVSO_mjs__rspack_import_9 = __webpack_require__(49872);
/* import */ var _chunk_MI2JWT3U_mjs__rspack_import_10 = __webpack_require__(21385);
/* import */ var _chunk_LRUWYD7V_mjs__rspack_import_11 = __webpack_require__(60068);
/* import */ var _chunk_ECTCQN36_mjs__rspack_import_12 = __webpack_require__(6211);
/* import */ var _chunk_OA7VB354_mjs__rspack_import_13 = __webpack_require__(56839);
/* import */ var _chunk_S2UQUSRU_mjs__rspack_import_14 = __webpack_require__(63444);
/* import */ var _chunk_WGJ4HU3W_mjs__rspack_import_15 = __webpack_require__(83453);
/* import */ var _chunk_W7FHEGFS_mjs__rspack_import_16 = __webpack_require__(58031);
/* import */ var _chunk_YJFJOXZG_mjs__rspack_import_17 = __webpack_require__(58607);
/* import */ var _chunk_AMVFOWMQ_mjs__rspack_import_18 = __webpack_require__(364);
/* import */ var _chunk_Q5MVOS3D_mjs__rspack_import_19 = __webpack_require__(3666);





















// ../mermaid/dist/chunks/mermaid.core/classDiagram-DTDB5LWJ.mjs
var diagram = {
  parser: _chunk_X5GNSKZ3_mjs__rspack_import_0/* .classDiagram_default */._$,
  get db() {
    return new _chunk_X5GNSKZ3_mjs__rspack_import_0/* .ClassDB */.NM();
  },
  renderer: _chunk_X5GNSKZ3_mjs__rspack_import_0/* .classRenderer_v3_unified_default */.Lh,
  styles: _chunk_X5GNSKZ3_mjs__rspack_import_0/* .styles_default */.tM,
  init: /* @__PURE__ */ (0,_chunk_AMVFOWMQ_mjs__rspack_import_18/* .__name */.K)((cnf) => {
    if (!cnf.class) {
      cnf.class = {};
    }
    cnf.class.arrowMarkerAbsolute = cnf.arrowMarkerAbsolute;
  }, "init")
};


__webpack_require__.d(__webpack_exports__, {
}, {
  diagram: diagram
});


},

}]);
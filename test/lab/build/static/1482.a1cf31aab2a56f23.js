"use strict";
(self["rspackChunk"] = self["rspackChunk"] || []).push([[1482], {
91153(__unused_rspack_module, __webpack_exports__, __webpack_require__) {
/* import */ var _chunk_TICWLB2K_mjs__rspack_import_0 = __webpack_require__(55546);
/* import */ var _chunk_5VM5RSS4_mjs__rspack_import_1 = __webpack_require__(10041);
/* import */ var _chunk_XXDRQBXY_mjs__rspack_import_2 = __webpack_require__(50508);
/* import */ var _chunk_POPQ4Y6H_mjs__rspack_import_3 = __webpack_require__(4267);
/* import */ var _chunk_TLUHSLCS_mjs__rspack_import_4 = __webpack_require__(89966);
/* import */ var _chunk_F27PBJKO_mjs__rspack_import_5 = __webpack_require__(41245);
/* import */ var _chunk_L3NEJ4N5_mjs__rspack_import_6 = __webpack_require__(38191);
/* import */ var _chunk_OSK3NFVY_mjs__rspack_import_7 = __webpack_require__(73393);
/* import */ var _chunk_GVQU2GXP_mjs__rspack_import_8 = __webpack_require__(71558);
/* import */ var _chunk_4HAMMTFA_mjs__rspack_import_9 = __webpack_require__(72372);
/* import */ var _chunk_P2QGCYS3_mjs__rspack_import_10 = __webpack_require__(47462);
/* import */ var _chunk_GMAD6QVW_mjs__rspack_import_11 = __webpack_require__(2851);
/* import */ var _chunk_PWAF6VOD_mjs__rspack_import_12 = __webpack_require__(18645);
/* import */ var _chunk_75Z2AOVW_mjs__rspack_import_13 = __webpack_require__(63004);
/* import */ var _chunk_DU6HZSFF_mjs__rspack_import_14 = __webpack_require__(12922);
/* import */ var _chunk_X3CZISLH_mjs__rspack_import_15 = __webpack_require__(88254);
/* import */ var _chunk_Y2CYZVJY_mjs__rspack_import_16 = __webpack_require__(10720);


















// src/diagrams/class/classDiagram.ts
var diagram = {
  parser: _chunk_TICWLB2K_mjs__rspack_import_0/* .classDiagram_default */._$,
  get db() {
    return new _chunk_TICWLB2K_mjs__rspack_import_0/* .ClassDB */.NM();
  },
  renderer: _chunk_TICWLB2K_mjs__rspack_import_0/* .classRenderer_v3_unified_default */.Lh,
  styles: _chunk_TICWLB2K_mjs__rspack_import_0/* .styles_default */.tM,
  init: /* @__PURE__ */ (0,_chunk_Y2CYZVJY_mjs__rspack_import_16/* .__name */.K)((cnf) => {
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
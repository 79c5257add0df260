"use strict";
(self["rspackChunk"] = self["rspackChunk"] || []).push([[588], {
33559(__unused_rspack_module, __webpack_exports__, __webpack_require__) {
/* import */ var _chunk_6K3QC6MW_mjs__rspack_import_0 = __webpack_require__(1800);
/* import */ var _chunk_FOHPRMQF_mjs__rspack_import_1 = __webpack_require__(58521);




__webpack_require__.d(__webpack_exports__, {
  createTreemapServices: () => (/* reexport safe */ _chunk_6K3QC6MW_mjs__rspack_import_0.d)
});


},

}]);
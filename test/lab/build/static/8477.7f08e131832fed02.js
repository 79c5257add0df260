"use strict";
(self["rspackChunk"] = self["rspackChunk"] || []).push([[8477], {
86172(__unused_rspack_module, __webpack_exports__, __webpack_require__) {
/* import */ var _chunk_5V3GS4D5_mjs__rspack_import_0 = __webpack_require__(79397);
/* import */ var _chunk_FOHPRMQF_mjs__rspack_import_1 = __webpack_require__(58521);




__webpack_require__.d(__webpack_exports__, {
  createInfoServices: () => (/* reexport safe */ _chunk_5V3GS4D5_mjs__rspack_import_0.v)
});


},

}]);
"use strict";
(self["rspackChunk"] = self["rspackChunk"] || []).push([[3616], {
22083(__unused_rspack_module, __webpack_exports__, __webpack_require__) {
/* import */ var _chunk_6TQVIW2G_mjs__rspack_import_0 = __webpack_require__(22572);
/* import */ var _chunk_FOHPRMQF_mjs__rspack_import_1 = __webpack_require__(58521);




__webpack_require__.d(__webpack_exports__, {
  createCynefinServices: () => (/* reexport safe */ _chunk_6TQVIW2G_mjs__rspack_import_0.t)
});


},

}]);
"use strict";
(self["rspackChunk"] = self["rspackChunk"] || []).push([[1284], {
48255(__unused_rspack_module, __webpack_exports__, __webpack_require__) {
/* import */ var _chunk_ICYGCRZG_mjs__rspack_import_0 = __webpack_require__(34216);
/* import */ var _chunk_FOHPRMQF_mjs__rspack_import_1 = __webpack_require__(58521);




__webpack_require__.d(__webpack_exports__, {
  createWardleyServices: () => (/* reexport safe */ _chunk_ICYGCRZG_mjs__rspack_import_0.J)
});


},

}]);
"use strict";
(self["rspackChunk"] = self["rspackChunk"] || []).push([[554], {
79761(__unused_rspack_module, __webpack_exports__, __webpack_require__) {
/* import */ var _chunk_3Z5EZCMW_mjs__rspack_import_0 = __webpack_require__(89586);
/* import */ var _chunk_FOHPRMQF_mjs__rspack_import_1 = __webpack_require__(58521);




__webpack_require__.d(__webpack_exports__, {
  createPieServices: () => (/* reexport safe */ _chunk_3Z5EZCMW_mjs__rspack_import_0.f)
});


},

}]);
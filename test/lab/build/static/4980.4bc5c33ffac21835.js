"use strict";
(self["rspackChunk"] = self["rspackChunk"] || []).push([[4980], {
93551(__unused_rspack_module, __webpack_exports__, __webpack_require__) {
/* import */ var _chunk_IH6LHLGP_mjs__rspack_import_0 = __webpack_require__(62058);
/* import */ var _chunk_FOHPRMQF_mjs__rspack_import_1 = __webpack_require__(58521);




__webpack_require__.d(__webpack_exports__, {
  createTreeViewServices: () => (/* reexport safe */ _chunk_IH6LHLGP_mjs__rspack_import_0.I)
});


},

}]);
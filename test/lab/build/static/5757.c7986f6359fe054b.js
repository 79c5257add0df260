"use strict";
(self["rspackChunk"] = self["rspackChunk"] || []).push([[5757], {
41420(__unused_rspack_module, __webpack_exports__, __webpack_require__) {
/* import */ var _chunk_KI3K4JFJ_mjs__rspack_import_0 = __webpack_require__(31454);
/* import */ var _chunk_FOHPRMQF_mjs__rspack_import_1 = __webpack_require__(58521);




__webpack_require__.d(__webpack_exports__, {
  createGitGraphServices: () => (/* reexport safe */ _chunk_KI3K4JFJ_mjs__rspack_import_0.b)
});


},

}]);
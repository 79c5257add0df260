"use strict";
(self["rspackChunk"] = self["rspackChunk"] || []).push([[9807], {
20898(__unused_rspack_module, __webpack_exports__, __webpack_require__) {
/* import */ var _chunk_UY3FDG6J_mjs__rspack_import_0 = __webpack_require__(97076);
/* import */ var _chunk_FOHPRMQF_mjs__rspack_import_1 = __webpack_require__(58521);




__webpack_require__.d(__webpack_exports__, {
  createPacketServices: () => (/* reexport safe */ _chunk_UY3FDG6J_mjs__rspack_import_0.$)
});


},

}]);
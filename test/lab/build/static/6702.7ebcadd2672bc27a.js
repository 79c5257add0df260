"use strict";
(self["rspackChunk"] = self["rspackChunk"] || []).push([[6702], {
46797(__unused_rspack_module, __webpack_exports__, __webpack_require__) {
/* import */ var _chunk_747NJXEK_mjs__rspack_import_0 = __webpack_require__(25610);
/* import */ var _chunk_FOHPRMQF_mjs__rspack_import_1 = __webpack_require__(58521);




__webpack_require__.d(__webpack_exports__, {
  createRailroadPegServices: () => (/* reexport safe */ _chunk_747NJXEK_mjs__rspack_import_0.P)
});


},

}]);
"use strict";
(self["rspackChunk"] = self["rspackChunk"] || []).push([[6657], {
24072(__unused_rspack_module, __webpack_exports__, __webpack_require__) {
/* import */ var _chunk_2ZTRR5NV_mjs__rspack_import_0 = __webpack_require__(82555);
/* import */ var _chunk_FOHPRMQF_mjs__rspack_import_1 = __webpack_require__(58521);




__webpack_require__.d(__webpack_exports__, {
  createRailroadEbnfServices: () => (/* reexport safe */ _chunk_2ZTRR5NV_mjs__rspack_import_0.W)
});


},

}]);
"use strict";
(self["rspackChunk"] = self["rspackChunk"] || []).push([[2412], {
65303(__unused_rspack_module, __webpack_exports__, __webpack_require__) {
/* import */ var _chunk_XHIXRSVI_mjs__rspack_import_0 = __webpack_require__(8243);
/* import */ var _chunk_FOHPRMQF_mjs__rspack_import_1 = __webpack_require__(58521);




__webpack_require__.d(__webpack_exports__, {
  createRailroadAbnfServices: () => (/* reexport safe */ _chunk_XHIXRSVI_mjs__rspack_import_0.s)
});


},

}]);
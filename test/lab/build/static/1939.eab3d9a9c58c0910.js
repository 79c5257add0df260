"use strict";
(self["rspackChunk"] = self["rspackChunk"] || []).push([[1939], {
22062(__unused_rspack_module, __webpack_exports__, __webpack_require__) {
/* import */ var _chunk_OUJLGHUK_mjs__rspack_import_0 = __webpack_require__(40125);
/* import */ var _chunk_FOHPRMQF_mjs__rspack_import_1 = __webpack_require__(58521);




__webpack_require__.d(__webpack_exports__, {
  createRailroadServices: () => (/* reexport safe */ _chunk_OUJLGHUK_mjs__rspack_import_0.l)
});


},

}]);
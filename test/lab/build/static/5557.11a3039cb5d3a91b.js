"use strict";
(self["rspackChunk"] = self["rspackChunk"] || []).push([[5557], {
24852(__unused_rspack_module, __webpack_exports__, __webpack_require__) {
/* import */ var _chunk_6AZGARVD_mjs__rspack_import_0 = __webpack_require__(91275);
/* import */ var _chunk_FOHPRMQF_mjs__rspack_import_1 = __webpack_require__(58521);




__webpack_require__.d(__webpack_exports__, {
  createArchitectureServices: () => (/* reexport safe */ _chunk_6AZGARVD_mjs__rspack_import_0.S)
});


},

}]);
"use strict";
(self["rspackChunk"] = self["rspackChunk"] || []).push([[8165], {
86292(__unused_rspack_module, __webpack_exports__, __webpack_require__) {
/* import */ var _chunk_6EIED4P4_mjs__rspack_import_0 = __webpack_require__(8255);
/* import */ var _chunk_FOHPRMQF_mjs__rspack_import_1 = __webpack_require__(58521);




__webpack_require__.d(__webpack_exports__, {
  createEventModelingServices: () => (/* reexport safe */ _chunk_6EIED4P4_mjs__rspack_import_0.g)
});


},

}]);
"use strict";
(self["rspackChunk"] = self["rspackChunk"] || []).push([[164], {
46911(__unused_rspack_module, __webpack_exports__, __webpack_require__) {
/* import */ var _chunk_HYPPI3ZF_mjs__rspack_import_0 = __webpack_require__(62519);
/* import */ var _chunk_7CNTSYG4_mjs__rspack_import_1 = __webpack_require__(45999);
/* import */ var _chunk_Q5MVOS3D_mjs__rspack_import_2 = __webpack_require__(3666);





__webpack_require__.d(__webpack_exports__, {
  createEventModelingServices: () => (/* reexport safe */ _chunk_HYPPI3ZF_mjs__rspack_import_0.g)
});


},

}]);
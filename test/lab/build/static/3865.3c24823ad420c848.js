"use strict";
(self["rspackChunk"] = self["rspackChunk"] || []).push([[3865], {
99872(__unused_rspack_module, __webpack_exports__, __webpack_require__) {
/* import */ var _chunk_DUQKCFHH_mjs__rspack_import_0 = __webpack_require__(22164);
/* import */ var _chunk_7CNTSYG4_mjs__rspack_import_1 = __webpack_require__(45999);
/* import */ var _chunk_Q5MVOS3D_mjs__rspack_import_2 = __webpack_require__(3666);





__webpack_require__.d(__webpack_exports__, {
  createPacketServices: () => (/* reexport safe */ _chunk_DUQKCFHH_mjs__rspack_import_0.$)
});


},

}]);
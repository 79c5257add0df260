"use strict";
(self["rspackChunk"] = self["rspackChunk"] || []).push([[5332], {
20671(__unused_rspack_module, __webpack_exports__, __webpack_require__) {
/* import */ var _chunk_SMNF56RZ_mjs__rspack_import_0 = __webpack_require__(54943);
/* import */ var _chunk_7CNTSYG4_mjs__rspack_import_1 = __webpack_require__(45999);
/* import */ var _chunk_Q5MVOS3D_mjs__rspack_import_2 = __webpack_require__(3666);





__webpack_require__.d(__webpack_exports__, {
  createCynefinServices: () => (/* reexport safe */ _chunk_SMNF56RZ_mjs__rspack_import_0.t)
});


},

}]);
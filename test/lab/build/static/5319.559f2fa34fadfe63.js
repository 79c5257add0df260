"use strict";
(self["rspackChunk"] = self["rspackChunk"] || []).push([[5319], {
88266(__unused_rspack_module, __webpack_exports__, __webpack_require__) {
/* import */ var _chunk_I5DQTOEV_mjs__rspack_import_0 = __webpack_require__(65451);
/* import */ var _chunk_FOHPRMQF_mjs__rspack_import_1 = __webpack_require__(58521);




__webpack_require__.d(__webpack_exports__, {
  createRadarServices: () => (/* reexport safe */ _chunk_I5DQTOEV_mjs__rspack_import_0.f)
});


},

}]);
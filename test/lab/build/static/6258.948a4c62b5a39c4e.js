"use strict";
(self["rspackChunk"] = self["rspackChunk"] || []).push([[6258], {
56537(__unused_rspack_module, __webpack_exports__, __webpack_require__) {
__webpack_require__.r(__webpack_exports__);
/* -----------------------------------------------------------------------------
| Copyright (c) Jupyter Development Team.
| Distributed under the terms of the Modified BSD License.
|----------------------------------------------------------------------------*/
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * @packageDocumentation
 * @module rendermime-interfaces
 */

//# sourceMappingURL=index.js.map

},

}]);
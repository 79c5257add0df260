"use strict";
(self["rspackChunk"] = self["rspackChunk"] || []).push([[3370], {
67873(module) {
module.exports = /*#__PURE__*/JSON.parse('{"version":"11.17.2"}')

},

}]);
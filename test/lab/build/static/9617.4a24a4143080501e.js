"use strict";
(self["rspackChunk"] = self["rspackChunk"] || []).push([[9617], {
3666(__unused_rspack_module, __webpack_exports__, __webpack_require__) {
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __name = (target, value) => __defProp(target, "name", { value, configurable: true });
var __commonJS = (cb, mod) => function __require() {
  return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));



__webpack_require__.d(__webpack_exports__, {
}, {
  K2: __name,
  P$: __commonJS,
  f1: __toESM
});


},
77880(__unused_rspack_module, __webpack_exports__, __webpack_require__) {
/* import */ var _chunks_mermaid_layout_elk_core_chunk_Q5MVOS3D_mjs__rspack_import_0 = __webpack_require__(3666);


// src/layouts.ts
var loader = /* @__PURE__ */ (0,_chunks_mermaid_layout_elk_core_chunk_Q5MVOS3D_mjs__rspack_import_0/* .__name */.K2)(async () => await Promise.all(/* import() */ [__webpack_require__.e(7824), __webpack_require__.e(5684), __webpack_require__.e(3522)]).then(__webpack_require__.bind(__webpack_require__, 53359)), "loader");
var algos = ["elk.stress", "elk.force", "elk.mrtree", "elk.sporeOverlap"];
var layouts = [
  {
    name: "elk",
    loader,
    algorithm: "elk.layered"
  },
  ...algos.map((algo) => ({
    name: algo,
    loader,
    algorithm: algo
  }))
];
var layouts_default = layouts;


__webpack_require__.d(__webpack_exports__, {
}, {
  "default": layouts_default
});


},

}]);
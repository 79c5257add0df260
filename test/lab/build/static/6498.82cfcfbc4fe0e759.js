"use strict";
(self["rspackChunk"] = self["rspackChunk"] || []).push([[6498], {
89241(__unused_rspack_module, __webpack_exports__, __webpack_require__) {
/* import */ var _chunk_AMVFOWMQ_mjs__rspack_import_0 = __webpack_require__(364);
/* import */ var _chunk_Q5MVOS3D_mjs__rspack_import_1 = __webpack_require__(3666);



// ../mermaid/dist/chunks/mermaid.core/sizeCapture-X5ZJPWSS.mjs
var DDLT_SIZE_CAPTURE_VERSION = 1;
function getCaptureGlobal() {
  if (typeof globalThis === "undefined") {
    return void 0;
  }
  return globalThis;
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(getCaptureGlobal, "getCaptureGlobal");
(0,_chunk_AMVFOWMQ_mjs__rspack_import_0/* .__name */.K)(getCaptureGlobal, "getCaptureGlobal");
function shouldCaptureSizes() {
  return Boolean(getCaptureGlobal()?.mermaidCaptureSizes);
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(shouldCaptureSizes, "shouldCaptureSizes");
(0,_chunk_AMVFOWMQ_mjs__rspack_import_0/* .__name */.K)(shouldCaptureSizes, "shouldCaptureSizes");
function capturedFromLocation() {
  if (typeof location === "undefined") {
    return "browser-dev";
  }
  return `${location.pathname}${location.search}`;
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(capturedFromLocation, "capturedFromLocation");
(0,_chunk_AMVFOWMQ_mjs__rspack_import_0/* .__name */.K)(capturedFromLocation, "capturedFromLocation");
function emitCapturedSizes(captured, element) {
  const g = getCaptureGlobal();
  if (!g) {
    return;
  }
  const domNode = element.node();
  const ownerSvg = (domNode && "ownerSVGElement" in domNode ? domNode.ownerSVGElement : null) ?? domNode;
  const svgId = ownerSvg?.id ?? "(unknown)";
  g.mermaidCapturedSizes ??= [];
  const entry = { svgId, sizes: captured };
  g.mermaidCapturedSizes.push(entry);
  g.mermaidLastCapturedSizes = entry;
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(emitCapturedSizes, "emitCapturedSizes");
(0,_chunk_AMVFOWMQ_mjs__rspack_import_0/* .__name */.K)(emitCapturedSizes, "emitCapturedSizes");
function captureNodeSizes(element, data4Layout) {
  const nodes = [];
  for (const node of data4Layout.nodes) {
    if (node.isGroup) {
      continue;
    }
    nodes.push({ id: node.id, width: node.width ?? 0, height: node.height ?? 0 });
  }
  if (nodes.length === 0) {
    return;
  }
  emitCapturedSizes(
    {
      metadata: {
        captureVersion: DDLT_SIZE_CAPTURE_VERSION,
        capturedAt: (/* @__PURE__ */ new Date()).toISOString(),
        capturedFrom: capturedFromLocation()
      },
      nodes
    },
    element
  );
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(captureNodeSizes, "captureNodeSizes");
(0,_chunk_AMVFOWMQ_mjs__rspack_import_0/* .__name */.K)(captureNodeSizes, "captureNodeSizes");


__webpack_require__.d(__webpack_exports__, {
}, {
  captureNodeSizes: captureNodeSizes
});


},

}]);
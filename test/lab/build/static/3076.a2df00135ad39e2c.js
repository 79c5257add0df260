"use strict";
(self["rspackChunk"] = self["rspackChunk"] || []).push([[3076], {
29407(__unused_rspack_module, __webpack_exports__, __webpack_require__) {
/* import */ var _chunk_XCWWM2C3_mjs__rspack_import_0 = __webpack_require__(27936);
/* import */ var _chunk_VII2H2IX_mjs__rspack_import_1 = __webpack_require__(38165);
/* import */ var _chunk_AVOQS6W5_mjs__rspack_import_2 = __webpack_require__(57468);
/* import */ var _chunk_SMNF56RZ_mjs__rspack_import_3 = __webpack_require__(54943);
/* import */ var _chunk_ESPTBK3J_mjs__rspack_import_4 = __webpack_require__(22272);
/* import */ var _chunk_HYPPI3ZF_mjs__rspack_import_5 = __webpack_require__(62519);
/* import */ var _chunk_L7AX7Q5O_mjs__rspack_import_6 = __webpack_require__(53978);
/* import */ var _chunk_Y6GNCWZP_mjs__rspack_import_7 = __webpack_require__(99020);
/* import */ var _chunk_F2POBAJA_mjs__rspack_import_8 = __webpack_require__(68445);
/* import */ var _chunk_YKIWWWOI_mjs__rspack_import_9 = __webpack_require__(31288);
/* import */ var _chunk_2J33SXOW_mjs__rspack_import_10 = __webpack_require__(71547);
/* import */ var _chunk_QAEMDNMD_mjs__rspack_import_11 = __webpack_require__(58151);
/* import */ var _chunk_DMEBR2WU_mjs__rspack_import_12 = __webpack_require__(75962);
/* import */ var _chunk_QOC2S56Y_mjs__rspack_import_13 = __webpack_require__(25062);
/* import */ var _chunk_DUQKCFHH_mjs__rspack_import_14 = __webpack_require__(22164);
/* import */ var _chunk_3BMV2AHI_mjs__rspack_import_15 = __webpack_require__(59514);
/* import */ var _chunk_F2TNDQHD_mjs__rspack_import_16 = __webpack_require__(43557);
/* import */ var _chunk_FFYXBZFL_mjs__rspack_import_17 = __webpack_require__(23563);
/* import */ var _chunk_KOCW2XDZ_mjs__rspack_import_18 = __webpack_require__(16730);
/* import */ var _chunk_7CNTSYG4_mjs__rspack_import_19 = __webpack_require__(45999);
/* import */ var _chunk_W7FHEGFS_mjs__rspack_import_20 = __webpack_require__(58031);
/* import */ var _chunk_YJFJOXZG_mjs__rspack_import_21 = __webpack_require__(58607);
/* import */ var _chunk_AMVFOWMQ_mjs__rspack_import_22 = __webpack_require__(364);
/* import */ var _chunk_Q5MVOS3D_mjs__rspack_import_23 = __webpack_require__(3666);

























// ../mermaid/dist/chunks/mermaid.core/railroadDiagram-O6MQD6OU.mjs
var langiumParser = (0,_chunk_Y6GNCWZP_mjs__rspack_import_7/* .createRailroadServices */.l)().Railroad.parser.LangiumParser;
var transformExpression = /* @__PURE__ */ (0,_chunk_AMVFOWMQ_mjs__rspack_import_22/* .__name */.K)((expr) => {
  switch (expr.$type) {
    case "RailroadTerminalExpr":
      return {
        type: "terminal",
        value: expr.value
      };
    case "RailroadNonTerminalExpr":
      return {
        type: "nonterminal",
        name: expr.name
      };
    case "RailroadSpecialExpr":
      return {
        type: "special",
        text: expr.text
      };
    case "RailroadSequenceExpr": {
      const elements = expr.elements.map(transformExpression);
      return elements.length === 1 ? elements[0] : { type: "sequence", elements };
    }
    case "RailroadChoiceExpr": {
      const alternatives = expr.alternatives.map(transformExpression);
      return alternatives.length === 1 ? alternatives[0] : { type: "choice", alternatives };
    }
    case "RailroadOptionalExpr":
      return {
        type: "optional",
        element: transformExpression(expr.element)
      };
    case "RailroadOneOrMoreExpr":
      return {
        type: "repetition",
        element: transformExpression(expr.element),
        min: 1,
        max: Infinity
      };
    case "RailroadZeroOrMoreExpr":
      return {
        type: "repetition",
        element: transformExpression(expr.element),
        min: 0,
        max: Infinity
      };
    default:
      throw new Error(`Unsupported railroad expression: ${expr.$type}`);
  }
}, "transformExpression");
var transformRule = /* @__PURE__ */ (0,_chunk_AMVFOWMQ_mjs__rspack_import_22/* .__name */.K)((rule) => {
  return {
    name: rule.name,
    definition: transformExpression(rule.definition)
  };
}, "transformRule");
var populateDb = /* @__PURE__ */ (0,_chunk_AMVFOWMQ_mjs__rspack_import_22/* .__name */.K)((ast) => {
  (0,_chunk_VII2H2IX_mjs__rspack_import_1/* .populateCommonDb */.S)(ast, _chunk_XCWWM2C3_mjs__rspack_import_0.db);
  if (ast.title) {
    _chunk_XCWWM2C3_mjs__rspack_import_0.db.setTitle(ast.title);
  }
  ast.rules.map((rule) => _chunk_XCWWM2C3_mjs__rspack_import_0.db.addRule(transformRule(rule)));
}, "populateDb");
var parser = {
  parse: /* @__PURE__ */ (0,_chunk_AMVFOWMQ_mjs__rspack_import_22/* .__name */.K)((input) => {
    _chunk_XCWWM2C3_mjs__rspack_import_0.db.clear();
    _chunk_YJFJOXZG_mjs__rspack_import_21/* .log.debug */.Rm.debug("[Railroad Parser] Starting Langium parse");
    const result = langiumParser.parse(input);
    if (result.lexerErrors.length > 0 || result.parserErrors.length > 0) {
      throw new _chunk_AVOQS6W5_mjs__rspack_import_2/* .MermaidParseError */.z(result);
    }
    const ast = result.value;
    _chunk_YJFJOXZG_mjs__rspack_import_21/* .log.debug */.Rm.debug("[Railroad Parser] Parsed rules:", ast.rules.length);
    populateDb(ast);
    _chunk_YJFJOXZG_mjs__rspack_import_21/* .log.debug */.Rm.debug("[Railroad Parser] Parse complete");
  }, "parse"),
  parser: {
    yy: _chunk_XCWWM2C3_mjs__rspack_import_0.db
  }
};
var diagram = {
  parser,
  db: _chunk_XCWWM2C3_mjs__rspack_import_0.db,
  renderer: _chunk_XCWWM2C3_mjs__rspack_import_0/* .renderer */.U,
  styles: _chunk_XCWWM2C3_mjs__rspack_import_0/* .getStyles */.$
};
var railroadDiagram_default = (/* unused pure expression or super */ null && (diagram));


__webpack_require__.d(__webpack_exports__, {
}, {
  diagram: diagram
});


},

}]);
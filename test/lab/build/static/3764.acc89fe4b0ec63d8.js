"use strict";
(self["rspackChunk"] = self["rspackChunk"] || []).push([[3764], {
38165(__unused_rspack_module, __webpack_exports__, __webpack_require__) {
/* import */ var _chunk_AMVFOWMQ_mjs__rspack_import_0 = __webpack_require__(364);
/* import */ var _chunk_Q5MVOS3D_mjs__rspack_import_1 = __webpack_require__(3666);



// ../mermaid/dist/chunks/mermaid.core/chunk-JWPE2WC7.mjs
function populateCommonDb(ast, db) {
  if (ast.accDescr) {
    db.setAccDescription?.(ast.accDescr);
  }
  if (ast.accTitle) {
    db.setAccTitle?.(ast.accTitle);
  }
  if (ast.title) {
    db.setDiagramTitle?.(ast.title);
  }
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(populateCommonDb, "populateCommonDb");
(0,_chunk_AMVFOWMQ_mjs__rspack_import_0/* .__name */.K)(populateCommonDb, "populateCommonDb");



__webpack_require__.d(__webpack_exports__, {
}, {
  S: populateCommonDb
});


},
76447(__unused_rspack_module, __webpack_exports__, __webpack_require__) {
/* import */ var _chunk_VII2H2IX_mjs__rspack_import_0 = __webpack_require__(38165);
/* import */ var _chunk_AVOQS6W5_mjs__rspack_import_1 = __webpack_require__(57468);
/* import */ var _chunk_SMNF56RZ_mjs__rspack_import_2 = __webpack_require__(54943);
/* import */ var _chunk_HYPPI3ZF_mjs__rspack_import_3 = __webpack_require__(62519);
/* import */ var _chunk_L7AX7Q5O_mjs__rspack_import_4 = __webpack_require__(53978);
/* import */ var _chunk_Y6GNCWZP_mjs__rspack_import_5 = __webpack_require__(99020);
/* import */ var _chunk_F2POBAJA_mjs__rspack_import_6 = __webpack_require__(68445);
/* import */ var _chunk_YKIWWWOI_mjs__rspack_import_7 = __webpack_require__(31288);
/* import */ var _chunk_2J33SXOW_mjs__rspack_import_8 = __webpack_require__(71547);
/* import */ var _chunk_QAEMDNMD_mjs__rspack_import_9 = __webpack_require__(58151);
/* import */ var _chunk_DMEBR2WU_mjs__rspack_import_10 = __webpack_require__(75962);
/* import */ var _chunk_QOC2S56Y_mjs__rspack_import_11 = __webpack_require__(25062);
/* import */ var _chunk_DUQKCFHH_mjs__rspack_import_12 = __webpack_require__(22164);
/* import */ var _chunk_3BMV2AHI_mjs__rspack_import_13 = __webpack_require__(59514);
/* import */ var _chunk_F2TNDQHD_mjs__rspack_import_14 = __webpack_require__(43557);
/* import */ var _chunk_FFYXBZFL_mjs__rspack_import_15 = __webpack_require__(23563);
/* import */ var _chunk_KOCW2XDZ_mjs__rspack_import_16 = __webpack_require__(16730);
/* import */ var _chunk_7CNTSYG4_mjs__rspack_import_17 = __webpack_require__(45999);
/* import */ var _chunk_S2UQUSRU_mjs__rspack_import_18 = __webpack_require__(63444);
/* import */ var _chunk_WGJ4HU3W_mjs__rspack_import_19 = __webpack_require__(83453);
/* import */ var _chunk_W7FHEGFS_mjs__rspack_import_20 = __webpack_require__(58031);
/* import */ var _chunk_YJFJOXZG_mjs__rspack_import_21 = __webpack_require__(58607);
/* import */ var _chunk_AMVFOWMQ_mjs__rspack_import_22 = __webpack_require__(364);
/* import */ var _chunk_Q5MVOS3D_mjs__rspack_import_23 = __webpack_require__(3666);
/* import */ var d3__rspack_import_24 = __webpack_require__(33349);

























// ../mermaid/dist/chunks/mermaid.core/diagram-VSXAHHWV.mjs

var PositionFrameKind = "position frame";
var FramePositionedKind = "frame positioned";
var PositionRelationKind = "position relation";
var RelationPositionedKind = "relation positioned";
var setOptions = /* @__PURE__ */ (0,_chunk_AMVFOWMQ_mjs__rspack_import_22/* .__name */.K)(function(_rawOptString) {
  _chunk_YJFJOXZG_mjs__rspack_import_21/* .log.debug */.Rm.debug("options str", _rawOptString);
}, "setOptions");
var getOptions = /* @__PURE__ */ (0,_chunk_AMVFOWMQ_mjs__rspack_import_22/* .__name */.K)(function() {
  return {};
}, "getOptions");
var clear2 = /* @__PURE__ */ (0,_chunk_AMVFOWMQ_mjs__rspack_import_22/* .__name */.K)(function() {
  reset();
  (0,_chunk_W7FHEGFS_mjs__rspack_import_20/* .clear */.IU)();
}, "clear");
function reset() {
  store = {};
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_23/* .__name */.K2)(reset, "reset");
(0,_chunk_AMVFOWMQ_mjs__rspack_import_22/* .__name */.K)(reset, "reset");
var DEFAULT_EVENTMODELING_CONFIG = _chunk_W7FHEGFS_mjs__rspack_import_20/* .defaultConfig_default.eventmodeling */.UI.eventmodeling;
var getConfig3 = /* @__PURE__ */ (0,_chunk_AMVFOWMQ_mjs__rspack_import_22/* .__name */.K)(() => {
  const config = (0,_chunk_S2UQUSRU_mjs__rspack_import_18/* .cleanAndMerge */.$t)({
    ...DEFAULT_EVENTMODELING_CONFIG,
    ...(0,_chunk_W7FHEGFS_mjs__rspack_import_20/* .getConfig */.zj)().eventmodeling
  });
  return config;
}, "getConfig");
var store = {};
function getState() {
  let state = initial;
  const { ast } = store;
  const diagramProps2 = getDiagramProps();
  if (!ast) {
    throw new Error("No data for EventModel");
  }
  ast.frames.forEach((frame, index) => {
    const textProps = calculateTextProps(frame, ast.dataEntities, diagramProps2);
    state = dispatch(state, {
      $kind: PositionFrameKind,
      index,
      frame,
      textProps
    });
    let sourceFrames = void 0;
    if (hasSourceFrame(frame)) {
      _chunk_YJFJOXZG_mjs__rspack_import_21/* .log.debug */.Rm.debug(`source frame`, frame.sourceFrames);
      sourceFrames = ast.frames.filter((currentFrame) => {
        return frame.sourceFrames.some((sf) => sf.$refText === currentFrame.name);
      });
      sourceFrames.forEach((sourceFrame) => {
        state = dispatch(state, {
          $kind: PositionRelationKind,
          index,
          frame,
          sourceFrame
        });
      });
    } else {
      state = dispatch(state, {
        $kind: PositionRelationKind,
        index,
        frame
      });
    }
  });
  state = {
    ...state,
    sortedSwimlanesArray: sortedSwimlanesArray(state.swimlanes)
  };
  return state;
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_23/* .__name */.K2)(getState, "getState");
(0,_chunk_AMVFOWMQ_mjs__rspack_import_22/* .__name */.K)(getState, "getState");
function setAst(ast) {
  store.ast = ast;
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_23/* .__name */.K2)(setAst, "setAst");
(0,_chunk_AMVFOWMQ_mjs__rspack_import_22/* .__name */.K)(setAst, "setAst");
var diagramProps = {
  swimlaneMinHeight: 70,
  swimlanePadding: 15,
  swimlaneGap: 10,
  boxPadding: 10,
  boxOverlap: 90,
  boxDefaultY: 0,
  boxMinWidth: 80,
  boxMaxWidth: 450,
  boxMinHeight: 80,
  boxMaxHeight: 750,
  contentStartX: 250,
  textMaxWidth: 450 - 2 * 10,
  boxTextFontWeight: "bold",
  boxTextPadding: 10,
  swimlaneTextFontWeight: "bold",
  labelUiAutomation: "UI/Automation",
  labelUiAutomationPrefix: "UI/A: ",
  labelCommandReadModel: "Command/Read Model",
  labelCommandReadModelPrefix: "C/RM: ",
  labelEvents: "Events",
  labelEventsPrefix: "Stream: "
};
function getDiagramProps() {
  return diagramProps;
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_23/* .__name */.K2)(getDiagramProps, "getDiagramProps");
(0,_chunk_AMVFOWMQ_mjs__rspack_import_22/* .__name */.K)(getDiagramProps, "getDiagramProps");
var initial = {
  boxes: [],
  swimlanes: {},
  relations: [],
  maxR: 0,
  sortedSwimlanesArray: []
};
function extractNamespace(entityIdentifier) {
  const spl = entityIdentifier.split(".");
  if (spl.length === 2) {
    return spl[0];
  }
  return void 0;
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_23/* .__name */.K2)(extractNamespace, "extractNamespace");
(0,_chunk_AMVFOWMQ_mjs__rspack_import_22/* .__name */.K)(extractNamespace, "extractNamespace");
function extractName(entityIdentifier) {
  const spl = entityIdentifier.split(".");
  if (spl.length === 2) {
    return spl[1];
  }
  return entityIdentifier;
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_23/* .__name */.K2)(extractName, "extractName");
(0,_chunk_AMVFOWMQ_mjs__rspack_import_22/* .__name */.K)(extractName, "extractName");
function findSwimlaneByNamespace(swimlanes, namespace) {
  if (!namespace || namespace.length === 0) {
    return void 0;
  }
  return Object.values(swimlanes).find((swimlane) => swimlane.namespace === namespace);
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_23/* .__name */.K2)(findSwimlaneByNamespace, "findSwimlaneByNamespace");
(0,_chunk_AMVFOWMQ_mjs__rspack_import_22/* .__name */.K)(findSwimlaneByNamespace, "findSwimlaneByNamespace");
function findNextAvailableIndex(swimlanes, boundaryMin, boundaryMax) {
  return Math.max(
    boundaryMin,
    ...Object.keys(swimlanes).filter((key) => {
      const index = Number.parseInt(key);
      return index > boundaryMin && index < boundaryMax;
    }).map((key) => Number.parseInt(key))
  ) + 1;
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_23/* .__name */.K2)(findNextAvailableIndex, "findNextAvailableIndex");
(0,_chunk_AMVFOWMQ_mjs__rspack_import_22/* .__name */.K)(findNextAvailableIndex, "findNextAvailableIndex");
function calculateSwimlaneProps(frame, swimlanes) {
  const namespace = extractNamespace(frame.entityIdentifier);
  const sw = findSwimlaneByNamespace(swimlanes, namespace);
  switch (frame.modelEntityType) {
    case "ui":
    case "pcr":
    case "processor":
      if (sw) {
        return {
          index: sw.index,
          label: sw.namespace || diagramProps.labelUiAutomation
        };
      } else if (namespace) {
        return {
          index: findNextAvailableIndex(swimlanes, 0, 100),
          label: diagramProps.labelUiAutomationPrefix + namespace
        };
      }
      return { index: 0, label: diagramProps.labelUiAutomation };
    case "rmo":
    case "readmodel":
    case "cmd":
    case "command":
      if (sw) {
        return {
          index: sw.index,
          label: sw.namespace || diagramProps.labelCommandReadModel
        };
      } else if (namespace) {
        return {
          index: findNextAvailableIndex(swimlanes, 100, 200),
          label: diagramProps.labelCommandReadModelPrefix + namespace
        };
      }
      return { index: 100, label: diagramProps.labelCommandReadModel };
    case "evt":
    case "event":
    default:
      if (sw) {
        return {
          index: sw.index,
          label: sw.namespace || diagramProps.labelEvents
        };
      } else if (namespace) {
        return {
          index: findNextAvailableIndex(swimlanes, 200, 300),
          label: diagramProps.labelEventsPrefix + namespace
        };
      }
      return { index: 200, label: diagramProps.labelEvents };
  }
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_23/* .__name */.K2)(calculateSwimlaneProps, "calculateSwimlaneProps");
(0,_chunk_AMVFOWMQ_mjs__rspack_import_22/* .__name */.K)(calculateSwimlaneProps, "calculateSwimlaneProps");
function calculateEntityVisualProps(frame) {
  const { themeVariables } = (0,_chunk_W7FHEGFS_mjs__rspack_import_20/* .getConfig */.zj)();
  switch (frame.modelEntityType) {
    case "ui":
      return {
        fill: themeVariables.emUiFill ?? "white",
        stroke: themeVariables.emUiStroke ?? "#dbdada"
      };
    case "pcr":
    case "processor":
      return {
        fill: themeVariables.emProcessorFill ?? "#edb3f6",
        stroke: themeVariables.emProcessorStroke ?? "#b88cbf"
      };
    case "rmo":
    case "readmodel":
      return {
        fill: themeVariables.emReadModelFill ?? "#d3f1a2",
        stroke: themeVariables.emReadModelStroke ?? "#a3b732"
      };
    case "cmd":
    case "command":
      return {
        fill: themeVariables.emCommandFill ?? "#bcd6fe",
        stroke: themeVariables.emCommandStroke ?? "#679ac3"
      };
    case "evt":
    case "event":
      return {
        fill: themeVariables.emEventFill ?? "#ffb778",
        stroke: themeVariables.emEventStroke ?? "#c19a0f"
      };
    default:
      return {
        fill: "red",
        stroke: "black"
      };
  }
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_23/* .__name */.K2)(calculateEntityVisualProps, "calculateEntityVisualProps");
(0,_chunk_AMVFOWMQ_mjs__rspack_import_22/* .__name */.K)(calculateEntityVisualProps, "calculateEntityVisualProps");
function calculateTextProps(frame, dataEntities, diagramProps2) {
  const config = (0,_chunk_W7FHEGFS_mjs__rspack_import_20/* .getConfig */.zj)();
  const name = (0,_chunk_W7FHEGFS_mjs__rspack_import_20/* .sanitizeText */.jZ)(extractName(frame.entityIdentifier) ?? "", config);
  let toHtml;
  const wrapLabelConfig = {
    fontSize: 16,
    fontWeight: 700,
    fontFamily: '"trebuchet ms", verdana, arial, sans-serif',
    joinWith: "<br/>"
  };
  const wrappedName = (0,_chunk_S2UQUSRU_mjs__rspack_import_18/* .wrapLabel */.bH)(name, diagramProps2.textMaxWidth, wrapLabelConfig);
  let content = `<b>${wrappedName}</b>`;
  if (frame.dataInlineValue) {
    toHtml = frame.dataInlineValue;
    toHtml = toHtml.substring(toHtml.indexOf("{") + 1);
    toHtml = toHtml.substring(0, toHtml.lastIndexOf("}") - 1);
    toHtml = (0,_chunk_W7FHEGFS_mjs__rspack_import_20/* .sanitizeText */.jZ)(toHtml, config);
    toHtml = (0,_chunk_S2UQUSRU_mjs__rspack_import_18/* .wrapLabel */.bH)(toHtml, diagramProps2.textMaxWidth, wrapLabelConfig);
    toHtml = toHtml.replaceAll(" ", "&nbsp;");
  }
  if (frame.dataReference) {
    const dataEntity = dataEntities.find(
      (dataEntity2) => dataEntity2.name === frame.dataReference?.$refText
    );
    if (dataEntity) {
      toHtml = dataEntity.dataBlockValue;
      toHtml = toHtml.substring(toHtml.indexOf("{\n") + 2);
      toHtml = toHtml.substring(0, toHtml.lastIndexOf("}") - 1);
      toHtml = (0,_chunk_W7FHEGFS_mjs__rspack_import_20/* .sanitizeText */.jZ)(toHtml, config);
      toHtml = (0,_chunk_S2UQUSRU_mjs__rspack_import_18/* .wrapLabel */.bH)(toHtml, diagramProps2.textMaxWidth, wrapLabelConfig);
      toHtml = toHtml.replaceAll(" ", "&nbsp;");
      toHtml += `<br/>`;
    }
  }
  const hasRenderedData = toHtml !== void 0;
  if (hasRenderedData) {
    content += `<br/><br/><code style="text-align: left; display: block;max-width:${diagramProps2.textMaxWidth}px">${toHtml}</code>`;
  }
  const textDimensionConfig = {
    fontSize: wrapLabelConfig.fontSize,
    fontWeight: wrapLabelConfig.fontWeight,
    fontFamily: wrapLabelConfig.fontFamily
  };
  const dimensions = (0,_chunk_S2UQUSRU_mjs__rspack_import_18/* .calculateTextDimensions */.PX)(content, textDimensionConfig);
  const calculatedWidthFix = hasRenderedData ? dimensions.width / 3 : dimensions.width;
  const props = {
    content,
    width: calculatedWidthFix,
    height: dimensions.height
  };
  _chunk_YJFJOXZG_mjs__rspack_import_21/* .log.debug */.Rm.debug(`[${frame.name}] ${frame.entityIdentifier} text`, props);
  return props;
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_23/* .__name */.K2)(calculateTextProps, "calculateTextProps");
(0,_chunk_AMVFOWMQ_mjs__rspack_import_22/* .__name */.K)(calculateTextProps, "calculateTextProps");
function decidePositionFrame(state, _command) {
  const command = _command;
  const visual = calculateEntityVisualProps(command.frame);
  const dimension = {
    width: command.textProps.width + 2 * diagramProps.boxTextPadding,
    height: command.textProps.height + 2 * diagramProps.boxTextPadding
  };
  const event = {
    $kind: FramePositionedKind,
    frame: command.frame,
    index: command.index,
    visual,
    dimension,
    textProps: command.textProps
  };
  return [event];
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_23/* .__name */.K2)(decidePositionFrame, "decidePositionFrame");
(0,_chunk_AMVFOWMQ_mjs__rspack_import_22/* .__name */.K)(decidePositionFrame, "decidePositionFrame");
function calculateX(swimlane, previousSwimlane, lastBox) {
  if (previousSwimlane === void 0) {
    return diagramProps.contentStartX;
  }
  if (previousSwimlane.index === swimlane.index && swimlane.r) {
    return swimlane.r + diagramProps.boxPadding;
  }
  if (lastBox === void 0) {
    return diagramProps.contentStartX;
  }
  return lastBox.r - diagramProps.boxOverlap + diagramProps.boxPadding;
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_23/* .__name */.K2)(calculateX, "calculateX");
(0,_chunk_AMVFOWMQ_mjs__rspack_import_22/* .__name */.K)(calculateX, "calculateX");
function calculateMaxRight(swimlanes, swimlaneR) {
  const rs = [...swimlanes.map((s) => s.r), swimlaneR];
  return Math.max(...rs);
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_23/* .__name */.K2)(calculateMaxRight, "calculateMaxRight");
(0,_chunk_AMVFOWMQ_mjs__rspack_import_22/* .__name */.K)(calculateMaxRight, "calculateMaxRight");
function sortedSwimlanesArray(swimlanes) {
  return Object.values(swimlanes).sort((a, b) => a.index - b.index);
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_23/* .__name */.K2)(sortedSwimlanesArray, "sortedSwimlanesArray");
(0,_chunk_AMVFOWMQ_mjs__rspack_import_22/* .__name */.K)(sortedSwimlanesArray, "sortedSwimlanesArray");
function evolveFramePositioned(state, _event) {
  const event = _event;
  const swimlaneProps = calculateSwimlaneProps(event.frame, state.swimlanes);
  let swimlane;
  if (swimlaneProps.index in state.swimlanes) {
    swimlane = state.swimlanes[swimlaneProps.index];
  } else {
    swimlane = {
      index: swimlaneProps.index,
      label: swimlaneProps.label,
      r: 0,
      y: swimlaneProps.index * diagramProps.swimlaneMinHeight + diagramProps.swimlaneGap,
      height: diagramProps.swimlaneMinHeight,
      maxHeight: diagramProps.swimlaneMinHeight
    };
  }
  const lastBox = state.boxes.length > 0 ? state.boxes[state.boxes.length - 1] : void 0;
  const previousSwimlane = state.previousSwimlaneNumber !== void 0 ? state.swimlanes[state.previousSwimlaneNumber] : void 0;
  const dimension = {
    width: Math.max(
      diagramProps.boxMinWidth,
      Math.min(diagramProps.boxMaxWidth, event.dimension.width)
    ) + 2 * diagramProps.boxPadding,
    height: Math.max(
      diagramProps.boxMinHeight,
      Math.min(diagramProps.boxMaxHeight, event.dimension.height)
    ) + 2 * diagramProps.boxPadding
  };
  const x = calculateX(swimlane, previousSwimlane, lastBox);
  const r = x + dimension.width + diagramProps.boxPadding;
  const maxR = calculateMaxRight(Object.values(state.swimlanes), r);
  swimlane.r = x + dimension.width;
  swimlane.maxHeight = Math.max(swimlane.maxHeight, dimension.height);
  swimlane.height = Math.max(diagramProps.swimlaneMinHeight, swimlane.maxHeight) + 2 * diagramProps.swimlanePadding;
  const box = {
    x,
    y: diagramProps.swimlanePadding + swimlane.y,
    // y: diagramProps.swimlanePadding + (swimlane.y || diagramProps.boxDefaultY),
    r,
    dimension,
    leftSibling: false,
    swimlane,
    visual: event.visual,
    text: event.textProps.content,
    frame: event.frame,
    index: event.index
  };
  const newState = {
    ...state,
    boxes: [...state.boxes, box],
    swimlanes: {
      ...state.swimlanes,
      [`${swimlane.index}`]: swimlane
    },
    previousSwimlaneNumber: swimlaneProps.index,
    previousFrame: event.frame,
    maxR
  };
  const swimlanes = sortedSwimlanesArray(newState.swimlanes);
  if (swimlanes.length > 0) {
    swimlanes[0].y = 0;
  }
  for (let i = 1; i < swimlanes.length; i++) {
    const sw = swimlanes[i];
    const prevSw = swimlanes[i - 1];
    sw.y = prevSw.y + prevSw.height + diagramProps.swimlaneGap;
  }
  return newState;
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_23/* .__name */.K2)(evolveFramePositioned, "evolveFramePositioned");
(0,_chunk_AMVFOWMQ_mjs__rspack_import_22/* .__name */.K)(evolveFramePositioned, "evolveFramePositioned");
function isFirstFrame(index, frame) {
  if (index === 0 && frame.sourceFrames.length === 0) {
    return true;
  }
  return false;
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_23/* .__name */.K2)(isFirstFrame, "isFirstFrame");
(0,_chunk_AMVFOWMQ_mjs__rspack_import_22/* .__name */.K)(isFirstFrame, "isFirstFrame");
function hasSourceFrame(frame) {
  return frame.sourceFrames !== void 0 && frame.sourceFrames !== null && frame.sourceFrames.length > 0;
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_23/* .__name */.K2)(hasSourceFrame, "hasSourceFrame");
(0,_chunk_AMVFOWMQ_mjs__rspack_import_22/* .__name */.K)(hasSourceFrame, "hasSourceFrame");
function findBoxByFrame(boxes, frame) {
  if (frame === void 0 || frame === null) {
    return void 0;
  }
  return boxes.find((box) => box.frame.name === frame.name);
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_23/* .__name */.K2)(findBoxByFrame, "findBoxByFrame");
(0,_chunk_AMVFOWMQ_mjs__rspack_import_22/* .__name */.K)(findBoxByFrame, "findBoxByFrame");
function findBoxByLineIndex(boxes, targetSwimlane, lineIndex) {
  if (lineIndex < 0) {
    return void 0;
  }
  for (let i = lineIndex; i >= 0; i--) {
    const box = boxes[i];
    if (box.swimlane.index !== targetSwimlane) {
      return box;
    }
  }
  return void 0;
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_23/* .__name */.K2)(findBoxByLineIndex, "findBoxByLineIndex");
(0,_chunk_AMVFOWMQ_mjs__rspack_import_22/* .__name */.K)(findBoxByLineIndex, "findBoxByLineIndex");
function decidePositionRelation(state, _command) {
  const command = _command;
  if ((0,_chunk_7CNTSYG4_mjs__rspack_import_17/* .isEmResetFrame */.F5)(command.frame) || isFirstFrame(command.index, command.frame)) {
    return [];
  }
  const targetBox = findBoxByFrame(state.boxes, command.frame);
  if (targetBox === void 0) {
    throw new Error(`Target box not found for frame ${command.frame.name}`);
  }
  let sourceBox;
  if (command.sourceFrame) {
    sourceBox = findBoxByFrame(state.boxes, command.sourceFrame);
  } else {
    sourceBox = findBoxByLineIndex(state.boxes, targetBox.swimlane.index, command.index - 1);
  }
  if (sourceBox === void 0) {
    return [];
  }
  const event = {
    $kind: RelationPositionedKind,
    frame: command.frame,
    index: command.index,
    sourceBox,
    targetBox
  };
  return [event];
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_23/* .__name */.K2)(decidePositionRelation, "decidePositionRelation");
(0,_chunk_AMVFOWMQ_mjs__rspack_import_22/* .__name */.K)(decidePositionRelation, "decidePositionRelation");
function evolveRelationPositioned(state, _event) {
  const event = _event;
  const relation = {
    visual: {
      fill: "none",
      stroke: "#000"
    },
    source: {
      x: event.sourceBox.x,
      y: event.sourceBox.y
    },
    target: {
      x: event.targetBox.x,
      y: event.targetBox.y
    },
    sourceBox: event.sourceBox,
    targetBox: event.targetBox
  };
  const newState = {
    ...state,
    relations: [...state.relations, relation]
  };
  return newState;
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_23/* .__name */.K2)(evolveRelationPositioned, "evolveRelationPositioned");
(0,_chunk_AMVFOWMQ_mjs__rspack_import_22/* .__name */.K)(evolveRelationPositioned, "evolveRelationPositioned");
var deciders = {
  [PositionFrameKind]: decidePositionFrame,
  [PositionRelationKind]: decidePositionRelation
};
var evolvers = {
  [FramePositionedKind]: evolveFramePositioned,
  [RelationPositionedKind]: evolveRelationPositioned
};
function decide(state, command) {
  const fn = deciders[command.$kind];
  if (fn === void 0 || fn === null) {
    return [];
  }
  const events = fn(state, command);
  _chunk_YJFJOXZG_mjs__rspack_import_21/* .log.debug */.Rm.debug(`decided events`, events);
  return events;
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_23/* .__name */.K2)(decide, "decide");
(0,_chunk_AMVFOWMQ_mjs__rspack_import_22/* .__name */.K)(decide, "decide");
function evolve(state, events) {
  const newState = events.reduce((previousState, event) => {
    const fn = evolvers[event.$kind];
    if (fn === void 0 || fn === null) {
      return previousState;
    }
    return fn(previousState, event);
  }, state);
  _chunk_YJFJOXZG_mjs__rspack_import_21/* .log.debug */.Rm.debug(`evolve events`, { state, newState, events });
  return newState;
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_23/* .__name */.K2)(evolve, "evolve");
(0,_chunk_AMVFOWMQ_mjs__rspack_import_22/* .__name */.K)(evolve, "evolve");
function dispatch(state, command) {
  const events = decide(state, command);
  const newState = evolve(state, events);
  return newState;
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_23/* .__name */.K2)(dispatch, "dispatch");
(0,_chunk_AMVFOWMQ_mjs__rspack_import_22/* .__name */.K)(dispatch, "dispatch");
var db = {
  getConfig: getConfig3,
  setOptions,
  getOptions,
  clear: clear2,
  setAccTitle: _chunk_W7FHEGFS_mjs__rspack_import_20/* .setAccTitle */.SV,
  getAccTitle: _chunk_W7FHEGFS_mjs__rspack_import_20/* .getAccTitle */.iN,
  getAccDescription: _chunk_W7FHEGFS_mjs__rspack_import_20/* .getAccDescription */.m7,
  setAccDescription: _chunk_W7FHEGFS_mjs__rspack_import_20/* .setAccDescription */.EI,
  setDiagramTitle: _chunk_W7FHEGFS_mjs__rspack_import_20/* .setDiagramTitle */.ke,
  getDiagramTitle: _chunk_W7FHEGFS_mjs__rspack_import_20/* .getDiagramTitle */.ab,
  setAst,
  getDiagramProps,
  getState
};
var parser = {
  parse: /* @__PURE__ */ (0,_chunk_AMVFOWMQ_mjs__rspack_import_22/* .__name */.K)(async (input) => {
    const ast = await (0,_chunk_AVOQS6W5_mjs__rspack_import_1/* .parse */.q)("eventmodeling", input);
    _chunk_YJFJOXZG_mjs__rspack_import_21/* .log.debug */.Rm.debug(ast);
    db.setAst(ast);
    (0,_chunk_VII2H2IX_mjs__rspack_import_0/* .populateCommonDb */.S)(ast, db);
  }, "parse")
};
if (void 0) {
  const { it, expect, describe } = void 0;
  describe("EventModeling Parser", () => {
    it("should parse simple model", () => {
      const result = parser.parse(`eventmodeling
  tf 01 evt Start

    `);
      expect(result !== void 0);
    });
  });
}
var DEFAULT_CONFIG = (0,_chunk_W7FHEGFS_mjs__rspack_import_20/* .getConfig2 */.D7)();
var DEFAULT_EVENTMODELING_CONFIG2 = DEFAULT_CONFIG?.eventmodeling;
function renderD3Box(diagram2, diagramProps2) {
  return (box) => {
    const y = box.swimlane.y + diagramProps2.swimlanePadding;
    const g = diagram2.append("g").attr("class", "em-box");
    g.append("rect").attr("x", box.x).attr("y", y).attr("rx", "3").attr("width", box.dimension.width).attr("height", box.dimension.height).attr("stroke", box.visual.stroke).attr("fill", box.visual.fill);
    const f = g.append("foreignObject").attr("x", box.x + diagramProps2.boxPadding).attr("y", y + 10).attr("width", box.dimension.width - 2 * diagramProps2.boxPadding).attr("height", box.dimension.height - 2 * diagramProps2.boxPadding);
    const text = f.append("xhtml:div").style("display", "table").style("height", "100%").style("width", "100%");
    text.append("span").style("display", "table-cell").style("text-align", "center").style("vertical-align", "middle").html(box.text);
  };
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_23/* .__name */.K2)(renderD3Box, "renderD3Box");
(0,_chunk_AMVFOWMQ_mjs__rspack_import_22/* .__name */.K)(renderD3Box, "renderD3Box");
function dirUpwards(sourceY, targetY) {
  return sourceY > targetY;
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_23/* .__name */.K2)(dirUpwards, "dirUpwards");
(0,_chunk_AMVFOWMQ_mjs__rspack_import_22/* .__name */.K)(dirUpwards, "dirUpwards");
function renderD3Relation(diagram2, diagramProps2, arrowheadId, themeVariables) {
  return (relation) => {
    const sourceBoxY = relation.sourceBox.swimlane.y + diagramProps2.swimlanePadding;
    const targetBoxY = relation.targetBox.swimlane.y + diagramProps2.swimlanePadding;
    const upwards = dirUpwards(sourceBoxY, targetBoxY);
    const sourceX = relation.sourceBox.x + relation.sourceBox.dimension.width * 2 / 3;
    const targetX = relation.targetBox.x + relation.targetBox.dimension.width / 3;
    let sourceY;
    let targetY;
    _chunk_YJFJOXZG_mjs__rspack_import_21/* .log.debug */.Rm.debug(`rendering relation up=${upwards} for `, {
      sourceBox: relation.sourceBox,
      targetBox: relation.targetBox
    });
    if (upwards) {
      sourceY = sourceBoxY;
      targetY = targetBoxY + relation.targetBox.dimension.height;
    } else {
      sourceY = sourceBoxY + relation.sourceBox.dimension.height;
      targetY = targetBoxY;
    }
    const relationStroke = themeVariables.emRelationStroke ?? relation.visual.stroke;
    diagram2.append("path").attr("class", "em-relation").attr("fill", relation.visual.fill).attr("stroke", relationStroke).attr("stroke-width", "1").attr("marker-end", `url(#${arrowheadId})`).attr("d", `M${sourceX} ${sourceY} L${targetX} ${targetY}`);
  };
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_23/* .__name */.K2)(renderD3Relation, "renderD3Relation");
(0,_chunk_AMVFOWMQ_mjs__rspack_import_22/* .__name */.K)(renderD3Relation, "renderD3Relation");
function renderD3Swimlane(diagram2, maxR, diagramProps2, themeVariables) {
  return (swimlane) => {
    const g = diagram2.append("g").attr("class", "em-swimlane");
    const oddBackground = themeVariables.emSwimlaneBackgroundOdd ?? "rgb(250,250,250)";
    const backgroundStroke = themeVariables.emSwimlaneBackgroundStroke ?? "rgb(240,240,240)";
    g.append("rect").attr("x", 0).attr("y", swimlane.y).attr("rx", "3").attr("width", maxR + diagramProps2.swimlanePadding).attr("height", swimlane.height).attr("fill", oddBackground).attr("stroke", backgroundStroke);
    g.append("text").attr("font-weight", diagramProps2.swimlaneTextFontWeight).attr("x", 30).attr("y", swimlane.y + 30).text(swimlane.label);
  };
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_23/* .__name */.K2)(renderD3Swimlane, "renderD3Swimlane");
(0,_chunk_AMVFOWMQ_mjs__rspack_import_22/* .__name */.K)(renderD3Swimlane, "renderD3Swimlane");
var draw = /* @__PURE__ */ (0,_chunk_AMVFOWMQ_mjs__rspack_import_22/* .__name */.K)(function(txt, id, ver, diagObj) {
  _chunk_YJFJOXZG_mjs__rspack_import_21/* .log.debug */.Rm.debug("in eventmodeling renderer", txt + "\n", "id:", id, ver);
  if (!DEFAULT_EVENTMODELING_CONFIG2) {
    throw new Error("EventModeling config not found");
  }
  const db2 = diagObj.db;
  const { themeVariables, eventmodeling: config } = (0,_chunk_W7FHEGFS_mjs__rspack_import_20/* .getConfig2 */.D7)();
  const diagram2 = (0,d3__rspack_import_24/* .select */.Lt)(`[id="${id}"]`);
  const diagramProps2 = db2.getDiagramProps();
  const state = db2.getState();
  const arrowheadId = `em-arrowhead-${id}`;
  const arrowheadColor = themeVariables.emArrowhead ?? "#000000";
  state.sortedSwimlanesArray.forEach(
    renderD3Swimlane(diagram2, state.maxR, diagramProps2, themeVariables)
  );
  state.boxes.forEach(renderD3Box(diagram2, diagramProps2));
  state.relations.forEach(renderD3Relation(diagram2, diagramProps2, arrowheadId, themeVariables));
  const marker = diagram2.append("defs").append("marker").attr("id", arrowheadId).attr("markerWidth", "10").attr("markerHeight", "7").attr("refX", "10").attr("refY", "3.5").attr("orient", "auto");
  marker.append("polygon").attr("points", "0 0, 10 3.5, 0 7").attr("fill", arrowheadColor);
  (0,_chunk_W7FHEGFS_mjs__rspack_import_20/* .setupGraphViewbox2 */.mj)(void 0, diagram2, config?.padding ?? 30, config?.useMaxWidth);
}, "draw");
var renderer_default = {
  draw
};
var getStyles = /* @__PURE__ */ (0,_chunk_AMVFOWMQ_mjs__rspack_import_22/* .__name */.K)((_options) => ``, "getStyles");
var styles_default = getStyles;
var diagram = {
  parser,
  db,
  renderer: renderer_default,
  styles: styles_default
};


__webpack_require__.d(__webpack_exports__, {
}, {
  diagram: diagram
});


},

}]);
"use strict";
(self["rspackChunk"] = self["rspackChunk"] || []).push([[5681], {
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
88427(__unused_rspack_module, __webpack_exports__, __webpack_require__) {
/* import */ var _chunk_VII2H2IX_mjs__rspack_import_0 = __webpack_require__(38165);
/* import */ var _chunk_AVOQS6W5_mjs__rspack_import_1 = __webpack_require__(57468);
/* import */ var _chunk_SMNF56RZ_mjs__rspack_import_2 = __webpack_require__(54943);
/* import */ var _chunk_ESPTBK3J_mjs__rspack_import_3 = __webpack_require__(22272);
/* import */ var _chunk_HYPPI3ZF_mjs__rspack_import_4 = __webpack_require__(62519);
/* import */ var _chunk_L7AX7Q5O_mjs__rspack_import_5 = __webpack_require__(53978);
/* import */ var _chunk_Y6GNCWZP_mjs__rspack_import_6 = __webpack_require__(99020);
/* import */ var _chunk_F2POBAJA_mjs__rspack_import_7 = __webpack_require__(68445);
/* import */ var _chunk_YKIWWWOI_mjs__rspack_import_8 = __webpack_require__(31288);
/* import */ var _chunk_2J33SXOW_mjs__rspack_import_9 = __webpack_require__(71547);
/* import */ var _chunk_QAEMDNMD_mjs__rspack_import_10 = __webpack_require__(58151);
/* import */ var _chunk_DMEBR2WU_mjs__rspack_import_11 = __webpack_require__(75962);
/* import */ var _chunk_QOC2S56Y_mjs__rspack_import_12 = __webpack_require__(25062);
/* import */ var _chunk_DUQKCFHH_mjs__rspack_import_13 = __webpack_require__(22164);
/* import */ var _chunk_3BMV2AHI_mjs__rspack_import_14 = __webpack_require__(59514);
/* import */ var _chunk_F2TNDQHD_mjs__rspack_import_15 = __webpack_require__(43557);
/* import */ var _chunk_FFYXBZFL_mjs__rspack_import_16 = __webpack_require__(23563);
/* import */ var _chunk_KOCW2XDZ_mjs__rspack_import_17 = __webpack_require__(16730);
/* import */ var _chunk_7CNTSYG4_mjs__rspack_import_18 = __webpack_require__(45999);
/* import */ var _chunk_S2UQUSRU_mjs__rspack_import_19 = __webpack_require__(63444);
/* import */ var _chunk_WGJ4HU3W_mjs__rspack_import_20 = __webpack_require__(83453);
/* import */ var _chunk_W7FHEGFS_mjs__rspack_import_21 = __webpack_require__(58031);
/* import */ var _chunk_YJFJOXZG_mjs__rspack_import_22 = __webpack_require__(58607);
/* import */ var _chunk_AMVFOWMQ_mjs__rspack_import_23 = __webpack_require__(364);
/* import */ var _chunk_Q5MVOS3D_mjs__rspack_import_24 = __webpack_require__(3666);


























// ../mermaid/dist/chunks/mermaid.core/diagram-Z3DM3KII.mjs
var DEFAULT_PACKET_CONFIG = _chunk_W7FHEGFS_mjs__rspack_import_21/* .defaultConfig_default.packet */.UI.packet;
var PacketDB = class {
  static {
    (0,_chunk_Q5MVOS3D_mjs__rspack_import_24/* .__name */.K2)(this, "PacketDB");
  }
  constructor() {
    this.packet = [];
    this.setAccTitle = _chunk_W7FHEGFS_mjs__rspack_import_21/* .setAccTitle */.SV;
    this.getAccTitle = _chunk_W7FHEGFS_mjs__rspack_import_21/* .getAccTitle */.iN;
    this.setDiagramTitle = _chunk_W7FHEGFS_mjs__rspack_import_21/* .setDiagramTitle */.ke;
    this.getDiagramTitle = _chunk_W7FHEGFS_mjs__rspack_import_21/* .getDiagramTitle */.ab;
    this.getAccDescription = _chunk_W7FHEGFS_mjs__rspack_import_21/* .getAccDescription */.m7;
    this.setAccDescription = _chunk_W7FHEGFS_mjs__rspack_import_21/* .setAccDescription */.EI;
  }
  static {
    (0,_chunk_AMVFOWMQ_mjs__rspack_import_23/* .__name */.K)(this, "PacketDB");
  }
  getConfig() {
    const config = (0,_chunk_S2UQUSRU_mjs__rspack_import_19/* .cleanAndMerge */.$t)({
      ...DEFAULT_PACKET_CONFIG,
      ...(0,_chunk_W7FHEGFS_mjs__rspack_import_21/* .getConfig */.zj)().packet
    });
    if (config.showBits) {
      config.paddingY += 10;
    }
    return config;
  }
  getPacket() {
    return this.packet;
  }
  pushWord(word) {
    if (word.length > 0) {
      this.packet.push(word);
    }
  }
  clear() {
    (0,_chunk_W7FHEGFS_mjs__rspack_import_21/* .clear */.IU)();
    this.packet = [];
  }
};
var maxPacketSize = 1e4;
var populate = /* @__PURE__ */ (0,_chunk_AMVFOWMQ_mjs__rspack_import_23/* .__name */.K)((ast, db) => {
  (0,_chunk_VII2H2IX_mjs__rspack_import_0/* .populateCommonDb */.S)(ast, db);
  let lastBit = -1;
  let word = [];
  let row = 1;
  const { bitsPerRow } = db.getConfig();
  for (let { start, end, bits, label } of ast.blocks) {
    if (start !== void 0 && end !== void 0 && end < start) {
      throw new Error(`Packet block ${start} - ${end} is invalid. End must be greater than start.`);
    }
    start ??= lastBit + 1;
    if (start !== lastBit + 1) {
      throw new Error(
        `Packet block ${start} - ${end ?? start} is not contiguous. It should start from ${lastBit + 1}.`
      );
    }
    if (bits === 0) {
      throw new Error(`Packet block ${start} is invalid. Cannot have a zero bit field.`);
    }
    end ??= start + (bits ?? 1) - 1;
    bits ??= end - start + 1;
    lastBit = end;
    _chunk_YJFJOXZG_mjs__rspack_import_22/* .log.debug */.Rm.debug(`Packet block ${start} - ${lastBit} with label ${label}`);
    while (word.length <= bitsPerRow + 1 && db.getPacket().length < maxPacketSize) {
      const [block, nextBlock] = getNextFittingBlock({ start, end, bits, label }, row, bitsPerRow);
      word.push(block);
      if (block.end + 1 === row * bitsPerRow) {
        db.pushWord(word);
        word = [];
        row++;
      }
      if (!nextBlock) {
        break;
      }
      ({ start, end, bits, label } = nextBlock);
    }
  }
  db.pushWord(word);
}, "populate");
var getNextFittingBlock = /* @__PURE__ */ (0,_chunk_AMVFOWMQ_mjs__rspack_import_23/* .__name */.K)((block, row, bitsPerRow) => {
  if (block.start === void 0) {
    throw new Error("start should have been set during first phase");
  }
  if (block.end === void 0) {
    throw new Error("end should have been set during first phase");
  }
  if (block.start > block.end) {
    throw new Error(`Block start ${block.start} is greater than block end ${block.end}.`);
  }
  if (block.end + 1 <= row * bitsPerRow) {
    return [block, void 0];
  }
  const rowEnd = row * bitsPerRow - 1;
  const rowStart = row * bitsPerRow;
  return [
    {
      start: block.start,
      end: rowEnd,
      label: block.label,
      bits: rowEnd - block.start
    },
    {
      start: rowStart,
      end: block.end,
      label: block.label,
      bits: block.end - rowStart
    }
  ];
}, "getNextFittingBlock");
var parser = {
  // @ts-expect-error - PacketDB is not assignable to DiagramDB
  parser: { yy: void 0 },
  parse: /* @__PURE__ */ (0,_chunk_AMVFOWMQ_mjs__rspack_import_23/* .__name */.K)(async (input) => {
    const ast = await (0,_chunk_AVOQS6W5_mjs__rspack_import_1/* .parse */.q)("packet", input);
    const db = parser.parser?.yy;
    if (!(db instanceof PacketDB)) {
      throw new Error(
        "parser.parser?.yy was not a PacketDB. This is due to a bug within Mermaid, please report this issue at https://github.com/mermaid-js/mermaid/issues."
      );
    }
    _chunk_YJFJOXZG_mjs__rspack_import_22/* .log.debug */.Rm.debug(ast);
    populate(ast, db);
  }, "parse")
};
var draw = /* @__PURE__ */ (0,_chunk_AMVFOWMQ_mjs__rspack_import_23/* .__name */.K)((_text, id, _version, diagram2) => {
  const db = diagram2.db;
  const config = db.getConfig();
  const { rowHeight, paddingY, bitWidth, bitsPerRow } = config;
  const words = db.getPacket();
  const title = db.getDiagramTitle();
  const totalRowHeight = rowHeight + paddingY;
  const svgHeight = totalRowHeight * (words.length + 1) - (title ? 0 : rowHeight);
  const svgWidth = bitWidth * bitsPerRow + 2;
  const svg = (0,_chunk_ESPTBK3J_mjs__rspack_import_3/* .selectSvgElement */.D)(id);
  svg.attr("viewBox", `0 0 ${svgWidth} ${svgHeight}`);
  (0,_chunk_W7FHEGFS_mjs__rspack_import_21/* .configureSvgSize */.a$)(svg, svgHeight, svgWidth, config.useMaxWidth);
  for (const [word, packet] of words.entries()) {
    drawWord(svg, packet, word, config);
  }
  svg.append("text").text(title).attr("x", svgWidth / 2).attr("y", svgHeight - totalRowHeight / 2).attr("dominant-baseline", "middle").attr("text-anchor", "middle").attr("class", "packetTitle");
}, "draw");
var drawWord = /* @__PURE__ */ (0,_chunk_AMVFOWMQ_mjs__rspack_import_23/* .__name */.K)((svg, word, rowNumber, { rowHeight, paddingX, paddingY, bitWidth, bitsPerRow, showBits }) => {
  const group = svg.append("g");
  const wordY = rowNumber * (rowHeight + paddingY) + paddingY;
  for (const block of word) {
    const blockX = block.start % bitsPerRow * bitWidth + 1;
    const width = (block.end - block.start + 1) * bitWidth - paddingX;
    group.append("rect").attr("x", blockX).attr("y", wordY).attr("width", width).attr("height", rowHeight).attr("class", "packetBlock");
    group.append("text").attr("x", blockX + width / 2).attr("y", wordY + rowHeight / 2).attr("class", "packetLabel").attr("dominant-baseline", "middle").attr("text-anchor", "middle").text(block.label);
    if (!showBits) {
      continue;
    }
    const isSingleBlock = block.end === block.start;
    const bitNumberY = wordY - 2;
    group.append("text").attr("x", blockX + (isSingleBlock ? width / 2 : 0)).attr("y", bitNumberY).attr("class", "packetByte start").attr("dominant-baseline", "auto").attr("text-anchor", isSingleBlock ? "middle" : "start").text(block.start);
    if (!isSingleBlock) {
      group.append("text").attr("x", blockX + width).attr("y", bitNumberY).attr("class", "packetByte end").attr("dominant-baseline", "auto").attr("text-anchor", "end").text(block.end);
    }
  }
}, "drawWord");
var renderer = { draw };
var defaultPacketStyleOptions = {
  byteFontSize: "10px",
  startByteColor: "black",
  endByteColor: "black",
  labelColor: "black",
  labelFontSize: "12px",
  titleColor: "black",
  titleFontSize: "14px",
  blockStrokeColor: "black",
  blockStrokeWidth: "1",
  blockFillColor: "#efefef"
};
var styles = /* @__PURE__ */ (0,_chunk_AMVFOWMQ_mjs__rspack_import_23/* .__name */.K)(({ packet } = {}) => {
  const options = (0,_chunk_S2UQUSRU_mjs__rspack_import_19/* .cleanAndMerge */.$t)(defaultPacketStyleOptions, packet);
  return `
	.packetByte {
		font-size: ${options.byteFontSize};
	}
	.packetByte.start {
		fill: ${options.startByteColor};
	}
	.packetByte.end {
		fill: ${options.endByteColor};
	}
	.packetLabel {
		fill: ${options.labelColor};
		font-size: ${options.labelFontSize};
	}
	.packetTitle {
		fill: ${options.titleColor};
		font-size: ${options.titleFontSize};
	}
	.packetBlock {
		stroke: ${options.blockStrokeColor};
		stroke-width: ${options.blockStrokeWidth};
		fill: ${options.blockFillColor};
	}
	`;
}, "styles");
var diagram = {
  parser,
  get db() {
    return new PacketDB();
  },
  renderer,
  styles
};


__webpack_require__.d(__webpack_exports__, {
}, {
  diagram: diagram
});


},

}]);
(() => {
var __webpack_modules__ = ({
35237(__unused_rspack_module, __unused_rspack_exports, __webpack_require__) {
// The entry of the test front end. Everything shared with prebuilt extensions (JupyterLab, Lumino, ...)
// must be loaded through module federation's share scope, which is only ready after an asynchronous
// step: this dynamic import is that boundary.
Promise.all(/* import() */ [__webpack_require__.e(3716), __webpack_require__.e(2481), __webpack_require__.e(2601), __webpack_require__.e(5626), __webpack_require__.e(715), __webpack_require__.e(5955), __webpack_require__.e(4354)]).then(__webpack_require__.bind(__webpack_require__, 76679));


},

});
// The module cache
var __webpack_module_cache__ = {};

// The require function
function __webpack_require__(moduleId) {

// Check if module is in cache
var cachedModule = __webpack_module_cache__[moduleId];
if (cachedModule !== undefined) {
return cachedModule.exports;
}
// Create a new module (and put it into the cache)
var module = (__webpack_module_cache__[moduleId] = {
id: moduleId,
exports: {}
});
// Execute the module function
__webpack_modules__[moduleId].call(module.exports, module, module.exports, __webpack_require__);

// Return the exports of the module
return module.exports;

}

// expose the modules object (__webpack_modules__)
__webpack_require__.m = __webpack_modules__;

// expose the module cache
__webpack_require__.c = __webpack_module_cache__;

// webpack/runtime/compat_get_default_export
(() => {
// getDefaultExport function for compatibility with non-ESM modules
__webpack_require__.n = (module) => {
	var getter = module && module.__esModule ?
		() => (module['default']) :
		() => (module);
	__webpack_require__.d(getter, { a: getter });
	return getter;
};

})();
// webpack/runtime/create_fake_namespace_object
(() => {
var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
var leafPrototypes;
// create a fake namespace object
// mode & 1: value is a module id, require it
// mode & 2: merge all properties of value into the ns
// mode & 4: return value when already ns object
// mode & 16: return value when it's Promise-like
// mode & 8|1: behave like require
__webpack_require__.t = function(value, mode) {
	if(mode & 1) value = this(value);
	if(mode & 8) return value;
	if(typeof value === 'object' && value) {
		if((mode & 4) && value.__esModule) return value;
		if((mode & 16) && typeof value.then === 'function') return value;
	}
	var ns = Object.create(null);
  __webpack_require__.r(ns);
	var def = {};
	leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
	for(var current = mode & 2 && value; (typeof current == 'object' || typeof current == 'function') && !~leafPrototypes.indexOf(current); current = getProto(current)) {
		Object.getOwnPropertyNames(current).forEach((key) => { def[key] = () => (value[key]) });
	}
	def['default'] = () => (value);
	__webpack_require__.d(ns, def);
	return ns;
};
})();
// webpack/runtime/define_property_getters
(() => {
__webpack_require__.d = (exports, getters, values) => {
	var define = (defs, kind) => {
		for(var key in defs) {
			if(__webpack_require__.o(defs, key) && !__webpack_require__.o(exports, key)) {
				Object.defineProperty(exports, key, { enumerable: true, [kind]: defs[key] });
			}
		}
	};
	define(getters, "get");
	define(values, "value");
};
})();
// webpack/runtime/ensure_chunk
(() => {
__webpack_require__.f = {};
// This file contains only the entry chunk.
// The chunk loading function for additional chunks
__webpack_require__.e = (chunkId) => {
	return Promise.all(
		Object.keys(__webpack_require__.f).reduce((promises, key) => {
			__webpack_require__.f[key](chunkId, promises);
			return promises;
		}, [])
	);
};
})();
// webpack/runtime/esm_module_decorator
(() => {
__webpack_require__.hmd = (module) => {
  module = Object.create(module);
  if (!module.children) module.children = [];
  Object.defineProperty(module, 'exports', {
      enumerable: true,
      set: () => {
          throw new Error('ES Modules may not assign module.exports or exports.*, Use ESM export syntax, instead: ' + module.id);
      }
  });
  return module;
};
})();
// webpack/runtime/get javascript chunk filename
(() => {
// This function allow to reference chunks
__webpack_require__.u = (chunkId) => {
  // return url for filenames not based on template
  
  // return url for filenames based on template
  return chunkId + "." + {1009: "5a27871aeda429f3",1022: "edfc29b0911c3ceb",1045: "db6acf42204907af",1070: "657106de3d899c31",1113: "713aa7ecfa015de9",1157: "03e2c6e6c3df4726",1284: "e0a39e8a4d991725",1293: "bbdb18fc08f3c13b",1314: "3dfaf994ca2b439f",1320: "57beed066cc3077b",133: "0b46ae6fa73a6eab",1338: "8000740dae4e3b6e",1360: "77a65db426ae9629",1407: "775d6fe6450193c1",1416: "841dd2224c551a87",1425: "f58ace8bfcd08e17",1429: "7cf0e0f927f7d666",1441: "9d688545a3ed5da7",1482: "a1cf31aab2a56f23",1500: "119088ebf3489e02",1521: "6adeacd349edf3d4",1524: "2ab99ad1342afea9",164: "78ddae8d4a256d0d",1686: "f8d798c98f66ce46",1729: "99921e7a1f59a6bf",1755: "2ccba683c4f9cad2",1785: "2031e5789b9a4dcd",1820: "26a8ae17fd2a944e",1849: "6c7bd02dd5762fa0",1872: "84e1ae943f69b67d",1889: "490df31966ff5b2a",1939: "eab3d9a9c58c0910",1944: "f304b739714974c2",1956: "8d315a366f16dfb0",1958: "b4f93fefc3f3d722",1965: "8e73a42a38f157e6",1999: "0ca869bfcab2c0aa",2008: "a2073e3bdd096cda",2048: "9e0be406de92ba94",2057: "d3cd7051a35f98ec",2090: "32111bfb7e57e8c4",2111: "bdbd6fdeb5c47c41",2173: "129d1478fde2a93d",2226: "1359697fe6b35c97",2228: "ecbdfeec29dd4a23",2244: "357468fb90d6b830",2257: "20b5c5b24aab3eaf",2260: "338d2452a2937888",2283: "6b1213bccd6cd3f4",2384: "2d662773fe8164e9",2412: "0b0ec4e00b3cdeac",2472: "1268bdcf59bc725c",2487: "094053ad2fdc84e7",2592: "22621a8620b7da70",2597: "19b2ea55e398fab2",2641: "6199c53234579031",2654: "3cb4621b3dbf6f5f",2687: "6fe244eb8ac214e8",2717: "c594b76020da4b16",2743: "6e26bd96c4280e01",2763: "ad77ca60a1927dcb",2770: "f84f7057451083a1",2813: "5ec90d94b573f716",283: "61bf36224fa0cb44",2846: "7cc76acecff29a99",2850: "238a592f79bbc5c0",2859: "85bcefd11564162c",2875: "1523404896e8279b",2884: "ca85f890b00eae88",2923: "e60a521c72c395fa",2932: "5b0deb1b3bfe0bb3",2971: "490af5740561b0dd",2984: "6229f07eebb9ebc2",2989: "f0adb22757cae8dc",3031: "30a2cb183fc1ffe8",3052: "c260781b963a5950",3076: "a2df00135ad39e2c",309: "75832c4c977a95ae",313: "3f664c2a35d49f0a",3139: "892046304c9e3f3b",3150: "61c90e4c9b638afd",3159: "952a6410a434eed1",3163: "48dc567660af267e",322: "95046fb7de06bf19",3293: "02e6e5f16aa4c884",3367: "ac59f76dee708408",3370: "af8da16d3fe8d74b",3403: "4bbdb1229ae32c59",3435: "7b7178ac1b187785",3449: "95b2c5b04e5a946f",3457: "c3f8c8fafe40a84a",3469: "6cef8d6e4b585bef",348: "395e7d00e826ef66",3480: "128eb8a597042d66",3522: "092a9292dfe705ee",3545: "351f3c82d3c640f2",355: "73671d1369e1936f",3616: "74930635b74447b4",3626: "972d8786125d0285",3716: "334c6407522881d4",372: "839e7a0bc6b84cd7",3747: "0613c859327f179a",3764: "acc89fe4b0ec63d8",3849: "5de5f18994c14487",3863: "de4149cdfe30a373",3865: "3c24823ad420c848",3893: "91c07138282bf4be",3934: "74ac319e699556cf",394: "34318bf4eb414741",3944: "d8e359ab142ec549",3954: "574f465e171497ff",4009: "ff531ec42008b9e4",4022: "9726cc51d58f5f45",4103: "928f1fe65f38ac10",4127: "1bad4f8e4614f212",4134: "fe08d648ed5742e2",4153: "f1532dd0fa9526d2",4178: "ab53e807e5427bbb",4191: "be396b40ae5484e8",423: "385436d9dbccf0b4",4239: "bd53aaea02d64238",4287: "2521f4de2bd6c902",4289: "ccfc8a9ebd9d9992",4339: "003cef96046b652f",4346: "fb4db541e3cf6abd",4351: "4cbf6852cd64a921",4354: "8eecd48ea5539592",4432: "17d9208764cd34de",4469: "2976966bcf5713b0",4480: "a56f77f2ea9eb790",4492: "2bb236c76e24b5ba",4558: "f34110a2519b8dce",4560: "ca57e02df9d1f83e",46: "7929d14c46a4d8d8",462: "a63d93a16651abc4",4690: "5fca061c9c32014e",4695: "e653c089066534a4",470: "027cf1cdf018db69",4729: "1c2deba6a62b2a66",4739: "6908f61027183ec4",4743: "037fe42829195a8c",4775: "d4789245e1aecdb5",4804: "2520bfa751ccd16c",4870: "94b17ff93a55bacf",4886: "bdbf86922b5f04d2",4920: "5f8b33fbb4b860c9",4943: "95c7f49bc4b2385d",4954: "92235d614dcce736",4980: "4bc5c33ffac21835",4995: "a05e069a86366861",5013: "afb17a8b27914ce1",5019: "a2bc92321b221cd4",5020: "442055ceb0478e3d",5022: "9e499e9341e365cc",5087: "f2ee4ac829e78996",5106: "5a332ece116a3e89",511: "b4cf996a5c777d37",5111: "9bde66485ca25620",5119: "e35cb957602afc11",5124: "7c777e854f228419",5194: "ba458bcbcf434498",5198: "71557c3781bbedb9",5206: "d772fec4f0c9169c",5233: "351a9d12d8fecf25",5270: "3acbd7c379ee1e81",5276: "3b95c516386e95d2",529: "e5609a303e141f7e",5299: "3aefc64ea991c966",5304: "e08b87b797939346",5312: "8184bcf1567ff9b5",5315: "ca569ac8f364778a",5316: "0acd9e7b958b8800",5319: "559f2fa34fadfe63",5332: "c4f414ab56d790af",5408: "7fea467202af917b",5415: "ce88e6e9dc6bb843",542: "71a1d44d4d61a3ec",5452: "1b54f1777d65288d",5458: "3b89314d46390132",554: "cae2b33484ca3185",5540: "9866a648718762e1",5544: "b3a6a5355a2ba73b",5556: "fee651567e01c667",5557: "11a3039cb5d3a91b",5591: "3de23aa19d5b28b7",5602: "238b425b24641b5f",5636: "3a86f48521f09cf8",5673: "2365395d916dfe8c",5681: "13b831af79c4a52b",5684: "5d9706b5a2aa58ef",5718: "8b2baab56c193091",5732: "e46cc3fb9e3e55b0",5757: "c7986f6359fe054b",5819: "6802fd944437c212",5826: "6156630b8a5d72c1",5838: "a60f3c30f0d223bb",5864: "684de7340f7e67bf",5874: "780b9fc548c353ba",588: "293742b8a4777af5",5889: "7b40819717a1f24c",5895: "36d9e8048e2a29bb",5926: "92704793680b6dd5",5939: "85021a2fbe21b44c",5941: "496ef0895e66824f",596: "2c9aca78e3d01081",5967: "1ceba0d90ef227d0",599: "6edc763481b2a035",5995: "cdd708598bcf8ce3",601: "b0d7ffc84d9992db",6014: "5627c3019e6a0e5f",608: "f2e90b752a9e647a",6103: "70b52da616fc31c4",6110: "8715ab11857cb207",6146: "d48825c87857c85a",615: "8ee8e88115ea6374",6162: "9782251fc27fadbd",6195: "45759d16139b45ff",6246: "182c15c5ba4533b9",6258: "948a4c62b5a39c4e",6281: "0a418d440d292adb",6292: "0da10af5db604b1d",6352: "8901ed6dd71fc58c",6357: "64be3af48bc972fa",639: "c563d121f486d88f",64: "0dac1bf296b84366",6413: "754decbff32361d4",6430: "de90f1339aaf180c",6451: "9c63f79975d2ee34",6471: "620066ba50f47460",6480: "a995165491e776ee",6484: "e99d12611273adbf",6498: "82cfcfbc4fe0e759",6502: "6b22cbfe6d078b1f",655: "0d8c7a981424bf26",6560: "08c1880aa28b5cc3",6592: "b0c530f26581cb8c",66: "169c8f10b2fa3552",6620: "92e393d4cffd0040",663: "2c604d7feb6002da",6652: "700d55d59702756d",6657: "a64ffc836cd958ef",6662: "a71c880d807d0e82",6673: "f9d7ef3831a05e7c",6702: "7ebcadd2672bc27a",6722: "c3deb08aefa491a5",6735: "96d2534355cb3f17",6769: "f158a8c5a29e8531",6782: "f6d8c40f26af2b90",6833: "d7776047725f1f38",6890: "418a04495f0eb61e",6896: "ee2af8b4f7f2785b",6915: "3fb189e4f43315cd",6931: "3f896133ab6a09a4",6955: "62215812dffc1bcc",698: "5b96258712cd10a2",7035: "fc602490cc2611c9",7064: "52fb0e3c6cbd3d5f",7100: "cb28f612c4a7e9b9",7110: "16bf7648e3b5e980",7136: "95716041fdee26d9",7163: "7d808bc119aa1913",7167: "99939f4a3683bee1",718: "0c843d424d59b605",7213: "fb525b42a8227cf3",7248: "ad1b49f55f1593c9",7252: "8ee4c891ffa0b8e1",727: "be8bd9bb84ce1b80",7285: "87dc905a82820cf8",7349: "f81af4fa3032fbb4",7355: "6f063fa2387db974",7364: "a22a4d301295ddc5",7381: "a6c1e0eb9961d3d5",7386: "f386a382aadb412f",7412: "57aa8410b6fcc159",7451: "66807c01481cda16",7468: "16e18c6653c59278",7498: "1e66ced4273bcf34",7543: "6feb44bf4432f9e1",7597: "aa827de12ff839cc",7648: "8bb995048f134926",7685: "4e792c68921e557e",769: "1db0a81a873c35cc",7711: "9c69f6f707723889",7741: "7ad82983e1f955ed",7760: "9b87a70dc5afa426",7804: "2d4843d66a739306",7824: "07565d1de63af05e",7923: "ca42739c16c27c4b",7927: "203d6ed6741ecdd2",7934: "65bc71c359dd98f9",7958: "ffd3aafea77d6e8e",7974: "4ff1fd51e0a76c58",7994: "b517251fd870de99",8045: "99a707a65e230e86",8048: "69ac521703f80bb5",8067: "debe8b309714d0b9",8072: "3ae85b2dd1386c26",810: "51df9ae30d5c3860",8103: "10e628e615a06133",8163: "7926e56a5563d43a",8165: "34e407fdcd2711db",8206: "6fd6df1a2541a069",822: "0d0a9a51013a7075",824: "0aa5317f5a05602e",8259: "a25f6b4fc3b64f2f",8305: "1919e16ddd35966e",833: "6a3597cd581df374",8330: "4a2025dbd9811a18",840: "dd50ddb1e9af60a0",8423: "1954fb520ededbca",8428: "398a2b5ee1a6296f",8439: "2b4d89310731a3f8",8455: "644603e258d71d10",8477: "7f08e131832fed02",8504: "45855d635664d81f",8510: "d0c7f47291e667c4",8534: "53e4401a55f0cfef",8545: "9f3b10f30f4ff19c",8637: "2eb4037ab28507e7",8651: "7a0d2c1aaf925d46",8689: "1ff5dab6a22e13a6",8703: "191ca6c609effc33",8801: "feb6b9acc0deed9d",8852: "d392dbd4e574c5b2",8888: "b7cf40e405f84bb6",8896: "bbfe72f16ed092f5",890: "813284e850ec212b",8910: "2bbef385f13f0d8c",8956: "c06d64387acbb33b",8959: "f13716613f243e97",8989: "962db6ea0a671d73",9003: "576db6570981b936",9004: "19c9e011f1da8ba2",9048: "d3ddb5817e39009d",9049: "f3080ba43feaf097",9116: "53f13828afe8fb00",9143: "1cb9294c00ed8f2e",9147: "4490e04eaf9ee546",9150: "aa01c96f5e3f4d36",9165: "54c86654f248fe54",9166: "b796623cf9f0bcee",9179: "9cb6675968f867ae",9182: "09b341f5b438df24",9185: "e8a922b03416ffea",92: "b3a8f04dd789d60e",9221: "70b85741f0767537",9230: "0ea011c383eb6812",925: "ebfa8f9adfafe3ca",9287: "c6297b65ee4045b4",932: "ee28e6f89b2f5712",9337: "6a6ae1808dceeaa4",9349: "efb8ef53a779fe98",935: "ef523cdfb905393c",9358: "c41c39a0d0938e3b",9438: "1e8e0fd5e1d37688",9492: "0b0ba706b33431f9",9509: "3854f2953089ded0",9538: "8ab77e830b401789",9604: "2989a075edaf9410",9617: "4a24a4143080501e",9651: "2f9a49104d6478ac",9668: "cd324badd4874e30",9691: "45b2dfd8d8d0a712",9788: "057b805b3b66793b",9807: "1d87c5b53af856f5",9833: "4a08674cef6bfa11",9844: "2123ed7e86359f45",9850: "bdb9c6e0170c996b",9851: "f92a608b3fcb8ead",9862: "12b1fa1e82bc5902",9874: "2c2e5d4d0f82caae",9895: "e2a20fa0802f37c2",9947: "fc6ccdf0e18e138d",9962: "0aa68bc87d3e604f",9971: "8cacca712640ceab",}[chunkId] + ".js"
}
})();
// webpack/runtime/global
(() => {
__webpack_require__.g = (() => {
	if (typeof globalThis === 'object') return globalThis;
	try {
		return this || new Function('return this')();
	} catch (e) {
		if (typeof window === 'object') return window;
	}
})();
})();
// webpack/runtime/has_own_property
(() => {
__webpack_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
})();
// webpack/runtime/load_script
(() => {
var inProgress = {};


// loadScript function to load a script via script tag
__webpack_require__.l = function (url, done, key, chunkId) {
	if (inProgress[url]) {
		inProgress[url].push(done);
		return;
	}
	var script, needAttach;
	if (key !== undefined) {
		var scripts = document.getElementsByTagName("script");
		for (var i = 0; i < scripts.length; i++) {
			var s = scripts[i];
			if (s.getAttribute("src") == url) {
				script = s;
				break;
			}
		}
	}
	if (!script) {
		needAttach = true;
		script = document.createElement('script');

script.timeout = 120;
if (__webpack_require__.nc) {
  script.setAttribute("nonce", __webpack_require__.nc);
}



script.src = url;



	}
	inProgress[url] = [done];
	var onScriptComplete = function (prev, event) {
		script.onerror = script.onload = null;
		clearTimeout(timeout);
		var doneFns = inProgress[url];
		delete inProgress[url];
		script.parentNode && script.parentNode.removeChild(script);
		doneFns &&
			doneFns.forEach(function (fn) {
				return fn(event);
			});
		if (prev) return prev(event);
	};
	var timeout = setTimeout(
		onScriptComplete.bind(null, undefined, {
			type: 'timeout',
			target: script
		}),
		120000
	);
	script.onerror = onScriptComplete.bind(null, script.onerror);
	script.onload = onScriptComplete.bind(null, script.onload);
	needAttach && document.head.appendChild(script);
};

})();
// webpack/runtime/make_namespace_object
(() => {
// define __esModule on exports
__webpack_require__.r = (exports) => {
	if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
		Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
	}
	Object.defineProperty(exports, '__esModule', { value: true });
};
})();
// webpack/runtime/node_module_decorator
(() => {
__webpack_require__.nmd = (module) => {
  module.paths = [];
  if (!module.children) module.children = [];
  return module;
};
})();
// webpack/runtime/nonce
(() => {
__webpack_require__.nc = undefined;
})();
// webpack/runtime/sharing
(() => {

__webpack_require__.S = {};
__webpack_require__.initializeSharingData = { scopeToSharingDataMapping: { "default": [{ name: "@jupyter/react-components", version: "0.17.1", factory: () => (Promise.all([__webpack_require__.e(6896), __webpack_require__.e(7776), __webpack_require__.e(4017)]).then(() => (() => (__webpack_require__(33459))))), eager: 0, treeShakingMode: null }, { name: "@jupyter/web-components", version: "0.17.1", factory: () => (Promise.all([__webpack_require__.e(4995), __webpack_require__.e(3449), __webpack_require__.e(1012), __webpack_require__.e(6019)]).then(() => (() => (__webpack_require__(38656))))), eager: 0, treeShakingMode: null }, { name: "@jupyter/ydoc", version: "4.2.0", factory: () => (Promise.all([__webpack_require__.e(7498), __webpack_require__.e(7252), __webpack_require__.e(2481), __webpack_require__.e(5691), __webpack_require__.e(187)]).then(() => (() => (__webpack_require__(55167))))), eager: 0, treeShakingMode: null }, { name: "@jupyterlab/application-extension", version: "4.6.4", factory: () => (Promise.all([__webpack_require__.e(9165), __webpack_require__.e(2481), __webpack_require__.e(8207), __webpack_require__.e(5784), __webpack_require__.e(5547), __webpack_require__.e(5283), __webpack_require__.e(2729), __webpack_require__.e(7776), __webpack_require__.e(953), __webpack_require__.e(2601), __webpack_require__.e(5975), __webpack_require__.e(5551), __webpack_require__.e(715), __webpack_require__.e(6291)]).then(() => (() => (__webpack_require__(62892))))), eager: 0, treeShakingMode: null }, { name: "@jupyterlab/application", version: "4.6.6", factory: () => (Promise.all([__webpack_require__.e(935), __webpack_require__.e(2481), __webpack_require__.e(5691), __webpack_require__.e(8207), __webpack_require__.e(5784), __webpack_require__.e(5547), __webpack_require__.e(5283), __webpack_require__.e(2729), __webpack_require__.e(953), __webpack_require__.e(2601), __webpack_require__.e(1343), __webpack_require__.e(6631), __webpack_require__.e(5457), __webpack_require__.e(5626), __webpack_require__.e(8341), __webpack_require__.e(6047), __webpack_require__.e(2122)]).then(() => (() => (__webpack_require__(74506))))), eager: 0, treeShakingMode: null }, { name: "@jupyterlab/apputils-extension", version: "4.6.4", factory: () => (Promise.all([__webpack_require__.e(7927), __webpack_require__.e(2481), __webpack_require__.e(8207), __webpack_require__.e(5784), __webpack_require__.e(5547), __webpack_require__.e(5283), __webpack_require__.e(2729), __webpack_require__.e(7776), __webpack_require__.e(953), __webpack_require__.e(2601), __webpack_require__.e(5975), __webpack_require__.e(4971), __webpack_require__.e(6631), __webpack_require__.e(5301), __webpack_require__.e(5626), __webpack_require__.e(9605), __webpack_require__.e(5551), __webpack_require__.e(6047), __webpack_require__.e(715), __webpack_require__.e(5365), __webpack_require__.e(5470), __webpack_require__.e(5409)]).then(() => (() => (__webpack_require__(51674))))), eager: 0, treeShakingMode: null }, { name: "@jupyterlab/apputils", version: "4.7.6", factory: () => (Promise.all([__webpack_require__.e(1755), __webpack_require__.e(2481), __webpack_require__.e(5691), __webpack_require__.e(8207), __webpack_require__.e(5547), __webpack_require__.e(5283), __webpack_require__.e(2729), __webpack_require__.e(7776), __webpack_require__.e(953), __webpack_require__.e(2601), __webpack_require__.e(5975), __webpack_require__.e(4971), __webpack_require__.e(5457), __webpack_require__.e(5301), __webpack_require__.e(5626), __webpack_require__.e(5551), __webpack_require__.e(242), __webpack_require__.e(8481), __webpack_require__.e(4870)]).then(() => (() => (__webpack_require__(10246))))), eager: 0, treeShakingMode: null }, { name: "@jupyterlab/attachments", version: "4.6.6", factory: () => (Promise.all([__webpack_require__.e(5691), __webpack_require__.e(1343), __webpack_require__.e(242), __webpack_require__.e(3150)]).then(() => (() => (__webpack_require__(60509))))), eager: 0, treeShakingMode: null }, { name: "@jupyterlab/cell-toolbar", version: "4.6.4", factory: () => (Promise.all([__webpack_require__.e(5691), __webpack_require__.e(8207), __webpack_require__.e(5784), __webpack_require__.e(5547), __webpack_require__.e(2729), __webpack_require__.e(242), __webpack_require__.e(7110)]).then(() => (() => (__webpack_require__(12677))))), eager: 0, treeShakingMode: null }, { name: "@jupyterlab/cells", version: "4.6.6", factory: () => (Promise.all([__webpack_require__.e(6110), __webpack_require__.e(7974), __webpack_require__.e(2481), __webpack_require__.e(5691), __webpack_require__.e(8207), __webpack_require__.e(5784), __webpack_require__.e(5547), __webpack_require__.e(5283), __webpack_require__.e(2729), __webpack_require__.e(7776), __webpack_require__.e(2601), __webpack_require__.e(1343), __webpack_require__.e(6631), __webpack_require__.e(5457), __webpack_require__.e(5301), __webpack_require__.e(6651), __webpack_require__.e(8481), __webpack_require__.e(5231), __webpack_require__.e(8333), __webpack_require__.e(2569), __webpack_require__.e(2685), __webpack_require__.e(8779), __webpack_require__.e(7283)]).then(() => (() => (__webpack_require__(14165))))), eager: 0, treeShakingMode: null }, { name: "@jupyterlab/codeeditor", version: "4.6.6", factory: () => (Promise.all([__webpack_require__.e(309), __webpack_require__.e(2481), __webpack_require__.e(5691), __webpack_require__.e(8207), __webpack_require__.e(5784), __webpack_require__.e(5547), __webpack_require__.e(5283), __webpack_require__.e(7776), __webpack_require__.e(4971), __webpack_require__.e(242), __webpack_require__.e(8333)]).then(() => (() => (__webpack_require__(21540))))), eager: 0, treeShakingMode: null }, { name: "@jupyterlab/codemirror-extension", version: "4.6.4", factory: () => (Promise.all([__webpack_require__.e(6110), __webpack_require__.e(932), __webpack_require__.e(5889), __webpack_require__.e(1729), __webpack_require__.e(6662), __webpack_require__.e(8045), __webpack_require__.e(8910), __webpack_require__.e(5233), __webpack_require__.e(1360), __webpack_require__.e(2481), __webpack_require__.e(8207), __webpack_require__.e(5784), __webpack_require__.e(5547), __webpack_require__.e(7776), __webpack_require__.e(5975), __webpack_require__.e(4971), __webpack_require__.e(6651), __webpack_require__.e(715), __webpack_require__.e(5231), __webpack_require__.e(3101)]).then(() => (() => (__webpack_require__(50867))))), eager: 0, treeShakingMode: null }, { name: "@jupyterlab/codemirror", version: "4.6.6", factory: () => (Promise.all([__webpack_require__.e(6110), __webpack_require__.e(5889), __webpack_require__.e(8910), __webpack_require__.e(1416), __webpack_require__.e(462), __webpack_require__.e(4009), __webpack_require__.e(2481), __webpack_require__.e(5691), __webpack_require__.e(8207), __webpack_require__.e(2601), __webpack_require__.e(6651), __webpack_require__.e(2569), __webpack_require__.e(187)]).then(() => (() => (__webpack_require__(63248))))), eager: 0, treeShakingMode: null }, { name: "@jupyterlab/completer-extension", version: "4.6.4", factory: () => (Promise.all([__webpack_require__.e(4289), __webpack_require__.e(8207), __webpack_require__.e(5547), __webpack_require__.e(7776), __webpack_require__.e(5975), __webpack_require__.e(6651), __webpack_require__.e(9605), __webpack_require__.e(3788)]).then(() => (() => (__webpack_require__(69736))))), eager: 0, treeShakingMode: null }, { name: "@jupyterlab/completer", version: "4.6.6", factory: () => (Promise.all([__webpack_require__.e(6110), __webpack_require__.e(5889), __webpack_require__.e(1956), __webpack_require__.e(2481), __webpack_require__.e(5691), __webpack_require__.e(8207), __webpack_require__.e(5784), __webpack_require__.e(5547), __webpack_require__.e(5283), __webpack_require__.e(2729), __webpack_require__.e(2601), __webpack_require__.e(1343), __webpack_require__.e(5457), __webpack_require__.e(5301), __webpack_require__.e(6651), __webpack_require__.e(5231)]).then(() => (() => (__webpack_require__(75743))))), eager: 0, treeShakingMode: null }, { name: "@jupyterlab/console-extension", version: "4.6.4", factory: () => (Promise.all([__webpack_require__.e(2173), __webpack_require__.e(2481), __webpack_require__.e(8207), __webpack_require__.e(5784), __webpack_require__.e(5547), __webpack_require__.e(5283), __webpack_require__.e(2729), __webpack_require__.e(953), __webpack_require__.e(5975), __webpack_require__.e(1343), __webpack_require__.e(6651), __webpack_require__.e(8341), __webpack_require__.e(715), __webpack_require__.e(5365), __webpack_require__.e(1771), __webpack_require__.e(2991), __webpack_require__.e(3788), __webpack_require__.e(4889)]).then(() => (() => (__webpack_require__(15212))))), eager: 0, treeShakingMode: null }, { name: "@jupyterlab/console", version: "4.6.4", factory: () => (Promise.all([__webpack_require__.e(3403), __webpack_require__.e(2481), __webpack_require__.e(5691), __webpack_require__.e(8207), __webpack_require__.e(5784), __webpack_require__.e(5547), __webpack_require__.e(5283), __webpack_require__.e(2601), __webpack_require__.e(1343), __webpack_require__.e(242), __webpack_require__.e(3436), __webpack_require__.e(8333), __webpack_require__.e(5627)]).then(() => (() => (__webpack_require__(94230))))), eager: 0, treeShakingMode: null }, { name: "@jupyterlab/coreutils", version: "6.6.6", factory: () => (Promise.all([__webpack_require__.e(7167), __webpack_require__.e(2481), __webpack_require__.e(5691)]).then(() => (() => (__webpack_require__(31474))))), eager: 0, treeShakingMode: null }, { name: "@jupyterlab/docmanager-extension", version: "4.6.4", factory: () => (Promise.all([__webpack_require__.e(313), __webpack_require__.e(2481), __webpack_require__.e(5691), __webpack_require__.e(8207), __webpack_require__.e(5784), __webpack_require__.e(5547), __webpack_require__.e(5283), __webpack_require__.e(2729), __webpack_require__.e(7776), __webpack_require__.e(2601), __webpack_require__.e(5975), __webpack_require__.e(1343), __webpack_require__.e(4971), __webpack_require__.e(5551), __webpack_require__.e(715), __webpack_require__.e(4717)]).then(() => (() => (__webpack_require__(11744))))), eager: 0, treeShakingMode: null }, { name: "@jupyterlab/docmanager", version: "4.6.6", factory: () => (Promise.all([__webpack_require__.e(2923), __webpack_require__.e(2481), __webpack_require__.e(5691), __webpack_require__.e(8207), __webpack_require__.e(5784), __webpack_require__.e(5547), __webpack_require__.e(5283), __webpack_require__.e(2729), __webpack_require__.e(7776), __webpack_require__.e(953), __webpack_require__.e(2601), __webpack_require__.e(4971), __webpack_require__.e(6631), __webpack_require__.e(5457), __webpack_require__.e(8341), __webpack_require__.e(6047)]).then(() => (() => (__webpack_require__(24870))))), eager: 0, treeShakingMode: null }, { name: "@jupyterlab/docregistry", version: "4.6.6", factory: () => (Promise.all([__webpack_require__.e(3944), __webpack_require__.e(2481), __webpack_require__.e(5691), __webpack_require__.e(8207), __webpack_require__.e(5784), __webpack_require__.e(5547), __webpack_require__.e(5283), __webpack_require__.e(2729), __webpack_require__.e(7776), __webpack_require__.e(953), __webpack_require__.e(2601), __webpack_require__.e(1343), __webpack_require__.e(5457), __webpack_require__.e(6651)]).then(() => (() => (__webpack_require__(70635))))), eager: 0, treeShakingMode: null }, { name: "@jupyterlab/documentsearch", version: "4.6.6", factory: () => (Promise.all([__webpack_require__.e(3457), __webpack_require__.e(2481), __webpack_require__.e(5691), __webpack_require__.e(8207), __webpack_require__.e(5784), __webpack_require__.e(5547), __webpack_require__.e(5283), __webpack_require__.e(7776), __webpack_require__.e(953), __webpack_require__.e(6631), __webpack_require__.e(9605)]).then(() => (() => (__webpack_require__(96093))))), eager: 0, treeShakingMode: null }, { name: "@jupyterlab/filebrowser-extension", version: "4.6.4", factory: () => (Promise.all([__webpack_require__.e(3293), __webpack_require__.e(8207), __webpack_require__.e(5784), __webpack_require__.e(5547), __webpack_require__.e(2729), __webpack_require__.e(953), __webpack_require__.e(2601), __webpack_require__.e(5975), __webpack_require__.e(4971), __webpack_require__.e(9605), __webpack_require__.e(5551), __webpack_require__.e(6047), __webpack_require__.e(715), __webpack_require__.e(4717), __webpack_require__.e(1771)]).then(() => (() => (__webpack_require__(65692))))), eager: 0, treeShakingMode: null }, { name: "@jupyterlab/filebrowser", version: "4.6.6", factory: () => (Promise.all([__webpack_require__.e(9691), __webpack_require__.e(2481), __webpack_require__.e(5691), __webpack_require__.e(8207), __webpack_require__.e(5784), __webpack_require__.e(5547), __webpack_require__.e(5283), __webpack_require__.e(2729), __webpack_require__.e(7776), __webpack_require__.e(953), __webpack_require__.e(2601), __webpack_require__.e(4971), __webpack_require__.e(6631), __webpack_require__.e(5457), __webpack_require__.e(5301), __webpack_require__.e(5626), __webpack_require__.e(6047), __webpack_require__.e(4717), __webpack_require__.e(8481), __webpack_require__.e(3436)]).then(() => (() => (__webpack_require__(57366))))), eager: 0, treeShakingMode: null }, { name: "@jupyterlab/help-extension", version: "4.6.4", factory: () => (Promise.all([__webpack_require__.e(8207), __webpack_require__.e(5784), __webpack_require__.e(5547), __webpack_require__.e(7776), __webpack_require__.e(2601), __webpack_require__.e(715), __webpack_require__.e(5365), __webpack_require__.e(66)]).then(() => (() => (__webpack_require__(98873))))), eager: 0, treeShakingMode: null }, { name: "@jupyterlab/launcher-extension", version: "4.6.6", factory: () => (Promise.all([__webpack_require__.e(8207), __webpack_require__.e(5784), __webpack_require__.e(5547), __webpack_require__.e(2729), __webpack_require__.e(715), __webpack_require__.e(1771), __webpack_require__.e(2991), __webpack_require__.e(5087)]).then(() => (() => (__webpack_require__(69554))))), eager: 0, treeShakingMode: null }, { name: "@jupyterlab/launcher", version: "4.6.6", factory: () => (Promise.all([__webpack_require__.e(2481), __webpack_require__.e(8207), __webpack_require__.e(5784), __webpack_require__.e(5547), __webpack_require__.e(5283), __webpack_require__.e(2729), __webpack_require__.e(7776), __webpack_require__.e(953), __webpack_require__.e(8341), __webpack_require__.e(3163)]).then(() => (() => (__webpack_require__(72630))))), eager: 0, treeShakingMode: null }, { name: "@jupyterlab/logconsole", version: "4.6.4", factory: () => (Promise.all([__webpack_require__.e(8896), __webpack_require__.e(2481), __webpack_require__.e(5691), __webpack_require__.e(8207), __webpack_require__.e(5283), __webpack_require__.e(1343), __webpack_require__.e(8779)]).then(() => (() => (__webpack_require__(62883))))), eager: 0, treeShakingMode: null }, { name: "@jupyterlab/lsp", version: "4.6.6", factory: () => (Promise.all([__webpack_require__.e(9179), __webpack_require__.e(2481), __webpack_require__.e(5691), __webpack_require__.e(8207), __webpack_require__.e(5784), __webpack_require__.e(2601), __webpack_require__.e(5626), __webpack_require__.e(6047)]).then(() => (() => (__webpack_require__(70006))))), eager: 0, treeShakingMode: null }, { name: "@jupyterlab/mainmenu-extension", version: "4.6.4", factory: () => (Promise.all([__webpack_require__.e(5864), __webpack_require__.e(2481), __webpack_require__.e(8207), __webpack_require__.e(5784), __webpack_require__.e(5547), __webpack_require__.e(5283), __webpack_require__.e(2729), __webpack_require__.e(2601), __webpack_require__.e(5975), __webpack_require__.e(5626), __webpack_require__.e(715), __webpack_require__.e(4717), __webpack_require__.e(5365), __webpack_require__.e(1771)]).then(() => (() => (__webpack_require__(9307))))), eager: 0, treeShakingMode: null }, { name: "@jupyterlab/mainmenu", version: "4.6.4", factory: () => (Promise.all([__webpack_require__.e(2481), __webpack_require__.e(5784), __webpack_require__.e(5547), __webpack_require__.e(5283), __webpack_require__.e(2729), __webpack_require__.e(3159)]).then(() => (() => (__webpack_require__(378))))), eager: 0, treeShakingMode: null }, { name: "@jupyterlab/markedparser-extension", version: "4.6.6", factory: () => (Promise.all([__webpack_require__.e(2481), __webpack_require__.e(2601), __webpack_require__.e(1343), __webpack_require__.e(5231), __webpack_require__.e(5219), __webpack_require__.e(4346)]).then(() => (() => (__webpack_require__(88657))))), eager: 0, treeShakingMode: null }, { name: "@jupyterlab/mathjax-extension", version: "4.6.4", factory: () => (Promise.all([__webpack_require__.e(2481), __webpack_require__.e(8207), __webpack_require__.e(1343), __webpack_require__.e(6620)]).then(() => (() => (__webpack_require__(47831))))), eager: 0, treeShakingMode: null }, { name: "@jupyterlab/mermaid", version: "4.6.6", factory: () => (Promise.all([__webpack_require__.e(7364), __webpack_require__.e(2481), __webpack_require__.e(5283), __webpack_require__.e(2601)]).then(() => (() => (__webpack_require__(65279))))), eager: 0, treeShakingMode: null }, { name: "@jupyterlab/metadataform", version: "4.6.4", factory: () => (Promise.all([__webpack_require__.e(932), __webpack_require__.e(1729), __webpack_require__.e(6662), __webpack_require__.e(8045), __webpack_require__.e(5233), __webpack_require__.e(2481), __webpack_require__.e(8207), __webpack_require__.e(5784), __webpack_require__.e(5547), __webpack_require__.e(5283), __webpack_require__.e(7776), __webpack_require__.e(5975), __webpack_require__.e(3101), __webpack_require__.e(4492)]).then(() => (() => (__webpack_require__(40999))))), eager: 0, treeShakingMode: null }, { name: "@jupyterlab/nbformat", version: "4.6.6", factory: () => (Promise.all([__webpack_require__.e(2481), __webpack_require__.e(1070)]).then(() => (() => (__webpack_require__(37741))))), eager: 0, treeShakingMode: null }, { name: "@jupyterlab/notebook-extension", version: "4.6.4", factory: () => (Promise.all([__webpack_require__.e(9166), __webpack_require__.e(2481), __webpack_require__.e(8207), __webpack_require__.e(5784), __webpack_require__.e(5547), __webpack_require__.e(5283), __webpack_require__.e(2729), __webpack_require__.e(7776), __webpack_require__.e(953), __webpack_require__.e(2601), __webpack_require__.e(5975), __webpack_require__.e(1343), __webpack_require__.e(4971), __webpack_require__.e(6631), __webpack_require__.e(5457), __webpack_require__.e(6651), __webpack_require__.e(5626), __webpack_require__.e(5551), __webpack_require__.e(242), __webpack_require__.e(715), __webpack_require__.e(4717), __webpack_require__.e(5365), __webpack_require__.e(5231), __webpack_require__.e(1771), __webpack_require__.e(2569), __webpack_require__.e(2685), __webpack_require__.e(5627), __webpack_require__.e(2991), __webpack_require__.e(3788), __webpack_require__.e(3101), __webpack_require__.e(6383), __webpack_require__.e(6291), __webpack_require__.e(393), __webpack_require__.e(5955)]).then(() => (() => (__webpack_require__(9645))))), eager: 0, treeShakingMode: null }, { name: "@jupyterlab/notebook", version: "4.6.6", factory: () => (Promise.all([__webpack_require__.e(8206), __webpack_require__.e(2481), __webpack_require__.e(5691), __webpack_require__.e(8207), __webpack_require__.e(5784), __webpack_require__.e(5547), __webpack_require__.e(5283), __webpack_require__.e(2729), __webpack_require__.e(7776), __webpack_require__.e(2601), __webpack_require__.e(4971), __webpack_require__.e(6631), __webpack_require__.e(5457), __webpack_require__.e(5301), __webpack_require__.e(6651), __webpack_require__.e(5626), __webpack_require__.e(8341), __webpack_require__.e(242), __webpack_require__.e(6047), __webpack_require__.e(8481), __webpack_require__.e(3436), __webpack_require__.e(8333), __webpack_require__.e(2569), __webpack_require__.e(2685), __webpack_require__.e(5627), __webpack_require__.e(2694), __webpack_require__.e(6383)]).then(() => (() => (__webpack_require__(89405))))), eager: 0, treeShakingMode: null }, { name: "@jupyterlab/observables", version: "5.6.6", factory: () => (Promise.all([__webpack_require__.e(7381), __webpack_require__.e(2481), __webpack_require__.e(5691), __webpack_require__.e(2729), __webpack_require__.e(953), __webpack_require__.e(5457)]).then(() => (() => (__webpack_require__(98740))))), eager: 0, treeShakingMode: null }, { name: "@jupyterlab/outputarea", version: "4.6.6", factory: () => (Promise.all([__webpack_require__.e(92), __webpack_require__.e(2481), __webpack_require__.e(5691), __webpack_require__.e(8207), __webpack_require__.e(5784), __webpack_require__.e(5283), __webpack_require__.e(2729), __webpack_require__.e(1343), __webpack_require__.e(5626), __webpack_require__.e(8341), __webpack_require__.e(242), __webpack_require__.e(2694)]).then(() => (() => (__webpack_require__(13575))))), eager: 0, treeShakingMode: null }, { name: "@jupyterlab/property-inspector", version: "4.6.4", factory: () => (Promise.all([__webpack_require__.e(2481), __webpack_require__.e(5691), __webpack_require__.e(8207), __webpack_require__.e(5547), __webpack_require__.e(5283), __webpack_require__.e(6471)]).then(() => (() => (__webpack_require__(75418))))), eager: 0, treeShakingMode: null }, { name: "@jupyterlab/rendermime-extension", version: "4.6.4", factory: () => (Promise.all([__webpack_require__.e(8207), __webpack_require__.e(5784), __webpack_require__.e(1343), __webpack_require__.e(4717), __webpack_require__.e(727)]).then(() => (() => (__webpack_require__(85834))))), eager: 0, treeShakingMode: null }, { name: "@jupyterlab/rendermime-interfaces", version: "3.14.6", factory: () => (__webpack_require__.e(6258).then(() => (() => (__webpack_require__(56537))))), eager: 0, treeShakingMode: null }, { name: "@jupyterlab/rendermime", version: "4.6.6", factory: () => (Promise.all([__webpack_require__.e(5967), __webpack_require__.e(2481), __webpack_require__.e(5691), __webpack_require__.e(8207), __webpack_require__.e(5784), __webpack_require__.e(5283), __webpack_require__.e(2601), __webpack_require__.e(5626), __webpack_require__.e(242), __webpack_require__.e(2694), __webpack_require__.e(4335)]).then(() => (() => (__webpack_require__(32354))))), eager: 0, treeShakingMode: null }, { name: "@jupyterlab/running-extension", version: "4.6.4", factory: () => (Promise.all([__webpack_require__.e(8801), __webpack_require__.e(5691), __webpack_require__.e(8207), __webpack_require__.e(5784), __webpack_require__.e(5547), __webpack_require__.e(7776), __webpack_require__.e(2601), __webpack_require__.e(6631), __webpack_require__.e(5626), __webpack_require__.e(5551), __webpack_require__.e(6047), __webpack_require__.e(715), __webpack_require__.e(4717), __webpack_require__.e(3789)]).then(() => (() => (__webpack_require__(92440))))), eager: 0, treeShakingMode: null }, { name: "@jupyterlab/running", version: "4.6.4", factory: () => (Promise.all([__webpack_require__.e(7934), __webpack_require__.e(2481), __webpack_require__.e(5691), __webpack_require__.e(8207), __webpack_require__.e(5784), __webpack_require__.e(5547), __webpack_require__.e(5283), __webpack_require__.e(7776), __webpack_require__.e(953), __webpack_require__.e(5301), __webpack_require__.e(1734)]).then(() => (() => (__webpack_require__(98109))))), eager: 0, treeShakingMode: null }, { name: "@jupyterlab/services-extension", version: "4.6.4", factory: () => (Promise.all([__webpack_require__.e(5626), __webpack_require__.e(2743)]).then(() => (() => (__webpack_require__(95146))))), eager: 0, treeShakingMode: null }, { name: "@jupyterlab/services", version: "7.6.6", factory: () => (Promise.all([__webpack_require__.e(5119), __webpack_require__.e(2481), __webpack_require__.e(5691), __webpack_require__.e(953), __webpack_require__.e(2601), __webpack_require__.e(6631), __webpack_require__.e(5551)]).then(() => (() => (__webpack_require__(26658))))), eager: 0, treeShakingMode: null }, { name: "@jupyterlab/settingregistry", version: "4.6.6", factory: () => (Promise.all([__webpack_require__.e(8045), __webpack_require__.e(3545), __webpack_require__.e(2481), __webpack_require__.e(5691), __webpack_require__.e(953), __webpack_require__.e(9605)]).then(() => (() => (__webpack_require__(10528))))), eager: 0, treeShakingMode: null }, { name: "@jupyterlab/shortcuts-extension", version: "5.4.4", factory: () => (Promise.all([__webpack_require__.e(355), __webpack_require__.e(2481), __webpack_require__.e(5691), __webpack_require__.e(8207), __webpack_require__.e(5784), __webpack_require__.e(5547), __webpack_require__.e(5283), __webpack_require__.e(2729), __webpack_require__.e(7776), __webpack_require__.e(953), __webpack_require__.e(5975), __webpack_require__.e(5301), __webpack_require__.e(6651), __webpack_require__.e(9605), __webpack_require__.e(1734), __webpack_require__.e(6245)]).then(() => (() => (__webpack_require__(59214))))), eager: 0, treeShakingMode: null }, { name: "@jupyterlab/statedb", version: "4.6.6", factory: () => (Promise.all([__webpack_require__.e(6014), __webpack_require__.e(2481), __webpack_require__.e(5691), __webpack_require__.e(8341)]).then(() => (() => (__webpack_require__(79773))))), eager: 0, treeShakingMode: null }, { name: "@jupyterlab/statusbar-extension", version: "4.6.4", factory: () => (Promise.all([__webpack_require__.e(8207), __webpack_require__.e(5784), __webpack_require__.e(5975), __webpack_require__.e(4971), __webpack_require__.e(715), __webpack_require__.e(5022)]).then(() => (() => (__webpack_require__(13309))))), eager: 0, treeShakingMode: null }, { name: "@jupyterlab/statusbar", version: "4.6.6", factory: () => (Promise.all([__webpack_require__.e(2481), __webpack_require__.e(5547), __webpack_require__.e(5283), __webpack_require__.e(2729), __webpack_require__.e(7776), __webpack_require__.e(953), __webpack_require__.e(5939)]).then(() => (() => (__webpack_require__(47390))))), eager: 0, treeShakingMode: null }, { name: "@jupyterlab/theme-light-extension", version: "4.6.4", factory: () => (Promise.all([__webpack_require__.e(8207), __webpack_require__.e(5784), __webpack_require__.e(3031)]).then(() => (() => (__webpack_require__(37242))))), eager: 0, treeShakingMode: null }, { name: "@jupyterlab/toc", version: "6.6.6", factory: () => (Promise.all([__webpack_require__.e(8305), __webpack_require__.e(2481), __webpack_require__.e(5691), __webpack_require__.e(5784), __webpack_require__.e(5547), __webpack_require__.e(5283), __webpack_require__.e(7776), __webpack_require__.e(953), __webpack_require__.e(2601), __webpack_require__.e(1343), __webpack_require__.e(1734)]).then(() => (() => (__webpack_require__(74648))))), eager: 0, treeShakingMode: null }, { name: "@jupyterlab/translation-extension", version: "4.6.4", factory: () => (Promise.all([__webpack_require__.e(8207), __webpack_require__.e(5784), __webpack_require__.e(5975), __webpack_require__.e(715), __webpack_require__.e(5365), __webpack_require__.e(5194)]).then(() => (() => (__webpack_require__(95889))))), eager: 0, treeShakingMode: null }, { name: "@jupyterlab/translation", version: "4.6.6", factory: () => (Promise.all([__webpack_require__.e(9147), __webpack_require__.e(2481), __webpack_require__.e(2601), __webpack_require__.e(5626), __webpack_require__.e(5551)]).then(() => (() => (__webpack_require__(32006))))), eager: 0, treeShakingMode: null }, { name: "@jupyterlab/ui-components-extension", version: "4.6.4", factory: () => (Promise.all([__webpack_require__.e(5547), __webpack_require__.e(2884)]).then(() => (() => (__webpack_require__(17839))))), eager: 0, treeShakingMode: null }, { name: "@jupyterlab/ui-components", version: "4.6.6", factory: () => (Promise.all([__webpack_require__.e(932), __webpack_require__.e(1729), __webpack_require__.e(6662), __webpack_require__.e(6146), __webpack_require__.e(2481), __webpack_require__.e(5691), __webpack_require__.e(8207), __webpack_require__.e(5283), __webpack_require__.e(2729), __webpack_require__.e(7776), __webpack_require__.e(953), __webpack_require__.e(2601), __webpack_require__.e(6631), __webpack_require__.e(5457), __webpack_require__.e(8341), __webpack_require__.e(9605), __webpack_require__.e(8481), __webpack_require__.e(1734), __webpack_require__.e(5470), __webpack_require__.e(4017)]).then(() => (() => (__webpack_require__(57145))))), eager: 0, treeShakingMode: null }, { name: "@jupyterlab/workspaces", version: "4.6.4", factory: () => (Promise.all([__webpack_require__.e(2481), __webpack_require__.e(5691), __webpack_require__.e(6631), __webpack_require__.e(2984)]).then(() => (() => (__webpack_require__(79771))))), eager: 0, treeShakingMode: null }, { name: "@lumino/algorithm", version: "2.0.5", factory: () => (__webpack_require__.e(8163).then(() => (() => (__webpack_require__(19070))))), eager: 0, treeShakingMode: null }, { name: "@lumino/application", version: "2.4.11", factory: () => (Promise.all([__webpack_require__.e(2481), __webpack_require__.e(5283), __webpack_require__.e(9605), __webpack_require__.e(1524)]).then(() => (() => (__webpack_require__(54095))))), eager: 0, treeShakingMode: null }, { name: "@lumino/commands", version: "2.3.4", factory: () => (Promise.all([__webpack_require__.e(9492), __webpack_require__.e(2481), __webpack_require__.e(5691), __webpack_require__.e(2729), __webpack_require__.e(953), __webpack_require__.e(5301), __webpack_require__.e(6245)]).then(() => (() => (__webpack_require__(20463))))), eager: 0, treeShakingMode: null }, { name: "@lumino/coreutils", version: "2.2.3", factory: () => (Promise.all([__webpack_require__.e(9862), __webpack_require__.e(2729)]).then(() => (() => (__webpack_require__(64469))))), eager: 0, treeShakingMode: null }, { name: "@lumino/disposable", version: "2.1.6", factory: () => (Promise.all([__webpack_require__.e(5691), __webpack_require__.e(64)]).then(() => (() => (__webpack_require__(76963))))), eager: 0, treeShakingMode: null }, { name: "@lumino/domutils", version: "2.0.5", factory: () => (__webpack_require__.e(4775).then(() => (() => (__webpack_require__(81754))))), eager: 0, treeShakingMode: null }, { name: "@lumino/dragdrop", version: "2.1.9", factory: () => (Promise.all([__webpack_require__.e(7741), __webpack_require__.e(953)]).then(() => (() => (__webpack_require__(86252))))), eager: 0, treeShakingMode: null }, { name: "@lumino/keyboard", version: "2.0.5", factory: () => (__webpack_require__.e(6915).then(() => (() => (__webpack_require__(37006))))), eager: 0, treeShakingMode: null }, { name: "@lumino/messaging", version: "2.0.5", factory: () => (Promise.all([__webpack_require__.e(3849), __webpack_require__.e(2729)]).then(() => (() => (__webpack_require__(49504))))), eager: 0, treeShakingMode: null }, { name: "@lumino/polling", version: "2.1.6", factory: () => (Promise.all([__webpack_require__.e(2481), __webpack_require__.e(5691), __webpack_require__.e(1425)]).then(() => (() => (__webpack_require__(13992))))), eager: 0, treeShakingMode: null }, { name: "@lumino/properties", version: "2.0.5", factory: () => (__webpack_require__.e(5019).then(() => (() => (__webpack_require__(19398))))), eager: 0, treeShakingMode: null }, { name: "@lumino/signaling", version: "2.1.6", factory: () => (Promise.all([__webpack_require__.e(2481), __webpack_require__.e(2729), __webpack_require__.e(4690)]).then(() => (() => (__webpack_require__(26585))))), eager: 0, treeShakingMode: null }, { name: "@lumino/virtualdom", version: "2.0.5", factory: () => (Promise.all([__webpack_require__.e(4287), __webpack_require__.e(2729)]).then(() => (() => (__webpack_require__(48370))))), eager: 0, treeShakingMode: null }, { name: "@lumino/widgets", version: "2.10.0", factory: () => (Promise.all([__webpack_require__.e(4339), __webpack_require__.e(2481), __webpack_require__.e(5691), __webpack_require__.e(2729), __webpack_require__.e(953), __webpack_require__.e(5457), __webpack_require__.e(5301), __webpack_require__.e(8341), __webpack_require__.e(9605), __webpack_require__.e(8481), __webpack_require__.e(3436), __webpack_require__.e(6245)]).then(() => (() => (__webpack_require__(75406))))), eager: 0, treeShakingMode: null }, { name: "@microsoft/fast-element", version: "1.14.0", factory: () => (__webpack_require__.e(7035).then(() => (() => (__webpack_require__(4950))))), eager: 0, treeShakingMode: null }, { name: "@microsoft/fast-foundation", version: "2.50.0", factory: () => (Promise.all([__webpack_require__.e(822), __webpack_require__.e(4995), __webpack_require__.e(1012)]).then(() => (() => (__webpack_require__(80373))))), eager: 0, treeShakingMode: null }, { name: "react-dom", version: "18.3.1", factory: () => (Promise.all([__webpack_require__.e(9116), __webpack_require__.e(7776)]).then(() => (() => (__webpack_require__(35623))))), eager: 0, treeShakingMode: null }, { name: "react", version: "18.3.1", factory: () => (__webpack_require__.e(5819).then(() => (() => (__webpack_require__(86326))))), eager: 0, treeShakingMode: null }, { name: "yjs", version: "13.6.33", factory: () => (Promise.all([__webpack_require__.e(7498), __webpack_require__.e(6890)]).then(() => (() => (__webpack_require__(95249))))), eager: 0, treeShakingMode: null }] }, uniqueName: "" };
var initPromises = {};
var initTokens = {};
__webpack_require__.I = function(name, initScope) {
	if (!initScope) initScope = [];
	// handling circular init calls
	var initToken = initTokens[name];
	if (!initToken) initToken = initTokens[name] = {};
	if (initScope.indexOf(initToken) >= 0) return;
	initScope.push(initToken);
	// only runs once
	if (initPromises[name]) return initPromises[name];
	// creates a new share scope if needed
	if (!__webpack_require__.o(__webpack_require__.S, name))
		__webpack_require__.S[name] = {};
	// runs all init snippets from all modules reachable
	var scope = __webpack_require__.S[name];
	var warn = function (msg) {
		if (typeof console !== "undefined" && console.warn) console.warn(msg);
	};
	var uniqueName = __webpack_require__.initializeSharingData.uniqueName;
	var register = function (name, version, factory, eager) {
		var versions = (scope[name] = scope[name] || {});
		var activeVersion = versions[version];
		if (
			!activeVersion ||
			(!activeVersion.loaded &&
				(!eager != !activeVersion.eager
					? eager
					: uniqueName > activeVersion.from))
		)
			versions[version] = { get: factory, from: uniqueName, eager: !!eager };
	};
	var initExternal = function (id) {
		var handleError = function (err) {
			warn("Initialization of sharing external failed: " + err);
		};
		try {
			var module = __webpack_require__(id);
			if (!module) return;
			var initFn = function (module) {
				return (
					module &&
					module.init &&
					module.init(__webpack_require__.S[name], initScope)
				);
			};
			if (module.then) return promises.push(module.then(initFn, handleError));
			var initResult = initFn(module);
			if (initResult && initResult.then)
				return promises.push(initResult["catch"](handleError));
		} catch (err) {
			handleError(err);
		}
	};
	var promises = [];
	var scopeToSharingDataMapping = __webpack_require__.initializeSharingData.scopeToSharingDataMapping;
	if (scopeToSharingDataMapping[name]) {
		scopeToSharingDataMapping[name].forEach(function (stage) {
			if (typeof stage === "object") register(stage.name, stage.version, stage.factory, stage.eager);
			else initExternal(stage)
		});
	}
	if (!promises.length) return (initPromises[name] = 1);
	return (initPromises[name] = Promise.all(promises).then(function () {
		return (initPromises[name] = 1);
	}));
};


})();
// webpack/runtime/auto_public_path
(() => {
var scriptUrl;

if (__webpack_require__.g.importScripts) scriptUrl = __webpack_require__.g.location + "";
var document = __webpack_require__.g.document;
if (!scriptUrl && document) {
  // Technically we could use `document.currentScript instanceof window.HTMLScriptElement`,
  // but an attacker could try to inject `<script>HTMLScriptElement = HTMLImageElement</script>`
  // and use `<img name="currentScript" src="https://attacker.controlled.server/"></img>`
  if (document.currentScript && document.currentScript.tagName.toUpperCase() === 'SCRIPT') scriptUrl = document.currentScript.src;
  if (!scriptUrl) {
    var scripts = document.getElementsByTagName("script");
    if (scripts.length) {
      var i = scripts.length - 1;
      while (i > -1 && (!scriptUrl || !/^http(s?):/.test(scriptUrl))) scriptUrl = scripts[i--].src;
    }
  }
}

// When supporting browsers where an automatic publicPath is not supported you must specify an output.publicPath manually via configuration",
// or pass an empty string ("") and set the __webpack_public_path__ variable from your code to use your own logic.',
if (!scriptUrl) throw new Error("Automatic publicPath is not supported in this browser");
scriptUrl = scriptUrl.replace(/^blob:/, "").replace(/#.*$/, "").replace(/\?.*$/, "").replace(/\/[^\/]+$/, "/");

__webpack_require__.p = scriptUrl;

})();
// webpack/runtime/consumes_loading
(() => {

__webpack_require__.consumesLoadingData = { chunkMapping: {"1012":["43087"],"1343":["90450"],"1734":["22261"],"1771":["43110"],"187":["51702"],"2122":["54881"],"242":["74825"],"2481":["3352"],"2569":["84416"],"2601":["59728"],"2685":["55740"],"2694":["81840"],"2729":["54176"],"2991":["93618"],"3101":["42908"],"3436":["76887"],"3788":["78066"],"3789":["82748"],"393":["71048","87454","8202"],"4017":["680"],"4335":["42322"],"4354":["34676","43940","85828","25368","7256","15708","70122","45898","63332","83332","63600","81162","71292","84972","5788","5101","49104","88756","53304","55596"],"4717":["67404"],"4889":["38512"],"4971":["54966"],"5219":["81582"],"5231":["87874"],"5283":["48270"],"5301":["76612"],"5365":["97188"],"5409":["22040"],"5457":["18248"],"5470":["12381"],"5547":["38470"],"5551":["73282"],"5626":["61793"],"5627":["57862"],"5691":["19014"],"5784":["94731"],"5955":["37278"],"5975":["43706"],"6019":["45534"],"6047":["39586"],"6245":["21332"],"6291":["50974"],"6383":["24978"],"6631":["74986"],"6651":["70230"],"715":["5446"],"7283":["85614"],"7776":["98355"],"8207":["15186"],"8333":["25132"],"8341":["43748"],"8481":["1240"],"8779":["80390"],"953":["51408"],"9605":["61940"]}, moduleIdToConsumeDataMapping: {"12381": { shareScope: "default", shareKey: "react-dom", import: "react-dom", requiredVersion: "^18.3.1", strictVersion: false, singleton: true, eager: false, fallback: () => (__webpack_require__.e(9116).then(() => (() => (__webpack_require__(35623))))), treeShakingMode: null }, "1240": { shareScope: "default", shareKey: "@lumino/virtualdom", import: "@lumino/virtualdom", requiredVersion: "^2.0.5", strictVersion: false, singleton: true, eager: false, fallback: () => (__webpack_require__.e(4287).then(() => (() => (__webpack_require__(48370))))), treeShakingMode: null }, "15186": { shareScope: "default", shareKey: "@jupyterlab/translation", import: "@jupyterlab/translation", requiredVersion: "^4.6.6", strictVersion: false, singleton: true, eager: false, fallback: () => (Promise.all([__webpack_require__.e(9147), __webpack_require__.e(2481), __webpack_require__.e(2601), __webpack_require__.e(5626), __webpack_require__.e(5551)]).then(() => (() => (__webpack_require__(32006))))), treeShakingMode: null }, "15708": { shareScope: "default", shareKey: "@jupyterlab/filebrowser-extension", import: "@jupyterlab/filebrowser-extension", requiredVersion: "^4.6.4", strictVersion: true, singleton: false, eager: false, fallback: () => (Promise.all([__webpack_require__.e(3293), __webpack_require__.e(8207), __webpack_require__.e(5784), __webpack_require__.e(5547), __webpack_require__.e(2729), __webpack_require__.e(953), __webpack_require__.e(5975), __webpack_require__.e(4971), __webpack_require__.e(9605), __webpack_require__.e(5551), __webpack_require__.e(6047), __webpack_require__.e(4717), __webpack_require__.e(1771)]).then(() => (() => (__webpack_require__(65692))))), treeShakingMode: null }, "18248": { shareScope: "default", shareKey: "@lumino/messaging", import: "@lumino/messaging", requiredVersion: "^2.0.5", strictVersion: false, singleton: true, eager: false, fallback: () => (__webpack_require__.e(3849).then(() => (() => (__webpack_require__(49504))))), treeShakingMode: null }, "19014": { shareScope: "default", shareKey: "@lumino/signaling", import: "@lumino/signaling", requiredVersion: "^2.1.6", strictVersion: false, singleton: true, eager: false, fallback: () => (Promise.all([__webpack_require__.e(2481), __webpack_require__.e(2729), __webpack_require__.e(4690)]).then(() => (() => (__webpack_require__(26585))))), treeShakingMode: null }, "21332": { shareScope: "default", shareKey: "@lumino/keyboard", import: "@lumino/keyboard", requiredVersion: "^2.0.5", strictVersion: false, singleton: true, eager: false, fallback: () => (__webpack_require__.e(6915).then(() => (() => (__webpack_require__(37006))))), treeShakingMode: null }, "22040": { shareScope: "default", shareKey: "@jupyterlab/workspaces", import: "@jupyterlab/workspaces", requiredVersion: "^4.6.4", strictVersion: false, singleton: true, eager: false, fallback: () => (Promise.all([__webpack_require__.e(5691), __webpack_require__.e(6955)]).then(() => (() => (__webpack_require__(79771))))), treeShakingMode: null }, "22261": { shareScope: "default", shareKey: "@jupyter/react-components", import: "@jupyter/react-components", requiredVersion: "^0.17.1", strictVersion: false, singleton: true, eager: false, fallback: () => (Promise.all([__webpack_require__.e(6896), __webpack_require__.e(4017)]).then(() => (() => (__webpack_require__(33459))))), treeShakingMode: null }, "24978": { shareScope: "default", shareKey: "@jupyterlab/lsp", import: "@jupyterlab/lsp", requiredVersion: "^4.6.6", strictVersion: false, singleton: true, eager: false, fallback: () => (Promise.all([__webpack_require__.e(9179), __webpack_require__.e(5691), __webpack_require__.e(6047)]).then(() => (() => (__webpack_require__(70006))))), treeShakingMode: null }, "25132": { shareScope: "default", shareKey: "@jupyter/ydoc", import: "@jupyter/ydoc", requiredVersion: "^4.2.0", strictVersion: false, singleton: true, eager: false, fallback: () => (Promise.all([__webpack_require__.e(7498), __webpack_require__.e(7252), __webpack_require__.e(187)]).then(() => (() => (__webpack_require__(55167))))), treeShakingMode: null }, "25368": { shareScope: "default", shareKey: "@jupyterlab/completer-extension", import: "@jupyterlab/completer-extension", requiredVersion: "^4.6.4", strictVersion: true, singleton: false, eager: false, fallback: () => (Promise.all([__webpack_require__.e(4289), __webpack_require__.e(8207), __webpack_require__.e(5547), __webpack_require__.e(7776), __webpack_require__.e(5975), __webpack_require__.e(6651), __webpack_require__.e(9605), __webpack_require__.e(3788)]).then(() => (() => (__webpack_require__(69736))))), treeShakingMode: null }, "3352": { shareScope: "default", shareKey: "@lumino/coreutils", import: "@lumino/coreutils", requiredVersion: "^2.2.3", strictVersion: false, singleton: true, eager: false, fallback: () => (Promise.all([__webpack_require__.e(9862), __webpack_require__.e(2729)]).then(() => (() => (__webpack_require__(64469))))), treeShakingMode: null }, "34676": { shareScope: "default", shareKey: "@jupyterlab/application-extension", import: "@jupyterlab/application-extension", requiredVersion: "^4.6.4", strictVersion: true, singleton: false, eager: false, fallback: () => (Promise.all([__webpack_require__.e(9165), __webpack_require__.e(8207), __webpack_require__.e(5784), __webpack_require__.e(5547), __webpack_require__.e(5283), __webpack_require__.e(2729), __webpack_require__.e(7776), __webpack_require__.e(953), __webpack_require__.e(5975), __webpack_require__.e(5551), __webpack_require__.e(6291)]).then(() => (() => (__webpack_require__(62892))))), treeShakingMode: null }, "37278": { shareScope: "default", shareKey: "@jupyterlab/docmanager-extension", import: "@jupyterlab/docmanager-extension", requiredVersion: "^4.6.4", strictVersion: true, singleton: false, eager: false, fallback: () => (Promise.all([__webpack_require__.e(313), __webpack_require__.e(5691), __webpack_require__.e(8207), __webpack_require__.e(5784), __webpack_require__.e(5547), __webpack_require__.e(5283), __webpack_require__.e(2729), __webpack_require__.e(7776), __webpack_require__.e(5975), __webpack_require__.e(1343), __webpack_require__.e(4971), __webpack_require__.e(5551), __webpack_require__.e(4717)]).then(() => (() => (__webpack_require__(11744))))), treeShakingMode: null }, "38470": { shareScope: "default", shareKey: "@jupyterlab/ui-components", import: "@jupyterlab/ui-components", requiredVersion: "^4.6.6", strictVersion: false, singleton: true, eager: false, fallback: () => (Promise.all([__webpack_require__.e(932), __webpack_require__.e(1729), __webpack_require__.e(6662), __webpack_require__.e(6146), __webpack_require__.e(2481), __webpack_require__.e(5691), __webpack_require__.e(8207), __webpack_require__.e(5283), __webpack_require__.e(2729), __webpack_require__.e(7776), __webpack_require__.e(953), __webpack_require__.e(2601), __webpack_require__.e(6631), __webpack_require__.e(5457), __webpack_require__.e(8341), __webpack_require__.e(9605), __webpack_require__.e(8481), __webpack_require__.e(1734), __webpack_require__.e(5470), __webpack_require__.e(4017)]).then(() => (() => (__webpack_require__(57145))))), treeShakingMode: null }, "38512": { shareScope: "default", shareKey: "@jupyterlab/console", import: "@jupyterlab/console", requiredVersion: "^4.6.4", strictVersion: false, singleton: true, eager: false, fallback: () => (Promise.all([__webpack_require__.e(3403), __webpack_require__.e(5691), __webpack_require__.e(2601), __webpack_require__.e(242), __webpack_require__.e(3436), __webpack_require__.e(8333), __webpack_require__.e(5627)]).then(() => (() => (__webpack_require__(94230))))), treeShakingMode: null }, "39586": { shareScope: "default", shareKey: "@jupyterlab/docregistry", import: "@jupyterlab/docregistry", requiredVersion: "^4.6.6", strictVersion: true, singleton: false, eager: false, fallback: () => (Promise.all([__webpack_require__.e(3944), __webpack_require__.e(2481), __webpack_require__.e(5691), __webpack_require__.e(5547), __webpack_require__.e(5283), __webpack_require__.e(2729), __webpack_require__.e(7776), __webpack_require__.e(953), __webpack_require__.e(1343), __webpack_require__.e(5457), __webpack_require__.e(6651)]).then(() => (() => (__webpack_require__(70635))))), treeShakingMode: null }, "42322": { shareScope: "default", shareKey: "@jupyterlab/rendermime-interfaces", import: "@jupyterlab/rendermime-interfaces", requiredVersion: "^3.14.6", strictVersion: false, singleton: true, eager: false, fallback: () => (__webpack_require__.e(6258).then(() => (() => (__webpack_require__(56537))))), treeShakingMode: null }, "42908": { shareScope: "default", shareKey: "@jupyterlab/notebook", import: "@jupyterlab/notebook", requiredVersion: "^4.6.6", strictVersion: false, singleton: true, eager: false, fallback: () => (Promise.all([__webpack_require__.e(8206), __webpack_require__.e(5691), __webpack_require__.e(5283), __webpack_require__.e(2729), __webpack_require__.e(2601), __webpack_require__.e(4971), __webpack_require__.e(6631), __webpack_require__.e(5457), __webpack_require__.e(5301), __webpack_require__.e(6651), __webpack_require__.e(5626), __webpack_require__.e(8341), __webpack_require__.e(242), __webpack_require__.e(6047), __webpack_require__.e(8481), __webpack_require__.e(3436), __webpack_require__.e(8333), __webpack_require__.e(2569), __webpack_require__.e(2685), __webpack_require__.e(5627), __webpack_require__.e(2694), __webpack_require__.e(6383)]).then(() => (() => (__webpack_require__(89405))))), treeShakingMode: null }, "43087": { shareScope: "default", shareKey: "@microsoft/fast-element", import: "@microsoft/fast-element", requiredVersion: "^1.14.0", strictVersion: false, singleton: true, eager: false, fallback: () => (__webpack_require__.e(7035).then(() => (() => (__webpack_require__(4950))))), treeShakingMode: null }, "43110": { shareScope: "default", shareKey: "@jupyterlab/filebrowser", import: "@jupyterlab/filebrowser", requiredVersion: "^4.6.6", strictVersion: false, singleton: true, eager: false, fallback: () => (Promise.all([__webpack_require__.e(9691), __webpack_require__.e(2481), __webpack_require__.e(5691), __webpack_require__.e(5283), __webpack_require__.e(7776), __webpack_require__.e(953), __webpack_require__.e(2601), __webpack_require__.e(4971), __webpack_require__.e(6631), __webpack_require__.e(5457), __webpack_require__.e(5301), __webpack_require__.e(5626), __webpack_require__.e(6047), __webpack_require__.e(4717), __webpack_require__.e(8481), __webpack_require__.e(3436)]).then(() => (() => (__webpack_require__(57366))))), treeShakingMode: null }, "43706": { shareScope: "default", shareKey: "@jupyterlab/settingregistry", import: "@jupyterlab/settingregistry", requiredVersion: "^4.6.6", strictVersion: false, singleton: true, eager: false, fallback: () => (Promise.all([__webpack_require__.e(8045), __webpack_require__.e(3545), __webpack_require__.e(2481), __webpack_require__.e(5691), __webpack_require__.e(953), __webpack_require__.e(9605)]).then(() => (() => (__webpack_require__(10528))))), treeShakingMode: null }, "43748": { shareScope: "default", shareKey: "@lumino/properties", import: "@lumino/properties", requiredVersion: "^2.0.5", strictVersion: false, singleton: true, eager: false, fallback: () => (__webpack_require__.e(5019).then(() => (() => (__webpack_require__(19398))))), treeShakingMode: null }, "43940": { shareScope: "default", shareKey: "@jupyterlab/apputils-extension", import: "@jupyterlab/apputils-extension", requiredVersion: "^4.6.4", strictVersion: true, singleton: false, eager: false, fallback: () => (Promise.all([__webpack_require__.e(7927), __webpack_require__.e(8207), __webpack_require__.e(5784), __webpack_require__.e(5547), __webpack_require__.e(5283), __webpack_require__.e(2729), __webpack_require__.e(7776), __webpack_require__.e(953), __webpack_require__.e(5975), __webpack_require__.e(4971), __webpack_require__.e(6631), __webpack_require__.e(5301), __webpack_require__.e(9605), __webpack_require__.e(5551), __webpack_require__.e(6047), __webpack_require__.e(5365), __webpack_require__.e(5470), __webpack_require__.e(5409)]).then(() => (() => (__webpack_require__(51674))))), treeShakingMode: null }, "45534": { shareScope: "default", shareKey: "@microsoft/fast-foundation", import: "@microsoft/fast-foundation", requiredVersion: "^2.50.0", strictVersion: false, singleton: true, eager: false, fallback: () => (__webpack_require__.e(822).then(() => (() => (__webpack_require__(80373))))), treeShakingMode: null }, "45898": { shareScope: "default", shareKey: "@jupyterlab/launcher-extension", import: "@jupyterlab/launcher-extension", requiredVersion: "^4.6.6", strictVersion: true, singleton: false, eager: false, fallback: () => (Promise.all([__webpack_require__.e(8207), __webpack_require__.e(5784), __webpack_require__.e(5547), __webpack_require__.e(2729), __webpack_require__.e(1771), __webpack_require__.e(2991), __webpack_require__.e(7468)]).then(() => (() => (__webpack_require__(69554))))), treeShakingMode: null }, "48270": { shareScope: "default", shareKey: "@lumino/widgets", import: "@lumino/widgets", requiredVersion: "^2.10.0", strictVersion: false, singleton: true, eager: false, fallback: () => (Promise.all([__webpack_require__.e(4339), __webpack_require__.e(5691), __webpack_require__.e(2729), __webpack_require__.e(953), __webpack_require__.e(5457), __webpack_require__.e(5301), __webpack_require__.e(8341), __webpack_require__.e(9605), __webpack_require__.e(8481), __webpack_require__.e(3436), __webpack_require__.e(6245)]).then(() => (() => (__webpack_require__(75406))))), treeShakingMode: null }, "49104": { shareScope: "default", shareKey: "@jupyterlab/statusbar-extension", import: "@jupyterlab/statusbar-extension", requiredVersion: "^4.6.4", strictVersion: true, singleton: false, eager: false, fallback: () => (Promise.all([__webpack_require__.e(8207), __webpack_require__.e(5784), __webpack_require__.e(5975), __webpack_require__.e(4971), __webpack_require__.e(2641)]).then(() => (() => (__webpack_require__(13309))))), treeShakingMode: null }, "50974": { shareScope: "default", shareKey: "@jupyterlab/property-inspector", import: "@jupyterlab/property-inspector", requiredVersion: "^4.6.4", strictVersion: true, singleton: false, eager: false, fallback: () => (Promise.all([__webpack_require__.e(5691), __webpack_require__.e(8852)]).then(() => (() => (__webpack_require__(75418))))), treeShakingMode: null }, "5101": { shareScope: "default", shareKey: "@jupyterlab/shortcuts-extension", import: "@jupyterlab/shortcuts-extension", requiredVersion: "^5.4.4", strictVersion: true, singleton: false, eager: false, fallback: () => (Promise.all([__webpack_require__.e(355), __webpack_require__.e(5691), __webpack_require__.e(8207), __webpack_require__.e(5784), __webpack_require__.e(5547), __webpack_require__.e(5283), __webpack_require__.e(2729), __webpack_require__.e(7776), __webpack_require__.e(953), __webpack_require__.e(5975), __webpack_require__.e(5301), __webpack_require__.e(6651), __webpack_require__.e(9605), __webpack_require__.e(1734), __webpack_require__.e(6245)]).then(() => (() => (__webpack_require__(59214))))), treeShakingMode: null }, "51408": { shareScope: "default", shareKey: "@lumino/disposable", import: "@lumino/disposable", requiredVersion: "^2.1.6", strictVersion: false, singleton: true, eager: false, fallback: () => (Promise.all([__webpack_require__.e(5691), __webpack_require__.e(64)]).then(() => (() => (__webpack_require__(76963))))), treeShakingMode: null }, "51702": { shareScope: "default", shareKey: "yjs", import: "yjs", requiredVersion: "^13.6.33", strictVersion: false, singleton: true, eager: false, fallback: () => (Promise.all([__webpack_require__.e(7498), __webpack_require__.e(6890)]).then(() => (() => (__webpack_require__(95249))))), treeShakingMode: null }, "53304": { shareScope: "default", shareKey: "@jupyterlab/translation-extension", import: "@jupyterlab/translation-extension", requiredVersion: "^4.6.4", strictVersion: true, singleton: false, eager: false, fallback: () => (Promise.all([__webpack_require__.e(8207), __webpack_require__.e(5784), __webpack_require__.e(5975), __webpack_require__.e(5365), __webpack_require__.e(2813)]).then(() => (() => (__webpack_require__(95889))))), treeShakingMode: null }, "54176": { shareScope: "default", shareKey: "@lumino/algorithm", import: "@lumino/algorithm", requiredVersion: "^2.0.5", strictVersion: false, singleton: true, eager: false, fallback: () => (__webpack_require__.e(8163).then(() => (() => (__webpack_require__(19070))))), treeShakingMode: null }, "5446": { shareScope: "default", shareKey: "@jupyterlab/application", import: "@jupyterlab/application", requiredVersion: "^4.6.6", strictVersion: false, singleton: true, eager: false, fallback: () => (Promise.all([__webpack_require__.e(935), __webpack_require__.e(2481), __webpack_require__.e(5691), __webpack_require__.e(8207), __webpack_require__.e(5784), __webpack_require__.e(5547), __webpack_require__.e(5283), __webpack_require__.e(2729), __webpack_require__.e(953), __webpack_require__.e(2601), __webpack_require__.e(1343), __webpack_require__.e(6631), __webpack_require__.e(5457), __webpack_require__.e(5626), __webpack_require__.e(8341), __webpack_require__.e(6047), __webpack_require__.e(2122)]).then(() => (() => (__webpack_require__(74506))))), treeShakingMode: null }, "54881": { shareScope: "default", shareKey: "@lumino/application", import: "@lumino/application", requiredVersion: "^2.4.11", strictVersion: false, singleton: true, eager: false, fallback: () => (Promise.all([__webpack_require__.e(9605), __webpack_require__.e(9143)]).then(() => (() => (__webpack_require__(54095))))), treeShakingMode: null }, "54966": { shareScope: "default", shareKey: "@jupyterlab/statusbar", import: "@jupyterlab/statusbar", requiredVersion: "^4.6.6", strictVersion: false, singleton: true, eager: false, fallback: () => (Promise.all([__webpack_require__.e(2481), __webpack_require__.e(5547), __webpack_require__.e(5283), __webpack_require__.e(2729), __webpack_require__.e(7776), __webpack_require__.e(953), __webpack_require__.e(5939)]).then(() => (() => (__webpack_require__(47390))))), treeShakingMode: null }, "55596": { shareScope: "default", shareKey: "@jupyterlab/ui-components-extension", import: "@jupyterlab/ui-components-extension", requiredVersion: "^4.6.4", strictVersion: true, singleton: false, eager: false, fallback: () => (Promise.all([__webpack_require__.e(5547), __webpack_require__.e(2884)]).then(() => (() => (__webpack_require__(17839))))), treeShakingMode: null }, "55740": { shareScope: "default", shareKey: "@jupyterlab/toc", import: "@jupyterlab/toc", requiredVersion: "^6.6.6", strictVersion: false, singleton: true, eager: false, fallback: () => (Promise.all([__webpack_require__.e(8305), __webpack_require__.e(5691), __webpack_require__.e(953), __webpack_require__.e(1343), __webpack_require__.e(1734)]).then(() => (() => (__webpack_require__(74648))))), treeShakingMode: null }, "57862": { shareScope: "default", shareKey: "@jupyterlab/cells", import: "@jupyterlab/cells", requiredVersion: "^4.6.6", strictVersion: true, singleton: false, eager: false, fallback: () => (Promise.all([__webpack_require__.e(6110), __webpack_require__.e(7974), __webpack_require__.e(5691), __webpack_require__.e(2729), __webpack_require__.e(7776), __webpack_require__.e(1343), __webpack_require__.e(6631), __webpack_require__.e(5457), __webpack_require__.e(5301), __webpack_require__.e(6651), __webpack_require__.e(8481), __webpack_require__.e(5231), __webpack_require__.e(8333), __webpack_require__.e(2569), __webpack_require__.e(2685), __webpack_require__.e(8779), __webpack_require__.e(7283)]).then(() => (() => (__webpack_require__(14165))))), treeShakingMode: null }, "5788": { shareScope: "default", shareKey: "@jupyterlab/services-extension", import: "@jupyterlab/services-extension", requiredVersion: "^4.6.4", strictVersion: true, singleton: false, eager: false, fallback: () => (__webpack_require__.e(5124).then(() => (() => (__webpack_require__(95146))))), treeShakingMode: null }, "59728": { shareScope: "default", shareKey: "@jupyterlab/coreutils", import: "@jupyterlab/coreutils", requiredVersion: "^6.6.6", strictVersion: false, singleton: true, eager: false, fallback: () => (Promise.all([__webpack_require__.e(7167), __webpack_require__.e(2481), __webpack_require__.e(5691)]).then(() => (() => (__webpack_require__(31474))))), treeShakingMode: null }, "61793": { shareScope: "default", shareKey: "@jupyterlab/services", import: "@jupyterlab/services", requiredVersion: "^7.6.6", strictVersion: false, singleton: true, eager: false, fallback: () => (Promise.all([__webpack_require__.e(5119), __webpack_require__.e(2481), __webpack_require__.e(5691), __webpack_require__.e(953), __webpack_require__.e(2601), __webpack_require__.e(6631), __webpack_require__.e(5551)]).then(() => (() => (__webpack_require__(26658))))), treeShakingMode: null }, "61940": { shareScope: "default", shareKey: "@lumino/commands", import: "@lumino/commands", requiredVersion: "^2.3.4", strictVersion: false, singleton: true, eager: false, fallback: () => (Promise.all([__webpack_require__.e(9492), __webpack_require__.e(2481), __webpack_require__.e(5691), __webpack_require__.e(2729), __webpack_require__.e(953), __webpack_require__.e(5301), __webpack_require__.e(6245)]).then(() => (() => (__webpack_require__(20463))))), treeShakingMode: null }, "63332": { shareScope: "default", shareKey: "@jupyterlab/mainmenu-extension", import: "@jupyterlab/mainmenu-extension", requiredVersion: "^4.6.4", strictVersion: true, singleton: false, eager: false, fallback: () => (Promise.all([__webpack_require__.e(5864), __webpack_require__.e(8207), __webpack_require__.e(5784), __webpack_require__.e(5547), __webpack_require__.e(5283), __webpack_require__.e(2729), __webpack_require__.e(5975), __webpack_require__.e(4717), __webpack_require__.e(5365), __webpack_require__.e(1771)]).then(() => (() => (__webpack_require__(9307))))), treeShakingMode: null }, "63600": { shareScope: "default", shareKey: "@jupyterlab/mathjax-extension", import: "@jupyterlab/mathjax-extension", requiredVersion: "^4.6.4", strictVersion: true, singleton: false, eager: false, fallback: () => (Promise.all([__webpack_require__.e(8207), __webpack_require__.e(1343), __webpack_require__.e(4239)]).then(() => (() => (__webpack_require__(47831))))), treeShakingMode: null }, "67404": { shareScope: "default", shareKey: "@jupyterlab/docmanager", import: "@jupyterlab/docmanager", requiredVersion: "^4.6.6", strictVersion: false, singleton: true, eager: false, fallback: () => (Promise.all([__webpack_require__.e(2923), __webpack_require__.e(2481), __webpack_require__.e(5691), __webpack_require__.e(5547), __webpack_require__.e(5283), __webpack_require__.e(2729), __webpack_require__.e(7776), __webpack_require__.e(953), __webpack_require__.e(2601), __webpack_require__.e(4971), __webpack_require__.e(6631), __webpack_require__.e(5457), __webpack_require__.e(8341), __webpack_require__.e(6047)]).then(() => (() => (__webpack_require__(24870))))), treeShakingMode: null }, "680": { shareScope: "default", shareKey: "@jupyter/web-components", import: "@jupyter/web-components", requiredVersion: "^0.17.1", strictVersion: false, singleton: true, eager: false, fallback: () => (Promise.all([__webpack_require__.e(4995), __webpack_require__.e(3449), __webpack_require__.e(1012), __webpack_require__.e(6019)]).then(() => (() => (__webpack_require__(38656))))), treeShakingMode: null }, "70122": { shareScope: "default", shareKey: "@jupyterlab/help-extension", import: "@jupyterlab/help-extension", requiredVersion: "^4.6.4", strictVersion: true, singleton: false, eager: false, fallback: () => (Promise.all([__webpack_require__.e(8207), __webpack_require__.e(5784), __webpack_require__.e(5547), __webpack_require__.e(7776), __webpack_require__.e(5365), __webpack_require__.e(7685)]).then(() => (() => (__webpack_require__(98873))))), treeShakingMode: null }, "70230": { shareScope: "default", shareKey: "@jupyterlab/codeeditor", import: "@jupyterlab/codeeditor", requiredVersion: "^4.6.6", strictVersion: false, singleton: true, eager: false, fallback: () => (Promise.all([__webpack_require__.e(309), __webpack_require__.e(2481), __webpack_require__.e(5691), __webpack_require__.e(5784), __webpack_require__.e(5547), __webpack_require__.e(5283), __webpack_require__.e(7776), __webpack_require__.e(4971), __webpack_require__.e(242), __webpack_require__.e(8333)]).then(() => (() => (__webpack_require__(21540))))), treeShakingMode: null }, "71048": { shareScope: "default", shareKey: "@jupyterlab/cell-toolbar", import: "@jupyterlab/cell-toolbar", requiredVersion: "^4.6.4", strictVersion: false, singleton: true, eager: false, fallback: () => (Promise.all([__webpack_require__.e(5691), __webpack_require__.e(4729)]).then(() => (() => (__webpack_require__(12677))))), treeShakingMode: null }, "71292": { shareScope: "default", shareKey: "@jupyterlab/rendermime-extension", import: "@jupyterlab/rendermime-extension", requiredVersion: "^4.6.4", strictVersion: true, singleton: false, eager: false, fallback: () => (Promise.all([__webpack_require__.e(8207), __webpack_require__.e(5784), __webpack_require__.e(1343), __webpack_require__.e(4717), __webpack_require__.e(727)]).then(() => (() => (__webpack_require__(85834))))), treeShakingMode: null }, "7256": { shareScope: "default", shareKey: "@jupyterlab/console-extension", import: "@jupyterlab/console-extension", requiredVersion: "^4.6.4", strictVersion: true, singleton: false, eager: false, fallback: () => (Promise.all([__webpack_require__.e(2173), __webpack_require__.e(8207), __webpack_require__.e(5784), __webpack_require__.e(5547), __webpack_require__.e(5283), __webpack_require__.e(2729), __webpack_require__.e(953), __webpack_require__.e(5975), __webpack_require__.e(1343), __webpack_require__.e(6651), __webpack_require__.e(8341), __webpack_require__.e(5365), __webpack_require__.e(1771), __webpack_require__.e(2991), __webpack_require__.e(3788), __webpack_require__.e(4889)]).then(() => (() => (__webpack_require__(15212))))), treeShakingMode: null }, "73282": { shareScope: "default", shareKey: "@jupyterlab/statedb", import: "@jupyterlab/statedb", requiredVersion: "^4.6.6", strictVersion: false, singleton: true, eager: false, fallback: () => (Promise.all([__webpack_require__.e(6014), __webpack_require__.e(2481), __webpack_require__.e(5691), __webpack_require__.e(8341)]).then(() => (() => (__webpack_require__(79773))))), treeShakingMode: null }, "74825": { shareScope: "default", shareKey: "@jupyterlab/observables", import: "@jupyterlab/observables", requiredVersion: "^5.6.6", strictVersion: true, singleton: false, eager: false, fallback: () => (Promise.all([__webpack_require__.e(7381), __webpack_require__.e(2481), __webpack_require__.e(5691), __webpack_require__.e(2729), __webpack_require__.e(953), __webpack_require__.e(5457)]).then(() => (() => (__webpack_require__(98740))))), treeShakingMode: null }, "74986": { shareScope: "default", shareKey: "@lumino/polling", import: "@lumino/polling", requiredVersion: "^2.1.6", strictVersion: false, singleton: true, eager: false, fallback: () => (Promise.all([__webpack_require__.e(2481), __webpack_require__.e(5691), __webpack_require__.e(1425)]).then(() => (() => (__webpack_require__(13992))))), treeShakingMode: null }, "76612": { shareScope: "default", shareKey: "@lumino/domutils", import: "@lumino/domutils", requiredVersion: "^2.0.5", strictVersion: false, singleton: true, eager: false, fallback: () => (__webpack_require__.e(4775).then(() => (() => (__webpack_require__(81754))))), treeShakingMode: null }, "76887": { shareScope: "default", shareKey: "@lumino/dragdrop", import: "@lumino/dragdrop", requiredVersion: "^2.1.9", strictVersion: false, singleton: true, eager: false, fallback: () => (Promise.all([__webpack_require__.e(7741), __webpack_require__.e(953)]).then(() => (() => (__webpack_require__(86252))))), treeShakingMode: null }, "78066": { shareScope: "default", shareKey: "@jupyterlab/completer", import: "@jupyterlab/completer", requiredVersion: "^4.6.6", strictVersion: false, singleton: true, eager: false, fallback: () => (Promise.all([__webpack_require__.e(6110), __webpack_require__.e(5889), __webpack_require__.e(1956), __webpack_require__.e(2481), __webpack_require__.e(5691), __webpack_require__.e(5784), __webpack_require__.e(5283), __webpack_require__.e(2729), __webpack_require__.e(2601), __webpack_require__.e(1343), __webpack_require__.e(5457), __webpack_require__.e(5301), __webpack_require__.e(5231)]).then(() => (() => (__webpack_require__(75743))))), treeShakingMode: null }, "80390": { shareScope: "default", shareKey: "@jupyterlab/outputarea", import: "@jupyterlab/outputarea", requiredVersion: "^4.6.6", strictVersion: true, singleton: false, eager: false, fallback: () => (Promise.all([__webpack_require__.e(92), __webpack_require__.e(5784), __webpack_require__.e(2729), __webpack_require__.e(5626), __webpack_require__.e(8341), __webpack_require__.e(242), __webpack_require__.e(2694)]).then(() => (() => (__webpack_require__(13575))))), treeShakingMode: null }, "81162": { shareScope: "default", shareKey: "@jupyterlab/notebook-extension", import: "@jupyterlab/notebook-extension", requiredVersion: "^4.6.4", strictVersion: true, singleton: false, eager: false, fallback: () => (Promise.all([__webpack_require__.e(9166), __webpack_require__.e(8207), __webpack_require__.e(5784), __webpack_require__.e(5547), __webpack_require__.e(5283), __webpack_require__.e(2729), __webpack_require__.e(7776), __webpack_require__.e(953), __webpack_require__.e(5975), __webpack_require__.e(1343), __webpack_require__.e(4971), __webpack_require__.e(6631), __webpack_require__.e(5457), __webpack_require__.e(6651), __webpack_require__.e(5551), __webpack_require__.e(242), __webpack_require__.e(4717), __webpack_require__.e(5365), __webpack_require__.e(5231), __webpack_require__.e(1771), __webpack_require__.e(2569), __webpack_require__.e(2685), __webpack_require__.e(5627), __webpack_require__.e(2991), __webpack_require__.e(3788), __webpack_require__.e(3101), __webpack_require__.e(6383), __webpack_require__.e(6291), __webpack_require__.e(393)]).then(() => (() => (__webpack_require__(9645))))), treeShakingMode: null }, "81582": { shareScope: "default", shareKey: "@jupyterlab/mermaid", import: "@jupyterlab/mermaid", requiredVersion: "^4.6.6", strictVersion: false, singleton: true, eager: false, fallback: () => (Promise.all([__webpack_require__.e(7364), __webpack_require__.e(5283)]).then(() => (() => (__webpack_require__(65279))))), treeShakingMode: null }, "81840": { shareScope: "default", shareKey: "@jupyterlab/nbformat", import: "@jupyterlab/nbformat", requiredVersion: "^4.6.6", strictVersion: true, singleton: false, eager: false, fallback: () => (__webpack_require__.e(8689).then(() => (() => (__webpack_require__(37741))))), treeShakingMode: null }, "8202": { shareScope: "default", shareKey: "@jupyterlab/metadataform", import: "@jupyterlab/metadataform", requiredVersion: "^4.6.4", strictVersion: false, singleton: true, eager: false, fallback: () => (Promise.all([__webpack_require__.e(932), __webpack_require__.e(1729), __webpack_require__.e(6662), __webpack_require__.e(8045), __webpack_require__.e(5233), __webpack_require__.e(2111)]).then(() => (() => (__webpack_require__(40999))))), treeShakingMode: null }, "82748": { shareScope: "default", shareKey: "@jupyterlab/running", import: "@jupyterlab/running", requiredVersion: "^4.6.4", strictVersion: true, singleton: false, eager: false, fallback: () => (Promise.all([__webpack_require__.e(7934), __webpack_require__.e(2481), __webpack_require__.e(5283), __webpack_require__.e(953), __webpack_require__.e(5301), __webpack_require__.e(1734)]).then(() => (() => (__webpack_require__(98109))))), treeShakingMode: null }, "83332": { shareScope: "default", shareKey: "@jupyterlab/markedparser-extension", import: "@jupyterlab/markedparser-extension", requiredVersion: "^4.6.6", strictVersion: true, singleton: false, eager: false, fallback: () => (Promise.all([__webpack_require__.e(1343), __webpack_require__.e(5231), __webpack_require__.e(5219), __webpack_require__.e(1965)]).then(() => (() => (__webpack_require__(88657))))), treeShakingMode: null }, "84416": { shareScope: "default", shareKey: "@jupyterlab/documentsearch", import: "@jupyterlab/documentsearch", requiredVersion: "^4.6.6", strictVersion: false, singleton: true, eager: false, fallback: () => (Promise.all([__webpack_require__.e(3457), __webpack_require__.e(5691), __webpack_require__.e(5784), __webpack_require__.e(5547), __webpack_require__.e(5283), __webpack_require__.e(7776), __webpack_require__.e(953), __webpack_require__.e(6631), __webpack_require__.e(9605)]).then(() => (() => (__webpack_require__(96093))))), treeShakingMode: null }, "84972": { shareScope: "default", shareKey: "@jupyterlab/running-extension", import: "@jupyterlab/running-extension", requiredVersion: "^4.6.4", strictVersion: true, singleton: false, eager: false, fallback: () => (Promise.all([__webpack_require__.e(8801), __webpack_require__.e(5691), __webpack_require__.e(8207), __webpack_require__.e(5784), __webpack_require__.e(5547), __webpack_require__.e(7776), __webpack_require__.e(6631), __webpack_require__.e(5551), __webpack_require__.e(6047), __webpack_require__.e(4717), __webpack_require__.e(3789)]).then(() => (() => (__webpack_require__(92440))))), treeShakingMode: null }, "85614": { shareScope: "default", shareKey: "@jupyterlab/attachments", import: "@jupyterlab/attachments", requiredVersion: "^4.6.6", strictVersion: true, singleton: false, eager: false, fallback: () => (Promise.all([__webpack_require__.e(242), __webpack_require__.e(769)]).then(() => (() => (__webpack_require__(60509))))), treeShakingMode: null }, "85828": { shareScope: "default", shareKey: "@jupyterlab/codemirror-extension", import: "@jupyterlab/codemirror-extension", requiredVersion: "^4.6.4", strictVersion: true, singleton: false, eager: false, fallback: () => (Promise.all([__webpack_require__.e(6110), __webpack_require__.e(932), __webpack_require__.e(5889), __webpack_require__.e(1729), __webpack_require__.e(6662), __webpack_require__.e(8045), __webpack_require__.e(8910), __webpack_require__.e(5233), __webpack_require__.e(1360), __webpack_require__.e(8207), __webpack_require__.e(5784), __webpack_require__.e(5547), __webpack_require__.e(7776), __webpack_require__.e(5975), __webpack_require__.e(4971), __webpack_require__.e(6651), __webpack_require__.e(5231), __webpack_require__.e(3101)]).then(() => (() => (__webpack_require__(50867))))), treeShakingMode: null }, "87454": { shareScope: "default", shareKey: "@jupyterlab/logconsole", import: "@jupyterlab/logconsole", requiredVersion: "^4.6.4", strictVersion: false, singleton: true, eager: false, fallback: () => (Promise.all([__webpack_require__.e(8896), __webpack_require__.e(5691), __webpack_require__.e(8779)]).then(() => (() => (__webpack_require__(62883))))), treeShakingMode: null }, "87874": { shareScope: "default", shareKey: "@jupyterlab/codemirror", import: "@jupyterlab/codemirror", requiredVersion: "^4.6.6", strictVersion: false, singleton: true, eager: false, fallback: () => (Promise.all([__webpack_require__.e(6110), __webpack_require__.e(5889), __webpack_require__.e(8910), __webpack_require__.e(1416), __webpack_require__.e(462), __webpack_require__.e(4009), __webpack_require__.e(5691), __webpack_require__.e(8207), __webpack_require__.e(2601), __webpack_require__.e(6651), __webpack_require__.e(2569), __webpack_require__.e(187)]).then(() => (() => (__webpack_require__(63248))))), treeShakingMode: null }, "88756": { shareScope: "default", shareKey: "@jupyterlab/theme-light-extension", import: "@jupyterlab/theme-light-extension", requiredVersion: "^4.6.4", strictVersion: true, singleton: false, eager: false, fallback: () => (Promise.all([__webpack_require__.e(8207), __webpack_require__.e(5784), __webpack_require__.e(3031)]).then(() => (() => (__webpack_require__(37242))))), treeShakingMode: null }, "90450": { shareScope: "default", shareKey: "@jupyterlab/rendermime", import: "@jupyterlab/rendermime", requiredVersion: "^4.6.6", strictVersion: false, singleton: true, eager: false, fallback: () => (Promise.all([__webpack_require__.e(5967), __webpack_require__.e(2481), __webpack_require__.e(5691), __webpack_require__.e(8207), __webpack_require__.e(5784), __webpack_require__.e(5283), __webpack_require__.e(2601), __webpack_require__.e(5626), __webpack_require__.e(242), __webpack_require__.e(2694), __webpack_require__.e(4335)]).then(() => (() => (__webpack_require__(32354))))), treeShakingMode: null }, "93618": { shareScope: "default", shareKey: "@jupyterlab/launcher", import: "@jupyterlab/launcher", requiredVersion: "^4.6.6", strictVersion: false, singleton: true, eager: false, fallback: () => (Promise.all([__webpack_require__.e(2481), __webpack_require__.e(5283), __webpack_require__.e(7776), __webpack_require__.e(953), __webpack_require__.e(8341), __webpack_require__.e(5544)]).then(() => (() => (__webpack_require__(72630))))), treeShakingMode: null }, "94731": { shareScope: "default", shareKey: "@jupyterlab/apputils", import: "@jupyterlab/apputils", requiredVersion: "^4.7.6", strictVersion: false, singleton: true, eager: false, fallback: () => (Promise.all([__webpack_require__.e(1755), __webpack_require__.e(2481), __webpack_require__.e(5691), __webpack_require__.e(8207), __webpack_require__.e(5547), __webpack_require__.e(5283), __webpack_require__.e(2729), __webpack_require__.e(7776), __webpack_require__.e(953), __webpack_require__.e(2601), __webpack_require__.e(5975), __webpack_require__.e(4971), __webpack_require__.e(5457), __webpack_require__.e(5301), __webpack_require__.e(5626), __webpack_require__.e(5551), __webpack_require__.e(242), __webpack_require__.e(8481), __webpack_require__.e(4870)]).then(() => (() => (__webpack_require__(10246))))), treeShakingMode: null }, "97188": { shareScope: "default", shareKey: "@jupyterlab/mainmenu", import: "@jupyterlab/mainmenu", requiredVersion: "^4.6.4", strictVersion: false, singleton: true, eager: false, fallback: () => (Promise.all([__webpack_require__.e(2481), __webpack_require__.e(5547), __webpack_require__.e(5283), __webpack_require__.e(2729), __webpack_require__.e(5540)]).then(() => (() => (__webpack_require__(378))))), treeShakingMode: null }, "98355": { shareScope: "default", shareKey: "react", import: "react", requiredVersion: "^18.3.1", strictVersion: false, singleton: true, eager: false, fallback: () => (__webpack_require__.e(5819).then(() => (() => (__webpack_require__(86326))))), treeShakingMode: null }}, initialConsumes: [] };
var splitAndConvert = function(str) {
  return str.split(".").map(function(item) {
    return +item == item ? +item : item;
  });
};
var parseRange = function(str) {
  // see https://docs.npmjs.com/misc/semver#range-grammar for grammar
  var parsePartial = function(str) {
    var match = /^([^-+]+)?(?:-([^+]+))?(?:\+(.+))?$/.exec(str);
    var ver = match[1] ? [0].concat(splitAndConvert(match[1])) : [0];
    if (match[2]) {
      ver.length++;
      ver.push.apply(ver, splitAndConvert(match[2]));
    }

    // remove trailing any matchers
    let last = ver[ver.length - 1];
    while (
      ver.length &&
      (last === undefined || /^[*xX]$/.test(/** @type {string} */ (last)))
    ) {
      ver.pop();
      last = ver[ver.length - 1];
    }

    return ver;
  };
  var toFixed = function(range) {
    if (range.length === 1) {
      // Special case for "*" is "x.x.x" instead of "="
      return [0];
    } else if (range.length === 2) {
      // Special case for "1" is "1.x.x" instead of "=1"
      return [1].concat(range.slice(1));
    } else if (range.length === 3) {
      // Special case for "1.2" is "1.2.x" instead of "=1.2"
      return [2].concat(range.slice(1));
    } else {
      return [range.length].concat(range.slice(1));
    }
  };
  var negate = function(range) {
    return [-range[0] - 1].concat(range.slice(1));
  };
  var parseSimple = function(str) {
    // simple       ::= primitive | partial | tilde | caret
    // primitive    ::= ( '<' | '>' | '>=' | '<=' | '=' | '!' ) ( ' ' ) * partial
    // tilde        ::= '~' ( ' ' ) * partial
    // caret        ::= '^' ( ' ' ) * partial
    const match = /^(\^|~|<=|<|>=|>|=|v|!)/.exec(str);
    const start = match ? match[0] : "";
    const remainder = parsePartial(
      start.length ? str.slice(start.length).trim() : str.trim()
    );
    switch (start) {
      case "^":
        if (remainder.length > 1 && remainder[1] === 0) {
          if (remainder.length > 2 && remainder[2] === 0) {
            return [3].concat(remainder.slice(1));
          }
          return [2].concat(remainder.slice(1));
        }
        return [1].concat(remainder.slice(1));
      case "~":
        return [2].concat(remainder.slice(1));
      case ">=":
        return remainder;
      case "=":
      case "v":
      case "":
        return toFixed(remainder);
      case "<":
        return negate(remainder);
      case ">": {
        // and( >=, not( = ) ) => >=, =, not, and
        const fixed = toFixed(remainder);
        return [, fixed, 0, remainder, 2];
      }
      case "<=":
        // or( <, = ) => <, =, or
        return [, toFixed(remainder), negate(remainder), 1];
      case "!": {
        // not =
        const fixed = toFixed(remainder);
        return [, fixed, 0];
      }
      default:
        throw new Error("Unexpected start value");
    }
  };
  var combine = function(items, fn) {
    if (items.length === 1) return items[0];
    const arr = [];
    for (const item of items.slice().reverse()) {
      if (0 in item) {
        arr.push(item);
      } else {
        arr.push.apply(arr, item.slice(1));
      }
    }
    return [,].concat(arr, items.slice(1).map(() => fn));
  };
  var parseRange = function(str) {
    // range      ::= hyphen | simple ( ' ' ( ' ' ) * simple ) * | ''
    // hyphen     ::= partial ( ' ' ) * ' - ' ( ' ' ) * partial
    const items = str.split(/\s+-\s+/);
    if (items.length === 1) {
			str = str.trim();
			const items = [];
			const r = /[-0-9A-Za-z]\s+/g;
			var start = 0;
			var match;
			while ((match = r.exec(str))) {
				const end = match.index + 1;
				items.push(parseSimple(str.slice(start, end).trim()));
				start = end;
			}
			items.push(parseSimple(str.slice(start).trim()));
      return combine(items, 2);
    }
    const a = parsePartial(items[0]);
    const b = parsePartial(items[1]);
    // >=a <=b => and( >=a, or( <b, =b ) ) => >=a, <b, =b, or, and
    return [, toFixed(b), negate(b), 1, a, 2];
  };
  var parseLogicalOr = function(str) {
    // range-set  ::= range ( logical-or range ) *
    // logical-or ::= ( ' ' ) * '||' ( ' ' ) *
    const items = str.split(/\s*\|\|\s*/).map(parseRange);
    return combine(items, 1);
  };
  return parseLogicalOr(str);
};
var parseVersion = function(str) {
	var match = /^([^-+]+)?(?:-([^+]+))?(?:\+(.+))?$/.exec(str);
	/** @type {(string|number|undefined|[])[]} */
	var ver = match[1] ? splitAndConvert(match[1]) : [];
	if (match[2]) {
		ver.length++;
		ver.push.apply(ver, splitAndConvert(match[2]));
	}
	if (match[3]) {
		ver.push([]);
		ver.push.apply(ver, splitAndConvert(match[3]));
	}
	return ver;
}
var versionLt = function(a, b) {
	a = parseVersion(a);
	b = parseVersion(b);
	var i = 0;
	for (;;) {
		// a       b  EOA     object  undefined  number  string
		// EOA        a == b  a < b   b < a      a < b   a < b
		// object     b < a   (0)     b < a      a < b   a < b
		// undefined  a < b   a < b   (0)        a < b   a < b
		// number     b < a   b < a   b < a      (1)     a < b
		// string     b < a   b < a   b < a      b < a   (1)
		// EOA end of array
		// (0) continue on
		// (1) compare them via "<"

		// Handles first row in table
		if (i >= a.length) return i < b.length && (typeof b[i])[0] != "u";

		var aValue = a[i];
		var aType = (typeof aValue)[0];

		// Handles first column in table
		if (i >= b.length) return aType == "u";

		var bValue = b[i];
		var bType = (typeof bValue)[0];

		if (aType == bType) {
			if (aType != "o" && aType != "u" && aValue != bValue) {
				return aValue < bValue;
			}
			i++;
		} else {
			// Handles remaining cases
			if (aType == "o" && bType == "n") return true;
			return bType == "s" || aType == "u";
		}
	}
}
var rangeToString = function(range) {
	var fixCount = range[0];
	var str = "";
	if (range.length === 1) {
		return "*";
	} else if (fixCount + 0.5) {
		str +=
			fixCount == 0
				? ">="
				: fixCount == -1
				? "<"
				: fixCount == 1
				? "^"
				: fixCount == 2
				? "~"
				: fixCount > 0
				? "="
				: "!=";
		var needDot = 1;
		for (var i = 1; i < range.length; i++) {
			var item = range[i];
			var t = (typeof item)[0];
			needDot--;
			str +=
				t == "u"
					? // undefined: prerelease marker, add an "-"
					  "-"
					: // number or string: add the item, set flag to add an "." between two of them
					  (needDot > 0 ? "." : "") + ((needDot = 2), item);
		}
		return str;
	} else {
		var stack = [];
		for (var i = 1; i < range.length; i++) {
			var item = range[i];
			stack.push(
				item === 0
					? "not(" + pop() + ")"
					: item === 1
					? "(" + pop() + " || " + pop() + ")"
					: item === 2
					? stack.pop() + " " + stack.pop()
					: rangeToString(item)
			);
		}
		return pop();
	}
	function pop() {
		return stack.pop().replace(/^\((.+)\)$/, "$1");
	}
}
var satisfy = function(range, version) {
	if (0 in range) {
		version = parseVersion(version);
		var fixCount = /** @type {number} */ (range[0]);
		// when negated is set it swill set for < instead of >=
		var negated = fixCount < 0;
		if (negated) fixCount = -fixCount - 1;
		for (var i = 0, j = 1, isEqual = true; ; j++, i++) {
			// cspell:word nequal nequ

			// when isEqual = true:
			// range         version: EOA/object  undefined  number    string
			// EOA                    equal       block      big-ver   big-ver
			// undefined              bigger      next       big-ver   big-ver
			// number                 smaller     block      cmp       big-cmp
			// fixed number           smaller     block      cmp-fix   differ
			// string                 smaller     block      differ    cmp
			// fixed string           smaller     block      small-cmp cmp-fix

			// when isEqual = false:
			// range         version: EOA/object  undefined  number    string
			// EOA                    nequal      block      next-ver  next-ver
			// undefined              nequal      block      next-ver  next-ver
			// number                 nequal      block      next      next
			// fixed number           nequal      block      next      next   (this never happens)
			// string                 nequal      block      next      next
			// fixed string           nequal      block      next      next   (this never happens)

			// EOA end of array
			// equal (version is equal range):
			//   when !negated: return true,
			//   when negated: return false
			// bigger (version is bigger as range):
			//   when fixed: return false,
			//   when !negated: return true,
			//   when negated: return false,
			// smaller (version is smaller as range):
			//   when !negated: return false,
			//   when negated: return true
			// nequal (version is not equal range (> resp <)): return true
			// block (version is in different prerelease area): return false
			// differ (version is different from fixed range (string vs. number)): return false
			// next: continues to the next items
			// next-ver: when fixed: return false, continues to the next item only for the version, sets isEqual=false
			// big-ver: when fixed || negated: return false, continues to the next item only for the version, sets isEqual=false
			// next-nequ: continues to the next items, sets isEqual=false
			// cmp (negated === false): version < range => return false, version > range => next-nequ, else => next
			// cmp (negated === true): version > range => return false, version < range => next-nequ, else => next
			// cmp-fix: version == range => next, else => return false
			// big-cmp: when negated => return false, else => next-nequ
			// small-cmp: when negated => next-nequ, else => return false

			var rangeType = j < range.length ? (typeof range[j])[0] : "";

			var versionValue;
			var versionType;

			// Handles first column in both tables (end of version or object)
			if (
				i >= version.length ||
				((versionValue = version[i]),
				(versionType = (typeof versionValue)[0]) == "o")
			) {
				// Handles nequal
				if (!isEqual) return true;
				// Handles bigger
				if (rangeType == "u") return j > fixCount && !negated;
				// Handles equal and smaller: (range === EOA) XOR negated
				return (rangeType == "") != negated; // equal + smaller
			}

			// Handles second column in both tables (version = undefined)
			if (versionType == "u") {
				if (!isEqual || rangeType != "u") {
					return false;
				}
			}

			// switch between first and second table
			else if (isEqual) {
				// Handle diagonal
				if (rangeType == versionType) {
					if (j <= fixCount) {
						// Handles "cmp-fix" cases
						if (versionValue != range[j]) {
							return false;
						}
					} else {
						// Handles "cmp" cases
						if (negated ? versionValue > range[j] : versionValue < range[j]) {
							return false;
						}
						if (versionValue != range[j]) isEqual = false;
					}
				}

				// Handle big-ver
				else if (rangeType != "s" && rangeType != "n") {
					if (negated || j <= fixCount) return false;
					isEqual = false;
					j--;
				}

				// Handle differ, big-cmp and small-cmp
				else if (j <= fixCount || versionType < rangeType != negated) {
					return false;
				} else {
					isEqual = false;
				}
			} else {
				// Handles all "next-ver" cases in the second table
				if (rangeType != "s" && rangeType != "n") {
					isEqual = false;
					j--;
				}

				// next is applied by default
			}
		}
	}
	/** @type {(boolean | number)[]} */
	var stack = [];
	var p = stack.pop.bind(stack);
	for (var i = 1; i < range.length; i++) {
		var item = /** @type {SemVerRange | 0 | 1 | 2} */ (range[i]);
		stack.push(
			item == 1
				? p() | p()
				: item == 2
				? p() & p()
				: item
				? satisfy(item, version)
				: !p()
		);
	}
	return !!p();
}
var ensureExistence = function(scopeName, key) {
	var scope = __webpack_require__.S[scopeName];
	if(!scope || !__webpack_require__.o(scope, key)) throw new Error("Shared module " + key + " doesn't exist in shared scope " + scopeName);
	return scope;
};
var findVersion = function(scope, key) {
	var versions = scope[key];
	var key = Object.keys(versions).reduce(function(a, b) {
		return !a || versionLt(a, b) ? b : a;
	}, 0);
	return key && versions[key]
};
var findSingletonVersionKey = function(scope, key) {
	var versions = scope[key];
	return Object.keys(versions).reduce(function(a, b) {
		return !a || (!versions[a].loaded && versionLt(a, b)) ? b : a;
	}, 0);
};
var getInvalidSingletonVersionMessage = function(scope, key, version, requiredVersion) {
	return "Unsatisfied version " + version + " from " + (version && scope[key][version].from) + " of shared singleton module " + key + " (required " + rangeToString(requiredVersion) + ")"
};
var getSingleton = function(scope, scopeName, key, requiredVersion) {
	var version = findSingletonVersionKey(scope, key);
	return get(scope[key][version]);
};
var getSingletonVersion = function(scope, scopeName, key, requiredVersion) {
	var version = findSingletonVersionKey(scope, key);
	if (!satisfy(requiredVersion, version)) warn(getInvalidSingletonVersionMessage(scope, key, version, requiredVersion));
	return get(scope[key][version]);
};
var getStrictSingletonVersion = function(scope, scopeName, key, requiredVersion) {
	var version = findSingletonVersionKey(scope, key);
	if (!satisfy(requiredVersion, version)) throw new Error(getInvalidSingletonVersionMessage(scope, key, version, requiredVersion));
	return get(scope[key][version]);
};
var findValidVersion = function(scope, key, requiredVersion) {
	var versions = scope[key];
	var key = Object.keys(versions).reduce(function(a, b) {
		if (!satisfy(requiredVersion, b)) return a;
		return !a || versionLt(a, b) ? b : a;
	}, 0);
	return key && versions[key]
};
var getInvalidVersionMessage = function(scope, scopeName, key, requiredVersion) {
	var versions = scope[key];
	return "No satisfying version (" + rangeToString(requiredVersion) + ") of shared module " + key + " found in shared scope " + scopeName + ".\n" +
		"Available versions: " + Object.keys(versions).map(function(key) {
		return key + " from " + versions[key].from;
	}).join(", ");
};
var getValidVersion = function(scope, scopeName, key, requiredVersion) {
	var entry = findValidVersion(scope, key, requiredVersion);
	if(entry) return get(entry);
	throw new Error(getInvalidVersionMessage(scope, scopeName, key, requiredVersion));
};
var warn = function(msg) {
	if (typeof console !== "undefined" && console.warn) console.warn(msg);
};
var warnInvalidVersion = function(scope, scopeName, key, requiredVersion) {
	warn(getInvalidVersionMessage(scope, scopeName, key, requiredVersion));
};
var get = function(entry) {
	entry.loaded = 1;
	return entry.get()
};
var init = function(fn) { return function(scopeName, a, b, c) {
	var promise = __webpack_require__.I(scopeName);
	if (promise && promise.then) return promise.then(fn.bind(fn, scopeName, __webpack_require__.S[scopeName], a, b, c));
	return fn(scopeName, __webpack_require__.S[scopeName], a, b, c);
}; };

var load = /*#__PURE__*/ init(function(scopeName, scope, key) {
	ensureExistence(scopeName, key);
	return get(findVersion(scope, key));
});
var loadFallback = /*#__PURE__*/ init(function(scopeName, scope, key, fallback) {
	return scope && __webpack_require__.o(scope, key) ? get(findVersion(scope, key)) : fallback();
});
var loadVersionCheck = /*#__PURE__*/ init(function(scopeName, scope, key, version) {
	ensureExistence(scopeName, key);
	return get(findValidVersion(scope, key, version) || warnInvalidVersion(scope, scopeName, key, version) || findVersion(scope, key));
});
var loadSingleton = /*#__PURE__*/ init(function(scopeName, scope, key) {
	ensureExistence(scopeName, key);
	return getSingleton(scope, scopeName, key);
});
var loadSingletonVersionCheck = /*#__PURE__*/ init(function(scopeName, scope, key, version) {
	ensureExistence(scopeName, key);
	return getSingletonVersion(scope, scopeName, key, version);
});
var loadStrictVersionCheck = /*#__PURE__*/ init(function(scopeName, scope, key, version) {
	ensureExistence(scopeName, key);
	return getValidVersion(scope, scopeName, key, version);
});
var loadStrictSingletonVersionCheck = /*#__PURE__*/ init(function(scopeName, scope, key, version) {
	ensureExistence(scopeName, key);
	return getStrictSingletonVersion(scope, scopeName, key, version);
});
var loadVersionCheckFallback = /*#__PURE__*/ init(function(scopeName, scope, key, version, fallback) {
	if(!scope || !__webpack_require__.o(scope, key)) return fallback();
	return get(findValidVersion(scope, key, version) || warnInvalidVersion(scope, scopeName, key, version) || findVersion(scope, key));
});
var loadSingletonFallback = /*#__PURE__*/ init(function(scopeName, scope, key, fallback) {
	if(!scope || !__webpack_require__.o(scope, key)) return fallback();
	return getSingleton(scope, scopeName, key);
});
var loadSingletonVersionCheckFallback = /*#__PURE__*/ init(function(scopeName, scope, key, version, fallback) {
	if(!scope || !__webpack_require__.o(scope, key)) return fallback();
	return getSingletonVersion(scope, scopeName, key, version);
});
var loadStrictVersionCheckFallback = /*#__PURE__*/ init(function(scopeName, scope, key, version, fallback) {
	var entry = scope && __webpack_require__.o(scope, key) && findValidVersion(scope, key, version);
	return entry ? get(entry) : fallback();
});
var loadStrictSingletonVersionCheckFallback = /*#__PURE__*/ init(function(scopeName, scope, key, version, fallback) {
	if(!scope || !__webpack_require__.o(scope, key)) return fallback();
	return getStrictSingletonVersion(scope, scopeName, key, version);
});
var resolveHandler = function(data) {
	var strict = false
	var singleton = false
	var versionCheck = false
	var fallback = false
	var args = [data.shareScope, data.shareKey];
	if (data.requiredVersion) {
		if (data.strictVersion) strict = true;
		if (data.singleton) singleton = true;
		args.push(parseRange(data.requiredVersion));
		versionCheck = true
	} else if (data.singleton) singleton = true;
	if (data.fallback) {
		fallback = true;
		args.push(data.fallback);
	}
	if (strict && singleton && versionCheck && fallback) return function() { return loadStrictSingletonVersionCheckFallback.apply(null, args); }
	if (strict && versionCheck && fallback) return function() { return loadStrictVersionCheckFallback.apply(null, args); }
	if (singleton && versionCheck && fallback) return function() { return loadSingletonVersionCheckFallback.apply(null, args); }
	if (strict && singleton && versionCheck) return function() { return loadStrictSingletonVersionCheck.apply(null, args); }
	if (singleton && fallback) return function() { return loadSingletonFallback.apply(null, args); }
	if (versionCheck && fallback) return function() { return loadVersionCheckFallback.apply(null, args); }
	if (strict && versionCheck) return function() { return loadStrictVersionCheck.apply(null, args); }
	if (singleton && versionCheck) return function() { return loadSingletonVersionCheck.apply(null, args); }
	if (singleton) return function() { return loadSingleton.apply(null, args); }
	if (versionCheck) return function() { return loadVersionCheck.apply(null, args); }
	if (fallback) return function() { return loadFallback.apply(null, args); }
	return function() { return load.apply(null, args); }
};
var consumeSharedInstalledModules = {};
__webpack_require__.f.consumes = function(chunkId, promises) {
	var moduleIdToConsumeDataMapping = __webpack_require__.consumesLoadingData.moduleIdToConsumeDataMapping
	var chunkMapping = __webpack_require__.consumesLoadingData.chunkMapping;
	if(__webpack_require__.o(chunkMapping, chunkId)) {
		chunkMapping[chunkId].forEach(function(id) {
			if(__webpack_require__.o(consumeSharedInstalledModules, id)) return promises.push(consumeSharedInstalledModules[id]);
			var onFactory = function(factory) {
				consumeSharedInstalledModules[id] = 0;
				__webpack_require__.m[id] = function(module) {
					delete __webpack_require__.c[id];
					module.exports = factory();
				}
			};
			var onError = function(error) {
				delete consumeSharedInstalledModules[id];
				__webpack_require__.m[id] = function(module) {
					delete __webpack_require__.c[id];
					throw error;
				}
			};
			try {
				var promise = resolveHandler(moduleIdToConsumeDataMapping[id])();
				if(promise.then) {
					promises.push(consumeSharedInstalledModules[id] = promise.then(onFactory)['catch'](onError));
				} else onFactory(promise);
			} catch(e) { onError(e); }
		});
	}
}

})();
// webpack/runtime/jsonp_chunk_loading
(() => {
__webpack_require__.b = document.baseURI || self.location.href;

      // object to store loaded and loading chunks
      // undefined = chunk not loaded, null = chunk preloaded/prefetched
      // [resolve, reject, Promise] = chunk loading, 0 = chunk loaded
      var jsonpInstalledChunks = {4270: 0,};
      
        __webpack_require__.f.j = function (chunkId, promises) {
          // JSONP chunk loading for javascript
var installedChunkData = __webpack_require__.o(jsonpInstalledChunks, chunkId)
	? jsonpInstalledChunks[chunkId]
	: undefined;
if (installedChunkData !== 0) {
	// 0 means "already installed".

	// a Promise means "currently loading".
	if (installedChunkData) {
		promises.push(installedChunkData[2]);
	} else {
		if (!/^(4([07]17|335|889|971)|2(6(01|85|94)|122|42|481|569|729|991)|5(4(09|57|70)|2(19|31|83)|6(26|27|91)|(36|95|97)5|301|547|551|784)|6((29|63|65)1|019|047|245|383)|1(012|343|734|771|87)|8(207|333|341|481|779)|7(15|283|776)|3(78[89]|101|436|93)|953|9605)$/.test(chunkId)) {
			// setup Promise in chunk cache
			var promise = new Promise((resolve, reject) => (installedChunkData = jsonpInstalledChunks[chunkId] = [resolve, reject]));
			promises.push((installedChunkData[2] = promise));

			// start chunk loading
			var url = __webpack_require__.p + __webpack_require__.u(chunkId);
			// create error before stack unwound to get useful stacktrace later
			var error = new Error();
			var loadingEnded = function (event) {
				if (__webpack_require__.o(jsonpInstalledChunks, chunkId)) {
					installedChunkData = jsonpInstalledChunks[chunkId];
					if (installedChunkData !== 0) jsonpInstalledChunks[chunkId] = undefined;
					if (installedChunkData) {
						var errorType =
							event && (event.type === 'load' ? 'missing' : event.type);
						var realSrc = event && event.target && event.target.src;
						error.message =
							'Loading chunk ' +
							chunkId +
							' failed.\n(' +
							errorType +
							': ' +
							realSrc +
							')';
						error.name = 'ChunkLoadError';
						error.type = errorType;
						error.request = realSrc;
						installedChunkData[1](error);
					}
				}
			};
			__webpack_require__.l(url, loadingEnded, "chunk-" + chunkId, chunkId);
		} else jsonpInstalledChunks[chunkId] = 0;
	}
}

        }
        // install a JSONP callback for chunk loading
var __rspack_jsonp = (parentChunkLoadingFunction, data) => {
	var [chunkIds, moreModules, runtime] = data;
	// add "moreModules" to the modules object,
	// then flag all "chunkIds" as loaded and fire callback
	var moduleId, chunkId, i = 0;
	if (chunkIds.some((id) => (jsonpInstalledChunks[id] !== 0))) {
		for (moduleId in moreModules) {
			if (__webpack_require__.o(moreModules, moduleId)) {
				__webpack_require__.m[moduleId] = moreModules[moduleId];
			}
		}
		if (runtime) var result = runtime(__webpack_require__);
	}
	if (parentChunkLoadingFunction) parentChunkLoadingFunction(data);
	for (; i < chunkIds.length; i++) {
		chunkId = chunkIds[i];
		if (
			__webpack_require__.o(jsonpInstalledChunks, chunkId) &&
			jsonpInstalledChunks[chunkId]
		) {
			jsonpInstalledChunks[chunkId][0]();
		}
		jsonpInstalledChunks[chunkId] = 0;
	}
	
};

var jsonpChunkLoadingGlobal = self["rspackChunk"] = self["rspackChunk"] || [];
jsonpChunkLoadingGlobal.forEach(__rspack_jsonp.bind(null, 0));
jsonpChunkLoadingGlobal.push = __rspack_jsonp.bind(null, jsonpChunkLoadingGlobal.push.bind(jsonpChunkLoadingGlobal));

})();
// module factories are used so entry inlining is disabled
// startup
// Load entry module and return exports
var __webpack_exports__ = __webpack_require__(35237);
})()
;
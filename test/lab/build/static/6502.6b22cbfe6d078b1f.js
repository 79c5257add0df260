"use strict";
(self["rspackChunk"] = self["rspackChunk"] || []).push([[6502], {
88053(__unused_rspack_module, __webpack_exports__, __webpack_require__) {
/* import */ var _chunk_ZHPTYMLB_mjs__rspack_import_0 = __webpack_require__(56616);
/* import */ var _chunk_Q5MVOS3D_mjs__rspack_import_1 = __webpack_require__(3666);



// ../../node_modules/.pnpm/dagre-d3-es@7.0.14/node_modules/dagre-d3-es/src/dagre/util.js
function addDummyNode(g, type, attrs, name) {
  var v;
  do {
    v = (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .uniqueId_default */.Re)(name);
  } while (g.hasNode(v));
  attrs.dummy = type;
  g.setNode(v, attrs);
  return v;
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(addDummyNode, "addDummyNode");
function simplify(g) {
  var simplified = new _chunk_ZHPTYMLB_mjs__rspack_import_0/* .Graph */.TS().setGraph(g.graph());
  (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(g.nodes(), function(v) {
    simplified.setNode(v, g.node(v));
  });
  (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(g.edges(), function(e) {
    var simpleLabel = simplified.edge(e.v, e.w) || { weight: 0, minlen: 1 };
    var label = g.edge(e);
    simplified.setEdge(e.v, e.w, {
      weight: simpleLabel.weight + label.weight,
      minlen: Math.max(simpleLabel.minlen, label.minlen)
    });
  });
  return simplified;
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(simplify, "simplify");
function asNonCompoundGraph(g) {
  var simplified = new _chunk_ZHPTYMLB_mjs__rspack_import_0/* .Graph */.TS({ multigraph: g.isMultigraph() }).setGraph(g.graph());
  (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(g.nodes(), function(v) {
    if (!g.children(v).length) {
      simplified.setNode(v, g.node(v));
    }
  });
  (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(g.edges(), function(e) {
    simplified.setEdge(e, g.edge(e));
  });
  return simplified;
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(asNonCompoundGraph, "asNonCompoundGraph");
function intersectRect(rect, point) {
  var x = rect.x;
  var y = rect.y;
  var dx = point.x - x;
  var dy = point.y - y;
  var w = rect.width / 2;
  var h = rect.height / 2;
  if (!dx && !dy) {
    throw new Error("Not possible to find intersection inside of the rectangle");
  }
  var sx, sy;
  if (Math.abs(dy) * w > Math.abs(dx) * h) {
    if (dy < 0) {
      h = -h;
    }
    sx = h * dx / dy;
    sy = h;
  } else {
    if (dx < 0) {
      w = -w;
    }
    sx = w;
    sy = w * dy / dx;
  }
  return { x: x + sx, y: y + sy };
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(intersectRect, "intersectRect");
function buildLayerMatrix(g) {
  var layering = (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .map_default */.LG)((0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .range_default */.EB)(maxRank(g) + 1), function() {
    return [];
  });
  (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(g.nodes(), function(v) {
    var node = g.node(v);
    var rank2 = node.rank;
    if (!(0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .isUndefined_default */.nT)(rank2)) {
      layering[rank2][node.order] = v;
    }
  });
  return layering;
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(buildLayerMatrix, "buildLayerMatrix");
function normalizeRanks(g) {
  var min = (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .min_default */.F)(
    (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .map_default */.LG)(g.nodes(), function(v) {
      return g.node(v).rank;
    })
  );
  (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(g.nodes(), function(v) {
    var node = g.node(v);
    if ((0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .has_default */.ly)(node, "rank")) {
      node.rank -= min;
    }
  });
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(normalizeRanks, "normalizeRanks");
function removeEmptyRanks(g) {
  var offset = (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .min_default */.F)(
    (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .map_default */.LG)(g.nodes(), function(v) {
      return g.node(v).rank;
    })
  );
  var layers = [];
  (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(g.nodes(), function(v) {
    var rank2 = g.node(v).rank - offset;
    if (!layers[rank2]) {
      layers[rank2] = [];
    }
    layers[rank2].push(v);
  });
  var delta = 0;
  var nodeRankFactor = g.graph().nodeRankFactor;
  (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(layers, function(vs, i) {
    if ((0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .isUndefined_default */.nT)(vs) && i % nodeRankFactor !== 0) {
      --delta;
    } else if (delta) {
      (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(vs, function(v) {
        g.node(v).rank += delta;
      });
    }
  });
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(removeEmptyRanks, "removeEmptyRanks");
function addBorderNode(g, prefix, rank2, order2) {
  var node = {
    width: 0,
    height: 0
  };
  if (arguments.length >= 4) {
    node.rank = rank2;
    node.order = order2;
  }
  return addDummyNode(g, "border", node, prefix);
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(addBorderNode, "addBorderNode");
function maxRank(g) {
  return (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .max_default */.Jh)(
    (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .map_default */.LG)(g.nodes(), function(v) {
      var rank2 = g.node(v).rank;
      if (!(0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .isUndefined_default */.nT)(rank2)) {
        return rank2;
      }
    })
  );
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(maxRank, "maxRank");
function partition(collection, fn) {
  var result = { lhs: [], rhs: [] };
  (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(collection, function(value) {
    if (fn(value)) {
      result.lhs.push(value);
    } else {
      result.rhs.push(value);
    }
  });
  return result;
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(partition, "partition");
function time(name, fn) {
  var start = (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .now_default */.DJ)();
  try {
    return fn();
  } finally {
    console.log(name + " time: " + ((0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .now_default */.DJ)() - start) + "ms");
  }
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(time, "time");
function notime(name, fn) {
  return fn();
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(notime, "notime");

// ../../node_modules/.pnpm/dagre-d3-es@7.0.14/node_modules/dagre-d3-es/src/dagre/add-border-segments.js
function addBorderSegments(g) {
  function dfs3(v) {
    var children = g.children(v);
    var node = g.node(v);
    if (children.length) {
      (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(children, dfs3);
    }
    if (Object.prototype.hasOwnProperty.call(node, "minRank")) {
      node.borderLeft = [];
      node.borderRight = [];
      for (var rank2 = node.minRank, maxRank2 = node.maxRank + 1; rank2 < maxRank2; ++rank2) {
        addBorderNode2(g, "borderLeft", "_bl", v, node, rank2);
        addBorderNode2(g, "borderRight", "_br", v, node, rank2);
      }
    }
  }
  (0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(dfs3, "dfs");
  (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(g.children(), dfs3);
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(addBorderSegments, "addBorderSegments");
function addBorderNode2(g, prop, prefix, sg, sgNode, rank2) {
  var label = { width: 0, height: 0, rank: rank2, borderType: prop };
  var prev = sgNode[prop][rank2 - 1];
  var curr = addDummyNode(g, "border", label, prefix);
  sgNode[prop][rank2] = curr;
  g.setParent(curr, sg);
  if (prev) {
    g.setEdge(prev, curr, { weight: 1 });
  }
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(addBorderNode2, "addBorderNode");

// ../../node_modules/.pnpm/dagre-d3-es@7.0.14/node_modules/dagre-d3-es/src/dagre/coordinate-system.js
function adjust(g) {
  var rankDir = g.graph().rankdir.toLowerCase();
  if (rankDir === "lr" || rankDir === "rl") {
    swapWidthHeight(g);
  }
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(adjust, "adjust");
function undo(g) {
  var rankDir = g.graph().rankdir.toLowerCase();
  if (rankDir === "bt" || rankDir === "rl") {
    reverseY(g);
  }
  if (rankDir === "lr" || rankDir === "rl") {
    swapXY(g);
    swapWidthHeight(g);
  }
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(undo, "undo");
function swapWidthHeight(g) {
  (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(g.nodes(), function(v) {
    swapWidthHeightOne(g.node(v));
  });
  (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(g.edges(), function(e) {
    swapWidthHeightOne(g.edge(e));
  });
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(swapWidthHeight, "swapWidthHeight");
function swapWidthHeightOne(attrs) {
  var w = attrs.width;
  attrs.width = attrs.height;
  attrs.height = w;
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(swapWidthHeightOne, "swapWidthHeightOne");
function reverseY(g) {
  (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(g.nodes(), function(v) {
    reverseYOne(g.node(v));
  });
  (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(g.edges(), function(e) {
    var edge = g.edge(e);
    (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(edge.points, reverseYOne);
    if (Object.prototype.hasOwnProperty.call(edge, "y")) {
      reverseYOne(edge);
    }
  });
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(reverseY, "reverseY");
function reverseYOne(attrs) {
  attrs.y = -attrs.y;
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(reverseYOne, "reverseYOne");
function swapXY(g) {
  (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(g.nodes(), function(v) {
    swapXYOne(g.node(v));
  });
  (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(g.edges(), function(e) {
    var edge = g.edge(e);
    (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(edge.points, swapXYOne);
    if (Object.prototype.hasOwnProperty.call(edge, "x")) {
      swapXYOne(edge);
    }
  });
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(swapXY, "swapXY");
function swapXYOne(attrs) {
  var x = attrs.x;
  attrs.x = attrs.y;
  attrs.y = x;
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(swapXYOne, "swapXYOne");

// ../../node_modules/.pnpm/dagre-d3-es@7.0.14/node_modules/dagre-d3-es/src/dagre/data/list.js
var List = class {
  static {
    (0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(this, "List");
  }
  constructor() {
    var sentinel = {};
    sentinel._next = sentinel._prev = sentinel;
    this._sentinel = sentinel;
  }
  dequeue() {
    var sentinel = this._sentinel;
    var entry = sentinel._prev;
    if (entry !== sentinel) {
      unlink(entry);
      return entry;
    }
  }
  enqueue(entry) {
    var sentinel = this._sentinel;
    if (entry._prev && entry._next) {
      unlink(entry);
    }
    entry._next = sentinel._next;
    sentinel._next._prev = entry;
    sentinel._next = entry;
    entry._prev = sentinel;
  }
  toString() {
    var strs = [];
    var sentinel = this._sentinel;
    var curr = sentinel._prev;
    while (curr !== sentinel) {
      strs.push(JSON.stringify(curr, filterOutLinks));
      curr = curr._prev;
    }
    return "[" + strs.join(", ") + "]";
  }
};
function unlink(entry) {
  entry._prev._next = entry._next;
  entry._next._prev = entry._prev;
  delete entry._next;
  delete entry._prev;
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(unlink, "unlink");
function filterOutLinks(k, v) {
  if (k !== "_next" && k !== "_prev") {
    return v;
  }
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(filterOutLinks, "filterOutLinks");

// ../../node_modules/.pnpm/dagre-d3-es@7.0.14/node_modules/dagre-d3-es/src/dagre/greedy-fas.js
var DEFAULT_WEIGHT_FN = (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .constant_default */.pp)(1);
function greedyFAS(g, weightFn) {
  if (g.nodeCount() <= 1) {
    return [];
  }
  var state = buildState(g, weightFn || DEFAULT_WEIGHT_FN);
  var results = doGreedyFAS(state.graph, state.buckets, state.zeroIdx);
  return (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .flatten_default */.Nz)(
    (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .map_default */.LG)(results, function(e) {
      return g.outEdges(e.v, e.w);
    })
  );
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(greedyFAS, "greedyFAS");
function doGreedyFAS(g, buckets, zeroIdx) {
  var results = [];
  var sources = buckets[buckets.length - 1];
  var sinks = buckets[0];
  var entry;
  while (g.nodeCount()) {
    while (entry = sinks.dequeue()) {
      removeNode(g, buckets, zeroIdx, entry);
    }
    while (entry = sources.dequeue()) {
      removeNode(g, buckets, zeroIdx, entry);
    }
    if (g.nodeCount()) {
      for (var i = buckets.length - 2; i > 0; --i) {
        entry = buckets[i].dequeue();
        if (entry) {
          results = results.concat(removeNode(g, buckets, zeroIdx, entry, true));
          break;
        }
      }
    }
  }
  return results;
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(doGreedyFAS, "doGreedyFAS");
function removeNode(g, buckets, zeroIdx, entry, collectPredecessors) {
  var results = collectPredecessors ? [] : void 0;
  (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(g.inEdges(entry.v), function(edge) {
    var weight = g.edge(edge);
    var uEntry = g.node(edge.v);
    if (collectPredecessors) {
      results.push({ v: edge.v, w: edge.w });
    }
    uEntry.out -= weight;
    assignBucket(buckets, zeroIdx, uEntry);
  });
  (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(g.outEdges(entry.v), function(edge) {
    var weight = g.edge(edge);
    var w = edge.w;
    var wEntry = g.node(w);
    wEntry["in"] -= weight;
    assignBucket(buckets, zeroIdx, wEntry);
  });
  g.removeNode(entry.v);
  return results;
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(removeNode, "removeNode");
function buildState(g, weightFn) {
  var fasGraph = new _chunk_ZHPTYMLB_mjs__rspack_import_0/* .Graph */.TS();
  var maxIn = 0;
  var maxOut = 0;
  (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(g.nodes(), function(v) {
    fasGraph.setNode(v, { v, in: 0, out: 0 });
  });
  (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(g.edges(), function(e) {
    var prevWeight = fasGraph.edge(e.v, e.w) || 0;
    var weight = weightFn(e);
    var edgeWeight = prevWeight + weight;
    fasGraph.setEdge(e.v, e.w, edgeWeight);
    maxOut = Math.max(maxOut, fasGraph.node(e.v).out += weight);
    maxIn = Math.max(maxIn, fasGraph.node(e.w)["in"] += weight);
  });
  var buckets = (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .range_default */.EB)(maxOut + maxIn + 3).map(function() {
    return new List();
  });
  var zeroIdx = maxIn + 1;
  (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(fasGraph.nodes(), function(v) {
    assignBucket(buckets, zeroIdx, fasGraph.node(v));
  });
  return { graph: fasGraph, buckets, zeroIdx };
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(buildState, "buildState");
function assignBucket(buckets, zeroIdx, entry) {
  if (!entry.out) {
    buckets[0].enqueue(entry);
  } else if (!entry["in"]) {
    buckets[buckets.length - 1].enqueue(entry);
  } else {
    buckets[entry.out - entry["in"] + zeroIdx].enqueue(entry);
  }
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(assignBucket, "assignBucket");

// ../../node_modules/.pnpm/dagre-d3-es@7.0.14/node_modules/dagre-d3-es/src/dagre/acyclic.js
function run(g) {
  var fas = g.graph().acyclicer === "greedy" ? greedyFAS(g, weightFn(g)) : dfsFAS(g);
  (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(fas, function(e) {
    var label = g.edge(e);
    g.removeEdge(e);
    label.forwardName = e.name;
    label.reversed = true;
    g.setEdge(e.w, e.v, label, (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .uniqueId_default */.Re)("rev"));
  });
  function weightFn(g2) {
    return function(e) {
      return g2.edge(e).weight;
    };
  }
  (0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(weightFn, "weightFn");
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(run, "run");
function dfsFAS(g) {
  var fas = [];
  var stack = {};
  var visited = {};
  function dfs3(v) {
    if (Object.prototype.hasOwnProperty.call(visited, v)) {
      return;
    }
    visited[v] = true;
    stack[v] = true;
    (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(g.outEdges(v), function(e) {
      if (Object.prototype.hasOwnProperty.call(stack, e.w)) {
        fas.push(e);
      } else {
        dfs3(e.w);
      }
    });
    delete stack[v];
  }
  (0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(dfs3, "dfs");
  (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(g.nodes(), dfs3);
  return fas;
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(dfsFAS, "dfsFAS");
function undo2(g) {
  (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(g.edges(), function(e) {
    var label = g.edge(e);
    if (label.reversed) {
      g.removeEdge(e);
      var forwardName = label.forwardName;
      delete label.reversed;
      delete label.forwardName;
      g.setEdge(e.w, e.v, label, forwardName);
    }
  });
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(undo2, "undo");

// ../../node_modules/.pnpm/dagre-d3-es@7.0.14/node_modules/dagre-d3-es/src/dagre/normalize.js
function run2(g) {
  g.graph().dummyChains = [];
  (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(g.edges(), function(edge) {
    normalizeEdge(g, edge);
  });
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(run2, "run");
function normalizeEdge(g, e) {
  var v = e.v;
  var vRank = g.node(v).rank;
  var w = e.w;
  var wRank = g.node(w).rank;
  var name = e.name;
  var edgeLabel = g.edge(e);
  var labelRank = edgeLabel.labelRank;
  if (wRank === vRank + 1) return;
  g.removeEdge(e);
  var attrs = void 0;
  var dummy, i;
  for (i = 0, ++vRank; vRank < wRank; ++i, ++vRank) {
    edgeLabel.points = [];
    attrs = {
      width: 0,
      height: 0,
      edgeLabel,
      edgeObj: e,
      rank: vRank
    };
    dummy = addDummyNode(g, "edge", attrs, "_d");
    if (vRank === labelRank) {
      attrs.width = edgeLabel.width;
      attrs.height = edgeLabel.height;
      attrs.dummy = "edge-label";
      attrs.labelpos = edgeLabel.labelpos;
    }
    g.setEdge(v, dummy, { weight: edgeLabel.weight }, name);
    if (i === 0) {
      g.graph().dummyChains.push(dummy);
    }
    v = dummy;
  }
  g.setEdge(v, w, { weight: edgeLabel.weight }, name);
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(normalizeEdge, "normalizeEdge");
function undo3(g) {
  (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(g.graph().dummyChains, function(v) {
    var node = g.node(v);
    var origLabel = node.edgeLabel;
    var w;
    g.setEdge(node.edgeObj, origLabel);
    while (node.dummy) {
      w = g.successors(v)[0];
      g.removeNode(v);
      origLabel.points.push({ x: node.x, y: node.y });
      if (node.dummy === "edge-label") {
        origLabel.x = node.x;
        origLabel.y = node.y;
        origLabel.width = node.width;
        origLabel.height = node.height;
      }
      v = w;
      node = g.node(v);
    }
  });
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(undo3, "undo");

// ../../node_modules/.pnpm/dagre-d3-es@7.0.14/node_modules/dagre-d3-es/src/dagre/rank/util.js
function longestPath(g) {
  var visited = {};
  function dfs3(v) {
    var label = g.node(v);
    if (Object.prototype.hasOwnProperty.call(visited, v)) {
      return label.rank;
    }
    visited[v] = true;
    var rank2 = (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .min_default */.F)(
      (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .map_default */.LG)(g.outEdges(v), function(e) {
        return dfs3(e.w) - g.edge(e).minlen;
      })
    );
    if (rank2 === Number.POSITIVE_INFINITY || // return value of _.map([]) for Lodash 3
    rank2 === void 0 || // return value of _.map([]) for Lodash 4
    rank2 === null) {
      rank2 = 0;
    }
    return label.rank = rank2;
  }
  (0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(dfs3, "dfs");
  (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(g.sources(), dfs3);
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(longestPath, "longestPath");
function slack(g, e) {
  return g.node(e.w).rank - g.node(e.v).rank - g.edge(e).minlen;
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(slack, "slack");

// ../../node_modules/.pnpm/dagre-d3-es@7.0.14/node_modules/dagre-d3-es/src/dagre/rank/feasible-tree.js
function feasibleTree(g) {
  var t = new _chunk_ZHPTYMLB_mjs__rspack_import_0/* .Graph */.TS({ directed: false });
  var start = g.nodes()[0];
  var size = g.nodeCount();
  t.setNode(start, {});
  var edge, delta;
  while (tightTree(t, g) < size) {
    edge = findMinSlackEdge(t, g);
    delta = t.hasNode(edge.v) ? slack(g, edge) : -slack(g, edge);
    shiftRanks(t, g, delta);
  }
  return t;
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(feasibleTree, "feasibleTree");
function tightTree(t, g) {
  function dfs3(v) {
    (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(g.nodeEdges(v), function(e) {
      var edgeV = e.v, w = v === edgeV ? e.w : edgeV;
      if (!t.hasNode(w) && !slack(g, e)) {
        t.setNode(w, {});
        t.setEdge(v, w, {});
        dfs3(w);
      }
    });
  }
  (0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(dfs3, "dfs");
  (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(t.nodes(), dfs3);
  return t.nodeCount();
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(tightTree, "tightTree");
function findMinSlackEdge(t, g) {
  return (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .minBy_default */.us)(g.edges(), function(e) {
    if (t.hasNode(e.v) !== t.hasNode(e.w)) {
      return slack(g, e);
    }
  });
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(findMinSlackEdge, "findMinSlackEdge");
function shiftRanks(t, g, delta) {
  (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(t.nodes(), function(v) {
    g.node(v).rank += delta;
  });
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(shiftRanks, "shiftRanks");

// ../../node_modules/.pnpm/dagre-d3-es@7.0.14/node_modules/dagre-d3-es/src/graphlib/alg/dijkstra.js
var DEFAULT_WEIGHT_FUNC = (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .constant_default */.pp)(1);

// ../../node_modules/.pnpm/dagre-d3-es@7.0.14/node_modules/dagre-d3-es/src/graphlib/alg/floyd-warshall.js
var DEFAULT_WEIGHT_FUNC2 = (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .constant_default */.pp)(1);

// ../../node_modules/.pnpm/dagre-d3-es@7.0.14/node_modules/dagre-d3-es/src/graphlib/alg/topsort.js
topsort.CycleException = CycleException;
function topsort(g) {
  var visited = {};
  var stack = {};
  var results = [];
  function visit(node) {
    if (Object.prototype.hasOwnProperty.call(stack, node)) {
      throw new CycleException();
    }
    if (!Object.prototype.hasOwnProperty.call(visited, node)) {
      stack[node] = true;
      visited[node] = true;
      (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(g.predecessors(node), visit);
      delete stack[node];
      results.push(node);
    }
  }
  (0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(visit, "visit");
  (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(g.sinks(), visit);
  if ((0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .size_default */.C7)(visited) !== g.nodeCount()) {
    throw new CycleException();
  }
  return results;
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(topsort, "topsort");
function CycleException() {
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(CycleException, "CycleException");
CycleException.prototype = new Error();

// ../../node_modules/.pnpm/dagre-d3-es@7.0.14/node_modules/dagre-d3-es/src/graphlib/alg/dfs.js
function dfs(g, vs, order2) {
  if (!(0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .isArray_default */._i)(vs)) {
    vs = [vs];
  }
  var navigation = (g.isDirected() ? g.successors : g.neighbors).bind(g);
  var acc = [];
  var visited = {};
  (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(vs, function(v) {
    if (!g.hasNode(v)) {
      throw new Error("Graph does not have node: " + v);
    }
    doDfs(g, v, order2 === "post", visited, navigation, acc);
  });
  return acc;
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(dfs, "dfs");
function doDfs(g, v, postorder3, visited, navigation, acc) {
  if (!Object.prototype.hasOwnProperty.call(visited, v)) {
    visited[v] = true;
    if (!postorder3) {
      acc.push(v);
    }
    (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(navigation(v), function(w) {
      doDfs(g, w, postorder3, visited, navigation, acc);
    });
    if (postorder3) {
      acc.push(v);
    }
  }
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(doDfs, "doDfs");

// ../../node_modules/.pnpm/dagre-d3-es@7.0.14/node_modules/dagre-d3-es/src/graphlib/alg/postorder.js
function postorder(g, vs) {
  return dfs(g, vs, "post");
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(postorder, "postorder");

// ../../node_modules/.pnpm/dagre-d3-es@7.0.14/node_modules/dagre-d3-es/src/graphlib/alg/preorder.js
function preorder(g, vs) {
  return dfs(g, vs, "pre");
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(preorder, "preorder");

// ../../node_modules/.pnpm/dagre-d3-es@7.0.14/node_modules/dagre-d3-es/src/dagre/rank/network-simplex.js
networkSimplex.initLowLimValues = initLowLimValues;
networkSimplex.initCutValues = initCutValues;
networkSimplex.calcCutValue = calcCutValue;
networkSimplex.leaveEdge = leaveEdge;
networkSimplex.enterEdge = enterEdge;
networkSimplex.exchangeEdges = exchangeEdges;
function networkSimplex(g) {
  g = simplify(g);
  longestPath(g);
  var t = feasibleTree(g);
  initLowLimValues(t);
  initCutValues(t, g);
  var e, f;
  while (e = leaveEdge(t)) {
    f = enterEdge(t, g, e);
    exchangeEdges(t, g, e, f);
  }
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(networkSimplex, "networkSimplex");
function initCutValues(t, g) {
  var vs = postorder(t, t.nodes());
  vs = vs.slice(0, vs.length - 1);
  (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(vs, function(v) {
    assignCutValue(t, g, v);
  });
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(initCutValues, "initCutValues");
function assignCutValue(t, g, child) {
  var childLab = t.node(child);
  var parent = childLab.parent;
  t.edge(child, parent).cutvalue = calcCutValue(t, g, child);
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(assignCutValue, "assignCutValue");
function calcCutValue(t, g, child) {
  var childLab = t.node(child);
  var parent = childLab.parent;
  var childIsTail = true;
  var graphEdge = g.edge(child, parent);
  var cutValue = 0;
  if (!graphEdge) {
    childIsTail = false;
    graphEdge = g.edge(parent, child);
  }
  cutValue = graphEdge.weight;
  (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(g.nodeEdges(child), function(e) {
    var isOutEdge = e.v === child, other = isOutEdge ? e.w : e.v;
    if (other !== parent) {
      var pointsToHead = isOutEdge === childIsTail, otherWeight = g.edge(e).weight;
      cutValue += pointsToHead ? otherWeight : -otherWeight;
      if (isTreeEdge(t, child, other)) {
        var otherCutValue = t.edge(child, other).cutvalue;
        cutValue += pointsToHead ? -otherCutValue : otherCutValue;
      }
    }
  });
  return cutValue;
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(calcCutValue, "calcCutValue");
function initLowLimValues(tree, root) {
  if (arguments.length < 2) {
    root = tree.nodes()[0];
  }
  dfsAssignLowLim(tree, {}, 1, root);
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(initLowLimValues, "initLowLimValues");
function dfsAssignLowLim(tree, visited, nextLim, v, parent) {
  var low = nextLim;
  var label = tree.node(v);
  visited[v] = true;
  (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(tree.neighbors(v), function(w) {
    if (!Object.prototype.hasOwnProperty.call(visited, w)) {
      nextLim = dfsAssignLowLim(tree, visited, nextLim, w, v);
    }
  });
  label.low = low;
  label.lim = nextLim++;
  if (parent) {
    label.parent = parent;
  } else {
    delete label.parent;
  }
  return nextLim;
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(dfsAssignLowLim, "dfsAssignLowLim");
function leaveEdge(tree) {
  return (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .find_default */.o3)(tree.edges(), function(e) {
    return tree.edge(e).cutvalue < 0;
  });
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(leaveEdge, "leaveEdge");
function enterEdge(t, g, edge) {
  var v = edge.v;
  var w = edge.w;
  if (!g.hasEdge(v, w)) {
    v = edge.w;
    w = edge.v;
  }
  var vLabel = t.node(v);
  var wLabel = t.node(w);
  var tailLabel = vLabel;
  var flip = false;
  if (vLabel.lim > wLabel.lim) {
    tailLabel = wLabel;
    flip = true;
  }
  var candidates = (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .filter_default */.B2)(g.edges(), function(edge2) {
    return flip === isDescendant(t, t.node(edge2.v), tailLabel) && flip !== isDescendant(t, t.node(edge2.w), tailLabel);
  });
  return (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .minBy_default */.us)(candidates, function(edge2) {
    return slack(g, edge2);
  });
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(enterEdge, "enterEdge");
function exchangeEdges(t, g, e, f) {
  var v = e.v;
  var w = e.w;
  t.removeEdge(v, w);
  t.setEdge(f.v, f.w, {});
  initLowLimValues(t);
  initCutValues(t, g);
  updateRanks(t, g);
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(exchangeEdges, "exchangeEdges");
function updateRanks(t, g) {
  var root = (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .find_default */.o3)(t.nodes(), function(v) {
    return !g.node(v).parent;
  });
  var vs = preorder(t, root);
  vs = vs.slice(1);
  (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(vs, function(v) {
    var parent = t.node(v).parent, edge = g.edge(v, parent), flipped = false;
    if (!edge) {
      edge = g.edge(parent, v);
      flipped = true;
    }
    g.node(v).rank = g.node(parent).rank + (flipped ? edge.minlen : -edge.minlen);
  });
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(updateRanks, "updateRanks");
function isTreeEdge(tree, u, v) {
  return tree.hasEdge(u, v);
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(isTreeEdge, "isTreeEdge");
function isDescendant(tree, vLabel, rootLabel) {
  return rootLabel.low <= vLabel.lim && vLabel.lim <= rootLabel.lim;
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(isDescendant, "isDescendant");

// ../../node_modules/.pnpm/dagre-d3-es@7.0.14/node_modules/dagre-d3-es/src/dagre/rank/index.js
function rank(g) {
  switch (g.graph().ranker) {
    case "network-simplex":
      networkSimplexRanker(g);
      break;
    case "tight-tree":
      tightTreeRanker(g);
      break;
    case "longest-path":
      longestPathRanker(g);
      break;
    default:
      networkSimplexRanker(g);
  }
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(rank, "rank");
var longestPathRanker = longestPath;
function tightTreeRanker(g) {
  longestPath(g);
  feasibleTree(g);
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(tightTreeRanker, "tightTreeRanker");
function networkSimplexRanker(g) {
  networkSimplex(g);
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(networkSimplexRanker, "networkSimplexRanker");

// ../../node_modules/.pnpm/dagre-d3-es@7.0.14/node_modules/dagre-d3-es/src/dagre/nesting-graph.js
function run3(g) {
  var root = addDummyNode(g, "root", {}, "_root");
  var depths = treeDepths(g);
  var height = (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .max_default */.Jh)((0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .values_default */.dq)(depths)) - 1;
  var nodeSep = 2 * height + 1;
  g.graph().nestingRoot = root;
  (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(g.edges(), function(e) {
    g.edge(e).minlen *= nodeSep;
  });
  var weight = sumWeights(g) + 1;
  (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(g.children(), function(child) {
    dfs2(g, root, nodeSep, weight, height, depths, child);
  });
  g.graph().nodeRankFactor = nodeSep;
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(run3, "run");
function dfs2(g, root, nodeSep, weight, height, depths, v) {
  var children = g.children(v);
  if (!children.length) {
    if (v !== root) {
      g.setEdge(root, v, { weight: 0, minlen: nodeSep });
    }
    return;
  }
  var top = addBorderNode(g, "_bt");
  var bottom = addBorderNode(g, "_bb");
  var label = g.node(v);
  g.setParent(top, v);
  label.borderTop = top;
  g.setParent(bottom, v);
  label.borderBottom = bottom;
  (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(children, function(child) {
    dfs2(g, root, nodeSep, weight, height, depths, child);
    var childNode = g.node(child);
    var childTop = childNode.borderTop ? childNode.borderTop : child;
    var childBottom = childNode.borderBottom ? childNode.borderBottom : child;
    var thisWeight = childNode.borderTop ? weight : 2 * weight;
    var minlen = childTop !== childBottom ? 1 : height - depths[v] + 1;
    g.setEdge(top, childTop, {
      weight: thisWeight,
      minlen,
      nestingEdge: true
    });
    g.setEdge(childBottom, bottom, {
      weight: thisWeight,
      minlen,
      nestingEdge: true
    });
  });
  if (!g.parent(v)) {
    g.setEdge(root, top, { weight: 0, minlen: height + depths[v] });
  }
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(dfs2, "dfs");
function treeDepths(g) {
  var depths = {};
  function dfs3(v, depth) {
    var children = g.children(v);
    if (children && children.length) {
      (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(children, function(child) {
        dfs3(child, depth + 1);
      });
    }
    depths[v] = depth;
  }
  (0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(dfs3, "dfs");
  (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(g.children(), function(v) {
    dfs3(v, 1);
  });
  return depths;
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(treeDepths, "treeDepths");
function sumWeights(g) {
  return (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .reduce_default */.dY)(
    g.edges(),
    function(acc, e) {
      return acc + g.edge(e).weight;
    },
    0
  );
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(sumWeights, "sumWeights");
function cleanup(g) {
  var graphLabel = g.graph();
  g.removeNode(graphLabel.nestingRoot);
  delete graphLabel.nestingRoot;
  (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(g.edges(), function(e) {
    var edge = g.edge(e);
    if (edge.nestingEdge) {
      g.removeEdge(e);
    }
  });
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(cleanup, "cleanup");

// ../../node_modules/.pnpm/dagre-d3-es@7.0.14/node_modules/dagre-d3-es/src/dagre/order/add-subgraph-constraints.js
function addSubgraphConstraints(g, cg, vs) {
  var prev = {}, rootPrev;
  (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(vs, function(v) {
    var child = g.parent(v), parent, prevChild;
    while (child) {
      parent = g.parent(child);
      if (parent) {
        prevChild = prev[parent];
        prev[parent] = child;
      } else {
        prevChild = rootPrev;
        rootPrev = child;
      }
      if (prevChild && prevChild !== child) {
        cg.setEdge(prevChild, child);
        return;
      }
      child = parent;
    }
  });
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(addSubgraphConstraints, "addSubgraphConstraints");

// ../../node_modules/.pnpm/dagre-d3-es@7.0.14/node_modules/dagre-d3-es/src/dagre/order/build-layer-graph.js
function buildLayerGraph(g, rank2, relationship) {
  var root = createRootNode(g), result = new _chunk_ZHPTYMLB_mjs__rspack_import_0/* .Graph */.TS({ compound: true }).setGraph({ root }).setDefaultNodeLabel(function(v) {
    return g.node(v);
  });
  (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(g.nodes(), function(v) {
    var node = g.node(v), parent = g.parent(v);
    if (node.rank === rank2 || node.minRank <= rank2 && rank2 <= node.maxRank) {
      result.setNode(v);
      result.setParent(v, parent || root);
      (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(g[relationship](v), function(e) {
        var u = e.v === v ? e.w : e.v, edge = result.edge(u, v), weight = !(0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .isUndefined_default */.nT)(edge) ? edge.weight : 0;
        result.setEdge(u, v, { weight: g.edge(e).weight + weight });
      });
      if (Object.prototype.hasOwnProperty.call(node, "minRank")) {
        result.setNode(v, {
          borderLeft: node.borderLeft[rank2],
          borderRight: node.borderRight[rank2]
        });
      }
    }
  });
  return result;
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(buildLayerGraph, "buildLayerGraph");
function createRootNode(g) {
  var v;
  while (g.hasNode(v = (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .uniqueId_default */.Re)("_root"))) ;
  return v;
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(createRootNode, "createRootNode");

// ../../node_modules/.pnpm/dagre-d3-es@7.0.14/node_modules/dagre-d3-es/src/dagre/order/cross-count.js
function crossCount(g, layering) {
  var cc = 0;
  for (var i = 1; i < layering.length; ++i) {
    cc += twoLayerCrossCount(g, layering[i - 1], layering[i]);
  }
  return cc;
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(crossCount, "crossCount");
function twoLayerCrossCount(g, northLayer, southLayer) {
  var southPos = (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .zipObject_default */.P7)(
    southLayer,
    (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .map_default */.LG)(southLayer, function(v, i) {
      return i;
    })
  );
  var southEntries = (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .flatten_default */.Nz)(
    (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .map_default */.LG)(northLayer, function(v) {
      return (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .sortBy_default */.u9)(
        (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .map_default */.LG)(g.outEdges(v), function(e) {
          return { pos: southPos[e.w], weight: g.edge(e).weight };
        }),
        "pos"
      );
    })
  );
  var firstIndex = 1;
  while (firstIndex < southLayer.length) firstIndex <<= 1;
  var treeSize = 2 * firstIndex - 1;
  firstIndex -= 1;
  var tree = (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .map_default */.LG)(new Array(treeSize), function() {
    return 0;
  });
  var cc = 0;
  (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(
    // @ts-expect-error
    southEntries.forEach(function(entry) {
      var index = entry.pos + firstIndex;
      tree[index] += entry.weight;
      var weightSum = 0;
      while (index > 0) {
        if (index % 2) {
          weightSum += tree[index + 1];
        }
        index = index - 1 >> 1;
        tree[index] += entry.weight;
      }
      cc += entry.weight * weightSum;
    })
  );
  return cc;
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(twoLayerCrossCount, "twoLayerCrossCount");

// ../../node_modules/.pnpm/dagre-d3-es@7.0.14/node_modules/dagre-d3-es/src/dagre/order/init-order.js
function initOrder(g) {
  var visited = {};
  var simpleNodes = (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .filter_default */.B2)(g.nodes(), function(v) {
    return !g.children(v).length;
  });
  var maxRank2 = (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .max_default */.Jh)(
    (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .map_default */.LG)(simpleNodes, function(v) {
      return g.node(v).rank;
    })
  );
  var layers = (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .map_default */.LG)((0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .range_default */.EB)(maxRank2 + 1), function() {
    return [];
  });
  function dfs3(v) {
    if ((0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .has_default */.ly)(visited, v)) return;
    visited[v] = true;
    var node = g.node(v);
    layers[node.rank].push(v);
    (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(g.successors(v), dfs3);
  }
  (0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(dfs3, "dfs");
  var orderedVs = (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .sortBy_default */.u9)(simpleNodes, function(v) {
    return g.node(v).rank;
  });
  (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(orderedVs, dfs3);
  return layers;
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(initOrder, "initOrder");

// ../../node_modules/.pnpm/dagre-d3-es@7.0.14/node_modules/dagre-d3-es/src/dagre/order/barycenter.js
function barycenter(g, movable) {
  return (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .map_default */.LG)(movable, function(v) {
    var inV = g.inEdges(v);
    if (!inV.length) {
      return { v };
    } else {
      var result = (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .reduce_default */.dY)(
        inV,
        function(acc, e) {
          var edge = g.edge(e), nodeU = g.node(e.v);
          return {
            sum: acc.sum + edge.weight * nodeU.order,
            weight: acc.weight + edge.weight
          };
        },
        { sum: 0, weight: 0 }
      );
      return {
        v,
        barycenter: result.sum / result.weight,
        weight: result.weight
      };
    }
  });
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(barycenter, "barycenter");

// ../../node_modules/.pnpm/dagre-d3-es@7.0.14/node_modules/dagre-d3-es/src/dagre/order/resolve-conflicts.js
function resolveConflicts(entries, cg) {
  var mappedEntries = {};
  (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(entries, function(entry, i) {
    var tmp = mappedEntries[entry.v] = {
      indegree: 0,
      in: [],
      out: [],
      vs: [entry.v],
      i
    };
    if (!(0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .isUndefined_default */.nT)(entry.barycenter)) {
      tmp.barycenter = entry.barycenter;
      tmp.weight = entry.weight;
    }
  });
  (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(cg.edges(), function(e) {
    var entryV = mappedEntries[e.v];
    var entryW = mappedEntries[e.w];
    if (!(0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .isUndefined_default */.nT)(entryV) && !(0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .isUndefined_default */.nT)(entryW)) {
      entryW.indegree++;
      entryV.out.push(mappedEntries[e.w]);
    }
  });
  var sourceSet = (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .filter_default */.B2)(mappedEntries, function(entry) {
    return !entry.indegree;
  });
  return doResolveConflicts(sourceSet);
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(resolveConflicts, "resolveConflicts");
function doResolveConflicts(sourceSet) {
  var entries = [];
  function handleIn(vEntry) {
    return function(uEntry) {
      if (uEntry.merged) {
        return;
      }
      if ((0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .isUndefined_default */.nT)(uEntry.barycenter) || (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .isUndefined_default */.nT)(vEntry.barycenter) || uEntry.barycenter >= vEntry.barycenter) {
        mergeEntries(vEntry, uEntry);
      }
    };
  }
  (0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(handleIn, "handleIn");
  function handleOut(vEntry) {
    return function(wEntry) {
      wEntry["in"].push(vEntry);
      if (--wEntry.indegree === 0) {
        sourceSet.push(wEntry);
      }
    };
  }
  (0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(handleOut, "handleOut");
  while (sourceSet.length) {
    var entry = sourceSet.pop();
    entries.push(entry);
    (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(entry["in"].reverse(), handleIn(entry));
    (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(entry.out, handleOut(entry));
  }
  return (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .map_default */.LG)(
    (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .filter_default */.B2)(entries, function(entry2) {
      return !entry2.merged;
    }),
    function(entry2) {
      return (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .pick_default */.su)(entry2, ["vs", "i", "barycenter", "weight"]);
    }
  );
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(doResolveConflicts, "doResolveConflicts");
function mergeEntries(target, source) {
  var sum = 0;
  var weight = 0;
  if (target.weight) {
    sum += target.barycenter * target.weight;
    weight += target.weight;
  }
  if (source.weight) {
    sum += source.barycenter * source.weight;
    weight += source.weight;
  }
  target.vs = source.vs.concat(target.vs);
  target.barycenter = sum / weight;
  target.weight = weight;
  target.i = Math.min(source.i, target.i);
  source.merged = true;
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(mergeEntries, "mergeEntries");

// ../../node_modules/.pnpm/dagre-d3-es@7.0.14/node_modules/dagre-d3-es/src/dagre/order/sort.js
function sort(entries, biasRight) {
  var parts = partition(entries, function(entry) {
    return Object.prototype.hasOwnProperty.call(entry, "barycenter");
  });
  var sortable = parts.lhs, unsortable = (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .sortBy_default */.u9)(parts.rhs, function(entry) {
    return -entry.i;
  }), vs = [], sum = 0, weight = 0, vsIndex = 0;
  sortable.sort(compareWithBias(!!biasRight));
  vsIndex = consumeUnsortable(vs, unsortable, vsIndex);
  (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(sortable, function(entry) {
    vsIndex += entry.vs.length;
    vs.push(entry.vs);
    sum += entry.barycenter * entry.weight;
    weight += entry.weight;
    vsIndex = consumeUnsortable(vs, unsortable, vsIndex);
  });
  var result = { vs: (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .flatten_default */.Nz)(vs) };
  if (weight) {
    result.barycenter = sum / weight;
    result.weight = weight;
  }
  return result;
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(sort, "sort");
function consumeUnsortable(vs, unsortable, index) {
  var last;
  while (unsortable.length && (last = (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .last_default */.fK)(unsortable)).i <= index) {
    unsortable.pop();
    vs.push(last.vs);
    index++;
  }
  return index;
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(consumeUnsortable, "consumeUnsortable");
function compareWithBias(bias) {
  return function(entryV, entryW) {
    if (entryV.barycenter < entryW.barycenter) {
      return -1;
    } else if (entryV.barycenter > entryW.barycenter) {
      return 1;
    }
    return !bias ? entryV.i - entryW.i : entryW.i - entryV.i;
  };
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(compareWithBias, "compareWithBias");

// ../../node_modules/.pnpm/dagre-d3-es@7.0.14/node_modules/dagre-d3-es/src/dagre/order/sort-subgraph.js
function sortSubgraph(g, v, cg, biasRight) {
  var movable = g.children(v);
  var node = g.node(v);
  var bl = node ? node.borderLeft : void 0;
  var br = node ? node.borderRight : void 0;
  var subgraphs = {};
  if (bl) {
    movable = (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .filter_default */.B2)(movable, function(w) {
      return w !== bl && w !== br;
    });
  }
  var barycenters = barycenter(g, movable);
  (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(barycenters, function(entry) {
    if (g.children(entry.v).length) {
      var subgraphResult = sortSubgraph(g, entry.v, cg, biasRight);
      subgraphs[entry.v] = subgraphResult;
      if (Object.prototype.hasOwnProperty.call(subgraphResult, "barycenter")) {
        mergeBarycenters(entry, subgraphResult);
      }
    }
  });
  var entries = resolveConflicts(barycenters, cg);
  expandSubgraphs(entries, subgraphs);
  var result = sort(entries, biasRight);
  if (bl) {
    result.vs = (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .flatten_default */.Nz)([bl, result.vs, br]);
    if (g.predecessors(bl).length) {
      var blPred = g.node(g.predecessors(bl)[0]), brPred = g.node(g.predecessors(br)[0]);
      if (!Object.prototype.hasOwnProperty.call(result, "barycenter")) {
        result.barycenter = 0;
        result.weight = 0;
      }
      result.barycenter = (result.barycenter * result.weight + blPred.order + brPred.order) / (result.weight + 2);
      result.weight += 2;
    }
  }
  return result;
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(sortSubgraph, "sortSubgraph");
function expandSubgraphs(entries, subgraphs) {
  (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(entries, function(entry) {
    entry.vs = (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .flatten_default */.Nz)(
      entry.vs.map(function(v) {
        if (subgraphs[v]) {
          return subgraphs[v].vs;
        }
        return v;
      })
    );
  });
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(expandSubgraphs, "expandSubgraphs");
function mergeBarycenters(target, other) {
  if (!(0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .isUndefined_default */.nT)(target.barycenter)) {
    target.barycenter = (target.barycenter * target.weight + other.barycenter * other.weight) / (target.weight + other.weight);
    target.weight += other.weight;
  } else {
    target.barycenter = other.barycenter;
    target.weight = other.weight;
  }
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(mergeBarycenters, "mergeBarycenters");

// ../../node_modules/.pnpm/dagre-d3-es@7.0.14/node_modules/dagre-d3-es/src/dagre/order/index.js
function order(g) {
  var maxRank2 = maxRank(g), downLayerGraphs = buildLayerGraphs(g, (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .range_default */.EB)(1, maxRank2 + 1), "inEdges"), upLayerGraphs = buildLayerGraphs(g, (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .range_default */.EB)(maxRank2 - 1, -1, -1), "outEdges");
  var layering = initOrder(g);
  assignOrder(g, layering);
  var bestCC = Number.POSITIVE_INFINITY, best;
  for (var i = 0, lastBest = 0; lastBest < 4; ++i, ++lastBest) {
    sweepLayerGraphs(i % 2 ? downLayerGraphs : upLayerGraphs, i % 4 >= 2);
    layering = buildLayerMatrix(g);
    var cc = crossCount(g, layering);
    if (cc < bestCC) {
      lastBest = 0;
      best = (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .cloneDeep_default */.Kn)(layering);
      bestCC = cc;
    }
  }
  assignOrder(g, best);
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(order, "order");
function buildLayerGraphs(g, ranks, relationship) {
  return (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .map_default */.LG)(ranks, function(rank2) {
    return buildLayerGraph(g, rank2, relationship);
  });
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(buildLayerGraphs, "buildLayerGraphs");
function sweepLayerGraphs(layerGraphs, biasRight) {
  var cg = new _chunk_ZHPTYMLB_mjs__rspack_import_0/* .Graph */.TS();
  (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(layerGraphs, function(lg) {
    var root = lg.graph().root;
    var sorted = sortSubgraph(lg, root, cg, biasRight);
    (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(sorted.vs, function(v, i) {
      lg.node(v).order = i;
    });
    addSubgraphConstraints(lg, cg, sorted.vs);
  });
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(sweepLayerGraphs, "sweepLayerGraphs");
function assignOrder(g, layering) {
  (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(layering, function(layer) {
    (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(layer, function(v, i) {
      g.node(v).order = i;
    });
  });
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(assignOrder, "assignOrder");

// ../../node_modules/.pnpm/dagre-d3-es@7.0.14/node_modules/dagre-d3-es/src/dagre/parent-dummy-chains.js
function parentDummyChains(g) {
  var postorderNums = postorder2(g);
  (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(g.graph().dummyChains, function(v) {
    var node = g.node(v);
    var edgeObj = node.edgeObj;
    var pathData = findPath(g, postorderNums, edgeObj.v, edgeObj.w);
    var path = pathData.path;
    var lca = pathData.lca;
    var pathIdx = 0;
    var pathV = path[pathIdx];
    var ascending = true;
    while (v !== edgeObj.w) {
      node = g.node(v);
      if (ascending) {
        while ((pathV = path[pathIdx]) !== lca && g.node(pathV).maxRank < node.rank) {
          pathIdx++;
        }
        if (pathV === lca) {
          ascending = false;
        }
      }
      if (!ascending) {
        while (pathIdx < path.length - 1 && g.node(pathV = path[pathIdx + 1]).minRank <= node.rank) {
          pathIdx++;
        }
        pathV = path[pathIdx];
      }
      g.setParent(v, pathV);
      v = g.successors(v)[0];
    }
  });
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(parentDummyChains, "parentDummyChains");
function findPath(g, postorderNums, v, w) {
  var vPath = [];
  var wPath = [];
  var low = Math.min(postorderNums[v].low, postorderNums[w].low);
  var lim = Math.max(postorderNums[v].lim, postorderNums[w].lim);
  var parent;
  var lca;
  parent = v;
  do {
    parent = g.parent(parent);
    vPath.push(parent);
  } while (parent && (postorderNums[parent].low > low || lim > postorderNums[parent].lim));
  lca = parent;
  parent = w;
  while ((parent = g.parent(parent)) !== lca) {
    wPath.push(parent);
  }
  return { path: vPath.concat(wPath.reverse()), lca };
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(findPath, "findPath");
function postorder2(g) {
  var result = {};
  var lim = 0;
  function dfs3(v) {
    var low = lim;
    (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(g.children(v), dfs3);
    result[v] = { low, lim: lim++ };
  }
  (0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(dfs3, "dfs");
  (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(g.children(), dfs3);
  return result;
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(postorder2, "postorder");

// ../../node_modules/.pnpm/dagre-d3-es@7.0.14/node_modules/dagre-d3-es/src/dagre/position/bk.js
function findType1Conflicts(g, layering) {
  var conflicts = {};
  function visitLayer(prevLayer, layer) {
    var k0 = 0, scanPos = 0, prevLayerLength = prevLayer.length, lastNode = (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .last_default */.fK)(layer);
    (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(layer, function(v, i) {
      var w = findOtherInnerSegmentNode(g, v), k1 = w ? g.node(w).order : prevLayerLength;
      if (w || v === lastNode) {
        (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(layer.slice(scanPos, i + 1), function(scanNode) {
          (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(g.predecessors(scanNode), function(u) {
            var uLabel = g.node(u), uPos = uLabel.order;
            if ((uPos < k0 || k1 < uPos) && !(uLabel.dummy && g.node(scanNode).dummy)) {
              addConflict(conflicts, u, scanNode);
            }
          });
        });
        scanPos = i + 1;
        k0 = k1;
      }
    });
    return layer;
  }
  (0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(visitLayer, "visitLayer");
  (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .reduce_default */.dY)(layering, visitLayer);
  return conflicts;
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(findType1Conflicts, "findType1Conflicts");
function findType2Conflicts(g, layering) {
  var conflicts = {};
  function scan(south, southPos, southEnd, prevNorthBorder, nextNorthBorder) {
    var v;
    (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)((0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .range_default */.EB)(southPos, southEnd), function(i) {
      v = south[i];
      if (g.node(v).dummy) {
        (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(g.predecessors(v), function(u) {
          var uNode = g.node(u);
          if (uNode.dummy && (uNode.order < prevNorthBorder || uNode.order > nextNorthBorder)) {
            addConflict(conflicts, u, v);
          }
        });
      }
    });
  }
  (0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(scan, "scan");
  function visitLayer(north, south) {
    var prevNorthPos = -1, nextNorthPos, southPos = 0;
    (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(south, function(v, southLookahead) {
      if (g.node(v).dummy === "border") {
        var predecessors = g.predecessors(v);
        if (predecessors.length) {
          nextNorthPos = g.node(predecessors[0]).order;
          scan(south, southPos, southLookahead, prevNorthPos, nextNorthPos);
          southPos = southLookahead;
          prevNorthPos = nextNorthPos;
        }
      }
      scan(south, southPos, south.length, nextNorthPos, north.length);
    });
    return south;
  }
  (0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(visitLayer, "visitLayer");
  (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .reduce_default */.dY)(layering, visitLayer);
  return conflicts;
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(findType2Conflicts, "findType2Conflicts");
function findOtherInnerSegmentNode(g, v) {
  if (g.node(v).dummy) {
    return (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .find_default */.o3)(g.predecessors(v), function(u) {
      return g.node(u).dummy;
    });
  }
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(findOtherInnerSegmentNode, "findOtherInnerSegmentNode");
function addConflict(conflicts, v, w) {
  if (v > w) {
    var tmp = v;
    v = w;
    w = tmp;
  }
  if (!Object.prototype.hasOwnProperty.call(conflicts, v)) {
    Object.defineProperty(conflicts, v, {
      enumerable: true,
      configurable: true,
      value: {},
      writable: true
    });
  }
  var conflictsV = conflicts[v];
  Object.defineProperty(conflictsV, w, {
    enumerable: true,
    configurable: true,
    value: true,
    writable: true
  });
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(addConflict, "addConflict");
function hasConflict(conflicts, v, w) {
  if (v > w) {
    var tmp = v;
    v = w;
    w = tmp;
  }
  return !!conflicts[v] && Object.prototype.hasOwnProperty.call(conflicts[v], w);
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(hasConflict, "hasConflict");
function verticalAlignment(g, layering, conflicts, neighborFn) {
  var root = {}, align = {}, pos = {};
  (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(layering, function(layer) {
    (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(layer, function(v, order2) {
      root[v] = v;
      align[v] = v;
      pos[v] = order2;
    });
  });
  (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(layering, function(layer) {
    var prevIdx = -1;
    (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(layer, function(v) {
      var ws = neighborFn(v);
      if (ws.length) {
        ws = (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .sortBy_default */.u9)(ws, function(w2) {
          return pos[w2];
        });
        var mp = (ws.length - 1) / 2;
        for (var i = Math.floor(mp), il = Math.ceil(mp); i <= il; ++i) {
          var w = ws[i];
          if (align[v] === v && prevIdx < pos[w] && !hasConflict(conflicts, v, w)) {
            align[w] = v;
            align[v] = root[v] = root[w];
            prevIdx = pos[w];
          }
        }
      }
    });
  });
  return { root, align };
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(verticalAlignment, "verticalAlignment");
function horizontalCompaction(g, layering, root, align, reverseSep) {
  var xs = {}, blockG = buildBlockGraph(g, layering, root, reverseSep), borderType = reverseSep ? "borderLeft" : "borderRight";
  function iterate(setXsFunc, nextNodesFunc) {
    var stack = blockG.nodes();
    var elem = stack.pop();
    var visited = {};
    while (elem) {
      if (visited[elem]) {
        setXsFunc(elem);
      } else {
        visited[elem] = true;
        stack.push(elem);
        stack = stack.concat(nextNodesFunc(elem));
      }
      elem = stack.pop();
    }
  }
  (0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(iterate, "iterate");
  function pass1(elem) {
    xs[elem] = blockG.inEdges(elem).reduce(function(acc, e) {
      return Math.max(acc, xs[e.v] + blockG.edge(e));
    }, 0);
  }
  (0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(pass1, "pass1");
  function pass2(elem) {
    var min = blockG.outEdges(elem).reduce(function(acc, e) {
      return Math.min(acc, xs[e.w] - blockG.edge(e));
    }, Number.POSITIVE_INFINITY);
    var node = g.node(elem);
    if (min !== Number.POSITIVE_INFINITY && node.borderType !== borderType) {
      xs[elem] = Math.max(xs[elem], min);
    }
  }
  (0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(pass2, "pass2");
  iterate(pass1, blockG.predecessors.bind(blockG));
  iterate(pass2, blockG.successors.bind(blockG));
  (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(align, function(v) {
    xs[v] = xs[root[v]];
  });
  return xs;
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(horizontalCompaction, "horizontalCompaction");
function buildBlockGraph(g, layering, root, reverseSep) {
  var blockGraph = new _chunk_ZHPTYMLB_mjs__rspack_import_0/* .Graph */.TS(), graphLabel = g.graph(), sepFn = sep(graphLabel.nodesep, graphLabel.edgesep, reverseSep);
  (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(layering, function(layer) {
    var u;
    (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(layer, function(v) {
      var vRoot = root[v];
      blockGraph.setNode(vRoot);
      if (u) {
        var uRoot = root[u], prevMax = blockGraph.edge(uRoot, vRoot);
        blockGraph.setEdge(uRoot, vRoot, Math.max(sepFn(g, v, u), prevMax || 0));
      }
      u = v;
    });
  });
  return blockGraph;
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(buildBlockGraph, "buildBlockGraph");
function findSmallestWidthAlignment(g, xss) {
  return (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .minBy_default */.us)((0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .values_default */.dq)(xss), function(xs) {
    var max = Number.NEGATIVE_INFINITY;
    var min = Number.POSITIVE_INFINITY;
    (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forIn_default */.Fm)(xs, function(x, v) {
      var halfWidth = width(g, v) / 2;
      max = Math.max(x + halfWidth, max);
      min = Math.min(x - halfWidth, min);
    });
    return max - min;
  });
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(findSmallestWidthAlignment, "findSmallestWidthAlignment");
function alignCoordinates(xss, alignTo) {
  var alignToVals = (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .values_default */.dq)(alignTo), alignToMin = (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .min_default */.F)(alignToVals), alignToMax = (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .max_default */.Jh)(alignToVals);
  (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(["u", "d"], function(vert) {
    (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(["l", "r"], function(horiz) {
      var alignment = vert + horiz, xs = xss[alignment], delta;
      if (xs === alignTo) return;
      var xsVals = (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .values_default */.dq)(xs);
      delta = horiz === "l" ? alignToMin - (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .min_default */.F)(xsVals) : alignToMax - (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .max_default */.Jh)(xsVals);
      if (delta) {
        xss[alignment] = (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .mapValues_default */.LN)(xs, function(x) {
          return x + delta;
        });
      }
    });
  });
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(alignCoordinates, "alignCoordinates");
function balance(xss, align) {
  return (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .mapValues_default */.LN)(xss.ul, function(ignore, v) {
    if (align) {
      return xss[align.toLowerCase()][v];
    } else {
      var xs = (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .sortBy_default */.u9)((0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .map_default */.LG)(xss, v));
      return (xs[1] + xs[2]) / 2;
    }
  });
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(balance, "balance");
function positionX(g) {
  var layering = buildLayerMatrix(g);
  var conflicts = (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .merge_default */.ds)(findType1Conflicts(g, layering), findType2Conflicts(g, layering));
  var xss = {};
  var adjustedLayering;
  (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(["u", "d"], function(vert) {
    adjustedLayering = vert === "u" ? layering : (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .values_default */.dq)(layering).reverse();
    (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(["l", "r"], function(horiz) {
      if (horiz === "r") {
        adjustedLayering = (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .map_default */.LG)(adjustedLayering, function(inner) {
          return (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .values_default */.dq)(inner).reverse();
        });
      }
      var neighborFn = (vert === "u" ? g.predecessors : g.successors).bind(g);
      var align = verticalAlignment(g, adjustedLayering, conflicts, neighborFn);
      var xs = horizontalCompaction(g, adjustedLayering, align.root, align.align, horiz === "r");
      if (horiz === "r") {
        xs = (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .mapValues_default */.LN)(xs, function(x) {
          return -x;
        });
      }
      xss[vert + horiz] = xs;
    });
  });
  var smallestWidth = findSmallestWidthAlignment(g, xss);
  alignCoordinates(xss, smallestWidth);
  return balance(xss, g.graph().align);
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(positionX, "positionX");
function sep(nodeSep, edgeSep, reverseSep) {
  return function(g, v, w) {
    var vLabel = g.node(v);
    var wLabel = g.node(w);
    var sum = 0;
    var delta;
    sum += vLabel.width / 2;
    if (Object.prototype.hasOwnProperty.call(vLabel, "labelpos")) {
      switch (vLabel.labelpos.toLowerCase()) {
        case "l":
          delta = -vLabel.width / 2;
          break;
        case "r":
          delta = vLabel.width / 2;
          break;
      }
    }
    if (delta) {
      sum += reverseSep ? delta : -delta;
    }
    delta = 0;
    sum += (vLabel.dummy ? edgeSep : nodeSep) / 2;
    sum += (wLabel.dummy ? edgeSep : nodeSep) / 2;
    sum += wLabel.width / 2;
    if (Object.prototype.hasOwnProperty.call(wLabel, "labelpos")) {
      switch (wLabel.labelpos.toLowerCase()) {
        case "l":
          delta = wLabel.width / 2;
          break;
        case "r":
          delta = -wLabel.width / 2;
          break;
      }
    }
    if (delta) {
      sum += reverseSep ? delta : -delta;
    }
    delta = 0;
    return sum;
  };
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(sep, "sep");
function width(g, v) {
  return g.node(v).width;
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(width, "width");

// ../../node_modules/.pnpm/dagre-d3-es@7.0.14/node_modules/dagre-d3-es/src/dagre/position/index.js
function position(g) {
  g = asNonCompoundGraph(g);
  positionY(g);
  (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forOwn_default */.uv)(positionX(g), function(x, v) {
    g.node(v).x = x;
  });
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(position, "position");
function positionY(g) {
  var layering = buildLayerMatrix(g);
  var rankSep = g.graph().ranksep;
  var prevY = 0;
  (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(layering, function(layer) {
    var maxHeight = (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .max_default */.Jh)(
      (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .map_default */.LG)(layer, function(v) {
        return g.node(v).height;
      })
    );
    (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(layer, function(v) {
      g.node(v).y = prevY + maxHeight / 2;
    });
    prevY += maxHeight + rankSep;
  });
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(positionY, "positionY");

// ../../node_modules/.pnpm/dagre-d3-es@7.0.14/node_modules/dagre-d3-es/src/dagre/layout.js
function layout(g, opts) {
  var time2 = opts && opts.debugTiming ? time : notime;
  time2("layout", () => {
    var layoutGraph = time2("  buildLayoutGraph", () => buildLayoutGraph(g));
    time2("  runLayout", () => runLayout(layoutGraph, time2));
    time2("  updateInputGraph", () => updateInputGraph(g, layoutGraph));
  });
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(layout, "layout");
function runLayout(g, time2) {
  time2("    makeSpaceForEdgeLabels", () => makeSpaceForEdgeLabels(g));
  time2("    removeSelfEdges", () => removeSelfEdges(g));
  time2("    acyclic", () => run(g));
  time2("    nestingGraph.run", () => run3(g));
  time2("    rank", () => rank(asNonCompoundGraph(g)));
  time2("    injectEdgeLabelProxies", () => injectEdgeLabelProxies(g));
  time2("    removeEmptyRanks", () => removeEmptyRanks(g));
  time2("    nestingGraph.cleanup", () => cleanup(g));
  time2("    normalizeRanks", () => normalizeRanks(g));
  time2("    assignRankMinMax", () => assignRankMinMax(g));
  time2("    removeEdgeLabelProxies", () => removeEdgeLabelProxies(g));
  time2("    normalize.run", () => run2(g));
  time2("    parentDummyChains", () => parentDummyChains(g));
  time2("    addBorderSegments", () => addBorderSegments(g));
  time2("    order", () => order(g));
  time2("    insertSelfEdges", () => insertSelfEdges(g));
  time2("    adjustCoordinateSystem", () => adjust(g));
  time2("    position", () => position(g));
  time2("    positionSelfEdges", () => positionSelfEdges(g));
  time2("    removeBorderNodes", () => removeBorderNodes(g));
  time2("    normalize.undo", () => undo3(g));
  time2("    fixupEdgeLabelCoords", () => fixupEdgeLabelCoords(g));
  time2("    undoCoordinateSystem", () => undo(g));
  time2("    translateGraph", () => translateGraph(g));
  time2("    assignNodeIntersects", () => assignNodeIntersects(g));
  time2("    reversePoints", () => reversePointsForReversedEdges(g));
  time2("    acyclic.undo", () => undo2(g));
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(runLayout, "runLayout");
function updateInputGraph(inputGraph, layoutGraph) {
  (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(inputGraph.nodes(), function(v) {
    var inputLabel = inputGraph.node(v);
    var layoutLabel = layoutGraph.node(v);
    if (inputLabel) {
      inputLabel.x = layoutLabel.x;
      inputLabel.y = layoutLabel.y;
      if (layoutGraph.children(v).length) {
        inputLabel.width = layoutLabel.width;
        inputLabel.height = layoutLabel.height;
      }
    }
  });
  (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(inputGraph.edges(), function(e) {
    var inputLabel = inputGraph.edge(e);
    var layoutLabel = layoutGraph.edge(e);
    inputLabel.points = layoutLabel.points;
    if (Object.prototype.hasOwnProperty.call(layoutLabel, "x")) {
      inputLabel.x = layoutLabel.x;
      inputLabel.y = layoutLabel.y;
    }
  });
  inputGraph.graph().width = layoutGraph.graph().width;
  inputGraph.graph().height = layoutGraph.graph().height;
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(updateInputGraph, "updateInputGraph");
var graphNumAttrs = ["nodesep", "edgesep", "ranksep", "marginx", "marginy"];
var graphDefaults = { ranksep: 50, edgesep: 20, nodesep: 50, rankdir: "tb" };
var graphAttrs = ["acyclicer", "ranker", "rankdir", "align"];
var nodeNumAttrs = ["width", "height"];
var nodeDefaults = { width: 0, height: 0 };
var edgeNumAttrs = ["minlen", "weight", "width", "height", "labeloffset"];
var edgeDefaults = {
  minlen: 1,
  weight: 1,
  width: 0,
  height: 0,
  labeloffset: 10,
  labelpos: "r"
};
var edgeAttrs = ["labelpos"];
function buildLayoutGraph(inputGraph) {
  var g = new _chunk_ZHPTYMLB_mjs__rspack_import_0/* .Graph */.TS({ multigraph: true, compound: true });
  var graph = canonicalize(inputGraph.graph());
  g.setGraph(
    (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .merge_default */.ds)({}, graphDefaults, selectNumberAttrs(graph, graphNumAttrs), (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .pick_default */.su)(graph, graphAttrs))
  );
  (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(inputGraph.nodes(), function(v) {
    var node = canonicalize(inputGraph.node(v));
    g.setNode(v, (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .defaults_default */.N0)(selectNumberAttrs(node, nodeNumAttrs), nodeDefaults));
    g.setParent(v, inputGraph.parent(v));
  });
  (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(inputGraph.edges(), function(e) {
    var edge = canonicalize(inputGraph.edge(e));
    g.setEdge(
      e,
      (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .merge_default */.ds)({}, edgeDefaults, selectNumberAttrs(edge, edgeNumAttrs), (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .pick_default */.su)(edge, edgeAttrs))
    );
  });
  return g;
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(buildLayoutGraph, "buildLayoutGraph");
function makeSpaceForEdgeLabels(g) {
  var graph = g.graph();
  graph.ranksep /= 2;
  (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(g.edges(), function(e) {
    var edge = g.edge(e);
    edge.minlen *= 2;
    if (edge.labelpos.toLowerCase() !== "c") {
      if (graph.rankdir === "TB" || graph.rankdir === "BT") {
        edge.width += edge.labeloffset;
      } else {
        edge.height += edge.labeloffset;
      }
    }
  });
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(makeSpaceForEdgeLabels, "makeSpaceForEdgeLabels");
function injectEdgeLabelProxies(g) {
  (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(g.edges(), function(e) {
    var edge = g.edge(e);
    if (edge.width && edge.height) {
      var v = g.node(e.v);
      var w = g.node(e.w);
      var label = { rank: (w.rank - v.rank) / 2 + v.rank, e };
      addDummyNode(g, "edge-proxy", label, "_ep");
    }
  });
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(injectEdgeLabelProxies, "injectEdgeLabelProxies");
function assignRankMinMax(g) {
  var maxRank2 = 0;
  (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(g.nodes(), function(v) {
    var node = g.node(v);
    if (node.borderTop) {
      node.minRank = g.node(node.borderTop).rank;
      node.maxRank = g.node(node.borderBottom).rank;
      maxRank2 = (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .max_default */.Jh)(maxRank2, node.maxRank);
    }
  });
  g.graph().maxRank = maxRank2;
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(assignRankMinMax, "assignRankMinMax");
function removeEdgeLabelProxies(g) {
  (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(g.nodes(), function(v) {
    var node = g.node(v);
    if (node.dummy === "edge-proxy") {
      g.edge(node.e).labelRank = node.rank;
      g.removeNode(v);
    }
  });
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(removeEdgeLabelProxies, "removeEdgeLabelProxies");
function translateGraph(g) {
  var minX = Number.POSITIVE_INFINITY;
  var maxX = 0;
  var minY = Number.POSITIVE_INFINITY;
  var maxY = 0;
  var graphLabel = g.graph();
  var marginX = graphLabel.marginx || 0;
  var marginY = graphLabel.marginy || 0;
  function getExtremes(attrs) {
    var x = attrs.x;
    var y = attrs.y;
    var w = attrs.width;
    var h = attrs.height;
    minX = Math.min(minX, x - w / 2);
    maxX = Math.max(maxX, x + w / 2);
    minY = Math.min(minY, y - h / 2);
    maxY = Math.max(maxY, y + h / 2);
  }
  (0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(getExtremes, "getExtremes");
  (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(g.nodes(), function(v) {
    getExtremes(g.node(v));
  });
  (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(g.edges(), function(e) {
    var edge = g.edge(e);
    if (Object.prototype.hasOwnProperty.call(edge, "x")) {
      getExtremes(edge);
    }
  });
  minX -= marginX;
  minY -= marginY;
  (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(g.nodes(), function(v) {
    var node = g.node(v);
    node.x -= minX;
    node.y -= minY;
  });
  (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(g.edges(), function(e) {
    var edge = g.edge(e);
    (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(edge.points, function(p) {
      p.x -= minX;
      p.y -= minY;
    });
    if (Object.prototype.hasOwnProperty.call(edge, "x")) {
      edge.x -= minX;
    }
    if (Object.prototype.hasOwnProperty.call(edge, "y")) {
      edge.y -= minY;
    }
  });
  graphLabel.width = maxX - minX + marginX;
  graphLabel.height = maxY - minY + marginY;
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(translateGraph, "translateGraph");
function assignNodeIntersects(g) {
  (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(g.edges(), function(e) {
    var edge = g.edge(e);
    var nodeV = g.node(e.v);
    var nodeW = g.node(e.w);
    var p1, p2;
    if (!edge.points) {
      edge.points = [];
      p1 = nodeW;
      p2 = nodeV;
    } else {
      p1 = edge.points[0];
      p2 = edge.points[edge.points.length - 1];
    }
    edge.points.unshift(intersectRect(nodeV, p1));
    edge.points.push(intersectRect(nodeW, p2));
  });
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(assignNodeIntersects, "assignNodeIntersects");
function fixupEdgeLabelCoords(g) {
  (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(g.edges(), function(e) {
    var edge = g.edge(e);
    if (Object.prototype.hasOwnProperty.call(edge, "x")) {
      if (edge.labelpos === "l" || edge.labelpos === "r") {
        edge.width -= edge.labeloffset;
      }
      switch (edge.labelpos) {
        case "l":
          edge.x -= edge.width / 2 + edge.labeloffset;
          break;
        case "r":
          edge.x += edge.width / 2 + edge.labeloffset;
          break;
      }
    }
  });
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(fixupEdgeLabelCoords, "fixupEdgeLabelCoords");
function reversePointsForReversedEdges(g) {
  (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(g.edges(), function(e) {
    var edge = g.edge(e);
    if (edge.reversed) {
      edge.points.reverse();
    }
  });
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(reversePointsForReversedEdges, "reversePointsForReversedEdges");
function removeBorderNodes(g) {
  (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(g.nodes(), function(v) {
    if (g.children(v).length) {
      var node = g.node(v);
      var t = g.node(node.borderTop);
      var b = g.node(node.borderBottom);
      var l = g.node((0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .last_default */.fK)(node.borderLeft));
      var r = g.node((0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .last_default */.fK)(node.borderRight));
      node.width = Math.abs(r.x - l.x);
      node.height = Math.abs(b.y - t.y);
      node.x = l.x + node.width / 2;
      node.y = t.y + node.height / 2;
    }
  });
  (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(g.nodes(), function(v) {
    if (g.node(v).dummy === "border") {
      g.removeNode(v);
    }
  });
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(removeBorderNodes, "removeBorderNodes");
function removeSelfEdges(g) {
  (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(g.edges(), function(e) {
    if (e.v === e.w) {
      var node = g.node(e.v);
      if (!node.selfEdges) {
        node.selfEdges = [];
      }
      node.selfEdges.push({ e, label: g.edge(e) });
      g.removeEdge(e);
    }
  });
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(removeSelfEdges, "removeSelfEdges");
function insertSelfEdges(g) {
  var layers = buildLayerMatrix(g);
  (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(layers, function(layer) {
    var orderShift = 0;
    (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(layer, function(v, i) {
      var node = g.node(v);
      node.order = i + orderShift;
      (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(node.selfEdges, function(selfEdge) {
        addDummyNode(
          g,
          "selfedge",
          {
            width: selfEdge.label.width,
            height: selfEdge.label.height,
            rank: node.rank,
            order: i + ++orderShift,
            e: selfEdge.e,
            label: selfEdge.label
          },
          "_se"
        );
      });
      delete node.selfEdges;
    });
  });
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(insertSelfEdges, "insertSelfEdges");
function positionSelfEdges(g) {
  (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(g.nodes(), function(v) {
    var node = g.node(v);
    if (node.dummy === "selfedge") {
      var selfNode = g.node(node.e.v);
      var x = selfNode.x + selfNode.width / 2;
      var y = selfNode.y;
      var dx = node.x - x;
      var dy = selfNode.height / 2;
      g.setEdge(node.e, node.label);
      g.removeNode(v);
      node.label.points = [
        { x: x + 2 * dx / 3, y: y - dy },
        { x: x + 5 * dx / 6, y: y - dy },
        { x: x + dx, y },
        { x: x + 5 * dx / 6, y: y + dy },
        { x: x + 2 * dx / 3, y: y + dy }
      ];
      node.label.x = node.x;
      node.label.y = node.y;
    }
  });
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(positionSelfEdges, "positionSelfEdges");
function selectNumberAttrs(obj, attrs) {
  return (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .mapValues_default */.LN)((0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .pick_default */.su)(obj, attrs), Number);
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(selectNumberAttrs, "selectNumberAttrs");
function canonicalize(attrs) {
  var newAttrs = {};
  (0,_chunk_ZHPTYMLB_mjs__rspack_import_0/* .forEach_default */.jU)(attrs, function(v, k) {
    newAttrs[k.toLowerCase()] = v;
  });
  return newAttrs;
}
(0,_chunk_Q5MVOS3D_mjs__rspack_import_1/* .__name */.K2)(canonicalize, "canonicalize");



__webpack_require__.d(__webpack_exports__, {
}, {
  Z: layout
});


},

}]);
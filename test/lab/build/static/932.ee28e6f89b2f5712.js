"use strict";
(self["rspackChunk"] = self["rspackChunk"] || []).push([[932], {
84028(__unused_rspack_module, __webpack_exports__, __webpack_require__) {
/* import */ var _baseAssignValue_js__rspack_import_1 = __webpack_require__(27687);
/* import */ var _eq_js__rspack_import_0 = __webpack_require__(21795);



/** Used for built-in method references. */
var objectProto = Object.prototype;

/** Used to check objects for own properties. */
var hasOwnProperty = objectProto.hasOwnProperty;

/**
 * Assigns `value` to `key` of `object` if the existing value is not equivalent
 * using [`SameValueZero`](http://ecma-international.org/ecma-262/7.0/#sec-samevaluezero)
 * for equality comparisons.
 *
 * @private
 * @param {Object} object The object to modify.
 * @param {string} key The key of the property to assign.
 * @param {*} value The value to assign.
 */
function assignValue(object, key, value) {
  var objValue = object[key];
  if (!(hasOwnProperty.call(object, key) && (0,_eq_js__rspack_import_0/* ["default"] */.A)(objValue, value)) ||
      (value === undefined && !(key in object))) {
    (0,_baseAssignValue_js__rspack_import_1/* ["default"] */.A)(object, key, value);
  }
}

/* export default */ const __rspack_default_export = (assignValue);

__webpack_require__.d(__webpack_exports__, {
}, {
  A: __rspack_default_export
});


},
27687(__unused_rspack_module, __webpack_exports__, __webpack_require__) {
/* import */ var _defineProperty_js__rspack_import_0 = __webpack_require__(97278);


/**
 * The base implementation of `assignValue` and `assignMergeValue` without
 * value checks.
 *
 * @private
 * @param {Object} object The object to modify.
 * @param {string} key The key of the property to assign.
 * @param {*} value The value to assign.
 */
function baseAssignValue(object, key, value) {
  if (key == '__proto__' && _defineProperty_js__rspack_import_0/* ["default"] */.A) {
    (0,_defineProperty_js__rspack_import_0/* ["default"] */.A)(object, key, {
      'configurable': true,
      'enumerable': true,
      'value': value,
      'writable': true
    });
  } else {
    object[key] = value;
  }
}

/* export default */ const __rspack_default_export = (baseAssignValue);

__webpack_require__.d(__webpack_exports__, {
}, {
  A: __rspack_default_export
});


},
39108(__unused_rspack_module, __webpack_exports__, __webpack_require__) {

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  A: () => (/* binding */ _baseClone)
});

// EXTERNAL MODULE: ../../../node_modules/lodash-es/_Stack.js + 5 modules
var _Stack = __webpack_require__(82092);
// EXTERNAL MODULE: ../../../node_modules/lodash-es/_arrayEach.js
var _arrayEach = __webpack_require__(61774);
// EXTERNAL MODULE: ../../../node_modules/lodash-es/_assignValue.js
var _assignValue = __webpack_require__(84028);
// EXTERNAL MODULE: ../../../node_modules/lodash-es/_copyObject.js
var _copyObject = __webpack_require__(58286);
// EXTERNAL MODULE: ../../../node_modules/lodash-es/keys.js
var keys = __webpack_require__(59561);
;// CONCATENATED MODULE: ../../../node_modules/lodash-es/_baseAssign.js



/**
 * The base implementation of `_.assign` without support for multiple sources
 * or `customizer` functions.
 *
 * @private
 * @param {Object} object The destination object.
 * @param {Object} source The source object.
 * @returns {Object} Returns `object`.
 */
function baseAssign(object, source) {
  return object && (0,_copyObject/* ["default"] */.A)(source, (0,keys/* ["default"] */.A)(source), object);
}

/* export default */ const _baseAssign = (baseAssign);

// EXTERNAL MODULE: ../../../node_modules/lodash-es/keysIn.js + 2 modules
var keysIn = __webpack_require__(31478);
;// CONCATENATED MODULE: ../../../node_modules/lodash-es/_baseAssignIn.js



/**
 * The base implementation of `_.assignIn` without support for multiple sources
 * or `customizer` functions.
 *
 * @private
 * @param {Object} object The destination object.
 * @param {Object} source The source object.
 * @returns {Object} Returns `object`.
 */
function baseAssignIn(object, source) {
  return object && (0,_copyObject/* ["default"] */.A)(source, (0,keysIn/* ["default"] */.A)(source), object);
}

/* export default */ const _baseAssignIn = (baseAssignIn);

// EXTERNAL MODULE: ../../../node_modules/lodash-es/_cloneBuffer.js
var _cloneBuffer = __webpack_require__(72073);
// EXTERNAL MODULE: ../../../node_modules/lodash-es/_copyArray.js
var _copyArray = __webpack_require__(65991);
// EXTERNAL MODULE: ../../../node_modules/lodash-es/_getSymbols.js
var _getSymbols = __webpack_require__(13501);
;// CONCATENATED MODULE: ../../../node_modules/lodash-es/_copySymbols.js



/**
 * Copies own symbols of `source` to `object`.
 *
 * @private
 * @param {Object} source The object to copy symbols from.
 * @param {Object} [object={}] The object to copy symbols to.
 * @returns {Object} Returns `object`.
 */
function copySymbols(source, object) {
  return (0,_copyObject/* ["default"] */.A)(source, (0,_getSymbols/* ["default"] */.A)(source), object);
}

/* export default */ const _copySymbols = (copySymbols);

// EXTERNAL MODULE: ../../../node_modules/lodash-es/_getSymbolsIn.js
var _getSymbolsIn = __webpack_require__(82926);
;// CONCATENATED MODULE: ../../../node_modules/lodash-es/_copySymbolsIn.js



/**
 * Copies own and inherited symbols of `source` to `object`.
 *
 * @private
 * @param {Object} source The object to copy symbols from.
 * @param {Object} [object={}] The object to copy symbols to.
 * @returns {Object} Returns `object`.
 */
function copySymbolsIn(source, object) {
  return (0,_copyObject/* ["default"] */.A)(source, (0,_getSymbolsIn/* ["default"] */.A)(source), object);
}

/* export default */ const _copySymbolsIn = (copySymbolsIn);

// EXTERNAL MODULE: ../../../node_modules/lodash-es/_getAllKeys.js
var _getAllKeys = __webpack_require__(6923);
// EXTERNAL MODULE: ../../../node_modules/lodash-es/_getAllKeysIn.js
var _getAllKeysIn = __webpack_require__(51256);
// EXTERNAL MODULE: ../../../node_modules/lodash-es/_getTag.js + 3 modules
var _getTag = __webpack_require__(73942);
;// CONCATENATED MODULE: ../../../node_modules/lodash-es/_initCloneArray.js
/** Used for built-in method references. */
var objectProto = Object.prototype;

/** Used to check objects for own properties. */
var _initCloneArray_hasOwnProperty = objectProto.hasOwnProperty;

/**
 * Initializes an array clone.
 *
 * @private
 * @param {Array} array The array to clone.
 * @returns {Array} Returns the initialized clone.
 */
function initCloneArray(array) {
  var length = array.length,
      result = new array.constructor(length);

  // Add properties assigned by `RegExp#exec`.
  if (length && typeof array[0] == 'string' && _initCloneArray_hasOwnProperty.call(array, 'index')) {
    result.index = array.index;
    result.input = array.input;
  }
  return result;
}

/* export default */ const _initCloneArray = (initCloneArray);

// EXTERNAL MODULE: ../../../node_modules/lodash-es/_cloneArrayBuffer.js
var _cloneArrayBuffer = __webpack_require__(2068);
;// CONCATENATED MODULE: ../../../node_modules/lodash-es/_cloneDataView.js


/**
 * Creates a clone of `dataView`.
 *
 * @private
 * @param {Object} dataView The data view to clone.
 * @param {boolean} [isDeep] Specify a deep clone.
 * @returns {Object} Returns the cloned data view.
 */
function cloneDataView(dataView, isDeep) {
  var buffer = isDeep ? (0,_cloneArrayBuffer/* ["default"] */.A)(dataView.buffer) : dataView.buffer;
  return new dataView.constructor(buffer, dataView.byteOffset, dataView.byteLength);
}

/* export default */ const _cloneDataView = (cloneDataView);

;// CONCATENATED MODULE: ../../../node_modules/lodash-es/_cloneRegExp.js
/** Used to match `RegExp` flags from their coerced string values. */
var reFlags = /\w*$/;

/**
 * Creates a clone of `regexp`.
 *
 * @private
 * @param {Object} regexp The regexp to clone.
 * @returns {Object} Returns the cloned regexp.
 */
function cloneRegExp(regexp) {
  var result = new regexp.constructor(regexp.source, reFlags.exec(regexp));
  result.lastIndex = regexp.lastIndex;
  return result;
}

/* export default */ const _cloneRegExp = (cloneRegExp);

// EXTERNAL MODULE: ../../../node_modules/lodash-es/_Symbol.js
var _Symbol = __webpack_require__(37372);
;// CONCATENATED MODULE: ../../../node_modules/lodash-es/_cloneSymbol.js


/** Used to convert symbols to primitives and strings. */
var symbolProto = _Symbol/* ["default"] */.A ? _Symbol/* ["default"].prototype */.A.prototype : undefined,
    symbolValueOf = symbolProto ? symbolProto.valueOf : undefined;

/**
 * Creates a clone of the `symbol` object.
 *
 * @private
 * @param {Object} symbol The symbol object to clone.
 * @returns {Object} Returns the cloned symbol object.
 */
function cloneSymbol(symbol) {
  return symbolValueOf ? Object(symbolValueOf.call(symbol)) : {};
}

/* export default */ const _cloneSymbol = (cloneSymbol);

// EXTERNAL MODULE: ../../../node_modules/lodash-es/_cloneTypedArray.js
var _cloneTypedArray = __webpack_require__(45150);
;// CONCATENATED MODULE: ../../../node_modules/lodash-es/_initCloneByTag.js






/** `Object#toString` result references. */
var boolTag = '[object Boolean]',
    dateTag = '[object Date]',
    mapTag = '[object Map]',
    numberTag = '[object Number]',
    regexpTag = '[object RegExp]',
    setTag = '[object Set]',
    stringTag = '[object String]',
    symbolTag = '[object Symbol]';

var arrayBufferTag = '[object ArrayBuffer]',
    dataViewTag = '[object DataView]',
    float32Tag = '[object Float32Array]',
    float64Tag = '[object Float64Array]',
    int8Tag = '[object Int8Array]',
    int16Tag = '[object Int16Array]',
    int32Tag = '[object Int32Array]',
    uint8Tag = '[object Uint8Array]',
    uint8ClampedTag = '[object Uint8ClampedArray]',
    uint16Tag = '[object Uint16Array]',
    uint32Tag = '[object Uint32Array]';

/**
 * Initializes an object clone based on its `toStringTag`.
 *
 * **Note:** This function only supports cloning values with tags of
 * `Boolean`, `Date`, `Error`, `Map`, `Number`, `RegExp`, `Set`, or `String`.
 *
 * @private
 * @param {Object} object The object to clone.
 * @param {string} tag The `toStringTag` of the object to clone.
 * @param {boolean} [isDeep] Specify a deep clone.
 * @returns {Object} Returns the initialized clone.
 */
function initCloneByTag(object, tag, isDeep) {
  var Ctor = object.constructor;
  switch (tag) {
    case arrayBufferTag:
      return (0,_cloneArrayBuffer/* ["default"] */.A)(object);

    case boolTag:
    case dateTag:
      return new Ctor(+object);

    case dataViewTag:
      return _cloneDataView(object, isDeep);

    case float32Tag: case float64Tag:
    case int8Tag: case int16Tag: case int32Tag:
    case uint8Tag: case uint8ClampedTag: case uint16Tag: case uint32Tag:
      return (0,_cloneTypedArray/* ["default"] */.A)(object, isDeep);

    case mapTag:
      return new Ctor;

    case numberTag:
    case stringTag:
      return new Ctor(object);

    case regexpTag:
      return _cloneRegExp(object);

    case setTag:
      return new Ctor;

    case symbolTag:
      return _cloneSymbol(object);
  }
}

/* export default */ const _initCloneByTag = (initCloneByTag);

// EXTERNAL MODULE: ../../../node_modules/lodash-es/_initCloneObject.js
var _initCloneObject = __webpack_require__(54670);
// EXTERNAL MODULE: ../../../node_modules/lodash-es/isArray.js
var isArray = __webpack_require__(51452);
// EXTERNAL MODULE: ../../../node_modules/lodash-es/isBuffer.js + 1 modules
var isBuffer = __webpack_require__(17655);
// EXTERNAL MODULE: ../../../node_modules/lodash-es/isObjectLike.js
var isObjectLike = __webpack_require__(64977);
;// CONCATENATED MODULE: ../../../node_modules/lodash-es/_baseIsMap.js



/** `Object#toString` result references. */
var _baseIsMap_mapTag = '[object Map]';

/**
 * The base implementation of `_.isMap` without Node.js optimizations.
 *
 * @private
 * @param {*} value The value to check.
 * @returns {boolean} Returns `true` if `value` is a map, else `false`.
 */
function baseIsMap(value) {
  return (0,isObjectLike/* ["default"] */.A)(value) && (0,_getTag/* ["default"] */.A)(value) == _baseIsMap_mapTag;
}

/* export default */ const _baseIsMap = (baseIsMap);

// EXTERNAL MODULE: ../../../node_modules/lodash-es/_baseUnary.js
var _baseUnary = __webpack_require__(16334);
// EXTERNAL MODULE: ../../../node_modules/lodash-es/_nodeUtil.js
var _nodeUtil = __webpack_require__(13384);
;// CONCATENATED MODULE: ../../../node_modules/lodash-es/isMap.js




/* Node.js helper references. */
var nodeIsMap = _nodeUtil/* ["default"] */.A && _nodeUtil/* ["default"].isMap */.A.isMap;

/**
 * Checks if `value` is classified as a `Map` object.
 *
 * @static
 * @memberOf _
 * @since 4.3.0
 * @category Lang
 * @param {*} value The value to check.
 * @returns {boolean} Returns `true` if `value` is a map, else `false`.
 * @example
 *
 * _.isMap(new Map);
 * // => true
 *
 * _.isMap(new WeakMap);
 * // => false
 */
var isMap = nodeIsMap ? (0,_baseUnary/* ["default"] */.A)(nodeIsMap) : _baseIsMap;

/* export default */ const lodash_es_isMap = (isMap);

// EXTERNAL MODULE: ../../../node_modules/lodash-es/isObject.js
var isObject = __webpack_require__(58934);
;// CONCATENATED MODULE: ../../../node_modules/lodash-es/_baseIsSet.js



/** `Object#toString` result references. */
var _baseIsSet_setTag = '[object Set]';

/**
 * The base implementation of `_.isSet` without Node.js optimizations.
 *
 * @private
 * @param {*} value The value to check.
 * @returns {boolean} Returns `true` if `value` is a set, else `false`.
 */
function baseIsSet(value) {
  return (0,isObjectLike/* ["default"] */.A)(value) && (0,_getTag/* ["default"] */.A)(value) == _baseIsSet_setTag;
}

/* export default */ const _baseIsSet = (baseIsSet);

;// CONCATENATED MODULE: ../../../node_modules/lodash-es/isSet.js




/* Node.js helper references. */
var nodeIsSet = _nodeUtil/* ["default"] */.A && _nodeUtil/* ["default"].isSet */.A.isSet;

/**
 * Checks if `value` is classified as a `Set` object.
 *
 * @static
 * @memberOf _
 * @since 4.3.0
 * @category Lang
 * @param {*} value The value to check.
 * @returns {boolean} Returns `true` if `value` is a set, else `false`.
 * @example
 *
 * _.isSet(new Set);
 * // => true
 *
 * _.isSet(new WeakSet);
 * // => false
 */
var isSet = nodeIsSet ? (0,_baseUnary/* ["default"] */.A)(nodeIsSet) : _baseIsSet;

/* export default */ const lodash_es_isSet = (isSet);

;// CONCATENATED MODULE: ../../../node_modules/lodash-es/_baseClone.js























/** Used to compose bitmasks for cloning. */
var CLONE_DEEP_FLAG = 1,
    CLONE_FLAT_FLAG = 2,
    CLONE_SYMBOLS_FLAG = 4;

/** `Object#toString` result references. */
var argsTag = '[object Arguments]',
    arrayTag = '[object Array]',
    _baseClone_boolTag = '[object Boolean]',
    _baseClone_dateTag = '[object Date]',
    errorTag = '[object Error]',
    funcTag = '[object Function]',
    genTag = '[object GeneratorFunction]',
    _baseClone_mapTag = '[object Map]',
    _baseClone_numberTag = '[object Number]',
    objectTag = '[object Object]',
    _baseClone_regexpTag = '[object RegExp]',
    _baseClone_setTag = '[object Set]',
    _baseClone_stringTag = '[object String]',
    _baseClone_symbolTag = '[object Symbol]',
    weakMapTag = '[object WeakMap]';

var _baseClone_arrayBufferTag = '[object ArrayBuffer]',
    _baseClone_dataViewTag = '[object DataView]',
    _baseClone_float32Tag = '[object Float32Array]',
    _baseClone_float64Tag = '[object Float64Array]',
    _baseClone_int8Tag = '[object Int8Array]',
    _baseClone_int16Tag = '[object Int16Array]',
    _baseClone_int32Tag = '[object Int32Array]',
    _baseClone_uint8Tag = '[object Uint8Array]',
    _baseClone_uint8ClampedTag = '[object Uint8ClampedArray]',
    _baseClone_uint16Tag = '[object Uint16Array]',
    _baseClone_uint32Tag = '[object Uint32Array]';

/** Used to identify `toStringTag` values supported by `_.clone`. */
var cloneableTags = {};
cloneableTags[argsTag] = cloneableTags[arrayTag] =
cloneableTags[_baseClone_arrayBufferTag] = cloneableTags[_baseClone_dataViewTag] =
cloneableTags[_baseClone_boolTag] = cloneableTags[_baseClone_dateTag] =
cloneableTags[_baseClone_float32Tag] = cloneableTags[_baseClone_float64Tag] =
cloneableTags[_baseClone_int8Tag] = cloneableTags[_baseClone_int16Tag] =
cloneableTags[_baseClone_int32Tag] = cloneableTags[_baseClone_mapTag] =
cloneableTags[_baseClone_numberTag] = cloneableTags[objectTag] =
cloneableTags[_baseClone_regexpTag] = cloneableTags[_baseClone_setTag] =
cloneableTags[_baseClone_stringTag] = cloneableTags[_baseClone_symbolTag] =
cloneableTags[_baseClone_uint8Tag] = cloneableTags[_baseClone_uint8ClampedTag] =
cloneableTags[_baseClone_uint16Tag] = cloneableTags[_baseClone_uint32Tag] = true;
cloneableTags[errorTag] = cloneableTags[funcTag] =
cloneableTags[weakMapTag] = false;

/**
 * The base implementation of `_.clone` and `_.cloneDeep` which tracks
 * traversed objects.
 *
 * @private
 * @param {*} value The value to clone.
 * @param {boolean} bitmask The bitmask flags.
 *  1 - Deep clone
 *  2 - Flatten inherited properties
 *  4 - Clone symbols
 * @param {Function} [customizer] The function to customize cloning.
 * @param {string} [key] The key of `value`.
 * @param {Object} [object] The parent object of `value`.
 * @param {Object} [stack] Tracks traversed objects and their clone counterparts.
 * @returns {*} Returns the cloned value.
 */
function baseClone(value, bitmask, customizer, key, object, stack) {
  var result,
      isDeep = bitmask & CLONE_DEEP_FLAG,
      isFlat = bitmask & CLONE_FLAT_FLAG,
      isFull = bitmask & CLONE_SYMBOLS_FLAG;

  if (customizer) {
    result = object ? customizer(value, key, object, stack) : customizer(value);
  }
  if (result !== undefined) {
    return result;
  }
  if (!(0,isObject/* ["default"] */.A)(value)) {
    return value;
  }
  var isArr = (0,isArray/* ["default"] */.A)(value);
  if (isArr) {
    result = _initCloneArray(value);
    if (!isDeep) {
      return (0,_copyArray/* ["default"] */.A)(value, result);
    }
  } else {
    var tag = (0,_getTag/* ["default"] */.A)(value),
        isFunc = tag == funcTag || tag == genTag;

    if ((0,isBuffer/* ["default"] */.A)(value)) {
      return (0,_cloneBuffer/* ["default"] */.A)(value, isDeep);
    }
    if (tag == objectTag || tag == argsTag || (isFunc && !object)) {
      result = (isFlat || isFunc) ? {} : (0,_initCloneObject/* ["default"] */.A)(value);
      if (!isDeep) {
        return isFlat
          ? _copySymbolsIn(value, _baseAssignIn(result, value))
          : _copySymbols(value, _baseAssign(result, value));
      }
    } else {
      if (!cloneableTags[tag]) {
        return object ? value : {};
      }
      result = _initCloneByTag(value, tag, isDeep);
    }
  }
  // Check for circular references and return its corresponding clone.
  stack || (stack = new _Stack/* ["default"] */.A);
  var stacked = stack.get(value);
  if (stacked) {
    return stacked;
  }
  stack.set(value, result);

  if (lodash_es_isSet(value)) {
    value.forEach(function(subValue) {
      result.add(baseClone(subValue, bitmask, customizer, subValue, value, stack));
    });
  } else if (lodash_es_isMap(value)) {
    value.forEach(function(subValue, key) {
      result.set(key, baseClone(subValue, bitmask, customizer, key, value, stack));
    });
  }

  var keysFunc = isFull
    ? (isFlat ? _getAllKeysIn/* ["default"] */.A : _getAllKeys/* ["default"] */.A)
    : (isFlat ? keysIn/* ["default"] */.A : keys/* ["default"] */.A);

  var props = isArr ? undefined : keysFunc(value);
  (0,_arrayEach/* ["default"] */.A)(props || value, function(subValue, key) {
    if (props) {
      key = subValue;
      subValue = value[key];
    }
    // Recursively populate clone (susceptible to call stack limits).
    (0,_assignValue/* ["default"] */.A)(result, key, baseClone(subValue, bitmask, customizer, key, value, stack));
  });
  return result;
}

/* export default */ const _baseClone = (baseClone);


},
11617(__unused_rspack_module, __webpack_exports__, __webpack_require__) {
/* import */ var _isObject_js__rspack_import_0 = __webpack_require__(58934);


/** Built-in value references. */
var objectCreate = Object.create;

/**
 * The base implementation of `_.create` without support for assigning
 * properties to the created object.
 *
 * @private
 * @param {Object} proto The object to inherit from.
 * @returns {Object} Returns the new object.
 */
var baseCreate = (function() {
  function object() {}
  return function(proto) {
    if (!(0,_isObject_js__rspack_import_0/* ["default"] */.A)(proto)) {
      return {};
    }
    if (objectCreate) {
      return objectCreate(proto);
    }
    object.prototype = proto;
    var result = new object;
    object.prototype = undefined;
    return result;
  };
}());

/* export default */ const __rspack_default_export = (baseCreate);

__webpack_require__.d(__webpack_exports__, {
}, {
  A: __rspack_default_export
});


},
337(__unused_rspack_module, __webpack_exports__, __webpack_require__) {
/* import */ var _baseGet_js__rspack_import_0 = __webpack_require__(15617);
/* import */ var _baseSet_js__rspack_import_1 = __webpack_require__(997);
/* import */ var _castPath_js__rspack_import_2 = __webpack_require__(73236);




/**
 * The base implementation of  `_.pickBy` without support for iteratee shorthands.
 *
 * @private
 * @param {Object} object The source object.
 * @param {string[]} paths The property paths to pick.
 * @param {Function} predicate The function invoked per property.
 * @returns {Object} Returns the new object.
 */
function basePickBy(object, paths, predicate) {
  var index = -1,
      length = paths.length,
      result = {};

  while (++index < length) {
    var path = paths[index],
        value = (0,_baseGet_js__rspack_import_0/* ["default"] */.A)(object, path);

    if (predicate(value, path)) {
      (0,_baseSet_js__rspack_import_1/* ["default"] */.A)(result, (0,_castPath_js__rspack_import_2/* ["default"] */.A)(path, object), value);
    }
  }
  return result;
}

/* export default */ const __rspack_default_export = (basePickBy);

__webpack_require__.d(__webpack_exports__, {
}, {
  A: __rspack_default_export
});


},
997(__unused_rspack_module, __webpack_exports__, __webpack_require__) {
/* import */ var _assignValue_js__rspack_import_4 = __webpack_require__(84028);
/* import */ var _castPath_js__rspack_import_1 = __webpack_require__(73236);
/* import */ var _isIndex_js__rspack_import_3 = __webpack_require__(4706);
/* import */ var _isObject_js__rspack_import_0 = __webpack_require__(58934);
/* import */ var _toKey_js__rspack_import_2 = __webpack_require__(65482);






/**
 * The base implementation of `_.set`.
 *
 * @private
 * @param {Object} object The object to modify.
 * @param {Array|string} path The path of the property to set.
 * @param {*} value The value to set.
 * @param {Function} [customizer] The function to customize path creation.
 * @returns {Object} Returns `object`.
 */
function baseSet(object, path, value, customizer) {
  if (!(0,_isObject_js__rspack_import_0/* ["default"] */.A)(object)) {
    return object;
  }
  path = (0,_castPath_js__rspack_import_1/* ["default"] */.A)(path, object);

  var index = -1,
      length = path.length,
      lastIndex = length - 1,
      nested = object;

  while (nested != null && ++index < length) {
    var key = (0,_toKey_js__rspack_import_2/* ["default"] */.A)(path[index]),
        newValue = value;

    if (key === '__proto__' || key === 'constructor' || key === 'prototype') {
      return object;
    }

    if (index != lastIndex) {
      var objValue = nested[key];
      newValue = customizer ? customizer(objValue, key, nested) : undefined;
      if (newValue === undefined) {
        newValue = (0,_isObject_js__rspack_import_0/* ["default"] */.A)(objValue)
          ? objValue
          : ((0,_isIndex_js__rspack_import_3/* ["default"] */.A)(path[index + 1]) ? [] : {});
      }
    }
    (0,_assignValue_js__rspack_import_4/* ["default"] */.A)(nested, key, newValue);
    nested = nested[key];
  }
  return object;
}

/* export default */ const __rspack_default_export = (baseSet);

__webpack_require__.d(__webpack_exports__, {
}, {
  A: __rspack_default_export
});


},
2068(__unused_rspack_module, __webpack_exports__, __webpack_require__) {
/* import */ var _Uint8Array_js__rspack_import_0 = __webpack_require__(20281);


/**
 * Creates a clone of `arrayBuffer`.
 *
 * @private
 * @param {ArrayBuffer} arrayBuffer The array buffer to clone.
 * @returns {ArrayBuffer} Returns the cloned array buffer.
 */
function cloneArrayBuffer(arrayBuffer) {
  var result = new arrayBuffer.constructor(arrayBuffer.byteLength);
  new _Uint8Array_js__rspack_import_0/* ["default"] */.A(result).set(new _Uint8Array_js__rspack_import_0/* ["default"] */.A(arrayBuffer));
  return result;
}

/* export default */ const __rspack_default_export = (cloneArrayBuffer);

__webpack_require__.d(__webpack_exports__, {
}, {
  A: __rspack_default_export
});


},
72073(module, __webpack_exports__, __webpack_require__) {
/* import */ var _root_js__rspack_import_0 = __webpack_require__(76752);
/* module decorator */ module = __webpack_require__.hmd(module);


/** Detect free variable `exports`. */
var freeExports = typeof exports == 'object' && exports && !exports.nodeType && exports;

/** Detect free variable `module`. */
var freeModule = freeExports && 'object' == 'object' && module && !module.nodeType && module;

/** Detect the popular CommonJS extension `module.exports`. */
var moduleExports = freeModule && freeModule.exports === freeExports;

/** Built-in value references. */
var Buffer = moduleExports ? _root_js__rspack_import_0/* ["default"].Buffer */.A.Buffer : undefined,
    allocUnsafe = Buffer ? Buffer.allocUnsafe : undefined;

/**
 * Creates a clone of  `buffer`.
 *
 * @private
 * @param {Buffer} buffer The buffer to clone.
 * @param {boolean} [isDeep] Specify a deep clone.
 * @returns {Buffer} Returns the cloned buffer.
 */
function cloneBuffer(buffer, isDeep) {
  if (isDeep) {
    return buffer.slice();
  }
  var length = buffer.length,
      result = allocUnsafe ? allocUnsafe(length) : new buffer.constructor(length);

  buffer.copy(result);
  return result;
}

/* export default */ const __rspack_default_export = (cloneBuffer);

__webpack_require__.d(__webpack_exports__, {
}, {
  A: __rspack_default_export
});


},
45150(__unused_rspack_module, __webpack_exports__, __webpack_require__) {
/* import */ var _cloneArrayBuffer_js__rspack_import_0 = __webpack_require__(2068);


/**
 * Creates a clone of `typedArray`.
 *
 * @private
 * @param {Object} typedArray The typed array to clone.
 * @param {boolean} [isDeep] Specify a deep clone.
 * @returns {Object} Returns the cloned typed array.
 */
function cloneTypedArray(typedArray, isDeep) {
  var buffer = isDeep ? (0,_cloneArrayBuffer_js__rspack_import_0/* ["default"] */.A)(typedArray.buffer) : typedArray.buffer;
  return new typedArray.constructor(buffer, typedArray.byteOffset, typedArray.length);
}

/* export default */ const __rspack_default_export = (cloneTypedArray);

__webpack_require__.d(__webpack_exports__, {
}, {
  A: __rspack_default_export
});


},
65991(__unused_rspack_module, __webpack_exports__, __webpack_require__) {
/**
 * Copies the values of `source` to `array`.
 *
 * @private
 * @param {Array} source The array to copy values from.
 * @param {Array} [array=[]] The array to copy values to.
 * @returns {Array} Returns `array`.
 */
function copyArray(source, array) {
  var index = -1,
      length = source.length;

  array || (array = Array(length));
  while (++index < length) {
    array[index] = source[index];
  }
  return array;
}

/* export default */ const __rspack_default_export = (copyArray);

__webpack_require__.d(__webpack_exports__, {
}, {
  A: __rspack_default_export
});


},
58286(__unused_rspack_module, __webpack_exports__, __webpack_require__) {
/* import */ var _assignValue_js__rspack_import_1 = __webpack_require__(84028);
/* import */ var _baseAssignValue_js__rspack_import_0 = __webpack_require__(27687);



/**
 * Copies properties of `source` to `object`.
 *
 * @private
 * @param {Object} source The object to copy properties from.
 * @param {Array} props The property identifiers to copy.
 * @param {Object} [object={}] The object to copy properties to.
 * @param {Function} [customizer] The function to customize copied values.
 * @returns {Object} Returns `object`.
 */
function copyObject(source, props, object, customizer) {
  var isNew = !object;
  object || (object = {});

  var index = -1,
      length = props.length;

  while (++index < length) {
    var key = props[index];

    var newValue = customizer
      ? customizer(object[key], source[key], key, object, source)
      : undefined;

    if (newValue === undefined) {
      newValue = source[key];
    }
    if (isNew) {
      (0,_baseAssignValue_js__rspack_import_0/* ["default"] */.A)(object, key, newValue);
    } else {
      (0,_assignValue_js__rspack_import_1/* ["default"] */.A)(object, key, newValue);
    }
  }
  return object;
}

/* export default */ const __rspack_default_export = (copyObject);

__webpack_require__.d(__webpack_exports__, {
}, {
  A: __rspack_default_export
});


},
59433(__unused_rspack_module, __webpack_exports__, __webpack_require__) {
/* import */ var _flatten_js__rspack_import_2 = __webpack_require__(61963);
/* import */ var _overRest_js__rspack_import_1 = __webpack_require__(65076);
/* import */ var _setToString_js__rspack_import_0 = __webpack_require__(55756);




/**
 * A specialized version of `baseRest` which flattens the rest array.
 *
 * @private
 * @param {Function} func The function to apply a rest parameter to.
 * @returns {Function} Returns the new function.
 */
function flatRest(func) {
  return (0,_setToString_js__rspack_import_0/* ["default"] */.A)((0,_overRest_js__rspack_import_1/* ["default"] */.A)(func, undefined, _flatten_js__rspack_import_2/* ["default"] */.A), func + '');
}

/* export default */ const __rspack_default_export = (flatRest);

__webpack_require__.d(__webpack_exports__, {
}, {
  A: __rspack_default_export
});


},
51256(__unused_rspack_module, __webpack_exports__, __webpack_require__) {
/* import */ var _baseGetAllKeys_js__rspack_import_0 = __webpack_require__(23918);
/* import */ var _getSymbolsIn_js__rspack_import_2 = __webpack_require__(82926);
/* import */ var _keysIn_js__rspack_import_1 = __webpack_require__(31478);




/**
 * Creates an array of own and inherited enumerable property names and
 * symbols of `object`.
 *
 * @private
 * @param {Object} object The object to query.
 * @returns {Array} Returns the array of property names and symbols.
 */
function getAllKeysIn(object) {
  return (0,_baseGetAllKeys_js__rspack_import_0/* ["default"] */.A)(object, _keysIn_js__rspack_import_1/* ["default"] */.A, _getSymbolsIn_js__rspack_import_2/* ["default"] */.A);
}

/* export default */ const __rspack_default_export = (getAllKeysIn);

__webpack_require__.d(__webpack_exports__, {
}, {
  A: __rspack_default_export
});


},
71646(__unused_rspack_module, __webpack_exports__, __webpack_require__) {
/* import */ var _overArg_js__rspack_import_0 = __webpack_require__(49612);


/** Built-in value references. */
var getPrototype = (0,_overArg_js__rspack_import_0/* ["default"] */.A)(Object.getPrototypeOf, Object);

/* export default */ const __rspack_default_export = (getPrototype);

__webpack_require__.d(__webpack_exports__, {
}, {
  A: __rspack_default_export
});


},
82926(__unused_rspack_module, __webpack_exports__, __webpack_require__) {
/* import */ var _arrayPush_js__rspack_import_1 = __webpack_require__(19735);
/* import */ var _getPrototype_js__rspack_import_3 = __webpack_require__(71646);
/* import */ var _getSymbols_js__rspack_import_2 = __webpack_require__(13501);
/* import */ var _stubArray_js__rspack_import_0 = __webpack_require__(93260);





/* Built-in method references for those with the same name as other `lodash` methods. */
var nativeGetSymbols = Object.getOwnPropertySymbols;

/**
 * Creates an array of the own and inherited enumerable symbols of `object`.
 *
 * @private
 * @param {Object} object The object to query.
 * @returns {Array} Returns the array of symbols.
 */
var getSymbolsIn = !nativeGetSymbols ? _stubArray_js__rspack_import_0/* ["default"] */.A : function(object) {
  var result = [];
  while (object) {
    (0,_arrayPush_js__rspack_import_1/* ["default"] */.A)(result, (0,_getSymbols_js__rspack_import_2/* ["default"] */.A)(object));
    object = (0,_getPrototype_js__rspack_import_3/* ["default"] */.A)(object);
  }
  return result;
};

/* export default */ const __rspack_default_export = (getSymbolsIn);

__webpack_require__.d(__webpack_exports__, {
}, {
  A: __rspack_default_export
});


},
54670(__unused_rspack_module, __webpack_exports__, __webpack_require__) {
/* import */ var _baseCreate_js__rspack_import_1 = __webpack_require__(11617);
/* import */ var _getPrototype_js__rspack_import_2 = __webpack_require__(71646);
/* import */ var _isPrototype_js__rspack_import_0 = __webpack_require__(49444);




/**
 * Initializes an object clone.
 *
 * @private
 * @param {Object} object The object to clone.
 * @returns {Object} Returns the initialized clone.
 */
function initCloneObject(object) {
  return (typeof object.constructor == 'function' && !(0,_isPrototype_js__rspack_import_0/* ["default"] */.A)(object))
    ? (0,_baseCreate_js__rspack_import_1/* ["default"] */.A)((0,_getPrototype_js__rspack_import_2/* ["default"] */.A)(object))
    : {};
}

/* export default */ const __rspack_default_export = (initCloneObject);

__webpack_require__.d(__webpack_exports__, {
}, {
  A: __rspack_default_export
});


},
49417(__unused_rspack_module, __webpack_exports__, __webpack_require__) {
/* import */ var _eq_js__rspack_import_3 = __webpack_require__(21795);
/* import */ var _isArrayLike_js__rspack_import_1 = __webpack_require__(23443);
/* import */ var _isIndex_js__rspack_import_2 = __webpack_require__(4706);
/* import */ var _isObject_js__rspack_import_0 = __webpack_require__(58934);





/**
 * Checks if the given arguments are from an iteratee call.
 *
 * @private
 * @param {*} value The potential iteratee value argument.
 * @param {*} index The potential iteratee index or key argument.
 * @param {*} object The potential iteratee object argument.
 * @returns {boolean} Returns `true` if the arguments are from an iteratee call,
 *  else `false`.
 */
function isIterateeCall(value, index, object) {
  if (!(0,_isObject_js__rspack_import_0/* ["default"] */.A)(object)) {
    return false;
  }
  var type = typeof index;
  if (type == 'number'
        ? ((0,_isArrayLike_js__rspack_import_1/* ["default"] */.A)(object) && (0,_isIndex_js__rspack_import_2/* ["default"] */.A)(index, object.length))
        : (type == 'string' && index in object)
      ) {
    return (0,_eq_js__rspack_import_3/* ["default"] */.A)(object[index], value);
  }
  return false;
}

/* export default */ const __rspack_default_export = (isIterateeCall);

__webpack_require__.d(__webpack_exports__, {
}, {
  A: __rspack_default_export
});


},
99802(__unused_rspack_module, __webpack_exports__, __webpack_require__) {
/* import */ var _baseClone_js__rspack_import_0 = __webpack_require__(39108);


/** Used to compose bitmasks for cloning. */
var CLONE_DEEP_FLAG = 1,
    CLONE_SYMBOLS_FLAG = 4;

/**
 * This method is like `_.clone` except that it recursively clones `value`.
 *
 * @static
 * @memberOf _
 * @since 1.0.0
 * @category Lang
 * @param {*} value The value to recursively clone.
 * @returns {*} Returns the deep cloned value.
 * @see _.clone
 * @example
 *
 * var objects = [{ 'a': 1 }, { 'b': 2 }];
 *
 * var deep = _.cloneDeep(objects);
 * console.log(deep[0] === objects[0]);
 * // => false
 */
function cloneDeep(value) {
  return (0,_baseClone_js__rspack_import_0/* ["default"] */.A)(value, CLONE_DEEP_FLAG | CLONE_SYMBOLS_FLAG);
}

/* export default */ const __rspack_default_export = (cloneDeep);

__webpack_require__.d(__webpack_exports__, {
}, {
  A: __rspack_default_export
});


},
61963(__unused_rspack_module, __webpack_exports__, __webpack_require__) {
/* import */ var _baseFlatten_js__rspack_import_0 = __webpack_require__(36821);


/**
 * Flattens `array` a single level deep.
 *
 * @static
 * @memberOf _
 * @since 0.1.0
 * @category Array
 * @param {Array} array The array to flatten.
 * @returns {Array} Returns the new flattened array.
 * @example
 *
 * _.flatten([1, [2, [3, [4]], 5]]);
 * // => [1, 2, [3, [4]], 5]
 */
function flatten(array) {
  var length = array == null ? 0 : array.length;
  return length ? (0,_baseFlatten_js__rspack_import_0/* ["default"] */.A)(array, 1) : [];
}

/* export default */ const __rspack_default_export = (flatten);

__webpack_require__.d(__webpack_exports__, {
}, {
  A: __rspack_default_export
});


},
34617(__unused_rspack_module, __webpack_exports__, __webpack_require__) {

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  A: () => (/* binding */ lodash_es_has)
});

;// CONCATENATED MODULE: ../../../node_modules/lodash-es/_baseHas.js
/** Used for built-in method references. */
var objectProto = Object.prototype;

/** Used to check objects for own properties. */
var _baseHas_hasOwnProperty = objectProto.hasOwnProperty;

/**
 * The base implementation of `_.has` without support for deep paths.
 *
 * @private
 * @param {Object} [object] The object to query.
 * @param {Array|string} key The key to check.
 * @returns {boolean} Returns `true` if `key` exists, else `false`.
 */
function baseHas(object, key) {
  return object != null && _baseHas_hasOwnProperty.call(object, key);
}

/* export default */ const _baseHas = (baseHas);

// EXTERNAL MODULE: ../../../node_modules/lodash-es/_hasPath.js
var _hasPath = __webpack_require__(14953);
;// CONCATENATED MODULE: ../../../node_modules/lodash-es/has.js



/**
 * Checks if `path` is a direct property of `object`.
 *
 * @static
 * @since 0.1.0
 * @memberOf _
 * @category Object
 * @param {Object} object The object to query.
 * @param {Array|string} path The path to check.
 * @returns {boolean} Returns `true` if `path` exists, else `false`.
 * @example
 *
 * var object = { 'a': { 'b': 2 } };
 * var other = _.create({ 'a': _.create({ 'b': 2 }) });
 *
 * _.has(object, 'a');
 * // => true
 *
 * _.has(object, 'a.b');
 * // => true
 *
 * _.has(object, ['a', 'b']);
 * // => true
 *
 * _.has(other, 'a');
 * // => false
 */
function has(object, path) {
  return object != null && (0,_hasPath/* ["default"] */.A)(object, path, _baseHas);
}

/* export default */ const lodash_es_has = (has);


},
81530(__unused_rspack_module, __webpack_exports__, __webpack_require__) {
/* import */ var _baseGetTag_js__rspack_import_1 = __webpack_require__(75266);
/* import */ var _getPrototype_js__rspack_import_2 = __webpack_require__(71646);
/* import */ var _isObjectLike_js__rspack_import_0 = __webpack_require__(64977);




/** `Object#toString` result references. */
var objectTag = '[object Object]';

/** Used for built-in method references. */
var funcProto = Function.prototype,
    objectProto = Object.prototype;

/** Used to resolve the decompiled source of functions. */
var funcToString = funcProto.toString;

/** Used to check objects for own properties. */
var hasOwnProperty = objectProto.hasOwnProperty;

/** Used to infer the `Object` constructor. */
var objectCtorString = funcToString.call(Object);

/**
 * Checks if `value` is a plain object, that is, an object created by the
 * `Object` constructor or one with a `[[Prototype]]` of `null`.
 *
 * @static
 * @memberOf _
 * @since 0.8.0
 * @category Lang
 * @param {*} value The value to check.
 * @returns {boolean} Returns `true` if `value` is a plain object, else `false`.
 * @example
 *
 * function Foo() {
 *   this.a = 1;
 * }
 *
 * _.isPlainObject(new Foo);
 * // => false
 *
 * _.isPlainObject([1, 2, 3]);
 * // => false
 *
 * _.isPlainObject({ 'x': 0, 'y': 0 });
 * // => true
 *
 * _.isPlainObject(Object.create(null));
 * // => true
 */
function isPlainObject(value) {
  if (!(0,_isObjectLike_js__rspack_import_0/* ["default"] */.A)(value) || (0,_baseGetTag_js__rspack_import_1/* ["default"] */.A)(value) != objectTag) {
    return false;
  }
  var proto = (0,_getPrototype_js__rspack_import_2/* ["default"] */.A)(value);
  if (proto === null) {
    return true;
  }
  var Ctor = hasOwnProperty.call(proto, 'constructor') && proto.constructor;
  return typeof Ctor == 'function' && Ctor instanceof Ctor &&
    funcToString.call(Ctor) == objectCtorString;
}

/* export default */ const __rspack_default_export = (isPlainObject);

__webpack_require__.d(__webpack_exports__, {
}, {
  A: __rspack_default_export
});


},
56340(__unused_rspack_module, __webpack_exports__, __webpack_require__) {
/* import */ var _baseGetTag_js__rspack_import_2 = __webpack_require__(75266);
/* import */ var _isArray_js__rspack_import_0 = __webpack_require__(51452);
/* import */ var _isObjectLike_js__rspack_import_1 = __webpack_require__(64977);




/** `Object#toString` result references. */
var stringTag = '[object String]';

/**
 * Checks if `value` is classified as a `String` primitive or object.
 *
 * @static
 * @since 0.1.0
 * @memberOf _
 * @category Lang
 * @param {*} value The value to check.
 * @returns {boolean} Returns `true` if `value` is a string, else `false`.
 * @example
 *
 * _.isString('abc');
 * // => true
 *
 * _.isString(1);
 * // => false
 */
function isString(value) {
  return typeof value == 'string' ||
    (!(0,_isArray_js__rspack_import_0/* ["default"] */.A)(value) && (0,_isObjectLike_js__rspack_import_1/* ["default"] */.A)(value) && (0,_baseGetTag_js__rspack_import_2/* ["default"] */.A)(value) == stringTag);
}

/* export default */ const __rspack_default_export = (isString);

__webpack_require__.d(__webpack_exports__, {
}, {
  A: __rspack_default_export
});


},
31478(__unused_rspack_module, __webpack_exports__, __webpack_require__) {

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  A: () => (/* binding */ lodash_es_keysIn)
});

// EXTERNAL MODULE: ../../../node_modules/lodash-es/_arrayLikeKeys.js
var _arrayLikeKeys = __webpack_require__(51916);
// EXTERNAL MODULE: ../../../node_modules/lodash-es/isObject.js
var isObject = __webpack_require__(58934);
// EXTERNAL MODULE: ../../../node_modules/lodash-es/_isPrototype.js
var _isPrototype = __webpack_require__(49444);
;// CONCATENATED MODULE: ../../../node_modules/lodash-es/_nativeKeysIn.js
/**
 * This function is like
 * [`Object.keys`](http://ecma-international.org/ecma-262/7.0/#sec-object.keys)
 * except that it includes inherited enumerable properties.
 *
 * @private
 * @param {Object} object The object to query.
 * @returns {Array} Returns the array of property names.
 */
function nativeKeysIn(object) {
  var result = [];
  if (object != null) {
    for (var key in Object(object)) {
      result.push(key);
    }
  }
  return result;
}

/* export default */ const _nativeKeysIn = (nativeKeysIn);

;// CONCATENATED MODULE: ../../../node_modules/lodash-es/_baseKeysIn.js




/** Used for built-in method references. */
var objectProto = Object.prototype;

/** Used to check objects for own properties. */
var _baseKeysIn_hasOwnProperty = objectProto.hasOwnProperty;

/**
 * The base implementation of `_.keysIn` which doesn't treat sparse arrays as dense.
 *
 * @private
 * @param {Object} object The object to query.
 * @returns {Array} Returns the array of property names.
 */
function baseKeysIn(object) {
  if (!(0,isObject/* ["default"] */.A)(object)) {
    return _nativeKeysIn(object);
  }
  var isProto = (0,_isPrototype/* ["default"] */.A)(object),
      result = [];

  for (var key in object) {
    if (!(key == 'constructor' && (isProto || !_baseKeysIn_hasOwnProperty.call(object, key)))) {
      result.push(key);
    }
  }
  return result;
}

/* export default */ const _baseKeysIn = (baseKeysIn);

// EXTERNAL MODULE: ../../../node_modules/lodash-es/isArrayLike.js
var isArrayLike = __webpack_require__(23443);
;// CONCATENATED MODULE: ../../../node_modules/lodash-es/keysIn.js




/**
 * Creates an array of the own and inherited enumerable property names of `object`.
 *
 * **Note:** Non-object values are coerced to objects.
 *
 * @static
 * @memberOf _
 * @since 3.0.0
 * @category Object
 * @param {Object} object The object to query.
 * @returns {Array} Returns the array of property names.
 * @example
 *
 * function Foo() {
 *   this.a = 1;
 *   this.b = 2;
 * }
 *
 * Foo.prototype.c = 3;
 *
 * _.keysIn(new Foo);
 * // => ['a', 'b', 'c'] (iteration order is not guaranteed)
 */
function keysIn(object) {
  return (0,isArrayLike/* ["default"] */.A)(object) ? (0,_arrayLikeKeys/* ["default"] */.A)(object, true) : _baseKeysIn(object);
}

/* export default */ const lodash_es_keysIn = (keysIn);


},
63561(__unused_rspack_module, __webpack_exports__, __webpack_require__) {
/**
 * Gets the last element of `array`.
 *
 * @static
 * @memberOf _
 * @since 0.1.0
 * @category Array
 * @param {Array} array The array to query.
 * @returns {*} Returns the last element of `array`.
 * @example
 *
 * _.last([1, 2, 3]);
 * // => 3
 */
function last(array) {
  var length = array == null ? 0 : array.length;
  return length ? array[length - 1] : undefined;
}

/* export default */ const __rspack_default_export = (last);

__webpack_require__.d(__webpack_exports__, {
}, {
  A: __rspack_default_export
});


},
48546(__unused_rspack_module, __webpack_exports__, __webpack_require__) {

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  A: () => (/* binding */ lodash_es_merge)
});

// EXTERNAL MODULE: ../../../node_modules/lodash-es/_Stack.js + 5 modules
var _Stack = __webpack_require__(82092);
// EXTERNAL MODULE: ../../../node_modules/lodash-es/_baseAssignValue.js
var _baseAssignValue = __webpack_require__(27687);
// EXTERNAL MODULE: ../../../node_modules/lodash-es/eq.js
var eq = __webpack_require__(21795);
;// CONCATENATED MODULE: ../../../node_modules/lodash-es/_assignMergeValue.js



/**
 * This function is like `assignValue` except that it doesn't assign
 * `undefined` values.
 *
 * @private
 * @param {Object} object The object to modify.
 * @param {string} key The key of the property to assign.
 * @param {*} value The value to assign.
 */
function assignMergeValue(object, key, value) {
  if ((value !== undefined && !(0,eq/* ["default"] */.A)(object[key], value)) ||
      (value === undefined && !(key in object))) {
    (0,_baseAssignValue/* ["default"] */.A)(object, key, value);
  }
}

/* export default */ const _assignMergeValue = (assignMergeValue);

// EXTERNAL MODULE: ../../../node_modules/lodash-es/_baseFor.js + 1 modules
var _baseFor = __webpack_require__(10512);
// EXTERNAL MODULE: ../../../node_modules/lodash-es/_cloneBuffer.js
var _cloneBuffer = __webpack_require__(72073);
// EXTERNAL MODULE: ../../../node_modules/lodash-es/_cloneTypedArray.js
var _cloneTypedArray = __webpack_require__(45150);
// EXTERNAL MODULE: ../../../node_modules/lodash-es/_copyArray.js
var _copyArray = __webpack_require__(65991);
// EXTERNAL MODULE: ../../../node_modules/lodash-es/_initCloneObject.js
var _initCloneObject = __webpack_require__(54670);
// EXTERNAL MODULE: ../../../node_modules/lodash-es/isArguments.js + 1 modules
var isArguments = __webpack_require__(45456);
// EXTERNAL MODULE: ../../../node_modules/lodash-es/isArray.js
var isArray = __webpack_require__(51452);
// EXTERNAL MODULE: ../../../node_modules/lodash-es/isArrayLikeObject.js
var isArrayLikeObject = __webpack_require__(90968);
// EXTERNAL MODULE: ../../../node_modules/lodash-es/isBuffer.js + 1 modules
var isBuffer = __webpack_require__(17655);
// EXTERNAL MODULE: ../../../node_modules/lodash-es/isFunction.js
var isFunction = __webpack_require__(31877);
// EXTERNAL MODULE: ../../../node_modules/lodash-es/isObject.js
var isObject = __webpack_require__(58934);
// EXTERNAL MODULE: ../../../node_modules/lodash-es/isPlainObject.js
var isPlainObject = __webpack_require__(81530);
// EXTERNAL MODULE: ../../../node_modules/lodash-es/isTypedArray.js + 1 modules
var isTypedArray = __webpack_require__(19680);
;// CONCATENATED MODULE: ../../../node_modules/lodash-es/_safeGet.js
/**
 * Gets the value at `key`, unless `key` is "__proto__" or "constructor".
 *
 * @private
 * @param {Object} object The object to query.
 * @param {string} key The key of the property to get.
 * @returns {*} Returns the property value.
 */
function safeGet(object, key) {
  if (key === 'constructor' && typeof object[key] === 'function') {
    return;
  }

  if (key == '__proto__') {
    return;
  }

  return object[key];
}

/* export default */ const _safeGet = (safeGet);

// EXTERNAL MODULE: ../../../node_modules/lodash-es/_copyObject.js
var _copyObject = __webpack_require__(58286);
// EXTERNAL MODULE: ../../../node_modules/lodash-es/keysIn.js + 2 modules
var keysIn = __webpack_require__(31478);
;// CONCATENATED MODULE: ../../../node_modules/lodash-es/toPlainObject.js



/**
 * Converts `value` to a plain object flattening inherited enumerable string
 * keyed properties of `value` to own properties of the plain object.
 *
 * @static
 * @memberOf _
 * @since 3.0.0
 * @category Lang
 * @param {*} value The value to convert.
 * @returns {Object} Returns the converted plain object.
 * @example
 *
 * function Foo() {
 *   this.b = 2;
 * }
 *
 * Foo.prototype.c = 3;
 *
 * _.assign({ 'a': 1 }, new Foo);
 * // => { 'a': 1, 'b': 2 }
 *
 * _.assign({ 'a': 1 }, _.toPlainObject(new Foo));
 * // => { 'a': 1, 'b': 2, 'c': 3 }
 */
function toPlainObject(value) {
  return (0,_copyObject/* ["default"] */.A)(value, (0,keysIn/* ["default"] */.A)(value));
}

/* export default */ const lodash_es_toPlainObject = (toPlainObject);

;// CONCATENATED MODULE: ../../../node_modules/lodash-es/_baseMergeDeep.js
















/**
 * A specialized version of `baseMerge` for arrays and objects which performs
 * deep merges and tracks traversed objects enabling objects with circular
 * references to be merged.
 *
 * @private
 * @param {Object} object The destination object.
 * @param {Object} source The source object.
 * @param {string} key The key of the value to merge.
 * @param {number} srcIndex The index of `source`.
 * @param {Function} mergeFunc The function to merge values.
 * @param {Function} [customizer] The function to customize assigned values.
 * @param {Object} [stack] Tracks traversed source values and their merged
 *  counterparts.
 */
function baseMergeDeep(object, source, key, srcIndex, mergeFunc, customizer, stack) {
  var objValue = _safeGet(object, key),
      srcValue = _safeGet(source, key),
      stacked = stack.get(srcValue);

  if (stacked) {
    _assignMergeValue(object, key, stacked);
    return;
  }
  var newValue = customizer
    ? customizer(objValue, srcValue, (key + ''), object, source, stack)
    : undefined;

  var isCommon = newValue === undefined;

  if (isCommon) {
    var isArr = (0,isArray/* ["default"] */.A)(srcValue),
        isBuff = !isArr && (0,isBuffer/* ["default"] */.A)(srcValue),
        isTyped = !isArr && !isBuff && (0,isTypedArray/* ["default"] */.A)(srcValue);

    newValue = srcValue;
    if (isArr || isBuff || isTyped) {
      if ((0,isArray/* ["default"] */.A)(objValue)) {
        newValue = objValue;
      }
      else if ((0,isArrayLikeObject/* ["default"] */.A)(objValue)) {
        newValue = (0,_copyArray/* ["default"] */.A)(objValue);
      }
      else if (isBuff) {
        isCommon = false;
        newValue = (0,_cloneBuffer/* ["default"] */.A)(srcValue, true);
      }
      else if (isTyped) {
        isCommon = false;
        newValue = (0,_cloneTypedArray/* ["default"] */.A)(srcValue, true);
      }
      else {
        newValue = [];
      }
    }
    else if ((0,isPlainObject/* ["default"] */.A)(srcValue) || (0,isArguments/* ["default"] */.A)(srcValue)) {
      newValue = objValue;
      if ((0,isArguments/* ["default"] */.A)(objValue)) {
        newValue = lodash_es_toPlainObject(objValue);
      }
      else if (!(0,isObject/* ["default"] */.A)(objValue) || (0,isFunction/* ["default"] */.A)(objValue)) {
        newValue = (0,_initCloneObject/* ["default"] */.A)(srcValue);
      }
    }
    else {
      isCommon = false;
    }
  }
  if (isCommon) {
    // Recursively merge objects and arrays (susceptible to call stack limits).
    stack.set(srcValue, newValue);
    mergeFunc(newValue, srcValue, srcIndex, customizer, stack);
    stack['delete'](srcValue);
  }
  _assignMergeValue(object, key, newValue);
}

/* export default */ const _baseMergeDeep = (baseMergeDeep);

;// CONCATENATED MODULE: ../../../node_modules/lodash-es/_baseMerge.js








/**
 * The base implementation of `_.merge` without support for multiple sources.
 *
 * @private
 * @param {Object} object The destination object.
 * @param {Object} source The source object.
 * @param {number} srcIndex The index of `source`.
 * @param {Function} [customizer] The function to customize merged values.
 * @param {Object} [stack] Tracks traversed source values and their merged
 *  counterparts.
 */
function baseMerge(object, source, srcIndex, customizer, stack) {
  if (object === source) {
    return;
  }
  (0,_baseFor/* ["default"] */.A)(source, function(srcValue, key) {
    stack || (stack = new _Stack/* ["default"] */.A);
    if ((0,isObject/* ["default"] */.A)(srcValue)) {
      _baseMergeDeep(object, source, key, srcIndex, baseMerge, customizer, stack);
    }
    else {
      var newValue = customizer
        ? customizer(_safeGet(object, key), srcValue, (key + ''), object, source, stack)
        : undefined;

      if (newValue === undefined) {
        newValue = srcValue;
      }
      _assignMergeValue(object, key, newValue);
    }
  }, keysIn/* ["default"] */.A);
}

/* export default */ const _baseMerge = (baseMerge);

// EXTERNAL MODULE: ../../../node_modules/lodash-es/_baseRest.js
var _baseRest = __webpack_require__(96807);
// EXTERNAL MODULE: ../../../node_modules/lodash-es/_isIterateeCall.js
var _isIterateeCall = __webpack_require__(49417);
;// CONCATENATED MODULE: ../../../node_modules/lodash-es/_createAssigner.js



/**
 * Creates a function like `_.assign`.
 *
 * @private
 * @param {Function} assigner The function to assign values.
 * @returns {Function} Returns the new assigner function.
 */
function createAssigner(assigner) {
  return (0,_baseRest/* ["default"] */.A)(function(object, sources) {
    var index = -1,
        length = sources.length,
        customizer = length > 1 ? sources[length - 1] : undefined,
        guard = length > 2 ? sources[2] : undefined;

    customizer = (assigner.length > 3 && typeof customizer == 'function')
      ? (length--, customizer)
      : undefined;

    if (guard && (0,_isIterateeCall/* ["default"] */.A)(sources[0], sources[1], guard)) {
      customizer = length < 3 ? undefined : customizer;
      length = 1;
    }
    object = Object(object);
    while (++index < length) {
      var source = sources[index];
      if (source) {
        assigner(object, source, index, customizer);
      }
    }
    return object;
  });
}

/* export default */ const _createAssigner = (createAssigner);

;// CONCATENATED MODULE: ../../../node_modules/lodash-es/merge.js



/**
 * This method is like `_.assign` except that it recursively merges own and
 * inherited enumerable string keyed properties of source objects into the
 * destination object. Source properties that resolve to `undefined` are
 * skipped if a destination value exists. Array and plain object properties
 * are merged recursively. Other objects and value types are overridden by
 * assignment. Source objects are applied from left to right. Subsequent
 * sources overwrite property assignments of previous sources.
 *
 * **Note:** This method mutates `object`.
 *
 * @static
 * @memberOf _
 * @since 0.5.0
 * @category Object
 * @param {Object} object The destination object.
 * @param {...Object} [sources] The source objects.
 * @returns {Object} Returns `object`.
 * @example
 *
 * var object = {
 *   'a': [{ 'b': 2 }, { 'd': 4 }]
 * };
 *
 * var other = {
 *   'a': [{ 'c': 3 }, { 'e': 5 }]
 * };
 *
 * _.merge(object, other);
 * // => { 'a': [{ 'b': 2, 'c': 3 }, { 'd': 4, 'e': 5 }] }
 */
var merge = _createAssigner(function(object, source, srcIndex) {
  _baseMerge(object, source, srcIndex);
});

/* export default */ const lodash_es_merge = (merge);


},
62803(__unused_rspack_module, __webpack_exports__, __webpack_require__) {

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  A: () => (/* binding */ lodash_es_toFinite)
});

;// CONCATENATED MODULE: ../../../node_modules/lodash-es/_trimmedEndIndex.js
/** Used to match a single whitespace character. */
var reWhitespace = /\s/;

/**
 * Used by `_.trim` and `_.trimEnd` to get the index of the last non-whitespace
 * character of `string`.
 *
 * @private
 * @param {string} string The string to inspect.
 * @returns {number} Returns the index of the last non-whitespace character.
 */
function trimmedEndIndex(string) {
  var index = string.length;

  while (index-- && reWhitespace.test(string.charAt(index))) {}
  return index;
}

/* export default */ const _trimmedEndIndex = (trimmedEndIndex);

;// CONCATENATED MODULE: ../../../node_modules/lodash-es/_baseTrim.js


/** Used to match leading whitespace. */
var reTrimStart = /^\s+/;

/**
 * The base implementation of `_.trim`.
 *
 * @private
 * @param {string} string The string to trim.
 * @returns {string} Returns the trimmed string.
 */
function baseTrim(string) {
  return string
    ? string.slice(0, _trimmedEndIndex(string) + 1).replace(reTrimStart, '')
    : string;
}

/* export default */ const _baseTrim = (baseTrim);

// EXTERNAL MODULE: ../../../node_modules/lodash-es/isObject.js
var isObject = __webpack_require__(58934);
// EXTERNAL MODULE: ../../../node_modules/lodash-es/isSymbol.js
var isSymbol = __webpack_require__(73657);
;// CONCATENATED MODULE: ../../../node_modules/lodash-es/toNumber.js




/** Used as references for various `Number` constants. */
var NAN = 0 / 0;

/** Used to detect bad signed hexadecimal string values. */
var reIsBadHex = /^[-+]0x[0-9a-f]+$/i;

/** Used to detect binary string values. */
var reIsBinary = /^0b[01]+$/i;

/** Used to detect octal string values. */
var reIsOctal = /^0o[0-7]+$/i;

/** Built-in method references without a dependency on `root`. */
var freeParseInt = parseInt;

/**
 * Converts `value` to a number.
 *
 * @static
 * @memberOf _
 * @since 4.0.0
 * @category Lang
 * @param {*} value The value to process.
 * @returns {number} Returns the number.
 * @example
 *
 * _.toNumber(3.2);
 * // => 3.2
 *
 * _.toNumber(Number.MIN_VALUE);
 * // => 5e-324
 *
 * _.toNumber(Infinity);
 * // => Infinity
 *
 * _.toNumber('3.2');
 * // => 3.2
 */
function toNumber(value) {
  if (typeof value == 'number') {
    return value;
  }
  if ((0,isSymbol/* ["default"] */.A)(value)) {
    return NAN;
  }
  if ((0,isObject/* ["default"] */.A)(value)) {
    var other = typeof value.valueOf == 'function' ? value.valueOf() : value;
    value = (0,isObject/* ["default"] */.A)(other) ? (other + '') : other;
  }
  if (typeof value != 'string') {
    return value === 0 ? value : +value;
  }
  value = _baseTrim(value);
  var isBinary = reIsBinary.test(value);
  return (isBinary || reIsOctal.test(value))
    ? freeParseInt(value.slice(2), isBinary ? 2 : 8)
    : (reIsBadHex.test(value) ? NAN : +value);
}

/* export default */ const lodash_es_toNumber = (toNumber);

;// CONCATENATED MODULE: ../../../node_modules/lodash-es/toFinite.js


/** Used as references for various `Number` constants. */
var INFINITY = 1 / 0,
    MAX_INTEGER = 1.7976931348623157e+308;

/**
 * Converts `value` to a finite number.
 *
 * @static
 * @memberOf _
 * @since 4.12.0
 * @category Lang
 * @param {*} value The value to convert.
 * @returns {number} Returns the converted number.
 * @example
 *
 * _.toFinite(3.2);
 * // => 3.2
 *
 * _.toFinite(Number.MIN_VALUE);
 * // => 5e-324
 *
 * _.toFinite(Infinity);
 * // => 1.7976931348623157e+308
 *
 * _.toFinite('3.2');
 * // => 3.2
 */
function toFinite(value) {
  if (!value) {
    return value === 0 ? value : 0;
  }
  value = lodash_es_toNumber(value);
  if (value === INFINITY || value === -INFINITY) {
    var sign = (value < 0 ? -1 : 1);
    return sign * MAX_INTEGER;
  }
  return value === value ? value : 0;
}

/* export default */ const lodash_es_toFinite = (toFinite);


},
97228(__unused_rspack_module, __webpack_exports__, __webpack_require__) {
/* import */ var _toFinite_js__rspack_import_0 = __webpack_require__(62803);


/**
 * Converts `value` to an integer.
 *
 * **Note:** This method is loosely based on
 * [`ToInteger`](http://www.ecma-international.org/ecma-262/7.0/#sec-tointeger).
 *
 * @static
 * @memberOf _
 * @since 4.0.0
 * @category Lang
 * @param {*} value The value to convert.
 * @returns {number} Returns the converted integer.
 * @example
 *
 * _.toInteger(3.2);
 * // => 3
 *
 * _.toInteger(Number.MIN_VALUE);
 * // => 0
 *
 * _.toInteger(Infinity);
 * // => 1.7976931348623157e+308
 *
 * _.toInteger('3.2');
 * // => 3
 */
function toInteger(value) {
  var result = (0,_toFinite_js__rspack_import_0/* ["default"] */.A)(value),
      remainder = result % 1;

  return result === result ? (remainder ? result - remainder : result) : 0;
}

/* export default */ const __rspack_default_export = (toInteger);

__webpack_require__.d(__webpack_exports__, {
}, {
  A: __rspack_default_export
});


},

}]);
"use strict";
(self["rspackChunk"] = self["rspackChunk"] || []).push([[4870], {
55700() {
/* (ignored) */

},
54212() {
/* (ignored) */

},
99309() {
/* (ignored) */

},
51510() {
/* (ignored) */

},
45412() {
/* (ignored) */

},

}]);
"use strict";
(self["rspackChunk"] = self["rspackChunk"] || []).push([[2884], {
17839(__unused_rspack_module, __webpack_exports__, __webpack_require__) {
__webpack_require__.r(__webpack_exports__);
/* import */ var _jupyterlab_ui_components__rspack_import_0 = __webpack_require__(38470);
// Copyright (c) Jupyter Development Team.
// Distributed under the terms of the Modified BSD License.
/**
 * @packageDocumentation
 * @module ui-components-extension
 */

/**
 * Placeholder for future extension that will provide an icon manager class
 * to assist with overriding/replacing particular sets of icons
 */
const labiconManager = {
    id: '@jupyterlab/ui-components-extension:labicon-manager',
    description: 'Provides the icon manager.',
    provides: _jupyterlab_ui_components__rspack_import_0.ILabIconManager,
    autoStart: true,
    activate: (app) => {
        return Object.create(null);
    }
};
/**
 * Sets up the renderer registry to be used by the FormEditor component.
 */
const formRendererRegistryPlugin = {
    id: '@jupyterlab/ui-components-extension:form-renderer-registry',
    description: 'Provides the settings form renderer registry.',
    provides: _jupyterlab_ui_components__rspack_import_0.IFormRendererRegistry,
    autoStart: true,
    activate: (app) => {
        const formRendererRegistry = new _jupyterlab_ui_components__rspack_import_0.FormRendererRegistry();
        return formRendererRegistry;
    }
};
/* export default */ const __rspack_default_export = ([labiconManager, formRendererRegistryPlugin]);
//# sourceMappingURL=index.js.map
__webpack_require__.d(__webpack_exports__, {
}, {
  "default": __rspack_default_export
});


},

}]);
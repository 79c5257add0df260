"use strict";
(self["rspackChunk"] = self["rspackChunk"] || []).push([[3031], {
37242(__unused_rspack_module, __webpack_exports__, __webpack_require__) {
__webpack_require__.r(__webpack_exports__);
/* import */ var _jupyterlab_apputils__rspack_import_0 = __webpack_require__(94731);
/* import */ var _jupyterlab_translation__rspack_import_1 = __webpack_require__(15186);
// Copyright (c) Jupyter Development Team.
// Distributed under the terms of the Modified BSD License.
/**
 * @packageDocumentation
 * @module theme-light-extension
 */


/**
 * A plugin for the Jupyter Light Theme.
 */
const plugin = {
    id: '@jupyterlab/theme-light-extension:plugin',
    description: 'Adds a light theme.',
    requires: [_jupyterlab_apputils__rspack_import_0.IThemeManager, _jupyterlab_translation__rspack_import_1.ITranslator],
    activate: (app, manager, translator) => {
        const trans = translator.load('jupyterlab');
        const style = '@jupyterlab/theme-light-extension/index.css';
        manager.register({
            name: 'JupyterLab Light',
            displayName: trans.__('JupyterLab Light'),
            isLight: true,
            themeScrollbars: false,
            load: () => manager.loadCSS(style),
            unload: () => Promise.resolve(undefined)
        });
    },
    autoStart: true
};
/* export default */ const __rspack_default_export = (plugin);
//# sourceMappingURL=index.js.map
__webpack_require__.d(__webpack_exports__, {
}, {
  "default": __rspack_default_export
});


},

}]);
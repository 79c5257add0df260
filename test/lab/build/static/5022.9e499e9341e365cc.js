"use strict";
(self["rspackChunk"] = self["rspackChunk"] || []).push([[5022], {
13309(__unused_rspack_module, __webpack_exports__, __webpack_require__) {
__webpack_require__.r(__webpack_exports__);
/* import */ var _jupyterlab_application__rspack_import_0 = __webpack_require__(5446);
/* import */ var _jupyterlab_apputils__rspack_import_1 = __webpack_require__(94731);
/* import */ var _jupyterlab_settingregistry__rspack_import_2 = __webpack_require__(43706);
/* import */ var _jupyterlab_statusbar__rspack_import_3 = __webpack_require__(54966);
/* import */ var _jupyterlab_translation__rspack_import_4 = __webpack_require__(15186);
// Copyright (c) Jupyter Development Team.
// Distributed under the terms of the Modified BSD License.
/**
 * @packageDocumentation
 * @module statusbar-extension
 */





const STATUSBAR_PLUGIN_ID = '@jupyterlab/statusbar-extension:plugin';
/**
 * Initialization data for the statusbar extension.
 */
const statusBar = {
    id: STATUSBAR_PLUGIN_ID,
    description: 'Provides the application status bar.',
    requires: [_jupyterlab_translation__rspack_import_4.ITranslator],
    provides: _jupyterlab_statusbar__rspack_import_3.IStatusBar,
    autoStart: true,
    activate: (app, translator, labShell, settingRegistry, palette) => {
        const trans = translator.load('jupyterlab');
        const statusBar = new _jupyterlab_statusbar__rspack_import_3.StatusBar();
        statusBar.id = 'jp-main-statusbar';
        app.shell.add(statusBar, 'bottom');
        // If available, connect to the shell's layout modified signal.
        if (labShell) {
            labShell.layoutModified.connect(() => {
                statusBar.update();
            });
        }
        const category = trans.__('Main Area');
        const command = 'statusbar:toggle';
        app.commands.addCommand(command, {
            label: trans.__('Show Status Bar'),
            execute: () => {
                statusBar.setHidden(statusBar.isVisible);
                if (settingRegistry) {
                    void settingRegistry.set(STATUSBAR_PLUGIN_ID, 'visible', statusBar.isVisible);
                }
            },
            isToggled: () => statusBar.isVisible,
            describedBy: {
                args: {
                    type: 'object',
                    properties: {}
                }
            }
        });
        app.commands.commandExecuted.connect((registry, executed) => {
            if (executed.id === 'application:reset-layout' && !statusBar.isVisible) {
                app.commands.execute(command).catch(reason => {
                    console.error('Failed to show the status bar.', reason);
                });
            }
        });
        if (palette) {
            palette.addItem({ command, category });
        }
        if (settingRegistry) {
            const loadSettings = settingRegistry.load(STATUSBAR_PLUGIN_ID);
            const updateSettings = (settings) => {
                const visible = settings.get('visible').composite;
                statusBar.setHidden(!visible);
            };
            Promise.all([loadSettings, app.restored])
                .then(([settings]) => {
                updateSettings(settings);
                settings.changed.connect(settings => {
                    updateSettings(settings);
                });
            })
                .catch((reason) => {
                console.error(reason.message);
            });
        }
        return statusBar;
    },
    optional: [_jupyterlab_application__rspack_import_0.ILabShell, _jupyterlab_settingregistry__rspack_import_2.ISettingRegistry, _jupyterlab_apputils__rspack_import_1.ICommandPalette]
};
/* export default */ const __rspack_default_export = (statusBar);
//# sourceMappingURL=index.js.map
__webpack_require__.d(__webpack_exports__, {
}, {
  "default": __rspack_default_export
});


},

}]);
"use strict";
(self["rspackChunk"] = self["rspackChunk"] || []).push([[7468], {
69554(__unused_rspack_module, __webpack_exports__, __webpack_require__) {
__webpack_require__.r(__webpack_exports__);
/* import */ var _jupyterlab_application__rspack_import_0 = __webpack_require__(5446);
/* import */ var _jupyterlab_apputils__rspack_import_1 = __webpack_require__(94731);
/* import */ var _jupyterlab_filebrowser__rspack_import_2 = __webpack_require__(43110);
/* import */ var _jupyterlab_launcher__rspack_import_3 = __webpack_require__(93618);
/* import */ var _jupyterlab_translation__rspack_import_4 = __webpack_require__(15186);
/* import */ var _jupyterlab_ui_components__rspack_import_5 = __webpack_require__(38470);
/* import */ var _lumino_algorithm__rspack_import_6 = __webpack_require__(54176);
// Copyright (c) Jupyter Development Team.
// Distributed under the terms of the Modified BSD License.
/**
 * @packageDocumentation
 * @module launcher-extension
 */







/**
 * The command IDs used by the launcher plugin.
 */
var CommandIDs;
(function (CommandIDs) {
    CommandIDs.create = 'launcher:create';
})(CommandIDs || (CommandIDs = {}));
/**
 * A service providing an interface to the the launcher.
 */
const plugin = {
    activate,
    id: '@jupyterlab/launcher-extension:plugin',
    description: 'Provides the launcher tab service.',
    requires: [_jupyterlab_translation__rspack_import_4.ITranslator],
    optional: [_jupyterlab_application__rspack_import_0.ILabShell, _jupyterlab_apputils__rspack_import_1.ICommandPalette, _jupyterlab_filebrowser__rspack_import_2.IDefaultFileBrowser],
    provides: _jupyterlab_launcher__rspack_import_3.ILauncher,
    autoStart: true
};
/**
 * Export the plugin as default.
 */
/* export default */ const __rspack_default_export = (plugin);
/**
 * Activate the launcher.
 */
function activate(app, translator, labShell, palette, defaultBrowser) {
    const { commands, shell } = app;
    const trans = translator.load('jupyterlab');
    const model = new _jupyterlab_launcher__rspack_import_3.LauncherModel();
    commands.addCommand(CommandIDs.create, {
        label: trans.__('New Launcher'),
        icon: args => (args.toolbar ? _jupyterlab_ui_components__rspack_import_5.addIcon : undefined),
        describedBy: {
            args: {
                type: 'object',
                properties: {
                    cwd: {
                        type: 'string',
                        description: trans.__('The current working directory')
                    },
                    toolbar: {
                        type: 'boolean',
                        description: trans.__('Whether the command is executed from a toolbar')
                    },
                    activate: {
                        type: 'boolean',
                        description: trans.__('Whether to activate the widget')
                    },
                    ref: {
                        type: 'string',
                        description: trans.__('The reference widget id')
                    }
                }
            }
        },
        execute: (args) => {
            var _a, _b;
            const cwd = (_b = (_a = args['cwd']) !== null && _a !== void 0 ? _a : defaultBrowser === null || defaultBrowser === void 0 ? void 0 : defaultBrowser.model.path) !== null && _b !== void 0 ? _b : '';
            const id = `launcher-${Private.id++}`;
            const callback = (item) => {
                // If widget is attached to the main area replace the launcher
                if ((0,_lumino_algorithm__rspack_import_6.find)(shell.widgets('main'), w => w === item)) {
                    shell.add(item, 'main', { ref: id });
                    launcher.dispose();
                }
            };
            const launcher = new _jupyterlab_launcher__rspack_import_3.Launcher({
                model,
                cwd,
                callback,
                commands,
                translator
            });
            launcher.model = model;
            launcher.title.icon = _jupyterlab_ui_components__rspack_import_5.launcherIcon;
            launcher.title.label = trans.__('Launcher');
            const main = new _jupyterlab_apputils__rspack_import_1.MainAreaWidget({ content: launcher });
            // If there are any other widgets open, remove the launcher close icon.
            main.title.closable = !!Array.from(shell.widgets('main')).length;
            main.id = id;
            shell.add(main, 'main', {
                activate: args['activate'],
                ref: args['ref']
            });
            if (labShell) {
                labShell.layoutModified.connect(() => {
                    // If there is only a launcher open, remove the close icon.
                    main.title.closable = Array.from(labShell.widgets('main')).length > 1;
                }, main);
            }
            if (defaultBrowser) {
                const onPathChanged = (model) => {
                    launcher.cwd = model.path;
                };
                defaultBrowser.model.pathChanged.connect(onPathChanged);
                launcher.disposed.connect(() => {
                    defaultBrowser.model.pathChanged.disconnect(onPathChanged);
                });
            }
            return main;
        }
    });
    if (labShell) {
        void Promise.all([app.restored, defaultBrowser === null || defaultBrowser === void 0 ? void 0 : defaultBrowser.model.restored]).then(() => {
            function maybeCreate() {
                // Create a launcher if there are no open items.
                if (labShell.isEmpty('main')) {
                    void commands.execute(CommandIDs.create);
                }
            }
            // When layout is modified, create a launcher if there are no open items.
            labShell.layoutModified.connect(() => {
                maybeCreate();
            });
        });
    }
    if (palette) {
        palette.addItem({
            command: CommandIDs.create,
            category: trans.__('Launcher')
        });
    }
    if (labShell) {
        labShell.addButtonEnabled = true;
        labShell.addRequested.connect((sender, arg) => {
            var _a;
            // Get the ref for the current tab of the tabbar which the add button was clicked
            const ref = ((_a = arg.currentTitle) === null || _a === void 0 ? void 0 : _a.owner.id) ||
                arg.titles[arg.titles.length - 1].owner.id;
            return commands.execute(CommandIDs.create, { ref });
        });
    }
    return model;
}
/**
 * The namespace for module private data.
 */
var Private;
(function (Private) {
    /**
     * The incrementing id used for launcher widgets.
     */
    Private.id = 0;
})(Private || (Private = {}));
//# sourceMappingURL=index.js.map
__webpack_require__.d(__webpack_exports__, {
}, {
  "default": __rspack_default_export
});


},

}]);
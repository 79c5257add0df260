"use strict";
(self["rspackChunk"] = self["rspackChunk"] || []).push([[2173], {
15212(__unused_rspack_module, __webpack_exports__, __webpack_require__) {
// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  "default": () => (/* binding */ lib)
});

// EXTERNAL MODULE: consume shared module (default) @jupyterlab/application@^4.6.6 (strict) (fallback: /work/wt-safety/node_modules/@jupyterlab/application/lib/index.js)
var index_js_ = __webpack_require__(5446);
// EXTERNAL MODULE: consume shared module (default) @jupyterlab/apputils@^4.7.6 (strict) (fallback: /work/wt-safety/node_modules/@jupyterlab/apputils/lib/index.js)
var lib_index_js_ = __webpack_require__(94731);
// EXTERNAL MODULE: consume shared module (default) @jupyterlab/codeeditor@^4.6.6 (strict) (fallback: /work/wt-safety/node_modules/@jupyterlab/codeeditor/lib/index.js)
var codeeditor_lib_index_js_ = __webpack_require__(70230);
// EXTERNAL MODULE: consume shared module (default) @jupyterlab/completer@^4.6.6 (strict) (fallback: /work/wt-safety/node_modules/@jupyterlab/completer/lib/index.js)
var completer_lib_index_js_ = __webpack_require__(78066);
// EXTERNAL MODULE: consume shared module (default) @jupyterlab/console@^4.6.4 (strict) (fallback: /work/wt-safety/node_modules/@jupyterlab/console/lib/index.js)
var console_lib_index_js_ = __webpack_require__(38512);
// EXTERNAL MODULE: consume shared module (default) @jupyterlab/filebrowser@^4.6.6 (strict) (fallback: /work/wt-safety/node_modules/@jupyterlab/filebrowser/lib/index.js)
var filebrowser_lib_index_js_ = __webpack_require__(43110);
// EXTERNAL MODULE: consume shared module (default) @jupyterlab/launcher@^4.6.6 (strict) (fallback: /work/wt-safety/node_modules/@jupyterlab/launcher/lib/index.js)
var launcher_lib_index_js_ = __webpack_require__(93618);
// EXTERNAL MODULE: consume shared module (default) @jupyterlab/mainmenu@^4.6.4 (strict) (fallback: /work/wt-safety/node_modules/@jupyterlab/mainmenu/lib/index.js)
var mainmenu_lib_index_js_ = __webpack_require__(97188);
// EXTERNAL MODULE: consume shared module (default) @jupyterlab/rendermime@^4.6.6 (strict) (fallback: /work/wt-safety/node_modules/@jupyterlab/rendermime/lib/index.js)
var rendermime_lib_index_js_ = __webpack_require__(90450);
// EXTERNAL MODULE: consume shared module (default) @jupyterlab/settingregistry@^4.6.6 (strict) (fallback: /work/wt-safety/node_modules/@jupyterlab/settingregistry/lib/index.js)
var settingregistry_lib_index_js_ = __webpack_require__(43706);
// EXTERNAL MODULE: consume shared module (default) @jupyterlab/translation@^4.6.6 (strict) (fallback: /work/wt-safety/node_modules/@jupyterlab/translation/lib/index.js)
var translation_lib_index_js_ = __webpack_require__(15186);
// EXTERNAL MODULE: consume shared module (default) @jupyterlab/ui-components@^4.6.6 (strict) (fallback: /work/wt-safety/node_modules/@jupyterlab/ui-components/lib/index.js)
var ui_components_lib_index_js_ = __webpack_require__(38470);
// EXTERNAL MODULE: consume shared module (default) @lumino/algorithm@^2.0.5 (strict) (fallback: /work/wt-safety/node_modules/@lumino/algorithm/dist/index.es6.js)
var index_es6_js_ = __webpack_require__(54176);
// EXTERNAL MODULE: consume shared module (default) @lumino/coreutils@^2.2.3 (strict) (fallback: /work/wt-safety/node_modules/@lumino/coreutils/dist/index.js)
var dist_index_js_ = __webpack_require__(3352);
// EXTERNAL MODULE: consume shared module (default) @lumino/disposable@^2.1.6 (strict) (fallback: /work/wt-safety/node_modules/@lumino/disposable/dist/index.es6.js)
var dist_index_es6_js_ = __webpack_require__(51408);
// EXTERNAL MODULE: consume shared module (default) @lumino/widgets@^2.10.0 (strict) (fallback: /work/wt-safety/node_modules/@lumino/widgets/dist/index.es6.js)
var widgets_dist_index_es6_js_ = __webpack_require__(48270);
// EXTERNAL MODULE: consume shared module (default) @lumino/properties@^2.0.5 (strict) (fallback: /work/wt-safety/node_modules/@lumino/properties/dist/index.es6.js)
var properties_dist_index_es6_js_ = __webpack_require__(43748);
;// CONCATENATED MODULE: ../../../node_modules/@jupyterlab/console-extension/lib/foreign.js
// Copyright (c) Jupyter Development Team.
// Distributed under the terms of the Modified BSD License.





/**
 * The console foreign handler.
 */
const foreign = {
    id: '@jupyterlab/console-extension:foreign',
    description: 'Add foreign handler of IOPub messages to the console.',
    requires: [console_lib_index_js_.IConsoleTracker, settingregistry_lib_index_js_.ISettingRegistry, translation_lib_index_js_.ITranslator],
    optional: [lib_index_js_.ICommandPalette],
    activate: activateForeign,
    autoStart: true
};
/* export default */ const lib_foreign = (foreign);
function activateForeign(app, tracker, settingRegistry, translator, palette) {
    var _a;
    const trans = translator.load('jupyterlab');
    const { shell } = app;
    tracker.widgetAdded.connect((sender, widget) => {
        const console = widget.console;
        const handler = new console_lib_index_js_.ForeignHandler({
            sessionContext: console.sessionContext,
            parent: console
        });
        foreign_Private.foreignHandlerProperty.set(console, handler);
        // Property showAllKernelActivity configures foreign handler enabled on start.
        void settingRegistry
            .get('@jupyterlab/console-extension:tracker', 'showAllKernelActivity')
            .then(({ composite }) => {
            const showAllKernelActivity = composite;
            handler.enabled = showAllKernelActivity;
        });
        console.disposed.connect(() => {
            handler.dispose();
        });
    });
    const { commands } = app;
    const category = trans.__('Console');
    const toggleShowAllActivity = 'console:toggle-show-all-kernel-activity';
    // Get the current widget and activate unless the args specify otherwise.
    function getCurrent(args) {
        const widget = tracker.currentWidget;
        const activate = args['activate'] !== false;
        if (activate && widget) {
            shell.activateById(widget.id);
        }
        return widget;
    }
    commands.addCommand(toggleShowAllActivity, {
        label: args => trans.__('Show All Kernel Activity'),
        execute: args => {
            const current = getCurrent(args);
            if (!current) {
                return;
            }
            const handler = foreign_Private.foreignHandlerProperty.get(current.console);
            if (handler) {
                handler.enabled = !handler.enabled;
            }
        },
        isToggled: () => {
            var _a;
            return tracker.currentWidget !== null &&
                !!((_a = foreign_Private.foreignHandlerProperty.get(tracker.currentWidget.console)) === null || _a === void 0 ? void 0 : _a.enabled);
        },
        isEnabled: () => tracker.currentWidget !== null &&
            tracker.currentWidget === shell.currentWidget,
        describedBy: {
            args: {
                type: 'object',
                properties: {
                    activate: {
                        type: 'boolean',
                        description: trans.__('Whether to activate the widget')
                    }
                }
            }
        }
    });
    const notify = () => {
        commands.notifyCommandChanged(toggleShowAllActivity);
    };
    tracker.currentChanged.connect(notify);
    (_a = shell.currentChanged) === null || _a === void 0 ? void 0 : _a.connect(notify);
    if (palette) {
        palette.addItem({
            command: toggleShowAllActivity,
            category,
            args: { isPalette: true }
        });
    }
}
/*
 * A namespace for private data.
 */
var foreign_Private;
(function (Private) {
    /**
     * An attached property for a console's foreign handler.
     */
    Private.foreignHandlerProperty = new properties_dist_index_es6_js_.AttachedProperty({
        name: 'foreignHandler',
        create: () => undefined
    });
})(foreign_Private || (foreign_Private = {}));
//# sourceMappingURL=foreign.js.map
;// CONCATENATED MODULE: ../../../node_modules/@jupyterlab/console-extension/lib/cellexecutor.js
// Copyright (c) Jupyter Development Team.
// Distributed under the terms of the Modified BSD License.

/**
 * Console cell executor plugin.
 */
const cellExecutor = {
    id: '@jupyterlab/console-extension:cell-executor',
    description: 'Provides the console cell executor.',
    autoStart: true,
    provides: console_lib_index_js_.IConsoleCellExecutor,
    activate: () => {
        return Object.freeze({ runCell: console_lib_index_js_.runCell });
    }
};
//# sourceMappingURL=cellexecutor.js.map
;// CONCATENATED MODULE: ../../../node_modules/@jupyterlab/console-extension/lib/index.js
// Copyright (c) Jupyter Development Team.
// Distributed under the terms of the Modified BSD License.
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * @packageDocumentation
 * @module console-extension
 */


















/**
 * The command IDs used by the console plugin.
 */
var lib_CommandIDs;
(function (CommandIDs) {
    CommandIDs.autoClosingBrackets = 'console:toggle-autoclosing-brackets';
    CommandIDs.create = 'console:create';
    CommandIDs.clear = 'console:clear';
    CommandIDs.runUnforced = 'console:run-unforced';
    CommandIDs.runForced = 'console:run-forced';
    CommandIDs.linebreak = 'console:linebreak';
    CommandIDs.interrupt = 'console:interrupt-kernel';
    CommandIDs.restart = 'console:restart-kernel';
    CommandIDs.closeAndShutdown = 'console:close-and-shutdown';
    CommandIDs.open = 'console:open';
    CommandIDs.inject = 'console:inject';
    CommandIDs.changeKernel = 'console:change-kernel';
    CommandIDs.getKernel = 'console:get-kernel';
    CommandIDs.interactionMode = 'console:interaction-mode';
    CommandIDs.redo = 'console:redo';
    CommandIDs.replaceSelection = 'console:replace-selection';
    CommandIDs.shutdown = 'console:shutdown';
    CommandIDs.undo = 'console:undo';
    CommandIDs.invokeCompleter = 'completer:invoke-console';
    CommandIDs.selectCompleter = 'completer:select-console';
})(lib_CommandIDs || (lib_CommandIDs = {}));
/**
 * The console widget tracker provider.
 */
const lib_tracker = {
    id: '@jupyterlab/console-extension:tracker',
    description: 'Provides the console widget tracker.',
    provides: console_lib_index_js_.IConsoleTracker,
    requires: [
        console_lib_index_js_.ConsolePanel.IContentFactory,
        codeeditor_lib_index_js_.IEditorServices,
        console_lib_index_js_.IConsoleCellExecutor,
        rendermime_lib_index_js_.IRenderMimeRegistry,
        settingregistry_lib_index_js_.ISettingRegistry
    ],
    optional: [
        index_js_.ILayoutRestorer,
        filebrowser_lib_index_js_.IDefaultFileBrowser,
        mainmenu_lib_index_js_.IMainMenu,
        lib_index_js_.ICommandPalette,
        launcher_lib_index_js_.ILauncher,
        index_js_.ILabStatus,
        lib_index_js_.ISessionContextDialogs,
        ui_components_lib_index_js_.IFormRendererRegistry,
        translation_lib_index_js_.ITranslator,
        lib_index_js_.ISessionContextDialogs,
        lib_index_js_.IToolbarWidgetRegistry
    ],
    activate: activateConsole,
    autoStart: true
};
/**
 * The console widget content factory.
 */
const lib_factory = {
    id: '@jupyterlab/console-extension:factory',
    description: 'Provides the console widget content factory.',
    provides: console_lib_index_js_.ConsolePanel.IContentFactory,
    requires: [codeeditor_lib_index_js_.IEditorServices],
    autoStart: true,
    activate: (app, editorServices) => {
        const editorFactory = editorServices.factoryService.newInlineEditor;
        return new console_lib_index_js_.ConsolePanel.ContentFactory({ editorFactory });
    }
};
/**
 * Kernel status indicator.
 */
const lib_kernelStatus = {
    id: '@jupyterlab/console-extension:kernel-status',
    description: 'Adds the console to the kernel status indicator model.',
    autoStart: true,
    requires: [console_lib_index_js_.IConsoleTracker, lib_index_js_.IKernelStatusModel],
    activate: (app, tracker, kernelStatus) => {
        const provider = (widget) => {
            let session = null;
            if (widget && tracker.has(widget)) {
                return widget.sessionContext;
            }
            return session;
        };
        kernelStatus.addSessionProvider(provider);
    }
};
/**
 * Cursor position.
 */
const lineColStatus = {
    id: '@jupyterlab/console-extension:cursor-position',
    description: 'Adds the console to the code editor cursor position model.',
    autoStart: true,
    requires: [console_lib_index_js_.IConsoleTracker, codeeditor_lib_index_js_.IPositionModel],
    activate: (app, tracker, positionModel) => {
        let previousWidget = null;
        const provider = async (widget) => {
            let editor = null;
            if (widget !== previousWidget) {
                previousWidget === null || previousWidget === void 0 ? void 0 : previousWidget.console.promptCellCreated.disconnect(positionModel.update);
                previousWidget = null;
                if (widget && tracker.has(widget)) {
                    widget.console.promptCellCreated.connect(positionModel.update);
                    const promptCell = widget.console.promptCell;
                    editor = null;
                    if (promptCell) {
                        await promptCell.ready;
                        editor = promptCell.editor;
                    }
                    previousWidget = widget;
                }
            }
            else if (widget) {
                const promptCell = widget.console.promptCell;
                editor = null;
                if (promptCell) {
                    await promptCell.ready;
                    editor = promptCell.editor;
                }
            }
            return editor;
        };
        positionModel.addEditorProvider(provider);
    }
};
const completerPlugin = {
    id: '@jupyterlab/console-extension:completer',
    description: 'Adds completion to the console.',
    autoStart: true,
    requires: [console_lib_index_js_.IConsoleTracker],
    optional: [completer_lib_index_js_.ICompletionProviderManager, translation_lib_index_js_.ITranslator, lib_index_js_.ISanitizer],
    activate: activateConsoleCompleterService
};
/**
 * Export the plugins as the default.
 */
const plugins = [
    lib_factory,
    lib_tracker,
    lib_foreign,
    lib_kernelStatus,
    lineColStatus,
    completerPlugin,
    cellExecutor
];
/* export default */ const lib = (plugins);
/**
 * Activate the console extension.
 */
async function activateConsole(app, contentFactory, editorServices, executor, rendermime, settingRegistry, restorer, filebrowser, mainMenu, palette, launcher, status, sessionDialogs_, formRegistry, translator_, sessionContextDialogs, toolbarRegistry) {
    var _a;
    const translator = translator_ !== null && translator_ !== void 0 ? translator_ : translation_lib_index_js_.nullTranslator;
    const trans = translator.load('jupyterlab');
    const manager = app.serviceManager;
    const { commands, shell } = app;
    const category = trans.__('Console');
    const sessionDialogs = sessionDialogs_ !== null && sessionDialogs_ !== void 0 ? sessionDialogs_ : new lib_index_js_.SessionContextDialogs({ translator });
    const pluginId = '@jupyterlab/console-extension:tracker';
    const promptCellPositions = [
        'top',
        'bottom',
        'left',
        'right'
    ];
    // Instantiate the toolbar factory for console panel at plugin activation time
    // since the plugin defines toolbar items and "jupyter.lab.toolbars" is set to true.
    let toolbarFactory;
    if (toolbarRegistry) {
        const factory = 'ConsolePanel';
        toolbarFactory = (0,lib_index_js_.createToolbarFactory)(toolbarRegistry, settingRegistry, factory, pluginId, translator);
        if (sessionContextDialogs) {
            toolbarRegistry.addFactory(factory, 'kernelName', panel => lib_index_js_.Toolbar.createKernelNameItem(panel.sessionContext, sessionContextDialogs, translator));
        }
        toolbarRegistry.addFactory(factory, 'kernelStatus', panel => {
            const sessionContext = panel.sessionContext;
            // TODO: update use of deprecated APIs, without having to depend on @jupyterlab/notebook
            const indicator = lib_index_js_.Toolbar.createKernelStatusItem(sessionContext);
            return indicator;
        });
        const promptMenu = new widgets_dist_index_es6_js_.Menu({ commands });
        promptMenu.addClass('jp-CodeConsolePromptMenu');
        promptCellPositions.forEach(position => {
            promptMenu.addItem({ command: `console:prompt-to-${position}` });
        });
        toolbarRegistry.addFactory(factory, 'promptPosition', panel => {
            const button = new ui_components_lib_index_js_.ToolbarButton({
                tooltip: trans.__('Change Console Prompt Position'),
                icon: ui_components_lib_index_js_.dotsIcon,
                onClick: () => {
                    const right = button.node.getBoundingClientRect().right;
                    const bottom = button.node.getBoundingClientRect().bottom;
                    promptMenu.open(right, bottom, { horizontalAlignment: 'right' });
                }
            });
            return button;
        });
    }
    // Create a widget tracker for all console panels.
    const tracker = new lib_index_js_.WidgetTracker({
        namespace: 'console'
    });
    // Handle state restoration.
    if (restorer) {
        void restorer.restore(tracker, {
            command: lib_CommandIDs.create,
            args: widget => {
                const { path, name, kernelPreference } = widget.console.sessionContext;
                return {
                    path,
                    name,
                    kernelPreference: { ...kernelPreference }
                };
            },
            name: widget => { var _a; return (_a = widget.console.sessionContext.path) !== null && _a !== void 0 ? _a : dist_index_js_.UUID.uuid4(); },
            when: manager.ready
        });
    }
    // Add a launcher item if the launcher is available.
    if (launcher) {
        void manager.ready.then(() => {
            let disposables = null;
            const onSpecsChanged = () => {
                if (disposables) {
                    disposables.dispose();
                    disposables = null;
                }
                const specs = manager.kernelspecs.specs;
                if (!specs) {
                    return;
                }
                disposables = new dist_index_es6_js_.DisposableSet();
                for (const name in specs.kernelspecs) {
                    const rank = name === specs.default ? 0 : Infinity;
                    const spec = specs.kernelspecs[name];
                    const kernelIconUrl = spec.resources['logo-svg'] || spec.resources['logo-64x64'];
                    disposables.add(launcher.add({
                        command: lib_CommandIDs.create,
                        args: { isLauncher: true, kernelPreference: { name } },
                        category: trans.__('Console'),
                        rank,
                        kernelIconUrl,
                        metadata: {
                            kernel: dist_index_js_.JSONExt.deepCopy(spec.metadata || {})
                        }
                    }));
                }
            };
            onSpecsChanged();
            manager.kernelspecs.specsChanged.connect(onSpecsChanged);
        });
    }
    /**
     * Create a console for a given path.
     */
    async function createConsole(options) {
        var _a, _b;
        await manager.ready;
        const panel = new console_lib_index_js_.ConsolePanel({
            manager,
            contentFactory,
            mimeTypeService: editorServices.mimeTypeService,
            rendermime,
            sessionDialogs,
            executor,
            translator,
            setBusy: (_a = (status && (() => status.setBusy()))) !== null && _a !== void 0 ? _a : undefined,
            ...options
        });
        if (toolbarFactory) {
            (0,lib_index_js_.setToolbar)(panel, toolbarFactory);
        }
        const interactionMode = (await settingRegistry.get('@jupyterlab/console-extension:tracker', 'interactionMode')).composite;
        panel.console.node.dataset.jpInteractionMode = interactionMode;
        // Add the console panel to the tracker. We want the panel to show up before
        // any kernel selection dialog, so we do not await panel.session.ready;
        await tracker.add(panel);
        panel.sessionContext.propertyChanged.connect(() => {
            void tracker.save(panel);
        });
        if (options.subshell) {
            panel.sessionContext.kernelChanged.connect(async () => {
                if (!panel.sessionContext.isDisposed) {
                    panel.sessionContext.ready
                        .then(async () => {
                        if (panel.sessionContext.session === null) {
                            console.error('Cannot create subshell without session');
                        }
                        else if (panel.sessionContext.session.kernel === null) {
                            console.error('Cannot create subshell without kernel');
                        }
                        else {
                            const { kernel } = panel.sessionContext.session;
                            // Ensure kernel has received kernel_info.
                            await kernel.info;
                            const replyMsg = await kernel.requestCreateSubshell({}).done;
                            kernel.subshellId = replyMsg.content.subshell_id;
                        }
                    })
                        .catch(reason => {
                        console.error('Failed to initialize SessionContext or create new subshell.', reason);
                    });
                }
            });
        }
        shell.add(panel, 'main', {
            ref: options.ref,
            mode: options.insertMode,
            activate: options.activate !== false,
            type: (_b = options.type) !== null && _b !== void 0 ? _b : 'Console'
        });
        return panel;
    }
    let clearCellsOnExecute;
    let clearCodeContentOnExecute;
    let hideCodeInput;
    let interactionMode;
    let promptCellConfig = {};
    let promptCellPosition;
    let showBanner;
    /**
     * Update settings for one console or all consoles.
     *
     * @param panel Optional - single console to update.
     */
    async function updateSettings(panel) {
        clearCellsOnExecute = (await settingRegistry.get(pluginId, 'clearCellsOnExecute')).composite;
        clearCodeContentOnExecute = (await settingRegistry.get(pluginId, 'clearCodeContentOnExecute')).composite;
        hideCodeInput = (await settingRegistry.get(pluginId, 'hideCodeInput'))
            .composite;
        interactionMode = (await settingRegistry.get(pluginId, 'interactionMode'))
            .composite;
        promptCellConfig = (await settingRegistry.get(pluginId, 'promptCellConfig'))
            .composite;
        promptCellPosition = (await settingRegistry.get(pluginId, 'promptCellPosition')).composite;
        showBanner = (await settingRegistry.get(pluginId, 'showBanner'))
            .composite;
        const setWidgetOptions = (widget) => {
            var _a, _b;
            widget.console.node.dataset.jpInteractionMode = interactionMode;
            // Update future promptCells - merge with defaults to preserve tabFocusable: false for output cells
            // But prompt cells will have tabFocusable: true set explicitly in newPromptCell()
            widget.console.editorConfig = {
                ...console_lib_index_js_.CodeConsole.defaultEditorConfig,
                ...promptCellConfig
            };
            // Update promptCell already on screen - ensure it's tabbable (input should be accessible)
            (_b = (_a = widget.console.promptCell) === null || _a === void 0 ? void 0 : _a.editor) === null || _b === void 0 ? void 0 : _b.setOptions({
                ...console_lib_index_js_.CodeConsole.defaultEditorConfig,
                ...promptCellConfig,
                tabFocusable: true
            });
            // Set other config options
            widget.console.setConfig({
                clearCellsOnExecute,
                clearCodeContentOnExecute,
                hideCodeInput,
                promptCellPosition,
                showBanner
            });
        };
        if (panel) {
            setWidgetOptions(panel);
        }
        else {
            tracker.forEach(setWidgetOptions);
        }
    }
    settingRegistry.pluginChanged.connect((sender, plugin) => {
        if (plugin === pluginId) {
            void updateSettings();
        }
    });
    await updateSettings();
    if (formRegistry) {
        const CMRenderer = formRegistry.getRenderer('@jupyterlab/codemirror-extension:plugin.defaultConfig');
        if (CMRenderer) {
            formRegistry.addRenderer('@jupyterlab/console-extension:tracker.promptCellConfig', CMRenderer);
        }
    }
    // Apply settings when a console is created.
    tracker.widgetAdded.connect((sender, panel) => {
        void updateSettings(panel);
    });
    commands.addCommand(lib_CommandIDs.autoClosingBrackets, {
        execute: async (args) => {
            var _a;
            promptCellConfig.autoClosingBrackets = !!((_a = args['force']) !== null && _a !== void 0 ? _a : !promptCellConfig.autoClosingBrackets);
            await settingRegistry.set(pluginId, 'promptCellConfig', promptCellConfig);
        },
        label: trans.__('Auto Close Brackets for Code Console Prompt'),
        isToggled: () => promptCellConfig.autoClosingBrackets,
        describedBy: {
            args: {
                type: 'object',
                properties: {
                    force: {
                        type: 'boolean',
                        description: trans.__('Whether to force the toggle state')
                    }
                }
            }
        }
    });
    /**
     * Whether there is an active console.
     */
    function isEnabled() {
        return (tracker.currentWidget !== null &&
            (tracker.currentWidget === shell.currentWidget ||
                tracker.currentWidget.node.contains(document.activeElement)));
    }
    commands.addCommand(lib_CommandIDs.open, {
        label: trans.__('Open a console for the provided `path`.'),
        describedBy: {
            args: {
                type: 'object',
                properties: {
                    path: {
                        type: 'string',
                        description: trans.__('The path of the session to open')
                    },
                    activate: {
                        type: 'boolean',
                        description: trans.__('Whether to activate the console widget')
                    }
                },
                required: ['path']
            }
        },
        execute: (args) => {
            const path = args['path'];
            const widget = tracker.find(value => {
                var _a;
                return ((_a = value.console.sessionContext.session) === null || _a === void 0 ? void 0 : _a.path) === path;
            });
            if (widget) {
                if (args.activate !== false) {
                    shell.activateById(widget.id);
                }
                return widget;
            }
            else {
                return manager.ready.then(() => {
                    const model = (0,index_es6_js_.find)(manager.sessions.running(), item => {
                        return item.path === path;
                    });
                    if (model) {
                        return createConsole(args);
                    }
                    return Promise.reject(`No running kernel session for path: ${path}`);
                });
            }
        }
    });
    commands.addCommand(lib_CommandIDs.create, {
        label: args => {
            var _a, _b, _c, _d;
            if (args['isPalette']) {
                return trans.__('New Console');
            }
            else if (args['isLauncher'] && args['kernelPreference']) {
                const kernelPreference = args['kernelPreference'];
                // TODO: Lumino command functions should probably be allowed to return undefined?
                return ((_d = (_c = (_b = (_a = manager.kernelspecs) === null || _a === void 0 ? void 0 : _a.specs) === null || _b === void 0 ? void 0 : _b.kernelspecs[kernelPreference.name || '']) === null || _c === void 0 ? void 0 : _c.display_name) !== null && _d !== void 0 ? _d : '');
            }
            return trans.__('Console');
        },
        icon: args => (args['isPalette'] ? undefined : ui_components_lib_index_js_.consoleIcon),
        describedBy: {
            args: {
                type: 'object',
                properties: {
                    isPalette: {
                        type: 'boolean',
                        description: trans.__('Whether the command is executed from the palette')
                    },
                    isLauncher: {
                        type: 'boolean',
                        description: trans.__('Whether the command is executed from the launcher')
                    },
                    kernelPreference: {
                        type: 'object',
                        description: trans.__('The kernel preference for the console. Preferences are considered in the order `id`, `name`, `language`. If no matching kernels can be found and `autoStartDefault` is `true`, then the default kernel for the server is preferred.'),
                        properties: {
                            id: {
                                type: 'string',
                                description: trans.__('The id of an existing kernel')
                            },
                            name: {
                                type: 'string',
                                description: trans.__('The name of the kernel')
                            },
                            language: {
                                type: 'string',
                                description: trans.__('The preferred kernel language')
                            },
                            shouldStart: {
                                type: 'boolean',
                                description: trans.__('A kernel should be started automatically (default `true`)')
                            },
                            canStart: {
                                type: 'boolean',
                                description: trans.__('A kernel can be started (default `true`)')
                            },
                            shutdownOnDispose: {
                                type: 'boolean',
                                description: trans.__('Shut down the session when session context is disposed (default `false`)')
                            },
                            autoStartDefault: {
                                type: 'boolean',
                                description: trans.__('Automatically start the default kernel if no other matching kernel is found (default `false`)')
                            },
                            skipKernelRestartDialog: {
                                type: 'boolean',
                                description: trans.__('Skip showing the kernel restart dialog if checked (default `false`)')
                            }
                        }
                    },
                    basePath: {
                        type: 'string',
                        description: trans.__('The base path for the console')
                    },
                    cwd: {
                        type: 'string',
                        description: trans.__('The current working directory')
                    },
                    activate: {
                        type: 'boolean',
                        description: trans.__('Whether to activate the widget')
                    },
                    ref: {
                        type: 'string',
                        description: trans.__('The reference widget id for the insert location')
                    },
                    insertMode: {
                        type: 'string',
                        description: trans.__('The tab insert mode')
                    }
                }
            }
        },
        execute: args => {
            var _a;
            const basePath = (_a = (args['basePath'] ||
                args['cwd'] ||
                (filebrowser === null || filebrowser === void 0 ? void 0 : filebrowser.model.path))) !== null && _a !== void 0 ? _a : '';
            return createConsole({ basePath, ...args });
        }
    });
    // Get the current widget and activate unless the args specify otherwise.
    function getCurrent(args) {
        var _a;
        const widget = args[lib_index_js_.SemanticCommand.WIDGET]
            ? ((_a = tracker.find(panel => panel.id === args[lib_index_js_.SemanticCommand.WIDGET])) !== null && _a !== void 0 ? _a : null)
            : tracker.currentWidget;
        const activate = args['activate'] !== false;
        if (activate && widget) {
            shell.activateById(widget.id);
        }
        return widget;
    }
    /**
     * Create commands to change the position of the prompt cell.
     */
    const iconMap = {
        top: ui_components_lib_index_js_.dockTopIcon,
        bottom: ui_components_lib_index_js_.dockBottomIcon,
        right: ui_components_lib_index_js_.dockRightIcon,
        left: ui_components_lib_index_js_.dockLeftIcon
    };
    // Spelled out rather than built from `position` so that the labels are
    // picked up by the translation string extractor.
    const labelMap = {
        top: trans.__('Prompt to top'),
        bottom: trans.__('Prompt to bottom'),
        right: trans.__('Prompt to right'),
        left: trans.__('Prompt to left')
    };
    promptCellPositions.forEach((position) => {
        const command = `console:prompt-to-${position}`;
        commands.addCommand(command, {
            execute: args => {
                const current = getCurrent(args);
                if (!current) {
                    return;
                }
                current.console.setConfig({ promptCellPosition: position });
            },
            isEnabled: () => !!tracker.currentWidget && tracker.currentWidget.isVisible,
            label: labelMap[position],
            icon: args => (args['isPalette'] ? undefined : iconMap[position]),
            describedBy: {
                args: {
                    type: 'object',
                    properties: {
                        activate: {
                            type: 'boolean',
                            description: trans.__('Whether to activate the widget')
                        },
                        isPalette: {
                            type: 'boolean',
                            description: trans.__('Whether the command is executed from palette')
                        }
                    }
                }
            }
        });
        if (palette) {
            palette.addItem({
                command,
                category,
                args: { isPalette: true }
            });
        }
    });
    /**
     * Add undo command
     */
    commands.addCommand(lib_CommandIDs.undo, {
        execute: args => {
            var _a;
            const current = getCurrent(args);
            if (!current) {
                return;
            }
            const editor = (_a = current.console.promptCell) === null || _a === void 0 ? void 0 : _a.editor;
            if (!editor) {
                return;
            }
            editor.undo();
        },
        isEnabled: args => {
            var _a, _b, _c;
            if (!isEnabled()) {
                return false;
            }
            const editor = (_c = (_b = (_a = getCurrent(args)) === null || _a === void 0 ? void 0 : _a.console) === null || _b === void 0 ? void 0 : _b.promptCell) === null || _c === void 0 ? void 0 : _c.editor;
            if (!editor) {
                return false;
            }
            return editor.model.sharedModel.canUndo();
        },
        icon: ui_components_lib_index_js_.undoIcon.bindprops({ stylesheet: 'menuItem' }),
        label: trans.__('Undo'),
        describedBy: {
            args: {
                type: 'object',
                properties: {
                    activate: {
                        type: 'boolean',
                        description: trans.__('Whether to activate the widget')
                    }
                }
            }
        }
    });
    /**
     * Add redo command
     */
    commands.addCommand(lib_CommandIDs.redo, {
        execute: args => {
            var _a;
            const current = getCurrent(args);
            if (!current) {
                return;
            }
            const editor = (_a = current.console.promptCell) === null || _a === void 0 ? void 0 : _a.editor;
            if (!editor) {
                return;
            }
            editor.redo();
        },
        isEnabled: args => {
            var _a, _b, _c;
            if (!isEnabled()) {
                return false;
            }
            const editor = (_c = (_b = (_a = getCurrent(args)) === null || _a === void 0 ? void 0 : _a.console) === null || _b === void 0 ? void 0 : _b.promptCell) === null || _c === void 0 ? void 0 : _c.editor;
            if (!editor) {
                return false;
            }
            return editor.model.sharedModel.canRedo();
        },
        icon: ui_components_lib_index_js_.redoIcon.bindprops({ stylesheet: 'menuItem' }),
        label: trans.__('Redo'),
        describedBy: {
            args: {
                type: 'object',
                properties: {
                    activate: {
                        type: 'boolean',
                        description: trans.__('Whether to activate the widget')
                    }
                }
            }
        }
    });
    commands.addCommand(lib_CommandIDs.clear, {
        label: trans.__('Clear Console Cells'),
        icon: args => (args.toolbar ? ui_components_lib_index_js_.clearIcon : undefined),
        describedBy: {
            args: {
                type: 'object',
                properties: {
                    toolbar: {
                        type: 'boolean',
                        description: trans.__('Whether executed from toolbar')
                    },
                    activate: {
                        type: 'boolean',
                        description: trans.__('Whether to activate the widget')
                    }
                }
            }
        },
        execute: args => {
            const current = getCurrent(args);
            if (!current) {
                return;
            }
            current.console.clear();
        },
        isEnabled
    });
    commands.addCommand(lib_CommandIDs.runUnforced, {
        label: trans.__('Run Cell (unforced)'),
        icon: args => (args.toolbar ? ui_components_lib_index_js_.runIcon : undefined),
        describedBy: {
            args: {
                type: 'object',
                properties: {
                    toolbar: {
                        type: 'boolean',
                        description: trans.__('Whether executed from toolbar')
                    },
                    activate: {
                        type: 'boolean',
                        description: trans.__('Whether to activate the widget')
                    }
                }
            }
        },
        execute: args => {
            const current = getCurrent(args);
            if (!current) {
                return;
            }
            return current.console.execute();
        },
        isEnabled
    });
    commands.addCommand(lib_CommandIDs.runForced, {
        label: trans.__('Run Cell (forced)'),
        icon: args => (args.toolbar ? ui_components_lib_index_js_.runIcon : undefined),
        describedBy: {
            args: {
                type: 'object',
                properties: {
                    toolbar: {
                        type: 'boolean',
                        description: trans.__('Whether executed from toolbar')
                    },
                    activate: {
                        type: 'boolean',
                        description: trans.__('Whether to activate the widget')
                    }
                }
            }
        },
        execute: args => {
            const current = getCurrent(args);
            if (!current) {
                return;
            }
            return current.console.execute(true);
        },
        isEnabled
    });
    commands.addCommand(lib_CommandIDs.linebreak, {
        label: trans.__('Insert Line Break'),
        describedBy: {
            args: {
                type: 'object',
                properties: {
                    activate: {
                        type: 'boolean',
                        description: trans.__('Whether to activate the widget')
                    }
                }
            }
        },
        execute: args => {
            const current = getCurrent(args);
            if (!current) {
                return;
            }
            current.console.insertLinebreak();
        },
        isEnabled
    });
    commands.addCommand(lib_CommandIDs.replaceSelection, {
        label: trans.__('Replace Selection in Console'),
        describedBy: {
            args: {
                type: 'object',
                properties: {
                    text: {
                        type: 'string',
                        description: trans.__('The text to replace the selection with')
                    },
                    activate: {
                        type: 'boolean',
                        description: trans.__('Whether to activate the widget')
                    }
                }
            }
        },
        execute: args => {
            const current = getCurrent(args);
            if (!current) {
                return;
            }
            const text = args['text'] || '';
            current.console.replaceSelection(text);
        },
        isEnabled
    });
    commands.addCommand(lib_CommandIDs.interrupt, {
        label: trans.__('Interrupt Kernel'),
        describedBy: {
            args: {
                type: 'object',
                properties: {
                    activate: {
                        type: 'boolean',
                        description: trans.__('Whether to activate the widget')
                    }
                }
            }
        },
        execute: args => {
            var _a;
            const current = getCurrent(args);
            if (!current) {
                return;
            }
            const kernel = (_a = current.console.sessionContext.session) === null || _a === void 0 ? void 0 : _a.kernel;
            if (kernel) {
                return kernel.interrupt();
            }
        },
        isEnabled
    });
    commands.addCommand(lib_CommandIDs.restart, {
        label: trans.__('Restart Kernel…'),
        icon: args => (args.toolbar ? ui_components_lib_index_js_.refreshIcon : undefined),
        describedBy: {
            args: {
                type: 'object',
                properties: {
                    toolbar: {
                        type: 'boolean',
                        description: trans.__('Whether executed from toolbar')
                    },
                    activate: {
                        type: 'boolean',
                        description: trans.__('Whether to activate the widget')
                    }
                }
            }
        },
        execute: args => {
            const current = getCurrent(args);
            if (!current) {
                return;
            }
            return sessionDialogs.restart(current.console.sessionContext);
        },
        isEnabled
    });
    commands.addCommand(lib_CommandIDs.shutdown, {
        label: trans.__('Shut Down'),
        describedBy: {
            args: {
                type: 'object',
                properties: {
                    activate: {
                        type: 'boolean',
                        description: trans.__('Whether to activate the widget')
                    }
                }
            }
        },
        execute: args => {
            const current = getCurrent(args);
            if (!current) {
                return;
            }
            return current.console.sessionContext.shutdown();
        }
    });
    commands.addCommand(lib_CommandIDs.closeAndShutdown, {
        label: trans.__('Close and Shut Down…'),
        execute: args => {
            const current = getCurrent(args);
            if (!current) {
                return;
            }
            return (0,lib_index_js_.showDialog)({
                title: trans.__('Shut down the console?'),
                body: trans.__('Are you sure you want to close "%1"?', current.title.label),
                buttons: [
                    lib_index_js_.Dialog.cancelButton({
                        ariaLabel: trans.__('Cancel console Shut Down')
                    }),
                    lib_index_js_.Dialog.warnButton({
                        ariaLabel: trans.__('Confirm console Shut Down')
                    })
                ]
            }).then(result => {
                if (result.button.accept) {
                    return commands
                        .execute(lib_CommandIDs.shutdown, { activate: false })
                        .then(() => {
                        current.dispose();
                        return true;
                    });
                }
                else {
                    return false;
                }
            });
        },
        isEnabled,
        describedBy: {
            args: {
                type: 'object',
                properties: {
                    activate: {
                        type: 'boolean',
                        description: trans.__('Whether to activate the widget')
                    }
                }
            }
        }
    });
    commands.addCommand(lib_CommandIDs.inject, {
        label: trans.__('Inject some code in a console.'),
        describedBy: {
            args: {
                type: 'object',
                properties: {
                    path: {
                        type: 'string',
                        description: trans.__('The path of the console session')
                    },
                    code: {
                        type: 'string',
                        description: trans.__('The code to inject')
                    },
                    metadata: {
                        type: 'object',
                        description: trans.__('The metadata for the code')
                    },
                    activate: {
                        type: 'boolean',
                        description: trans.__('Whether to activate the widget')
                    }
                },
                required: ['path', 'code']
            }
        },
        execute: args => {
            const path = args['path'];
            tracker.find(widget => {
                var _a;
                if (((_a = widget.console.sessionContext.session) === null || _a === void 0 ? void 0 : _a.path) === path) {
                    if (args['activate'] !== false) {
                        shell.activateById(widget.id);
                    }
                    void widget.console.inject(args['code'], args['metadata']);
                    return true;
                }
                return false;
            });
        },
        isEnabled
    });
    commands.addCommand(lib_CommandIDs.changeKernel, {
        label: trans.__('Change Kernel…'),
        describedBy: {
            args: {
                type: 'object',
                properties: {
                    activate: {
                        type: 'boolean',
                        description: trans.__('Whether to activate the widget')
                    }
                }
            }
        },
        execute: args => {
            const current = getCurrent(args);
            if (!current) {
                return;
            }
            return sessionDialogs.selectKernel(current.console.sessionContext);
        },
        isEnabled
    });
    commands.addCommand(lib_CommandIDs.getKernel, {
        label: trans.__('Get Kernel'),
        describedBy: {
            args: {
                type: 'object',
                properties: {
                    activate: {
                        type: 'boolean',
                        description: trans.__('Whether to activate the widget')
                    }
                }
            }
        },
        execute: args => {
            var _a;
            const current = getCurrent({ activate: false, ...args });
            if (!current) {
                return;
            }
            return (_a = current.sessionContext.session) === null || _a === void 0 ? void 0 : _a.kernel;
        },
        isEnabled
    });
    // All commands with isEnabled defined directly or in a semantic commands
    const skip = [lib_CommandIDs.create];
    const notify = () => {
        Object.values(lib_CommandIDs)
            .filter(id => !skip.includes(id))
            .forEach(id => app.commands.notifyCommandChanged(id));
    };
    tracker.currentChanged.connect(notify);
    (_a = shell.currentChanged) === null || _a === void 0 ? void 0 : _a.connect(notify);
    if (palette) {
        // Add command palette items
        [
            lib_CommandIDs.create,
            lib_CommandIDs.linebreak,
            lib_CommandIDs.clear,
            lib_CommandIDs.runUnforced,
            lib_CommandIDs.runForced,
            lib_CommandIDs.restart,
            lib_CommandIDs.interrupt,
            lib_CommandIDs.changeKernel,
            lib_CommandIDs.closeAndShutdown
        ].forEach(command => {
            palette.addItem({ command, category, args: { isPalette: true } });
        });
    }
    if (mainMenu) {
        // Add a close and shutdown command to the file menu.
        mainMenu.fileMenu.closeAndCleaners.add({
            id: lib_CommandIDs.closeAndShutdown,
            isEnabled
        });
        // Add a kernel user to the Kernel menu
        mainMenu.kernelMenu.kernelUsers.changeKernel.add({
            id: lib_CommandIDs.changeKernel,
            isEnabled
        });
        mainMenu.kernelMenu.kernelUsers.clearWidget.add({
            id: lib_CommandIDs.clear,
            isEnabled
        });
        mainMenu.kernelMenu.kernelUsers.interruptKernel.add({
            id: lib_CommandIDs.interrupt,
            isEnabled
        });
        mainMenu.kernelMenu.kernelUsers.restartKernel.add({
            id: lib_CommandIDs.restart,
            isEnabled
        });
        mainMenu.kernelMenu.kernelUsers.shutdownKernel.add({
            id: lib_CommandIDs.shutdown,
            isEnabled
        });
        // Add a code runner to the Run menu.
        mainMenu.runMenu.codeRunners.run.add({
            id: lib_CommandIDs.runForced,
            isEnabled
        });
        // Add a clearer to the edit menu
        mainMenu.editMenu.clearers.clearCurrent.add({
            id: lib_CommandIDs.clear,
            isEnabled
        });
        // Add undo/redo hooks to the edit menu.
        mainMenu.editMenu.undoers.redo.add({
            id: lib_CommandIDs.redo,
            isEnabled
        });
        mainMenu.editMenu.undoers.undo.add({
            id: lib_CommandIDs.undo,
            isEnabled
        });
        // Add kernel information to the application help menu.
        mainMenu.helpMenu.getKernel.add({
            id: lib_CommandIDs.getKernel,
            isEnabled
        });
    }
    // For backwards compatibility and clarity, we explicitly label the run
    // keystroke with the actual effected change, rather than the generic
    // "notebook" or "terminal" interaction mode. When this interaction mode
    // affects more than just the run keystroke, we can make this menu title more
    // generic.
    const runShortcutTitles = {
        notebook: trans.__('Execute with Shift+Enter'),
        terminal: trans.__('Execute with Enter')
    };
    // Add the execute keystroke setting submenu.
    commands.addCommand(lib_CommandIDs.interactionMode, {
        label: args => {
            var _a;
            return (_a = runShortcutTitles[args['interactionMode']]) !== null && _a !== void 0 ? _a : 'Set the console interaction mode.';
        },
        execute: async (args) => {
            const key = 'keyMap';
            try {
                await settingRegistry.set(pluginId, 'interactionMode', args['interactionMode']);
            }
            catch (reason) {
                console.error(`Failed to set ${pluginId}:${key} - ${reason.message}`);
            }
        },
        isToggled: args => args['interactionMode'] === interactionMode,
        describedBy: {
            args: {
                type: 'object',
                properties: {
                    interactionMode: {
                        type: 'string',
                        enum: ['notebook', 'terminal'],
                        description: trans.__('The interaction mode for the console')
                    }
                }
            }
        }
    });
    return tracker;
}
/**
 * Activate the completer service for console.
 */
function activateConsoleCompleterService(app, consoles, manager, translator, appSanitizer) {
    if (!manager) {
        return;
    }
    const trans = (translator !== null && translator !== void 0 ? translator : translation_lib_index_js_.nullTranslator).load('jupyterlab');
    const sanitizer = appSanitizer !== null && appSanitizer !== void 0 ? appSanitizer : new lib_index_js_.Sanitizer();
    app.commands.addCommand(lib_CommandIDs.invokeCompleter, {
        label: trans.__('Display the completion helper.'),
        execute: () => {
            const id = consoles.currentWidget && consoles.currentWidget.id;
            if (id) {
                return manager.invoke(id);
            }
        },
        describedBy: {
            args: {
                type: 'object',
                properties: {}
            }
        }
    });
    app.commands.addCommand(lib_CommandIDs.selectCompleter, {
        label: trans.__('Select the completion suggestion.'),
        execute: () => {
            const id = consoles.currentWidget && consoles.currentWidget.id;
            if (id) {
                return manager.select(id);
            }
        },
        describedBy: {
            args: {
                type: 'object',
                properties: {}
            }
        }
    });
    app.commands.addKeyBinding({
        command: lib_CommandIDs.selectCompleter,
        keys: ['Enter'],
        selector: '.jp-ConsolePanel .jp-mod-completer-active'
    });
    const updateCompleter = async (_, consolePanel) => {
        var _a, _b;
        const completerContext = {
            editor: (_b = (_a = consolePanel.console.promptCell) === null || _a === void 0 ? void 0 : _a.editor) !== null && _b !== void 0 ? _b : null,
            session: consolePanel.console.sessionContext.session,
            widget: consolePanel
        };
        await manager.updateCompleter(completerContext);
        consolePanel.console.promptCellCreated.connect((codeConsole, cell) => {
            const newContext = {
                editor: cell.editor,
                session: codeConsole.sessionContext.session,
                widget: consolePanel,
                sanitzer: sanitizer
            };
            manager.updateCompleter(newContext).catch(console.error);
        });
        consolePanel.console.sessionContext.sessionChanged.connect(() => {
            var _a, _b;
            const newContext = {
                editor: (_b = (_a = consolePanel.console.promptCell) === null || _a === void 0 ? void 0 : _a.editor) !== null && _b !== void 0 ? _b : null,
                session: consolePanel.console.sessionContext.session,
                widget: consolePanel,
                sanitizer: sanitizer
            };
            manager.updateCompleter(newContext).catch(console.error);
        });
    };
    consoles.widgetAdded.connect(updateCompleter);
    manager.activeProvidersChanged.connect(() => {
        consoles.forEach(consoleWidget => {
            updateCompleter(undefined, consoleWidget).catch(e => console.error(e));
        });
    });
}
//# sourceMappingURL=index.js.map

},

}]);
"use strict";
(self["rspackChunk"] = self["rspackChunk"] || []).push([[8801], {
92440(__unused_rspack_module, __webpack_exports__, __webpack_require__) {
// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CommandIDs: () => (/* binding */ lib_CommandIDs),
  "default": () => (/* binding */ lib)
});

// EXTERNAL MODULE: consume shared module (default) @jupyterlab/application@^4.6.6 (strict) (fallback: /work/wt-safety/node_modules/@jupyterlab/application/lib/index.js)
var index_js_ = __webpack_require__(5446);
// EXTERNAL MODULE: consume shared module (default) @jupyterlab/apputils@^4.7.6 (strict) (fallback: /work/wt-safety/node_modules/@jupyterlab/apputils/lib/index.js)
var lib_index_js_ = __webpack_require__(94731);
// EXTERNAL MODULE: consume shared module (default) @jupyterlab/running@^4.6.4 (strict) (fallback: /work/wt-safety/node_modules/@jupyterlab/running/lib/index.js)
var running_lib_index_js_ = __webpack_require__(82748);
// EXTERNAL MODULE: consume shared module (default) @jupyterlab/docmanager@^4.6.6 (strict) (fallback: /work/wt-safety/node_modules/@jupyterlab/docmanager/lib/index.js)
var docmanager_lib_index_js_ = __webpack_require__(67404);
// EXTERNAL MODULE: consume shared module (default) @jupyterlab/statedb@^4.6.6 (strict) (fallback: /work/wt-safety/node_modules/@jupyterlab/statedb/lib/index.js)
var statedb_lib_index_js_ = __webpack_require__(73282);
// EXTERNAL MODULE: consume shared module (default) @jupyterlab/translation@^4.6.6 (strict) (fallback: /work/wt-safety/node_modules/@jupyterlab/translation/lib/index.js)
var translation_lib_index_js_ = __webpack_require__(15186);
// EXTERNAL MODULE: consume shared module (default) @jupyterlab/ui-components@^4.6.6 (strict) (fallback: /work/wt-safety/node_modules/@jupyterlab/ui-components/lib/index.js)
var ui_components_lib_index_js_ = __webpack_require__(38470);
// EXTERNAL MODULE: consume shared module (default) @jupyterlab/coreutils@^6.6.6 (strict) (fallback: /work/wt-safety/node_modules/@jupyterlab/coreutils/lib/index.js)
var coreutils_lib_index_js_ = __webpack_require__(59728);
// EXTERNAL MODULE: consume shared module (default) @jupyterlab/services@^7.6.6 (strict) (fallback: /work/wt-safety/node_modules/@jupyterlab/services/lib/index.js)
var services_lib_index_js_ = __webpack_require__(61793);
// EXTERNAL MODULE: consume shared module (default) @lumino/polling@^2.1.6 (strict) (fallback: /work/wt-safety/node_modules/@lumino/polling/dist/index.es6.js)
var index_es6_js_ = __webpack_require__(74986);
// EXTERNAL MODULE: consume shared module (default) @lumino/signaling@^2.1.6 (strict) (fallback: /work/wt-safety/node_modules/@lumino/signaling/dist/index.es6.js)
var dist_index_es6_js_ = __webpack_require__(19014);
// EXTERNAL MODULE: consume shared module (default) react@^18.3.1 (strict) (fallback: /work/wt-safety/node_modules/react/index.js)
var react_index_js_ = __webpack_require__(98355);
;// CONCATENATED MODULE: ../../../node_modules/@jupyterlab/running-extension/lib/kernels.js
// Copyright (c) Jupyter Development Team.
// Distributed under the terms of the Modified BSD License.








const KERNEL_ITEM_CLASS = 'jp-mod-kernel';
const KERNELSPEC_ITEM_CLASS = 'jp-mod-kernelspec';
const WIDGET_ITEM_CLASS = 'jp-mod-kernel-widget';
const KERNEL_LABEL_ID = 'jp-RunningSessions-item-label-kernel-id';
/**
 * Add the running kernel manager (notebooks & consoles) to the running panel.
 */
async function addKernelRunningSessionManager(managers, translator, app) {
    const { commands, contextMenu, serviceManager } = app;
    const { kernels, kernelspecs, sessions } = serviceManager;
    const { runningChanged, RunningKernel } = kernels_Private;
    // This function is called from a plugin `activate`, so both throttlers live
    // for the application session; there is no owner to hand them to.
    // eslint-disable-next-line jupyter/require-disposable-ownership
    const throttler = new index_es6_js_.Throttler(() => runningChanged.emit(undefined), 100);
    const trans = translator.load('jupyterlab');
    const shutdownUnusedLabel = trans.__('Shut Down Unused');
    let shutdownUnusedEnabled = false;
    // eslint-disable-next-line jupyter/require-disposable-ownership
    const shutdownUnusedThrottler = new index_es6_js_.Throttler(checkShutdownUnusedEnabled, 10000);
    // Throttle signal emissions from the kernel and session managers.
    kernels.runningChanged.connect(() => {
        void throttler.invoke();
        void shutdownUnusedThrottler.invoke();
    });
    sessions.runningChanged.connect(() => void throttler.invoke());
    // Wait until the relevant services are ready.
    await Promise.all([kernels.ready, kernelspecs.ready, sessions.ready]);
    function getUnusedKernels() {
        // Identifies unused kernels
        return Array.from(kernels.running()).filter(kernel => { var _a; return ((_a = kernel.connections) !== null && _a !== void 0 ? _a : 1) < 1; });
    }
    async function checkShutdownUnusedEnabled() {
        const wasEnabled = shutdownUnusedEnabled;
        shutdownUnusedEnabled = getUnusedKernels().length > 0;
        if (wasEnabled !== shutdownUnusedEnabled) {
            commands.notifyCommandChanged(lib_CommandIDs.kernelShutDownUnused);
        }
    }
    commands.addCommand(lib_CommandIDs.kernelShutDownUnused, {
        label: args => (args.toolbar ? '' : shutdownUnusedLabel),
        icon: args => (args.toolbar ? ui_components_lib_index_js_.cleaningIcon : undefined),
        execute: async () => {
            const unusedKernels = getUnusedKernels();
            if (unusedKernels.length === 0) {
                return;
            }
            const confirmed = await (0,lib_index_js_.showDialog)({
                title: shutdownUnusedLabel,
                body: (react_index_js_.createElement(react_index_js_.Fragment, null,
                    trans.__('Are you sure you want to shut down the following unused kernels?'),
                    react_index_js_.createElement("ul", null, unusedKernels.map(kernel => (react_index_js_.createElement("li", { key: kernel.id }, trans.__('%1 (%2)', kernel.name, kernel.id.slice(0, 8)))))))),
                buttons: [
                    lib_index_js_.Dialog.cancelButton(),
                    lib_index_js_.Dialog.warnButton({ label: shutdownUnusedLabel })
                ]
            });
            if (confirmed.button.accept) {
                await Promise.allSettled(unusedKernels.map(kernel => services_lib_index_js_.KernelAPI.shutdownKernel(kernel.id)));
                await Promise.all([
                    kernels.refreshRunning(),
                    sessions.refreshRunning()
                ]);
            }
        },
        isEnabled: () => shutdownUnusedEnabled,
        describedBy: {
            args: {
                type: 'object',
                properties: {
                    toolbar: {
                        type: 'boolean',
                        description: trans.__('Whether executed from toolbar')
                    }
                }
            }
        }
    });
    // Add the kernels pane to the running sidebar.
    managers.add({
        name: trans.__('Kernels'),
        supportsMultipleViews: true,
        running: (options) => {
            var _a;
            const kernelsBySpec = new Map();
            for (const kernel of kernels.running()) {
                const list = (_a = kernelsBySpec.get(kernel.name)) !== null && _a !== void 0 ? _a : [];
                kernelsBySpec.set(kernel.name, list);
                list.push(new RunningKernel({
                    commands,
                    kernel,
                    kernels,
                    sessions,
                    trans,
                    mode: options.mode
                }));
            }
            const treeItems = Array.from(kernelsBySpec.entries()).map(([spec, kernels]) => {
                var _a;
                return new kernels_Private.KernelSpecItem({
                    name: spec,
                    kernels,
                    spec: (_a = kernelspecs.specs) === null || _a === void 0 ? void 0 : _a.kernelspecs[spec],
                    trans
                });
            });
            return options.mode === 'tree'
                ? treeItems
                : treeItems
                    .map(item => item.children.map(i => { var _a; return (_a = i.children) !== null && _a !== void 0 ? _a : []; }).flat())
                    .flat();
        },
        shutdownAll: () => kernels.shutdownAll(),
        refreshRunning: () => Promise.all([kernels.refreshRunning(), sessions.refreshRunning()]),
        runningChanged,
        shutdownLabel: trans.__('Shut Down Kernel'),
        shutdownAllLabel: trans.__('Shut Down All'),
        shutdownAllConfirmationText: () => trans._n('Are you sure you want to permanently shut down the running kernel?', 'Are you sure you want to permanently shut down the %1 running kernels?', kernels.runningCount),
        toolbarButtons: [
            new ui_components_lib_index_js_.CommandToolbarButton({
                commands,
                id: lib_CommandIDs.kernelShutDownUnused,
                caption: shutdownUnusedLabel,
                args: { toolbar: true }
            })
        ]
    });
    // Add running kernels commands to the registry.
    const test = (node) => node.classList.contains(KERNEL_ITEM_CLASS);
    commands.addCommand(lib_CommandIDs.kernelNewConsole, {
        icon: ui_components_lib_index_js_.consoleIcon,
        label: trans.__('New Console for Kernel'),
        execute: args => {
            var _a;
            const node = app.contextMenuHitTest(test);
            const id = (_a = args.id) !== null && _a !== void 0 ? _a : node === null || node === void 0 ? void 0 : node.dataset['context'];
            if (id) {
                return commands.execute('console:create', { kernelPreference: { id } });
            }
        },
        describedBy: {
            args: {
                type: 'object',
                properties: {
                    id: {
                        type: 'string',
                        description: trans.__('Kernel ID to create console for')
                    }
                }
            }
        }
    });
    commands.addCommand(lib_CommandIDs.kernelNewNotebook, {
        icon: ui_components_lib_index_js_.notebookIcon,
        label: trans.__('New Notebook for Kernel'),
        execute: args => {
            var _a;
            const node = app.contextMenuHitTest(test);
            const id = (_a = args.id) !== null && _a !== void 0 ? _a : node === null || node === void 0 ? void 0 : node.dataset['context'];
            if (id) {
                return commands.execute('notebook:create-new', { kernelId: id });
            }
        },
        describedBy: {
            args: {
                type: 'object',
                properties: {
                    id: {
                        type: 'string',
                        description: trans.__('Kernel ID to create notebook for')
                    }
                }
            }
        }
    });
    commands.addCommand(lib_CommandIDs.kernelOpenSession, {
        icon: args => args.type === 'console'
            ? ui_components_lib_index_js_.consoleIcon
            : args.type === 'notebook'
                ? ui_components_lib_index_js_.notebookIcon
                : undefined,
        isEnabled: ({ path, type }) => !!type || path !== undefined,
        label: ({ name, path }) => name ||
            coreutils_lib_index_js_.PathExt.basename(path || trans.__('Unknown Session')),
        execute: ({ path, type }) => {
            if (!type || path === undefined) {
                return;
            }
            const command = type === 'console' ? 'console:open' : 'docmanager:open';
            return commands.execute(command, { path });
        },
        describedBy: {
            args: {
                type: 'object',
                properties: {
                    path: {
                        type: 'string',
                        description: trans.__('Path to the session to open')
                    },
                    type: {
                        type: 'string',
                        description: trans.__('Type of session (console or notebook)')
                    },
                    name: {
                        type: 'string',
                        description: trans.__('Name of the session')
                    }
                }
            }
        }
    });
    commands.addCommand(lib_CommandIDs.kernelShutDown, {
        icon: ui_components_lib_index_js_.closeIcon,
        label: trans.__('Shut Down Kernel'),
        execute: args => {
            var _a;
            const node = app.contextMenuHitTest(test);
            const id = (_a = args.id) !== null && _a !== void 0 ? _a : node === null || node === void 0 ? void 0 : node.dataset['context'];
            if (id) {
                return kernels.shutdown(id);
            }
        },
        describedBy: {
            args: {
                type: 'object',
                properties: {
                    id: {
                        type: 'string',
                        description: trans.__('Kernel ID to shut down')
                    }
                }
            }
        }
    });
    const sessionsItems = [];
    // Populate connected sessions submenu when context menu is opened.
    contextMenu.opened.connect(async () => {
        var _a, _b, _c;
        const submenu = (_b = (_a = contextMenu.menu.items.find(item => {
            var _a;
            return item.type === 'submenu' &&
                ((_a = item.submenu) === null || _a === void 0 ? void 0 : _a.id) === 'jp-contextmenu-connected-sessions';
        })) === null || _a === void 0 ? void 0 : _a.submenu) !== null && _b !== void 0 ? _b : null;
        if (!submenu) {
            // Bail early if the connected session menu is not found
            return;
        }
        // Empty the connected sessions submenu.
        sessionsItems.forEach(item => item.dispose());
        sessionsItems.length = 0;
        submenu.clearItems();
        const node = app.contextMenuHitTest(test);
        const id = node === null || node === void 0 ? void 0 : node.dataset['context'];
        if (!id) {
            return;
        }
        // Populate the submenu with sessions connected to this kernel.
        const command = lib_CommandIDs.kernelOpenSession;
        for (const session of sessions.running()) {
            if (id === ((_c = session.kernel) === null || _c === void 0 ? void 0 : _c.id)) {
                const { name, path, type } = session;
                sessionsItems.push(submenu.addItem({ command, args: { name, path, type } }));
            }
        }
    });
}
var kernels_Private;
(function (Private) {
    class KernelSpecItem {
        constructor(options) {
            this._name = options.name;
            this.className = KERNELSPEC_ITEM_CLASS;
            this._kernels = options.kernels;
            this.spec = options.spec || null;
            this.trans = options.trans;
        }
        icon() {
            const { spec } = this;
            if (!spec || !spec.resources) {
                return ui_components_lib_index_js_.jupyterIcon;
            }
            return (spec.resources['logo-svg'] ||
                spec.resources['logo-64x64'] ||
                spec.resources['logo-32x32']);
        }
        label() {
            const { _name, spec } = this;
            return (spec === null || spec === void 0 ? void 0 : spec.display_name) || _name;
        }
        get children() {
            return this._kernels;
        }
    }
    Private.KernelSpecItem = KernelSpecItem;
    class RunningKernel {
        constructor(options) {
            this.className = KERNEL_ITEM_CLASS;
            this.commands = options.commands;
            this.kernel = options.kernel;
            this.context = this.kernel.id;
            this.kernels = options.kernels;
            this.sessions = options.sessions;
            this.trans = options.trans;
            this._mode = options.mode;
        }
        get children() {
            var _a;
            const children = [];
            const open = lib_CommandIDs.kernelOpenSession;
            const { commands } = this;
            for (const session of this.sessions.running()) {
                if (this.kernel.id === ((_a = session.kernel) === null || _a === void 0 ? void 0 : _a.id)) {
                    const { name, path, type } = session;
                    children.push({
                        className: WIDGET_ITEM_CLASS,
                        context: this.kernel.id,
                        open: () => void commands.execute(open, { name, path, type }),
                        icon: () => type === 'console'
                            ? ui_components_lib_index_js_.consoleIcon
                            : type === 'notebook'
                                ? ui_components_lib_index_js_.notebookIcon
                                : ui_components_lib_index_js_.jupyterIcon,
                        label: () => {
                            if (this._mode === 'tree') {
                                return name;
                            }
                            const kernelIdPrefix = this.kernel.id.split('-')[0];
                            return (react_index_js_.createElement(react_index_js_.Fragment, null,
                                name,
                                ' ',
                                react_index_js_.createElement("span", { className: KERNEL_LABEL_ID },
                                    "(",
                                    kernelIdPrefix,
                                    ")")));
                        },
                        labelTitle: () => path,
                        name: () => name
                    });
                }
            }
            return children;
        }
        shutdown() {
            return this.kernels.shutdown(this.kernel.id);
        }
        icon() {
            return ui_components_lib_index_js_.kernelIcon;
        }
        label() {
            const { kernel } = this;
            const kernelIdPrefix = kernel.id.split('-')[0];
            return (react_index_js_.createElement(react_index_js_.Fragment, null,
                this._summary,
                ' ',
                react_index_js_.createElement("span", { className: KERNEL_LABEL_ID },
                    "(",
                    kernelIdPrefix,
                    ")")));
        }
        labelTitle() {
            var _a;
            const { trans } = this;
            const { id } = this.kernel;
            const title = [`${this._summary}: ${id}`];
            for (const session of this.sessions.running()) {
                if (this.kernel.id === ((_a = session.kernel) === null || _a === void 0 ? void 0 : _a.id)) {
                    const { path, type } = session;
                    title.push(trans.__(`%1\nPath: %2`, type, path));
                }
            }
            return title.join('\n\n');
        }
        get _summary() {
            const children = this.children;
            if (children.length === 0) {
                return this.trans.__('No sessions connected');
            }
            else if (children.length == 1) {
                return children[0].name();
            }
            else {
                return this.trans.__('%1 and %2 more', children[0].name(), children.length - 1);
            }
        }
    }
    Private.RunningKernel = RunningKernel;
    Private.runningChanged = new dist_index_es6_js_.Signal({});
})(kernels_Private || (kernels_Private = {}));
//# sourceMappingURL=kernels.js.map
// EXTERNAL MODULE: consume shared module (default) @jupyterlab/docregistry@^4.6.6 (strict) (fallback: /work/wt-safety/node_modules/@jupyterlab/docregistry/lib/index.js)
var docregistry_lib_index_js_ = __webpack_require__(39586);
;// CONCATENATED MODULE: ../../../node_modules/@jupyterlab/running-extension/lib/opentabs.js
// Copyright (c) Jupyter Development Team.
// Distributed under the terms of the Modified BSD License.



/**
 * A class used to consolidate the signals used to rerender the open tabs section.
 */
class OpenTabsSignaler {
    constructor(labShell) {
        this._tabsChanged = new dist_index_es6_js_.Signal(this);
        this._widgets = [];
        this._labShell = labShell;
        this._labShell.layoutModified.connect(this._emitTabsChanged, this);
    }
    /**
     * A signal that fires when the open tabs section should be rerendered.
     */
    get tabsChanged() {
        return this._tabsChanged;
    }
    /**
     * Add a widget to watch for title changing.
     *
     * @param widget A widget whose title may change.
     */
    addWidget(widget) {
        widget.title.changed.connect(this._emitTabsChanged, this);
        this._widgets.push(widget);
    }
    /**
     * Emit the main signal that indicates the open tabs should be rerendered.
     */
    _emitTabsChanged() {
        this._widgets.forEach(widget => {
            widget.title.changed.disconnect(this._emitTabsChanged, this);
        });
        this._widgets = [];
        this._tabsChanged.emit(void 0);
    }
}
/**
 * Add the open tabs section to the running panel.
 *
 * @param managers - The IRunningSessionManagers used to register this section.
 * @param translator - The translator to use.
 * @param labShell - The ILabShell.
 */
function addOpenTabsSessionManager(managers, translator, labShell) {
    const signaler = new OpenTabsSignaler(labShell);
    const trans = translator.load('jupyterlab');
    managers.add({
        name: trans.__('Open Tabs'),
        supportsMultipleViews: false,
        running: () => {
            return Array.from(labShell.widgets('main')).map((widget) => {
                signaler.addWidget(widget);
                return new OpenTab(widget);
            });
        },
        shutdownAll: () => {
            const widgets = Array.from(labShell.widgets('main'));
            for (const widget of widgets) {
                widget.close();
            }
        },
        refreshRunning: () => {
            return void 0;
        },
        runningChanged: signaler.tabsChanged,
        shutdownLabel: trans.__('Close'),
        shutdownAllLabel: trans.__('Close All'),
        shutdownAllConfirmationText: trans.__('Are you sure you want to close all open tabs?')
    });
    class OpenTab {
        constructor(widget) {
            this._widget = widget;
        }
        open() {
            labShell.activateById(this._widget.id);
        }
        shutdown() {
            this._widget.close();
        }
        icon() {
            const widgetIcon = this._widget.title.icon;
            return widgetIcon instanceof ui_components_lib_index_js_.LabIcon ? widgetIcon : ui_components_lib_index_js_.fileIcon;
        }
        label() {
            return ui_components_lib_index_js_.TabBarSvg.titleLabel(this._widget.title);
        }
        labelTitle() {
            let labelTitle;
            if (this._widget instanceof docregistry_lib_index_js_.DocumentWidget) {
                labelTitle = this._widget.context.path;
            }
            else {
                labelTitle = ui_components_lib_index_js_.TabBarSvg.titleLabel(this._widget.title);
            }
            return labelTitle;
        }
    }
}
//# sourceMappingURL=opentabs.js.map
;// CONCATENATED MODULE: ../../../node_modules/@jupyterlab/running-extension/lib/recents.js
// Copyright (c) Jupyter Development Team.
// Distributed under the terms of the Modified BSD License.


/**
 * Add the 'recently closed' section to the running panel.
 *
 * @param managers - The IRunningSessionManagers used to register this section.
 * @param recentsManager - The recent documents manager.
 * @param commands - The command registry.
 * @param docRegistry - Document registry.
 * @param translator - The translator to use.
 */
function addRecentlyClosedSessionManager(managers, recentsManager, commands, docRegistry, translator) {
    const trans = translator.load('jupyterlab');
    managers.add({
        name: trans.__('Recently Closed'),
        supportsMultipleViews: false,
        running: () => {
            return recentsManager.recentlyClosed.map((recent) => {
                return new RecentItem(recent);
            });
        },
        shutdownAll: () => {
            for (const widget of recentsManager.recentlyClosed) {
                recentsManager.removeRecent(widget, 'closed');
            }
        },
        refreshRunning: () => {
            return void 0;
        },
        runningChanged: recentsManager.changed,
        shutdownLabel: trans.__('Forget'),
        shutdownAllLabel: trans.__('Forget All'),
        shutdownAllConfirmationText: trans.__('Are you sure you want to clear recently closed tabs?')
    });
    class RecentItem {
        constructor(recent) {
            this._recent = recent;
        }
        async open() {
            const recent = this._recent;
            const isValid = await recentsManager.validate(recent);
            if (!isValid) {
                return;
            }
            await commands.execute('docmanager:open', {
                path: recent.path,
                factory: recent.factory
            });
            recentsManager.removeRecent(recent, 'closed');
        }
        shutdown() {
            recentsManager.removeRecent(this._recent, 'closed');
        }
        icon() {
            if (!this._recent.factory) {
                return ui_components_lib_index_js_.fileIcon;
            }
            // Prefer path inference as it is more granular.
            const fileTypes = docRegistry.getFileTypesForPath(this._recent.path);
            for (const fileType of fileTypes) {
                const icon = fileType.icon;
                if (icon instanceof ui_components_lib_index_js_.LabIcon) {
                    return icon;
                }
            }
            // Fallback to factory-base inference.
            const factory = docRegistry.getWidgetFactory(this._recent.factory);
            if (factory) {
                for (const fileTypeName of factory.fileTypes) {
                    const fileType = docRegistry.getFileType(fileTypeName);
                    const icon = fileType === null || fileType === void 0 ? void 0 : fileType.icon;
                    if (icon instanceof ui_components_lib_index_js_.LabIcon) {
                        return icon;
                    }
                }
            }
            return ui_components_lib_index_js_.fileIcon;
        }
        label() {
            return coreutils_lib_index_js_.PathExt.basename(this._recent.path);
        }
        labelTitle() {
            return this._recent.path;
        }
    }
}
//# sourceMappingURL=recents.js.map
;// CONCATENATED MODULE: ../../../node_modules/@jupyterlab/running-extension/lib/index.js
// Copyright (c) Jupyter Development Team.
// Distributed under the terms of the Modified BSD License.
/**
 * @packageDocumentation
 * @module running-extension
 */










/**
 * The command IDs used by the running plugin.
 */
var lib_CommandIDs;
(function (CommandIDs) {
    CommandIDs.kernelNewConsole = 'running:kernel-new-console';
    CommandIDs.kernelNewNotebook = 'running:kernel-new-notebook';
    CommandIDs.kernelOpenSession = 'running:kernel-open-session';
    CommandIDs.kernelShutDown = 'running:kernel-shut-down';
    CommandIDs.kernelShutDownUnused = 'running:kernel-shut-down-unused';
    CommandIDs.showPanel = 'running:show-panel';
    CommandIDs.showModal = 'running:show-modal';
})(lib_CommandIDs || (lib_CommandIDs = {}));
/**
 * The default running sessions extension.
 */
const lib_plugin = {
    id: '@jupyterlab/running-extension:plugin',
    description: 'Provides the running session managers.',
    provides: running_lib_index_js_.IRunningSessionManagers,
    requires: [translation_lib_index_js_.ITranslator],
    optional: [index_js_.ILabShell],
    autoStart: true,
    activate: (app, translator, labShell) => {
        const runningSessionManagers = new running_lib_index_js_.RunningSessionManagers();
        if (labShell) {
            addOpenTabsSessionManager(runningSessionManagers, translator, labShell);
        }
        void addKernelRunningSessionManager(runningSessionManagers, translator, app);
        return runningSessionManagers;
    }
};
/**
 * The plugin enabling the running sidebar.
 */
const sidebarPlugin = {
    id: '@jupyterlab/running-extension:sidebar',
    description: 'Provides the running session sidebar.',
    provides: running_lib_index_js_.IRunningSessionSidebar,
    requires: [running_lib_index_js_.IRunningSessionManagers, translation_lib_index_js_.ITranslator],
    optional: [index_js_.ILayoutRestorer, statedb_lib_index_js_.IStateDB, lib_index_js_.IMovableSectionRegistry],
    autoStart: true,
    activate: (app, manager, translator, restorer, state, registry) => {
        const trans = translator.load('jupyterlab');
        const running = new running_lib_index_js_.RunningSessions(manager, translator, state);
        running.id = 'jp-running-sessions';
        running.title.dataset = {
            ...running.title.dataset,
            jpTabLabel: trans.__('Sessions and Tabs')
        };
        running.title.caption = trans.__('Running Terminals and Kernels');
        running.title.icon = ui_components_lib_index_js_.runningIcon;
        running.node.setAttribute('role', 'region');
        running.node.setAttribute('aria-label', trans.__('Running Sessions section'));
        // Let the application restorer track the running panel for restoration of
        // application state (e.g. setting the running panel as the current side bar
        // widget).
        if (restorer) {
            restorer.add(running, 'running-sessions');
        }
        // Rank has been chosen somewhat arbitrarily to give priority to the running
        // sessions widget in the sidebar.
        app.shell.add(running, 'left', { rank: 200, type: 'Sessions and Tabs' });
        app.commands.addCommand(lib_CommandIDs.showPanel, {
            label: trans.__('Sessions and Tabs'),
            describedBy: {
                args: {
                    type: 'object',
                    properties: {}
                }
            },
            execute: () => {
                app.shell.activateById(running.id);
            }
        });
        if (registry) {
            registry.registerSource('@jupyterlab/running-extension:running-sessions', trans.__('Running Sessions'), running);
        }
        return running;
    }
};
/**
 * An optional adding recently closed tabs.
 */
const recentsPlugin = {
    id: '@jupyterlab/running-extension:recently-closed',
    description: 'Adds recently closed documents list.',
    requires: [running_lib_index_js_.IRunningSessionManagers, docmanager_lib_index_js_.IRecentsManager, translation_lib_index_js_.ITranslator],
    autoStart: true,
    activate: (app, manager, recents, translator) => {
        addRecentlyClosedSessionManager(manager, recents, app.commands, app.docRegistry, translator);
    }
};
/**
 * An optional plugin allowing to search among running items.
 */
const searchPlugin = {
    id: '@jupyterlab/running-extension:search-tabs',
    description: 'Adds a widget to search open and closed tabs.',
    requires: [running_lib_index_js_.IRunningSessionManagers, translation_lib_index_js_.ITranslator],
    optional: [lib_index_js_.ICommandPalette, running_lib_index_js_.IRunningSessionSidebar],
    autoStart: true,
    activate: (app, manager, translator, palette, sidebar) => {
        const trans = translator.load('jupyterlab');
        app.commands.addCommand(lib_CommandIDs.showModal, {
            execute: () => {
                const running = new running_lib_index_js_.SearchableSessions(manager, translator);
                const dialog = new lib_index_js_.Dialog({
                    title: trans.__('Tabs and Running Sessions'),
                    body: running,
                    buttons: [lib_index_js_.Dialog.okButton({})],
                    hasClose: true
                });
                dialog.addClass('jp-SearchableSessions-modal');
                return dialog.launch();
            },
            label: trans.__('Search Tabs and Running Sessions'),
            describedBy: {
                args: {
                    type: 'object',
                    properties: {}
                }
            }
        });
        if (palette) {
            palette.addItem({
                command: lib_CommandIDs.showModal,
                category: trans.__('Running')
            });
        }
        if (sidebar) {
            const button = new ui_components_lib_index_js_.CommandToolbarButton({
                commands: app.commands,
                id: lib_CommandIDs.showModal,
                icon: ui_components_lib_index_js_.launcherIcon,
                label: ''
            });
            sidebar.toolbar.addItem('open-as-modal', button);
        }
    }
};
/**
 * Export the plugins.
 */
/* export default */ const lib = ([lib_plugin, sidebarPlugin, recentsPlugin, searchPlugin]);
//# sourceMappingURL=index.js.map

},

}]);
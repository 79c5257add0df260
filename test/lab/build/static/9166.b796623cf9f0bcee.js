"use strict";
(self["rspackChunk"] = self["rspackChunk"] || []).push([[9166], {
9645(__unused_rspack_module, __webpack_exports__, __webpack_require__) {
// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cellCounterItem: () => (/* binding */ cellCounterItem),
  commandEditItem: () => (/* binding */ commandEditItem),
  "default": () => (/* binding */ lib),
  executionIndicator: () => (/* binding */ executionIndicator),
  exportPlugin: () => (/* binding */ exportPlugin),
  notebookTrustItem: () => (/* binding */ notebookTrustItem)
});

// EXTERNAL MODULE: consume shared module (default) @jupyterlab/application@^4.6.6 (strict) (fallback: /work/wt-safety/node_modules/@jupyterlab/application/lib/index.js)
var index_js_ = __webpack_require__(5446);
// EXTERNAL MODULE: consume shared module (default) @jupyterlab/apputils@^4.7.6 (strict) (fallback: /work/wt-safety/node_modules/@jupyterlab/apputils/lib/index.js)
var lib_index_js_ = __webpack_require__(94731);
// EXTERNAL MODULE: consume shared module (default) @jupyterlab/cells@^4.6.6 (strict) (fallback: /work/wt-safety/node_modules/@jupyterlab/cells/lib/index.js)
var cells_lib_index_js_ = __webpack_require__(57862);
// EXTERNAL MODULE: consume shared module (default) @jupyterlab/codeeditor@^4.6.6 (strict) (fallback: /work/wt-safety/node_modules/@jupyterlab/codeeditor/lib/index.js)
var codeeditor_lib_index_js_ = __webpack_require__(70230);
// EXTERNAL MODULE: consume shared module (default) @jupyterlab/coreutils@^6.6.6 (strict) (fallback: /work/wt-safety/node_modules/@jupyterlab/coreutils/lib/index.js)
var coreutils_lib_index_js_ = __webpack_require__(59728);
// EXTERNAL MODULE: consume shared module (default) @jupyterlab/codemirror@^4.6.6 (strict) (fallback: /work/wt-safety/node_modules/@jupyterlab/codemirror/lib/index.js)
var codemirror_lib_index_js_ = __webpack_require__(87874);
// EXTERNAL MODULE: consume shared module (default) @jupyterlab/completer@^4.6.6 (strict) (fallback: /work/wt-safety/node_modules/@jupyterlab/completer/lib/index.js)
var completer_lib_index_js_ = __webpack_require__(78066);
// EXTERNAL MODULE: consume shared module (default) @jupyterlab/docmanager@^4.6.6 (strict) (fallback: /work/wt-safety/node_modules/@jupyterlab/docmanager/lib/index.js)
var docmanager_lib_index_js_ = __webpack_require__(67404);
// EXTERNAL MODULE: consume shared module (default) @jupyterlab/docmanager-extension@^4.6.4 (strict) (fallback: /work/wt-safety/node_modules/@jupyterlab/docmanager-extension/lib/index.js)
var docmanager_extension_lib_index_js_ = __webpack_require__(37278);
// EXTERNAL MODULE: consume shared module (default) @jupyterlab/documentsearch@^4.6.6 (strict) (fallback: /work/wt-safety/node_modules/@jupyterlab/documentsearch/lib/index.js)
var documentsearch_lib_index_js_ = __webpack_require__(84416);
// EXTERNAL MODULE: consume shared module (default) @jupyterlab/filebrowser@^4.6.6 (strict) (fallback: /work/wt-safety/node_modules/@jupyterlab/filebrowser/lib/index.js)
var filebrowser_lib_index_js_ = __webpack_require__(43110);
// EXTERNAL MODULE: consume shared module (default) @jupyterlab/launcher@^4.6.6 (strict) (fallback: /work/wt-safety/node_modules/@jupyterlab/launcher/lib/index.js)
var launcher_lib_index_js_ = __webpack_require__(93618);
// EXTERNAL MODULE: consume shared module (default) @jupyterlab/lsp@^4.6.6 (strict) (fallback: /work/wt-safety/node_modules/@jupyterlab/lsp/lib/index.js)
var lsp_lib_index_js_ = __webpack_require__(24978);
// EXTERNAL MODULE: consume shared module (default) @jupyterlab/mainmenu@^4.6.4 (strict) (fallback: /work/wt-safety/node_modules/@jupyterlab/mainmenu/lib/index.js)
var mainmenu_lib_index_js_ = __webpack_require__(97188);
// EXTERNAL MODULE: consume shared module (default) @jupyterlab/metadataform@^4.6.4 (strict) (fallback: /work/wt-safety/node_modules/@jupyterlab/metadataform/lib/index.js)
var metadataform_lib_index_js_ = __webpack_require__(8202);
// EXTERNAL MODULE: consume shared module (default) @jupyterlab/notebook@^4.6.6 (strict) (fallback: /work/wt-safety/node_modules/@jupyterlab/notebook/lib/index.js)
var notebook_lib_index_js_ = __webpack_require__(42908);
// EXTERNAL MODULE: consume shared module (default) @jupyterlab/property-inspector@^4.6.4 (strict) (fallback: /work/wt-safety/node_modules/@jupyterlab/property-inspector/lib/index.js)
var property_inspector_lib_index_js_ = __webpack_require__(50974);
// EXTERNAL MODULE: consume shared module (default) @jupyterlab/rendermime@^4.6.6 (strict) (fallback: /work/wt-safety/node_modules/@jupyterlab/rendermime/lib/index.js)
var rendermime_lib_index_js_ = __webpack_require__(90450);
// EXTERNAL MODULE: consume shared module (default) @jupyterlab/settingregistry@^4.6.6 (strict) (fallback: /work/wt-safety/node_modules/@jupyterlab/settingregistry/lib/index.js)
var settingregistry_lib_index_js_ = __webpack_require__(43706);
// EXTERNAL MODULE: consume shared module (default) @jupyterlab/statedb@^4.6.6 (strict) (fallback: /work/wt-safety/node_modules/@jupyterlab/statedb/lib/index.js)
var statedb_lib_index_js_ = __webpack_require__(73282);
// EXTERNAL MODULE: consume shared module (default) @jupyterlab/statusbar@^4.6.6 (strict) (fallback: /work/wt-safety/node_modules/@jupyterlab/statusbar/lib/index.js)
var statusbar_lib_index_js_ = __webpack_require__(54966);
// EXTERNAL MODULE: consume shared module (default) @jupyterlab/toc@^6.6.6 (strict) (fallback: /work/wt-safety/node_modules/@jupyterlab/toc/lib/index.js)
var toc_lib_index_js_ = __webpack_require__(55740);
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
// EXTERNAL MODULE: consume shared module (default) @lumino/messaging@^2.0.5 (strict) (fallback: /work/wt-safety/node_modules/@lumino/messaging/dist/index.es6.js)
var messaging_dist_index_es6_js_ = __webpack_require__(18248);
// EXTERNAL MODULE: consume shared module (default) @lumino/widgets@^2.10.0 (strict) (fallback: /work/wt-safety/node_modules/@lumino/widgets/dist/index.es6.js)
var widgets_dist_index_es6_js_ = __webpack_require__(48270);
// EXTERNAL MODULE: consume shared module (default) @jupyterlab/cell-toolbar@^4.6.4 (strict) (fallback: /work/wt-safety/node_modules/@jupyterlab/cell-toolbar/lib/index.js)
var cell_toolbar_lib_index_js_ = __webpack_require__(71048);
;// CONCATENATED MODULE: ../../../node_modules/@jupyterlab/notebook-extension/lib/cellexecutor.js
// Copyright (c) Jupyter Development Team.
// Distributed under the terms of the Modified BSD License.

/**
 * Notebook cell executor plugin.
 */
const cellExecutor = {
    id: '@jupyterlab/notebook-extension:cell-executor',
    description: 'Provides the notebook cell executor.',
    autoStart: true,
    provides: notebook_lib_index_js_.INotebookCellExecutor,
    activate: () => {
        return Object.freeze({ runCell: notebook_lib_index_js_.runCell });
    }
};
//# sourceMappingURL=cellexecutor.js.map
// EXTERNAL MODULE: consume shared module (default) @jupyterlab/logconsole@^4.6.4 (strict) (fallback: /work/wt-safety/node_modules/@jupyterlab/logconsole/lib/index.js)
var logconsole_lib_index_js_ = __webpack_require__(87454);
// EXTERNAL MODULE: consume shared module (default) @jupyterlab/services@^7.6.6 (strict) (fallback: /work/wt-safety/node_modules/@jupyterlab/services/lib/index.js)
var services_lib_index_js_ = __webpack_require__(61793);
;// CONCATENATED MODULE: ../../../node_modules/@jupyterlab/notebook-extension/lib/nboutput.js
// Copyright (c) Jupyter Development Team.
// Distributed under the terms of the Modified BSD License.



/**
 * The Log Console extension.
 */
const logNotebookOutput = {
    activate: activateNBOutput,
    id: '@jupyterlab/notebook-extension:log-output',
    description: 'Adds cell outputs log to the application logger.',
    requires: [notebook_lib_index_js_.INotebookTracker],
    optional: [logconsole_lib_index_js_.ILoggerRegistry],
    autoStart: true
};
function activateNBOutput(app, nbtracker, loggerRegistry) {
    if (!loggerRegistry) {
        // Automatically disable if logconsole is missing
        return;
    }
    function registerNB(nb) {
        function logOutput(msg, levelNormal, levelError) {
            if (services_lib_index_js_.KernelMessage.isDisplayDataMsg(msg) ||
                services_lib_index_js_.KernelMessage.isStreamMsg(msg) ||
                services_lib_index_js_.KernelMessage.isErrorMsg(msg) ||
                services_lib_index_js_.KernelMessage.isExecuteResultMsg(msg)) {
                const logger = loggerRegistry.getLogger(nb.context.path);
                logger.rendermime = nb.content.rendermime;
                const data = {
                    ...msg.content,
                    output_type: msg.header.msg_type
                };
                let level = levelNormal;
                if (services_lib_index_js_.KernelMessage.isErrorMsg(msg) ||
                    (services_lib_index_js_.KernelMessage.isStreamMsg(msg) && msg.content.name === 'stderr')) {
                    level = levelError;
                }
                logger.log({ type: 'output', data, level });
            }
        }
        // There is overlap here since unhandled messages are also emitted in the
        // iopubMessage signal. However, unhandled messages warrant a higher log
        // severity, so we'll accept that they are logged twice.
        nb.context.sessionContext.iopubMessage.connect((_, msg) => logOutput(msg, 'info', 'info'));
        nb.context.sessionContext.unhandledMessage.connect((_, msg) => logOutput(msg, 'warning', 'error'));
    }
    nbtracker.forEach(nb => registerNB(nb));
    nbtracker.widgetAdded.connect((_, nb) => registerNB(nb));
}
//# sourceMappingURL=nboutput.js.map
// EXTERNAL MODULE: consume shared module (default) react@^18.3.1 (strict) (fallback: /work/wt-safety/node_modules/react/index.js)
var react_index_js_ = __webpack_require__(98355);
// EXTERNAL MODULE: consume shared module (default) @lumino/polling@^2.1.6 (strict) (fallback: /work/wt-safety/node_modules/@lumino/polling/dist/index.es6.js)
var polling_dist_index_es6_js_ = __webpack_require__(74986);
;// CONCATENATED MODULE: ../../../node_modules/@jupyterlab/notebook-extension/lib/tool-widgets/activeCellToolWidget.js
/*
 * Copyright (c) Jupyter Development Team.
 * Distributed under the terms of the Modified BSD License.
 */





/**
 * The class name added to the ActiveCellTool.
 */
const ACTIVE_CELL_TOOL_CLASS = 'jp-ActiveCellTool';
/**
 * The class name added to the ActiveCellTool content.
 */
const ACTIVE_CELL_TOOL_CONTENT_CLASS = 'jp-ActiveCellTool-Content';
/**
 * The class name added to the ActiveCellTool cell content.
 */
const ACTIVE_CELL_TOOL_CELL_CONTENT_CLASS = 'jp-ActiveCellTool-CellContent';
/**
 * The active cell field, displaying the first line and execution count of the active cell.
 *
 * ## Note
 * This field does not work as other metadata form fields, as it does not update metadata.
 *
 * A single instance is meant to be shared by every render of the field. The
 * displayed cell follows the notebook tracker rather than the render calls, so
 * that the field keeps working when the metadata form is not being rebuilt, and
 * so that it does not hold on to a cell model of a closed notebook.
 *
 * One instance owns one node, so the field can only be mounted in one place at
 * a time: `render` moves the node to the most recent mount point and leaves any
 * earlier one empty. Nothing renders this field twice today.
 */
class ActiveCellTool extends notebook_lib_index_js_.NotebookTools.Tool {
    constructor(options) {
        super();
        this._cellModel = null;
        this._updateId = 0;
        this._pendingUpdate = false;
        this._promptOutdated = false;
        this._tracker = options.tracker;
        this._languages = options.languages;
        this.addClass(ACTIVE_CELL_TOOL_CLASS);
        this.layout = new widgets_dist_index_es6_js_.PanelLayout();
        this._inputPrompt = new cells_lib_index_js_.InputPrompt();
        this.layout.addWidget(this._inputPrompt);
        // First code line container
        const node = document.createElement('div');
        node.classList.add(ACTIVE_CELL_TOOL_CONTENT_CLASS);
        const container = node.appendChild(document.createElement('div'));
        const editor = container.appendChild(document.createElement('pre'));
        container.className = ACTIVE_CELL_TOOL_CELL_CONTENT_CLASS;
        this._editorEl = editor;
        this.layout.addWidget(new widgets_dist_index_es6_js_.Widget({ node }));
        // Only edits to the current cell are rate-limited; switching cells updates
        // the display immediately, see `_onActiveCellChanged`.
        this._previewDebouncer = new polling_dist_index_es6_js_.Debouncer(() => this._update(), 150);
        this._tracker.activeCellChanged.connect(this._onActiveCellChanged, this);
        // `activeCellChanged` is not emitted when the last notebook is closed:
        // NotebookTracker.onCurrentChanged returns early on a null widget. Without
        // this second connection the field would keep the cell model of a closed
        // notebook, and its shared model, alive for the rest of the session.
        this._tracker.currentChanged.connect(this._onActiveCellChanged, this);
        this._onActiveCellChanged();
    }
    dispose() {
        if (this.isDisposed) {
            return;
        }
        this._tracker.activeCellChanged.disconnect(this._onActiveCellChanged, this);
        this._tracker.currentChanged.disconnect(this._onActiveCellChanged, this);
        this._disconnectCellModel();
        this._previewDebouncer.dispose();
        super.dispose();
    }
    render(props) {
        // The content is driven by the tracker; React only supplies the mount
        // point, which is a different element on every rebuild of the form.
        return (react_index_js_.createElement("div", { ref: ref => {
                if (!ref || this.node.parentElement === ref) {
                    return;
                }
                ref.appendChild(this.node);
                if (this._pendingUpdate) {
                    this._update().catch(console.warn);
                }
            } }));
    }
    /**
     * Follow the active cell of the tracker, which is null once the last
     * notebook is closed.
     */
    _onActiveCellChanged() {
        var _a, _b;
        const cellModel = (_b = (_a = this._tracker.activeCell) === null || _a === void 0 ? void 0 : _a.model) !== null && _b !== void 0 ? _b : null;
        if (cellModel === this._cellModel) {
            return;
        }
        this._disconnectCellModel();
        this._cellModel = cellModel;
        if (cellModel) {
            cellModel.sharedModel.changed.connect(this._onCellContentChanged, this);
            cellModel.mimeTypeChanged.connect(this._onCellContentChanged, this);
        }
        // The prompt now belongs to a cell whose source line is not on screen yet,
        // so leave it to `_update` to write both together.
        this._promptOutdated = true;
        this._update().catch(console.warn);
    }
    /**
     * Handle a change to the current cell source, mime type or execution count.
     */
    _onCellContentChanged() {
        if (!this.node.isConnected) {
            this._pendingUpdate = true;
            this._promptOutdated = true;
            return;
        }
        if (!this._promptOutdated) {
            // The cell is unchanged and no switch is in flight, so writing the prompt
            // now cannot pair it with the source line of a different cell.
            this._updatePrompt();
        }
        this._previewDebouncer.invoke().catch(console.warn);
    }
    /**
     * Stop listening to the cell model the tool is currently displaying.
     */
    _disconnectCellModel() {
        const cellModel = this._cellModel;
        if (!cellModel) {
            return;
        }
        cellModel.sharedModel.changed.disconnect(this._onCellContentChanged, this);
        cellModel.mimeTypeChanged.disconnect(this._onCellContentChanged, this);
        this._cellModel = null;
    }
    /**
     * Reflect the execution count of the current cell.
     */
    _updatePrompt() {
        var _a;
        const cellModel = this._cellModel;
        if (cellModel && (0,cells_lib_index_js_.isCodeCellModel)(cellModel)) {
            this._inputPrompt.executionCount = `${(_a = cellModel.executionCount) !== null && _a !== void 0 ? _a : ''}`;
            this._inputPrompt.show();
        }
        else {
            this._inputPrompt.executionCount = null;
            this._inputPrompt.hide();
        }
    }
    /**
     * Refresh the preview, writing an outdated prompt along with it.
     *
     * The prompt is written in the same task as the preview it belongs with, so
     * that the field never shows the prompt of one cell above the source line of
     * another while a language mode is being loaded.
     */
    async _update() {
        if (!this.node.isConnected) {
            // Nothing is on screen; catch up when the field is mounted again.
            this._pendingUpdate = true;
            return;
        }
        this._pendingUpdate = false;
        const cellModel = this._cellModel;
        const pending = ++this._updateId;
        if (!cellModel) {
            this._promptOutdated = false;
            this._updatePrompt();
            this._editorEl.replaceChildren();
            return;
        }
        const source = cellModel.sharedModel.getSource();
        const lineEnd = source.indexOf('\n');
        const firstLine = lineEnd === -1 ? source : source.slice(0, lineEnd);
        // Highlight into a detached node, so that the preview is never cleared
        // while waiting for a language mode to load.
        const staging = document.createElement('pre');
        try {
            await this._languages.highlight(firstLine, this._languages.findByMIME(cellModel.mimeType), staging);
        }
        catch (error) {
            // Fall back to unhighlighted source rather than keeping the previous
            // cell's line on screen.
            console.warn(error);
            staging.replaceChildren(document.createTextNode(firstLine));
        }
        if (pending !== this._updateId) {
            // A newer update started while this one was highlighting; it still owes
            // the prompt write, so `_promptOutdated` is deliberately left set.
            return;
        }
        if (this._promptOutdated) {
            this._updatePrompt();
            this._promptOutdated = false;
        }
        const fragment = document.createDocumentFragment();
        while (staging.firstChild) {
            fragment.appendChild(staging.firstChild);
        }
        this._editorEl.replaceChildren(fragment);
    }
}
//# sourceMappingURL=activeCellToolWidget.js.map
// EXTERNAL MODULE: consume shared module (default) @jupyterlab/observables@^5.6.6 (strict) (fallback: /work/wt-safety/node_modules/@jupyterlab/observables/lib/index.js)
var observables_lib_index_js_ = __webpack_require__(74825);
;// CONCATENATED MODULE: ../../../node_modules/@jupyterlab/notebook-extension/lib/tool-widgets/metadataEditorFields.js
/*
 * Copyright (c) Jupyter Development Team.
 * Distributed under the terms of the Modified BSD License.
 */



const CELL_METADATA_EDITOR_CLASS = 'jp-CellMetadataEditor';
const NOTEBOOK_METADATA_EDITOR_CLASS = 'jp-NotebookMetadataEditor';
/**
 * The cell metadata field.
 *
 * ## Note
 * This field does not work as other metadata form fields, as it does not use RJSF to update metadata.
 * It extends the MetadataEditorTool which updates itself the metadata.
 * It only renders the node of MetadataEditorTool in a React element instead of displaying a RJSF field.
 */
class CellMetadataField extends notebook_lib_index_js_.NotebookTools.MetadataEditorTool {
    constructor(options) {
        super(options);
        this._tracker = options.tracker;
        this.editor.editorHostNode.addEventListener('blur', this.editor, true);
        this.editor.editorHostNode.addEventListener('click', this.editor, true);
        this.editor.headerNode.addEventListener('click', this.editor);
    }
    _onSourceChanged() {
        var _a, _b, _c;
        const activeCell = (_a = this._tracker.activeCell) === null || _a === void 0 ? void 0 : _a.model.sharedModel;
        if (activeCell && this.editor.source) {
            const metadataKeys = Object.keys((_b = activeCell.metadata) !== null && _b !== void 0 ? _b : {});
            const source = (_c = this.editor.source.toJSON()) !== null && _c !== void 0 ? _c : {};
            activeCell.transact(() => {
                // Iterate over all existing metadata keys and delete each one.
                // This ensures that any keys not present in the new metadata are removed.
                metadataKeys.forEach(key => activeCell.deleteMetadata(key));
                activeCell.setMetadata(source);
            });
        }
    }
    render(props) {
        var _a;
        const cell = this._tracker.activeCell;
        // The editor detaches the previous source but does not dispose it, and
        // this runs on every rebuild of the form.
        const previousSource = this.editor.source;
        this.editor.source = cell
            ? new observables_lib_index_js_.ObservableJSON({ values: cell.model.metadata })
            : null;
        previousSource === null || previousSource === void 0 ? void 0 : previousSource.dispose();
        (_a = this.editor.source) === null || _a === void 0 ? void 0 : _a.changed.connect(this._onSourceChanged, this);
        return (react_index_js_.createElement("div", { className: CELL_METADATA_EDITOR_CLASS },
            react_index_js_.createElement("div", { ref: ref => ref === null || ref === void 0 ? void 0 : ref.appendChild(this.node) })));
    }
}
/**
 * The notebook metadata field.
 *
 * ## Note
 * This field does not work as other metadata form fields, as it does not use RJSF to update metadata.
 * It extends the MetadataEditorTool which updates itself the metadata.
 * It only renders the node of MetadataEditorTool in a React element instead of displaying a RJSF field.
 */
class NotebookMetadataField extends notebook_lib_index_js_.NotebookTools.MetadataEditorTool {
    constructor(options) {
        super(options);
        this._tracker = options.tracker;
        this.editor.editorHostNode.addEventListener('blur', this.editor, true);
        this.editor.editorHostNode.addEventListener('click', this.editor, true);
        this.editor.headerNode.addEventListener('click', this.editor);
    }
    _onSourceChanged() {
        var _a, _b;
        if (this.editor.source) {
            (_b = (_a = this._tracker.currentWidget) === null || _a === void 0 ? void 0 : _a.model) === null || _b === void 0 ? void 0 : _b.sharedModel.setMetadata(this.editor.source.toJSON());
        }
    }
    render(props) {
        var _a, _b;
        const notebook = this._tracker.currentWidget;
        // The editor detaches the previous source but does not dispose it, and
        // this runs on every rebuild of the form.
        const previousSource = this.editor.source;
        this.editor.source = notebook
            ? new observables_lib_index_js_.ObservableJSON({ values: (_a = notebook.model) === null || _a === void 0 ? void 0 : _a.metadata })
            : null;
        previousSource === null || previousSource === void 0 ? void 0 : previousSource.dispose();
        (_b = this.editor.source) === null || _b === void 0 ? void 0 : _b.changed.connect(this._onSourceChanged, this);
        return (react_index_js_.createElement("div", { className: NOTEBOOK_METADATA_EDITOR_CLASS },
            react_index_js_.createElement("div", { ref: ref => ref === null || ref === void 0 ? void 0 : ref.appendChild(this.node) })));
    }
}
//# sourceMappingURL=metadataEditorFields.js.map
;// CONCATENATED MODULE: ../../../node_modules/@jupyterlab/notebook-extension/lib/index.js
// Copyright (c) Jupyter Development Team.
// Distributed under the terms of the Modified BSD License.
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * @packageDocumentation
 * @module notebook-extension
 */


































/**
 * The command IDs used by the notebook plugin.
 */
var lib_CommandIDs;
(function (CommandIDs) {
    CommandIDs.createNew = 'notebook:create-new';
    CommandIDs.interrupt = 'notebook:interrupt-kernel';
    CommandIDs.restart = 'notebook:restart-kernel';
    CommandIDs.restartClear = 'notebook:restart-clear-output';
    CommandIDs.restartAndRunToSelected = 'notebook:restart-and-run-to-selected';
    CommandIDs.restartRunAll = 'notebook:restart-run-all';
    CommandIDs.reconnectToKernel = 'notebook:reconnect-to-kernel';
    CommandIDs.changeKernel = 'notebook:change-kernel';
    CommandIDs.getKernel = 'notebook:get-kernel';
    CommandIDs.createConsole = 'notebook:create-console';
    CommandIDs.createSubshellConsole = 'notebook:create-subshell-console';
    CommandIDs.createOutputView = 'notebook:create-output-view';
    CommandIDs.clearAllOutputs = 'notebook:clear-all-cell-outputs';
    CommandIDs.shutdown = 'notebook:shutdown-kernel';
    CommandIDs.closeAndShutdown = 'notebook:close-and-shutdown';
    CommandIDs.trust = 'notebook:trust';
    CommandIDs.exportToFormat = 'notebook:export-to-format';
    CommandIDs.run = 'notebook:run-cell';
    CommandIDs.runAndAdvance = 'notebook:run-cell-and-select-next';
    CommandIDs.runAndInsert = 'notebook:run-cell-and-insert-below';
    CommandIDs.runInConsole = 'notebook:run-in-console';
    CommandIDs.runAll = 'notebook:run-all-cells';
    CommandIDs.runAllAbove = 'notebook:run-all-above';
    CommandIDs.runAllBelow = 'notebook:run-all-below';
    CommandIDs.renderAllMarkdown = 'notebook:render-all-markdown';
    CommandIDs.toCode = 'notebook:change-cell-to-code';
    CommandIDs.toMarkdown = 'notebook:change-cell-to-markdown';
    CommandIDs.toRaw = 'notebook:change-cell-to-raw';
    CommandIDs.cut = 'notebook:cut-cell';
    CommandIDs.copy = 'notebook:copy-cell';
    CommandIDs.pasteAbove = 'notebook:paste-cell-above';
    CommandIDs.pasteBelow = 'notebook:paste-cell-below';
    CommandIDs.duplicateBelow = 'notebook:duplicate-below';
    CommandIDs.pasteAndReplace = 'notebook:paste-and-replace-cell';
    CommandIDs.moveUp = 'notebook:move-cell-up';
    CommandIDs.moveDown = 'notebook:move-cell-down';
    CommandIDs.clearOutputs = 'notebook:clear-cell-output';
    CommandIDs.deleteCell = 'notebook:delete-cell';
    CommandIDs.insertAbove = 'notebook:insert-cell-above';
    CommandIDs.insertBelow = 'notebook:insert-cell-below';
    CommandIDs.selectAbove = 'notebook:move-cursor-up';
    CommandIDs.selectBelow = 'notebook:move-cursor-down';
    CommandIDs.selectHeadingAboveOrCollapse = 'notebook:move-cursor-heading-above-or-collapse';
    CommandIDs.selectHeadingBelowOrExpand = 'notebook:move-cursor-heading-below-or-expand';
    CommandIDs.insertHeadingAbove = 'notebook:insert-heading-above';
    CommandIDs.insertHeadingBelow = 'notebook:insert-heading-below';
    CommandIDs.extendAbove = 'notebook:extend-marked-cells-above';
    CommandIDs.extendTop = 'notebook:extend-marked-cells-top';
    CommandIDs.extendBelow = 'notebook:extend-marked-cells-below';
    CommandIDs.extendBottom = 'notebook:extend-marked-cells-bottom';
    CommandIDs.selectAll = 'notebook:select-all';
    CommandIDs.deselectAll = 'notebook:deselect-all';
    CommandIDs.editMode = 'notebook:enter-edit-mode';
    CommandIDs.merge = 'notebook:merge-cells';
    CommandIDs.mergeAbove = 'notebook:merge-cell-above';
    CommandIDs.mergeBelow = 'notebook:merge-cell-below';
    CommandIDs.split = 'notebook:split-cell-at-cursor';
    CommandIDs.commandMode = 'notebook:enter-command-mode';
    CommandIDs.toggleAllLines = 'notebook:toggle-all-cell-line-numbers';
    CommandIDs.undoCellAction = 'notebook:undo-cell-action';
    CommandIDs.redoCellAction = 'notebook:redo-cell-action';
    CommandIDs.redo = 'notebook:redo';
    CommandIDs.undo = 'notebook:undo';
    CommandIDs.markdown1 = 'notebook:change-cell-to-heading-1';
    CommandIDs.markdown2 = 'notebook:change-cell-to-heading-2';
    CommandIDs.markdown3 = 'notebook:change-cell-to-heading-3';
    CommandIDs.markdown4 = 'notebook:change-cell-to-heading-4';
    CommandIDs.markdown5 = 'notebook:change-cell-to-heading-5';
    CommandIDs.markdown6 = 'notebook:change-cell-to-heading-6';
    CommandIDs.hideCode = 'notebook:hide-cell-code';
    CommandIDs.showCode = 'notebook:show-cell-code';
    CommandIDs.hideAllCode = 'notebook:hide-all-cell-code';
    CommandIDs.showAllCode = 'notebook:show-all-cell-code';
    CommandIDs.hideOutput = 'notebook:hide-cell-outputs';
    CommandIDs.showOutput = 'notebook:show-cell-outputs';
    CommandIDs.toggleOutput = 'notebook:toggle-cell-outputs';
    CommandIDs.hideAllOutputs = 'notebook:hide-all-cell-outputs';
    CommandIDs.showAllOutputs = 'notebook:show-all-cell-outputs';
    CommandIDs.toggleRenderSideBySideCurrentNotebook = 'notebook:toggle-render-side-by-side-current';
    CommandIDs.setSideBySideRatio = 'notebook:set-side-by-side-ratio';
    CommandIDs.enableOutputScrolling = 'notebook:enable-output-scrolling';
    CommandIDs.disableOutputScrolling = 'notebook:disable-output-scrolling';
    CommandIDs.toggleOutputScrolling = 'notebook:toggle-output-scrolling';
    CommandIDs.selectLastRunCell = 'notebook:select-last-run-cell';
    CommandIDs.selectLastModifiedCell = 'notebook:select-last-modified-cell';
    CommandIDs.selectNextModifiedCell = 'notebook:select-next-modified-cell';
    CommandIDs.replaceSelection = 'notebook:replace-selection';
    CommandIDs.autoClosingBrackets = 'notebook:toggle-autoclosing-brackets';
    CommandIDs.toggleCollapseCmd = 'notebook:toggle-heading-collapse';
    CommandIDs.collapseAllCmd = 'notebook:collapse-all-headings';
    CommandIDs.expandAllCmd = 'notebook:expand-all-headings';
    CommandIDs.copyToClipboard = 'notebook:copy-to-clipboard';
    CommandIDs.invokeCompleter = 'completer:invoke-notebook';
    CommandIDs.selectCompleter = 'completer:select-notebook';
    CommandIDs.tocRunCells = 'toc:run-cells';
    CommandIDs.accessPreviousHistory = 'notebook:access-previous-history-entry';
    CommandIDs.accessNextHistory = 'notebook:access-next-history-entry';
    CommandIDs.virtualScrollbar = 'notebook:toggle-virtual-scrollbar';
    CommandIDs.copySelectedtext = 'notebook:copy-selected-text';
    CommandIDs.pasteText = 'notebook:paste-text';
    CommandIDs.cutSelectedtext = 'notebook:cut-selected-text';
})(lib_CommandIDs || (lib_CommandIDs = {}));
/**
 * The name of the factory that creates notebooks.
 */
const FACTORY = 'Notebook';
/**
 * The excluded Export To ...
 * (returned from nbconvert's export list)
 */
const FORMAT_EXCLUDE = ['notebook', 'python', 'custom'];
/**
 * Setting Id storing the customized toolbar definition.
 */
const PANEL_SETTINGS = '@jupyterlab/notebook-extension:panel';
/**
 * The id to use on the style tag for the side by side margins.
 */
const SIDE_BY_SIDE_STYLE_ID = 'jp-NotebookExtension-sideBySideMargins';
/**
 * The notebook widget tracker provider.
 */
const trackerPlugin = {
    id: '@jupyterlab/notebook-extension:tracker',
    description: 'Provides the notebook widget tracker.',
    provides: notebook_lib_index_js_.INotebookTracker,
    requires: [
        notebook_lib_index_js_.INotebookWidgetFactory,
        codemirror_lib_index_js_.IEditorExtensionRegistry,
        notebook_lib_index_js_.INotebookCellExecutor
    ],
    optional: [
        lib_index_js_.ICommandPalette,
        filebrowser_lib_index_js_.IDefaultFileBrowser,
        launcher_lib_index_js_.ILauncher,
        index_js_.ILayoutRestorer,
        mainmenu_lib_index_js_.IMainMenu,
        index_js_.IRouter,
        settingregistry_lib_index_js_.ISettingRegistry,
        lib_index_js_.ISessionContextDialogs,
        translation_lib_index_js_.ITranslator,
        ui_components_lib_index_js_.IFormRendererRegistry,
        filebrowser_lib_index_js_.IFileBrowserFactory
    ],
    activate: activateNotebookHandler,
    autoStart: true
};
/**
 * The notebook and cell factory provider.
 */
const lib_factory = {
    id: '@jupyterlab/notebook-extension:factory',
    description: 'Provides the notebook and cell factory.',
    provides: notebook_lib_index_js_.NotebookPanel.IContentFactory,
    requires: [codeeditor_lib_index_js_.IEditorServices],
    autoStart: true,
    activate: (app, editorServices) => {
        const editorFactory = editorServices.factoryService.newInlineEditor;
        return new notebook_lib_index_js_.NotebookPanel.ContentFactory({ editorFactory });
    }
};
/**
 * The notebook tools extension.
 */
const tools = {
    activate: activateNotebookTools,
    provides: notebook_lib_index_js_.INotebookTools,
    id: '@jupyterlab/notebook-extension:tools',
    description: 'Provides the notebook tools.',
    autoStart: true,
    requires: [
        notebook_lib_index_js_.INotebookTracker,
        codeeditor_lib_index_js_.IEditorServices,
        codemirror_lib_index_js_.IEditorLanguageRegistry,
        statedb_lib_index_js_.IStateDB,
        translation_lib_index_js_.ITranslator
    ],
    optional: [property_inspector_lib_index_js_.IPropertyInspectorProvider]
};
/**
 * A plugin providing a CommandEdit status item.
 */
const commandEditItem = {
    id: '@jupyterlab/notebook-extension:mode-status',
    description: 'Adds a notebook mode status widget.',
    autoStart: true,
    requires: [notebook_lib_index_js_.INotebookTracker, translation_lib_index_js_.ITranslator],
    optional: [statusbar_lib_index_js_.IStatusBar],
    activate: (app, tracker, translator, statusBar) => {
        if (!statusBar) {
            // Automatically disable if statusbar missing
            return;
        }
        const { shell } = app;
        const item = new notebook_lib_index_js_.CommandEditStatus(translator);
        // Keep the status item up-to-date with the current notebook.
        tracker.currentChanged.connect(() => {
            const current = tracker.currentWidget;
            item.model.notebook = current && current.content;
        });
        statusBar.registerStatusItem('@jupyterlab/notebook-extension:mode-status', {
            priority: 1,
            item,
            align: 'right',
            rank: 4,
            isActive: () => !!shell.currentWidget &&
                !!tracker.currentWidget &&
                shell.currentWidget === tracker.currentWidget
        });
    }
};
/**
 * A plugin providing a current cell/total cells status item.
 */
const cellCounterItem = {
    id: '@jupyterlab/notebook-extension:cell-counter-status',
    description: 'Adds a notebook cell counter status widget.',
    autoStart: true,
    requires: [notebook_lib_index_js_.INotebookTracker, translation_lib_index_js_.ITranslator],
    optional: [statusbar_lib_index_js_.IStatusBar],
    activate: (app, tracker, translator, statusBar) => {
        if (!statusBar) {
            // Automatically disable if statusbar missing
            return;
        }
        const { shell } = app;
        const item = new notebook_lib_index_js_.CellCounterStatus({ translator });
        const updateNotebook = () => {
            const current = tracker.currentWidget;
            item.model.notebook = current && current.content;
        };
        tracker.currentChanged.connect(updateNotebook);
        updateNotebook();
        statusBar.registerStatusItem(cellCounterItem.id, {
            priority: 1,
            item,
            align: 'right',
            rank: 2.5,
            isActive: () => !!shell.currentWidget &&
                !!tracker.currentWidget &&
                shell.currentWidget === tracker.currentWidget
        });
    }
};
/**
 * A plugin that provides a execution indicator item to the status bar.
 */
const executionIndicator = {
    id: '@jupyterlab/notebook-extension:execution-indicator',
    description: 'Adds a notebook execution status widget.',
    autoStart: true,
    requires: [notebook_lib_index_js_.INotebookTracker, index_js_.ILabShell, translation_lib_index_js_.ITranslator],
    optional: [statusbar_lib_index_js_.IStatusBar, settingregistry_lib_index_js_.ISettingRegistry],
    activate: (app, notebookTracker, labShell, translator, statusBar, settingRegistry) => {
        let statusbarItem;
        let labShellCurrentChanged;
        let statusBarDisposable;
        const updateSettings = (settings) => {
            var _a, _b;
            let { showOnToolBar, showProgress, showJumpToCell } = settings;
            if (!showOnToolBar) {
                // Status bar mode, only one `ExecutionIndicator` is needed.
                if (!statusBar) {
                    // Automatically disable if statusbar missing
                    return;
                }
                if (!(statusbarItem === null || statusbarItem === void 0 ? void 0 : statusbarItem.model)) {
                    statusbarItem = new notebook_lib_index_js_.ExecutionIndicator(translator);
                    labShellCurrentChanged = (_, change) => {
                        const { newValue } = change;
                        if (newValue && notebookTracker.has(newValue)) {
                            const panel = newValue;
                            statusbarItem.model.attachNotebook({
                                content: panel.content,
                                context: panel.sessionContext
                            });
                        }
                    };
                    statusBarDisposable = statusBar.registerStatusItem('@jupyterlab/notebook-extension:execution-indicator', {
                        item: statusbarItem,
                        align: 'left',
                        rank: 3,
                        isActive: () => {
                            const current = labShell.currentWidget;
                            return !!current && notebookTracker.has(current);
                        }
                    });
                    statusbarItem.model.attachNotebook({
                        content: (_a = notebookTracker.currentWidget) === null || _a === void 0 ? void 0 : _a.content,
                        context: (_b = notebookTracker.currentWidget) === null || _b === void 0 ? void 0 : _b.sessionContext
                    });
                    labShell.currentChanged.connect(labShellCurrentChanged);
                    statusbarItem.disposed.connect(() => {
                        labShell.currentChanged.disconnect(labShellCurrentChanged);
                    });
                }
                statusbarItem.model.displayOption = {
                    showOnToolBar,
                    showProgress,
                    showJumpToCell
                };
            }
            else {
                //Remove old indicator widget on status bar
                if (statusBarDisposable) {
                    labShell.currentChanged.disconnect(labShellCurrentChanged);
                    statusBarDisposable.dispose();
                }
            }
        };
        if (settingRegistry) {
            // Indicator is default in tool bar, user needs to specify its
            // position in settings in order to have indicator on status bar.
            const loadSettings = settingRegistry.load(trackerPlugin.id);
            Promise.all([loadSettings, app.restored])
                .then(([settings]) => {
                updateSettings(notebook_lib_index_js_.ExecutionIndicator.getSettingValue(settings));
                settings.changed.connect(sender => updateSettings(notebook_lib_index_js_.ExecutionIndicator.getSettingValue(sender)));
            })
                .catch((reason) => {
                console.error(reason.message);
            });
        }
    }
};
/**
 * A plugin providing export commands in the main menu and command palette
 */
const exportPlugin = {
    id: '@jupyterlab/notebook-extension:export',
    description: 'Adds the export notebook commands.',
    autoStart: true,
    requires: [translation_lib_index_js_.ITranslator, notebook_lib_index_js_.INotebookTracker],
    optional: [mainmenu_lib_index_js_.IMainMenu, lib_index_js_.ICommandPalette],
    activate: (app, translator, tracker, mainMenu, palette) => {
        var _a;
        const trans = translator.load('jupyterlab');
        const { commands, shell } = app;
        const services = app.serviceManager;
        const isEnabled = () => {
            return lib_Private.isEnabled(shell, tracker);
        };
        commands.addCommand(lib_CommandIDs.exportToFormat, {
            label: args => {
                if (args.label === undefined) {
                    return trans.__('Save and Export Notebook to the given `format`.');
                }
                const formatLabel = args['label'];
                return args['isPalette']
                    ? trans.__('Save and Export Notebook: %1', formatLabel)
                    : formatLabel;
            },
            execute: async (args) => {
                var _a, _b, _c;
                const current = getCurrent(tracker, shell, args);
                if (!current) {
                    return;
                }
                const { context } = current;
                const serverVersion = coreutils_lib_index_js_.PageConfig.getNotebookVersion();
                const supportsHTMLSanitizationOption = (0,coreutils_lib_index_js_.compareVersions)(serverVersion, [4, 0, 0]) <
                    0 /* Jupyter Server only */ &&
                    (0,coreutils_lib_index_js_.compareVersions)(serverVersion, [2, 18, 0]) >= 0;
                let sanitizeHtml = false;
                if (args['format'] === 'html' && supportsHTMLSanitizationOption) {
                    const result = await lib_index_js_.InputDialog.getBoolean({
                        title: trans.__('Export as HTML'),
                        label: trans.__('Sanitize HTML output'),
                        value: true
                    });
                    if (!result.button.accept) {
                        return;
                    }
                    sanitizeHtml = (_a = result.value) !== null && _a !== void 0 ? _a : false;
                }
                const exportOptions = {
                    format: args['format'],
                    path: current.context.path,
                    exporterOptions: {
                        download: true,
                        sanitizeHtml
                    }
                };
                if (context.model.dirty && !context.model.readOnly) {
                    await context.save();
                }
                return (_c = (_b = services.nbconvert).exportAs) === null || _c === void 0 ? void 0 : _c.call(_b, exportOptions);
            },
            isEnabled,
            describedBy: {
                args: {
                    type: 'object',
                    properties: {
                        format: {
                            type: 'string',
                            description: trans.__('The export format (e.g., pdf, html, latex)')
                        },
                        label: {
                            type: 'string',
                            description: trans.__('The label to display for this format')
                        },
                        isPalette: {
                            type: 'boolean',
                            description: trans.__('Whether the command is called from the command palette')
                        }
                    },
                    required: ['format']
                }
            }
        });
        // Add a notebook group to the File menu.
        let exportTo;
        if (mainMenu) {
            exportTo = (_a = mainMenu.fileMenu.items.find(item => {
                var _a;
                return item.type === 'submenu' &&
                    ((_a = item.submenu) === null || _a === void 0 ? void 0 : _a.id) === 'jp-mainmenu-file-notebookexport';
            })) === null || _a === void 0 ? void 0 : _a.submenu;
        }
        let formatsInitialized = false;
        /** Request formats only when a notebook might use them. */
        const maybeInitializeFormats = async () => {
            if (formatsInitialized) {
                return;
            }
            tracker.widgetAdded.disconnect(maybeInitializeFormats);
            formatsInitialized = true;
            const response = await services.nbconvert.getExportFormats(false);
            if (!response) {
                return;
            }
            const formatLabels = lib_Private.getFormatLabels(translator);
            // Convert export list to palette and menu items.
            const formatList = Object.keys(response);
            formatList.forEach(function (key) {
                const formattedKey = key[0].toLocaleUpperCase() + key.slice(1);
                // Fallback for export formats the server offers but `formatLabels`
                // does not know about, so there is no literal to extract.
                // eslint-disable-next-line jupyter/no-dynamic-translation
                const capCaseKey = trans.__(formattedKey);
                const labelStr = formatLabels[key] ? formatLabels[key] : capCaseKey;
                let args = {
                    format: key,
                    label: labelStr,
                    isPalette: false
                };
                if (FORMAT_EXCLUDE.indexOf(key) === -1) {
                    if (exportTo) {
                        exportTo.addItem({
                            command: lib_CommandIDs.exportToFormat,
                            args: args
                        });
                    }
                    if (palette) {
                        args = {
                            format: key,
                            label: labelStr,
                            isPalette: true
                        };
                        const category = trans.__('Notebook Operations');
                        palette.addItem({
                            command: lib_CommandIDs.exportToFormat,
                            category,
                            args
                        });
                    }
                }
            });
        };
        tracker.widgetAdded.connect(maybeInitializeFormats);
    }
};
/**
 * A plugin that adds a notebook trust status item to the status bar.
 */
const notebookTrustItem = {
    id: '@jupyterlab/notebook-extension:trust-status',
    description: 'Adds the notebook trusted status widget.',
    autoStart: true,
    requires: [notebook_lib_index_js_.INotebookTracker, translation_lib_index_js_.ITranslator],
    optional: [statusbar_lib_index_js_.IStatusBar],
    activate: (app, tracker, translator, statusBar) => {
        if (!statusBar) {
            // Automatically disable if statusbar missing
            return;
        }
        const { shell } = app;
        const item = new notebook_lib_index_js_.NotebookTrustStatus(translator);
        // Keep the status item up-to-date with the current notebook.
        tracker.currentChanged.connect(() => {
            const current = tracker.currentWidget;
            item.model.notebook = current && current.content;
        });
        statusBar.registerStatusItem('@jupyterlab/notebook-extension:trust-status', {
            item,
            align: 'right',
            rank: 3,
            isActive: () => !!shell.currentWidget &&
                !!tracker.currentWidget &&
                shell.currentWidget === tracker.currentWidget
        });
    }
};
/**
 * The notebook widget factory provider.
 */
const widgetFactoryPlugin = {
    id: '@jupyterlab/notebook-extension:widget-factory',
    description: 'Provides the notebook widget factory.',
    provides: notebook_lib_index_js_.INotebookWidgetFactory,
    requires: [
        notebook_lib_index_js_.NotebookPanel.IContentFactory,
        codeeditor_lib_index_js_.IEditorServices,
        rendermime_lib_index_js_.IRenderMimeRegistry,
        lib_index_js_.IToolbarWidgetRegistry
    ],
    optional: [settingregistry_lib_index_js_.ISettingRegistry, lib_index_js_.ISessionContextDialogs, translation_lib_index_js_.ITranslator],
    activate: activateWidgetFactory,
    autoStart: true
};
/**
 * The cloned output provider.
 */
const clonedOutputsPlugin = {
    id: '@jupyterlab/notebook-extension:cloned-outputs',
    description: 'Adds the clone output feature.',
    requires: [docmanager_lib_index_js_.IDocumentManager, notebook_lib_index_js_.INotebookTracker, translation_lib_index_js_.ITranslator],
    optional: [index_js_.ILayoutRestorer],
    activate: activateClonedOutputs,
    autoStart: true
};
/**
 * A plugin for code consoles functionalities.
 */
const codeConsolePlugin = {
    id: '@jupyterlab/notebook-extension:code-console',
    description: 'Adds the notebook code consoles features.',
    requires: [notebook_lib_index_js_.INotebookTracker, translation_lib_index_js_.ITranslator],
    activate: activateCodeConsole,
    autoStart: true
};
/**
 * A plugin to copy CodeCell outputs.
 */
const copyOutputPlugin = {
    id: '@jupyterlab/notebook-extension:copy-output',
    description: 'Adds the copy cell outputs feature.',
    activate: activateCopyOutput,
    requires: [translation_lib_index_js_.ITranslator, notebook_lib_index_js_.INotebookTracker],
    autoStart: true
};
/**
 * Kernel status indicator.
 */
const lib_kernelStatus = {
    id: '@jupyterlab/notebook-extension:kernel-status',
    description: 'Adds the notebook kernel status.',
    activate: (app, tracker, kernelStatus) => {
        const provider = (widget) => {
            let session = null;
            if (widget && tracker.has(widget)) {
                return widget.sessionContext;
            }
            return session;
        };
        kernelStatus.addSessionProvider(provider);
    },
    requires: [notebook_lib_index_js_.INotebookTracker, lib_index_js_.IKernelStatusModel],
    autoStart: true
};
/**
 * Cursor position.
 */
const lineColStatus = {
    id: '@jupyterlab/notebook-extension:cursor-position',
    description: 'Adds the notebook cursor position status.',
    activate: (app, tracker, positionModel) => {
        let previousWidget = null;
        const provider = async (widget) => {
            let editor = null;
            if (widget !== previousWidget) {
                previousWidget === null || previousWidget === void 0 ? void 0 : previousWidget.content.activeCellChanged.disconnect(positionModel.update);
                previousWidget = null;
                if (widget && tracker.has(widget)) {
                    widget.content.activeCellChanged.connect(positionModel.update);
                    const activeCell = widget.content.activeCell;
                    editor = null;
                    if (activeCell) {
                        await activeCell.ready;
                        editor = activeCell.editor;
                    }
                    previousWidget = widget;
                }
            }
            else if (widget) {
                const activeCell = widget.content.activeCell;
                editor = null;
                if (activeCell) {
                    await activeCell.ready;
                    editor = activeCell.editor;
                }
            }
            return editor;
        };
        positionModel.addEditorProvider(provider);
    },
    requires: [notebook_lib_index_js_.INotebookTracker, codeeditor_lib_index_js_.IPositionModel],
    autoStart: true
};
const completerPlugin = {
    id: '@jupyterlab/notebook-extension:completer',
    description: 'Adds the code completion capability to notebooks.',
    requires: [notebook_lib_index_js_.INotebookTracker],
    optional: [completer_lib_index_js_.ICompletionProviderManager, translation_lib_index_js_.ITranslator, lib_index_js_.ISanitizer],
    activate: activateNotebookCompleterService,
    autoStart: true
};
/**
 * A plugin to search notebook documents
 */
const searchProvider = {
    id: '@jupyterlab/notebook-extension:search',
    description: 'Adds search capability to notebooks.',
    requires: [documentsearch_lib_index_js_.ISearchProviderRegistry],
    autoStart: true,
    activate: (app, registry) => {
        registry.add('jp-notebookSearchProvider', notebook_lib_index_js_.NotebookSearchProvider);
    }
};
const tocPlugin = {
    id: '@jupyterlab/notebook-extension:toc',
    description: 'Adds table of content capability to the notebooks',
    requires: [notebook_lib_index_js_.INotebookTracker, toc_lib_index_js_.ITableOfContentsRegistry, lib_index_js_.ISanitizer],
    optional: [rendermime_lib_index_js_.IMarkdownParser, settingregistry_lib_index_js_.ISettingRegistry],
    autoStart: true,
    activate: (app, tracker, tocRegistry, sanitizer, mdParser, settingRegistry) => {
        const nbTocFactory = new notebook_lib_index_js_.NotebookToCFactory(tracker, mdParser, sanitizer, app.commands);
        tocRegistry.add(nbTocFactory);
        if (settingRegistry) {
            Promise.all([app.restored, settingRegistry.load(trackerPlugin.id)])
                .then(([_, setting]) => {
                const onSettingsUpdate = () => {
                    var _a;
                    nbTocFactory.scrollToTop =
                        (_a = setting.composite['scrollHeadingToTop']) !== null && _a !== void 0 ? _a : true;
                };
                onSettingsUpdate();
                setting.changed.connect(onSettingsUpdate);
            })
                .catch(error => {
                console.error('Failed to load notebook table of content settings.', error);
            });
        }
    }
};
const languageServerPlugin = {
    id: '@jupyterlab/notebook-extension:language-server',
    description: 'Adds language server capability to the notebooks.',
    requires: [
        notebook_lib_index_js_.INotebookTracker,
        lsp_lib_index_js_.ILSPDocumentConnectionManager,
        lsp_lib_index_js_.ILSPFeatureManager,
        lsp_lib_index_js_.ILSPCodeExtractorsManager,
        lsp_lib_index_js_.IWidgetLSPAdapterTracker
    ],
    activate: activateNotebookLanguageServer,
    autoStart: true
};
/**
 * Metadata editor for the raw cell mimetype.
 */
const updateRawMimetype = {
    id: '@jupyterlab/notebook-extension:update-raw-mimetype',
    description: 'Adds metadata form editor for raw cell mimetype.',
    autoStart: true,
    requires: [notebook_lib_index_js_.INotebookTracker, metadataform_lib_index_js_.IMetadataFormProvider, translation_lib_index_js_.ITranslator],
    activate: (app, tracker, metadataForms, translator) => {
        const trans = translator.load('jupyterlab');
        let formatsInitialized = false;
        async function maybeInitializeFormats() {
            if (formatsInitialized) {
                return;
            }
            if (!metadataForms.get('commonToolsSection')) {
                return;
            }
            const properties = metadataForms
                .get('commonToolsSection')
                .getProperties('/raw_mimetype');
            if (!properties) {
                return;
            }
            tracker.widgetAdded.disconnect(maybeInitializeFormats);
            formatsInitialized = true;
            const services = app.serviceManager;
            const response = await services.nbconvert.getExportFormats(false);
            if (!response) {
                return;
            }
            // convert exportList to palette and menu items
            const formatList = Object.keys(response);
            const formatLabels = lib_Private.getFormatLabels(translator);
            formatList.forEach(function (key) {
                var _a;
                const mimetypeExists = ((_a = properties.oneOf) === null || _a === void 0 ? void 0 : _a.filter(value => value.const === key).length) > 0;
                if (!mimetypeExists) {
                    const formattedKey = key[0].toLocaleUpperCase() + key.slice(1);
                    // Fallback for export formats the server offers but `formatLabels`
                    // does not know about, so there is no literal to extract.
                    // eslint-disable-next-line jupyter/no-dynamic-translation
                    const altOption = trans.__(formattedKey);
                    const option = formatLabels[key] ? formatLabels[key] : altOption;
                    const mimeTypeValue = response[key].output_mimetype;
                    properties.oneOf.push({
                        const: mimeTypeValue,
                        title: option
                    });
                }
            });
            metadataForms
                .get('commonToolsSection')
                .setProperties('/raw_mimetype', properties);
        }
        tracker.widgetAdded.connect(maybeInitializeFormats);
    }
};
/**
 * Registering metadata editor fields.
 */
const customMetadataEditorFields = {
    id: '@jupyterlab/notebook-extension:metadata-editor',
    description: 'Adds metadata form for full metadata editor.',
    autoStart: true,
    requires: [notebook_lib_index_js_.INotebookTracker, codeeditor_lib_index_js_.IEditorServices, ui_components_lib_index_js_.IFormRendererRegistry],
    optional: [translation_lib_index_js_.ITranslator],
    activate: (app, tracker, editorServices, formRegistry, translator) => {
        const editorFactory = options => editorServices.factoryService.newInlineEditor(options);
        // Register the custom fields. As with the active cell tool below, the
        // field renderers are used by rjsf as React components, so they run on
        // every rebuild of the metadata form. Each field is created once and
        // reused: constructing one per render abandons an editor, its host node
        // and its listeners on every keystroke that rebuilds the form.
        const cellMetadataField = new CellMetadataField({
            editorFactory,
            tracker,
            label: 'Cell metadata',
            translator: translator
        });
        const cellComponent = {
            fieldRenderer: (props) => {
                return cellMetadataField.render(props);
            }
        };
        formRegistry.addRenderer('@jupyterlab/notebook-extension:metadata-editor.cell-metadata', cellComponent);
        const notebookMetadataField = new NotebookMetadataField({
            editorFactory,
            tracker,
            label: 'Notebook metadata',
            translator: translator
        });
        const notebookComponent = {
            fieldRenderer: (props) => {
                return notebookMetadataField.render(props);
            }
        };
        formRegistry.addRenderer('@jupyterlab/notebook-extension:metadata-editor.notebook-metadata', notebookComponent);
    }
};
/**
 * Registering active cell field.
 */
const activeCellTool = {
    id: '@jupyterlab/notebook-extension:active-cell-tool',
    description: 'Adds active cell field in the metadata editor tab.',
    autoStart: true,
    requires: [notebook_lib_index_js_.INotebookTracker, ui_components_lib_index_js_.IFormRendererRegistry, codemirror_lib_index_js_.IEditorLanguageRegistry],
    activate: (
    // Register the custom field.
    app, tracker, formRegistry, languages) => {
        // The field renderer is used by rjsf as a React component, so it runs on
        // every rebuild of the metadata form. The tool is created once and reused:
        // constructing one per render would rebuild the prompt and the preview from
        // scratch (showing them empty until the next update) and would leave a
        // connection to the cell model behind for every abandoned instance.
        const tool = new ActiveCellTool({
            tracker,
            languages
        });
        const component = {
            fieldRenderer: (props) => {
                return tool.render(props);
            }
        };
        formRegistry.addRenderer('@jupyterlab/notebook-extension:active-cell-tool.renderer', component);
    }
};
/**
 * A plugin to add "Notebook (no kernel)" to the "Open With" context menu.
 *
 * Follows a similar logic as the filebrowser plugin populating the "Open With" menu
 * based on widget factories.
 *
 * TODO: investigate generalizing opening without a kernel to other file types that may be
 * backed by a kernel.
 */
const openWithNoKernelPlugin = {
    id: '@jupyterlab/notebook-extension:open-with-no-kernel',
    description: 'Adds the "Notebook (no kernel)" option to the Open With menu.',
    requires: [filebrowser_lib_index_js_.IFileBrowserFactory],
    optional: [translation_lib_index_js_.ITranslator],
    autoStart: true,
    activate: (app, factory, translator) => {
        const { tracker } = factory;
        const trans = (translator !== null && translator !== void 0 ? translator : translation_lib_index_js_.nullTranslator).load('jupyterlab');
        const items = [];
        function updateOpenWithMenu(contextMenu) {
            var _a, _b;
            // Clear previous items
            items.forEach(item => item.dispose());
            items.length = 0;
            const openWith = (_b = (_a = contextMenu.menu.items.find(item => {
                var _a;
                return item.type === 'submenu' &&
                    ((_a = item.submenu) === null || _a === void 0 ? void 0 : _a.id) === 'jp-contextmenu-open-with';
            })) === null || _a === void 0 ? void 0 : _a.submenu) !== null && _b !== void 0 ? _b : null;
            if (!openWith) {
                return; // Bail early if the open with menu is not displayed
            }
            const selectedItems = tracker.currentWidget
                ? Array.from(tracker.currentWidget.selectedItems())
                : [];
            const hasNotebooks = selectedItems.some(item => item.type === 'notebook');
            if (hasNotebooks) {
                items.push(openWith.addItem({
                    command: 'filebrowser:open',
                    args: {
                        label: trans.__('Notebook (no kernel)'),
                        factory: FACTORY,
                        kernelPreference: {
                            shouldStart: false,
                            shouldReuse: false
                        }
                    }
                }));
            }
        }
        app.contextMenu.opened.connect(updateOpenWithMenu);
    }
};
/**
 * Export the plugins as default.
 */
const plugins = [
    cellExecutor,
    lib_factory,
    trackerPlugin,
    executionIndicator,
    exportPlugin,
    tools,
    cellCounterItem,
    commandEditItem,
    notebookTrustItem,
    widgetFactoryPlugin,
    logNotebookOutput,
    clonedOutputsPlugin,
    codeConsolePlugin,
    copyOutputPlugin,
    lib_kernelStatus,
    lineColStatus,
    completerPlugin,
    searchProvider,
    tocPlugin,
    languageServerPlugin,
    updateRawMimetype,
    customMetadataEditorFields,
    activeCellTool,
    openWithNoKernelPlugin
];
/* export default */ const lib = (plugins);
/**
 * Activate the notebook tools extension.
 */
function activateNotebookTools(app, tracker, editorServices, languages, state, translator, inspectorProvider) {
    const trans = translator.load('jupyterlab');
    const id = 'notebook-tools';
    const notebookTools = new notebook_lib_index_js_.NotebookTools({ tracker, translator });
    // Create message hook for triggers to save to the database.
    const hook = (sender, message) => {
        switch (message.type) {
            case 'activate-request':
                void state.save(id, { open: true });
                break;
            case 'after-hide':
            case 'close-request':
                void state.remove(id);
                break;
            default:
                break;
        }
        return true;
    };
    notebookTools.title.icon = ui_components_lib_index_js_.buildIcon;
    notebookTools.title.dataset = {
        ...notebookTools.title.dataset,
        jpTabLabel: trans.__('Notebook Tools')
    };
    notebookTools.title.caption = trans.__('Notebook Tools');
    notebookTools.id = id;
    messaging_dist_index_es6_js_.MessageLoop.installMessageHook(notebookTools, hook);
    if (inspectorProvider) {
        tracker.widgetAdded.connect((sender, panel) => {
            const inspector = inspectorProvider.register(panel);
            inspector.render(notebookTools);
        });
    }
    return notebookTools;
}
/**
 * Activate the notebook widget factory.
 */
function activateWidgetFactory(app, contentFactory, editorServices, rendermime, toolbarRegistry, settingRegistry, sessionContextDialogs_, translator_) {
    const translator = translator_ !== null && translator_ !== void 0 ? translator_ : translation_lib_index_js_.nullTranslator;
    const sessionContextDialogs = sessionContextDialogs_ !== null && sessionContextDialogs_ !== void 0 ? sessionContextDialogs_ : new lib_index_js_.SessionContextDialogs({ translator });
    const preferKernelOption = coreutils_lib_index_js_.PageConfig.getOption('notebookStartsKernel');
    // If the option is not set, assume `true`
    const preferKernelValue = preferKernelOption === '' || preferKernelOption.toLowerCase() === 'true';
    const { commands } = app;
    let toolbarFactory;
    // Register notebook toolbar widgets
    toolbarRegistry.addFactory(FACTORY, 'save', panel => docmanager_extension_lib_index_js_.ToolbarItems.createSaveButton(commands, panel.context.fileChanged));
    toolbarRegistry.addFactory(FACTORY, 'cellType', panel => notebook_lib_index_js_.ToolbarItems.createCellTypeItem(panel, translator));
    toolbarRegistry.addFactory(FACTORY, 'kernelName', panel => lib_index_js_.Toolbar.createKernelNameItem(panel.sessionContext, sessionContextDialogs, translator));
    toolbarRegistry.addFactory(FACTORY, 'executionProgress', panel => {
        const loadingSettings = settingRegistry === null || settingRegistry === void 0 ? void 0 : settingRegistry.load(trackerPlugin.id);
        const indicator = notebook_lib_index_js_.ExecutionIndicator.createExecutionIndicatorItem(panel, translator, loadingSettings);
        void (loadingSettings === null || loadingSettings === void 0 ? void 0 : loadingSettings.then(settings => {
            panel.disposed.connect(() => {
                settings.dispose();
            });
        }));
        return indicator;
    });
    if (settingRegistry) {
        // Create the factory
        toolbarFactory = (0,lib_index_js_.createToolbarFactory)(toolbarRegistry, settingRegistry, FACTORY, PANEL_SETTINGS, translator);
    }
    const trans = translator.load('jupyterlab');
    const factory = new notebook_lib_index_js_.NotebookWidgetFactory({
        name: FACTORY,
        label: trans.__('Notebook'),
        fileTypes: ['notebook'],
        modelName: 'notebook',
        defaultFor: ['notebook'],
        preferKernel: preferKernelValue,
        canStartKernel: true,
        rendermime,
        contentFactory,
        editorConfig: notebook_lib_index_js_.StaticNotebook.defaultEditorConfig,
        notebookConfig: notebook_lib_index_js_.StaticNotebook.defaultNotebookConfig,
        mimeTypeService: editorServices.mimeTypeService,
        toolbarFactory,
        translator
    });
    app.docRegistry.addWidgetFactory(factory);
    return factory;
}
/**
 * Activate the plugin to create and track cloned outputs.
 */
function activateClonedOutputs(app, docManager, notebookTracker, translator, restorer) {
    const trans = translator.load('jupyterlab');
    const clonedOutputs = new lib_index_js_.WidgetTracker({
        namespace: 'cloned-outputs'
    });
    if (restorer) {
        void restorer.restore(clonedOutputs, {
            command: lib_CommandIDs.createOutputView,
            args: widget => ({
                path: widget.content.path,
                index: widget.content.index
            }),
            name: widget => `${widget.content.path}:${widget.content.index}`,
            when: notebookTracker.restored // After the notebook widgets (but not contents).
        });
    }
    const { commands, shell } = app;
    const isEnabledAndSingleSelected = () => {
        return lib_Private.isEnabledAndSingleSelected(shell, notebookTracker);
    };
    commands.addCommand(lib_CommandIDs.createOutputView, {
        label: trans.__('Create New View for Cell Output'),
        execute: async (args) => {
            var _a;
            let cell;
            let current;
            // If we are given a notebook path and cell index, then
            // use that, otherwise use the current active cell.
            const path = args.path;
            let index = args.index;
            if (path && index !== undefined && index !== null) {
                current = docManager.findWidget(path, FACTORY);
                if (!current) {
                    return;
                }
            }
            else {
                current = notebookTracker.currentWidget;
                if (!current) {
                    return;
                }
                cell = current.content.activeCell;
                index = current.content.activeCellIndex;
            }
            // Create a MainAreaWidget
            const content = new lib_Private.ClonedOutputArea({
                notebook: current,
                cell,
                index,
                translator
            });
            const widget = new lib_index_js_.MainAreaWidget({ content });
            current.context.addSibling(widget, {
                ref: current.id,
                mode: 'split-bottom',
                type: 'Cloned Output'
            });
            const updateCloned = () => {
                void clonedOutputs.save(widget);
            };
            current.context.pathChanged.connect(updateCloned);
            (_a = current.context.model) === null || _a === void 0 ? void 0 : _a.cells.changed.connect(updateCloned);
            // Add the cloned output to the output widget tracker.
            void clonedOutputs.add(widget);
            // Remove the output view if the parent notebook is closed.
            current.content.disposed.connect(() => {
                var _a;
                current.context.pathChanged.disconnect(updateCloned);
                (_a = current.context.model) === null || _a === void 0 ? void 0 : _a.cells.changed.disconnect(updateCloned);
                widget.dispose();
            });
        },
        isEnabled: isEnabledAndSingleSelected,
        describedBy: {
            args: {
                type: 'object',
                properties: {
                    path: {
                        type: 'string',
                        description: trans.__('The path to the notebook containing the cell')
                    },
                    index: {
                        type: 'number',
                        description: trans.__('The index of the cell to create an output view for')
                    }
                }
            }
        }
    });
}
/**
 * Activate the plugin to add code console functionalities
 */
function activateCodeConsole(app, tracker, translator) {
    const trans = translator.load('jupyterlab');
    const { commands, shell } = app;
    const isEnabled = () => lib_Private.isEnabled(shell, tracker);
    commands.addCommand(lib_CommandIDs.createConsole, {
        label: trans.__('New Console for Notebook'),
        execute: args => {
            const current = tracker.currentWidget;
            if (!current) {
                return;
            }
            return lib_Private.createConsole(commands, current, args['activate']);
        },
        isEnabled,
        describedBy: {
            args: {
                type: 'object',
                properties: {
                    activate: {
                        type: 'boolean',
                        description: trans.__('Whether to activate the console after creation')
                    }
                }
            }
        }
    });
    commands.addCommand(lib_CommandIDs.createSubshellConsole, {
        label: trans.__('New Subshell Console for Notebook'),
        execute: args => {
            const current = tracker.currentWidget;
            if (!current) {
                return;
            }
            return lib_Private.createConsole(commands, current, args['activate'], true);
        },
        isEnabled,
        isVisible: () => {
            var _a, _b, _c;
            const kernel = (_b = (_a = tracker.currentWidget) === null || _a === void 0 ? void 0 : _a.context.sessionContext.session) === null || _b === void 0 ? void 0 : _b.kernel;
            return (_c = kernel === null || kernel === void 0 ? void 0 : kernel.supportsSubshells) !== null && _c !== void 0 ? _c : false;
        },
        describedBy: {
            args: {
                type: 'object',
                properties: {
                    activate: {
                        type: 'boolean',
                        description: trans.__('Whether to activate the console after creation')
                    }
                }
            }
        }
    });
    commands.addCommand(lib_CommandIDs.runInConsole, {
        label: trans.__('Run Selected Text or Current Line in Console'),
        execute: async (args) => {
            var _a, _b;
            // Default to not activating the notebook (thereby putting the notebook
            // into command mode)
            const current = tracker.currentWidget;
            if (!current) {
                return;
            }
            const { context, content } = current;
            const cell = content.activeCell;
            const metadata = cell === null || cell === void 0 ? void 0 : cell.model.metadata;
            const path = context.path;
            // ignore action in non-code cell
            if (!cell || cell.model.type !== 'code') {
                return;
            }
            let code;
            const editor = cell.editor;
            if (!editor) {
                return;
            }
            const selection = editor.getSelection();
            const { start, end } = selection;
            const selected = start.column !== end.column || start.line !== end.line;
            if (selected) {
                // Get the selected code from the editor.
                const start = editor.getOffsetAt(selection.start);
                const end = editor.getOffsetAt(selection.end);
                code = editor.model.sharedModel.getSource().substring(start, end);
            }
            else {
                // no selection, find the complete statement around the current line
                const cursor = editor.getCursorPosition();
                const srcLines = editor.model.sharedModel.getSource().split('\n');
                let curLine = selection.start.line;
                while (curLine < editor.lineCount &&
                    !srcLines[curLine].replace(/\s/g, '').length) {
                    curLine += 1;
                }
                // if curLine > 0, we first do a search from beginning
                let fromFirst = curLine > 0;
                let firstLine = 0;
                let lastLine = firstLine + 1;
                while (true) {
                    code = srcLines.slice(firstLine, lastLine).join('\n');
                    const reply = await ((_b = (_a = current.context.sessionContext.session) === null || _a === void 0 ? void 0 : _a.kernel) === null || _b === void 0 ? void 0 : _b.requestIsComplete({
                        // ipython needs an empty line at the end to correctly identify completeness of indented code
                        code: code + '\n\n'
                    }));
                    if ((reply === null || reply === void 0 ? void 0 : reply.content.status) === 'complete') {
                        if (curLine < lastLine) {
                            // we find a block of complete statement containing the current line, great!
                            while (lastLine < editor.lineCount &&
                                !srcLines[lastLine].replace(/\s/g, '').length) {
                                lastLine += 1;
                            }
                            editor.setCursorPosition({
                                line: lastLine,
                                column: cursor.column
                            });
                            break;
                        }
                        else {
                            // discard the complete statement before the current line and continue
                            firstLine = lastLine;
                            lastLine = firstLine + 1;
                        }
                    }
                    else if (lastLine < editor.lineCount) {
                        // if incomplete and there are more lines, add the line and check again
                        lastLine += 1;
                    }
                    else if (fromFirst) {
                        // we search from the first line and failed, we search again from current line
                        firstLine = curLine;
                        lastLine = curLine + 1;
                        fromFirst = false;
                    }
                    else {
                        // if we have searched both from first line and from current line and we
                        // cannot find anything, we submit the current line.
                        code = srcLines[curLine];
                        while (curLine + 1 < editor.lineCount &&
                            !srcLines[curLine + 1].replace(/\s/g, '').length) {
                            curLine += 1;
                        }
                        editor.setCursorPosition({
                            line: curLine + 1,
                            column: cursor.column
                        });
                        break;
                    }
                }
            }
            if (!code) {
                return;
            }
            await commands.execute('console:open', {
                activate: false,
                insertMode: 'split-bottom',
                path
            });
            await commands.execute('console:inject', {
                activate: false,
                code,
                path,
                metadata
            });
        },
        isEnabled,
        describedBy: {
            args: {
                type: 'object',
                properties: {}
            }
        }
    });
}
/**
 * Activate the output copying extension
 */
function activateCopyOutput(app, translator, tracker) {
    const trans = translator.load('jupyterlab');
    /**
     * Copy the contents of an HTMLElement to the system clipboard
     */
    function copyElement(e) {
        const sel = window.getSelection();
        if (sel == null) {
            return;
        }
        // Save the current selection.
        const savedRanges = [];
        for (let i = 0; i < sel.rangeCount; ++i) {
            savedRanges[i] = sel.getRangeAt(i).cloneRange();
        }
        const range = document.createRange();
        range.selectNodeContents(e);
        sel.removeAllRanges();
        sel.addRange(range);
        document.execCommand('copy');
        // Restore the saved selection.
        sel.removeAllRanges();
        savedRanges.forEach(r => sel.addRange(r));
    }
    app.commands.addCommand(lib_CommandIDs.copyToClipboard, {
        label: trans.__('Copy Output to Clipboard'),
        execute: args => {
            var _a;
            const cell = (_a = tracker.currentWidget) === null || _a === void 0 ? void 0 : _a.content.activeCell;
            if (cell == null) {
                return;
            }
            const output = cell.outputArea.outputTracker.currentWidget;
            if (output == null) {
                return;
            }
            const outputAreaAreas = output.node.getElementsByClassName('jp-OutputArea-output');
            if (outputAreaAreas.length > 0) {
                const area = outputAreaAreas[0];
                copyElement(area);
            }
        },
        describedBy: {
            args: {
                type: 'object',
                properties: {}
            }
        }
    });
    app.contextMenu.addItem({
        command: lib_CommandIDs.copyToClipboard,
        selector: '.jp-Notebook .jp-OutputArea-child',
        rank: 0
    });
}
/**
 * Activate the notebook handler extension.
 */
function activateNotebookHandler(app, factory, extensions, executor, palette, defaultBrowser, launcher, restorer, mainMenu, router, settingRegistry, sessionDialogs_, translator_, formRegistry, filebrowserFactory) {
    (0,notebook_lib_index_js_.setCellExecutor)(executor);
    const translator = translator_ !== null && translator_ !== void 0 ? translator_ : translation_lib_index_js_.nullTranslator;
    const sessionDialogs = sessionDialogs_ !== null && sessionDialogs_ !== void 0 ? sessionDialogs_ : new lib_index_js_.SessionContextDialogs({ translator });
    const trans = translator.load('jupyterlab');
    const services = app.serviceManager;
    const { commands, shell } = app;
    const tracker = new notebook_lib_index_js_.NotebookTracker({ namespace: 'notebook' });
    // Use the router to deal with hash navigation
    function onRouted(router, location) {
        if (location.hash && tracker.currentWidget) {
            tracker.currentWidget.setFragment(location.hash);
        }
    }
    router === null || router === void 0 ? void 0 : router.routed.connect(onRouted);
    const isEnabled = () => {
        return lib_Private.isEnabled(shell, tracker);
    };
    const setSideBySideOutputRatio = (sideBySideOutputRatio) => document.documentElement.style.setProperty('--jp-side-by-side-output-size', `${sideBySideOutputRatio}fr`);
    // Fetch settings if possible.
    const fetchSettings = settingRegistry
        ? settingRegistry.load(trackerPlugin.id)
        : Promise.reject(new Error(`No setting registry for ${trackerPlugin.id}`));
    fetchSettings
        .then(settings => {
        updateConfig(settings);
        settings.changed.connect(() => {
            updateConfig(settings);
            commands.notifyCommandChanged(lib_CommandIDs.virtualScrollbar);
        });
        const updateSessionSettings = (session, changes) => {
            const { newValue, oldValue } = changes;
            const autoStartDefault = newValue.autoStartDefault;
            if (typeof autoStartDefault === 'boolean' &&
                autoStartDefault !== oldValue.autoStartDefault) {
                // Ensure we break the cycle
                if (autoStartDefault !==
                    settings.get('autoStartDefaultKernel').composite)
                    // Once the settings is changed `updateConfig` will take care
                    // of the propagation to existing session context.
                    settings
                        .set('autoStartDefaultKernel', autoStartDefault)
                        .catch(reason => {
                        console.error(`Failed to set ${settings.id}.autoStartDefaultKernel`);
                    });
            }
        };
        const sessionContexts = new WeakSet();
        const listenToKernelPreference = (panel) => {
            const session = panel.context.sessionContext;
            if (!session.isDisposed && !sessionContexts.has(session)) {
                sessionContexts.add(session);
                session.kernelPreferenceChanged.connect(updateSessionSettings);
                session.disposed.connect(() => {
                    session.kernelPreferenceChanged.disconnect(updateSessionSettings);
                });
            }
        };
        tracker.forEach(listenToKernelPreference);
        tracker.widgetAdded.connect((tracker, panel) => {
            listenToKernelPreference(panel);
        });
        commands.addCommand(lib_CommandIDs.autoClosingBrackets, {
            execute: args => {
                var _a;
                const codeConfig = settings.get('codeCellConfig')
                    .composite;
                const markdownConfig = settings.get('markdownCellConfig')
                    .composite;
                const rawConfig = settings.get('rawCellConfig')
                    .composite;
                const anyToggled = codeConfig.autoClosingBrackets ||
                    markdownConfig.autoClosingBrackets ||
                    rawConfig.autoClosingBrackets;
                const toggled = !!((_a = args['force']) !== null && _a !== void 0 ? _a : !anyToggled);
                [
                    codeConfig.autoClosingBrackets,
                    markdownConfig.autoClosingBrackets,
                    rawConfig.autoClosingBrackets
                ] = [toggled, toggled, toggled];
                void settings.set('codeCellConfig', codeConfig);
                void settings.set('markdownCellConfig', markdownConfig);
                void settings.set('rawCellConfig', rawConfig);
            },
            label: trans.__('Auto Close Brackets for All Notebook Cell Types'),
            isToggled: () => ['codeCellConfig', 'markdownCellConfig', 'rawCellConfig'].some(x => {
                var _a;
                return ((_a = settings.get(x).composite.autoClosingBrackets) !== null && _a !== void 0 ? _a : extensions.baseConfiguration['autoClosingBrackets']) === true;
            }),
            describedBy: {
                args: {
                    type: 'object',
                    properties: {
                        force: {
                            type: 'boolean',
                            description: trans.__('Force toggling the auto closing brackets setting')
                        }
                    }
                }
            }
        });
        commands.addCommand(lib_CommandIDs.setSideBySideRatio, {
            label: trans.__('Set side-by-side ratio'),
            execute: args => {
                lib_index_js_.InputDialog.getNumber({
                    title: trans.__('Width of the output in side-by-side mode'),
                    value: settings.get('sideBySideOutputRatio').composite
                })
                    .then(result => {
                    setSideBySideOutputRatio(result.value);
                    if (result.value) {
                        void settings.set('sideBySideOutputRatio', result.value);
                    }
                })
                    .catch(console.error);
            },
            describedBy: {
                args: {
                    type: 'object',
                    properties: {}
                }
            }
        });
        addCommands(app, tracker, translator, sessionDialogs, settings, isEnabled);
    })
        .catch((reason) => {
        console.warn(reason.message);
        updateTracker({
            editorConfig: factory.editorConfig,
            notebookConfig: factory.notebookConfig,
            kernelShutdown: factory.shutdownOnClose,
            autoStartDefault: factory.autoStartDefault
        });
        addCommands(app, tracker, translator, sessionDialogs, null, isEnabled);
    });
    if (formRegistry) {
        const CMRenderer = formRegistry.getRenderer('@jupyterlab/codemirror-extension:plugin.defaultConfig');
        if (CMRenderer) {
            formRegistry.addRenderer('@jupyterlab/notebook-extension:tracker.codeCellConfig', CMRenderer);
            formRegistry.addRenderer('@jupyterlab/notebook-extension:tracker.markdownCellConfig', CMRenderer);
            formRegistry.addRenderer('@jupyterlab/notebook-extension:tracker.rawCellConfig', CMRenderer);
        }
    }
    // Handle state restoration.
    if (restorer) {
        void restorer.restore(tracker, {
            command: 'docmanager:open',
            args: panel => ({ path: panel.context.path, factory: FACTORY }),
            name: panel => panel.context.path,
            when: services.ready
        });
    }
    const registry = app.docRegistry;
    const modelFactory = new notebook_lib_index_js_.NotebookModelFactory({
        disableDocumentWideUndoRedo: factory.notebookConfig.disableDocumentWideUndoRedo,
        collaborative: true
    });
    registry.addModelFactory(modelFactory);
    if (palette) {
        populatePalette(palette, translator);
    }
    let id = 0; // The ID counter for notebook panels.
    const ft = app.docRegistry.getFileType('notebook');
    factory.widgetCreated.connect((sender, widget) => {
        var _a, _b, _c;
        // If the notebook panel does not have an ID, assign it one.
        widget.id = widget.id || `notebook-${++id}`;
        widget.content.node.setAttribute('data-trust-command', lib_CommandIDs.trust);
        // Set up the title icon
        widget.title.icon = ft === null || ft === void 0 ? void 0 : ft.icon;
        widget.title.iconClass = (_a = ft === null || ft === void 0 ? void 0 : ft.iconClass) !== null && _a !== void 0 ? _a : '';
        widget.title.iconLabel = (_b = ft === null || ft === void 0 ? void 0 : ft.iconLabel) !== null && _b !== void 0 ? _b : '';
        widget.content.scrollbar = (_c = factory.notebookConfig.showMinimap) !== null && _c !== void 0 ? _c : false;
        // Notify the widget tracker if restore data needs to update.
        widget.context.pathChanged.connect(() => {
            void tracker.save(widget);
        });
        // Add the notebook panel to the tracker.
        void tracker.add(widget);
    });
    /**
     * Update the settings of the current tracker.
     */
    function updateTracker(options) {
        tracker.forEach(widget => {
            var _a;
            widget.setConfig(options);
            widget.content.scrollbar = (_a = options.notebookConfig.showMinimap) !== null && _a !== void 0 ? _a : false;
        });
    }
    /**
     * Update the setting values.
     */
    function updateConfig(settings) {
        const code = {
            ...notebook_lib_index_js_.StaticNotebook.defaultEditorConfig.code,
            ...settings.get('codeCellConfig').composite
        };
        const markdown = {
            ...notebook_lib_index_js_.StaticNotebook.defaultEditorConfig.markdown,
            ...settings.get('markdownCellConfig').composite
        };
        const raw = {
            ...notebook_lib_index_js_.StaticNotebook.defaultEditorConfig.raw,
            ...settings.get('rawCellConfig').composite
        };
        factory.editorConfig = { code, markdown, raw };
        factory.notebookConfig = {
            enableKernelInitNotification: settings.get('enableKernelInitNotification')
                .composite,
            autoRenderMarkdownCells: settings.get('autoRenderMarkdownCells')
                .composite,
            showHiddenCellsButton: settings.get('showHiddenCellsButton')
                .composite,
            scrollPastEnd: settings.get('scrollPastEnd').composite,
            defaultCell: settings.get('defaultCell').composite,
            recordTiming: settings.get('recordTiming').composite,
            overscanCount: settings.get('overscanCount').composite,
            showInputPlaceholder: settings.get('showInputPlaceholder')
                .composite,
            inputHistoryScope: settings.get('inputHistoryScope').composite,
            maxNumberOutputs: settings.get('maxNumberOutputs').composite,
            showEditorForReadOnlyMarkdown: settings.get('showEditorForReadOnlyMarkdown').composite,
            disableDocumentWideUndoRedo: !settings.get('documentWideUndoRedo')
                .composite,
            renderingLayout: settings.get('renderingLayout').composite,
            sideBySideLeftMarginOverride: settings.get('sideBySideLeftMarginOverride')
                .composite,
            sideBySideRightMarginOverride: settings.get('sideBySideRightMarginOverride').composite,
            sideBySideOutputRatio: settings.get('sideBySideOutputRatio')
                .composite,
            windowingMode: settings.get('windowingMode').composite,
            accessKernelHistory: settings.get('accessKernelHistory')
                .composite,
            showMinimap: settings.get('showMinimap').composite
        };
        setSideBySideOutputRatio(factory.notebookConfig.sideBySideOutputRatio);
        const sideBySideMarginStyle = `.jp-mod-sideBySide.jp-Notebook .jp-Notebook-cell {
      margin-left: ${factory.notebookConfig.sideBySideLeftMarginOverride} !important;
      margin-right: ${factory.notebookConfig.sideBySideRightMarginOverride} !important;
    }`;
        const sideBySideMarginTag = document.getElementById(SIDE_BY_SIDE_STYLE_ID);
        if (sideBySideMarginTag) {
            sideBySideMarginTag.textContent = sideBySideMarginStyle;
        }
        else {
            const style = document.createElement('style');
            style.id = SIDE_BY_SIDE_STYLE_ID;
            style.textContent = sideBySideMarginStyle;
            document.head.appendChild(style);
        }
        factory.autoStartDefault = settings.get('autoStartDefaultKernel')
            .composite;
        factory.shutdownOnClose = settings.get('kernelShutdown')
            .composite;
        modelFactory.disableDocumentWideUndoRedo = !settings.get('documentWideUndoRedo').composite;
        updateTracker({
            editorConfig: factory.editorConfig,
            notebookConfig: factory.notebookConfig,
            kernelShutdown: factory.shutdownOnClose,
            autoStartDefault: factory.autoStartDefault
        });
    }
    // Add main menu notebook menu.
    if (mainMenu) {
        populateMenus(mainMenu, isEnabled);
    }
    // Utility function to create a new notebook.
    const createNew = async (cwd, kernelId, kernelName) => {
        const model = await commands.execute('docmanager:new-untitled', {
            path: cwd,
            type: 'notebook'
        });
        if (model !== undefined) {
            const widget = (await commands.execute('docmanager:open', {
                path: model.path,
                factory: FACTORY,
                kernel: { id: kernelId, name: kernelName }
            }));
            widget.isUntitled = true;
            return widget;
        }
    };
    // Add a command for creating a new notebook.
    commands.addCommand(lib_CommandIDs.createNew, {
        label: args => {
            var _a, _b, _c;
            const kernelName = args['kernelName'] || '';
            if (args['isLauncher'] && args['kernelName'] && services.kernelspecs) {
                return ((_c = (_b = (_a = services.kernelspecs.specs) === null || _a === void 0 ? void 0 : _a.kernelspecs[kernelName]) === null || _b === void 0 ? void 0 : _b.display_name) !== null && _c !== void 0 ? _c : '');
            }
            if (args['isPalette'] || args['isContextMenu']) {
                return trans.__('New Notebook');
            }
            return trans.__('Notebook');
        },
        caption: trans.__('Create a new notebook'),
        icon: args => (args['isPalette'] ? undefined : ui_components_lib_index_js_.notebookIcon),
        execute: args => {
            var _a, _b;
            const currentBrowser = (_a = filebrowserFactory === null || filebrowserFactory === void 0 ? void 0 : filebrowserFactory.tracker.currentWidget) !== null && _a !== void 0 ? _a : defaultBrowser;
            const cwd = args['cwd'] || ((_b = currentBrowser === null || currentBrowser === void 0 ? void 0 : currentBrowser.model.path) !== null && _b !== void 0 ? _b : '');
            const kernelId = args['kernelId'] || '';
            const kernelName = args['kernelName'] || '';
            return createNew(cwd, kernelId, kernelName);
        },
        describedBy: {
            args: {
                type: 'object',
                properties: {
                    cwd: {
                        type: 'string',
                        description: trans.__('Current working directory for the new notebook')
                    },
                    kernelId: {
                        type: 'string',
                        description: trans.__('Kernel ID to use for the new notebook')
                    },
                    kernelName: {
                        type: 'string',
                        description: trans.__('Kernel name to use for the new notebook')
                    },
                    isLauncher: {
                        type: 'boolean',
                        description: trans.__('Whether the command is executed from launcher')
                    },
                    isPalette: {
                        type: 'boolean',
                        description: trans.__('Whether the command is executed from palette')
                    },
                    isContextMenu: {
                        type: 'boolean',
                        description: trans.__('Whether the command is executed from context menu')
                    }
                }
            }
        }
    });
    // Add a launcher item if the launcher is available.
    if (launcher) {
        void services.ready.then(() => {
            let disposables = null;
            const onSpecsChanged = () => {
                if (disposables) {
                    disposables.dispose();
                    disposables = null;
                }
                const specs = services.kernelspecs.specs;
                if (!specs) {
                    return;
                }
                disposables = new dist_index_es6_js_.DisposableSet();
                for (const name in specs.kernelspecs) {
                    const rank = name === specs.default ? 0 : Infinity;
                    const spec = specs.kernelspecs[name];
                    const kernelIconUrl = spec.resources['logo-svg'] || spec.resources['logo-64x64'];
                    disposables.add(launcher.add({
                        command: lib_CommandIDs.createNew,
                        args: { isLauncher: true, kernelName: name },
                        category: trans.__('Notebook'),
                        rank,
                        kernelIconUrl,
                        metadata: {
                            kernel: dist_index_js_.JSONExt.deepCopy(spec.metadata || {})
                        }
                    }));
                }
            };
            onSpecsChanged();
            services.kernelspecs.specsChanged.connect(onSpecsChanged);
        });
    }
    return tracker;
}
/**
 * Activate the completer service for notebook.
 */
function activateNotebookCompleterService(app, notebooks, manager, translator, appSanitizer) {
    if (!manager) {
        return;
    }
    const trans = (translator !== null && translator !== void 0 ? translator : translation_lib_index_js_.nullTranslator).load('jupyterlab');
    const sanitizer = appSanitizer !== null && appSanitizer !== void 0 ? appSanitizer : new lib_index_js_.Sanitizer();
    app.commands.addCommand(lib_CommandIDs.invokeCompleter, {
        label: trans.__('Display the completion helper.'),
        execute: args => {
            var _a;
            const panel = notebooks.currentWidget;
            if (panel && ((_a = panel.content.activeCell) === null || _a === void 0 ? void 0 : _a.model.type) === 'code') {
                manager.invoke(panel.id);
            }
        },
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
    app.commands.addCommand(lib_CommandIDs.selectCompleter, {
        label: trans.__('Select the completion suggestion.'),
        execute: () => {
            const id = notebooks.currentWidget && notebooks.currentWidget.id;
            if (id) {
                return manager.select(id);
            }
        },
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
    app.commands.addKeyBinding({
        command: lib_CommandIDs.selectCompleter,
        keys: ['Enter'],
        selector: '.jp-Notebook .jp-mod-completer-active'
    });
    const updateCompleter = async (_, notebook) => {
        var _a, _b;
        const completerContext = {
            editor: (_b = (_a = notebook.content.activeCell) === null || _a === void 0 ? void 0 : _a.editor) !== null && _b !== void 0 ? _b : null,
            session: notebook.sessionContext.session,
            widget: notebook,
            sanitizer: sanitizer
        };
        await manager.updateCompleter(completerContext);
        notebook.content.activeCellChanged.connect((_, cell) => {
            // Ensure the editor will exist on the cell before adding the completer
            cell === null || cell === void 0 ? void 0 : cell.ready.then(() => {
                const newCompleterContext = {
                    editor: cell.editor,
                    session: notebook.sessionContext.session,
                    widget: notebook,
                    sanitizer: sanitizer
                };
                return manager.updateCompleter(newCompleterContext);
            }).catch(console.error);
        });
        notebook.sessionContext.sessionChanged.connect(() => {
            var _a;
            // Ensure the editor will exist on the cell before adding the completer
            (_a = notebook.content.activeCell) === null || _a === void 0 ? void 0 : _a.ready.then(() => {
                var _a, _b;
                const newCompleterContext = {
                    editor: (_b = (_a = notebook.content.activeCell) === null || _a === void 0 ? void 0 : _a.editor) !== null && _b !== void 0 ? _b : null,
                    session: notebook.sessionContext.session,
                    widget: notebook
                };
                return manager.updateCompleter(newCompleterContext);
            }).catch(console.error);
        });
    };
    notebooks.widgetAdded.connect(updateCompleter);
    manager.activeProvidersChanged.connect(() => {
        notebooks.forEach(panel => {
            updateCompleter(undefined, panel).catch(e => console.error(e));
        });
    });
}
/**
 * Activate the language server for notebook.
 */
function activateNotebookLanguageServer(app, notebooks, connectionManager, featureManager, codeExtractorManager, adapterTracker) {
    notebooks.widgetAdded.connect(async (_, notebook) => {
        const adapter = new notebook_lib_index_js_.NotebookAdapter(notebook, {
            connectionManager,
            featureManager,
            foreignCodeExtractorsManager: codeExtractorManager
        });
        adapterTracker.add(adapter);
    });
}
// Get the current widget and activate unless the args specify otherwise.
function getCurrent(tracker, shell, args) {
    var _a, _b;
    let widget = null;
    // Check for panelId in args (used by cell toolbars)
    if (args[cell_toolbar_lib_index_js_.CellBarExtension.WIDGET_ID_ARG]) {
        widget =
            (_a = tracker.find(panel => panel.id === args[cell_toolbar_lib_index_js_.CellBarExtension.WIDGET_ID_ARG])) !== null && _a !== void 0 ? _a : null;
    }
    else if (args[lib_index_js_.SemanticCommand.WIDGET]) {
        widget =
            (_b = tracker.find(panel => panel.id === args[lib_index_js_.SemanticCommand.WIDGET])) !== null && _b !== void 0 ? _b : null;
    }
    else {
        widget = tracker.currentWidget;
    }
    const activate = args['activate'] !== false;
    if (activate && widget) {
        shell.activateById(widget.id);
    }
    return widget;
}
// Whether all selected code cells have output scrolling enabled.
function isOutputScrollingEnabled(notebook) {
    if (!notebook.model || !notebook.activeCell) {
        return false;
    }
    let hasCodeCell = false;
    for (const cell of notebook.widgets) {
        if (notebook.isSelectedOrActive(cell) && cell.model.type === 'code') {
            hasCodeCell = true;
            if (!cell.outputsScrolled) {
                return false;
            }
        }
    }
    return hasCodeCell;
}
/**
 * Add the notebook commands to the application's command registry.
 */
function addCommands(app, tracker, translator, sessionDialogs, settings, isEnabled) {
    var _a;
    const trans = translator.load('jupyterlab');
    const { commands, shell } = app;
    const isEnabledAndSingleSelected = () => {
        return lib_Private.isEnabledAndSingleSelected(shell, tracker);
    };
    const refreshCellCollapsed = (notebook) => {
        var _a, _b;
        for (const cell of notebook.widgets) {
            if (cell instanceof cells_lib_index_js_.MarkdownCell && cell.headingCollapsed) {
                cell
                    .getHeadings()
                    .then(() => {
                    // Heading parsing is async; avoid restoring an outdated collapse
                    // state if the heading has been expanded in the meantime.
                    if (cell.isDisposed || !cell.headingCollapsed) {
                        return;
                    }
                    notebook_lib_index_js_.NotebookActions.setHeadingCollapse(cell, true, notebook);
                })
                    .catch(error => {
                    console.warn('Failed to resolve headings: ', error);
                });
            }
            if (cell.model.id === ((_b = (_a = notebook.activeCell) === null || _a === void 0 ? void 0 : _a.model) === null || _b === void 0 ? void 0 : _b.id)) {
                notebook_lib_index_js_.NotebookActions.expandParent(cell, notebook);
            }
        }
    };
    const isEnabledAndHeadingSelected = () => {
        return lib_Private.isEnabledAndHeadingSelected(shell, tracker);
    };
    const executePaste = async (notebook, mode) => {
        var _a;
        const stripOutputs = !!((_a = settings === null || settings === void 0 ? void 0 : settings.get('pasteCodeCellsWithoutOutput')) === null || _a === void 0 ? void 0 : _a.composite);
        if (settings === null || settings === void 0 ? void 0 : settings.get('useSystemClipboardForCells').composite) {
            await notebook_lib_index_js_.NotebookActions.pasteFromSystemClipboard(notebook, mode, {
                stripOutputs
            });
        }
        else {
            notebook_lib_index_js_.NotebookActions.paste(notebook, mode, { stripOutputs });
        }
    };
    // Set up signal handler to keep the collapse state consistent
    tracker.currentChanged.connect((sender, panel) => {
        var _a, _b;
        if (!((_b = (_a = panel === null || panel === void 0 ? void 0 : panel.content) === null || _a === void 0 ? void 0 : _a.model) === null || _b === void 0 ? void 0 : _b.cells)) {
            return;
        }
        panel.content.model.cells.changed.connect((list, args) => {
            // Might be overkill to refresh this every time, but
            // it helps to keep the collapse state consistent.
            refreshCellCollapsed(panel.content);
        });
        panel.content.activeCellChanged.connect((notebook, cell) => {
            notebook_lib_index_js_.NotebookActions.expandParent(cell, notebook);
        });
    });
    tracker.selectionChanged.connect(() => {
        commands.notifyCommandChanged(lib_CommandIDs.duplicateBelow);
        commands.notifyCommandChanged(lib_CommandIDs.deleteCell);
        commands.notifyCommandChanged(lib_CommandIDs.copySelectedtext);
        commands.notifyCommandChanged(lib_CommandIDs.pasteText);
        commands.notifyCommandChanged(lib_CommandIDs.cutSelectedtext);
        commands.notifyCommandChanged(lib_CommandIDs.copy);
        commands.notifyCommandChanged(lib_CommandIDs.cut);
        commands.notifyCommandChanged(lib_CommandIDs.pasteBelow);
        commands.notifyCommandChanged(lib_CommandIDs.pasteAbove);
        commands.notifyCommandChanged(lib_CommandIDs.pasteAndReplace);
        commands.notifyCommandChanged(lib_CommandIDs.moveUp);
        commands.notifyCommandChanged(lib_CommandIDs.moveDown);
        commands.notifyCommandChanged(lib_CommandIDs.run);
        commands.notifyCommandChanged(lib_CommandIDs.runAll);
        commands.notifyCommandChanged(lib_CommandIDs.runAndAdvance);
        commands.notifyCommandChanged(lib_CommandIDs.runAndInsert);
    });
    tracker.activeCellChanged.connect(() => {
        commands.notifyCommandChanged(lib_CommandIDs.deleteCell);
        commands.notifyCommandChanged(lib_CommandIDs.moveUp);
        commands.notifyCommandChanged(lib_CommandIDs.moveDown);
        commands.notifyCommandChanged(lib_CommandIDs.selectLastModifiedCell);
        commands.notifyCommandChanged(lib_CommandIDs.selectNextModifiedCell);
    });
    tracker.widgetAdded.connect((_, panel) => {
        panel.content.stateChanged.connect((_, args) => {
            if (args.name === 'lastModifiedCellStack') {
                commands.notifyCommandChanged(lib_CommandIDs.selectLastModifiedCell);
                commands.notifyCommandChanged(lib_CommandIDs.selectNextModifiedCell);
            }
        });
    });
    commands.addCommand(lib_CommandIDs.runAndAdvance, {
        label: args => {
            var _a;
            const current = getCurrent(tracker, shell, { ...args, activate: false });
            return trans._n('Run Selected Cell', 'Run Selected Cells', (_a = current === null || current === void 0 ? void 0 : current.content.selectedCells.length) !== null && _a !== void 0 ? _a : 1);
        },
        caption: args => {
            var _a;
            const current = getCurrent(tracker, shell, { ...args, activate: false });
            return trans._n('Run this cell and advance', 'Run these %1 cells and advance', (_a = current === null || current === void 0 ? void 0 : current.content.selectedCells.length) !== null && _a !== void 0 ? _a : 1);
        },
        execute: args => {
            const current = getCurrent(tracker, shell, args);
            if (current) {
                const { context, content } = current;
                return notebook_lib_index_js_.NotebookActions.runAndAdvance(content, context.sessionContext, sessionDialogs, translator);
            }
        },
        isEnabled: args => (args.toolbar ? true : isEnabled()),
        icon: args => (args.toolbar ? ui_components_lib_index_js_.runIcon : undefined),
        describedBy: {
            args: {
                type: 'object',
                properties: {
                    toolbar: {
                        type: 'boolean',
                        description: 'Whether the command is being executed from the toolbar'
                    },
                    activate: {
                        type: 'boolean',
                        description: trans.__('Whether to activate the notebook after execution')
                    }
                }
            }
        }
    });
    commands.addCommand(lib_CommandIDs.run, {
        label: args => {
            var _a;
            const current = getCurrent(tracker, shell, { ...args, activate: false });
            return trans._n('Run Selected Cell and Do not Advance', 'Run Selected Cells and Do not Advance', (_a = current === null || current === void 0 ? void 0 : current.content.selectedCells.length) !== null && _a !== void 0 ? _a : 1);
        },
        execute: args => {
            const current = getCurrent(tracker, shell, args);
            if (current) {
                const { context, content } = current;
                return notebook_lib_index_js_.NotebookActions.run(content, context.sessionContext, sessionDialogs, translator);
            }
        },
        isEnabled,
        describedBy: {
            args: {
                type: 'object',
                properties: {
                    activate: {
                        type: 'boolean',
                        description: trans.__('Whether to activate the notebook after execution')
                    }
                }
            }
        }
    });
    commands.addCommand(lib_CommandIDs.runAndInsert, {
        label: args => {
            var _a;
            const current = getCurrent(tracker, shell, { ...args, activate: false });
            return trans._n('Run Selected Cell and Insert Below', 'Run Selected Cells and Insert Below', (_a = current === null || current === void 0 ? void 0 : current.content.selectedCells.length) !== null && _a !== void 0 ? _a : 1);
        },
        execute: args => {
            const current = getCurrent(tracker, shell, args);
            if (current) {
                const { context, content } = current;
                return notebook_lib_index_js_.NotebookActions.runAndInsert(content, context.sessionContext, sessionDialogs, translator);
            }
        },
        isEnabled,
        describedBy: {
            args: {
                type: 'object',
                properties: {
                    activate: {
                        type: 'boolean',
                        description: trans.__('Whether to activate the notebook after execution')
                    }
                }
            }
        }
    });
    commands.addCommand(lib_CommandIDs.runAll, {
        label: trans.__('Run All Cells'),
        caption: trans.__('Run all cells'),
        execute: args => {
            const current = getCurrent(tracker, shell, args);
            if (current) {
                const { context, content } = current;
                return notebook_lib_index_js_.NotebookActions.runAll(content, context.sessionContext, sessionDialogs, translator);
            }
        },
        isEnabled,
        describedBy: {
            args: {
                type: 'object',
                properties: {}
            }
        }
    });
    commands.addCommand(lib_CommandIDs.runAllAbove, {
        label: trans.__('Run All Above Selected Cell'),
        execute: args => {
            const current = getCurrent(tracker, shell, args);
            if (current) {
                const { context, content } = current;
                return notebook_lib_index_js_.NotebookActions.runAllAbove(content, context.sessionContext, sessionDialogs, translator);
            }
        },
        isEnabled: () => {
            // Can't run above if there are multiple cells selected,
            // or if we are at the top of the notebook.
            return (isEnabledAndSingleSelected() &&
                tracker.currentWidget.content.activeCellIndex !== 0);
        },
        describedBy: {
            args: {
                type: 'object',
                properties: {}
            }
        }
    });
    commands.addCommand(lib_CommandIDs.runAllBelow, {
        label: trans.__('Run Selected Cell and All Below'),
        execute: args => {
            const current = getCurrent(tracker, shell, args);
            if (current) {
                const { context, content } = current;
                return notebook_lib_index_js_.NotebookActions.runAllBelow(content, context.sessionContext, sessionDialogs, translator);
            }
        },
        isEnabled: () => {
            // Can't run below if there are multiple cells selected,
            // or if we are at the bottom of the notebook.
            return (isEnabledAndSingleSelected() &&
                (tracker.currentWidget.content.widgets.length === 1 ||
                    tracker.currentWidget.content.activeCellIndex !==
                        tracker.currentWidget.content.widgets.length - 1));
        },
        describedBy: {
            args: {
                type: 'object',
                properties: {}
            }
        }
    });
    commands.addCommand(lib_CommandIDs.renderAllMarkdown, {
        label: trans.__('Render All Markdown Cells'),
        execute: args => {
            const current = getCurrent(tracker, shell, args);
            if (current) {
                const { content } = current;
                return notebook_lib_index_js_.NotebookActions.renderAllMarkdown(content);
            }
        },
        isEnabled,
        describedBy: {
            args: {
                type: 'object',
                properties: {}
            }
        }
    });
    commands.addCommand(lib_CommandIDs.restart, {
        label: trans.__('Restart Kernel…'),
        caption: trans.__('Restart the kernel'),
        execute: args => {
            const current = getCurrent(tracker, shell, args);
            if (current) {
                return sessionDialogs.restart(current.sessionContext);
            }
        },
        isEnabled: args => (args.toolbar ? true : isEnabled()),
        icon: args => (args.toolbar ? ui_components_lib_index_js_.refreshIcon : undefined),
        describedBy: {
            args: {
                type: 'object',
                properties: {
                    toolbar: {
                        type: 'boolean',
                        description: 'Whether the command is being executed from the toolbar'
                    }
                }
            }
        }
    });
    commands.addCommand(lib_CommandIDs.shutdown, {
        label: trans.__('Shut Down Kernel'),
        execute: args => {
            const current = getCurrent(tracker, shell, args);
            if (!current) {
                return;
            }
            return current.context.sessionContext.shutdown();
        },
        isEnabled,
        describedBy: {
            args: {
                type: 'object',
                properties: {}
            }
        }
    });
    commands.addCommand(lib_CommandIDs.closeAndShutdown, {
        label: trans.__('Close and Shut Down Notebook…'),
        execute: args => {
            const current = getCurrent(tracker, shell, args);
            if (!current) {
                return;
            }
            const fileName = current.title.label;
            return (0,lib_index_js_.showDialog)({
                title: trans.__('Shut down the notebook?'),
                body: trans.__('Are you sure you want to close "%1"?', fileName),
                buttons: [lib_index_js_.Dialog.cancelButton(), lib_index_js_.Dialog.warnButton()]
            }).then(result => {
                if (result.button.accept) {
                    return commands
                        .execute(lib_CommandIDs.shutdown, { activate: false })
                        .then(() => {
                        current.dispose();
                    });
                }
            });
        },
        isEnabled,
        describedBy: {
            args: {
                type: 'object',
                properties: {}
            }
        }
    });
    commands.addCommand(lib_CommandIDs.trust, {
        label: () => trans.__('Trust Notebook'),
        execute: async (args) => {
            var _a;
            const trustBoundaryId = args[lib_index_js_.CommandLinker.TRUST_BOUNDARY_ID_ARG];
            const current = typeof trustBoundaryId === 'string'
                ? ((_a = tracker.find(widget => widget.content.node.id === trustBoundaryId)) !== null && _a !== void 0 ? _a : null)
                : getCurrent(tracker, shell, args);
            if (current && !current.isDisposed) {
                const { context, content } = current;
                const trustResult = await notebook_lib_index_js_.NotebookActions.trust(content);
                if (trustResult.trusted) {
                    await context.save();
                }
                return trustResult;
            }
            return { trusted: false };
        },
        isEnabled,
        describedBy: {
            args: {
                type: 'object',
                properties: {
                    [lib_index_js_.CommandLinker.TRUST_BOUNDARY_ID_ARG]: {
                        type: 'string',
                        description: trans.__('The notebook trust boundary ID')
                    }
                }
            }
        }
    });
    commands.addCommand(lib_CommandIDs.restartClear, {
        label: trans.__('Restart Kernel and Clear Outputs of All Cells…'),
        caption: trans.__('Restart the kernel and clear all outputs of all cells'),
        execute: async () => {
            const restarted = await commands.execute(lib_CommandIDs.restart, {
                activate: false
            });
            if (restarted) {
                await commands.execute(lib_CommandIDs.clearAllOutputs);
            }
        },
        isEnabled,
        describedBy: {
            args: {
                type: 'object',
                properties: {}
            }
        }
    });
    commands.addCommand(lib_CommandIDs.restartAndRunToSelected, {
        label: trans.__('Restart Kernel and Run up to Selected Cell…'),
        execute: async (args) => {
            const current = getCurrent(tracker, shell, { activate: false, ...args });
            if (!current) {
                return;
            }
            const { context, content } = current;
            const cells = content.widgets.slice(0, content.activeCellIndex + 1);
            const restarted = await sessionDialogs.restart(current.sessionContext);
            if (restarted) {
                return notebook_lib_index_js_.NotebookActions.runCells(content, cells, context.sessionContext, sessionDialogs, translator);
            }
        },
        isEnabled: isEnabledAndSingleSelected,
        describedBy: {
            args: {
                type: 'object',
                properties: {
                    activate: {
                        type: 'boolean',
                        description: trans.__('Whether to activate the notebook after execution')
                    }
                }
            }
        }
    });
    commands.addCommand(lib_CommandIDs.restartRunAll, {
        label: trans.__('Restart Kernel and Run All Cells…'),
        caption: trans.__('Restart the kernel and run all cells'),
        execute: async (args) => {
            const current = getCurrent(tracker, shell, { activate: false, ...args });
            if (!current) {
                return;
            }
            const { context, content } = current;
            const cells = content.widgets;
            const restarted = await sessionDialogs.restart(current.sessionContext);
            if (restarted) {
                return notebook_lib_index_js_.NotebookActions.runCells(content, cells, context.sessionContext, sessionDialogs, translator);
            }
        },
        isEnabled: args => (args.toolbar ? true : isEnabled()),
        icon: args => (args.toolbar ? ui_components_lib_index_js_.fastForwardIcon : undefined),
        describedBy: {
            args: {
                type: 'object',
                properties: {
                    toolbar: {
                        type: 'boolean',
                        description: 'Whether the command is being executed from the toolbar'
                    },
                    activate: {
                        type: 'boolean',
                        description: trans.__('Whether to activate the notebook after execution')
                    }
                }
            }
        }
    });
    commands.addCommand(lib_CommandIDs.clearAllOutputs, {
        label: trans.__('Clear Outputs of All Cells'),
        caption: trans.__('Clear all outputs of all cells'),
        execute: args => {
            const current = getCurrent(tracker, shell, args);
            if (current) {
                return notebook_lib_index_js_.NotebookActions.clearAllOutputs(current.content);
            }
        },
        isEnabled,
        describedBy: {
            args: {
                type: 'object',
                properties: {}
            }
        }
    });
    commands.addCommand(lib_CommandIDs.clearOutputs, {
        label: trans.__('Clear Cell Output'),
        caption: trans.__('Clear outputs for the selected cells'),
        execute: args => {
            const current = getCurrent(tracker, shell, args);
            if (current) {
                return notebook_lib_index_js_.NotebookActions.clearOutputs(current.content);
            }
        },
        isEnabled,
        describedBy: {
            args: {
                type: 'object',
                properties: {}
            }
        }
    });
    commands.addCommand(lib_CommandIDs.interrupt, {
        label: trans.__('Interrupt Kernel'),
        caption: trans.__('Interrupt the kernel'),
        execute: args => {
            var _a;
            const current = getCurrent(tracker, shell, args);
            if (!current) {
                return;
            }
            const kernel = (_a = current.context.sessionContext.session) === null || _a === void 0 ? void 0 : _a.kernel;
            if (kernel) {
                return kernel.interrupt();
            }
        },
        isEnabled: args => (args.toolbar ? true : isEnabled()),
        icon: args => (args.toolbar ? ui_components_lib_index_js_.stopIcon : undefined),
        describedBy: {
            args: {
                type: 'object',
                properties: {
                    toolbar: {
                        type: 'boolean',
                        description: 'Whether the command is being executed from the toolbar'
                    }
                }
            }
        }
    });
    commands.addCommand(lib_CommandIDs.toCode, {
        label: trans.__('Change to Code Cell Type'),
        execute: args => {
            const current = getCurrent(tracker, shell, args);
            if (current) {
                return notebook_lib_index_js_.NotebookActions.changeCellType(current.content, 'code', translator);
            }
        },
        isEnabled,
        describedBy: {
            args: {
                type: 'object',
                properties: {}
            }
        }
    });
    commands.addCommand(lib_CommandIDs.toMarkdown, {
        label: trans.__('Change to Markdown Cell Type'),
        execute: args => {
            const current = getCurrent(tracker, shell, args);
            if (current) {
                return notebook_lib_index_js_.NotebookActions.changeCellType(current.content, 'markdown', translator);
            }
        },
        isEnabled,
        describedBy: {
            args: {
                type: 'object',
                properties: {}
            }
        }
    });
    commands.addCommand(lib_CommandIDs.toRaw, {
        label: trans.__('Change to Raw Cell Type'),
        execute: args => {
            const current = getCurrent(tracker, shell, args);
            if (current) {
                return notebook_lib_index_js_.NotebookActions.changeCellType(current.content, 'raw', translator);
            }
        },
        isEnabled,
        describedBy: {
            args: {
                type: 'object',
                properties: {}
            }
        }
    });
    commands.addCommand(lib_CommandIDs.cut, {
        label: args => {
            var _a;
            const current = getCurrent(tracker, shell, { ...args, activate: false });
            return trans._n('Cut Cell', 'Cut Cells', (_a = current === null || current === void 0 ? void 0 : current.content.selectedCells.length) !== null && _a !== void 0 ? _a : 1);
        },
        caption: args => {
            var _a;
            const current = getCurrent(tracker, shell, { ...args, activate: false });
            return trans._n('Cut this cell', 'Cut these %1 cells', (_a = current === null || current === void 0 ? void 0 : current.content.selectedCells.length) !== null && _a !== void 0 ? _a : 1);
        },
        execute: async (args) => {
            const current = getCurrent(tracker, shell, args);
            if (current) {
                if (settings === null || settings === void 0 ? void 0 : settings.get('useSystemClipboardForCells').composite) {
                    return await notebook_lib_index_js_.NotebookActions.cutToSystemClipboard(current.content);
                }
                return notebook_lib_index_js_.NotebookActions.cut(current.content);
            }
        },
        icon: args => (args.toolbar ? ui_components_lib_index_js_.cutIcon : undefined),
        isEnabled: args => (args.toolbar ? true : isEnabled()),
        describedBy: {
            args: {
                type: 'object',
                properties: {
                    toolbar: {
                        type: 'boolean',
                        description: 'Whether the command is being executed from the toolbar'
                    },
                    activate: {
                        type: 'boolean',
                        description: trans.__('Whether to activate the notebook after execution')
                    }
                }
            }
        }
    });
    commands.addCommand(lib_CommandIDs.copy, {
        label: args => {
            var _a;
            const current = getCurrent(tracker, shell, { ...args, activate: false });
            return trans._n('Copy Cell', 'Copy Cells', (_a = current === null || current === void 0 ? void 0 : current.content.selectedCells.length) !== null && _a !== void 0 ? _a : 1);
        },
        caption: args => {
            var _a;
            const current = getCurrent(tracker, shell, { ...args, activate: false });
            return trans._n('Copy this cell', 'Copy these %1 cells', (_a = current === null || current === void 0 ? void 0 : current.content.selectedCells.length) !== null && _a !== void 0 ? _a : 1);
        },
        execute: async (args) => {
            const current = getCurrent(tracker, shell, args);
            if (current) {
                if (settings === null || settings === void 0 ? void 0 : settings.get('useSystemClipboardForCells').composite) {
                    return await notebook_lib_index_js_.NotebookActions.copyToSystemClipboard(current.content);
                }
                return notebook_lib_index_js_.NotebookActions.copy(current.content);
            }
        },
        icon: args => (args.toolbar ? ui_components_lib_index_js_.copyIcon : undefined),
        isEnabled: args => (args.toolbar ? true : isEnabled()),
        describedBy: {
            args: {
                type: 'object',
                properties: {
                    toolbar: {
                        type: 'boolean',
                        description: 'Whether the command is being executed from the toolbar'
                    },
                    activate: {
                        type: 'boolean',
                        description: trans.__('Whether to activate the notebook after execution')
                    }
                }
            }
        }
    });
    commands.addCommand(lib_CommandIDs.pasteBelow, {
        label: args => {
            var _a;
            const current = getCurrent(tracker, shell, { ...args, activate: false });
            return trans._n('Paste Cell Below', 'Paste Cells Below', (_a = current === null || current === void 0 ? void 0 : current.content.selectedCells.length) !== null && _a !== void 0 ? _a : 1);
        },
        caption: args => {
            var _a;
            const current = getCurrent(tracker, shell, { ...args, activate: false });
            return trans._n('Paste this cell from the clipboard', 'Paste these %1 cells from the clipboard', (_a = current === null || current === void 0 ? void 0 : current.content.selectedCells.length) !== null && _a !== void 0 ? _a : 1);
        },
        execute: async (args) => {
            const current = getCurrent(tracker, shell, args);
            if (current) {
                return executePaste(current.content, 'below');
            }
        },
        icon: args => (args.toolbar ? ui_components_lib_index_js_.pasteIcon : undefined),
        isEnabled: args => (args.toolbar ? true : isEnabled()),
        describedBy: {
            args: {
                type: 'object',
                properties: {
                    toolbar: {
                        type: 'boolean',
                        description: 'Whether the command is being executed from the toolbar'
                    },
                    activate: {
                        type: 'boolean',
                        description: trans.__('Whether to activate the notebook after execution')
                    }
                }
            }
        }
    });
    commands.addCommand(lib_CommandIDs.pasteAbove, {
        label: args => {
            var _a;
            const current = getCurrent(tracker, shell, { ...args, activate: false });
            return trans._n('Paste Cell Above', 'Paste Cells Above', (_a = current === null || current === void 0 ? void 0 : current.content.selectedCells.length) !== null && _a !== void 0 ? _a : 1);
        },
        caption: args => {
            var _a;
            const current = getCurrent(tracker, shell, { ...args, activate: false });
            return trans._n('Paste this cell from the clipboard', 'Paste these %1 cells from the clipboard', (_a = current === null || current === void 0 ? void 0 : current.content.selectedCells.length) !== null && _a !== void 0 ? _a : 1);
        },
        execute: async (args) => {
            const current = getCurrent(tracker, shell, args);
            if (current) {
                return executePaste(current.content, 'above');
            }
        },
        isEnabled,
        describedBy: {
            args: {
                type: 'object',
                properties: {
                    activate: {
                        type: 'boolean',
                        description: trans.__('Whether to activate the notebook after execution')
                    }
                }
            }
        }
    });
    commands.addCommand(lib_CommandIDs.duplicateBelow, {
        label: args => {
            var _a;
            const current = getCurrent(tracker, shell, { ...args, activate: false });
            return trans._n('Duplicate Cell Below', 'Duplicate Cells Below', (_a = current === null || current === void 0 ? void 0 : current.content.selectedCells.length) !== null && _a !== void 0 ? _a : 1);
        },
        caption: args => {
            var _a;
            const current = getCurrent(tracker, shell, { ...args, activate: false });
            return trans._n('Create a duplicate of this cell below', 'Create duplicates of %1 cells below', (_a = current === null || current === void 0 ? void 0 : current.content.selectedCells.length) !== null && _a !== void 0 ? _a : 1);
        },
        execute: args => {
            const current = getCurrent(tracker, shell, args);
            if (current) {
                notebook_lib_index_js_.NotebookActions.duplicate(current.content, 'belowSelected');
            }
        },
        icon: args => (args.toolbar ? ui_components_lib_index_js_.duplicateIcon : undefined),
        isEnabled: args => (args.toolbar ? true : isEnabled()),
        describedBy: {
            args: {
                type: 'object',
                properties: {
                    toolbar: {
                        type: 'boolean',
                        description: 'Whether the command is being executed from the toolbar'
                    },
                    activate: {
                        type: 'boolean',
                        description: trans.__('Whether to activate the notebook after execution')
                    }
                }
            }
        }
    });
    commands.addCommand(lib_CommandIDs.pasteAndReplace, {
        label: args => {
            var _a;
            const current = getCurrent(tracker, shell, { ...args, activate: false });
            return trans._n('Paste Cell and Replace', 'Paste Cells and Replace', (_a = current === null || current === void 0 ? void 0 : current.content.selectedCells.length) !== null && _a !== void 0 ? _a : 1);
        },
        execute: async (args) => {
            const current = getCurrent(tracker, shell, args);
            if (current) {
                return executePaste(current.content, 'replace');
            }
        },
        isEnabled,
        describedBy: {
            args: {
                type: 'object',
                properties: {
                    activate: {
                        type: 'boolean',
                        description: trans.__('Whether to activate the notebook after execution')
                    }
                }
            }
        }
    });
    commands.addCommand(lib_CommandIDs.deleteCell, {
        label: args => {
            var _a;
            const current = getCurrent(tracker, shell, { ...args, activate: false });
            return trans._n('Delete Cell', 'Delete Cells', (_a = current === null || current === void 0 ? void 0 : current.content.selectedCells.length) !== null && _a !== void 0 ? _a : 1);
        },
        caption: args => {
            var _a;
            const current = getCurrent(tracker, shell, { ...args, activate: false });
            return trans._n('Delete this cell', 'Delete these %1 cells', (_a = current === null || current === void 0 ? void 0 : current.content.selectedCells.length) !== null && _a !== void 0 ? _a : 1);
        },
        execute: args => {
            const current = getCurrent(tracker, shell, args);
            if (current) {
                return notebook_lib_index_js_.NotebookActions.deleteCells(current.content);
            }
        },
        isEnabled: args => {
            var _a;
            const current = getCurrent(tracker, shell, { ...args, activate: false });
            if (!current) {
                return false;
            }
            // The 'deletable' metadata is optional, null and undefined values should be made truthy
            const deletable = ((_a = current.content.activeCell) === null || _a === void 0 ? void 0 : _a.model.getMetadata('deletable')) !== false;
            return deletable;
        },
        describedBy: {
            args: {
                type: 'object',
                properties: {
                    toolbar: {
                        type: 'boolean',
                        description: 'Whether the command is being executed from the toolbar'
                    },
                    activate: {
                        type: 'boolean',
                        description: trans.__('Whether to activate the notebook after execution')
                    }
                }
            }
        }
    });
    commands.addCommand(lib_CommandIDs.copySelectedtext, {
        label: trans.__('Copy Selected Text'),
        caption: trans.__('Copy selected text from the active cell or output area'),
        execute: async (args) => {
            var _a;
            const current = getCurrent(tracker, shell, args);
            if (!current) {
                return;
            }
            // copying from the editor (input area)
            const editor = (_a = current.content.activeCell) === null || _a === void 0 ? void 0 : _a.editor;
            if (editor) {
                const selection = editor.getSelection();
                const start = editor.getOffsetAt(selection.start);
                const end = editor.getOffsetAt(selection.end);
                const text = editor.model.sharedModel.getSource().slice(start, end);
                if (text) {
                    await navigator.clipboard.writeText(text);
                    return;
                }
            }
            // fallback to DOM selection (output)
            const domSelection = window.getSelection();
            const selectedText = domSelection === null || domSelection === void 0 ? void 0 : domSelection.toString();
            if (selectedText && selectedText.trim().length > 0) {
                await navigator.clipboard.writeText(selectedText);
            }
        },
        isEnabled: args => {
            var _a;
            const current = getCurrent(tracker, shell, { ...args, activate: false });
            if (!current) {
                return false;
            }
            const editor = (_a = current.content.activeCell) === null || _a === void 0 ? void 0 : _a.editor;
            if (editor) {
                const selection = editor.getSelection();
                const hasEditorSelection = selection.start.line !== selection.end.line ||
                    selection.start.column !== selection.end.column;
                if (hasEditorSelection) {
                    return true;
                }
            }
            // Check for text selection in output area
            const domSelection = window.getSelection();
            return !!domSelection && domSelection.toString().trim().length > 0;
        },
        describedBy: {
            args: {
                type: 'object',
                properties: {}
            }
        }
    });
    commands.addCommand(lib_CommandIDs.cutSelectedtext, {
        label: trans.__('Cut Selected Text'),
        caption: trans.__('Cut selected text from the active cell or output area'),
        execute: async (args) => {
            var _a, _b;
            const current = getCurrent(tracker, shell, args);
            if (!current) {
                return;
            }
            const editor = (_a = current.content.activeCell) === null || _a === void 0 ? void 0 : _a.editor;
            if (editor) {
                const selection = editor.getSelection();
                const start = editor.getOffsetAt(selection.start);
                const end = editor.getOffsetAt(selection.end);
                const text = editor.model.sharedModel.getSource().slice(start, end);
                if (text) {
                    await navigator.clipboard.writeText(text);
                    (_b = editor.replaceSelection) === null || _b === void 0 ? void 0 : _b.call(editor, '');
                    return;
                }
            }
        },
        isEnabled: args => {
            var _a;
            const current = getCurrent(tracker, shell, { ...args, activate: false });
            if (!current) {
                return false;
            }
            const editor = (_a = current.content.activeCell) === null || _a === void 0 ? void 0 : _a.editor;
            if (!editor) {
                return false;
            }
            const selection = editor.getSelection();
            const hasEditorSelection = selection.start.line !== selection.end.line ||
                selection.start.column !== selection.end.column;
            return hasEditorSelection;
        },
        describedBy: {
            args: {
                type: 'object',
                properties: {}
            }
        }
    });
    commands.addCommand(lib_CommandIDs.pasteText, {
        label: trans.__('Paste Text'),
        caption: trans.__('Paste text from the clipboard into the active cell editor'),
        execute: async (args) => {
            var _a, _b;
            const current = getCurrent(tracker, shell, args);
            if (!current) {
                return;
            }
            const editor = (_a = current.content.activeCell) === null || _a === void 0 ? void 0 : _a.editor;
            if (!editor) {
                return;
            }
            try {
                const text = await navigator.clipboard.readText();
                if (text) {
                    (_b = editor.replaceSelection) === null || _b === void 0 ? void 0 : _b.call(editor, text);
                }
            }
            catch (err) {
                // browser limitation fallback (e.g Firefox)
                lib_index_js_.Clipboard.showPasteUnavailableDialog(trans);
            }
        },
        isEnabled: args => {
            var _a;
            const current = getCurrent(tracker, shell, { ...args, activate: false });
            if (!current) {
                return false;
            }
            return !!((_a = current.content.activeCell) === null || _a === void 0 ? void 0 : _a.editor);
        },
        describedBy: {
            args: {
                type: 'object',
                properties: {}
            }
        }
    });
    commands.addCommand(lib_CommandIDs.split, {
        label: trans.__('Split Cell'),
        execute: args => {
            const current = getCurrent(tracker, shell, args);
            if (current) {
                return notebook_lib_index_js_.NotebookActions.splitCell(current.content, translator);
            }
        },
        isEnabled,
        describedBy: {
            args: {
                type: 'object',
                properties: {}
            }
        }
    });
    commands.addCommand(lib_CommandIDs.merge, {
        label: trans.__('Merge Selected Cells'),
        execute: args => {
            var _a;
            const current = getCurrent(tracker, shell, args);
            if (current) {
                const addExtraLine = (_a = settings === null || settings === void 0 ? void 0 : settings.get('addExtraLineOnCellMerge').composite) !== null && _a !== void 0 ? _a : true;
                return notebook_lib_index_js_.NotebookActions.mergeCells(current.content, false, addExtraLine, translator);
            }
        },
        isVisible: args => {
            const current = getCurrent(tracker, shell, { ...args, activate: false });
            if (!current) {
                return false;
            }
            // Enable only if more than one cell is selected
            const notebook = current.content;
            return notebook && notebook.selectedCells.length > 1;
        },
        describedBy: {
            args: {
                type: 'object',
                properties: {}
            }
        }
    });
    commands.addCommand(lib_CommandIDs.mergeAbove, {
        label: trans.__('Merge Cell Above'),
        execute: args => {
            var _a;
            const current = getCurrent(tracker, shell, args);
            if (current) {
                const addExtraLine = (_a = settings === null || settings === void 0 ? void 0 : settings.get('addExtraLineOnCellMerge').composite) !== null && _a !== void 0 ? _a : true;
                return notebook_lib_index_js_.NotebookActions.mergeCells(current.content, true, addExtraLine, translator);
            }
        },
        isEnabled,
        describedBy: {
            args: {
                type: 'object',
                properties: {}
            }
        }
    });
    commands.addCommand(lib_CommandIDs.mergeBelow, {
        label: trans.__('Merge Cell Below'),
        execute: args => {
            var _a;
            const current = getCurrent(tracker, shell, args);
            if (current) {
                const addExtraLine = (_a = settings === null || settings === void 0 ? void 0 : settings.get('addExtraLineOnCellMerge').composite) !== null && _a !== void 0 ? _a : true;
                return notebook_lib_index_js_.NotebookActions.mergeCells(current.content, false, addExtraLine, translator);
            }
        },
        isEnabled,
        describedBy: {
            args: {
                type: 'object',
                properties: {}
            }
        }
    });
    commands.addCommand(lib_CommandIDs.insertAbove, {
        label: trans.__('Insert Cell Above'),
        caption: trans.__('Insert a cell above'),
        execute: args => {
            const current = getCurrent(tracker, shell, args);
            if (current) {
                return notebook_lib_index_js_.NotebookActions.insertAbove(current.content);
            }
        },
        icon: args => (args.toolbar ? ui_components_lib_index_js_.addAboveIcon : undefined),
        isEnabled: args => (args.toolbar ? true : isEnabled()),
        describedBy: {
            args: {
                type: 'object',
                properties: {
                    toolbar: {
                        type: 'boolean',
                        description: 'Whether the command is being executed from the toolbar'
                    }
                }
            }
        }
    });
    commands.addCommand(lib_CommandIDs.insertBelow, {
        label: trans.__('Insert Cell Below'),
        caption: trans.__('Insert a cell below'),
        execute: args => {
            const current = getCurrent(tracker, shell, args);
            if (current) {
                return notebook_lib_index_js_.NotebookActions.insertBelow(current.content);
            }
        },
        icon: args => (args.toolbar ? ui_components_lib_index_js_.addBelowIcon : undefined),
        isEnabled: args => (args.toolbar ? true : isEnabled()),
        describedBy: {
            args: {
                type: 'object',
                properties: {
                    toolbar: {
                        type: 'boolean',
                        description: 'Whether the command is being executed from the toolbar'
                    }
                }
            }
        }
    });
    commands.addCommand(lib_CommandIDs.selectAbove, {
        label: trans.__('Select Cell Above'),
        execute: args => {
            const current = getCurrent(tracker, shell, args);
            if (current) {
                return notebook_lib_index_js_.NotebookActions.selectAbove(current.content);
            }
        },
        isEnabled,
        describedBy: {
            args: {
                type: 'object',
                properties: {}
            }
        }
    });
    commands.addCommand(lib_CommandIDs.selectBelow, {
        label: trans.__('Select Cell Below'),
        execute: args => {
            const current = getCurrent(tracker, shell, args);
            if (current) {
                return notebook_lib_index_js_.NotebookActions.selectBelow(current.content);
            }
        },
        isEnabled,
        describedBy: {
            args: {
                type: 'object',
                properties: {}
            }
        }
    });
    commands.addCommand(lib_CommandIDs.insertHeadingAbove, {
        label: trans.__('Insert Heading Above Current Heading'),
        execute: args => {
            const current = getCurrent(tracker, shell, args);
            if (current) {
                return notebook_lib_index_js_.NotebookActions.insertSameLevelHeadingAbove(current.content);
            }
        },
        isEnabled,
        describedBy: {
            args: {
                type: 'object',
                properties: {}
            }
        }
    });
    commands.addCommand(lib_CommandIDs.insertHeadingBelow, {
        label: trans.__('Insert Heading Below Current Heading'),
        execute: args => {
            const current = getCurrent(tracker, shell, args);
            if (current) {
                return notebook_lib_index_js_.NotebookActions.insertSameLevelHeadingBelow(current.content);
            }
        },
        isEnabled,
        describedBy: {
            args: {
                type: 'object',
                properties: {}
            }
        }
    });
    commands.addCommand(lib_CommandIDs.selectHeadingAboveOrCollapse, {
        label: trans.__('Select Heading Above or Collapse Heading'),
        execute: args => {
            const current = getCurrent(tracker, shell, args);
            if (current) {
                return notebook_lib_index_js_.NotebookActions.selectHeadingAboveOrCollapseHeading(current.content);
            }
        },
        isEnabled,
        describedBy: {
            args: {
                type: 'object',
                properties: {}
            }
        }
    });
    commands.addCommand(lib_CommandIDs.selectHeadingBelowOrExpand, {
        label: trans.__('Select Heading Below or Expand Heading'),
        execute: args => {
            const current = getCurrent(tracker, shell, args);
            if (current) {
                return notebook_lib_index_js_.NotebookActions.selectHeadingBelowOrExpandHeading(current.content);
            }
        },
        isEnabled,
        describedBy: {
            args: {
                type: 'object',
                properties: {}
            }
        }
    });
    commands.addCommand(lib_CommandIDs.extendAbove, {
        label: trans.__('Extend Selection Above'),
        execute: args => {
            const current = getCurrent(tracker, shell, args);
            if (current) {
                return notebook_lib_index_js_.NotebookActions.extendSelectionAbove(current.content);
            }
        },
        isEnabled,
        describedBy: {
            args: {
                type: 'object',
                properties: {}
            }
        }
    });
    commands.addCommand(lib_CommandIDs.extendTop, {
        label: trans.__('Extend Selection to Top'),
        execute: args => {
            const current = getCurrent(tracker, shell, args);
            if (current) {
                return notebook_lib_index_js_.NotebookActions.extendSelectionAbove(current.content, true);
            }
        },
        isEnabled,
        describedBy: {
            args: {
                type: 'object',
                properties: {}
            }
        }
    });
    commands.addCommand(lib_CommandIDs.extendBelow, {
        label: trans.__('Extend Selection Below'),
        execute: args => {
            const current = getCurrent(tracker, shell, args);
            if (current) {
                return notebook_lib_index_js_.NotebookActions.extendSelectionBelow(current.content);
            }
        },
        isEnabled,
        describedBy: {
            args: {
                type: 'object',
                properties: {}
            }
        }
    });
    commands.addCommand(lib_CommandIDs.extendBottom, {
        label: trans.__('Extend Selection to Bottom'),
        execute: args => {
            const current = getCurrent(tracker, shell, args);
            if (current) {
                return notebook_lib_index_js_.NotebookActions.extendSelectionBelow(current.content, true);
            }
        },
        isEnabled,
        describedBy: {
            args: {
                type: 'object',
                properties: {}
            }
        }
    });
    commands.addCommand(lib_CommandIDs.selectAll, {
        label: trans.__('Select All Cells'),
        execute: args => {
            const current = getCurrent(tracker, shell, args);
            if (current) {
                return notebook_lib_index_js_.NotebookActions.selectAll(current.content);
            }
        },
        isEnabled,
        describedBy: {
            args: {
                type: 'object',
                properties: {}
            }
        }
    });
    commands.addCommand(lib_CommandIDs.deselectAll, {
        label: trans.__('Deselect All Cells'),
        execute: args => {
            const current = getCurrent(tracker, shell, args);
            if (current) {
                return notebook_lib_index_js_.NotebookActions.deselectAll(current.content);
            }
        },
        isEnabled,
        describedBy: {
            args: {
                type: 'object',
                properties: {}
            }
        }
    });
    commands.addCommand(lib_CommandIDs.moveUp, {
        label: args => {
            var _a;
            const current = getCurrent(tracker, shell, { ...args, activate: false });
            return trans._n('Move Cell Up', 'Move Cells Up', (_a = current === null || current === void 0 ? void 0 : current.content.selectedCells.length) !== null && _a !== void 0 ? _a : 1);
        },
        caption: args => {
            var _a;
            const current = getCurrent(tracker, shell, { ...args, activate: false });
            return trans._n('Move this cell up', 'Move these %1 cells up', (_a = current === null || current === void 0 ? void 0 : current.content.selectedCells.length) !== null && _a !== void 0 ? _a : 1);
        },
        execute: args => {
            const current = getCurrent(tracker, shell, args);
            if (current) {
                notebook_lib_index_js_.NotebookActions.moveUp(current.content);
                lib_Private.raiseSilentNotification(trans.__('Notebook cell shifted up successfully'), current.node);
            }
        },
        isEnabled: args => {
            const current = getCurrent(tracker, shell, { ...args, activate: false });
            if (!current) {
                return false;
            }
            return current.content.activeCellIndex >= 1;
        },
        icon: args => (args.toolbar ? ui_components_lib_index_js_.moveUpIcon : undefined),
        describedBy: {
            args: {
                type: 'object',
                properties: {
                    toolbar: {
                        type: 'boolean',
                        description: 'Whether the command is being executed from the toolbar'
                    },
                    activate: {
                        type: 'boolean',
                        description: trans.__('Whether to activate the notebook after execution')
                    }
                }
            }
        }
    });
    commands.addCommand(lib_CommandIDs.moveDown, {
        label: args => {
            var _a;
            const current = getCurrent(tracker, shell, { ...args, activate: false });
            return trans._n('Move Cell Down', 'Move Cells Down', (_a = current === null || current === void 0 ? void 0 : current.content.selectedCells.length) !== null && _a !== void 0 ? _a : 1);
        },
        caption: args => {
            var _a;
            const current = getCurrent(tracker, shell, { ...args, activate: false });
            return trans._n('Move this cell down', 'Move these %1 cells down', (_a = current === null || current === void 0 ? void 0 : current.content.selectedCells.length) !== null && _a !== void 0 ? _a : 1);
        },
        execute: args => {
            const current = getCurrent(tracker, shell, args);
            if (current) {
                notebook_lib_index_js_.NotebookActions.moveDown(current.content);
                lib_Private.raiseSilentNotification(trans.__('Notebook cell shifted down successfully'), current.node);
            }
        },
        isEnabled: args => {
            const current = getCurrent(tracker, shell, { ...args, activate: false });
            if (!current || !current.content.model) {
                return false;
            }
            const length = current.content.model.cells.length;
            return current.content.activeCellIndex < length - 1;
        },
        icon: args => (args.toolbar ? ui_components_lib_index_js_.moveDownIcon : undefined),
        describedBy: {
            args: {
                type: 'object',
                properties: {
                    toolbar: {
                        type: 'boolean',
                        description: 'Whether the command is being executed from the toolbar'
                    },
                    activate: {
                        type: 'boolean',
                        description: trans.__('Whether to activate the notebook after execution')
                    }
                }
            }
        }
    });
    commands.addCommand(lib_CommandIDs.toggleAllLines, {
        label: trans.__('Show Line Numbers'),
        execute: args => {
            const current = getCurrent(tracker, shell, args);
            if (current) {
                return notebook_lib_index_js_.NotebookActions.toggleAllLineNumbers(current.content);
            }
        },
        isEnabled,
        isToggled: args => {
            const current = getCurrent(tracker, shell, { ...args, activate: false });
            if (current) {
                const config = current.content.editorConfig;
                return !!(config.code.lineNumbers &&
                    config.markdown.lineNumbers &&
                    config.raw.lineNumbers);
            }
            else {
                return false;
            }
        },
        describedBy: {
            args: {
                type: 'object',
                properties: {
                    activate: {
                        type: 'boolean',
                        description: trans.__('Whether to activate the notebook after execution')
                    }
                }
            }
        }
    });
    commands.addCommand(lib_CommandIDs.commandMode, {
        label: trans.__('Enter Command Mode'),
        execute: args => {
            const current = getCurrent(tracker, shell, args);
            if (current) {
                current.content.mode = 'command';
            }
        },
        isEnabled,
        describedBy: {
            args: {
                type: 'object',
                properties: {}
            }
        }
    });
    commands.addCommand(lib_CommandIDs.editMode, {
        label: trans.__('Enter Edit Mode'),
        execute: args => {
            const current = getCurrent(tracker, shell, args);
            if (current) {
                current.content.mode = 'edit';
            }
        },
        isEnabled,
        describedBy: {
            args: {
                type: 'object',
                properties: {}
            }
        }
    });
    commands.addCommand(lib_CommandIDs.undoCellAction, {
        label: trans.__('Undo Cell Operation'),
        execute: args => {
            const current = getCurrent(tracker, shell, args);
            if (current) {
                return notebook_lib_index_js_.NotebookActions.undo(current.content);
            }
        },
        isEnabled,
        describedBy: {
            args: {
                type: 'object',
                properties: {}
            }
        }
    });
    commands.addCommand(lib_CommandIDs.redoCellAction, {
        label: trans.__('Redo Cell Operation'),
        execute: args => {
            const current = getCurrent(tracker, shell, args);
            if (current) {
                return notebook_lib_index_js_.NotebookActions.redo(current.content);
            }
        },
        isEnabled,
        describedBy: {
            args: {
                type: 'object',
                properties: {}
            }
        }
    });
    commands.addCommand(lib_CommandIDs.redo, {
        label: trans.__('Redo'),
        execute: args => {
            var _a;
            const current = getCurrent(tracker, shell, args);
            if (current) {
                const cell = current.content.activeCell;
                if (cell) {
                    cell.inputHidden = false;
                    return (_a = cell.editor) === null || _a === void 0 ? void 0 : _a.redo();
                }
            }
        },
        describedBy: {
            args: {
                type: 'object',
                properties: {}
            }
        }
    });
    commands.addCommand(lib_CommandIDs.undo, {
        label: trans.__('Undo'),
        execute: args => {
            var _a;
            const current = getCurrent(tracker, shell, args);
            if (current) {
                const cell = current.content.activeCell;
                if (cell) {
                    cell.inputHidden = false;
                    return (_a = cell.editor) === null || _a === void 0 ? void 0 : _a.undo();
                }
            }
        },
        describedBy: {
            args: {
                type: 'object',
                properties: {}
            }
        }
    });
    commands.addCommand(lib_CommandIDs.changeKernel, {
        label: trans.__('Change Kernel…'),
        execute: args => {
            const current = getCurrent(tracker, shell, args);
            if (current) {
                return sessionDialogs.selectKernel(current.context.sessionContext);
            }
        },
        isEnabled,
        describedBy: {
            args: {
                type: 'object',
                properties: {}
            }
        }
    });
    commands.addCommand(lib_CommandIDs.getKernel, {
        label: trans.__('Get Kernel'),
        execute: args => {
            var _a;
            const current = getCurrent(tracker, shell, { activate: false, ...args });
            if (current) {
                return (_a = current.sessionContext.session) === null || _a === void 0 ? void 0 : _a.kernel;
            }
        },
        isEnabled,
        describedBy: {
            args: {
                type: 'object',
                properties: {
                    activate: {
                        type: 'boolean',
                        description: trans.__('Whether to activate the notebook after execution')
                    }
                }
            }
        }
    });
    commands.addCommand(lib_CommandIDs.reconnectToKernel, {
        label: trans.__('Reconnect to Kernel'),
        execute: args => {
            var _a;
            const current = getCurrent(tracker, shell, args);
            if (!current) {
                return;
            }
            const kernel = (_a = current.context.sessionContext.session) === null || _a === void 0 ? void 0 : _a.kernel;
            if (kernel) {
                return kernel.reconnect();
            }
        },
        isEnabled,
        describedBy: {
            args: {
                type: 'object',
                properties: {}
            }
        }
    });
    commands.addCommand(lib_CommandIDs.markdown1, {
        label: trans.__('Change to Heading 1'),
        execute: args => {
            const current = getCurrent(tracker, shell, args);
            if (current) {
                return notebook_lib_index_js_.NotebookActions.setMarkdownHeader(current.content, 1, translator);
            }
        },
        isEnabled,
        describedBy: {
            args: {
                type: 'object',
                properties: {}
            }
        }
    });
    commands.addCommand(lib_CommandIDs.markdown2, {
        label: trans.__('Change to Heading 2'),
        execute: args => {
            const current = getCurrent(tracker, shell, args);
            if (current) {
                return notebook_lib_index_js_.NotebookActions.setMarkdownHeader(current.content, 2, translator);
            }
        },
        isEnabled,
        describedBy: {
            args: {
                type: 'object',
                properties: {}
            }
        }
    });
    commands.addCommand(lib_CommandIDs.markdown3, {
        label: trans.__('Change to Heading 3'),
        execute: args => {
            const current = getCurrent(tracker, shell, args);
            if (current) {
                return notebook_lib_index_js_.NotebookActions.setMarkdownHeader(current.content, 3, translator);
            }
        },
        isEnabled,
        describedBy: {
            args: {
                type: 'object',
                properties: {}
            }
        }
    });
    commands.addCommand(lib_CommandIDs.markdown4, {
        label: trans.__('Change to Heading 4'),
        execute: args => {
            const current = getCurrent(tracker, shell, args);
            if (current) {
                return notebook_lib_index_js_.NotebookActions.setMarkdownHeader(current.content, 4, translator);
            }
        },
        isEnabled,
        describedBy: {
            args: {
                type: 'object',
                properties: {}
            }
        }
    });
    commands.addCommand(lib_CommandIDs.markdown5, {
        label: trans.__('Change to Heading 5'),
        execute: args => {
            const current = getCurrent(tracker, shell, args);
            if (current) {
                return notebook_lib_index_js_.NotebookActions.setMarkdownHeader(current.content, 5, translator);
            }
        },
        isEnabled,
        describedBy: {
            args: {
                type: 'object',
                properties: {}
            }
        }
    });
    commands.addCommand(lib_CommandIDs.markdown6, {
        label: trans.__('Change to Heading 6'),
        execute: args => {
            const current = getCurrent(tracker, shell, args);
            if (current) {
                return notebook_lib_index_js_.NotebookActions.setMarkdownHeader(current.content, 6, translator);
            }
        },
        isEnabled,
        describedBy: {
            args: {
                type: 'object',
                properties: {}
            }
        }
    });
    commands.addCommand(lib_CommandIDs.hideCode, {
        label: trans.__('Collapse Selected Code'),
        execute: args => {
            const current = getCurrent(tracker, shell, args);
            if (current) {
                return notebook_lib_index_js_.NotebookActions.hideCode(current.content);
            }
        },
        isEnabled,
        describedBy: {
            args: {
                type: 'object',
                properties: {}
            }
        }
    });
    commands.addCommand(lib_CommandIDs.showCode, {
        label: trans.__('Expand Selected Code'),
        execute: args => {
            const current = getCurrent(tracker, shell, args);
            if (current) {
                return notebook_lib_index_js_.NotebookActions.showCode(current.content);
            }
        },
        isEnabled,
        describedBy: {
            args: {
                type: 'object',
                properties: {}
            }
        }
    });
    commands.addCommand(lib_CommandIDs.hideAllCode, {
        label: trans.__('Collapse All Code'),
        execute: args => {
            const current = getCurrent(tracker, shell, args);
            if (current) {
                return notebook_lib_index_js_.NotebookActions.hideAllCode(current.content);
            }
        },
        isEnabled,
        describedBy: {
            args: {
                type: 'object',
                properties: {}
            }
        }
    });
    commands.addCommand(lib_CommandIDs.showAllCode, {
        label: trans.__('Expand All Code'),
        execute: args => {
            const current = getCurrent(tracker, shell, args);
            if (current) {
                return notebook_lib_index_js_.NotebookActions.showAllCode(current.content);
            }
        },
        isEnabled,
        describedBy: {
            args: {
                type: 'object',
                properties: {}
            }
        }
    });
    commands.addCommand(lib_CommandIDs.hideOutput, {
        label: trans.__('Collapse Selected Outputs'),
        execute: args => {
            const current = getCurrent(tracker, shell, args);
            if (current) {
                return notebook_lib_index_js_.NotebookActions.hideOutput(current.content);
            }
        },
        isEnabled,
        describedBy: {
            args: {
                type: 'object',
                properties: {}
            }
        }
    });
    commands.addCommand(lib_CommandIDs.showOutput, {
        label: trans.__('Expand Selected Outputs'),
        execute: args => {
            const current = getCurrent(tracker, shell, args);
            if (current) {
                return notebook_lib_index_js_.NotebookActions.showOutput(current.content);
            }
        },
        isEnabled,
        describedBy: {
            args: {
                type: 'object',
                properties: {}
            }
        }
    });
    commands.addCommand(lib_CommandIDs.toggleOutput, {
        label: trans.__('Toggle Visibility of Selected Outputs'),
        execute: args => {
            const current = getCurrent(tracker, shell, args);
            if (current) {
                return notebook_lib_index_js_.NotebookActions.toggleOutput(current.content);
            }
        },
        isEnabled,
        describedBy: {
            args: {
                type: 'object',
                properties: {}
            }
        }
    });
    commands.addCommand(lib_CommandIDs.hideAllOutputs, {
        label: trans.__('Collapse All Outputs'),
        execute: args => {
            const current = getCurrent(tracker, shell, args);
            if (current) {
                return notebook_lib_index_js_.NotebookActions.hideAllOutputs(current.content);
            }
        },
        isEnabled,
        describedBy: {
            args: {
                type: 'object',
                properties: {}
            }
        }
    });
    commands.addCommand(lib_CommandIDs.toggleRenderSideBySideCurrentNotebook, {
        label: trans.__('Render Side-by-Side'),
        execute: args => {
            const current = getCurrent(tracker, shell, args);
            if (current) {
                if (current.content.renderingLayout === 'side-by-side') {
                    return notebook_lib_index_js_.NotebookActions.renderDefault(current.content);
                }
                return notebook_lib_index_js_.NotebookActions.renderSideBySide(current.content);
            }
        },
        isEnabled,
        isToggled: args => {
            const current = getCurrent(tracker, shell, { ...args, activate: false });
            if (current) {
                return current.content.renderingLayout === 'side-by-side';
            }
            else {
                return false;
            }
        },
        describedBy: {
            args: {
                type: 'object',
                properties: {
                    activate: {
                        type: 'boolean',
                        description: trans.__('Whether to activate the notebook after execution')
                    }
                }
            }
        }
    });
    commands.addCommand(lib_CommandIDs.showAllOutputs, {
        label: trans.__('Expand All Outputs'),
        execute: args => {
            const current = getCurrent(tracker, shell, args);
            if (current) {
                return notebook_lib_index_js_.NotebookActions.showAllOutputs(current.content);
            }
        },
        isEnabled,
        describedBy: {
            args: {
                type: 'object',
                properties: {}
            }
        }
    });
    commands.addCommand(lib_CommandIDs.enableOutputScrolling, {
        label: trans.__('Enable Scrolling for Outputs'),
        execute: args => {
            const current = getCurrent(tracker, shell, args);
            if (current) {
                return notebook_lib_index_js_.NotebookActions.enableOutputScrolling(current.content);
            }
        },
        isEnabled,
        describedBy: {
            args: {
                type: 'object',
                properties: {}
            }
        }
    });
    commands.addCommand(lib_CommandIDs.disableOutputScrolling, {
        label: trans.__('Disable Scrolling for Outputs'),
        execute: args => {
            const current = getCurrent(tracker, shell, args);
            if (current) {
                return notebook_lib_index_js_.NotebookActions.disableOutputScrolling(current.content);
            }
        },
        isEnabled,
        describedBy: {
            args: {
                type: 'object',
                properties: {}
            }
        }
    });
    commands.addCommand(lib_CommandIDs.toggleOutputScrolling, {
        label: args => args['isMenu'] || args['isPalette']
            ? trans.__('Enable Scrolling for Outputs')
            : trans.__('Toggle Scrolling for Outputs'),
        execute: args => {
            const current = getCurrent(tracker, shell, args);
            if (current) {
                if (isOutputScrollingEnabled(current.content)) {
                    return notebook_lib_index_js_.NotebookActions.disableOutputScrolling(current.content);
                }
                return notebook_lib_index_js_.NotebookActions.enableOutputScrolling(current.content);
            }
        },
        isEnabled,
        isToggled: args => {
            const current = getCurrent(tracker, shell, { ...args, activate: false });
            if (current) {
                return isOutputScrollingEnabled(current.content);
            }
            else {
                return false;
            }
        },
        describedBy: {
            args: {
                type: 'object',
                properties: {
                    isMenu: {
                        type: 'boolean',
                        description: trans.__('Whether the command is called from a menu')
                    }
                }
            }
        }
    });
    commands.addCommand(lib_CommandIDs.selectLastRunCell, {
        label: trans.__('Select current running or last run cell'),
        execute: args => {
            const current = getCurrent(tracker, shell, args);
            if (current) {
                return notebook_lib_index_js_.NotebookActions.selectLastRunCell(current.content);
            }
        },
        isEnabled,
        describedBy: {
            args: {
                type: 'object',
                properties: {}
            }
        }
    });
    commands.addCommand(lib_CommandIDs.selectLastModifiedCell, {
        label: trans.__('Select Last Modified Cell'),
        execute: async (args) => {
            const current = getCurrent(tracker, shell, args);
            if (current) {
                await notebook_lib_index_js_.NotebookActions.selectLastModifiedCell(current.content);
            }
        },
        isEnabled: args => {
            const current = getCurrent(tracker, shell, { ...args, activate: false });
            return !!current && current.content.hasNavigableModifiedCellBack();
        },
        describedBy: {
            args: {
                type: 'object',
                properties: {}
            }
        }
    });
    commands.addCommand(lib_CommandIDs.selectNextModifiedCell, {
        label: trans.__('Select Next Modified Cell'),
        execute: async (args) => {
            const current = getCurrent(tracker, shell, args);
            if (current) {
                await notebook_lib_index_js_.NotebookActions.selectNextModifiedCell(current.content);
            }
        },
        isEnabled: args => {
            const current = getCurrent(tracker, shell, { ...args, activate: false });
            return !!current && current.content.hasNavigableModifiedCellForward();
        },
        describedBy: {
            args: {
                type: 'object',
                properties: {}
            }
        }
    });
    commands.addCommand(lib_CommandIDs.replaceSelection, {
        label: trans.__('Replace Selection in Notebook Cell'),
        execute: args => {
            const current = getCurrent(tracker, shell, args);
            const text = args['text'] || '';
            if (current) {
                return notebook_lib_index_js_.NotebookActions.replaceSelection(current.content, text);
            }
        },
        isEnabled,
        describedBy: {
            args: {
                type: 'object',
                properties: {
                    text: {
                        type: 'string',
                        description: trans.__('Text to replace the selection with')
                    }
                }
            }
        }
    });
    commands.addCommand(lib_CommandIDs.toggleCollapseCmd, {
        label: trans.__('Toggle Collapse Notebook Heading'),
        execute: args => {
            const current = getCurrent(tracker, shell, args);
            if (current) {
                return notebook_lib_index_js_.NotebookActions.toggleCurrentHeadingCollapse(current.content);
            }
        },
        isEnabled: isEnabledAndHeadingSelected,
        describedBy: {
            args: {
                type: 'object',
                properties: {}
            }
        }
    });
    commands.addCommand(lib_CommandIDs.collapseAllCmd, {
        label: trans.__('Collapse All Headings'),
        execute: args => {
            const current = getCurrent(tracker, shell, args);
            if (current) {
                return notebook_lib_index_js_.NotebookActions.collapseAllHeadings(current.content);
            }
        },
        describedBy: {
            args: {
                type: 'object',
                properties: {}
            }
        }
    });
    commands.addCommand(lib_CommandIDs.expandAllCmd, {
        label: trans.__('Expand All Headings'),
        execute: args => {
            const current = getCurrent(tracker, shell, args);
            if (current) {
                return notebook_lib_index_js_.NotebookActions.expandAllHeadings(current.content);
            }
        },
        describedBy: {
            args: {
                type: 'object',
                properties: {}
            }
        }
    });
    commands.addCommand(lib_CommandIDs.tocRunCells, {
        label: trans.__('Select and Run Cell(s) for this Heading'),
        execute: args => {
            const current = getCurrent(tracker, shell, { activate: false, ...args });
            if (current === null) {
                return;
            }
            const activeCell = current.content.activeCell;
            let lastIndex = current.content.activeCellIndex;
            if (activeCell instanceof cells_lib_index_js_.MarkdownCell) {
                const cells = current.content.widgets;
                const level = activeCell.headingInfo.level;
                for (let i = current.content.activeCellIndex + 1; i < cells.length; i++) {
                    const cell = cells[i];
                    if (cell instanceof cells_lib_index_js_.MarkdownCell &&
                        // cell.headingInfo.level === -1 if no heading
                        cell.headingInfo.level >= 0 &&
                        cell.headingInfo.level <= level) {
                        break;
                    }
                    lastIndex = i;
                }
            }
            current.content.extendContiguousSelectionTo(lastIndex);
            void notebook_lib_index_js_.NotebookActions.run(current.content, current.sessionContext, sessionDialogs, translator);
        },
        describedBy: {
            args: {
                type: 'object',
                properties: {
                    activate: {
                        type: 'boolean',
                        description: trans.__('Whether to activate the notebook after execution')
                    }
                }
            }
        }
    });
    commands.addCommand(lib_CommandIDs.accessPreviousHistory, {
        label: trans.__('Access Previous Kernel History Entry'),
        execute: async (args) => {
            const current = getCurrent(tracker, shell, args);
            if (current) {
                return await notebook_lib_index_js_.NotebookActions.accessPreviousHistory(current.content);
            }
        },
        describedBy: {
            args: {
                type: 'object',
                properties: {}
            }
        }
    });
    commands.addCommand(lib_CommandIDs.accessNextHistory, {
        label: trans.__('Access Next Kernel History Entry'),
        execute: async (args) => {
            const current = getCurrent(tracker, shell, args);
            if (current) {
                return await notebook_lib_index_js_.NotebookActions.accessNextHistory(current.content);
            }
        },
        describedBy: {
            args: {
                type: 'object',
                properties: {}
            }
        }
    });
    commands.addCommand(lib_CommandIDs.virtualScrollbar, {
        label: trans.__('Show Minimap'),
        caption: trans.__('Show Minimap'),
        execute: args => {
            const current = getCurrent(tracker, shell, args);
            if (current) {
                current.content.scrollbar = !current.content.scrollbar;
            }
        },
        isEnabled: () => {
            const current = tracker.currentWidget;
            return !!current;
        },
        isToggled: () => {
            var _a;
            const current = tracker.currentWidget;
            return (_a = current === null || current === void 0 ? void 0 : current.content.scrollbar) !== null && _a !== void 0 ? _a : false;
        },
        describedBy: {
            args: {
                type: 'object',
                properties: {}
            }
        }
    });
    // All commands with isEnabled defined directly or in a semantic commands
    // To simplify here we added all commands as most of them have isEnabled
    const skip = [lib_CommandIDs.createNew, lib_CommandIDs.createOutputView];
    const notify = () => {
        Object.values(lib_CommandIDs)
            .filter(id => !skip.includes(id) && app.commands.hasCommand(id))
            .forEach(id => app.commands.notifyCommandChanged(id));
    };
    tracker.currentChanged.connect(notify);
    (_a = shell.currentChanged) === null || _a === void 0 ? void 0 : _a.connect(notify);
}
/**
 * Populate the application's command palette with notebook commands.
 */
function populatePalette(palette, translator) {
    const trans = translator.load('jupyterlab');
    let category = trans.__('Notebook Operations');
    [
        lib_CommandIDs.interrupt,
        lib_CommandIDs.restart,
        lib_CommandIDs.restartClear,
        lib_CommandIDs.restartRunAll,
        lib_CommandIDs.runAll,
        lib_CommandIDs.renderAllMarkdown,
        lib_CommandIDs.runAllAbove,
        lib_CommandIDs.runAllBelow,
        lib_CommandIDs.restartAndRunToSelected,
        lib_CommandIDs.selectAll,
        lib_CommandIDs.deselectAll,
        lib_CommandIDs.clearAllOutputs,
        lib_CommandIDs.toggleAllLines,
        lib_CommandIDs.editMode,
        lib_CommandIDs.commandMode,
        lib_CommandIDs.changeKernel,
        lib_CommandIDs.reconnectToKernel,
        lib_CommandIDs.createConsole,
        lib_CommandIDs.createSubshellConsole,
        lib_CommandIDs.closeAndShutdown,
        lib_CommandIDs.trust,
        lib_CommandIDs.toggleCollapseCmd,
        lib_CommandIDs.collapseAllCmd,
        lib_CommandIDs.expandAllCmd,
        lib_CommandIDs.accessPreviousHistory,
        lib_CommandIDs.accessNextHistory,
        lib_CommandIDs.virtualScrollbar
    ].forEach(command => {
        palette.addItem({ command, category });
    });
    palette.addItem({
        command: lib_CommandIDs.createNew,
        category,
        args: { isPalette: true }
    });
    category = trans.__('Notebook Cell Operations');
    [
        lib_CommandIDs.run,
        lib_CommandIDs.runAndAdvance,
        lib_CommandIDs.runAndInsert,
        lib_CommandIDs.runInConsole,
        lib_CommandIDs.clearOutputs,
        lib_CommandIDs.toCode,
        lib_CommandIDs.toMarkdown,
        lib_CommandIDs.toRaw,
        lib_CommandIDs.cut,
        lib_CommandIDs.copy,
        lib_CommandIDs.pasteBelow,
        lib_CommandIDs.pasteAbove,
        lib_CommandIDs.pasteAndReplace,
        lib_CommandIDs.deleteCell,
        lib_CommandIDs.copySelectedtext,
        lib_CommandIDs.pasteText,
        lib_CommandIDs.cutSelectedtext,
        lib_CommandIDs.split,
        lib_CommandIDs.merge,
        lib_CommandIDs.mergeAbove,
        lib_CommandIDs.mergeBelow,
        lib_CommandIDs.insertAbove,
        lib_CommandIDs.insertBelow,
        lib_CommandIDs.selectAbove,
        lib_CommandIDs.selectBelow,
        lib_CommandIDs.selectHeadingAboveOrCollapse,
        lib_CommandIDs.selectHeadingBelowOrExpand,
        lib_CommandIDs.insertHeadingAbove,
        lib_CommandIDs.insertHeadingBelow,
        lib_CommandIDs.extendAbove,
        lib_CommandIDs.extendTop,
        lib_CommandIDs.extendBelow,
        lib_CommandIDs.extendBottom,
        lib_CommandIDs.moveDown,
        lib_CommandIDs.moveUp,
        lib_CommandIDs.undoCellAction,
        lib_CommandIDs.redoCellAction,
        lib_CommandIDs.markdown1,
        lib_CommandIDs.markdown2,
        lib_CommandIDs.markdown3,
        lib_CommandIDs.markdown4,
        lib_CommandIDs.markdown5,
        lib_CommandIDs.markdown6,
        lib_CommandIDs.hideCode,
        lib_CommandIDs.showCode,
        lib_CommandIDs.hideAllCode,
        lib_CommandIDs.showAllCode,
        lib_CommandIDs.hideOutput,
        lib_CommandIDs.showOutput,
        lib_CommandIDs.toggleOutput,
        lib_CommandIDs.hideAllOutputs,
        lib_CommandIDs.showAllOutputs,
        lib_CommandIDs.toggleRenderSideBySideCurrentNotebook,
        lib_CommandIDs.setSideBySideRatio,
        lib_CommandIDs.enableOutputScrolling,
        lib_CommandIDs.disableOutputScrolling,
        lib_CommandIDs.selectLastModifiedCell,
        lib_CommandIDs.selectNextModifiedCell
    ].forEach(command => {
        palette.addItem({ command, category });
    });
}
/**
 * Populates the application menus for the notebook.
 */
function populateMenus(mainMenu, isEnabled) {
    // Add undo/redo hooks to the edit menu.
    mainMenu.editMenu.undoers.redo.add({
        id: lib_CommandIDs.redo,
        isEnabled
    });
    mainMenu.editMenu.undoers.undo.add({
        id: lib_CommandIDs.undo,
        isEnabled
    });
    // Add a clearer to the edit menu
    mainMenu.editMenu.clearers.clearAll.add({
        id: lib_CommandIDs.clearAllOutputs,
        isEnabled
    });
    mainMenu.editMenu.clearers.clearCurrent.add({
        id: lib_CommandIDs.clearOutputs,
        isEnabled
    });
    // Add a console creator the the Kernel menu
    mainMenu.fileMenu.consoleCreators.add({
        id: lib_CommandIDs.createConsole,
        isEnabled
    });
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
        id: lib_CommandIDs.clearAllOutputs,
        isEnabled
    });
    mainMenu.kernelMenu.kernelUsers.interruptKernel.add({
        id: lib_CommandIDs.interrupt,
        isEnabled
    });
    mainMenu.kernelMenu.kernelUsers.reconnectToKernel.add({
        id: lib_CommandIDs.reconnectToKernel,
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
    // Add an IEditorViewer to the application view menu
    mainMenu.viewMenu.editorViewers.toggleLineNumbers.add({
        id: lib_CommandIDs.toggleAllLines,
        isEnabled
    });
    mainMenu.viewMenu.editorViewers.toggleMinimap.add({
        id: lib_CommandIDs.virtualScrollbar,
        isEnabled: () => true
    });
    // Add an ICodeRunner to the application run menu
    mainMenu.runMenu.codeRunners.restart.add({
        id: lib_CommandIDs.restart,
        isEnabled
    });
    mainMenu.runMenu.codeRunners.run.add({
        id: lib_CommandIDs.runAndAdvance,
        isEnabled
    });
    mainMenu.runMenu.codeRunners.runAll.add({ id: lib_CommandIDs.runAll, isEnabled });
    // Add kernel information to the application help menu.
    mainMenu.helpMenu.getKernel.add({
        id: lib_CommandIDs.getKernel,
        isEnabled
    });
}
/**
 * A namespace for module private functionality.
 */
var lib_Private;
(function (Private) {
    /**
     * Create a console connected with a notebook kernel
     *
     * @param commands Commands registry
     * @param widget Notebook panel
     * @param activate Should the console be activated
     * @param subshell Should the console contain a subshell or the main shell
     */
    function createConsole(commands, widget, activate, subshell) {
        const options = {
            path: widget.context.path,
            preferredLanguage: widget.context.model.defaultKernelLanguage,
            activate: activate,
            subshell: subshell,
            ref: widget.id,
            insertMode: 'split-bottom',
            type: 'Linked Console'
        };
        return commands.execute('console:create', options);
    }
    Private.createConsole = createConsole;
    /**
     * Whether there is an active notebook.
     */
    function isEnabled(shell, tracker) {
        return (tracker.currentWidget !== null &&
            tracker.currentWidget === shell.currentWidget);
    }
    Private.isEnabled = isEnabled;
    /**
     * Whether there is an notebook active, with a single selected cell.
     */
    function isEnabledAndSingleSelected(shell, tracker) {
        if (!Private.isEnabled(shell, tracker)) {
            return false;
        }
        const { content } = tracker.currentWidget;
        const index = content.activeCellIndex;
        // If there are selections that are not the active cell,
        // this command is confusing, so disable it.
        for (let i = 0; i < content.widgets.length; ++i) {
            if (content.isSelected(content.widgets[i]) && i !== index) {
                return false;
            }
        }
        return true;
    }
    Private.isEnabledAndSingleSelected = isEnabledAndSingleSelected;
    /**
     * Whether there is an notebook active, with a single selected cell.
     */
    function isEnabledAndHeadingSelected(shell, tracker) {
        if (!Private.isEnabled(shell, tracker)) {
            return false;
        }
        const { content } = tracker.currentWidget;
        const index = content.activeCellIndex;
        if (!(content.activeCell instanceof cells_lib_index_js_.MarkdownCell)) {
            return false;
        }
        // If there are selections that are not the active cell,
        // this command is confusing, so disable it.
        for (let i = 0; i < content.widgets.length; ++i) {
            if (content.isSelected(content.widgets[i]) && i !== index) {
                return false;
            }
        }
        return true;
    }
    Private.isEnabledAndHeadingSelected = isEnabledAndHeadingSelected;
    /**
     * The default Export To ... formats and their human readable labels.
     */
    function getFormatLabels(translator) {
        translator = translator || translation_lib_index_js_.nullTranslator;
        const trans = translator.load('jupyterlab');
        return {
            html: trans.__('HTML'),
            latex: trans.__('LaTeX'),
            markdown: trans.__('Markdown'),
            pdf: trans.__('PDF'),
            rst: trans.__('ReStructured Text'),
            script: trans.__('Executable Script'),
            slides: trans.__('Reveal.js Slides')
        };
    }
    Private.getFormatLabels = getFormatLabels;
    /**
     * Raises a silent notification that is read by screen readers
     *
     * FIXME: Once a notificatiom API is introduced (https://github.com/jupyterlab/jupyterlab/issues/689),
     * this can be refactored to use the same.
     *
     * More discussion at https://github.com/jupyterlab/jupyterlab/pull/9031#issuecomment-773541469
     *
     *
     * @param message Message to be relayed to screen readers
     * @param notebookNode DOM node to which the notification container is attached
     */
    function raiseSilentNotification(message, notebookNode) {
        const hiddenAlertContainerId = `sr-message-container-${notebookNode.id}`;
        const hiddenAlertContainer = document.getElementById(hiddenAlertContainerId) ||
            document.createElement('div');
        // If the container is not available, append the newly created container
        // to the current notebook panel and set related properties
        if (hiddenAlertContainer.getAttribute('id') !== hiddenAlertContainerId) {
            hiddenAlertContainer.setAttribute('id', hiddenAlertContainerId);
            notebookNode.appendChild(hiddenAlertContainer);
        }
        hiddenAlertContainer.classList.add('jp-sr-only');
        hiddenAlertContainer.setAttribute('role', 'alert');
        hiddenAlertContainer.setAttribute('aria-live', 'assertive');
        hiddenAlertContainer.setAttribute('aria-atomic', 'true');
        hiddenAlertContainer.hidden = false;
        // Insert/Update alert container with the notification message
        hiddenAlertContainer.innerText = message;
    }
    Private.raiseSilentNotification = raiseSilentNotification;
    /**
     * A widget hosting a cloned output area.
     */
    class ClonedOutputArea extends widgets_dist_index_es6_js_.Panel {
        constructor(options) {
            super();
            this._cell = null;
            const trans = (options.translator || translation_lib_index_js_.nullTranslator).load('jupyterlab');
            this._notebook = options.notebook;
            this._index = options.index !== undefined ? options.index : -1;
            this._cell = options.cell || null;
            this.id = `LinkedOutputView-${dist_index_js_.UUID.uuid4()}`;
            this.title.label = trans.__('Output View');
            this.title.icon = ui_components_lib_index_js_.notebookIcon;
            this.title.caption = this._notebook.title.label
                ? trans.__('For Notebook: %1', this._notebook.title.label)
                : trans.__('For Notebook:');
            this.addClass('jp-LinkedOutputView');
            // Wait for the notebook to be loaded before
            // cloning the output area.
            void this._notebook.context.ready.then(() => {
                if (!this._cell) {
                    this._cell = this._notebook.content.widgets[this._index];
                }
                if (!this._cell || this._cell.model.type !== 'code') {
                    this.dispose();
                    return;
                }
                const clone = this._cell.cloneOutputArea();
                this.addWidget(clone);
            });
        }
        /**
         * The index of the cell in the notebook.
         */
        get index() {
            return this._cell
                ? index_es6_js_.ArrayExt.findFirstIndex(this._notebook.content.widgets, c => c === this._cell)
                : this._index;
        }
        /**
         * The path of the notebook for the cloned output area.
         */
        get path() {
            return this._notebook.context.path;
        }
    }
    Private.ClonedOutputArea = ClonedOutputArea;
})(lib_Private || (lib_Private = {}));
//# sourceMappingURL=index.js.map

},

}]);
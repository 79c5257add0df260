"use strict";
(self["rspackChunk"] = self["rspackChunk"] || []).push([[1360], {
50867(__unused_rspack_module, __webpack_exports__, __webpack_require__) {
// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  "default": () => (/* binding */ codemirror_extension_lib),
  lineColItem: () => (/* binding */ lineColItem)
});

// EXTERNAL MODULE: consume shared module (default) @jupyterlab/application@^4.6.6 (strict) (fallback: /work/wt-safety/node_modules/@jupyterlab/application/lib/index.js)
var index_js_ = __webpack_require__(5446);
// EXTERNAL MODULE: consume shared module (default) @jupyterlab/codeeditor@^4.6.6 (strict) (fallback: /work/wt-safety/node_modules/@jupyterlab/codeeditor/lib/index.js)
var lib_index_js_ = __webpack_require__(70230);
// EXTERNAL MODULE: consume shared module (default) @jupyterlab/statusbar@^4.6.6 (strict) (fallback: /work/wt-safety/node_modules/@jupyterlab/statusbar/lib/index.js)
var statusbar_lib_index_js_ = __webpack_require__(54966);
// EXTERNAL MODULE: consume shared module (default) @jupyterlab/translation@^4.6.6 (strict) (fallback: /work/wt-safety/node_modules/@jupyterlab/translation/lib/index.js)
var translation_lib_index_js_ = __webpack_require__(15186);
// EXTERNAL MODULE: ../../../node_modules/@codemirror/commands/dist/index.js
var dist = __webpack_require__(45607);
// EXTERNAL MODULE: ../../../node_modules/@codemirror/language/dist/index.js + 1 modules
var language_dist = __webpack_require__(25208);
// EXTERNAL MODULE: ../../../node_modules/@codemirror/state/dist/index.js + 1 modules
var state_dist = __webpack_require__(17216);
// EXTERNAL MODULE: ../../../node_modules/@codemirror/view/dist/index.js + 1 modules
var view_dist = __webpack_require__(29389);
// EXTERNAL MODULE: ../../../node_modules/@codemirror/search/dist/index.js + 1 modules
var search_dist = __webpack_require__(31067);
// EXTERNAL MODULE: consume shared module (default) @jupyterlab/notebook@^4.6.6 (strict) (fallback: /work/wt-safety/node_modules/@jupyterlab/notebook/lib/index.js)
var notebook_lib_index_js_ = __webpack_require__(42908);
// EXTERNAL MODULE: consume shared module (default) @jupyterlab/apputils@^4.7.6 (strict) (fallback: /work/wt-safety/node_modules/@jupyterlab/apputils/lib/index.js)
var apputils_lib_index_js_ = __webpack_require__(94731);
;// CONCATENATED MODULE: ../../../node_modules/@jupyterlab/codemirror-extension/lib/commands.js
/*
 * Copyright (c) Jupyter Development Team.
 * Distributed under the terms of the Modified BSD License.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */








/**
 * Identifiers of commands.
 */
var commands_CommandIDs;
(function (CommandIDs) {
    CommandIDs.deleteLine = 'codemirror:delete-line';
    CommandIDs.toggleBlockComment = 'codemirror:toggle-block-comment';
    CommandIDs.toggleComment = 'codemirror:toggle-comment';
    CommandIDs.selectNextOccurrence = 'codemirror:select-next-occurrence';
    CommandIDs.toggleTabFocusMode = 'codemirror:toggle-tab-focus-mode';
    CommandIDs.toggleBold = 'codemirror:markdown-toggle-bold';
    CommandIDs.foldCurrent = 'codemirror:fold-current';
    CommandIDs.unfoldCurrent = 'codemirror:unfold-current';
    CommandIDs.foldSubregions = 'codemirror:fold-subregions';
    CommandIDs.unfoldSubregions = 'codemirror:unfold-subregions';
    CommandIDs.foldAll = 'codemirror:fold-all';
    CommandIDs.unfoldAll = 'codemirror:unfold-all';
})(commands_CommandIDs || (commands_CommandIDs = {}));
function toggleBlockCommentWithFallback(view) {
    return (0,dist/* .toggleBlockComment */.NH)(view) || (0,dist/* .toggleComment */.qh)(view);
}
/**
 * Selector for CodeMirror editor with `cmTile` attribute.
 */
const CODE_MIRROR_SELECTOR = '.cm-content';
/**
 * The editor commands.
 */
const commandsPlugin = {
    id: '@jupyterlab/codemirror-extension:commands',
    description: 'Registers commands acting on selected/active CodeMirror editor.',
    autoStart: true,
    requires: [notebook_lib_index_js_.INotebookTracker],
    optional: [translation_lib_index_js_.ITranslator, apputils_lib_index_js_.ICommandPalette],
    activate: (app, tracker, translator, palette) => {
        translator = translator !== null && translator !== void 0 ? translator : translation_lib_index_js_.nullTranslator;
        const trans = translator.load('jupyterlab');
        const isCodeMirror = (node) => node.classList.contains(CODE_MIRROR_SELECTOR);
        const findEditorView = () => {
            var _a, _b;
            const node = (_a = app.contextMenuHitTest(isCodeMirror)) !== null && _a !== void 0 ? _a : (_b = document.activeElement) === null || _b === void 0 ? void 0 : _b.closest(CODE_MIRROR_SELECTOR);
            if (!node) {
                return;
            }
            return view_dist/* .EditorView.findFromDOM */.Lz.findFromDOM(node);
        };
        const isEnabled = () => {
            return !!findEditorView();
        };
        /**
         * Toggle bold formatting by wrapping/unwrapping selected text with **.
         */
        const toggleBold = (view) => {
            const { state } = view;
            const { main } = state.selection;
            if (main.empty) {
                // No selection, do nothing
                return false;
            }
            const { from, to, anchor, head } = main;
            const isReversed = anchor > head;
            const doc = state.doc;
            const selectedText = doc.sliceString(from, to);
            const outerStart = from >= 2 && doc.sliceString(from - 2, from) === '**';
            const outerEnd = doc.sliceString(to, to + 2) === '**';
            const innerStart = selectedText.startsWith('**');
            const innerEnd = selectedText.endsWith('**');
            const setSelection = (contentStart, contentEnd) => {
                const newAnchor = isReversed ? contentEnd : contentStart;
                const newHead = isReversed ? contentStart : contentEnd;
                return state_dist/* .EditorSelection.single */.OF.single(newAnchor, newHead);
            };
            // Unwrap when markers are outside the selection
            if (outerStart && outerEnd) {
                const changeFrom = from - 2;
                const changeTo = to + 2;
                const contentLength = to - from;
                view.dispatch({
                    changes: { from: changeFrom, to: changeTo, insert: selectedText },
                    selection: setSelection(changeFrom, changeFrom + contentLength)
                });
                return true;
            }
            // Unwrap when markers are included in the selection
            if (innerStart && innerEnd && selectedText.length >= 4) {
                const unwrapped = selectedText.slice(2, -2);
                const contentStart = from;
                const contentEnd = from + unwrapped.length;
                view.dispatch({
                    changes: { from, to, insert: unwrapped },
                    selection: setSelection(contentStart, contentEnd)
                });
                return true;
            }
            // Wrap the selection
            const wrapped = `**${selectedText}**`;
            const contentStart = from + 2;
            const contentEnd = to + 2;
            view.dispatch({
                changes: { from, to, insert: wrapped },
                selection: setSelection(contentStart, contentEnd)
            });
            return true;
        };
        const getActiveEditorInfo = () => {
            var _a, _b;
            const currentWidget = app.shell.currentWidget;
            // Check for active notebook
            const notebook = (_a = tracker.currentWidget) === null || _a === void 0 ? void 0 : _a.content;
            if (tracker.currentWidget !== null &&
                tracker.currentWidget === currentWidget &&
                notebook &&
                notebook.activeCell) {
                return {
                    type: 'notebook',
                    widget: currentWidget,
                    notebook,
                    isEnabled: true
                };
            }
            // Check for file editor
            const fileEditorWidget = currentWidget;
            if (fileEditorWidget &&
                fileEditorWidget.content &&
                typeof ((_b = fileEditorWidget.content.editor) === null || _b === void 0 ? void 0 : _b.focus) === 'function') {
                return {
                    type: 'fileEditor',
                    widget: fileEditorWidget,
                    isEnabled: true
                };
            }
            return {
                type: 'none',
                widget: null,
                isEnabled: false
            };
        };
        // Simplified isEnabled function using the helper
        const isCodeFoldingEnabled = () => {
            return getActiveEditorInfo().isEnabled;
        };
        app.commands.addCommand(commands_CommandIDs.deleteLine, {
            label: trans.__('Delete the current line'),
            describedBy: {
                args: {
                    type: 'object',
                    properties: {}
                }
            },
            execute: () => {
                const view = findEditorView();
                if (!view) {
                    return;
                }
                (0,dist/* .deleteLine */.SA)(view);
            },
            isEnabled
        });
        app.commands.addCommand(commands_CommandIDs.toggleBlockComment, {
            label: trans.__('Toggle Block Comment'),
            caption: trans.__('Toggles block comments; falls back to regular comment toggle when block comment syntax is unavailable'),
            describedBy: {
                args: {
                    type: 'object',
                    properties: {}
                }
            },
            execute: () => {
                const view = findEditorView();
                if (!view) {
                    return;
                }
                toggleBlockCommentWithFallback(view);
            },
            isEnabled
        });
        app.commands.addCommand(commands_CommandIDs.toggleComment, {
            label: trans.__('Toggle Comment'),
            describedBy: {
                args: {
                    type: 'object',
                    properties: {}
                }
            },
            execute: () => {
                const view = findEditorView();
                if (!view) {
                    return;
                }
                (0,dist/* .toggleComment */.qh)(view);
            },
            isEnabled
        });
        app.commands.addCommand(commands_CommandIDs.toggleTabFocusMode, {
            label: trans.__('Toggle Tab Focus Mode'),
            caption: trans.__('Toggles behavior of Tab key between inserting indentation and moving to next focusable element'),
            describedBy: {
                args: {
                    type: 'object',
                    properties: {}
                }
            },
            execute: () => {
                const view = findEditorView();
                if (!view) {
                    return;
                }
                (0,dist/* .toggleTabFocusMode */.ND)(view);
            },
            isEnabled
        });
        app.commands.addCommand(commands_CommandIDs.selectNextOccurrence, {
            label: trans.__('Select Next Occurrence'),
            describedBy: {
                args: {
                    type: 'object',
                    properties: {}
                }
            },
            execute: () => {
                const view = findEditorView();
                if (!view) {
                    return;
                }
                (0,search_dist/* .selectNextOccurrence */.dg)(view);
            },
            isEnabled
        });
        app.commands.addCommand(commands_CommandIDs.toggleBold, {
            label: trans.__('Toggle Bold'),
            caption: trans.__('Toggle bold formatting by wrapping/unwrapping selected text with **'),
            describedBy: {
                args: {
                    type: 'object',
                    properties: {}
                }
            },
            execute: () => {
                const view = findEditorView();
                if (!view) {
                    return;
                }
                toggleBold(view);
            },
            isEnabled
        });
        app.commands.addCommand(commands_CommandIDs.foldCurrent, {
            label: trans.__('Fold Current Region'),
            describedBy: {
                args: {
                    type: 'object',
                    properties: {}
                }
            },
            // Updated execute function using the helper
            execute: () => {
                var _a;
                const editorInfo = getActiveEditorInfo();
                if (editorInfo.type === 'notebook') {
                    editorInfo.notebook.mode = 'edit';
                    if (editorInfo.notebook.activeCell) {
                        (_a = editorInfo.notebook.activeCell.editor) === null || _a === void 0 ? void 0 : _a.focus();
                    }
                }
                else if (editorInfo.type === 'fileEditor') {
                    editorInfo.widget.content.editor.focus();
                }
                const view = findEditorView();
                if (!view) {
                    return;
                }
                const { state } = view;
                const pos = state.selection.main.head;
                const line = state.doc.lineAt(pos);
                const range = (0,language_dist/* .foldable */.wg)(state, line.from, line.to);
                if (range) {
                    (0,language_dist/* .foldCode */.Tm)(view);
                }
            },
            isEnabled: isCodeFoldingEnabled
        });
        app.commands.addCommand(commands_CommandIDs.unfoldCurrent, {
            label: trans.__('Unfold Current Region'),
            describedBy: {
                args: {
                    type: 'object',
                    properties: {}
                }
            },
            execute: () => {
                var _a;
                const editorInfo = getActiveEditorInfo();
                if (editorInfo.type === 'notebook') {
                    editorInfo.notebook.mode = 'edit';
                    if (editorInfo.notebook.activeCell) {
                        (_a = editorInfo.notebook.activeCell.editor) === null || _a === void 0 ? void 0 : _a.focus();
                    }
                }
                else if (editorInfo.type === 'fileEditor') {
                    editorInfo.widget.content.editor.focus();
                }
                const view = findEditorView();
                if (!view) {
                    return;
                }
                const { state } = view;
                const pos = state.selection.main.head;
                const line = state.doc.lineAt(pos);
                const range = (0,language_dist/* .foldable */.wg)(state, line.from, line.to);
                if (range) {
                    (0,language_dist/* .unfoldCode */.Kc)(view);
                }
            },
            isEnabled: isCodeFoldingEnabled
        });
        app.commands.addCommand(commands_CommandIDs.foldSubregions, {
            label: trans.__('Fold All Subregions'),
            describedBy: {
                args: {
                    type: 'object',
                    properties: {}
                }
            },
            execute: () => {
                var _a;
                const editorInfo = getActiveEditorInfo();
                if (editorInfo.type === 'notebook') {
                    editorInfo.notebook.mode = 'edit';
                    if (editorInfo.notebook.activeCell) {
                        (_a = editorInfo.notebook.activeCell.editor) === null || _a === void 0 ? void 0 : _a.focus();
                    }
                }
                else if (editorInfo.type === 'fileEditor') {
                    editorInfo.widget.content.editor.focus();
                }
                const view = findEditorView();
                if (!view) {
                    return;
                }
                try {
                    const { state } = view;
                    const pos = state.selection.main.head;
                    const line = state.doc.lineAt(pos);
                    const topRegion = (0,language_dist/* .foldable */.wg)(state, line.from, line.to);
                    let hasFoldState = false;
                    try {
                        const currentFoldState = state.field(language_dist/* .foldState */.rI, false);
                        hasFoldState = currentFoldState !== undefined;
                    }
                    catch (e) {
                        hasFoldState = false;
                    }
                    if (!hasFoldState) {
                        // Prime the folding system with a dummy fold/unfold
                        (0,language_dist/* .foldCode */.Tm)(view);
                        (0,language_dist/* .unfoldCode */.Kc)(view);
                    }
                    if (!topRegion) {
                        return;
                    }
                    const effects = [];
                    let subPos = topRegion.from + 1;
                    while (subPos < topRegion.to) {
                        const subLine = state.doc.lineAt(subPos);
                        const subRange = (0,language_dist/* .foldable */.wg)(state, subLine.from, subLine.to);
                        if (subRange &&
                            subRange.from > topRegion.from &&
                            subRange.to <= topRegion.to) {
                            effects.push(language_dist/* .foldEffect.of */.R3.of(subRange));
                            subPos = subRange.to;
                        }
                        else {
                            subPos = subLine.to + 1;
                        }
                    }
                    if (effects.length > 0) {
                        view.dispatch({ effects });
                    }
                }
                catch (e) {
                    // Silent fail
                }
            },
            isEnabled: isCodeFoldingEnabled
        });
        app.commands.addCommand(commands_CommandIDs.unfoldSubregions, {
            label: trans.__('Unfold All Subregions'),
            describedBy: {
                args: {
                    type: 'object',
                    properties: {}
                }
            },
            execute: () => {
                var _a;
                const editorInfo = getActiveEditorInfo();
                if (editorInfo.type === 'notebook') {
                    editorInfo.notebook.mode = 'edit';
                    if (editorInfo.notebook.activeCell) {
                        (_a = editorInfo.notebook.activeCell.editor) === null || _a === void 0 ? void 0 : _a.focus();
                    }
                }
                else if (editorInfo.type === 'fileEditor') {
                    editorInfo.widget.content.editor.focus();
                }
                const view = findEditorView();
                if (!view) {
                    return;
                }
                try {
                    const { state } = view;
                    const pos = state.selection.main.head;
                    const line = state.doc.lineAt(pos);
                    const topRegion = (0,language_dist/* .foldable */.wg)(state, line.from, line.to);
                    if (!topRegion) {
                        return;
                    }
                    const foldedRanges = state.field(language_dist/* .foldState */.rI, false);
                    if (!foldedRanges) {
                        return;
                    }
                    const effects = [];
                    foldedRanges.between(topRegion.from + 1, topRegion.to, (from, to) => {
                        if (from > topRegion.from && to <= topRegion.to) {
                            effects.push(language_dist/* .unfoldEffect.of */.c1.of({ from, to }));
                        }
                    });
                    if (effects.length > 0) {
                        view.dispatch({ effects });
                    }
                }
                catch (e) {
                    // Silent fail
                }
            },
            isEnabled: isCodeFoldingEnabled
        });
        app.commands.addCommand(commands_CommandIDs.foldAll, {
            label: trans.__('Fold All Regions'),
            describedBy: {
                args: {
                    type: 'object',
                    properties: {}
                }
            },
            execute: () => {
                var _a;
                const editorInfo = getActiveEditorInfo();
                if (editorInfo.type === 'notebook') {
                    editorInfo.notebook.mode = 'edit';
                    if (editorInfo.notebook.activeCell) {
                        (_a = editorInfo.notebook.activeCell.editor) === null || _a === void 0 ? void 0 : _a.focus();
                    }
                }
                else if (editorInfo.type === 'fileEditor') {
                    editorInfo.widget.content.editor.focus();
                }
                const view = findEditorView();
                if (!view) {
                    return;
                }
                try {
                    (0,language_dist/* .foldAll */.hY)(view);
                }
                catch (e) {
                    // Silent fail
                }
            },
            isEnabled: isCodeFoldingEnabled
        });
        app.commands.addCommand(commands_CommandIDs.unfoldAll, {
            label: trans.__('Unfold All Regions'),
            describedBy: {
                args: {
                    type: 'object',
                    properties: {}
                }
            },
            execute: () => {
                var _a;
                const editorInfo = getActiveEditorInfo();
                if (editorInfo.type === 'notebook') {
                    editorInfo.notebook.mode = 'edit';
                    if (editorInfo.notebook.activeCell) {
                        (_a = editorInfo.notebook.activeCell.editor) === null || _a === void 0 ? void 0 : _a.focus();
                    }
                }
                else if (editorInfo.type === 'fileEditor') {
                    editorInfo.widget.content.editor.focus();
                }
                const view = findEditorView();
                if (!view) {
                    return;
                }
                try {
                    (0,language_dist/* .unfoldAll */._I)(view);
                }
                catch (e) {
                    // Silent fail
                }
            },
            isEnabled: isCodeFoldingEnabled
        });
        if (palette) {
            const category = trans.__('File Operations');
            [
                commands_CommandIDs.foldCurrent,
                commands_CommandIDs.unfoldCurrent,
                commands_CommandIDs.foldSubregions,
                commands_CommandIDs.unfoldSubregions,
                commands_CommandIDs.foldAll,
                commands_CommandIDs.unfoldAll
            ].forEach(command => {
                palette.addItem({ command, category });
            });
        }
    }
};
//# sourceMappingURL=commands.js.map
// EXTERNAL MODULE: consume shared module (default) @jupyterlab/codemirror@^4.6.6 (strict) (fallback: /work/wt-safety/node_modules/@jupyterlab/codemirror/lib/index.js)
var codemirror_lib_index_js_ = __webpack_require__(87874);
// EXTERNAL MODULE: consume shared module (default) @jupyterlab/settingregistry@^4.6.6 (strict) (fallback: /work/wt-safety/node_modules/@jupyterlab/settingregistry/lib/index.js)
var settingregistry_lib_index_js_ = __webpack_require__(43706);
// EXTERNAL MODULE: consume shared module (default) @jupyterlab/ui-components@^4.6.6 (strict) (fallback: /work/wt-safety/node_modules/@jupyterlab/ui-components/lib/index.js)
var ui_components_lib_index_js_ = __webpack_require__(38470);
// EXTERNAL MODULE: consume shared module (default) @lumino/coreutils@^2.2.3 (strict) (fallback: /work/wt-safety/node_modules/@lumino/coreutils/dist/index.js)
var dist_index_js_ = __webpack_require__(3352);
// EXTERNAL MODULE: ../../../node_modules/@rjsf/validator-ajv8/lib/index.js + 6 modules
var lib = __webpack_require__(3272);
// EXTERNAL MODULE: consume shared module (default) react@^18.3.1 (strict) (fallback: /work/wt-safety/node_modules/react/index.js)
var react_index_js_ = __webpack_require__(98355);
;// CONCATENATED MODULE: ../../../node_modules/@jupyterlab/codemirror-extension/lib/services.js
/*
 * Copyright (c) Jupyter Development Team.
 * Distributed under the terms of the Modified BSD License.
 */
/* eslint-disable @typescript-eslint/no-explicit-any */









/**
 * CodeMirror settings plugin ID
 */
const SETTINGS_ID = '@jupyterlab/codemirror-extension:plugin';
/**
 * CodeMirror language registry provider.
 */
const languagePlugin = {
    id: '@jupyterlab/codemirror-extension:languages',
    description: 'Provides the CodeMirror languages registry.',
    provides: codemirror_lib_index_js_.IEditorLanguageRegistry,
    optional: [translation_lib_index_js_.ITranslator],
    activate: (app, translator) => {
        const languages = new codemirror_lib_index_js_.EditorLanguageRegistry();
        // Register default languages
        for (const language of codemirror_lib_index_js_.EditorLanguageRegistry.getDefaultLanguages(translator, (info) => languages.findBest(info))) {
            languages.addLanguage(language);
        }
        // Add Jupyter Markdown flavor here to support
        // code block highlighting.
        languages.addLanguage({
            name: 'ipythongfm',
            mime: 'text/x-ipythongfm',
            load: async () => {
                const [m, py, tex] = await Promise.all([
                    Promise.all(/* import() */ [__webpack_require__.e(2971), __webpack_require__.e(3435), __webpack_require__.e(1416), __webpack_require__.e(2244), __webpack_require__.e(462), __webpack_require__.e(1686)]).then(__webpack_require__.bind(__webpack_require__, 2069)),
                    Promise.all(/* import() */ [__webpack_require__.e(1416), __webpack_require__.e(5732)]).then(__webpack_require__.bind(__webpack_require__, 42543)),
                    __webpack_require__.e(/* import() */ 7349).then(__webpack_require__.bind(__webpack_require__, 84292))
                ]);
                const mdlang = m.markdown({
                    base: m.markdownLanguage,
                    codeLanguages: (info) => languages.findBest(info),
                    extensions: [
                        (0,codemirror_lib_index_js_.parseMathIPython)(language_dist/* .StreamLanguage.define */.Tg.define(tex.stexMath).parser)
                    ]
                });
                return new language_dist/* .LanguageSupport */.Yy(mdlang.language, [
                    mdlang.support,
                    (0,codemirror_lib_index_js_.pythonBuiltin)(py.pythonLanguage)
                ]);
            }
        });
        return languages;
    }
};
/**
 * CodeMirror theme registry provider.
 */
const themePlugin = {
    id: '@jupyterlab/codemirror-extension:themes',
    description: 'Provides the CodeMirror theme registry',
    provides: codemirror_lib_index_js_.IEditorThemeRegistry,
    optional: [translation_lib_index_js_.ITranslator],
    activate: (app, translator) => {
        const themes = new codemirror_lib_index_js_.EditorThemeRegistry();
        // Register default themes
        for (const theme of codemirror_lib_index_js_.EditorThemeRegistry.getDefaultThemes(translator)) {
            themes.addTheme(theme);
        }
        return themes;
    }
};
/**
 * CodeMirror editor extensions registry provider.
 */
const extensionPlugin = {
    id: '@jupyterlab/codemirror-extension:extensions',
    description: 'Provides the CodeMirror extension factory registry.',
    provides: codemirror_lib_index_js_.IEditorExtensionRegistry,
    requires: [codemirror_lib_index_js_.IEditorThemeRegistry],
    optional: [translation_lib_index_js_.ITranslator, settingregistry_lib_index_js_.ISettingRegistry, ui_components_lib_index_js_.IFormRendererRegistry],
    activate: (app, themes, translator, settingRegistry, formRegistry) => {
        const registry = new codemirror_lib_index_js_.EditorExtensionRegistry();
        // Register default extensions
        for (const extensionFactory of codemirror_lib_index_js_.EditorExtensionRegistry.getDefaultExtensions({
            themes,
            translator
        })) {
            registry.addExtension(extensionFactory);
        }
        if (settingRegistry) {
            const updateSettings = (settings) => {
                var _a;
                registry.baseConfiguration =
                    (_a = settings.get('defaultConfig').composite) !== null && _a !== void 0 ? _a : {};
            };
            void Promise.all([
                settingRegistry.load(SETTINGS_ID),
                app.restored
            ]).then(([settings]) => {
                updateSettings(settings);
                settings.changed.connect(updateSettings);
            });
            formRegistry === null || formRegistry === void 0 ? void 0 : formRegistry.addRenderer(`${SETTINGS_ID}.defaultConfig`, {
                fieldRenderer: (props) => {
                    let defaultFormData;
                    const properties = react_index_js_.useMemo(() => registry.settingsSchema, []);
                    if (props.name in props.formContext.defaultFormData) {
                        defaultFormData = props.formContext.defaultFormData[props.name];
                    }
                    else {
                        defaultFormData = {};
                    }
                    // Only provide customizable options
                    for (const [key, value] of Object.entries(registry.defaultConfiguration)) {
                        if (typeof properties[key] !== 'undefined' &&
                            !(key in defaultFormData)) {
                            defaultFormData[key] = value;
                        }
                    }
                    return (react_index_js_.createElement("div", { className: "jp-FormGroup-contentNormal" },
                        react_index_js_.createElement("h3", { className: "jp-FormGroup-fieldLabel jp-FormGroup-contentItem" }, props.schema.title),
                        props.schema.description && (react_index_js_.createElement("div", { className: "jp-FormGroup-description" }, props.schema.description)),
                        react_index_js_.createElement(ui_components_lib_index_js_.FormComponent, { schema: {
                                title: props.schema.title,
                                description: props.schema.description,
                                type: 'object',
                                properties,
                                additionalProperties: false
                            }, validator: lib/* ["default"] */.Ay, formData: { ...defaultFormData, ...props.formData }, formContext: { defaultFormData }, liveValidate: true, onChange: e => {
                                var _a;
                                // Only save non-default values
                                const nonDefault = {};
                                for (const [property, value] of Object.entries((_a = e.formData) !== null && _a !== void 0 ? _a : {})) {
                                    const default_ = defaultFormData[property];
                                    if (default_ === undefined ||
                                        !dist_index_js_.JSONExt.deepEqual(value, default_)) {
                                        nonDefault[property] = value;
                                    }
                                }
                                props.onChange(nonDefault);
                            }, tagName: "div", translator: translator !== null && translator !== void 0 ? translator : translation_lib_index_js_.nullTranslator, buttonStyle: "icons" })));
                }
            });
        }
        return registry;
    }
};
/**
 * CodeMirror shared model binding provider.
 */
const bindingPlugin = {
    id: '@jupyterlab/codemirror-extension:binding',
    description: 'Register the CodeMirror extension factory binding the editor and the shared model.',
    autoStart: true,
    requires: [codemirror_lib_index_js_.IEditorExtensionRegistry],
    activate: (app, extensions) => {
        extensions.addExtension({
            name: 'shared-model-binding',
            factory: options => {
                var _a;
                const sharedModel = options.model.sharedModel;
                return codemirror_lib_index_js_.EditorExtensionRegistry.createImmutableExtension((0,codemirror_lib_index_js_.ybinding)({
                    ytext: sharedModel.ysource,
                    undoManager: (_a = sharedModel.undoManager) !== null && _a !== void 0 ? _a : undefined
                }));
            }
        });
    }
};
/**
 * The editor services.
 */
const servicesPlugin = {
    id: '@jupyterlab/codemirror-extension:services',
    description: 'Provides the service to instantiate CodeMirror editors.',
    provides: lib_index_js_.IEditorServices,
    requires: [codemirror_lib_index_js_.IEditorLanguageRegistry, codemirror_lib_index_js_.IEditorExtensionRegistry],
    optional: [translation_lib_index_js_.ITranslator],
    activate: (app, languages, extensions, translator) => {
        const factory = new codemirror_lib_index_js_.CodeMirrorEditorFactory({
            extensions,
            languages,
            translator: translator !== null && translator !== void 0 ? translator : translation_lib_index_js_.nullTranslator
        });
        return {
            factoryService: factory,
            mimeTypeService: new codemirror_lib_index_js_.CodeMirrorMimeTypeService(languages)
        };
    }
};
//# sourceMappingURL=services.js.map
;// CONCATENATED MODULE: ../../../node_modules/@jupyterlab/codemirror-extension/lib/index.js
// Copyright (c) Jupyter Development Team.
// Distributed under the terms of the Modified BSD License.
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * @packageDocumentation
 * @module codemirror-extension
 */






/**
 * A plugin providing a line/column status item to the application.
 */
const lineColItem = {
    id: '@jupyterlab/codemirror-extension:line-col-status',
    description: 'Provides the code editor cursor position model.',
    autoStart: true,
    requires: [translation_lib_index_js_.ITranslator],
    optional: [index_js_.ILabShell, statusbar_lib_index_js_.IStatusBar],
    provides: lib_index_js_.IPositionModel,
    activate: (app, translator, labShell, statusBar) => {
        const item = new lib_index_js_.LineCol(translator);
        const providers = new Set();
        if (statusBar) {
            // Add the status item to the status bar.
            statusBar.registerStatusItem(lineColItem.id, {
                priority: 1,
                item,
                align: 'right',
                rank: 2,
                isActive: () => !!item.model.editor
            });
        }
        const addEditorProvider = (provider) => {
            providers.add(provider);
            if (app.shell.currentWidget) {
                updateEditor(app.shell, {
                    newValue: app.shell.currentWidget,
                    oldValue: null
                });
            }
        };
        const update = () => {
            updateEditor(app.shell, {
                oldValue: app.shell.currentWidget,
                newValue: app.shell.currentWidget
            });
        };
        function updateEditor(shell, changes) {
            Promise.all([...providers].map(provider => provider(changes.newValue)))
                .then(editors => {
                var _a;
                item.model.editor =
                    (_a = editors.filter(editor => editor !== null)[0]) !== null && _a !== void 0 ? _a : null;
            })
                .catch(reason => {
                console.error('Get editors', reason);
            });
        }
        if (labShell) {
            labShell.currentChanged.connect(updateEditor);
        }
        return { addEditorProvider, update };
    }
};
/**
 * Export the plugins as default.
 */
const plugins = [
    commandsPlugin,
    languagePlugin,
    themePlugin,
    bindingPlugin,
    extensionPlugin,
    servicesPlugin,
    lineColItem
];
/* export default */ const codemirror_extension_lib = (plugins);
//# sourceMappingURL=index.js.map

},

}]);
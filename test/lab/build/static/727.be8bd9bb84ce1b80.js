"use strict";
(self["rspackChunk"] = self["rspackChunk"] || []).push([[727], {
85834(__unused_rspack_module, __webpack_exports__, __webpack_require__) {
__webpack_require__.r(__webpack_exports__);
/* import */ var _jupyterlab_apputils__rspack_import_0 = __webpack_require__(94731);
/* import */ var _jupyterlab_docmanager__rspack_import_1 = __webpack_require__(67404);
/* import */ var _jupyterlab_rendermime__rspack_import_2 = __webpack_require__(90450);
/* import */ var _jupyterlab_translation__rspack_import_3 = __webpack_require__(15186);
/* -----------------------------------------------------------------------------
| Copyright (c) Jupyter Development Team.
| Distributed under the terms of the Modified BSD License.
|----------------------------------------------------------------------------*/
/**
 * @packageDocumentation
 * @module rendermime-extension
 */




var CommandIDs;
(function (CommandIDs) {
    CommandIDs.handleLink = 'rendermime:handle-local-link';
})(CommandIDs || (CommandIDs = {}));
/**
 * A plugin providing a rendermime registry.
 */
const plugin = {
    id: '@jupyterlab/rendermime-extension:plugin',
    description: 'Provides the render mime registry.',
    optional: [
        _jupyterlab_docmanager__rspack_import_1.IDocumentManager,
        _jupyterlab_rendermime__rspack_import_2.ILatexTypesetter,
        _jupyterlab_apputils__rspack_import_0.ISanitizer,
        _jupyterlab_rendermime__rspack_import_2.IMarkdownParser,
        _jupyterlab_translation__rspack_import_3.ITranslator
    ],
    provides: _jupyterlab_rendermime__rspack_import_2.IRenderMimeRegistry,
    activate: activate,
    autoStart: true
};
/**
 * Export the plugin as default.
 */
/* export default */ const __rspack_default_export = (plugin);
const DEBUGGER_OPEN_SOURCE = 'debugger:open-source';
/**
 * Activate the rendermine plugin.
 */
function activate(app, docManager, latexTypesetter, sanitizer, markdownParser, translator) {
    const trans = (translator !== null && translator !== void 0 ? translator : _jupyterlab_translation__rspack_import_3.nullTranslator).load('jupyterlab');
    if (docManager) {
        app.commands.addCommand(CommandIDs.handleLink, {
            label: trans.__('Handle Local Link'),
            execute: args => {
                const path = args['path'];
                const id = args['id'];
                const scope = args['scope'] || 'server';
                if (!path) {
                    return;
                }
                if (scope === 'kernel') {
                    // Note: using a command instead of requiring
                    // `IDebuggerSourceViewer` to avoid a dependency cycle.
                    if (!app.commands.hasCommand(DEBUGGER_OPEN_SOURCE)) {
                        console.warn('Cannot open kernel file: debugger sources provider not available');
                        return;
                    }
                    return app.commands.execute(DEBUGGER_OPEN_SOURCE, { path });
                }
                // First check if the path exists on the server.
                return docManager.services.contents
                    .get(path, { content: false })
                    .then(() => {
                    // Open the link with the default rendered widget factory,
                    // if applicable.
                    const factory = docManager.registry.defaultRenderedWidgetFactory(path);
                    const widget = docManager.openOrReveal(path, factory.name);
                    // Handle the hash if one has been provided.
                    if (widget && id) {
                        widget.setFragment(id);
                    }
                });
            },
            describedBy: {
                args: {
                    type: 'object',
                    properties: {
                        path: {
                            type: 'string',
                            description: trans.__('The file path to open')
                        },
                        id: {
                            type: 'string',
                            description: trans.__('Fragment identifier to navigate to')
                        },
                        scope: {
                            type: 'string',
                            enum: ['kernel', 'server'],
                            description: trans.__('Scope of the file location')
                        }
                    },
                    required: ['path']
                }
            }
        });
    }
    return new _jupyterlab_rendermime__rspack_import_2.RenderMimeRegistry({
        initialFactories: _jupyterlab_rendermime__rspack_import_2.standardRendererFactories,
        trustHandler: {
            markTrusted: (node) => {
                app.commandLinker.markTrusted(node);
            },
            unmarkTrusted: (node) => {
                app.commandLinker.unmarkTrusted(node);
            }
        },
        linkHandler: !docManager
            ? undefined
            : {
                handleLink: (node, path, id) => {
                    // If node has the download attribute explicitly set, use the
                    // default browser downloading behavior.
                    if (node.tagName === 'A' && node.hasAttribute('download')) {
                        return;
                    }
                    node.addEventListener('click', (event) => {
                        event.preventDefault();
                        void app.commands.execute(CommandIDs.handleLink, { path, id });
                    });
                },
                handlePath: (node, path, scope, id) => {
                    node.addEventListener('click', (event) => {
                        event.preventDefault();
                        void app.commands.execute(CommandIDs.handleLink, {
                            path,
                            id,
                            scope
                        });
                    });
                }
            },
        latexTypesetter: latexTypesetter !== null && latexTypesetter !== void 0 ? latexTypesetter : undefined,
        markdownParser: markdownParser !== null && markdownParser !== void 0 ? markdownParser : undefined,
        translator: translator !== null && translator !== void 0 ? translator : undefined,
        sanitizer: sanitizer !== null && sanitizer !== void 0 ? sanitizer : undefined
    });
}
//# sourceMappingURL=index.js.map
__webpack_require__.d(__webpack_exports__, {
}, {
  "default": __rspack_default_export
});


},

}]);
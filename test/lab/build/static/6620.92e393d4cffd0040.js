"use strict";
(self["rspackChunk"] = self["rspackChunk"] || []).push([[6620], {
47831(__unused_rspack_module, __webpack_exports__, __webpack_require__) {
__webpack_require__.r(__webpack_exports__);
/* import */ var _lumino_coreutils__rspack_import_0 = __webpack_require__(3352);
/* import */ var _lumino_coreutils__rspack_import_0_default = /*#__PURE__*/__webpack_require__.n(_lumino_coreutils__rspack_import_0);
/* import */ var _jupyterlab_rendermime__rspack_import_1 = __webpack_require__(90450);
/* import */ var _jupyterlab_translation__rspack_import_2 = __webpack_require__(15186);
// Copyright (c) Jupyter Development Team.
// Distributed under the terms of the Modified BSD License.
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * @packageDocumentation
 * @module mathjax-extension
 */



var CommandIDs;
(function (CommandIDs) {
    /**
     * Copy raw LaTeX to clipboard.
     */
    CommandIDs.copy = 'mathjax:clipboard';
    /**
     * Scale MathJax elements.
     */
    CommandIDs.scale = 'mathjax:scale';
})(CommandIDs || (CommandIDs = {}));
/**
 * The MathJax Typesetter.
 */
class MathJaxTypesetter {
    constructor() {
        this._initialized = false;
    }
    async _ensureInitialized() {
        if (!this._initialized) {
            this._mathDocument = await Private.ensureMathDocument();
            this._initialized = true;
        }
    }
    /**
     * Get an instance of the MathDocument object.
     */
    async mathDocument() {
        await this._ensureInitialized();
        return this._mathDocument;
    }
    /**
     * Typeset the math in a node.
     */
    async typeset(node) {
        try {
            await this._ensureInitialized();
        }
        catch (e) {
            console.error(e);
            return;
        }
        this._mathDocument.options.elements = [node];
        this._mathDocument.clear().render();
        delete this._mathDocument.options.elements;
        Private.hardenAnchorLinks(node);
    }
}
/**
 * The MathJax extension.
 */
const mathJaxPlugin = {
    id: '@jupyterlab/mathjax-extension:plugin',
    description: 'Provides the LaTeX mathematical expression interpreter.',
    provides: _jupyterlab_rendermime__rspack_import_1.ILatexTypesetter,
    optional: [_jupyterlab_translation__rspack_import_2.ITranslator],
    activate: (app, translator) => {
        const trans = (translator !== null && translator !== void 0 ? translator : _jupyterlab_translation__rspack_import_2.nullTranslator).load('jupyterlab');
        const typesetter = new MathJaxTypesetter();
        app.commands.addCommand(CommandIDs.copy, {
            execute: async () => {
                const md = await typesetter.mathDocument();
                const oJax = md.outputJax;
                await navigator.clipboard.writeText(oJax.math.math);
            },
            label: trans.__('MathJax Copy Latex'),
            describedBy: {
                args: {
                    type: 'object',
                    properties: {}
                }
            }
        });
        app.commands.addCommand(CommandIDs.scale, {
            execute: async (args) => {
                const md = await typesetter.mathDocument();
                const scale = args['scale'] || 1.0;
                md.outputJax.options.scale = scale;
                md.rerender();
                // Harden only the re-rendered anchors
                for (const math of md.math) {
                    const root = math.typesetRoot;
                    if (root) {
                        Private.hardenAnchorLinks(root);
                    }
                }
            },
            label: args => trans.__('Mathjax Scale ') +
                (args['scale'] ? `x${args['scale']}` : trans.__('Reset')),
            describedBy: {
                args: {
                    type: 'object',
                    properties: {
                        scale: {
                            type: 'number',
                            description: trans.__('The scale factor for MathJax rendering')
                        }
                    }
                }
            }
        });
        return typesetter;
    },
    autoStart: true
};
/* export default */ const __rspack_default_export = (mathJaxPlugin);
/**
 * A namespace for module-private functionality.
 */
var Private;
(function (Private) {
    let _loading = null;
    async function ensureMathDocument() {
        if (!_loading) {
            _loading = new _lumino_coreutils__rspack_import_0.PromiseDelegate();
            void Promise.all(/* import() */ [__webpack_require__.e(5602), __webpack_require__.e(6430), __webpack_require__.e(5315)]).then(__webpack_require__.t.bind(__webpack_require__, 54382, 23));
            const [{ mathjax }, { CHTML }, { TeX }, { TeXFont }, { AllPackages }, { SafeHandler }, { HTMLHandler }, { browserAdaptor }, { AssistiveMmlHandler }] = await Promise.all([
                __webpack_require__.e(/* import() */ 9230).then(__webpack_require__.bind(__webpack_require__, 58749)),
                Promise.all(/* import() */ [__webpack_require__.e(5602), __webpack_require__.e(9604), __webpack_require__.e(608), __webpack_require__.e(3469)]).then(__webpack_require__.t.bind(__webpack_require__, 30892, 23)),
                Promise.all(/* import() */ [__webpack_require__.e(5602), __webpack_require__.e(6430), __webpack_require__.e(3954), __webpack_require__.e(423)]).then(__webpack_require__.t.bind(__webpack_require__, 33754, 23)),
                Promise.all(/* import() */ [__webpack_require__.e(608), __webpack_require__.e(7412)]).then(__webpack_require__.t.bind(__webpack_require__, 2771, 23)),
                Promise.all(/* import() */ [__webpack_require__.e(5602), __webpack_require__.e(6430), __webpack_require__.e(3954), __webpack_require__.e(7136)]).then(__webpack_require__.bind(__webpack_require__, 61939)),
                __webpack_require__.e(/* import() */ 6451).then(__webpack_require__.t.bind(__webpack_require__, 83726, 23)),
                Promise.all(/* import() */ [__webpack_require__.e(5602), __webpack_require__.e(9604), __webpack_require__.e(8504), __webpack_require__.e(596)]).then(__webpack_require__.t.bind(__webpack_require__, 37551, 23)),
                __webpack_require__.e(/* import() */ 4943).then(__webpack_require__.bind(__webpack_require__, 22786)),
                Promise.all(/* import() */ [__webpack_require__.e(5602), __webpack_require__.e(9604), __webpack_require__.e(8504), __webpack_require__.e(2090)]).then(__webpack_require__.t.bind(__webpack_require__, 46705, 23))
            ]);
            mathjax.handlers.register(AssistiveMmlHandler(SafeHandler(new HTMLHandler(browserAdaptor()))));
            class EmptyFont extends TeXFont {
            }
            EmptyFont.defaultFonts = {};
            const chtml = new CHTML({
                // Override dynamically generated fonts in favor of our font css
                font: new EmptyFont()
            });
            const tex = new TeX({
                packages: AllPackages.concat('require'),
                inlineMath: [
                    ['$', '$'],
                    ['\\(', '\\)']
                ],
                displayMath: [
                    ['$$', '$$'],
                    ['\\[', '\\]']
                ],
                processEscapes: true,
                processEnvironments: true
            });
            const mathDocument = mathjax.document(window.document, {
                InputJax: tex,
                OutputJax: chtml
            });
            _loading.resolve(mathDocument);
        }
        return _loading.promise;
    }
    Private.ensureMathDocument = ensureMathDocument;
    /**
     * Utility function to harden anchor links in a given element
     */
    function hardenAnchorLinks(element) {
        const anchors = element.querySelectorAll('.MathJax a');
        anchors.forEach(anchor => {
            // Add rel="noopener" if not already present
            const existingRel = anchor.rel || '';
            const relValues = existingRel.split(/\s+/).filter(v => v.length > 0);
            if (!relValues.includes('noopener')) {
                relValues.push('noopener');
            }
            anchor.rel = relValues.join(' ');
            // Add target="_blank" if not already present
            if (anchor.target !== '_blank') {
                anchor.target = '_blank';
            }
        });
    }
    Private.hardenAnchorLinks = hardenAnchorLinks;
})(Private || (Private = {}));
//# sourceMappingURL=index.js.map
__webpack_require__.d(__webpack_exports__, {
}, {
  MathJaxTypesetter: MathJaxTypesetter,
  "default": __rspack_default_export
});


},

}]);
"use strict";
(self["rspackChunk"] = self["rspackChunk"] || []).push([[1965], {
88657(__unused_rspack_module, __webpack_exports__, __webpack_require__) {
__webpack_require__.r(__webpack_exports__);
/* import */ var _lumino_coreutils__rspack_import_0 = __webpack_require__(3352);
/* import */ var _lumino_coreutils__rspack_import_0_default = /*#__PURE__*/__webpack_require__.n(_lumino_coreutils__rspack_import_0);
/* import */ var _jupyterlab_coreutils__rspack_import_1 = __webpack_require__(59728);
/* import */ var _jupyterlab_coreutils__rspack_import_1_default = /*#__PURE__*/__webpack_require__.n(_jupyterlab_coreutils__rspack_import_1);
/* import */ var _jupyterlab_codemirror__rspack_import_2 = __webpack_require__(87874);
/* import */ var _jupyterlab_rendermime__rspack_import_3 = __webpack_require__(90450);
/* import */ var _jupyterlab_mermaid__rspack_import_4 = __webpack_require__(81582);
/* -----------------------------------------------------------------------------
| Copyright (c) Jupyter Development Team.
| Distributed under the terms of the Modified BSD License.
|----------------------------------------------------------------------------*/
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * @packageDocumentation
 * @module markedparser-extension
 */





// highlight cache key separator
const FENCE = '```~~~';
const HEADING_TAG_REGEX = /^<h[1-6]\b[^>]*>/i;
/**
 * Create a markdown parser
 *
 * @param languages Editor languages
 * @returns Markdown parser
 */
function createMarkdownParser(languages, options) {
    return {
        render: (content) => {
            return Private.render(content, languages, options);
        },
        getHeadingTokens: (content) => {
            return Private.getHeadingTokens(content, options);
        }
    };
}
/**
 * The markdown parser plugin.
 */
const plugin = {
    id: '@jupyterlab/markedparser-extension:plugin',
    description: 'Provides the Markdown parser.',
    autoStart: true,
    provides: _jupyterlab_rendermime__rspack_import_3.IMarkdownParser,
    requires: [_jupyterlab_codemirror__rspack_import_2.IEditorLanguageRegistry],
    optional: [_jupyterlab_mermaid__rspack_import_4.IMermaidMarkdown],
    activate: (app, languages, mermaidMarkdown) => {
        return createMarkdownParser(languages, {
            blocks: mermaidMarkdown ? [mermaidMarkdown] : []
        });
    }
};
/**
 * Export the plugin as default.
 */
/* export default */ const __rspack_default_export = (plugin);
/**
 * A namespace for private marked functions
 */
var Private;
(function (Private) {
    let _initializing = null;
    let _marked = null;
    let _blocks = [];
    let _languages = null;
    let _markedOptions = {};
    let _highlights = new _jupyterlab_coreutils__rspack_import_1.LruCache();
    async function render(content, languages, options) {
        _languages = languages;
        if (!_marked) {
            _marked = await initializeMarked(options);
        }
        return _marked(content, _markedOptions);
    }
    Private.render = render;
    /**
     * Load marked lazily and exactly once.
     */
    async function initializeMarked(options) {
        if (_marked) {
            return _marked;
        }
        if (_initializing) {
            return await _initializing.promise;
        }
        // order blocks by `rank`
        _blocks = (options === null || options === void 0 ? void 0 : options.blocks) || [];
        _blocks = _blocks.sort((a, b) => { var _a, _b; return ((_a = a.rank) !== null && _a !== void 0 ? _a : Infinity) - ((_b = b.rank) !== null && _b !== void 0 ? _b : Infinity); });
        _initializing = new _lumino_coreutils__rspack_import_0.PromiseDelegate();
        // load marked lazily, and exactly once
        const [{ marked, Renderer }, plugins] = await Promise.all([
            __webpack_require__.e(/* import() */ 5895).then(__webpack_require__.bind(__webpack_require__, 79546)),
            loadMarkedPlugins()
        ]);
        // use load marked plugins
        for (const plugin of plugins) {
            marked.use(plugin);
        }
        // finish marked configuration
        _markedOptions = {
            // use the explicit async paradigm for `walkTokens`
            async: true,
            // enable all built-in GitHub-flavored Markdown opinions
            gfm: true,
            // asynchronously prepare for any special tokens, like highlighting and mermaid
            walkTokens,
            // use custom renderer
            renderer: makeRenderer(Renderer)
        };
        // complete initialization
        _marked = marked;
        _initializing.resolve(_marked);
        return _marked;
    }
    Private.initializeMarked = initializeMarked;
    /**
     * Load and use marked plugins.
     *
     * As of writing, both of these features would work without plugins, but emit
     * deprecation warnings.
     */
    async function loadMarkedPlugins() {
        // use loaded marked plugins
        return Promise.all([
            (async () => (await __webpack_require__.e(/* import() */ 1441).then(__webpack_require__.bind(__webpack_require__, 58264))).gfmHeadingId())(),
            (async () => (await __webpack_require__.e(/* import() */ 394).then(__webpack_require__.bind(__webpack_require__, 55134))).mangle())()
        ]);
    }
    /**
     * Build a custom marked renderer.
     */
    function makeRenderer(Renderer_) {
        const renderer = new Renderer_();
        const originalCode = renderer.code;
        renderer.code = token => {
            const { text, lang } = token;
            // handle block renderers
            for (const block of _blocks) {
                if (lang && block.languages.includes(lang)) {
                    const rendered = block.render(text);
                    if (rendered != null) {
                        return rendered;
                    }
                }
            }
            // handle known highlighting
            const key = `${lang}${FENCE}${text}${FENCE}`;
            const highlight = _highlights.get(key);
            if (highlight != null) {
                return highlight;
            }
            // fall back to calling with the renderer as `this`
            return originalCode.call(renderer, token);
        };
        return renderer;
    }
    /**
     * Apply and cache syntax highlighting for code blocks.
     */
    async function highlight(token) {
        const { lang, text } = token;
        if (!lang || !_languages) {
            // no language(s), no highlight
            return;
        }
        const key = `${lang}${FENCE}${text}${FENCE}`;
        if (_highlights.get(key)) {
            // already cached, don't make another DOM element
            return;
        }
        const el = document.createElement('div');
        try {
            await _languages.highlight(text, _languages.findBest(lang), el);
            const html = `<pre><code class="language-${lang}">${el.innerHTML}</code></pre>`;
            _highlights.set(key, html);
        }
        catch (err) {
            console.error(`Failed to highlight ${lang} code`, err);
        }
        finally {
            el.remove();
        }
    }
    /**
     * After parsing, lazily load and render or highlight code blocks
     */
    async function walkTokens(token) {
        switch (token.type) {
            case 'code':
                if (token.lang) {
                    for (const block of _blocks) {
                        if (block.languages.includes(token.lang)) {
                            await block.walk(token.text);
                            return;
                        }
                    }
                }
                await highlight(token);
        }
    }
    /**
     * Extract heading metadata from markdown source.
     */
    async function getHeadingTokens(content, options) {
        if (!_marked) {
            _marked = await initializeMarked(options);
        }
        const headings = new Array();
        // Hide math from the lexer, as `renderMarkdown` does, but not single `$`
        // math that spans lines: those `$` are often dollar amounts, and the
        // editor shows any heading on those lines.
        const { text, math } = (0,_jupyterlab_rendermime__rspack_import_3.removeMath)(content);
        const tokens = _marked.lexer(restoreMath(text, math, spansLines));
        // Extract heading tokens and compute line numbers
        // Include three token types that may contain headings:
        // - heading: Standard markdown headings (# Title)
        // - html: Standalone HTML heading blocks (<h1>Title</h1>)
        // - paragraph: Only paragraphs with nested HTML tokens (inline html tags) that might contain embedded headings (<span><h1>Title</h1></span>)
        let currentLine = 0;
        for (const token of tokens) {
            const raw = restoreMath(token.raw, math);
            if (token.type === 'heading' ||
                (token.type === 'html' && containsHeadingTag(token.raw)) ||
                (token.type === 'paragraph' && containsInlineHeading(token))) {
                headings.push({
                    raw,
                    line: currentLine
                });
            }
            currentLine += raw.split('\n').length - 1;
        }
        return headings;
    }
    Private.getHeadingTokens = getHeadingTokens;
    function containsHeadingTag(raw) {
        return HEADING_TAG_REGEX.test(raw);
    }
    function containsInlineHeading(token) {
        if (!token.tokens)
            return false;
        return token.tokens.some((t) => t.type === 'html' && containsHeadingTag(t.raw));
    }
    /**
     * Whether math in single `$` spans more than one line.
     */
    function spansLines(math) {
        return /^\$[^$]/.test(math) && math.includes('\n');
    }
    /**
     * Put back the math source hidden by `removeMath` that `filter` accepts,
     * undoing the HTML escaping it applies, so that the result matches the
     * Markdown source.
     */
    function restoreMath(text, math, filter = () => true) {
        const placeholder = /@@(\d+)@@/g;
        let restored = '';
        let end = 0;
        let match;
        while ((match = placeholder.exec(text)) !== null) {
            const source = math[Number(match[1])];
            if (source === undefined) {
                // Text such as `@@1` right before a placeholder forms a `@@n@@` that
                // has no math: look for the placeholder from the next character.
                placeholder.lastIndex = match.index + 1;
            }
            else if (filter(source)) {
                restored +=
                    text.slice(end, match.index) +
                        source
                            .replace(/&lt;/g, '<')
                            .replace(/&gt;/g, '>')
                            .replace(/&amp;/g, '&');
                end = placeholder.lastIndex;
            }
        }
        return restored + text.slice(end);
    }
})(Private || (Private = {}));
//# sourceMappingURL=index.js.map
__webpack_require__.d(__webpack_exports__, {
}, {
  createMarkdownParser: createMarkdownParser,
  "default": __rspack_default_export
});


},

}]);
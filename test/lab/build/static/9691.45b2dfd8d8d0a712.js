"use strict";
(self["rspackChunk"] = self["rspackChunk"] || []).push([[9691], {
57366(__unused_rspack_module, __webpack_exports__, __webpack_require__) {
// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  BreadCrumbs: () => (/* reexport */ BreadCrumbs),
  CHUNK_SIZE: () => (/* reexport */ CHUNK_SIZE),
  DirListing: () => (/* reexport */ listing_DirListing),
  FileBrowser: () => (/* reexport */ FileBrowser),
  FileBrowserModel: () => (/* reexport */ FileBrowserModel),
  FileDialog: () => (/* reexport */ opendialog_FileDialog),
  FileUploadStatus: () => (/* reexport */ uploadstatus_FileUploadStatus),
  FilterFileBrowserModel: () => (/* reexport */ FilterFileBrowserModel),
  IDefaultFileBrowser: () => (/* reexport */ IDefaultFileBrowser),
  IDefaultFileBrowserRenderer: () => (/* reexport */ IDefaultFileBrowserRenderer),
  IFileBrowserCommands: () => (/* reexport */ IFileBrowserCommands),
  IFileBrowserFactory: () => (/* reexport */ IFileBrowserFactory),
  LARGE_FILE_SIZE: () => (/* reexport */ LARGE_FILE_SIZE),
  TogglableHiddenFileBrowserModel: () => (/* reexport */ TogglableHiddenFileBrowserModel),
  Uploader: () => (/* reexport */ Uploader),
  formatFileSize: () => (/* reexport */ formatFileSize)
});

// EXTERNAL MODULE: consume shared module (default) @jupyterlab/apputils@^4.7.6 (strict) (fallback: /work/wt-safety/node_modules/@jupyterlab/apputils/lib/index.js)
var index_js_ = __webpack_require__(94731);
// EXTERNAL MODULE: consume shared module (default) @jupyterlab/coreutils@^6.6.6 (strict) (fallback: /work/wt-safety/node_modules/@jupyterlab/coreutils/lib/index.js)
var lib_index_js_ = __webpack_require__(59728);
// EXTERNAL MODULE: consume shared module (default) @jupyterlab/services@^7.6.6 (strict) (fallback: /work/wt-safety/node_modules/@jupyterlab/services/lib/index.js)
var services_lib_index_js_ = __webpack_require__(61793);
// EXTERNAL MODULE: consume shared module (default) @jupyterlab/translation@^4.6.6 (strict) (fallback: /work/wt-safety/node_modules/@jupyterlab/translation/lib/index.js)
var translation_lib_index_js_ = __webpack_require__(15186);
// EXTERNAL MODULE: consume shared module (default) @jupyterlab/ui-components@^4.6.6 (strict) (fallback: /work/wt-safety/node_modules/@jupyterlab/ui-components/lib/index.js)
var ui_components_lib_index_js_ = __webpack_require__(38470);
// EXTERNAL MODULE: consume shared module (default) @lumino/signaling@^2.1.6 (strict) (fallback: /work/wt-safety/node_modules/@lumino/signaling/dist/index.es6.js)
var index_es6_js_ = __webpack_require__(19014);
// EXTERNAL MODULE: consume shared module (default) @lumino/widgets@^2.10.0 (strict) (fallback: /work/wt-safety/node_modules/@lumino/widgets/dist/index.es6.js)
var dist_index_es6_js_ = __webpack_require__(48270);
// EXTERNAL MODULE: consume shared module (default) react@^18.3.1 (strict) (fallback: /work/wt-safety/node_modules/react/index.js)
var react_index_js_ = __webpack_require__(98355);
// EXTERNAL MODULE: consume shared module (default) @jupyterlab/docmanager@^4.6.6 (strict) (fallback: /work/wt-safety/node_modules/@jupyterlab/docmanager/lib/index.js)
var docmanager_lib_index_js_ = __webpack_require__(67404);
;// CONCATENATED MODULE: ../../../node_modules/@jupyterlab/filebrowser/lib/utils.js
// Copyright (c) Jupyter Development Team.
// Distributed under the terms of the Modified BSD License.

/**
 * Check if a path is within the navigation root.
 *
 * @param path - The path to check.
 * @param root - The navigation root; an empty root allows every path.
 * @returns Whether the path is within the root boundary.
 */
function isPathWithinRoot(path, root) {
    if (!root) {
        return true;
    }
    // Normalize paths for comparison (remove the leading slash)
    const normalizedPath = lib_index_js_.PathExt.removeSlash(path);
    const normalizedRoot = lib_index_js_.PathExt.removeSlash(root);
    // Path is valid if it equals the root or is a subdirectory of root
    return (normalizedPath === normalizedRoot ||
        normalizedPath.startsWith(normalizedRoot + '/'));
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ../../../node_modules/@jupyterlab/filebrowser/lib/pathnavigator.js
// Copyright (c) Jupyter Development Team.
// Distributed under the terms of the Modified BSD License.





/**
 * We cache per directory; in case the filesystem changes below us, we refresh
 * every 5000 ms just in case; Note that on model update it should refresh as
 * well; so this is extra precautions.
 */
const SUGGESTION_CACHE_TTL_MS = 5000;
const PATHNAVIGATOR_CLASS = 'jp-PathNavigator';
const PATHNAVIGATOR_SUGGESTIONS_CLASS = 'jp-PathNavigator-suggestions';
/**
 * A widget that renders a path text input with directory autocomplete.
 * It owns only the input field and the suggestions dropdown.
 * The trigger button and edit-mode state are managed by the parent widget.
 */
class PathNavigator extends dist_index_es6_js_.Widget {
    constructor(options) {
        var _a;
        super({ node: document.createElement('span') });
        this._closed = new index_es6_js_.Signal(this);
        this._isOpen = false;
        this._suggestions = [];
        this._currentFilteredSuggestions = [];
        this._activeSuggestionIndex = -1;
        this._suggestionDirPath = '';
        this._suggestionFetchTime = 0;
        this._fetchId = 0;
        this._submittedLocalPath = null;
        this.addClass(PATHNAVIGATOR_CLASS);
        this._model = options.model;
        this._trans = ((_a = options.translator) !== null && _a !== void 0 ? _a : translation_lib_index_js_.nullTranslator).load('jupyterlab');
        this._inputNode = document.createElement('input');
        this._inputNode.type = 'text';
        this._inputNode.placeholder = this._trans.__('Type a path…');
        this._suggestionsNode = document.createElement('ul');
        this._suggestionsNode.className = PATHNAVIGATOR_SUGGESTIONS_CLASS;
        this._suggestionsNode.style.display = 'none';
        this.node.appendChild(this._inputNode);
        this.node.appendChild(this._suggestionsNode);
        this._model.refreshed.connect(this._onModelRefreshed, this);
    }
    /**
     * A signal emitted when the navigator closes (Escape, blur, or after
     * navigation is committed).  The parent widget should use this to exit
     * edit mode.
     */
    get closed() {
        return this._closed;
    }
    /**
     * Dispose of the resources held by the widget.
     */
    dispose() {
        if (this.isDisposed) {
            return;
        }
        this._model.refreshed.disconnect(this._onModelRefreshed, this);
        index_es6_js_.Signal.clearData(this);
        super.dispose();
    }
    /**
     * Open the path input: prefill with the model's current path, focus,
     * and load suggestions.
     */
    open() {
        this._isOpen = true;
        const contents = this._model.manager.services.contents;
        const currentPath = contents.localPath(this._model.path);
        const prefill = currentPath ? currentPath + '/' : '';
        this._inputNode.value = prefill;
        // Defer focus so that callers (e.g. command palette) can finish their
        // own focus cleanup before we grab focus. Without this, the palette's
        // closing logic can steal focus back, triggering the blur→close handler
        // and immediately exiting edit mode.
        requestAnimationFrame(() => {
            if (!this._isOpen || this.isDisposed) {
                return;
            }
            this._inputNode.focus();
            this._inputNode.setSelectionRange(prefill.length, prefill.length);
        });
        void this._updateSuggestions(prefill);
    }
    /**
     * A message handler invoked on an `'after-attach'` message.
     */
    onAfterAttach(msg) {
        super.onAfterAttach(msg);
        this._inputNode.addEventListener('input', this);
        this._inputNode.addEventListener('keydown', this);
        this._inputNode.addEventListener('blur', this);
        // Use mousedown (not click) so we can preventDefault() before blur fires.
        this._suggestionsNode.addEventListener('mousedown', this);
    }
    /**
     * A message handler invoked on a `'before-detach'` message.
     */
    onBeforeDetach(msg) {
        this._inputNode.removeEventListener('input', this);
        this._inputNode.removeEventListener('keydown', this);
        this._inputNode.removeEventListener('blur', this);
        this._suggestionsNode.removeEventListener('mousedown', this);
        super.onBeforeDetach(msg);
    }
    handleEvent(event) {
        switch (event.type) {
            case 'input':
                void this._updateSuggestions(this._inputNode.value);
                break;
            case 'keydown':
                this._evtKeydown(event);
                break;
            case 'blur':
                this._close();
                break;
            case 'mousedown':
                this._evtSuggestionMousedown(event);
                break;
            default:
                break;
        }
    }
    /**
     * Close the input and notify the parent via the `closed` signal.
     */
    _close() {
        if (!this._isOpen || this.isDisposed) {
            return;
        }
        this._isOpen = false;
        this._submittedLocalPath = null;
        this._suggestionsNode.style.display = 'none';
        this._closed.emit();
    }
    /**
     * Navigate to the given path, then close the input.
     */
    _commitNavigation(path) {
        // Strip trailing slash (except bare root), then ensure a leading slash so
        // model.cd() → resolvePath() treats this as absolute rather than relative
        // to the current directory.
        let normalized = path.endsWith('/') && path.length > 1 ? path.slice(0, -1) : path;
        if (!normalized.startsWith('/')) {
            normalized = '/' + normalized;
        }
        // Collapse any double slashes that may result from the above transforms.
        normalized = normalized.replace(/\/{2,}/g, '/');
        this._submittedLocalPath = this._model.manager.services.contents.localPath(normalized || '/');
        // Hide suggestions immediately so the input looks committed.
        this._suggestionsNode.style.display = 'none';
        this._model
            .cd(normalized || '/')
            .then(() => this._close())
            .catch(error => {
            this._submittedLocalPath = null;
            void (0,index_js_.showErrorMessage)(this._trans.__('Open Error'), error);
            this._close();
        });
    }
    /**
     * Whether the refreshed path corresponds to the last submitted path.
     */
    matchesSubmittedPath(localPath) {
        return this._submittedLocalPath === localPath;
    }
    /**
     * Fetch and display directory suggestions for the given input value.
     */
    async _updateSuggestions(inputValue) {
        if (!this._isOpen) {
            return;
        }
        const lastSlash = inputValue.lastIndexOf('/');
        const rawDirPart = lastSlash >= 0 ? inputValue.slice(0, lastSlash) : '';
        // Normalize to a path relative to the Jupyter server root by stripping
        // any leading slash.
        const dirPart = rawDirPart.startsWith('/')
            ? rawDirPart.slice(1)
            : rawDirPart;
        const searchPart = lastSlash >= 0 ? inputValue.slice(lastSlash + 1) : inputValue;
        // Re-fetch when the directory changes or the cache has gone stale.
        const cacheStale = Date.now() - this._suggestionFetchTime > SUGGESTION_CACHE_TTL_MS;
        if (dirPart !== this._suggestionDirPath || cacheStale) {
            const fetchId = ++this._fetchId;
            try {
                const contents = this._model.manager.services.contents;
                // Only list directories that `cd()` would navigate to.
                const path = contents.resolvePath(this._model.path, '/' + dirPart);
                const result = isPathWithinRoot(path, this._model.root)
                    ? await contents.get(path, { content: true })
                    : null;
                // Discard result if a newer fetch has started or the widget was closed.
                if (fetchId !== this._fetchId || !this._isOpen) {
                    return;
                }
                this._suggestionDirPath = dirPart;
                this._suggestionFetchTime = Date.now();
                const items = (result === null || result === void 0 ? void 0 : result.type) === 'directory'
                    ? result.content
                    : [];
                this._suggestions = items
                    .filter(item => item.type === 'directory')
                    .map(item => (dirPart ? `${dirPart}/${item.name}` : item.name));
            }
            catch (_a) {
                this._suggestionDirPath = dirPart;
                this._suggestionFetchTime = Date.now();
                this._suggestions = [];
            }
        }
        const lower = searchPart.toLowerCase();
        const showHidden = searchPart.startsWith('.') ||
            ('includeHiddenFiles' in this._model &&
                this._model.includeHiddenFiles);
        const filtered = this._suggestions.filter(s => {
            const base = s.slice(s.lastIndexOf('/') + 1);
            if (!showHidden && base.startsWith('.')) {
                return false;
            }
            return base.toLowerCase().startsWith(lower);
        });
        this._activeSuggestionIndex = -1;
        this._renderSuggestions(filtered.slice().sort((a, b) => {
            const nameA = a.slice(a.lastIndexOf('/') + 1);
            const nameB = b.slice(b.lastIndexOf('/') + 1);
            return nameA.localeCompare(nameB);
        }));
    }
    /**
     * Re-render the suggestions list from the given paths.
     */
    _renderSuggestions(suggestions) {
        this._suggestionsNode.replaceChildren();
        this._currentFilteredSuggestions = suggestions;
        if (suggestions.length === 0) {
            this._suggestionsNode.style.display = 'none';
            return;
        }
        for (const path of suggestions) {
            const li = document.createElement('li');
            const name = path.slice(path.lastIndexOf('/') + 1);
            li.textContent = name;
            li.dataset.path = path;
            if (name.startsWith('.')) {
                li.dataset.isDot = '';
            }
            this._suggestionsNode.appendChild(li);
        }
        this._suggestionsNode.style.display = '';
    }
    /**
     * Handle keyboard navigation and confirmation inside the input.
     */
    _evtKeydown(event) {
        var _a;
        switch (event.key) {
            case 'Enter':
                this._commitNavigation(this._inputNode.value);
                break;
            case 'Escape':
                this._close();
                break;
            case 'Tab':
                // Only prevent default Tab behavior when there is a suggestion to accept.
                if ((_a = this._currentFilteredSuggestions) === null || _a === void 0 ? void 0 : _a.length) {
                    event.preventDefault();
                    this._acceptSuggestion();
                }
                break;
            case 'ArrowDown':
                event.preventDefault();
                this._navigateSuggestions(1);
                break;
            case 'ArrowUp':
                event.preventDefault();
                this._navigateSuggestions(-1);
                break;
            // `/` should be use to commit navigation to a new folder while the user
            // types. It just happens for current implementation to not need anything.
            // case '/'
            //   break
            default:
                break;
        }
    }
    /**
     * Handle mousedown on a suggestion item.
     *
     * Using mousedown (before blur) and calling preventDefault() keeps focus on
     * the input, so we can navigate without the blur handler firing first.
     */
    _evtSuggestionMousedown(event) {
        // Prevent the input from losing focus before we process the selection.
        event.preventDefault();
        let target = event.target;
        while (target && target !== this._suggestionsNode) {
            if (target.tagName === 'LI') {
                const path = target.dataset.path;
                if (path) {
                    this._commitNavigation(path);
                }
                return;
            }
            target = target.parentElement;
        }
    }
    /**
     * Move the active suggestion up or down by `direction` steps.
     */
    _navigateSuggestions(direction) {
        const items = Array.from(this._suggestionsNode.children);
        if (items.length === 0) {
            return;
        }
        if (this._activeSuggestionIndex >= 0) {
            items[this._activeSuggestionIndex].classList.remove('jp-mod-active');
        }
        this._activeSuggestionIndex += direction;
        if (this._activeSuggestionIndex < 0) {
            this._activeSuggestionIndex = items.length - 1;
        }
        else if (this._activeSuggestionIndex >= items.length) {
            this._activeSuggestionIndex = 0;
        }
        const activeItem = items[this._activeSuggestionIndex];
        activeItem.classList.add('jp-mod-active');
        activeItem.scrollIntoView({ block: 'nearest' });
        const path = activeItem.dataset.path;
        if (path) {
            // It is tempting to append / here, though not appending it allows us to
            // use this key (`/`) as committing navigation in the pathnavigator and
            // keep typing, and showing completion while Enter/Return validate the
            // breadcrumb level. Appending / here feels awkward when used in
            // practice.
            // Note that (`/`) is not handled specifically in `_evtKeydown`, as the
            // codepath is the same as default;
            this._inputNode.value = path;
        }
    }
    /**
     * Accept the highlighted suggestion (Tab key).
     * If none is highlighted, complete to the sole match or longest common prefix.
     */
    _acceptSuggestion() {
        const items = Array.from(this._suggestionsNode.children);
        if (this._activeSuggestionIndex >= 0 &&
            items[this._activeSuggestionIndex]) {
            const path = items[this._activeSuggestionIndex].dataset.path;
            if (path) {
                this._inputNode.value = path + '/';
                void this._updateSuggestions(this._inputNode.value);
            }
        }
        else if (this._currentFilteredSuggestions.length === 1) {
            this._inputNode.value = this._currentFilteredSuggestions[0] + '/';
            void this._updateSuggestions(this._inputNode.value);
        }
        else if (this._currentFilteredSuggestions.length > 1) {
            // Complete to the longest common prefix of all matching names.
            const names = this._currentFilteredSuggestions.map(s => s.slice(s.lastIndexOf('/') + 1));
            let prefix = names[0];
            for (const name of names.slice(1)) {
                let i = 0;
                while (i < prefix.length && i < name.length && prefix[i] === name[i]) {
                    i++;
                }
                prefix = prefix.slice(0, i);
            }
            if (prefix) {
                const lastSlash = this._inputNode.value.lastIndexOf('/');
                const dirPart = lastSlash >= 0 ? this._inputNode.value.slice(0, lastSlash + 1) : '';
                this._inputNode.value = dirPart + prefix;
                void this._updateSuggestions(this._inputNode.value);
            }
        }
    }
    /**
     * Handle the model's `refreshed` signal.
     * Invalidate the suggestion cache so the next lookup fetches fresh data.
     * If the input is currently open, proactively re-fetch suggestions.
     */
    _onModelRefreshed() {
        this._suggestionFetchTime = 0;
        if (this._isOpen) {
            void this._updateSuggestions(this._inputNode.value);
        }
    }
}
//# sourceMappingURL=pathnavigator.js.map
// EXTERNAL MODULE: consume shared module (default) @lumino/coreutils@^2.2.3 (strict) (fallback: /work/wt-safety/node_modules/@lumino/coreutils/dist/index.js)
var dist_index_js_ = __webpack_require__(3352);
// EXTERNAL MODULE: consume shared module (default) @lumino/polling@^2.1.6 (strict) (fallback: /work/wt-safety/node_modules/@lumino/polling/dist/index.es6.js)
var polling_dist_index_es6_js_ = __webpack_require__(74986);
;// CONCATENATED MODULE: ../../../node_modules/@jupyterlab/filebrowser/lib/crumbs.js
// Copyright (c) Jupyter Development Team.
// Distributed under the terms of the Modified BSD License.
/* eslint-disable @typescript-eslint/no-explicit-any */









/**
 * The class name added to the breadcrumb node.
 */
const BREADCRUMB_CLASS = 'jp-BreadCrumbs';
/**
 * The class name for the breadcrumbs home node
 */
const BREADCRUMB_ROOT_CLASS = 'jp-BreadCrumbs-home';
/**
 * The class name for the breadcrumbs preferred node
 */
const BREADCRUMB_PREFERRED_CLASS = 'jp-BreadCrumbs-preferred';
/**
 * The class name added to the breadcrumb node.
 */
const BREADCRUMB_ITEM_CLASS = 'jp-BreadCrumbs-item';
/**
 * The class name for the breadcrumbs ellipsis node
 */
const BREADCRUMB_ELLIPSIS_CLASS = 'jp-BreadCrumbs-ellipsis';
/**
 * The class name for the breadcrumbs separator node
 */
const BREADCRUMB_SEPARATOR_CLASS = 'jp-BreadCrumbs-separator';
/**
 * The mime type for a contents drag object.
 */
const CONTENTS_MIME = 'application/x-jupyter-icontents';
/**
 * The class name added to drop targets.
 */
const DROP_TARGET_CLASS = 'jp-mod-dropTarget';
/**
 * The class name for the container span that holds all breadcrumb items.
 */
const BREADCRUMB_CONTAINER_CLASS = 'jp-BreadCrumbs-container';
/**
 * The class name for the inner wrapper that hugs breadcrumb content.
 */
const BREADCRUMB_CONTENT_CLASS = 'jp-BreadCrumbs-content';
/**
 * The class name added to the breadcrumb node when in edit mode.
 */
const BREADCRUMB_EDIT_MODE_CLASS = 'jp-mod-editMode';
/**
 * A class which hosts folder breadcrumbs.
 */
class BreadCrumbs extends dist_index_es6_js_.Widget {
    /**
     * Construct a new file browser crumb widget.
     *
     * @param options Constructor options.
     */
    constructor(options) {
        var _a, _b;
        super();
        this._previousState = null;
        this._cachedWidths = null;
        this._lastRenderedWidth = 0;
        this._isEditMode = false;
        this._lastPath = '';
        /**
         * After `cd()` rebuilds the trail, restore focus to the current-directory segment.
         */
        this._restoreBreadcrumbFocusAfterUpdate = false;
        this.translator = options.translator || translation_lib_index_js_.nullTranslator;
        this._trans = this.translator.load('jupyterlab');
        this._model = options.model;
        this._fullPath = options.fullPath || false;
        this._minimumLeftItems = (_a = options.minimumLeftItems) !== null && _a !== void 0 ? _a : 0;
        this._minimumRightItems = (_b = options.minimumRightItems) !== null && _b !== void 0 ? _b : 2;
        this._onPathEdited = options.onPathEdited;
        this._onPathActivated = options.onPathActivated;
        this.addClass(BREADCRUMB_CLASS);
        this._crumbs = crumbs_Private.createCrumbs();
        const hasPreferred = lib_index_js_.PageConfig.getOption('preferredPath');
        this._hasPreferred = hasPreferred && hasPreferred !== '/' ? true : false;
        this._crumbContainer = document.createElement('span');
        this._crumbContainer.className = BREADCRUMB_CONTAINER_CLASS;
        this._crumbContent = document.createElement('span');
        this._crumbContent.className = BREADCRUMB_CONTENT_CLASS;
        this._crumbContainer.appendChild(this._crumbContent);
        this.node.appendChild(this._crumbContainer);
        this._model.refreshed.connect(this._onModelRefreshed, this);
        this._resizeThrottler = new polling_dist_index_es6_js_.Throttler(() => this._onResize(), 50);
        this._resizeObserver = new ResizeObserver(entries => {
            const entry = entries[0];
            if (!entry) {
                return;
            }
            const newWidth = entry.contentRect.width;
            if (this._lastRenderedWidth > 0 && newWidth < this._lastRenderedWidth) {
                this._onResize();
            }
            else {
                void this._resizeThrottler.invoke();
            }
        });
        this._pathNavigator = new PathNavigator({
            model: this._model,
            translator: options.translator
        });
        this._pathNavigator.closed.connect(this._exitEditMode, this);
    }
    /**
     * Handle the DOM events for the bread crumbs.
     *
     * @param event - The DOM event sent to the widget.
     *
     * #### Notes
     * This method implements the DOM `EventListener` interface and is
     * called in response to events on the panel's DOM node. It should
     * not be called directly by user code.
     */
    handleEvent(event) {
        switch (event.type) {
            case 'keydown':
                this._evtKeyDown(event);
                break;
            case 'click':
                this._evtClick(event);
                break;
            case 'lm-dragenter':
                this._evtDragEnter(event);
                break;
            case 'lm-dragleave':
                this._evtDragLeave(event);
                break;
            case 'lm-dragover':
                this._evtDragOver(event);
                break;
            case 'lm-drop':
                this._evtDrop(event);
                break;
            default:
                return;
        }
    }
    /**
     * Whether to show the full path in the breadcrumbs
     */
    get fullPath() {
        return this._fullPath;
    }
    set fullPath(value) {
        this._fullPath = value;
    }
    /**
     * Number of items to show on left of ellipsis
     */
    get minimumLeftItems() {
        return this._minimumLeftItems;
    }
    set minimumLeftItems(value) {
        this._minimumLeftItems = value;
    }
    /**
     * Number of items to show on right of ellipsis
     */
    get minimumRightItems() {
        return this._minimumRightItems;
    }
    set minimumRightItems(value) {
        this._minimumRightItems = value;
    }
    /**
     * Dispose of the resources held by the widget.
     */
    dispose() {
        if (this.isDisposed) {
            return;
        }
        this._model.refreshed.disconnect(this._onModelRefreshed, this);
        this._pathNavigator.closed.disconnect(this._exitEditMode, this);
        this._pathNavigator.dispose();
        this._resizeObserver.disconnect();
        this._resizeThrottler.dispose();
        super.dispose();
    }
    /**
     * A message handler invoked on an `'after-attach'` message.
     */
    onAfterAttach(msg) {
        super.onAfterAttach(msg);
        this.update();
        const node = this.node;
        node.addEventListener('keydown', this);
        node.addEventListener('click', this);
        node.addEventListener('lm-dragenter', this);
        node.addEventListener('lm-dragleave', this);
        node.addEventListener('lm-dragover', this);
        this._resizeObserver.observe(node);
        node.addEventListener('lm-drop', this);
        dist_index_es6_js_.Widget.attach(this._pathNavigator, this.node);
    }
    /**
     * A message handler invoked on a `'before-detach'` message.
     */
    onBeforeDetach(msg) {
        dist_index_es6_js_.Widget.detach(this._pathNavigator);
        super.onBeforeDetach(msg);
        const node = this.node;
        node.removeEventListener('keydown', this);
        node.removeEventListener('click', this);
        node.removeEventListener('lm-dragenter', this);
        node.removeEventListener('lm-dragleave', this);
        node.removeEventListener('lm-dragover', this);
        node.removeEventListener('lm-drop', this);
        this._resizeObserver.unobserve(node);
    }
    /**
     * A handler invoked on an `'update-request'` message.
     */
    onUpdateRequest(msg) {
        if (this._isEditMode) {
            // In edit mode the CSS class hides breadcrumb content,
            // we do not need to refresh, as only the pathnavigator is visible.
            return;
        }
        // Update the breadcrumb list.
        const contents = this._model.manager.services.contents;
        const localPath = contents.localPath(this._model.path);
        // We track the path on which we are;
        // this is to make sure we don't exit edit mode on model refresh if
        // the path has not changed.
        this._lastPath = localPath;
        // Invalidate cached widths if the path changed
        if (this._previousState && this._previousState.path !== localPath) {
            this._cachedWidths = null;
        }
        // Calculate adaptive items based on available width
        const adaptiveItems = this._calculateAdaptiveItems(localPath);
        const state = {
            path: localPath,
            root: this._model.root,
            hasPreferred: this._hasPreferred,
            fullPath: this._fullPath,
            minimumLeftItems: adaptiveItems.left,
            minimumRightItems: adaptiveItems.right
        };
        const stateUnchanged = this._previousState !== null &&
            dist_index_js_.JSONExt.deepEqual(state, this._previousState);
        if (!stateUnchanged) {
            this._previousState = state;
            crumbs_Private.updateCrumbs(this._crumbContent, this._crumbs, state);
            this._syncCrumbTabIndices();
        }
        this._runPostActivationFocus();
    }
    /**
     * Restore crumb focus after breadcrumb activation and invoke activation callback.
     */
    _runPostActivationFocus() {
        if (!this._restoreBreadcrumbFocusAfterUpdate) {
            return;
        }
        this._restoreBreadcrumbFocusAfterUpdate = false;
        requestAnimationFrame(() => {
            var _a;
            if (this.isDisposed || this._isEditMode) {
                return;
            }
            (_a = this._onPathActivated) === null || _a === void 0 ? void 0 : _a.call(this);
        });
    }
    /**
     * Return breadcrumb segments in DOM order that participate in arrow-key focus.
     */
    _getFocusableCrumbElements() {
        const result = [];
        const children = this._crumbContent.children;
        for (let i = 0; i < children.length; i++) {
            const el = children[i];
            if (el.classList.contains(BREADCRUMB_PREFERRED_CLASS) ||
                el.classList.contains(BREADCRUMB_ROOT_CLASS) ||
                el.classList.contains(BREADCRUMB_ITEM_CLASS)) {
                result.push(el);
            }
        }
        return result;
    }
    /**
     * Roving tabindex: one segment is in tab order (`tabIndex` 0), the rest -1.
     */
    _syncCrumbTabIndices() {
        const items = this._getFocusableCrumbElements();
        for (let i = 0; i < items.length; i++) {
            items[i].tabIndex = i === 0 ? 0 : -1;
        }
    }
    /**
     * Focus a crumb segment and make it the sole tab stop within the trail.
     */
    _focusCrumb(crumb) {
        const items = this._getFocusableCrumbElements();
        const idx = items.indexOf(crumb);
        if (idx === -1) {
            return;
        }
        for (let i = 0; i < items.length; i++) {
            items[i].tabIndex = i === idx ? 0 : -1;
        }
        crumb.focus();
    }
    /**
     * Focus the last segment in the trail (the current directory), for keyboard UX after navigation.
     */
    _focusTrailingCrumb() {
        const items = this._getFocusableCrumbElements();
        if (items.length === 0) {
            // If there is no focusable crumb segment (e.g. root-restricted path),
            // keep focus inside the breadcrumb widget itself.
            this.node.tabIndex = -1;
            this.node.focus();
            return;
        }
        this._focusCrumb(items[items.length - 1]);
    }
    /**
     * Walk from an event target to the nearest breadcrumb segment host, if any.
     */
    _resolveCrumbFromEventTarget(target) {
        let node = target;
        while (node && node !== this.node) {
            if (node.classList.contains(BREADCRUMB_PREFERRED_CLASS) ||
                node.classList.contains(BREADCRUMB_ROOT_CLASS) ||
                node.classList.contains(BREADCRUMB_ITEM_CLASS)) {
                return node;
            }
            node = node.parentElement;
        }
        return null;
    }
    /**
     * Whether a crumb corresponds to the current directory segment.
     */
    _isCurrentDirectoryCrumb(crumb) {
        if (!crumb.classList.contains(BREADCRUMB_ITEM_CLASS) ||
            crumb.classList.contains(BREADCRUMB_ELLIPSIS_CLASS)) {
            return false;
        }
        const contents = this._model.manager.services.contents;
        const localPath = contents.localPath(this._model.path);
        return crumb.dataset.path === localPath;
    }
    /**
     * Navigate to the directory represented by a breadcrumb segment.
     */
    _activateCrumbSegment(crumb) {
        this._focusCrumb(crumb);
        const destination = this._destinationForCrumb(crumb);
        if (!destination) {
            return;
        }
        this._restoreBreadcrumbFocusAfterUpdate = true;
        this._model.cd(destination).catch(error => {
            this._restoreBreadcrumbFocusAfterUpdate = false;
            void (0,index_js_.showErrorMessage)(this._trans.__('Open Error'), error);
        });
    }
    /**
     * Resolve the destination path for an activated breadcrumb segment.
     */
    _destinationForCrumb(crumb) {
        if (crumb.classList.contains(BREADCRUMB_PREFERRED_CLASS)) {
            const preferredPath = lib_index_js_.PageConfig.getOption('preferredPath');
            return preferredPath ? '/' + preferredPath : '/';
        }
        if (crumb.classList.contains(BREADCRUMB_ROOT_CLASS)) {
            return '/';
        }
        if (crumb.classList.contains(BREADCRUMB_ITEM_CLASS)) {
            return `/${crumb.dataset.path}`;
        }
        return null;
    }
    /**
     * Handle the `'keydown'` event for the widget.
     */
    _evtKeyDown(event) {
        if (this._isEditMode) {
            return;
        }
        const isActivateKey = event.key === 'Enter' || event.key === ' ';
        const crumb = this._resolveCrumbFromEventTarget(event.target);
        const localPath = this._model.manager.services.contents.localPath(this._model.path);
        if (isActivateKey && crumb && this._crumbContent.contains(crumb)) {
            const enterEditModeFromRoot = event.key === ' ' &&
                crumb.classList.contains(BREADCRUMB_ROOT_CLASS) &&
                localPath === '';
            if (this._isCurrentDirectoryCrumb(crumb) || enterEditModeFromRoot) {
                this.enterEditMode();
            }
            else {
                this._activateCrumbSegment(crumb);
            }
            event.preventDefault();
            event.stopPropagation();
            return;
        }
        if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') {
            return;
        }
        if (!crumb || !this._crumbContent.contains(crumb)) {
            return;
        }
        const items = this._getFocusableCrumbElements();
        const idx = items.indexOf(crumb);
        if (idx === -1) {
            return;
        }
        const delta = event.key === 'ArrowLeft' ? -1 : 1;
        const nextIdx = idx + delta;
        if (nextIdx < 0 || nextIdx >= items.length) {
            return;
        }
        this._focusCrumb(items[nextIdx]);
        event.preventDefault();
        event.stopPropagation();
    }
    /**
     * Handle the `'click'` event for the widget.
     */
    _evtClick(event) {
        // Do nothing if it's not a left mouse press.
        if (event.button !== 0) {
            return;
        }
        // In edit mode the PathNavigator owns all interaction.
        if (this._isEditMode) {
            return;
        }
        // Find a valid click target.
        let node = event.target;
        while (node && node !== this.node) {
            if (node.classList.contains(BREADCRUMB_PREFERRED_CLASS) ||
                node.classList.contains(BREADCRUMB_ITEM_CLASS) ||
                node.classList.contains(BREADCRUMB_ROOT_CLASS)) {
                this._activateCrumbSegment(node);
                // Stop the event propagation.
                event.preventDefault();
                event.stopPropagation();
                return;
            }
            node = node.parentElement;
        }
        // Click landed on the breadcrumb background (including separators
        // between crumb items) — enter edit mode.  This is intentional: the
        // entire breadcrumb bar acts as a click target for the path editor.
        this.enterEditMode();
    }
    /**
     * Handle the `'lm-dragenter'` event for the widget.
     */
    _evtDragEnter(event) {
        if (event.mimeData.hasData(CONTENTS_MIME)) {
            const breadcrumbElements = this._getBreadcrumbElements();
            let index = -1;
            let target = event.target;
            while (target && target !== this.node) {
                index = breadcrumbElements.indexOf(target);
                if (index !== -1) {
                    break;
                }
                target = target.parentElement;
            }
            if (index !== -1) {
                const hitElement = breadcrumbElements[index];
                // Don't allow dropping on the current path
                const currentPath = this._model.manager.services.contents.localPath(this._model.path);
                if (hitElement.dataset.path !== currentPath) {
                    hitElement.classList.add(DROP_TARGET_CLASS);
                    event.preventDefault();
                    event.stopPropagation();
                }
            }
        }
    }
    /**
     * Handle the `'lm-dragleave'` event for the widget.
     */
    _evtDragLeave(event) {
        event.preventDefault();
        event.stopPropagation();
        const dropTarget = index_js_.DOMUtils.findElement(this.node, DROP_TARGET_CLASS);
        if (dropTarget) {
            dropTarget.classList.remove(DROP_TARGET_CLASS);
        }
    }
    /**
     * Handle the `'lm-dragover'` event for the widget.
     */
    _evtDragOver(event) {
        event.preventDefault();
        event.stopPropagation();
        event.dropAction = event.proposedAction;
        const dropTarget = index_js_.DOMUtils.findElement(this.node, DROP_TARGET_CLASS);
        if (dropTarget) {
            dropTarget.classList.remove(DROP_TARGET_CLASS);
        }
        const breadcrumbElements = this._getBreadcrumbElements();
        let index = -1;
        let target = event.target;
        while (target && target !== this.node) {
            index = breadcrumbElements.indexOf(target);
            if (index !== -1) {
                break;
            }
            target = target.parentElement;
        }
        if (index !== -1) {
            breadcrumbElements[index].classList.add(DROP_TARGET_CLASS);
        }
    }
    /**
     * Handle the `'lm-drop'` event for the widget.
     */
    _evtDrop(event) {
        event.preventDefault();
        event.stopPropagation();
        if (event.proposedAction === 'none') {
            event.dropAction = 'none';
            return;
        }
        if (!event.mimeData.hasData(CONTENTS_MIME)) {
            return;
        }
        event.dropAction = event.proposedAction;
        let target = event.target;
        while (target && target.parentElement) {
            if (target.classList.contains(DROP_TARGET_CLASS)) {
                target.classList.remove(DROP_TARGET_CLASS);
                break;
            }
            target = target.parentElement;
        }
        let destinationPath = null;
        if (target.classList.contains(BREADCRUMB_ROOT_CLASS)) {
            destinationPath = '/';
        }
        else if (target.classList.contains(BREADCRUMB_PREFERRED_CLASS)) {
            const preferredPath = lib_index_js_.PageConfig.getOption('preferredPath');
            destinationPath = preferredPath ? '/' + preferredPath : '/';
        }
        else if (target.dataset.path) {
            destinationPath = target.dataset.path;
        }
        if (!destinationPath) {
            return;
        }
        const model = this._model;
        const manager = model.manager;
        // Move all of the items.
        const promises = [];
        const oldPaths = event.mimeData.getData(CONTENTS_MIME);
        for (const oldPath of oldPaths) {
            const name = lib_index_js_.PathExt.basename(oldPath);
            const newPath = lib_index_js_.PathExt.join(destinationPath, name);
            promises.push((0,docmanager_lib_index_js_.renameFile)(manager, oldPath, newPath));
        }
        void Promise.all(promises).catch(err => {
            return (0,index_js_.showErrorMessage)(this._trans.__('Move Error'), err);
        });
    }
    /**
     * Get all breadcrumb elements that can be drop targets.
     */
    _getBreadcrumbElements() {
        const elements = [];
        const children = this._crumbContent.children;
        for (let i = 0; i < children.length; i++) {
            const child = children[i];
            if ((child.classList.contains(BREADCRUMB_ITEM_CLASS) ||
                child.classList.contains(BREADCRUMB_ROOT_CLASS) ||
                child.classList.contains(BREADCRUMB_PREFERRED_CLASS)) &&
                !child.classList.contains(BREADCRUMB_ELLIPSIS_CLASS)) {
                elements.push(child);
            }
        }
        return elements;
    }
    /**
     * Handle resize events with throttling.
     */
    _onResize() {
        if (this.isDisposed || !this.isAttached) {
            return;
        }
        // Force recalculation by clearing previous state
        this._previousState = null;
        this.update();
    }
    /**
     * Measure ALL breadcrumb item widths by rendering them off-screen.
     * This ensures we have accurate widths for every path segment,
     * including those currently hidden behind the ellipsis.
     */
    _measureAllItemWidths(parts) {
        const node = this._crumbContent;
        // Measure fixed elements that are already in the DOM
        const home = this._crumbs[crumbs_Private.Crumb.Home];
        const ellipsis = this._crumbs[crumbs_Private.Crumb.Ellipsis];
        const preferred = this._crumbs[crumbs_Private.Crumb.Preferred];
        const separators = node.getElementsByClassName(BREADCRUMB_SEPARATOR_CLASS);
        const separator = separators.length > 0 ? separators[0] : null;
        // Create an off-screen container to measure all items
        const measurer = document.createElement('div');
        measurer.style.position = 'absolute';
        measurer.style.visibility = 'hidden';
        measurer.style.height = '0';
        measurer.style.overflow = 'hidden';
        measurer.style.whiteSpace = 'nowrap';
        // Inherit font styles from the breadcrumb node
        measurer.className = BREADCRUMB_CLASS;
        node.appendChild(measurer);
        // Create and measure each breadcrumb item for every path segment
        const itemWidths = [];
        for (let i = 0; i < parts.length; i++) {
            const elem = document.createElement('span');
            elem.className = BREADCRUMB_ITEM_CLASS;
            elem.textContent = parts[i];
            measurer.appendChild(elem);
            const measured = elem.getBoundingClientRect().width;
            // Fall back to a character-based estimate if layout is not available.
            itemWidths.push((measured > 0 ? measured : Math.max(parts[i].length * 8, 20)) + 4);
        }
        // Clean up
        node.removeChild(measurer);
        this._cachedWidths = {
            home: (home.getBoundingClientRect().width || 22) + 4,
            ellipsis: (ellipsis.getBoundingClientRect().width || 28) + 4,
            separator: (separator === null || separator === void 0 ? void 0 : separator.getBoundingClientRect().width) || 4,
            preferred: this._hasPreferred
                ? (preferred.getBoundingClientRect().width || 22) + 4
                : 0,
            itemWidths: itemWidths
        };
    }
    /**
     * Calculate adaptive left/right items based on available width.
     */
    _calculateAdaptiveItems(path) {
        // Reset last rendered width to avoid stale data on early returns
        this._lastRenderedWidth = 0;
        const parts = path.split('/').filter(part => part !== '');
        const totalParts = parts.length;
        // If fullPath is enabled or there are no parts, use minimum settings
        if (this._fullPath || totalParts === 0) {
            return { left: this._minimumLeftItems, right: this._minimumRightItems };
        }
        // If total parts fit within minimums, no adaptation needed
        const minTotal = this._minimumLeftItems + this._minimumRightItems;
        if (totalParts <= minTotal) {
            return { left: this._minimumLeftItems, right: this._minimumRightItems };
        }
        const containerWidth = this.node.clientWidth;
        if (containerWidth === 0) {
            return { left: this._minimumLeftItems, right: this._minimumRightItems };
        }
        // Ensure we have accurate measurements for ALL items
        if (!this._cachedWidths ||
            this._cachedWidths.itemWidths.length !== totalParts) {
            this._measureAllItemWidths(parts);
        }
        const homeWidth = this._cachedWidths.home;
        const separatorWidth = this._cachedWidths.separator;
        const ellipsisWidth = this._cachedWidths.ellipsis;
        const preferredWidth = this._cachedWidths.preferred;
        const itemWidths = this._cachedWidths.itemWidths;
        // Calculate available space for items
        let fixedOverhead = homeWidth + separatorWidth;
        if (this._hasPreferred) {
            fixedOverhead += preferredWidth;
        }
        const availableForItems = containerWidth - fixedOverhead;
        // Check if all parts can fit without ellipsis
        let totalWidth = 0;
        for (let i = 0; i < totalParts; i++) {
            totalWidth += itemWidths[i] + separatorWidth;
        }
        if (totalWidth <= availableForItems) {
            this._lastRenderedWidth = fixedOverhead + totalWidth;
            return { left: totalParts, right: 0 };
        }
        // calculate how many right items fit
        const ellipsisOverhead = ellipsisWidth + separatorWidth;
        const availableWithEllipsis = availableForItems - ellipsisOverhead;
        // Account for left items first
        let leftUsed = 0;
        for (let i = 0; i < this._minimumLeftItems && i < totalParts; i++) {
            leftUsed += itemWidths[i] + separatorWidth;
        }
        const availableForRight = availableWithEllipsis - leftUsed;
        // Fill right items from the end
        let rightItems = 0;
        let usedWidth = 0;
        for (let i = totalParts - 1; i >= this._minimumLeftItems; i--) {
            const w = itemWidths[i] + separatorWidth;
            if (usedWidth + w <= availableForRight) {
                usedWidth += w;
                rightItems++;
            }
            else {
                break;
            }
        }
        // Ensure minimums are respected
        const finalRight = Math.max(rightItems, this._minimumRightItems);
        // Track the total rendered width for the immediate-collapse check.
        // If minimums forced extra items, recalculate; otherwise reuse usedWidth.
        let rightUsed = usedWidth;
        if (finalRight > rightItems) {
            rightUsed = 0;
            for (let i = totalParts - finalRight; i < totalParts; i++) {
                rightUsed += itemWidths[i] + separatorWidth;
            }
        }
        this._lastRenderedWidth =
            fixedOverhead + ellipsisOverhead + leftUsed + rightUsed;
        return {
            left: this._minimumLeftItems,
            right: finalRight
        };
    }
    /**
     * Enter edit mode: show the path input and hide the breadcrumb content.
     */
    enterEditMode() {
        this._isEditMode = true;
        // Snapshot the current path so _onModelRefreshed can reliably detect
        // whether the path actually changed while in edit mode.
        const contents = this._model.manager.services.contents;
        this._lastPath = contents.localPath(this._model.path);
        this.node.classList.add(BREADCRUMB_EDIT_MODE_CLASS);
        // Clear cached state so that when we exit edit mode, onUpdateRequest
        // will unconditionally re-render the breadcrumbs (the path may have
        // changed while we were editing).  _exitEditMode also clears this for
        // the same reason — the double-null is intentional even if technically
        // unnecessary.
        this._previousState = null;
        this._pathNavigator.open();
    }
    /**
     * Move focus to the trailing breadcrumb segment.
     */
    focusLastCrumb() {
        // Defer to ensure any pending breadcrumb DOM updates are applied.
        requestAnimationFrame(() => {
            this._focusTrailingCrumb();
        });
    }
    /**
     * Exit edit mode and restore the breadcrumb display.
     */
    _exitEditMode() {
        if (!this._isEditMode) {
            return;
        }
        this._isEditMode = false;
        this.node.classList.remove(BREADCRUMB_EDIT_MODE_CLASS);
        this._previousState = null;
        this.update();
    }
    /**
     * Handle the model's `refreshed` signal.
     * If we are in edit mode, dismiss it (the model path may have changed).
     */
    _onModelRefreshed() {
        var _a;
        const contents = this._model.manager.services.contents;
        const localPath = contents.localPath(this._model.path);
        if (this._isEditMode) {
            if (this._pathNavigator.matchesSubmittedPath(localPath) ||
                localPath !== this._lastPath) {
                this._exitEditMode();
                (_a = this._onPathEdited) === null || _a === void 0 ? void 0 : _a.call(this);
            }
            return;
        }
        this.update();
    }
}
/**
 * The namespace for the crumbs private data.
 */
var crumbs_Private;
(function (Private) {
    /**
     * Breadcrumb item list enum.
     */
    let Crumb;
    (function (Crumb) {
        Crumb[Crumb["Home"] = 0] = "Home";
        Crumb[Crumb["Ellipsis"] = 1] = "Ellipsis";
        Crumb[Crumb["Preferred"] = 2] = "Preferred";
    })(Crumb = Private.Crumb || (Private.Crumb = {}));
    /**
     * Populate the breadcrumb container node.
     *
     * @param container - The container element that holds breadcrumb items.
     * @param breadcrumbs - The reusable breadcrumb elements (Home, Ellipsis, Preferred).
     * @param state - The current breadcrumb state.
     */
    function updateCrumbs(container, breadcrumbs, state) {
        const nodes = [];
        // Calculate the starting index for breadcrumbs based on root restriction
        const rootParts = state.root
            ? state.root.split('/').filter(part => part !== '')
            : [];
        const rootDepth = rootParts.length;
        // Only show home/preferred if there's no root restriction
        if (!state.root) {
            if (state.hasPreferred) {
                nodes.push(breadcrumbs[Private.Crumb.Preferred]);
            }
            nodes.push(breadcrumbs[Crumb.Home], createCrumbSeparator());
        }
        else {
            // With root restriction, just add an initial separator
            nodes.push(createCrumbSeparator());
        }
        const parts = state.path.split('/').filter(part => part !== '');
        // Filter parts to only show those at or below the root
        const visibleParts = state.root ? parts.slice(rootDepth) : parts;
        const visibleStartIndex = rootDepth;
        if (!state.fullPath && visibleParts.length > 0) {
            const minimumLeftItems = state.minimumLeftItems;
            const minimumRightItems = state.minimumRightItems;
            // Check if we need ellipsis (based on visible parts)
            if (visibleParts.length > minimumLeftItems + minimumRightItems) {
                // Add left items
                for (let i = 0; i < minimumLeftItems; i++) {
                    const fullIndex = visibleStartIndex + i;
                    const elemPath = parts.slice(0, fullIndex + 1).join('/');
                    nodes.push(createBreadcrumbElement(visibleParts[i], elemPath));
                    nodes.push(createCrumbSeparator());
                }
                // Add ellipsis
                const hiddenStartIndex = minimumLeftItems;
                const hiddenEndIndex = visibleParts.length - minimumRightItems;
                const hiddenVisibleParts = visibleParts.slice(hiddenStartIndex, hiddenEndIndex);
                const ellipsis = breadcrumbs[Crumb.Ellipsis];
                ellipsis.title = hiddenVisibleParts.join('/');
                ellipsis.dataset.path =
                    hiddenVisibleParts.length > 0
                        ? parts.slice(0, visibleStartIndex + hiddenEndIndex).join('/')
                        : parts.slice(0, visibleStartIndex + minimumLeftItems).join('/');
                nodes.push(ellipsis, createCrumbSeparator());
                // Add right items
                const rightStartIndex = visibleParts.length - minimumRightItems;
                for (let i = rightStartIndex; i < visibleParts.length; i++) {
                    const fullIndex = visibleStartIndex + i;
                    const elemPath = parts.slice(0, fullIndex + 1).join('/');
                    nodes.push(createBreadcrumbElement(visibleParts[i], elemPath));
                    nodes.push(createCrumbSeparator());
                }
            }
            else {
                for (let i = 0; i < visibleParts.length; i++) {
                    const fullIndex = visibleStartIndex + i;
                    const elemPath = parts.slice(0, fullIndex + 1).join('/');
                    nodes.push(createBreadcrumbElement(visibleParts[i], elemPath));
                    nodes.push(createCrumbSeparator());
                }
            }
        }
        else if (state.fullPath && visibleParts.length > 0) {
            for (let i = 0; i < visibleParts.length; i++) {
                const fullIndex = visibleStartIndex + i;
                const elemPath = parts.slice(0, fullIndex + 1).join('/');
                nodes.push(createBreadcrumbElement(visibleParts[i], elemPath));
                nodes.push(createCrumbSeparator());
            }
        }
        container.replaceChildren(...nodes);
    }
    Private.updateCrumbs = updateCrumbs;
    /**
     * Create a breadcrumb element for a path part.
     */
    function createBreadcrumbElement(pathPart, fullPath) {
        const elem = document.createElement('span');
        elem.className = BREADCRUMB_ITEM_CLASS;
        elem.textContent = pathPart;
        elem.title = fullPath;
        elem.dataset.path = fullPath;
        elem.tabIndex = -1;
        return elem;
    }
    /**
     * Create the breadcrumb nodes.
     */
    function createCrumbs() {
        const home = ui_components_lib_index_js_.folderIcon.element({
            className: BREADCRUMB_ROOT_CLASS,
            tag: 'span',
            title: lib_index_js_.PageConfig.getOption('serverRoot') || 'Jupyter Server Root',
            stylesheet: 'breadCrumb'
        });
        home.dataset.path = '/';
        home.tabIndex = -1;
        const ellipsis = ui_components_lib_index_js_.ellipsesIcon.element({
            className: `${BREADCRUMB_ITEM_CLASS} ${BREADCRUMB_ELLIPSIS_CLASS}`,
            tag: 'span',
            stylesheet: 'breadCrumb'
        });
        ellipsis.tabIndex = -1;
        const preferredPath = lib_index_js_.PageConfig.getOption('preferredPath');
        const path = preferredPath ? '/' + preferredPath : preferredPath;
        const preferred = ui_components_lib_index_js_.folderFavoriteIcon.element({
            className: BREADCRUMB_PREFERRED_CLASS,
            tag: 'span',
            title: path || 'Jupyter Preferred Path',
            stylesheet: 'breadCrumb'
        });
        preferred.dataset.path = path || '/';
        preferred.tabIndex = -1;
        return [home, ellipsis, preferred];
    }
    Private.createCrumbs = createCrumbs;
    /**
     * Create the breadcrumb separator nodes.
     */
    function createCrumbSeparator() {
        const item = document.createElement('span');
        item.className = BREADCRUMB_SEPARATOR_CLASS;
        item.textContent = '/';
        return item;
    }
    Private.createCrumbSeparator = createCrumbSeparator;
})(crumbs_Private || (crumbs_Private = {}));
//# sourceMappingURL=crumbs.js.map
// EXTERNAL MODULE: consume shared module (default) @jupyterlab/docregistry@^4.6.6 (strict) (fallback: /work/wt-safety/node_modules/@jupyterlab/docregistry/lib/index.js)
var docregistry_lib_index_js_ = __webpack_require__(39586);
// EXTERNAL MODULE: consume shared module (default) @lumino/algorithm@^2.0.5 (strict) (fallback: /work/wt-safety/node_modules/@lumino/algorithm/dist/index.es6.js)
var algorithm_dist_index_es6_js_ = __webpack_require__(54176);
// EXTERNAL MODULE: consume shared module (default) @lumino/domutils@^2.0.5 (strict) (fallback: /work/wt-safety/node_modules/@lumino/domutils/dist/index.es6.js)
var domutils_dist_index_es6_js_ = __webpack_require__(76612);
// EXTERNAL MODULE: consume shared module (default) @lumino/disposable@^2.1.6 (strict) (fallback: /work/wt-safety/node_modules/@lumino/disposable/dist/index.es6.js)
var disposable_dist_index_es6_js_ = __webpack_require__(51408);
// EXTERNAL MODULE: consume shared module (default) @lumino/dragdrop@^2.1.9 (strict) (fallback: /work/wt-safety/node_modules/@lumino/dragdrop/dist/index.es6.js)
var dragdrop_dist_index_es6_js_ = __webpack_require__(76887);
// EXTERNAL MODULE: consume shared module (default) @lumino/messaging@^2.0.5 (strict) (fallback: /work/wt-safety/node_modules/@lumino/messaging/dist/index.es6.js)
var messaging_dist_index_es6_js_ = __webpack_require__(18248);
// EXTERNAL MODULE: consume shared module (default) @lumino/virtualdom@^2.0.5 (strict) (fallback: /work/wt-safety/node_modules/@lumino/virtualdom/dist/index.es6.js)
var virtualdom_dist_index_es6_js_ = __webpack_require__(1240);
;// CONCATENATED MODULE: ../../../node_modules/@jupyterlab/filebrowser/lib/listing.js
// Copyright (c) Jupyter Development Team.
// Distributed under the terms of the Modified BSD License.















/**
 * The class name added to DirListing widget.
 */
const DIR_LISTING_CLASS = 'jp-DirListing';
/**
 * The class name added to a dir listing header node.
 */
const HEADER_CLASS = 'jp-DirListing-header';
/**
 * The class name added to a dir listing list header cell.
 */
const HEADER_ITEM_CLASS = 'jp-DirListing-headerItem';
/**
 * The class name added to a header cell text node.
 */
const HEADER_ITEM_TEXT_CLASS = 'jp-DirListing-headerItemText';
/**
 * The class name added to a header cell icon node.
 */
const HEADER_ITEM_ICON_CLASS = 'jp-DirListing-headerItemIcon';
/**
 * The class name added to the dir listing content node.
 */
const CONTENT_CLASS = 'jp-DirListing-content';
/**
 * The class name added to dir listing content item.
 */
const ITEM_CLASS = 'jp-DirListing-item';
/**
 * The class name added to the listing item text cell.
 */
const ITEM_TEXT_CLASS = 'jp-DirListing-itemText';
/**
 * The class name added to the listing item text cell.
 */
const ITEM_NAME_COLUMN_CLASS = 'jp-DirListing-itemName';
/**
 * The class name added to the listing item icon cell.
 */
const ITEM_ICON_CLASS = 'jp-DirListing-itemIcon';
/**
 * The class name added to the listing item modified cell.
 */
const ITEM_MODIFIED_CLASS = 'jp-DirListing-itemModified';
/**
 * The class name added to the listing item file size cell.
 */
const ITEM_FILE_SIZE_CLASS = 'jp-DirListing-itemFileSize';
/**
 * The class name added to the listing item created cell.
 */
const ITEM_CREATED_CLASS = 'jp-DirListing-itemCreated';
/**
 * The class name added to the label element that wraps each item's checkbox and
 * the header's check-all checkbox.
 */
const CHECKBOX_WRAPPER_CLASS = 'jp-DirListing-checkboxWrapper';
/**
 * The class name added to the dir listing editor node.
 */
const EDITOR_CLASS = 'jp-DirListing-editor';
/**
 * The class name added to the name column header cell.
 */
const NAME_ID_CLASS = 'jp-id-name';
/**
 * The class name added to the modified column header cell.
 */
const MODIFIED_ID_CLASS = 'jp-id-modified';
/**
 * The class name added to the file size column header cell.
 */
const FILE_SIZE_ID_CLASS = 'jp-id-filesize';
/**
 * The class name added to the created column header cell.
 */
const CREATED_ID_CLASS = 'jp-id-created';
/**
 * The mime type for a contents drag object.
 */
const listing_CONTENTS_MIME = 'application/x-jupyter-icontents';
/**
 * The mime type for a rich contents drag object.
 */
const CONTENTS_MIME_RICH = 'application/x-jupyter-icontentsrich';
/**
 * The class name added to drop targets.
 */
const listing_DROP_TARGET_CLASS = 'jp-mod-dropTarget';
/**
 * The class name added to selected rows.
 */
const SELECTED_CLASS = 'jp-mod-selected';
/**
 * The class name added to drag state icons to add space between the icon and the file name
 */
const DRAG_ICON_CLASS = 'jp-DragIcon';
/**
 * The class name added to column resize handle.
 */
const RESIZE_HANDLE_CLASS = 'jp-DirListing-resizeHandle';
/**
 * The class name added to the widget when there are items on the clipboard.
 */
const CLIPBOARD_CLASS = 'jp-mod-clipboard';
/**
 * The class name added to cut rows.
 */
const CUT_CLASS = 'jp-mod-cut';
/**
 * The class name added when there are more than one selected rows.
 */
const MULTI_SELECTED_CLASS = 'jp-mod-multiSelected';
/**
 * The class name added to indicate running notebook.
 */
const RUNNING_CLASS = 'jp-mod-running';
/**
 * The class name added to indicate the active element.
 */
const ACTIVE_CLASS = 'jp-mod-active';
/**
 * The class name added for a descending sort.
 */
const DESCENDING_CLASS = 'jp-mod-descending';
/**
 * The maximum duration between two key presses when selecting files by prefix.
 */
const PREFIX_APPEND_DURATION = 1000;
/**
 * The default width of the resize handle.
 */
const DEFAULT_HANDLE_WIDTH = 5;
/**
 * The threshold in pixels to start a drag event.
 */
const DRAG_THRESHOLD = 5;
/**
 * A boolean indicating whether the platform is Mac.
 */
const IS_MAC = !!navigator.platform.match(/Mac/i);
/**
 * The factory MIME type supported by lumino dock panels.
 */
const FACTORY_MIME = 'application/vnd.lumino.widget-factory';
/**
 * A widget which hosts a file list area.
 */
class listing_DirListing extends dist_index_es6_js_.Widget {
    /**
     * Construct a new file browser directory listing widget.
     *
     * @param options The constructor options
     */
    constructor(options) {
        var _a;
        super({
            node: (options.renderer || listing_DirListing.defaultRenderer).createNode()
        });
        this._items = [];
        this._sortedItems = [];
        this._sortState = {
            direction: 'ascending',
            key: 'name'
        };
        this._onItemOpened = new index_es6_js_.Signal(this);
        this._selectionChanged = new index_es6_js_.Signal(this);
        this._drag = null;
        this._dragData = null;
        this._resizeData = null;
        this._selectTimer = -1;
        this._isCut = false;
        this._prevPath = '';
        this._clipboard = [];
        this._clipboardRevision = 0;
        this._softSelection = '';
        this.selection = Object.create(null);
        this._searchPrefix = '';
        this._searchPrefixTimer = -1;
        this._inRename = false;
        this._isDirty = false;
        this._hiddenColumns = new Set();
        this._columnSizes = {
            name: null,
            file_size: null,
            is_selected: null,
            last_modified: null,
            date_created: null
        };
        this._sortNotebooksFirst = false;
        this._sortFileNamesNaturally = true;
        this._allowSingleClick = false;
        this._allowDragDropUpload = true;
        // _focusIndex should never be set outside the range [0, this._items.length - 1]
        this._focusIndex = 0;
        this._focusPath = '';
        this._modifiedStyle = 'short';
        this._createdStyle = 'short';
        this._allUploaded = new index_es6_js_.Signal(this);
        this._width = null;
        this._state = null;
        this._contentScrollbarWidth = 0;
        this._contentSizeObserver = new ResizeObserver(this._onContentResize.bind(this));
        this._paddingWidth = 0;
        this._handleWidth = DEFAULT_HANDLE_WIDTH;
        this._lastRenderedState = new WeakMap();
        this.addClass(DIR_LISTING_CLASS);
        this.translator = options.translator || translation_lib_index_js_.nullTranslator;
        this._trans = this.translator.load('jupyterlab');
        this._model = options.model;
        this._model.fileChanged.connect(this._onFileChanged, this);
        this._model.refreshed.connect(this._onModelRefreshed, this);
        this._model.pathChanged.connect(this._onPathChanged, this);
        this._editNode = document.createElement('input');
        this._editNode.className = EDITOR_CLASS;
        this._manager = this._model.manager;
        this._renderer = options.renderer || listing_DirListing.defaultRenderer;
        this._state = options.state || null;
        this._allowDragDropUpload = (_a = options.allowDragDropUpload) !== null && _a !== void 0 ? _a : true;
        this._handleOpenFile =
            options.handleOpenFile ||
                ((path) => {
                    this._manager.openOrReveal(path);
                });
        // Get the width of the "modified" column
        this._updateModifiedSize(this.node);
        // Get the width of the "created" column
        this._updateCreatedSize(this.node);
        const headerNode = index_js_.DOMUtils.findElement(this.node, HEADER_CLASS);
        // hide the file size column by default
        this._hiddenColumns.add('file_size');
        // hide the date created column by default
        this._hiddenColumns.add('date_created');
        this._renderer.populateHeaderNode(headerNode, this.translator, this._hiddenColumns, this._columnSizes);
        this._manager.activateRequested.connect(this._onActivateRequested, this);
    }
    /**
     * Dispose of the resources held by the directory listing.
     */
    dispose() {
        this._items.length = 0;
        this._sortedItems.length = 0;
        this._clipboard.length = 0;
        super.dispose();
    }
    /**
     * Get the model used by the listing.
     */
    get model() {
        return this._model;
    }
    /**
     * Get the dir listing header node.
     *
     * #### Notes
     * This is the node which holds the header cells.
     *
     * Modifying this node directly can lead to undefined behavior.
     */
    get headerNode() {
        return index_js_.DOMUtils.findElement(this.node, HEADER_CLASS);
    }
    /**
     * Get the dir listing content node.
     *
     * #### Notes
     * This is the node which holds the item nodes.
     *
     * Modifying this node directly can lead to undefined behavior.
     */
    get contentNode() {
        return index_js_.DOMUtils.findElement(this.node, CONTENT_CLASS);
    }
    /**
     * The renderer instance used by the directory listing.
     */
    get renderer() {
        return this._renderer;
    }
    /**
     * The current sort state.
     */
    get sortState() {
        return this._sortState;
    }
    /**
     * A signal fired when an item is opened.
     */
    get onItemOpened() {
        return this._onItemOpened;
    }
    /**
     * A signal fired when the selection changes.
     */
    get selectionChanged() {
        return this._selectionChanged;
    }
    /**
     * Create an iterator over the listing's selected items.
     *
     * @returns A new iterator over the listing's selected items.
     */
    selectedItems() {
        const items = this._sortedItems;
        return (0,algorithm_dist_index_es6_js_.filter)(items, item => this.selection[item.path]);
    }
    /**
     * Create an iterator over the listing's sorted items.
     *
     * @returns A new iterator over the listing's sorted items.
     */
    sortedItems() {
        return this._sortedItems[Symbol.iterator]();
    }
    /**
     * Sort the items using a sort condition.
     */
    sort(state) {
        this._sortedItems = listing_Private.sort(this.model.items(), state, this._sortNotebooksFirst, this._sortFileNamesNaturally, this.translator);
        this._sortState = state;
        this.update();
        this._saveState();
    }
    /**
     * Rename the first currently selected item.
     *
     * @returns A promise that resolves with the new name of the item.
     */
    rename() {
        return this._doRename();
    }
    /**
     * Cut the selected items.
     */
    cut() {
        this._isCut = true;
        this._copy();
        this.update();
    }
    /**
     * Copy the selected items.
     */
    copy() {
        this._isCut = false;
        this._copy();
    }
    /**
     * Paste the items from the clipboard.
     *
     * @returns A promise that resolves when the operation is complete.
     */
    async paste() {
        if (!this._clipboard.length) {
            this._isCut = false;
            return;
        }
        const basePath = this._model.path;
        const isCut = this._isCut;
        const pathsToPaste = [...this._clipboard];
        const pasteRevision = this._clipboardRevision;
        // Remove any cut modifiers.
        for (const item of this._items) {
            item.classList.remove(CUT_CLASS);
        }
        // Empty the clipboard while pasting, so that pasting again before this
        // paste ends does not move or copy the same items a second time.
        this._clipboard.length = 0;
        this._isCut = false;
        this.removeClass(CLIPBOARD_CLASS);
        const operations = pathsToPaste.map(async (path) => {
            if (isCut) {
                const localPath = this._manager.services.contents.localPath(path);
                const parts = localPath.split('/');
                const name = parts[parts.length - 1];
                const newPath = lib_index_js_.PathExt.join(basePath, name);
                // Some drives delete an item that is renamed onto itself.
                if (newPath !== path) {
                    await (0,docmanager_lib_index_js_.renameFile)(this._manager, path, newPath);
                }
            }
            else {
                await this._model.manager.copy(path, basePath);
            }
            return path;
        });
        const results = await Promise.all(operations.map(async (op) => {
            try {
                const value = await op;
                return { status: 'fulfilled', value };
            }
            catch (reason) {
                return { status: 'rejected', reason };
            }
        }));
        const successfulPaths = new Set();
        const errors = [];
        for (const result of results) {
            if (result.status === 'fulfilled') {
                successfulPaths.add(result.value);
            }
            else if (result.reason !== 'File not renamed') {
                errors.push(result.reason);
            }
        }
        // Put back the items that were not pasted, unless a cut or a copy
        // replaced them in the meantime.
        if (this._clipboardRevision === pasteRevision) {
            this._clipboard = pathsToPaste.filter(path => !successfulPaths.has(path));
            this._isCut = isCut && this._clipboard.length > 0;
        }
        if (errors.length > 0) {
            void (0,index_js_.showErrorMessage)(this._trans._p('showErrorMessage', 'Paste Error'), errors[0] instanceof Error ? errors[0] : String(errors[0]));
        }
    }
    /**
     * Delete the currently selected item(s).
     *
     * @returns A promise that resolves when the operation is complete.
     */
    async delete() {
        const deleteToTrash = lib_index_js_.PageConfig.getOption('delete_to_trash') === 'true';
        const items = this._sortedItems.filter(item => this.selection[item.path]);
        if (!items.length) {
            return;
        }
        const moveToTrashActionMessage = this._trans.__('Are you sure you want to move to trash: %1?', items[0].name);
        const deleteActionMessage = this._trans.__('Are you sure you want to permanently delete: %1?', items[0].name);
        const moveToTrashItemsActionMessage = this._trans._n('Are you sure you want to move to trash the %1 selected item?', 'Are you sure you want to move to trash the %1 selected items?', items.length);
        const deleteActionItemsMessage = this._trans._n('Are you sure you want to permanently delete the %1 selected item?', 'Are you sure you want to permanently delete the %1 selected items?', items.length);
        const actionMessage = deleteToTrash
            ? moveToTrashActionMessage
            : deleteActionMessage;
        const itemsActionMessage = deleteToTrash
            ? moveToTrashItemsActionMessage
            : deleteActionItemsMessage;
        const actionName = deleteToTrash
            ? this._trans.__('Move to Trash')
            : this._trans.__('Delete');
        const message = items.length === 1 ? actionMessage : itemsActionMessage;
        const result = await (0,index_js_.showDialog)({
            title: actionName,
            body: message,
            buttons: [
                index_js_.Dialog.cancelButton({ label: this._trans.__('Cancel') }),
                index_js_.Dialog.warnButton({ label: actionName })
            ],
            // By default focus on "Cancel" to protect from accidental deletion
            // ("delete" and "Enter" are next to each other on many keyboards).
            defaultButton: 0
        });
        if (!this.isDisposed && result.button.accept) {
            await this._delete(items.map(item => item.path));
        }
        // Re-focus
        let focusIndex = this._focusIndex;
        const lastIndexAfterDelete = this._sortedItems.length - items.length - 1;
        if (focusIndex > lastIndexAfterDelete) {
            // If the focus index after deleting items is out of bounds, set it to the
            // last item.
            focusIndex = Math.max(0, lastIndexAfterDelete);
        }
        this._focusItem(focusIndex);
    }
    /**
     * Duplicate the currently selected item(s).
     *
     * @returns A promise that resolves when the operation is complete.
     */
    duplicate() {
        const basePath = this._model.path;
        const promises = [];
        for (const item of this.selectedItems()) {
            if (item.type !== 'directory') {
                promises.push(this._model.manager.copy(item.path, basePath));
            }
        }
        return Promise.all(promises)
            .then(() => {
            return undefined;
        })
            .catch(error => {
            void (0,index_js_.showErrorMessage)(this._trans._p('showErrorMessage', 'Duplicate file'), error);
        });
    }
    /**
     * Select all listing items in the current directory.
     */
    async selectAll() {
        const items = this._model.items();
        const newSelection = {};
        for (const item of items) {
            newSelection[item.path] = true;
        }
        this.selection = newSelection;
        this._selectionChanged.emit();
        this.update();
    }
    /**
     * Download the currently selected item(s).
     */
    async download() {
        await Promise.all(Array.from(this.selectedItems())
            .filter(item => item.type !== 'directory')
            .map(item => this._model.download(item.path)));
    }
    /**
     * Restore the state of the file browser listing.
     *
     * @param id - The unique ID that is used to construct a state database key.
     *
     */
    async restore(id) {
        const key = `file-browser-${id}:columns`;
        const state = this._state;
        this._stateColumnsKey = key;
        if (!state) {
            return;
        }
        try {
            const columns = await state.fetch(key);
            if (!columns) {
                return;
            }
            const sizes = columns['sizes'];
            const sortState = columns['sortState'];
            // Set sort state before updating column sizes so that any
            // state save triggered by _updateColumnSizes includes the
            // correct sort state rather than the default.
            if (sortState) {
                this._sortState = sortState;
            }
            if (sizes) {
                for (const [key, size] of Object.entries(sizes)) {
                    this._columnSizes[key] = size;
                }
                this._updateColumnSizes();
            }
            // Sort items and rebuild the header to reflect the restored
            // sort state without calling sort() to avoid a redundant save.
            if (sortState) {
                this._sortedItems = listing_Private.sort(this.model.items(), sortState, this._sortNotebooksFirst, this._sortFileNamesNaturally, this.translator);
                this.headerNode.innerHTML = '';
                this._renderer.populateHeaderNode(this.headerNode, this.translator, this._hiddenColumns, this._columnSizes, sortState);
                this.update();
            }
        }
        catch (error) {
            await state.remove(key);
        }
    }
    /**
     * Save the current column sizes and sort state to the state database.
     */
    _saveState() {
        if (this._state && this._stateColumnsKey) {
            void this._state.save(this._stateColumnsKey, {
                sizes: this._columnSizes,
                sortState: { ...this._sortState }
            });
        }
    }
    /**
     * Shut down kernels on the applicable currently selected items.
     *
     * @returns A promise that resolves when the operation is complete.
     */
    shutdownKernels() {
        const model = this._model;
        const items = this._sortedItems;
        const paths = items.map(item => item.path);
        const promises = Array.from(this._model.sessions())
            .filter(session => {
            const index = algorithm_dist_index_es6_js_.ArrayExt.firstIndexOf(paths, session.path);
            return this.selection[items[index].path];
        })
            .map(session => model.manager.services.sessions.shutdown(session.id));
        return Promise.all(promises)
            .then(() => {
            return undefined;
        })
            .catch(error => {
            void (0,index_js_.showErrorMessage)(this._trans._p('showErrorMessage', 'Shut down kernel'), error);
        });
    }
    /**
     * Select next item.
     *
     * @param keepExisting - Whether to keep the current selection and add to it.
     */
    selectNext(keepExisting = false) {
        let index = -1;
        const selected = Object.keys(this.selection);
        const items = this._sortedItems;
        if (selected.length === 1 || keepExisting) {
            // Select the next item.
            const path = selected[selected.length - 1];
            index = algorithm_dist_index_es6_js_.ArrayExt.findFirstIndex(items, value => value.path === path);
            index += 1;
            if (index === this._items.length) {
                index = 0;
            }
        }
        else if (selected.length === 0) {
            // Select the first item.
            index = 0;
        }
        else {
            // Select the last selected item.
            const path = selected[selected.length - 1];
            index = algorithm_dist_index_es6_js_.ArrayExt.findFirstIndex(items, value => value.path === path);
        }
        if (index !== -1) {
            this._selectItem(index, keepExisting);
            domutils_dist_index_es6_js_.ElementExt.scrollIntoViewIfNeeded(this.contentNode, this._items[index]);
        }
    }
    /**
     * Select previous item.
     *
     * @param keepExisting - Whether to keep the current selection and add to it.
     */
    selectPrevious(keepExisting = false) {
        let index = -1;
        const selected = Object.keys(this.selection);
        const items = this._sortedItems;
        if (selected.length === 1 || keepExisting) {
            // Select the previous item.
            const path = selected[0];
            index = algorithm_dist_index_es6_js_.ArrayExt.findFirstIndex(items, value => value.path === path);
            index -= 1;
            if (index === -1) {
                index = this._items.length - 1;
            }
        }
        else if (selected.length === 0) {
            // Select the last item.
            index = this._items.length - 1;
        }
        else {
            // Select the first selected item.
            const path = selected[0];
            index = algorithm_dist_index_es6_js_.ArrayExt.findFirstIndex(items, value => value.path === path);
        }
        if (index !== -1) {
            this._selectItem(index, keepExisting);
            domutils_dist_index_es6_js_.ElementExt.scrollIntoViewIfNeeded(this.contentNode, this._items[index]);
        }
    }
    /**
     * Select the first item that starts with prefix being typed.
     */
    selectByPrefix() {
        const prefix = this._searchPrefix.toLowerCase();
        const items = this._sortedItems;
        const index = algorithm_dist_index_es6_js_.ArrayExt.findFirstIndex(items, value => {
            return value.name.toLowerCase().substr(0, prefix.length) === prefix;
        });
        if (index !== -1) {
            this._selectItem(index, false);
            domutils_dist_index_es6_js_.ElementExt.scrollIntoViewIfNeeded(this.contentNode, this._items[index]);
        }
    }
    /**
     * Get whether an item is selected by name.
     *
     * @param name - The name of of the item.
     *
     * @returns Whether the item is selected.
     */
    isSelected(name) {
        const items = this._sortedItems;
        return (Array.from((0,algorithm_dist_index_es6_js_.filter)(items, item => item.name === name && this.selection[item.path])).length !== 0);
    }
    /**
     * Find a model given a click.
     *
     * @param event - The mouse event.
     *
     * @returns The model for the selected file.
     */
    modelForClick(event) {
        const items = this._sortedItems;
        const index = listing_Private.hitTestNodes(this._items, event);
        if (index !== -1) {
            return items[index];
        }
        return undefined;
    }
    /**
     * Clear the selected items.
     */
    clearSelectedItems(emit = true) {
        this.selection = Object.create(null);
        if (emit) {
            this._selectionChanged.emit();
        }
    }
    /**
     * Move focus to selected item, or to the first item if no item is selected.
     */
    _focusContent() {
        const items = this._sortedItems;
        if (items.length === 0) {
            this._focusItem(0);
            return;
        }
        let index = this._focusPath !== ''
            ? algorithm_dist_index_es6_js_.ArrayExt.findFirstIndex(items, value => value.path === this._focusPath)
            : -1;
        // Fallbacks if path is missing/not found.
        if (index === -1) {
            index = Math.min(Math.max(this._focusIndex, 0), items.length - 1);
        }
        this._selectItem(index, false, true);
    }
    /**
     * Handle `'activate-request'` messages.
     */
    onActivateRequest(msg) {
        this._focusContent();
    }
    /**
     * Select an item by name.
     *
     * @param name - The name of the item to select.
     * @param focus - Whether to move focus to the selected item.
     *
     * @returns A promise that resolves when the name is selected.
     */
    async selectItemByName(name, focus = false) {
        return this._selectItemByName(name, focus);
    }
    /**
     * Select an item by name.
     *
     * @param name - The name of the item to select.
     * @param focus - Whether to move focus to the selected item.
     * @param force - Whether to proceed with selection even if the file was already selected.
     *
     * @returns A promise that resolves when the name is selected.
     */
    async _selectItemByName(name, focus = false, force = false) {
        if (!force && this.isSelected(name)) {
            // Avoid API polling and DOM updates if already selected
            return;
        }
        // Make sure the file is available.
        await this.model.refresh();
        if (this.isDisposed) {
            throw new Error('File browser is disposed.');
        }
        const items = this._sortedItems;
        const index = algorithm_dist_index_es6_js_.ArrayExt.findFirstIndex(items, value => value.name === name);
        if (index === -1) {
            throw new Error('Item does not exist.');
        }
        this._selectItem(index, false, focus);
        messaging_dist_index_es6_js_.MessageLoop.sendMessage(this, dist_index_es6_js_.Widget.Msg.UpdateRequest);
        domutils_dist_index_es6_js_.ElementExt.scrollIntoViewIfNeeded(this.contentNode, this._items[index]);
    }
    /**
     * Handle the DOM events for the directory listing.
     *
     * @param event - The DOM event sent to the widget.
     *
     * #### Notes
     * This method implements the DOM `EventListener` interface and is
     * called in response to events on the panel's DOM node. It should
     * not be called directly by user code.
     */
    handleEvent(event) {
        switch (event.type) {
            case 'mousedown':
                this._evtMousedown(event);
                break;
            case 'mouseup':
                this._evtMouseup(event);
                break;
            case 'mousemove':
                this._evtMousemove(event);
                break;
            case 'keydown':
                this.evtKeydown(event);
                break;
            case 'click':
                this._evtClick(event);
                break;
            case 'dblclick':
                this.evtDblClick(event);
                break;
            case 'dragenter':
            case 'dragover':
                // Only show visual feedback if drag and drop upload is enabled
                if (this._allowDragDropUpload) {
                    this.addClass('jp-mod-native-drop');
                }
                event.preventDefault();
                break;
            case 'dragleave':
            case 'dragend':
                this.removeClass('jp-mod-native-drop');
                break;
            case 'drop':
                this.removeClass('jp-mod-native-drop');
                this.evtNativeDrop(event);
                break;
            case 'scroll':
                this._evtScroll(event);
                break;
            case 'lm-dragenter':
                this.evtDragEnter(event);
                break;
            case 'lm-dragleave':
                this.evtDragLeave(event);
                break;
            case 'lm-dragover':
                this.evtDragOver(event);
                break;
            case 'lm-drop':
                this.evtDrop(event);
                break;
            default:
                break;
        }
    }
    /**
     * A message handler invoked on an `'after-attach'` message.
     */
    onAfterAttach(msg) {
        super.onAfterAttach(msg);
        const node = this.node;
        this._width = this._computeContentWidth();
        const content = index_js_.DOMUtils.findElement(node, CONTENT_CLASS);
        node.addEventListener('mousedown', this);
        node.addEventListener('keydown', this);
        node.addEventListener('click', this);
        node.addEventListener('dblclick', this);
        this._contentSizeObserver.observe(content);
        content.addEventListener('dragenter', this);
        content.addEventListener('dragover', this);
        content.addEventListener('dragleave', this);
        content.addEventListener('dragend', this);
        content.addEventListener('drop', this);
        content.addEventListener('scroll', this);
        content.addEventListener('lm-dragenter', this);
        content.addEventListener('lm-dragleave', this);
        content.addEventListener('lm-dragover', this);
        content.addEventListener('lm-drop', this);
        this._updateColumnSizes();
    }
    /**
     * A message handler invoked on a `'before-detach'` message.
     */
    onBeforeDetach(msg) {
        super.onBeforeDetach(msg);
        const node = this.node;
        const content = index_js_.DOMUtils.findElement(node, CONTENT_CLASS);
        node.removeEventListener('mousedown', this);
        node.removeEventListener('keydown', this);
        node.removeEventListener('click', this);
        node.removeEventListener('dblclick', this);
        this._contentSizeObserver.disconnect();
        content.removeEventListener('scroll', this);
        content.removeEventListener('dragover', this);
        content.removeEventListener('dragover', this);
        content.removeEventListener('dragleave', this);
        content.removeEventListener('dragend', this);
        content.removeEventListener('drop', this);
        content.removeEventListener('lm-dragenter', this);
        content.removeEventListener('lm-dragleave', this);
        content.removeEventListener('lm-dragover', this);
        content.removeEventListener('lm-drop', this);
        document.removeEventListener('mousemove', this, true);
        document.removeEventListener('mouseup', this, true);
    }
    /**
     * A message handler invoked on an `'after-show'` message.
     */
    onAfterShow(msg) {
        if (this._isDirty) {
            // Update the sorted items.
            this.sort(this.sortState);
            this.update();
        }
    }
    _onContentResize() {
        const content = index_js_.DOMUtils.findElement(this.node, CONTENT_CLASS);
        const scrollbarWidth = content.offsetWidth - content.clientWidth;
        if (scrollbarWidth != this._contentScrollbarWidth) {
            this._contentScrollbarWidth = scrollbarWidth;
            this._width = this._computeContentWidth();
            this._updateColumnSizes();
        }
    }
    _computeContentWidth(width = null) {
        if (!width) {
            width = this.node.getBoundingClientRect().width;
        }
        this._paddingWidth = parseFloat(window
            .getComputedStyle(this.node)
            .getPropertyValue('--jp-dirlisting-padding-width'));
        const handle = this.node.querySelector(`.${RESIZE_HANDLE_CLASS}`);
        this._handleWidth = handle
            ? handle.getBoundingClientRect().width
            : DEFAULT_HANDLE_WIDTH;
        return width - this._paddingWidth * 2 - this._contentScrollbarWidth;
    }
    /**
     * Update the 'modified' column's size
     */
    _updateModifiedSize(node) {
        this._modifiedStyle = this._computeDateColumnStyle(node, MODIFIED_ID_CLASS, 'last_modified');
    }
    /**
     * Update the 'date created' column's size
     */
    _updateCreatedSize(node) {
        this._createdStyle = this._computeDateColumnStyle(node, CREATED_ID_CLASS, 'date_created');
    }
    /**
     * Compute the Intl.RelativeTimeFormat style for a date column based on
     * its pixel width: < 100px → 'narrow', 100–120px → 'short', > 120px → 'long'.
     */
    _computeDateColumnStyle(node, columnClassName, columnName) {
        var _a, _b;
        const columnElement = index_js_.DOMUtils.findElement(node, columnClassName);
        const width = (_b = (_a = this._columnSizes[columnName]) !== null && _a !== void 0 ? _a : columnElement === null || columnElement === void 0 ? void 0 : columnElement.getBoundingClientRect().width) !== null && _b !== void 0 ? _b : 83;
        return width < 100 ? 'narrow' : width > 120 ? 'long' : 'short';
    }
    /**
     * Rerender item nodes' modified dates, if the modified style has changed.
     */
    _updateModifiedStyleAndSize() {
        const oldModifiedStyle = this._modifiedStyle;
        this._updateModifiedSize(this.node);
        if (oldModifiedStyle !== this._modifiedStyle) {
            this.updateModified(this._sortedItems, this._items);
        }
    }
    /**
     * Rerender item nodes' created dates, if the created style has changed.
     */
    _updateCreatedStyleAndSize() {
        const oldCreatedStyle = this._createdStyle;
        this._updateCreatedSize(this.node);
        if (oldCreatedStyle !== this._createdStyle) {
            this.updateCreated(this._sortedItems, this._items);
        }
    }
    /**
     * Update only the modified dates.
     */
    updateModified(items, nodes) {
        items.forEach((item, i) => {
            const node = nodes[i];
            if (node && item.last_modified) {
                const modified = index_js_.DOMUtils.findElement(node, ITEM_MODIFIED_CLASS);
                if (!modified) {
                    return;
                }
                if (this.renderer.updateItemModified !== undefined) {
                    this.renderer.updateItemModified(modified, item.last_modified, this._modifiedStyle);
                }
                else {
                    listing_DirListing.defaultRenderer.updateItemModified(modified, item.last_modified, this._modifiedStyle);
                }
            }
        });
    }
    /**
     * Update only the created dates.
     */
    updateCreated(items, nodes) {
        items.forEach((item, i) => {
            const node = nodes[i];
            if (node && item.created) {
                const created = index_js_.DOMUtils.findElement(node, ITEM_CREATED_CLASS);
                if (!created) {
                    return;
                }
                if (this.renderer.updateItemCreated !== undefined) {
                    this.renderer.updateItemCreated(created, item.created, this._createdStyle);
                }
                else {
                    listing_DirListing.defaultRenderer.updateItemCreated(created, item.created, this._createdStyle);
                }
            }
        });
    }
    // Update item nodes based on widget state.
    updateNodes(items, nodes, sizeOnly = false) {
        var _a;
        items.forEach((item, i) => {
            const node = nodes[i];
            if (sizeOnly && this.renderer.updateItemSize) {
                if (!node) {
                    // short-circuit in case if node is not yet ready
                    return;
                }
                return this.renderer.updateItemSize(node, item, this._modifiedStyle, this._columnSizes, this._createdStyle);
            }
            const ft = this._manager.registry.getFileTypeForModel(item);
            this.renderer.updateItemNode(node, item, ft, this.translator, this._hiddenColumns, this.selection[item.path], this._modifiedStyle, this._columnSizes, this._createdStyle);
            if (this.selection[item.path] &&
                this._isCut &&
                this._model.path === this._prevPath) {
                node.classList.add(CUT_CLASS);
            }
            // add metadata to the node
            node.setAttribute('data-isdir', item.type === 'directory' ? 'true' : 'false');
        });
        // Handle the selectors on the widget node.
        const selected = Object.keys(this.selection).length;
        if (selected) {
            this.addClass(SELECTED_CLASS);
            if (selected > 1) {
                this.addClass(MULTI_SELECTED_CLASS);
            }
        }
        // Handle file session statuses.
        const paths = items.map(item => item.path);
        for (const session of this._model.sessions()) {
            const index = algorithm_dist_index_es6_js_.ArrayExt.firstIndexOf(paths, session.path);
            const node = nodes[index];
            // Node may have been filtered out.
            if (node) {
                let name = (_a = session.kernel) === null || _a === void 0 ? void 0 : _a.name;
                const specs = this._model.specs;
                node.classList.add(RUNNING_CLASS);
                if (specs && name) {
                    const spec = specs.kernelspecs[name];
                    name = spec ? spec.display_name : this._trans.__('unknown');
                }
                // Update node title only if it has changed.
                const prevState = this._lastRenderedState.get(node);
                if (prevState !== node.title) {
                    node.title = this._trans.__('%1\nKernel: %2', node.title, name);
                    this._lastRenderedState.set(node, node.title);
                }
            }
        }
    }
    /**
     * A handler invoked on an `'update-request'` message.
     */
    onUpdateRequest(msg) {
        this._isDirty = false;
        // Fetch common variables.
        const items = this._sortedItems;
        const nodes = this._items;
        // If we didn't get any item yet, we'll need to resize once items are added
        const needsResize = nodes.length === 0;
        const content = index_js_.DOMUtils.findElement(this.node, CONTENT_CLASS);
        const renderer = this._renderer;
        this.removeClass(MULTI_SELECTED_CLASS);
        this.removeClass(SELECTED_CLASS);
        // Remove any excess item nodes.
        while (nodes.length > items.length) {
            content.removeChild(nodes.pop());
        }
        // Add any missing item nodes.
        while (nodes.length < items.length) {
            const node = renderer.createItemNode(this._hiddenColumns, this._columnSizes);
            node.classList.add(ITEM_CLASS);
            nodes.push(node);
            content.appendChild(node);
        }
        nodes.forEach((node, i) => {
            // Remove extra classes from the nodes.
            node.classList.remove(SELECTED_CLASS);
            node.classList.remove(RUNNING_CLASS);
            node.classList.remove(CUT_CLASS);
            // Uncheck each file checkbox
            const checkbox = renderer.getCheckboxNode(node);
            if (checkbox) {
                checkbox.checked = false;
            }
            // Handle `tabIndex` & `role`
            const nameNode = renderer.getNameNode(node);
            if (nameNode) {
                // Must check if the name node is there because it gets replaced by the
                // edit node when editing the name of the file or directory.
                if (i === this._focusIndex) {
                    nameNode.setAttribute('tabIndex', '0');
                    nameNode.setAttribute('role', 'button');
                }
                else {
                    nameNode.setAttribute('tabIndex', '-1');
                    nameNode.removeAttribute('role');
                }
            }
        });
        // Put the check-all checkbox in the header into the correct state
        const checkAllCheckbox = renderer.getCheckboxNode(this.headerNode);
        if (checkAllCheckbox) {
            const totalSelected = Object.keys(this.selection).length;
            const allSelected = items.length > 0 && totalSelected === items.length;
            const someSelected = !allSelected && totalSelected > 0;
            checkAllCheckbox.checked = allSelected;
            checkAllCheckbox.indeterminate = someSelected;
            // Stash the state in data attributes so we can access them in the click
            // handler (because in the click handler, checkbox.checked and
            // checkbox.indeterminate do not hold the previous value; they hold the
            // next value).
            checkAllCheckbox.dataset.checked = String(allSelected);
            checkAllCheckbox.dataset.indeterminate = String(someSelected);
            const trans = this.translator.load('jupyterlab');
            checkAllCheckbox === null || checkAllCheckbox === void 0 ? void 0 : checkAllCheckbox.setAttribute('aria-label', allSelected || someSelected
                ? trans.__('Deselect all files and directories')
                : trans.__('Select all files and directories'));
        }
        this.updateNodes(items, nodes);
        if (needsResize) {
            this._width = this._computeContentWidth();
            this._updateColumnSizes();
        }
        this._prevPath = this._model.path;
    }
    onResize(msg) {
        const { width } = msg.width === -1 ? this.node.getBoundingClientRect() : msg;
        this._width = this._computeContentWidth(width);
        this._updateColumnSizes();
    }
    setColumnVisibility(name, visible) {
        if (visible) {
            this._hiddenColumns.delete(name);
        }
        else {
            this._hiddenColumns.add(name);
        }
        this.headerNode.innerHTML = '';
        this._renderer.populateHeaderNode(this.headerNode, this.translator, this._hiddenColumns, this._columnSizes, this._sortState);
        this._updateColumnSizes();
    }
    _updateColumnSizes(doNotGrowBeforeInclusive = null) {
        // Adjust column sizes so that they add up to the total width available, preserving ratios
        const visibleColumns = this._visibleColumns
            .map(column => ({
            ...column,
            element: index_js_.DOMUtils.findElement(this.node, column.className)
        }))
            .filter(column => {
            // While all visible column will have an element, some extensions like jupyter-unfold
            // do not render columns even if user requests them to be visible; this filter exists
            // to ensure backward compatibility with such extensions and may be removed in the future.
            return column.element;
        });
        // read from DOM
        let total = 0;
        for (const column of visibleColumns) {
            let size = this._columnSizes[column.id];
            if (size === null) {
                size = column.element.getBoundingClientRect().width;
            }
            // restrict the minimum and maximum width
            size = Math.max(size, column.minWidth);
            if (this._width) {
                let reservedForOtherColumns = 0;
                for (const other of visibleColumns) {
                    if (other.id === column.id) {
                        continue;
                    }
                    reservedForOtherColumns += other.minWidth;
                }
                size = Math.min(size, this._width - reservedForOtherColumns);
            }
            this._columnSizes[column.id] = size;
            total += size;
        }
        // Ensure that total fits
        if (this._width) {
            // Distribute the excess/shortfall over the columns which should stretch.
            const excess = this._width - total;
            let growAllowed = doNotGrowBeforeInclusive === null;
            const growColumns = visibleColumns.filter(c => {
                if (growAllowed) {
                    return true;
                }
                if (c.id === doNotGrowBeforeInclusive) {
                    growAllowed = true;
                }
                return false;
            });
            const totalWeight = growColumns
                .map(c => c.grow)
                .reduce((a, b) => a + b, 0);
            for (const column of growColumns) {
                // The value of `growBy` will be negative when the down-sizing
                const growBy = (excess * column.grow) / totalWeight;
                this._columnSizes[column.id] = this._columnSizes[column.id] + growBy;
            }
        }
        const resizeHandles = this.node.getElementsByClassName(RESIZE_HANDLE_CLASS);
        const resizableColumns = visibleColumns.map(column => listing_Private.isResizable(column));
        // Write to DOM
        let i = 0;
        for (const column of visibleColumns) {
            let size = this._columnSizes[column.id];
            if (listing_Private.isResizable(column) && size) {
                size -=
                    (this._handleWidth * resizeHandles.length) / resizableColumns.length;
                // if this is first resizable or last resizable column
                if (i === 0 || i === resizableColumns.length - 1) {
                    size += this._paddingWidth;
                }
                i += 1;
            }
            column.element.style.width = size === null ? '' : size + 'px';
        }
        this._updateModifiedStyleAndSize();
        this._updateCreatedStyleAndSize();
        // Refresh sizes on the per item widths
        if (this.isVisible) {
            const items = this._items;
            if (items.length !== 0) {
                this.updateNodes(this._sortedItems, this._items, true);
            }
        }
        this._saveState();
    }
    get _visibleColumns() {
        return listing_DirListing.columns.filter(column => { var _a; return column.id === 'name' || !((_a = this._hiddenColumns) === null || _a === void 0 ? void 0 : _a.has(column.id)); });
    }
    _setColumnSize(name, size) {
        var _a;
        const previousSize = this._columnSizes[name];
        if (previousSize && size && size > previousSize) {
            // check if we can resize up
            let total = 0;
            let before = true;
            for (const column of this._visibleColumns) {
                if (column.id === name) {
                    // add proposed size for the current columns
                    total += size;
                    before = false;
                    continue;
                }
                if (before) {
                    // add size as-is for columns before
                    const element = index_js_.DOMUtils.findElement(this.node, column.className);
                    total +=
                        (_a = this._columnSizes[column.id]) !== null && _a !== void 0 ? _a : element.getBoundingClientRect().width;
                }
                else {
                    // add minimum acceptable size for columns after
                    total += column.minWidth;
                }
            }
            if (this._width && total > this._width) {
                // up sizing is no longer possible
                return;
            }
        }
        this._columnSizes[name] = size;
        this._updateColumnSizes(name);
    }
    /**
     * Update the setting to sort notebooks above files.
     * This sorts the items again if the internal value is modified.
     */
    setNotebooksFirstSorting(isEnabled) {
        let previousValue = this._sortNotebooksFirst;
        this._sortNotebooksFirst = isEnabled;
        if (this._sortNotebooksFirst !== previousValue) {
            this.sort(this._sortState);
        }
    }
    /**
     * Update the setting to sort file names naturally
     * vs lexicographically. Default is true (natural).
     * This sorts the items again if the internal value is modified.
     */
    setSortFileNamesNaturally(natural) {
        const previousValue = this._sortFileNamesNaturally;
        this._sortFileNamesNaturally = natural;
        if (this._sortFileNamesNaturally !== previousValue) {
            this.sort(this._sortState);
        }
    }
    /**
     * Update the setting to allow single click navigation.
     * This enables opening files/directories with a single click.
     */
    setAllowSingleClickNavigation(isEnabled) {
        this._allowSingleClick = isEnabled;
    }
    /**
     * Update the setting to allow drag and drop upload.
     * This enables uploading files via drag and drop.
     */
    setAllowDragDropUpload(isEnabled) {
        this._allowDragDropUpload = isEnabled;
    }
    /**
     * Would this click (or other event type) hit the checkbox by default?
     */
    isWithinCheckboxHitArea(event) {
        let element = event.target;
        while (element) {
            if (element.classList.contains(CHECKBOX_WRAPPER_CLASS)) {
                return true;
            }
            element = element.parentElement;
        }
        return false;
    }
    /**
     * Handle the `'click'` event for the widget.
     */
    _evtClick(event) {
        const target = event.target;
        const header = this.headerNode;
        const renderer = this._renderer;
        if (header.contains(target)) {
            const checkbox = renderer.getCheckboxNode(header);
            if (checkbox && this.isWithinCheckboxHitArea(event)) {
                const previouslyUnchecked = checkbox.dataset.indeterminate === 'false' &&
                    checkbox.dataset.checked === 'false';
                // The only time a click on the check-all checkbox should check all is
                // when it was previously unchecked; otherwise, if the checkbox was
                // either checked (all selected) or indeterminate (some selected), the
                // click should clear all.
                if (previouslyUnchecked) {
                    // Select all items
                    this._sortedItems.forEach((item) => (this.selection[item.path] = true));
                    this._selectionChanged.emit();
                }
                else {
                    // Unselect all items
                    this.clearSelectedItems();
                }
                this.update();
            }
            else {
                const state = this.renderer.handleHeaderClick(header, event);
                if (state) {
                    this.sort(state);
                }
            }
            return;
        }
        else {
            // Focus the selected file on click to ensure a couple of things:
            // 1. If a user clicks on the item node, its name node will receive focus.
            // 2. If a user clicks on blank space in the directory listing, the
            //    previously focussed item will be focussed.
            this._focusItem(this._focusIndex);
        }
        if (this._allowSingleClick) {
            this.evtDblClick(event);
        }
    }
    /**
     * Handle the `'scroll'` event for the widget.
     */
    _evtScroll(event) {
        this.headerNode.scrollLeft = this.contentNode.scrollLeft;
    }
    /**
     * Handle the `'mousedown'` event for the widget.
     */
    _evtMousedown(event) {
        // Bail if clicking within the edit node
        if (event.target === this._editNode) {
            return;
        }
        // Blur the edit node if necessary.
        if (this._editNode.parentNode) {
            if (this._editNode !== event.target) {
                this._editNode.focus();
                this._editNode.blur();
                clearTimeout(this._selectTimer);
            }
            else {
                return;
            }
        }
        let index = listing_Private.hitTestNodes(this._items, event);
        if (index === -1) {
            // Left mouse press for drag or resize start.
            if (event.button === 0) {
                const resizeHandle = event.target;
                if (resizeHandle instanceof HTMLElement &&
                    resizeHandle.classList.contains(RESIZE_HANDLE_CLASS)) {
                    const columnId = resizeHandle.dataset.column;
                    if (!columnId) {
                        throw Error('Column resize handle is missing data-column attribute');
                    }
                    const column = listing_DirListing.columns.find(c => c.id === columnId);
                    if (!column) {
                        throw Error(`Column with identifier ${columnId} not found`);
                    }
                    const element = index_js_.DOMUtils.findElement(this.node, column.className);
                    resizeHandle.classList.add(ACTIVE_CLASS);
                    const cursorOverride = dragdrop_dist_index_es6_js_.Drag.overrideCursor('col-resize');
                    this._resizeData = {
                        pressX: event.clientX,
                        column: columnId,
                        initialSize: element.getBoundingClientRect().width,
                        overrides: new disposable_dist_index_es6_js_.DisposableDelegate(() => {
                            cursorOverride.dispose();
                            resizeHandle.classList.remove(ACTIVE_CLASS);
                        })
                    };
                    document.addEventListener('mouseup', this, true);
                    document.addEventListener('mousemove', this, true);
                    return;
                }
            }
            return;
        }
        this.handleFileSelect(event);
        if (event.button !== 0) {
            clearTimeout(this._selectTimer);
        }
        // Check for clearing a context menu.
        const newContext = (IS_MAC && event.ctrlKey) || event.button === 2;
        if (newContext) {
            return;
        }
        // Left mouse press for drag or resize start.
        if (event.button === 0) {
            this._dragData = {
                pressX: event.clientX,
                pressY: event.clientY,
                index: index
            };
            document.addEventListener('mouseup', this, true);
            document.addEventListener('mousemove', this, true);
        }
    }
    /**
     * Handle the `'mouseup'` event for the widget.
     */
    _evtMouseup(event) {
        // Handle any soft selection from the previous mouse down.
        if (this._softSelection) {
            const altered = event.metaKey || event.shiftKey || event.ctrlKey;
            // See if we need to clear the other selection.
            if (!altered && event.button === 0) {
                this.clearSelectedItems();
                this.selection[this._softSelection] = true;
                this._selectionChanged.emit();
                this.update();
            }
            this._softSelection = '';
        }
        // Re-focus. This is needed because nodes corresponding to files selected in
        // mousedown handler will not retain the focus as mousedown event is always
        // followed by a blur/focus event.
        if (event.button === 0) {
            this._focusItem(this._focusIndex);
        }
        // Remove the resize listeners if necessary.
        if (this._resizeData) {
            this._resizeData.overrides.dispose();
            this._resizeData = null;
            document.removeEventListener('mousemove', this, true);
            document.removeEventListener('mouseup', this, true);
            return;
        }
        // Remove the drag listeners if necessary.
        if (event.button !== 0 || !this._drag) {
            document.removeEventListener('mousemove', this, true);
            document.removeEventListener('mouseup', this, true);
            return;
        }
        event.preventDefault();
        event.stopPropagation();
    }
    /**
     * Handle the `'mousemove'` event for the widget.
     */
    _evtMousemove(event) {
        event.preventDefault();
        event.stopPropagation();
        if (this._resizeData) {
            const { initialSize, column, pressX } = this._resizeData;
            this._setColumnSize(column, initialSize + event.clientX - pressX);
            return;
        }
        // Bail if we are the one dragging.
        if (this._drag || !this._dragData) {
            return;
        }
        // Check for a drag initialization.
        const data = this._dragData;
        const dx = Math.abs(event.clientX - data.pressX);
        const dy = Math.abs(event.clientY - data.pressY);
        if (dx < DRAG_THRESHOLD && dy < DRAG_THRESHOLD) {
            return;
        }
        this._startDrag(data.index, event.clientX, event.clientY);
    }
    /**
     * Handle the opening of an item.
     */
    handleOpen(item) {
        this._onItemOpened.emit(item);
        if (item.type === 'directory') {
            const localPath = this._manager.services.contents.localPath(item.path);
            this._model
                .cd(`/${localPath}`)
                .catch(error => (0,index_js_.showErrorMessage)(this._trans._p('showErrorMessage', 'Open directory'), error));
        }
        else {
            const path = item.path;
            this._handleOpenFile(path);
        }
    }
    /**
     * Calculate the next focus index, given the current focus index and a
     * direction, keeping within the bounds of the directory listing.
     *
     * @param index Current focus index
     * @param direction -1 (up) or 1 (down)
     * @returns The next focus index, which could be the same as the current focus
     * index if at the boundary.
     */
    _getNextFocusIndex(index, direction) {
        const nextIndex = index + direction;
        if (nextIndex === -1 || nextIndex === this._items.length) {
            // keep focus index within bounds
            return index;
        }
        else {
            return nextIndex;
        }
    }
    /**
     * Handle the up or down arrow key.
     *
     * @param event The keyboard event
     * @param direction -1 (up) or 1 (down)
     */
    _handleArrowY(event, direction) {
        // We only handle the `ctrl` and `shift` modifiers. If other modifiers are
        // present, then do nothing.
        if (event.altKey || event.metaKey) {
            return;
        }
        // If folder is empty, there's nothing to do with the up/down key.
        if (!this._items.length) {
            return;
        }
        // Don't handle the arrow key press if it's not on directory item. This
        // avoids a confusing user experience that can result from when the user
        // moves the selection and focus index apart (via ctrl + up/down). The last
        // selected item remains highlighted but the last focussed item loses its
        // focus ring if it's not actively focussed.  This forces the user to
        // visibly reveal the last focussed item before moving the focus.
        if (!event.target.classList.contains(ITEM_TEXT_CLASS)) {
            return;
        }
        event.stopPropagation();
        event.preventDefault();
        const focusIndex = this._focusIndex;
        let nextFocusIndex = this._getNextFocusIndex(focusIndex, direction);
        // The following if-block allows the first press of the down arrow to select
        // the first (rather than the second) file/directory in the list. This is
        // the situation when the page first loads or when a user changes directory.
        if (direction > 0 &&
            focusIndex === 0 &&
            !event.ctrlKey &&
            Object.keys(this.selection).length === 0) {
            nextFocusIndex = 0;
        }
        // Shift key indicates multi-selection. Either the user is trying to grow
        // the selection, or shrink it.
        if (event.shiftKey) {
            this._handleMultiSelect(nextFocusIndex);
        }
        else if (!event.ctrlKey) {
            // If neither the shift nor ctrl keys were used with the up/down arrow,
            // then we treat it as a normal, unmodified key press and select the
            // next item.
            this._selectItem(nextFocusIndex, event.shiftKey, false /* focus = false because we call focus method directly following this */);
        }
        this._focusItem(nextFocusIndex);
        this.update();
    }
    /**
     * cd ..
     *
     * Go up one level in the directory tree.
     */
    async goUp() {
        const model = this.model;
        if (model.path === model.rootPath) {
            return;
        }
        // Check if we're at the navigation root boundary
        if (model.root && model.path === model.root) {
            return;
        }
        try {
            await model.cd('..');
        }
        catch (reason) {
            console.warn(`Failed to go to parent directory of ${model.path}`, reason);
        }
    }
    /**
     * Handle the `'keydown'` event for the widget.
     */
    evtKeydown(event) {
        // Do not handle any keydown events here if in the middle of a file rename.
        if (this._inRename) {
            return;
        }
        switch (event.key) {
            case 'Enter': {
                // Do nothing if any modifier keys are pressed.
                if (event.ctrlKey || event.shiftKey || event.altKey || event.metaKey) {
                    return;
                }
                event.preventDefault();
                event.stopPropagation();
                for (const item of this.selectedItems()) {
                    this.handleOpen(item);
                }
                return;
            }
            case 'ArrowUp':
                this._handleArrowY(event, -1);
                return;
            case 'ArrowDown':
                this._handleArrowY(event, 1);
                return;
            case ' ':
            case 'Spacebar': {
                if (event.ctrlKey) {
                    // Follow the Windows and Ubuntu convention: you must press `ctrl` +
                    // `space` in order to toggle whether an item is selected.
                    // However, do not handle if any other modifiers were pressed.
                    if (event.metaKey || event.shiftKey || event.altKey) {
                        return;
                    }
                    // Make sure the ctrl+space key stroke was on a valid, focussed target.
                    const node = this._items[this._focusIndex];
                    if (!(
                    // Event must have occurred within a node whose item can be toggled.
                    (node.contains(event.target) &&
                        // That node must also contain the currently focussed element.
                        node.contains(document.activeElement)))) {
                        return;
                    }
                    event.stopPropagation();
                    // Prevent default, otherwise the container will scroll.
                    event.preventDefault();
                    // Toggle item selected
                    const { path } = this._sortedItems[this._focusIndex];
                    if (this.selection[path]) {
                        delete this.selection[path];
                    }
                    else {
                        this.selection[path] = true;
                    }
                    this._selectionChanged.emit();
                    this.update();
                    // Key was handled, so return.
                    return;
                }
                break;
            }
        }
        // Detects printable characters typed by the user.
        // Not all browsers support .key, but it discharges us from reconstructing
        // characters from key codes.
        if (event.key !== undefined &&
            event.key.length === 1 &&
            // Don't gobble up the space key on the check-all checkbox (which the
            // browser treats as a click event).
            !((event.key === ' ' || event.key === 'Spacebar') &&
                event.target.type === 'checkbox')) {
            if (event.ctrlKey || event.shiftKey || event.altKey || event.metaKey) {
                return;
            }
            this._searchPrefix += event.key;
            clearTimeout(this._searchPrefixTimer);
            this._searchPrefixTimer = window.setTimeout(() => {
                this._searchPrefix = '';
            }, PREFIX_APPEND_DURATION);
            this.selectByPrefix();
            event.stopPropagation();
            event.preventDefault();
        }
    }
    /**
     * Handle the `'dblclick'` event for the widget.
     */
    evtDblClick(event) {
        // Do nothing if it's not a left mouse press.
        if (event.button !== 0) {
            return;
        }
        // Do nothing if any modifier keys are pressed.
        if (event.ctrlKey || event.shiftKey || event.altKey || event.metaKey) {
            return;
        }
        // Do nothing if the double click is on a checkbox. (Otherwise a rapid
        // check-uncheck on the checkbox will cause the adjacent file/folder to
        // open, which is probably not what the user intended.)
        if (this.isWithinCheckboxHitArea(event)) {
            return;
        }
        // Stop the event propagation.
        event.preventDefault();
        event.stopPropagation();
        clearTimeout(this._selectTimer);
        this._editNode.blur();
        // Find a valid double click target.
        const target = event.target;
        const i = algorithm_dist_index_es6_js_.ArrayExt.findFirstIndex(this._items, node => node.contains(target));
        if (i === -1) {
            return;
        }
        const item = this._sortedItems[i];
        this.handleOpen(item);
    }
    /**
     * Handle the `drop` event for the widget.
     */
    evtNativeDrop(event) {
        var _a, _b, _c;
        // Prevent navigation
        event.preventDefault();
        // Check if drag and drop upload is disabled
        if (!this._allowDragDropUpload) {
            return;
        }
        const items = (_a = event.dataTransfer) === null || _a === void 0 ? void 0 : _a.items;
        if (!items) {
            // Fallback to simple upload of files (if any)
            const files = (_b = event.dataTransfer) === null || _b === void 0 ? void 0 : _b.files;
            if (!files || files.length === 0) {
                return;
            }
            const promises = [];
            for (const file of files) {
                const promise = this._model.upload(file);
                promises.push(promise);
            }
            Promise.all(promises)
                .then(() => this._allUploaded.emit())
                .catch(err => {
                console.error('Error while uploading files: ', err);
            });
            return;
        }
        const uploadEntry = async (entry, path) => {
            if (listing_Private.isDirectoryEntry(entry)) {
                const dirPath = await listing_Private.createDirectory(this._model.manager, path, entry.name);
                const directoryReader = entry.createReader();
                const allEntries = await listing_Private.collectEntries(directoryReader);
                for (const childEntry of allEntries) {
                    await uploadEntry(childEntry, dirPath);
                }
            }
            else if (listing_Private.isFileEntry(entry)) {
                const file = await listing_Private.readFile(entry);
                await this._model.upload(file, path);
            }
        };
        const promises = [];
        for (const item of items) {
            const entry = listing_Private.defensiveGetAsEntry(item);
            if (!entry) {
                continue;
            }
            const promise = uploadEntry(entry, (_c = this._model.path) !== null && _c !== void 0 ? _c : '/');
            promises.push(promise);
        }
        Promise.all(promises)
            .then(() => this._allUploaded.emit())
            .catch(err => {
            console.error('Error while uploading files: ', err);
        });
    }
    /**
     * Signal emitted on when all files were uploaded after native drag.
     */
    get allUploaded() {
        return this._allUploaded;
    }
    /**
     * Handle the `'lm-dragenter'` event for the widget.
     */
    evtDragEnter(event) {
        if (event.mimeData.hasData(listing_CONTENTS_MIME)) {
            const index = listing_Private.hitTestNodes(this._items, event);
            if (index === -1) {
                return;
            }
            const item = this._sortedItems[index];
            if (item.type !== 'directory' || this.selection[item.path]) {
                return;
            }
            const target = event.target;
            target.classList.add(listing_DROP_TARGET_CLASS);
            event.preventDefault();
            event.stopPropagation();
        }
    }
    /**
     * Handle the `'lm-dragleave'` event for the widget.
     */
    evtDragLeave(event) {
        event.preventDefault();
        event.stopPropagation();
        const dropTarget = index_js_.DOMUtils.findElement(this.node, listing_DROP_TARGET_CLASS);
        if (dropTarget) {
            dropTarget.classList.remove(listing_DROP_TARGET_CLASS);
        }
    }
    /**
     * Handle the `'lm-dragover'` event for the widget.
     */
    evtDragOver(event) {
        event.preventDefault();
        event.stopPropagation();
        event.dropAction = event.proposedAction;
        const dropTarget = index_js_.DOMUtils.findElement(this.node, listing_DROP_TARGET_CLASS);
        if (dropTarget) {
            dropTarget.classList.remove(listing_DROP_TARGET_CLASS);
        }
        const index = listing_Private.hitTestNodes(this._items, event);
        if (index === -1 || index >= this._items.length) {
            event.dropAction = 'none';
            return;
        }
        this._items[index].classList.add(listing_DROP_TARGET_CLASS);
    }
    /**
     * Handle the `'lm-drop'` event for the widget.
     */
    evtDrop(event) {
        event.preventDefault();
        event.stopPropagation();
        clearTimeout(this._selectTimer);
        if (event.proposedAction === 'none') {
            event.dropAction = 'none';
            return;
        }
        if (!event.mimeData.hasData(listing_CONTENTS_MIME)) {
            return;
        }
        let target = event.target;
        while (target && target.parentElement) {
            if (target.classList.contains(listing_DROP_TARGET_CLASS)) {
                target.classList.remove(listing_DROP_TARGET_CLASS);
                break;
            }
            target = target.parentElement;
        }
        // Get the path based on the target node.
        const index = algorithm_dist_index_es6_js_.ArrayExt.firstIndexOf(this._items, target);
        const items = this._sortedItems;
        let basePath = this._model.path;
        if (items[index].type === 'directory') {
            basePath = lib_index_js_.PathExt.join(basePath, items[index].name);
        }
        const manager = this._manager;
        // Handle the items.
        const promises = [];
        const paths = event.mimeData.getData(listing_CONTENTS_MIME);
        if (event.ctrlKey && event.proposedAction === 'move') {
            event.dropAction = 'copy';
        }
        else {
            event.dropAction = event.proposedAction;
        }
        for (const path of paths) {
            const localPath = manager.services.contents.localPath(path);
            const name = lib_index_js_.PathExt.basename(localPath);
            const newPath = lib_index_js_.PathExt.join(basePath, name);
            // Skip files that are not moving.
            if (newPath === path) {
                continue;
            }
            if (event.dropAction === 'copy') {
                promises.push(manager.copy(path, basePath));
            }
            else {
                promises.push((0,docmanager_lib_index_js_.renameFile)(manager, path, newPath));
            }
        }
        Promise.all(promises).catch(error => {
            void (0,index_js_.showErrorMessage)(this._trans._p('showErrorMessage', 'Error while copying/moving files'), error);
        });
    }
    /**
     * Start a drag event.
     */
    _startDrag(index, clientX, clientY) {
        let selectedPaths = Object.keys(this.selection);
        const source = this._items[index];
        const items = this._sortedItems;
        let selectedItems;
        let item;
        // If the source node is not selected, use just that node.
        if (!source.classList.contains(SELECTED_CLASS)) {
            item = items[index];
            selectedPaths = [item.path];
            selectedItems = [item];
        }
        else {
            const path = selectedPaths[0];
            item = items.find(value => value.path === path);
            selectedItems = this.selectedItems();
        }
        if (!item) {
            return;
        }
        // Create the drag image.
        const ft = this._manager.registry.getFileTypeForModel(item);
        const dragImage = this.renderer.createDragImage(source, selectedPaths.length, this._trans, ft);
        // Set up the drag event.
        this._drag = new dragdrop_dist_index_es6_js_.Drag({
            dragImage,
            mimeData: new dist_index_js_.MimeData(),
            supportedActions: 'move',
            proposedAction: 'move'
        });
        this._drag.mimeData.setData(listing_CONTENTS_MIME, selectedPaths);
        // Add thunks for getting mime data content.
        // We thunk the content so we don't try to make a network call
        // when it's not needed. E.g. just moving files around
        // in a filebrowser
        const services = this.model.manager.services;
        for (const item of selectedItems) {
            this._drag.mimeData.setData(CONTENTS_MIME_RICH, {
                model: item,
                withContent: async () => {
                    return await services.contents.get(item.path);
                }
            });
        }
        if (item.type !== 'directory') {
            const otherPaths = selectedPaths.slice(1).reverse();
            this._drag.mimeData.setData(FACTORY_MIME, () => {
                if (!item) {
                    return;
                }
                const path = item.path;
                let widget = this._manager.findWidget(path);
                if (!widget) {
                    widget = this._manager.open(item.path);
                }
                if (otherPaths.length) {
                    const firstWidgetPlaced = new dist_index_js_.PromiseDelegate();
                    void firstWidgetPlaced.promise.then(() => {
                        let prevWidget = widget;
                        otherPaths.forEach(path => {
                            const options = {
                                ref: prevWidget === null || prevWidget === void 0 ? void 0 : prevWidget.id,
                                mode: 'tab-after'
                            };
                            prevWidget = this._manager.openOrReveal(path, void 0, void 0, options);
                            this._manager.openOrReveal(item.path);
                        });
                    });
                    firstWidgetPlaced.resolve(void 0);
                }
                return widget;
            });
        }
        // Start the drag and remove the mousemove and mouseup listeners.
        document.removeEventListener('mousemove', this, true);
        document.removeEventListener('mouseup', this, true);
        clearTimeout(this._selectTimer);
        void this._drag.start(clientX, clientY).then(action => {
            this._drag = null;
            clearTimeout(this._selectTimer);
        });
    }
    /**
     * Handle selection on a file node.
     */
    handleFileSelect(event) {
        // Fetch common variables.
        const items = this._sortedItems;
        const index = listing_Private.hitTestNodes(this._items, event);
        clearTimeout(this._selectTimer);
        if (index === -1) {
            return;
        }
        // Clear any existing soft selection.
        this._softSelection = '';
        const path = items[index].path;
        const selected = Object.keys(this.selection);
        const isLeftClickOnCheckbox = event.button === 0 &&
            // On Mac, a left-click with the ctrlKey is treated as a right-click.
            !(IS_MAC && event.ctrlKey) &&
            this.isWithinCheckboxHitArea(event);
        // Handle toggling.
        if ((IS_MAC && event.metaKey) ||
            (!IS_MAC && event.ctrlKey) ||
            isLeftClickOnCheckbox) {
            if (this.selection[path]) {
                delete this.selection[path];
            }
            else {
                this.selection[path] = true;
            }
            this._selectionChanged.emit();
            this._focusItem(index);
            // Handle multiple select.
        }
        else if (event.shiftKey) {
            this._handleMultiSelect(index);
            this._focusItem(index);
            // Handle a 'soft' selection
        }
        else if (path in this.selection && selected.length > 1) {
            this._softSelection = path;
            // Default to selecting the only the item.
        }
        else {
            // Select only the given item.
            return this._selectItem(index, false, true);
        }
        this.update();
    }
    /**
     * (Re-)focus an item in the directory listing.
     *
     * @param index The index of the item node to focus
     */
    _focusItem(index) {
        var _a, _b;
        const items = this._items;
        if (items.length === 0) {
            // Focus the top node if the folder is empty and therefore there are no
            // items inside the folder to focus.
            this._focusIndex = 0;
            this._focusPath = '';
            this.node.focus();
            return;
        }
        const clampedIndex = Math.min(Math.max(index, 0), items.length - 1);
        this._focusIndex = clampedIndex;
        this._focusPath = (_b = (_a = this._sortedItems[clampedIndex]) === null || _a === void 0 ? void 0 : _a.path) !== null && _b !== void 0 ? _b : '';
        const node = items[clampedIndex];
        const nameNode = this.renderer.getNameNode(node);
        if (nameNode) {
            // Make the filename text node focusable so that it receives keyboard
            // events; text node was specifically chosen to receive shortcuts because
            // it gets substituted with input element during file name edits which
            // conveniently deactivates irrelevant shortcuts.
            nameNode.tabIndex = 0;
            nameNode.focus();
        }
    }
    /**
     * Are all of the items between two provided indices selected?
     *
     * The items at the indices are not considered.
     *
     * @param j Index of one item.
     * @param k Index of another item. Note: may be less or greater than first
     *          index.
     * @returns True if and only if all items between the j and k are selected.
     *          Returns undefined if j and k are the same.
     */
    _allSelectedBetween(j, k) {
        if (j === k) {
            return;
        }
        const [start, end] = j < k ? [j + 1, k] : [k + 1, j];
        return this._sortedItems
            .slice(start, end)
            .reduce((result, item) => result && this.selection[item.path], true);
    }
    /**
     * Handle a multiple select on a file item node.
     */
    _handleMultiSelect(index) {
        const items = this._sortedItems;
        const fromIndex = this._focusIndex;
        const target = items[index];
        let shouldAdd = true;
        if (index === fromIndex) {
            // This follows the convention in Ubuntu and Windows, which is to allow
            // the focussed item to gain but not lose selected status on shift-click.
            // (MacOS is irrelevant here because MacOS Finder has no notion of a
            // focused-but-not-selected state.)
            if (!this.selection[target.path]) {
                this.selection[target.path] = true;
                this._selectionChanged.emit();
            }
            return;
        }
        // If the target and all items in-between are selected, then we assume that
        // the user is trying to shrink rather than grow the group of selected
        // items.
        if (this.selection[target.path]) {
            // However, there is a special case when the distance between the from-
            // and to- index is just one (for example, when the user is pressing the
            // shift key plus arrow-up/down). If and only if the situation looks like
            // the following when going down (or reverse when going up) ...
            //
            // - [ante-anchor / previous item] unselected (or boundary)
            // - [anchor / currently focussed item / item at from-index] selected
            // - [target / next item / item at to-index] selected
            //
            // ... then we shrink the selection / unselect the currently focussed
            // item.
            if (Math.abs(index - fromIndex) === 1) {
                const anchor = items[fromIndex];
                const anteAnchor = items[fromIndex + (index < fromIndex ? 1 : -1)];
                if (
                // Currently focussed item is selected
                this.selection[anchor.path] &&
                    // Item on other side of focussed item (away from target) is either a
                    // boundary or unselected
                    (!anteAnchor || !this.selection[anteAnchor.path])) {
                    delete this.selection[anchor.path];
                    this._selectionChanged.emit();
                }
            }
            else if (this._allSelectedBetween(fromIndex, index)) {
                shouldAdd = false;
            }
        }
        // Select (or unselect) the rows between chosen index (target) and the last
        // focussed.
        const step = fromIndex < index ? 1 : -1;
        let selectionModified = false;
        for (let i = fromIndex; i !== index + step; i += step) {
            if (shouldAdd) {
                if (i === fromIndex) {
                    // Do not change the selection state of the starting (fromIndex) item.
                    continue;
                }
                if (!this.selection[items[i].path]) {
                    this.selection[items[i].path] = true;
                    selectionModified = true;
                }
            }
            else {
                if (i === index) {
                    // Do not unselect the target item.
                    continue;
                }
                if (this.selection[items[i].path]) {
                    delete this.selection[items[i].path];
                    selectionModified = true;
                }
            }
        }
        if (selectionModified) {
            this._selectionChanged.emit();
        }
    }
    /**
     * Copy the selected items, and optionally cut as well.
     */
    _copy() {
        this._clipboard.length = 0;
        for (const item of this.selectedItems()) {
            this._clipboard.push(item.path);
        }
        this._clipboardRevision++;
    }
    /**
     * Delete the files with the given paths.
     */
    async _delete(paths) {
        await Promise.all(paths.map(path => this._model.manager.deleteFile(path).catch(err => {
            void (0,index_js_.showErrorMessage)(this._trans._p('showErrorMessage', 'Delete Failed'), err);
        })));
    }
    /**
     * Allow the user to rename item on a given row.
     */
    async _doRename() {
        this._inRename = true;
        const selectedPaths = Object.keys(this.selection);
        // Bail out if nothing has been selected.
        if (selectedPaths.length === 0) {
            this._inRename = false;
            return Promise.resolve('');
        }
        // Figure out which selected path to use for the rename.
        const items = this._sortedItems;
        let { path } = items[this._focusIndex];
        if (!this.selection[path]) {
            // If the currently focused item is not selected, then choose the last
            // selected item.
            path = selectedPaths.slice(-1)[0];
        }
        // Get the corresponding model, nodes, and file name.
        const index = algorithm_dist_index_es6_js_.ArrayExt.findFirstIndex(items, value => value.path === path);
        const row = this._items[index];
        const item = items[index];
        const nameNode = this.renderer.getNameNode(row);
        const original = item.name;
        // Seed the text input with current file name, and select and focus it.
        this._editNode.value = original;
        this._selectItem(index, false, true);
        // Wait for user input
        const newName = await listing_Private.userInputForRename(nameNode, this._editNode, original);
        // Check if the widget was disposed during the `await`.
        if (this.isDisposed) {
            this._inRename = false;
            throw new Error('File browser is disposed.');
        }
        let finalFilename = newName;
        if (!newName || newName === original) {
            finalFilename = original;
        }
        else if (!(0,docmanager_lib_index_js_.isValidFileName)(newName)) {
            void (0,index_js_.showErrorMessage)(this._trans.__('Rename Error'), Error(this._trans._p('showErrorMessage', '"%1" is not a valid name for a file. Names must have nonzero length, and cannot include "/", "\\", or ":"', newName)));
            finalFilename = original;
        }
        else {
            // Attempt rename at the file system level.
            const manager = this._manager;
            const oldPath = lib_index_js_.PathExt.join(this._model.path, original);
            const newPath = lib_index_js_.PathExt.join(this._model.path, newName);
            try {
                await (0,docmanager_lib_index_js_.renameFile)(manager, oldPath, newPath);
            }
            catch (error) {
                if (error !== 'File not renamed') {
                    void (0,index_js_.showErrorMessage)(this._trans._p('showErrorMessage', 'Rename Error'), error);
                }
                finalFilename = original;
            }
            // Check if the widget was disposed during the `await`.
            if (this.isDisposed) {
                this._inRename = false;
                throw new Error('File browser is disposed.');
            }
        }
        // If nothing else has been selected, then select the renamed file. In
        // other words, don't select the renamed file if the user has clicked
        // away to some other file.
        if (!this.isDisposed &&
            Object.keys(this.selection).length === 1 &&
            // We haven't updated the instance yet to reflect the rename, so unless
            // the user or something else has updated the selection, the original file
            // path and not the new file path will be in `this.selection`.
            this.selection[item.path]) {
            try {
                await this._selectItemByName(finalFilename, true, true);
            }
            catch (_a) {
                // do nothing
                console.warn('After rename, failed to select file', finalFilename);
            }
        }
        this._inRename = false;
        return finalFilename;
    }
    /**
     * Select a given item.
     */
    _selectItem(index, keepExisting, focus = true) {
        // Selected the given row(s)
        const items = this._sortedItems;
        if (!keepExisting) {
            this.clearSelectedItems();
        }
        const path = items[index].path;
        this.selection[path] = true;
        this._selectionChanged.emit();
        if (focus) {
            this._focusItem(index);
        }
        this.update();
    }
    /**
     * Handle the `refreshed` signal from the model.
     */
    _onModelRefreshed() {
        // Update the selection.
        const existing = Object.keys(this.selection);
        this.clearSelectedItems(false);
        for (const item of this._model.items()) {
            const path = item.path;
            if (existing.indexOf(path) !== -1) {
                this.selection[path] = true;
            }
        }
        if (this.isVisible) {
            // Update the sorted items.
            this.sort(this.sortState);
        }
        else {
            this._isDirty = true;
        }
    }
    /**
     * Handle a `pathChanged` signal from the model.
     */
    _onPathChanged() {
        // Check if the directory listing (or any of its children) has focus.
        const hasFocus = this.node.contains(document.activeElement);
        // Reset the selection.
        this.clearSelectedItems();
        // Update the sorted items.
        this.sort(this.sortState);
        // Reset focus. But wait until the DOM has been updated (hence
        // `requestAnimationFrame`).
        requestAnimationFrame(() => {
            if (this.isDisposed) {
                return;
            }
            // Only focus the first item if the listing (or a child) previously had focus.
            if (hasFocus) {
                this._focusItem(0);
            }
            else {
                // Otherwise, just reset the internal focus index without moving DOM focus.
                this._focusIndex = 0;
            }
        });
    }
    /**
     * Handle a `fileChanged` signal from the model.
     */
    _onFileChanged(sender, args) {
        const newValue = args.newValue;
        if (!newValue) {
            return;
        }
        const name = newValue.name;
        if (args.type !== 'new' || !name) {
            return;
        }
        void this.selectItemByName(name).catch(() => {
            /* Ignore if file does not exist. */
        });
    }
    /**
     * Handle an `activateRequested` signal from the manager.
     */
    _onActivateRequested(sender, args) {
        const dirname = lib_index_js_.PathExt.dirname(args);
        if (dirname !== this._model.path) {
            return;
        }
        const basename = lib_index_js_.PathExt.basename(args);
        this.selectItemByName(basename).catch(() => {
            /* Ignore if file does not exist. */
        });
    }
}
/**
 * The namespace for the `DirListing` class statics.
 */
(function (DirListing) {
    /**
     * Column definitions.
     */
    DirListing.columns = [
        {
            id: 'is_selected',
            className: CHECKBOX_WRAPPER_CLASS,
            itemClassName: CHECKBOX_WRAPPER_CLASS,
            minWidth: 18,
            resizable: false,
            sortable: false,
            grow: 0
        },
        {
            id: 'name',
            className: NAME_ID_CLASS,
            itemClassName: ITEM_NAME_COLUMN_CLASS,
            minWidth: 60,
            resizable: true,
            sortable: true,
            caretSide: 'right',
            grow: 3
        },
        {
            id: 'last_modified',
            className: MODIFIED_ID_CLASS,
            itemClassName: ITEM_MODIFIED_CLASS,
            minWidth: 60,
            resizable: true,
            sortable: true,
            caretSide: 'left',
            grow: 1
        },
        {
            id: 'date_created',
            className: CREATED_ID_CLASS,
            itemClassName: ITEM_CREATED_CLASS,
            minWidth: 60,
            resizable: true,
            sortable: true,
            caretSide: 'left',
            grow: 1
        },
        {
            id: 'file_size',
            className: FILE_SIZE_ID_CLASS,
            itemClassName: ITEM_FILE_SIZE_CLASS,
            minWidth: 60,
            resizable: true,
            sortable: true,
            caretSide: 'left',
            grow: 0.5
        }
    ];
    /**
     * The default implementation of an `IRenderer`.
     */
    class Renderer {
        constructor() {
            /**
             * Factories for individual parts of the item.
             */
            this.itemFactories = {
                name: () => {
                    const name = document.createElement('span');
                    const icon = document.createElement('span');
                    const text = document.createElement('span');
                    icon.className = ITEM_ICON_CLASS;
                    text.className = ITEM_TEXT_CLASS;
                    name.className = ITEM_NAME_COLUMN_CLASS;
                    name.appendChild(icon);
                    name.appendChild(text);
                    return name;
                },
                last_modified: () => {
                    const modified = document.createElement('span');
                    modified.className = ITEM_MODIFIED_CLASS;
                    return modified;
                },
                file_size: () => {
                    const fileSize = document.createElement('span');
                    fileSize.className = ITEM_FILE_SIZE_CLASS;
                    return fileSize;
                },
                date_created: () => {
                    const created = document.createElement('span');
                    created.className = ITEM_CREATED_CLASS;
                    return created;
                },
                is_selected: () => this.createCheckboxWrapperNode()
            };
            /**
             * Register of most recent arguments for last modified column update.
             */
            this._modifiedColumnLastUpdate = new WeakMap();
            /**
             * Register of most recent arguments for date created column update.
             */
            this._createdColumnLastUpdate = new WeakMap();
            this._lastRenderedState = new WeakMap();
        }
        /**
         * Create the DOM node for a dir listing.
         */
        createNode() {
            const node = document.createElement('div');
            const header = document.createElement('div');
            const content = document.createElement('ul');
            // Allow the node to scroll while dragging items.
            content.setAttribute('data-lm-dragscroll', 'true');
            content.className = CONTENT_CLASS;
            header.className = HEADER_CLASS;
            node.appendChild(header);
            node.appendChild(content);
            // Set to -1 to allow calling this.node.focus().
            node.tabIndex = -1;
            return node;
        }
        /**
         * Populate and empty header node for a dir listing.
         *
         * @param node - The header node to populate.
         */
        populateHeaderNode(node, translator, hiddenColumns, columnsSizes, sortState) {
            translator = translator || translation_lib_index_js_.nullTranslator;
            const trans = translator.load('jupyterlab');
            const elementCreators = {
                name: () => this.createHeaderItemNode(trans.__('Name')),
                last_modified: () => this._createHeaderItemNodeWithSizes({
                    small: trans.__('Modified'),
                    large: trans.__('Last Modified')
                }),
                file_size: () => this._createHeaderItemNodeWithSizes({
                    small: trans.__('Size'),
                    large: trans.__('File Size')
                }),
                date_created: () => this._createHeaderItemNodeWithSizes({
                    small: trans.__('Created'),
                    large: trans.__('Date Created')
                }),
                is_selected: () => this.createCheckboxWrapperNode({
                    alwaysVisible: true,
                    headerNode: true
                })
            };
            const visibleColumns = DirListing.columns.filter(column => column.id === 'name' || !(hiddenColumns === null || hiddenColumns === void 0 ? void 0 : hiddenColumns.has(column.id)));
            for (const column of visibleColumns) {
                const createElement = elementCreators[column.id];
                const element = createElement();
                element.classList.add(column.className);
                const isLastVisible = column.id === visibleColumns[visibleColumns.length - 1].id;
                if (columnsSizes) {
                    const size = columnsSizes[column.id];
                    if (!isLastVisible) {
                        element.style.width = size + 'px';
                    }
                }
                node.appendChild(element);
                if (listing_Private.isResizable(column) && !isLastVisible) {
                    const resizer = document.createElement('div');
                    resizer.classList.add(RESIZE_HANDLE_CLASS);
                    resizer.dataset.column = column.id;
                    node.appendChild(resizer);
                }
            }
            this._updateSortIndicator(node, sortState !== null && sortState !== void 0 ? sortState : { direction: 'ascending', key: 'name' });
        }
        /**
         * Handle a header click.
         *
         * @param node - A node populated by [[populateHeaderNode]].
         *
         * @param event - A click event on the node.
         *
         * @returns The sort state of the header after the click event.
         */
        handleHeaderClick(node, event) {
            const target = event.target;
            const sortableColumns = DirListing.columns.filter(listing_Private.isSortable);
            for (const column of sortableColumns) {
                const header = node.querySelector(`.${column.className}`);
                if (!header) {
                    continue;
                }
                if (header.contains(target)) {
                    const isSelected = header.classList.contains(SELECTED_CLASS);
                    const isDescending = header.classList.contains(DESCENDING_CLASS);
                    let direction = 'ascending';
                    if (isSelected && !isDescending) {
                        direction = 'descending';
                    }
                    const state = { direction, key: column.id };
                    this._updateSortIndicator(node, state);
                    return state;
                }
            }
            return { direction: 'ascending', key: 'name' };
        }
        _updateSortIndicator(node, sortState) {
            const sortableColumns = DirListing.columns.filter(listing_Private.isSortable);
            for (const column of sortableColumns) {
                const header = node.querySelector(`.${column.className}`);
                if (!header) {
                    continue;
                }
                const headerIcon = index_js_.DOMUtils.findElement(header, HEADER_ITEM_ICON_CLASS);
                if (column.id === sortState.key) {
                    header.classList.add(SELECTED_CLASS);
                    if (sortState.direction === 'descending') {
                        header.classList.add(DESCENDING_CLASS);
                        listing_Private.updateCaret(headerIcon, column.caretSide, 'down');
                    }
                    else {
                        header.classList.remove(DESCENDING_CLASS);
                        listing_Private.updateCaret(headerIcon, column.caretSide, 'up');
                    }
                }
                else {
                    header.classList.remove(SELECTED_CLASS);
                    header.classList.remove(DESCENDING_CLASS);
                    listing_Private.updateCaret(headerIcon, column.caretSide);
                }
            }
        }
        /**
         * Create a new item node for a dir listing.
         *
         * @returns A new DOM node to use as a content item.
         */
        createItemNode(hiddenColumns, columnsSizes) {
            const node = document.createElement('li');
            for (const column of DirListing.columns) {
                if (column.id != 'name' && (hiddenColumns === null || hiddenColumns === void 0 ? void 0 : hiddenColumns.has(column.id))) {
                    continue;
                }
                const createElement = this.itemFactories[column.id];
                const element = createElement();
                node.appendChild(element);
                if (columnsSizes) {
                    const size = columnsSizes[column.id];
                    element.style.width = size + 'px';
                }
            }
            return node;
        }
        /**
         * Creates a node containing a checkbox.
         *
         * We wrap the checkbox in a label element in order to increase its hit
         * area. This is because the padding of the checkbox itself cannot be
         * increased via CSS, as the CSS/form compatibility table at the following
         * url from MDN shows:
         * https://developer.mozilla.org/en-US/docs/Learn/Forms/Property_compatibility_table_for_form_controls#check_boxes_and_radio_buttons
         *
         * @param [options]
         * @params options.alwaysVisible Should the checkbox be visible even when
         * not hovered?
         * @returns A new DOM node that contains a checkbox.
         */
        createCheckboxWrapperNode(options) {
            // Wrap the checkbox in a label element in order to increase its hit area.
            const labelWrapper = document.createElement('label');
            labelWrapper.classList.add(CHECKBOX_WRAPPER_CLASS);
            const checkbox = document.createElement('input');
            checkbox.type = 'checkbox';
            // Prevent the user from clicking (via mouse, keyboard, or touch) the
            // checkbox since other code handles the mouse and keyboard events and
            // controls the checked state of the checkbox.
            if (!(options === null || options === void 0 ? void 0 : options.headerNode)) {
                checkbox.addEventListener('click', event => {
                    event.preventDefault();
                });
            }
            // The individual file checkboxes are visible on hover, but the header
            // check-all checkbox is always visible.
            if (options === null || options === void 0 ? void 0 : options.alwaysVisible) {
                labelWrapper.classList.add('jp-mod-visible');
            }
            else {
                // Disable tabbing to all other checkboxes.
                checkbox.tabIndex = -1;
            }
            labelWrapper.appendChild(checkbox);
            return labelWrapper;
        }
        /**
         * Update an item's last modified date.
         *
         * @param modified - Element containing the file's last modified date.
         *
         * @param modifiedDate - String representation of the last modified date.
         *
         * @param modifiedStyle - The date style for the modified column: narrow, short, or long
         */
        updateItemModified(modified, modifiedDate, modifiedStyle) {
            this._updateItemDate(modified, modifiedDate, modifiedStyle, this._modifiedColumnLastUpdate);
        }
        /**
         * Update an item's created date.
         *
         * @param created - Element containing the file's created date.
         *
         * @param createdDate - String representation of the created date.
         *
         * @param createdStyle - The date style for the created column: narrow, short, or long
         */
        updateItemCreated(created, createdDate, createdStyle) {
            this._updateItemDate(created, createdDate, createdStyle, this._createdColumnLastUpdate);
        }
        /**
         * Shared implementation for updating a date column element.
         *
         * Formatting dates is expensive (0.1-0.2ms per call, so over 150 files
         * can easily already choke the renderer), so we do the bare minimum check
         * of comparing if an update is needed using a last update cache.
         *
         * @param element - The date column element to update.
         *
         * @param dateString - String representation of the date.
         *
         * @param style - The date style: narrow, short, or long.
         *
         * @param cache - The WeakMap cache tracking the last rendered state for
         *   this column.
         */
        _updateItemDate(element, dateString, style, cache) {
            const previousUpdate = cache.get(element);
            if ((previousUpdate === null || previousUpdate === void 0 ? void 0 : previousUpdate.date) === dateString &&
                (previousUpdate === null || previousUpdate === void 0 ? void 0 : previousUpdate.style) === style) {
                return;
            }
            const parsedDate = new Date(dateString);
            // Render the date in one of multiple formats, depending on the container's size
            element.textContent = lib_index_js_.Time.formatHuman(parsedDate, style);
            element.title = lib_index_js_.Time.format(parsedDate);
            cache.set(element, { date: dateString, style });
        }
        /**
         * Update an item node to reflect the current state of a model.
         *
         * @param node - A node created by [[createItemNode]].
         *
         * @param model - The model object to use for the item state.
         *
         * @param fileType - The file type of the item, if applicable.
         *
         */
        updateItemNode(node, model, fileType, translator, hiddenColumns, selected, modifiedStyle, columnsSizes, createdStyle) {
            var _a;
            if (selected) {
                node.classList.add(SELECTED_CLASS);
            }
            fileType =
                fileType || docregistry_lib_index_js_.DocumentRegistry.getDefaultTextFileType(translator);
            const { icon, iconClass, name } = fileType;
            translator = translator || translation_lib_index_js_.nullTranslator;
            const trans = translator.load('jupyterlab');
            const prevState = this._lastRenderedState.get(node);
            const newState = JSON.stringify({
                name: model.name,
                selected,
                lastModified: model.last_modified,
                created: model.created,
                modifiedStyle,
                createdStyle,
                hiddenColumns: Array.from(hiddenColumns !== null && hiddenColumns !== void 0 ? hiddenColumns : []).sort(),
                columnsSizes,
                fileSize: model.size
            });
            const checkboxWrapper = index_js_.DOMUtils.findElement(node, CHECKBOX_WRAPPER_CLASS);
            const checkbox = checkboxWrapper === null || checkboxWrapper === void 0 ? void 0 : checkboxWrapper.querySelector('input[type="checkbox"]');
            if (checkbox)
                checkbox.checked = selected !== null && selected !== void 0 ? selected : false;
            if (prevState === newState)
                return;
            this._lastRenderedState.set(node, newState);
            const iconContainer = index_js_.DOMUtils.findElement(node, ITEM_ICON_CLASS);
            const text = index_js_.DOMUtils.findElement(node, ITEM_TEXT_CLASS);
            const nameColumn = index_js_.DOMUtils.findElement(node, ITEM_NAME_COLUMN_CLASS);
            let modified = index_js_.DOMUtils.findElement(node, ITEM_MODIFIED_CLASS);
            let fileSize = index_js_.DOMUtils.findElement(node, ITEM_FILE_SIZE_CLASS);
            let created = index_js_.DOMUtils.findElement(node, ITEM_CREATED_CLASS);
            const showFileCheckboxes = !(hiddenColumns === null || hiddenColumns === void 0 ? void 0 : hiddenColumns.has('is_selected'));
            if (checkboxWrapper && !showFileCheckboxes) {
                node.removeChild(checkboxWrapper);
            }
            else if (showFileCheckboxes && !checkboxWrapper) {
                const checkboxWrapper = this.createCheckboxWrapperNode();
                nameColumn.insertAdjacentElement('beforebegin', checkboxWrapper);
            }
            const showModified = !(hiddenColumns === null || hiddenColumns === void 0 ? void 0 : hiddenColumns.has('last_modified'));
            if (modified && !showModified) {
                node.removeChild(modified);
                modified = undefined;
            }
            else if (showModified && !modified) {
                modified = this.itemFactories.last_modified();
                nameColumn.insertAdjacentElement('afterend', modified);
            }
            const showCreated = !(hiddenColumns === null || hiddenColumns === void 0 ? void 0 : hiddenColumns.has('date_created'));
            if (created && !showCreated) {
                node.removeChild(created);
                created = undefined;
            }
            else if (showCreated && !created) {
                created = this.itemFactories.date_created();
                (modified !== null && modified !== void 0 ? modified : nameColumn).insertAdjacentElement('afterend', created);
            }
            const showFileSize = !(hiddenColumns === null || hiddenColumns === void 0 ? void 0 : hiddenColumns.has('file_size'));
            if (fileSize && !showFileSize) {
                node.removeChild(fileSize);
            }
            else if (showFileSize && !fileSize) {
                fileSize = this.itemFactories.file_size();
                const insertAfter = (_a = created !== null && created !== void 0 ? created : modified) !== null && _a !== void 0 ? _a : nameColumn;
                if (insertAfter) {
                    insertAfter.insertAdjacentElement('afterend', fileSize);
                }
            }
            // render the file item's icon
            requestAnimationFrame(() => {
                ui_components_lib_index_js_.LabIcon.resolveElement({
                    icon,
                    iconClass: (0,ui_components_lib_index_js_.classes)(iconClass, 'jp-Icon'),
                    container: iconContainer,
                    className: ITEM_ICON_CLASS,
                    stylesheet: 'listing'
                });
            });
            let hoverText = trans.__('Name: %1', model.name);
            // add file size to pop up if its available
            if (model.size !== null && model.size !== undefined) {
                const fileSizeText = formatFileSize(model.size, 1, 1024);
                if (fileSize) {
                    fileSize.textContent = fileSizeText;
                }
                hoverText += trans.__('\nSize: %1', formatFileSize(model.size, 1, 1024));
            }
            else if (fileSize) {
                fileSize.textContent = '';
            }
            if (model.path) {
                const dirname = lib_index_js_.PathExt.dirname(model.path);
                if (dirname) {
                    hoverText += trans.__('\nPath: %1', dirname.substr(0, 50));
                    if (dirname.length > 50) {
                        hoverText += '...';
                    }
                }
            }
            if (model.created) {
                hoverText += trans.__('\nCreated: %1', lib_index_js_.Time.format(new Date(model.created)));
            }
            if (model.last_modified) {
                hoverText += trans.__('\nModified: %1', lib_index_js_.Time.format(new Date(model.last_modified)));
            }
            hoverText += trans.__('\nWritable: %1', model.writable);
            node.title = hoverText;
            node.setAttribute('data-file-type', name);
            if (model.name.startsWith('.')) {
                node.setAttribute('data-is-dot', 'true');
            }
            else {
                node.removeAttribute('data-is-dot');
            }
            // If an item is being edited currently, its text node is unavailable.
            const indices = !model.indices ? [] : model.indices;
            let highlightedName = algorithm_dist_index_es6_js_.StringExt.highlight(model.name, indices, virtualdom_dist_index_es6_js_.h.mark);
            if (text) {
                virtualdom_dist_index_es6_js_.VirtualDOM.render(virtualdom_dist_index_es6_js_.h.span(highlightedName), text);
            }
            // Adds an aria-label to the checkbox element.
            if (checkbox) {
                let ariaLabel;
                if (fileType.contentType === 'directory') {
                    ariaLabel = selected
                        ? trans.__('Deselect directory "%1"', highlightedName)
                        : trans.__('Select directory "%1"', highlightedName);
                }
                else {
                    ariaLabel = selected
                        ? trans.__('Deselect file "%1"', highlightedName)
                        : trans.__('Select file "%1"', highlightedName);
                }
                checkbox.setAttribute('aria-label', ariaLabel);
                checkbox.checked = selected !== null && selected !== void 0 ? selected : false;
            }
            this.updateItemSize(node, model, modifiedStyle, columnsSizes, createdStyle);
        }
        /**
         * Update size of item nodes, assuming that model has not changed.
         */
        updateItemSize(node, model, modifiedStyle, columnsSizes, createdStyle) {
            if (columnsSizes) {
                for (const column of DirListing.columns) {
                    const element = index_js_.DOMUtils.findElement(node, column.itemClassName);
                    if (!element) {
                        continue;
                    }
                    const sizeSpec = columnsSizes[column.id];
                    const newWidth = sizeSpec === null ? '' : sizeSpec + 'px';
                    if (newWidth !== element.style.width) {
                        element.style.width = newWidth;
                    }
                }
            }
            let modified = index_js_.DOMUtils.findElement(node, ITEM_MODIFIED_CLASS);
            if (model.last_modified && modified) {
                this.updateItemModified(modified, model.last_modified, modifiedStyle !== null && modifiedStyle !== void 0 ? modifiedStyle : 'short');
            }
            let created = index_js_.DOMUtils.findElement(node, ITEM_CREATED_CLASS);
            if (model.created && created) {
                this.updateItemCreated(created, model.created, createdStyle !== null && createdStyle !== void 0 ? createdStyle : 'short');
            }
        }
        /**
         * Get the node containing the file name.
         *
         * @param node - A node created by [[createItemNode]].
         *
         * @returns The node containing the file name.
         */
        getNameNode(node) {
            return index_js_.DOMUtils.findElement(node, ITEM_TEXT_CLASS);
        }
        /**
         * Get the checkbox input element node.
         *
         * @param node A node created by [[createItemNode]] or
         * [[createHeaderItemNode]]
         *
         * @returns The checkbox node.
         */
        getCheckboxNode(node) {
            return node.querySelector(`.${CHECKBOX_WRAPPER_CLASS} input[type=checkbox]`);
        }
        /**
         * Create a drag image for an item.
         *
         * @param node - A node created by [[createItemNode]].
         *
         * @param count - The number of items being dragged.
         *
         * @param fileType - The file type of the item, if applicable.
         *
         * @returns An element to use as the drag image.
         */
        createDragImage(node, count, trans, fileType) {
            const dragImage = node.cloneNode(true);
            const icon = index_js_.DOMUtils.findElement(dragImage, ITEM_ICON_CLASS);
            // Hide additional columns from the drag image to keep it unobtrusive.
            const extraColumns = DirListing.columns.filter(column => column.id !== 'name');
            for (const extraColumn of extraColumns) {
                const columnElement = index_js_.DOMUtils.findElement(dragImage, extraColumn.itemClassName);
                if (!columnElement) {
                    // We can only remove columns which are rendered.
                    continue;
                }
                dragImage.removeChild(columnElement);
            }
            if (!fileType) {
                icon.textContent = '';
                icon.className = '';
            }
            else {
                icon.textContent = fileType.iconLabel || '';
                icon.className = fileType.iconClass || '';
            }
            icon.classList.add(DRAG_ICON_CLASS);
            if (count > 1) {
                const nameNode = index_js_.DOMUtils.findElement(dragImage, ITEM_TEXT_CLASS);
                nameNode.textContent = trans._n('%1 Item', '%1 Items', count);
            }
            return dragImage;
        }
        /**
         * Create a node for a header item.
         */
        createHeaderItemNode(label) {
            const node = document.createElement('div');
            const text = document.createElement('span');
            const icon = document.createElement('span');
            node.className = HEADER_ITEM_CLASS;
            text.className = HEADER_ITEM_TEXT_CLASS;
            icon.className = HEADER_ITEM_ICON_CLASS;
            text.textContent = label;
            node.appendChild(text);
            node.appendChild(icon);
            return node;
        }
        /**
         * Create a node for a header item with multiple sizes.
         */
        _createHeaderItemNodeWithSizes(labels) {
            const node = document.createElement('div');
            node.className = HEADER_ITEM_CLASS;
            const icon = document.createElement('span');
            icon.className = HEADER_ITEM_ICON_CLASS;
            for (let k of Object.keys(labels)) {
                const text = document.createElement('span');
                text.classList.add(HEADER_ITEM_TEXT_CLASS, HEADER_ITEM_TEXT_CLASS + '-' + k);
                text.textContent = labels[k];
                node.appendChild(text);
            }
            node.appendChild(icon);
            return node;
        }
    }
    DirListing.Renderer = Renderer;
    /**
     * The default `IRenderer` instance.
     */
    DirListing.defaultRenderer = new Renderer();
})(listing_DirListing || (listing_DirListing = {}));
/**
 * The namespace for the listing private data.
 */
var listing_Private;
(function (Private) {
    /**
     * Handle editing text on a node.
     *
     * @returns Boolean indicating whether the name changed.
     */
    function userInputForRename(text, edit, original) {
        const parent = text.parentElement;
        parent.replaceChild(edit, text);
        edit.focus();
        const index = edit.value.lastIndexOf('.');
        if (index === -1) {
            edit.setSelectionRange(0, edit.value.length);
        }
        else {
            edit.setSelectionRange(0, index);
        }
        return new Promise(resolve => {
            edit.onblur = () => {
                parent.replaceChild(text, edit);
                resolve(edit.value);
            };
            edit.onkeydown = (event) => {
                switch (event.key) {
                    case 'Enter':
                        event.stopPropagation();
                        event.preventDefault();
                        edit.blur();
                        break;
                    case 'Escape':
                        event.stopPropagation();
                        event.preventDefault();
                        edit.value = original;
                        edit.blur();
                        // Put focus back on the text node. That way the user can, for
                        // example, press the keyboard shortcut to go back into edit mode,
                        // and it will work.
                        text.focus();
                        break;
                    default:
                        break;
                }
            };
        });
    }
    Private.userInputForRename = userInputForRename;
    /**
     * Sort a list of items by sort state as a new array.
     */
    function sort(items, state, sortNotebooksFirst = false, sortFileNamesNaturally = true, translator) {
        const copy = Array.from(items);
        const reverse = state.direction === 'descending' ? 1 : -1;
        /**
         * Compares two items and returns whether they should have a fixed priority.
         * The fixed priority enables to always sort the directories above the other files. And to sort the notebook above other files if the `sortNotebooksFirst` is true.
         */
        function isPriorityOverridden(a, b) {
            if (sortNotebooksFirst) {
                return a.type !== b.type;
            }
            return (a.type === 'directory') !== (b.type === 'directory');
        }
        /**
         * Returns the priority of a file.
         */
        function getPriority(item) {
            if (item.type === 'directory') {
                return 2;
            }
            if (item.type === 'notebook' && sortNotebooksFirst) {
                return 1;
            }
            return 0;
        }
        /**
         * Compare two items by their name using `translator.languageCode`, with fallback to `navigator.language`.
         * When sortFileNamesNaturally is true, uses natural order.
         */
        function compareByName(a, b) {
            var _a;
            // Wokaround for Chromium invalid language code on CI, see
            // https://github.com/jupyterlab/jupyterlab/issues/17079
            const navigatorLanguage = navigator.language.split('@')[0];
            const languageCode = ((_a = translator.languageCode) !== null && _a !== void 0 ? _a : navigatorLanguage).replace('_', '-');
            const localeOptions = {
                numeric: sortFileNamesNaturally,
                sensitivity: 'base'
            };
            try {
                return a.name.localeCompare(b.name, languageCode, localeOptions);
            }
            catch (e) {
                console.warn(`localeCompare failed to compare ${a.name} and ${b.name} under languageCode: ${languageCode}`);
                return a.name.localeCompare(b.name, navigatorLanguage, localeOptions);
            }
        }
        function compare(compare) {
            return (a, b) => {
                // Group directory first, then notebooks, then files
                if (isPriorityOverridden(a, b)) {
                    return getPriority(b) - getPriority(a);
                }
                const compared = compare(a, b);
                if (compared !== 0) {
                    return compared * reverse;
                }
                // Default sorting is alphabetical ascending
                return compareByName(a, b);
            };
        }
        if (state.key === 'last_modified') {
            // Sort by last modified
            copy.sort(compare((a, b) => {
                return (new Date(a.last_modified).getTime() -
                    new Date(b.last_modified).getTime());
            }));
        }
        else if (state.key === 'file_size') {
            // Sort by size
            copy.sort(compare((a, b) => {
                var _a, _b;
                return ((_a = b.size) !== null && _a !== void 0 ? _a : 0) - ((_b = a.size) !== null && _b !== void 0 ? _b : 0);
            }));
        }
        else if (state.key === 'date_created') {
            // Sort by date created
            copy.sort(compare((a, b) => {
                var _a, _b;
                return (new Date((_a = a.created) !== null && _a !== void 0 ? _a : '').getTime() -
                    new Date((_b = b.created) !== null && _b !== void 0 ? _b : '').getTime());
            }));
        }
        else {
            // Sort by name
            copy.sort(compare((a, b) => {
                return compareByName(b, a);
            }));
        }
        return copy;
    }
    Private.sort = sort;
    /**
     * Check if the column is resizable.
     */
    Private.isResizable = (column) => {
        return 'resizable' in column && column.resizable;
    };
    /**
     * Check if the column is sortable.
     */
    Private.isSortable = (column) => {
        return 'sortable' in column && column.sortable;
    };
    /**
     * Get the index of the node at a client position, or `-1`.
     */
    function hitTestNodes(nodes, event) {
        return algorithm_dist_index_es6_js_.ArrayExt.findFirstIndex(nodes, node => domutils_dist_index_es6_js_.ElementExt.hitTest(node, event.clientX, event.clientY) ||
            event.target === node);
    }
    Private.hitTestNodes = hitTestNodes;
    /**
     * Update an inline svg caret icon in a node.
     */
    function updateCaret(container, float, state) {
        if (state) {
            (state === 'down' ? ui_components_lib_index_js_.caretDownIcon : ui_components_lib_index_js_.caretUpIcon).element({
                container,
                tag: 'span',
                stylesheet: 'listingHeaderItem'
            });
            if (float === 'left') {
                container.style.order = '-1';
            }
            else {
                container.style.order = '';
            }
        }
        else {
            ui_components_lib_index_js_.LabIcon.remove(container);
            container.className = HEADER_ITEM_ICON_CLASS;
        }
    }
    Private.updateCaret = updateCaret;
    async function createDirectory(manager, path, name) {
        const model = await manager.newUntitled({
            path: path,
            type: 'directory'
        });
        const tmpDirPath = lib_index_js_.PathExt.join(path, model.name);
        const dirPath = lib_index_js_.PathExt.join(path, name);
        try {
            await manager.rename(tmpDirPath, dirPath);
        }
        catch (e) {
            // The `dirPath` already exists, remove the temporary new directory
            await manager.deleteFile(tmpDirPath);
        }
        return dirPath;
    }
    Private.createDirectory = createDirectory;
    function isDirectoryEntry(entry) {
        return entry.isDirectory;
    }
    Private.isDirectoryEntry = isDirectoryEntry;
    function isFileEntry(entry) {
        return entry.isFile;
    }
    Private.isFileEntry = isFileEntry;
    function defensiveGetAsEntry(item) {
        if (item.webkitGetAsEntry) {
            return item.webkitGetAsEntry();
        }
        if ('getAsEntry' in item) {
            // See https://developer.mozilla.org/en-US/docs/Web/API/DataTransferItem/webkitGetAsEntry
            return item['getAsEntry']();
        }
        return null;
    }
    Private.defensiveGetAsEntry = defensiveGetAsEntry;
    function readEntries(reader) {
        return new Promise((resolve, reject) => reader.readEntries(resolve, reject));
    }
    function readFile(entry) {
        return new Promise((resolve, reject) => entry.file(resolve, reject));
    }
    Private.readFile = readFile;
    async function collectEntries(reader) {
        // Spec requires calling `readEntries` until these are exhausted;
        // in practice this is only required in Chromium-based browsers for >100 files.
        // https://issues.chromium.org/issues/41110876
        const allEntries = [];
        let done = false;
        while (!done) {
            const entries = await readEntries(reader);
            if (entries.length === 0) {
                done = true;
            }
            else {
                allEntries.push(...entries);
            }
        }
        return allEntries;
    }
    Private.collectEntries = collectEntries;
})(listing_Private || (listing_Private = {}));
/**
 * Format bytes to human readable string.
 */
function formatFileSize(bytes, decimalPoint, k) {
    // https://www.codexworld.com/how-to/convert-file-size-bytes-kb-mb-gb-javascript/
    if (bytes === 0) {
        return '0 B';
    }
    const dm = decimalPoint || 2;
    const sizes = ['B', 'KB', 'MB', 'GB', 'TB', 'PB', 'EB', 'ZB', 'YB'];
    const i = Math.floor(Math.log(bytes) / Math.log(k));
    if (i >= 0 && i < sizes.length) {
        return parseFloat((bytes / Math.pow(k, i)).toFixed(dm)) + ' ' + sizes[i];
    }
    else {
        return String(bytes);
    }
}
//# sourceMappingURL=listing.js.map
;// CONCATENATED MODULE: ../../../node_modules/@jupyterlab/filebrowser/lib/browser.js
// Copyright (c) Jupyter Development Team.
// Distributed under the terms of the Modified BSD License.










/**
 * The class name added to file browsers.
 */
const FILE_BROWSER_CLASS = 'jp-FileBrowser';
/**
 * The class name added to file browser panel (gather filter, breadcrumbs and listing).
 */
const FILE_BROWSER_PANEL_CLASS = 'jp-FileBrowser-Panel';
/**
 * The class name added to the lazily-created accordion that hosts mainPanel
 * and any moved-in sections.
 */
const FILE_BROWSER_ACCORDION_CLASS = 'jp-FileBrowser-accordion';
/**
 * The class name added to the filebrowser crumbs node.
 */
const CRUMBS_CLASS = 'jp-FileBrowser-crumbs';
/**
 * The class name added to the filebrowser toolbar node.
 */
const TOOLBAR_CLASS = 'jp-FileBrowser-toolbar';
/**
 * The class name added to the filebrowser filter toolbar node.
 */
const FILTER_TOOLBAR_CLASS = 'jp-FileBrowser-filterToolbar';
/**
 * The class name added to the filebrowser listing node.
 */
const LISTING_CLASS = 'jp-FileBrowser-listing';
/**
 * The class name added to the filebrowser filterbox node.
 */
const FILTERBOX_CLASS = 'jp-FileBrowser-filterBox';
/**
 * A widget which hosts a file browser.
 *
 * The widget uses the Jupyter Contents API to retrieve contents,
 * and presents itself as a flat list of files and directories with
 * breadcrumbs.
 */
class FileBrowser extends ui_components_lib_index_js_.SidePanel {
    /**
     * Construct a new file browser.
     *
     * @param options - The file browser options.
     */
    constructor(options) {
        var _a;
        super({ content: new dist_index_es6_js_.Panel(), translator: options.translator });
        this._directoryPending = null;
        this._filePending = null;
        this._fileFilterRef = (0,react_index_js_.createRef)();
        this._clearFilterOnNavigation = true;
        this._allowSingleClick = false;
        this._showFileCheckboxes = false;
        this._showFileFilter = false;
        this._showDateCreatedColumn = false;
        this._showFileSizeColumn = false;
        this._showHiddenFiles = false;
        this._showLastModifiedColumn = true;
        this._sortNotebooksFirst = false;
        this._sortFileNamesNaturally = true;
        this._allowFileUploads = true;
        this._selectionChanged = new index_es6_js_.Signal(this);
        this._sectionChanged = new index_es6_js_.Signal(this);
        this._accordion = null;
        this.addClass(FILE_BROWSER_CLASS);
        this.toolbar.addClass(TOOLBAR_CLASS);
        this.id = options.id;
        const translator = (this.translator = (_a = options.translator) !== null && _a !== void 0 ? _a : translation_lib_index_js_.nullTranslator);
        const model = (this.model = options.model);
        const renderer = options.renderer;
        model.connectionFailure.connect(this._onConnectionFailure, this);
        model.pathChanged.connect(this._onPathChanged, this);
        this._manager = model.manager;
        this.toolbar.node.setAttribute('aria-label', this._trans.__('file browser'));
        // File browser widgets container
        this.mainPanel = new dist_index_es6_js_.Panel();
        this.mainPanel.addClass(FILE_BROWSER_PANEL_CLASS);
        this.mainPanel.title.label = this._trans.__('File Browser');
        this.crumbs = new BreadCrumbs({
            model,
            translator,
            onPathEdited: () => {
                // Wait a frame so listing updates are reflected before focusing.
                requestAnimationFrame(() => {
                    this._focusListingContentOrCrumb();
                });
            },
            onPathActivated: () => {
                requestAnimationFrame(() => {
                    this._focusListingContentOrCrumb();
                });
            }
        });
        this.crumbs.addClass(CRUMBS_CLASS);
        // The filter toolbar appears immediately below the breadcrumbs and above the directory listing.
        const searcher = (0,ui_components_lib_index_js_.FilenameSearcher)({
            updateFilter: (filterFn, query) => {
                this.model.setFilter(value => {
                    return filterFn(value.name.toLowerCase());
                });
            },
            useFuzzyFilter: this.model.useFuzzyFilter,
            placeholder: this._trans.__('Filter files by name'),
            forceRefresh: false,
            showIcon: false,
            inputRef: this._fileFilterRef,
            filterSettingsChanged: this.model.filterSettingsChanged
        });
        searcher.addClass(FILTERBOX_CLASS);
        this.filterToolbar = new ui_components_lib_index_js_.Toolbar();
        this.filterToolbar.addClass(FILTER_TOOLBAR_CLASS);
        this.filterToolbar.node.setAttribute('aria-label', this._trans.__('File browser toolbar'));
        this.filterToolbar.addItem('fileNameSearcher', searcher);
        this.filterToolbar.setHidden(!this.showFileFilter);
        this.listing = this.createDirListing({
            model,
            renderer,
            translator,
            state: options.state,
            handleOpenFile: options.handleOpenFile
        });
        this.listing.addClass(LISTING_CLASS);
        this.listing.selectionChanged.connect(() => {
            this._selectionChanged.emit();
        });
        this.mainPanel.addWidget(this.crumbs);
        this.mainPanel.addWidget(this.filterToolbar);
        this.mainPanel.addWidget(this.listing);
        this.addWidget(this.mainPanel);
        if (options.restore !== false) {
            void model.restore(this.id);
        }
        // restore listing regardless of the restore option
        void this.listing.restore(this.id);
    }
    /**
     * Whether to show active file in file browser
     */
    get navigateToCurrentDirectory() {
        return this._navigateToCurrentDirectory;
    }
    set navigateToCurrentDirectory(value) {
        this._navigateToCurrentDirectory = value;
    }
    /**
     * Whether to show the last modified column
     */
    get showLastModifiedColumn() {
        return this._showLastModifiedColumn;
    }
    set showLastModifiedColumn(value) {
        if (this.listing.setColumnVisibility) {
            this.listing.setColumnVisibility('last_modified', value);
            this._showLastModifiedColumn = value;
        }
        else {
            console.warn('Listing does not support toggling column visibility');
        }
    }
    /**
     * Number of directory items to show on the left side of the ellipsis in breadcrumbs.
     */
    get minimumBreadcrumbsLeftItems() {
        return this.crumbs.minimumLeftItems;
    }
    set minimumBreadcrumbsLeftItems(value) {
        this.crumbs.minimumLeftItems = value;
    }
    /**
     * Number of directory items to show on the right side of the ellipsis in breadcrumbs.
     */
    get minimumBreadcrumbsRightItems() {
        return this.crumbs.minimumRightItems;
    }
    set minimumBreadcrumbsRightItems(value) {
        this.crumbs.minimumRightItems = value;
    }
    /**
     * Whether to show the full path in the breadcrumbs
     */
    get showFullPath() {
        return this.crumbs.fullPath;
    }
    set showFullPath(value) {
        this.crumbs.fullPath = value;
    }
    /**
     * Enter breadcrumb edit mode, showing the path input.
     */
    editPath() {
        this.crumbs.enterEditMode();
    }
    /**
     * Whether to show the date created column
     */
    get showDateCreatedColumn() {
        return this._showDateCreatedColumn;
    }
    set showDateCreatedColumn(value) {
        if (this.listing.setColumnVisibility) {
            this.listing.setColumnVisibility('date_created', value);
            this._showDateCreatedColumn = value;
        }
        else {
            console.warn('Listing does not support toggling column visibility');
        }
    }
    /**
     * Whether to show the file size column
     */
    get showFileSizeColumn() {
        return this._showFileSizeColumn;
    }
    set showFileSizeColumn(value) {
        if (this.listing.setColumnVisibility) {
            this.listing.setColumnVisibility('file_size', value);
            this._showFileSizeColumn = value;
        }
        else {
            console.warn('Listing does not support toggling column visibility');
        }
    }
    /**
     * Whether to show hidden files
     */
    get showHiddenFiles() {
        return this._showHiddenFiles;
    }
    set showHiddenFiles(value) {
        this.model.showHiddenFiles(value);
        this._showHiddenFiles = value;
    }
    /**
     * Whether to show checkboxes next to files and folders
     */
    get showFileCheckboxes() {
        return this._showFileCheckboxes;
    }
    set showFileCheckboxes(value) {
        if (this.listing.setColumnVisibility) {
            this.listing.setColumnVisibility('is_selected', value);
            this._showFileCheckboxes = value;
        }
        else {
            console.warn('Listing does not support toggling column visibility');
        }
    }
    /**
     * Whether to show a text box to filter files by name.
     */
    get showFileFilter() {
        return this._showFileFilter;
    }
    set showFileFilter(value) {
        var _a;
        // If the old value was true and the new value is false, clear the filter
        const oldValue = this.showFileFilter;
        if (oldValue && !value) {
            // Clear the search box input
            if (this._fileFilterRef.current) {
                this._fileFilterRef.current.value = '';
            }
            // Set a filter that doesn't exclude anything.
            this.model.setFilter(value => {
                return {};
            });
            this.model.refresh().catch(console.warn);
        }
        this._showFileFilter = value;
        // Update widget visibility
        this.filterToolbar.setHidden(!this.showFileFilter);
        if (this.showFileFilter) {
            (_a = this._fileFilterRef.current) === null || _a === void 0 ? void 0 : _a.focus();
        }
    }
    /**
     * Whether to clear the filter value when navigating to a new directory.
     */
    get clearFilterOnNavigation() {
        return this._clearFilterOnNavigation;
    }
    set clearFilterOnNavigation(value) {
        this._clearFilterOnNavigation = value;
    }
    /**
     * Whether to sort notebooks above other files
     */
    get sortNotebooksFirst() {
        return this._sortNotebooksFirst;
    }
    set sortNotebooksFirst(value) {
        if (this.listing.setNotebooksFirstSorting) {
            this.listing.setNotebooksFirstSorting(value);
            this._sortNotebooksFirst = value;
        }
        else {
            console.warn('Listing does not support sorting notebooks first');
        }
    }
    /**
     * Whether to sort file names naturally.
     * Default is true; set to false for lexicographic order.
     */
    get sortFileNamesNaturally() {
        return this._sortFileNamesNaturally;
    }
    set sortFileNamesNaturally(value) {
        if (this.listing.setSortFileNamesNaturally) {
            this.listing.setSortFileNamesNaturally(value);
            this._sortFileNamesNaturally = value;
        }
        else {
            console.warn('Listing does not support natural file name sorting');
        }
    }
    /**
     * Whether to allow single click files and directories
     */
    get singleClickNavigation() {
        return this._allowSingleClick;
    }
    set singleClickNavigation(value) {
        if (this.listing.setAllowSingleClickNavigation) {
            this.listing.setAllowSingleClickNavigation(value);
            this._allowSingleClick = value;
        }
        else {
            console.warn('Listing does not support single click navigation');
        }
    }
    /**
     * Whether to allow upload of files.
     */
    get allowFileUploads() {
        return this._allowFileUploads;
    }
    set allowFileUploads(value) {
        this.model.allowFileUploads = value;
        if (this.listing.setAllowDragDropUpload) {
            this.listing.setAllowDragDropUpload(value);
            this._allowFileUploads = value;
        }
        else {
            console.warn('Listing does not support setting upload');
        }
    }
    /**
     * Create an iterator over the listing's selected items.
     *
     * @returns A new iterator over the listing's selected items.
     */
    selectedItems() {
        return this.listing.selectedItems();
    }
    /**
     * A signal emitted when the selection changes in the file browser.
     */
    get selectionChanged() {
        return this._selectionChanged;
    }
    /**
     * A signal emitted when a section is added to or removed from the bottom panel.
     */
    get sectionChanged() {
        return this._sectionChanged;
    }
    /**
     * Select an item by name.
     *
     * @param name - The name of the item to select.
     */
    async selectItemByName(name) {
        await this.listing.selectItemByName(name);
    }
    clearSelectedItems() {
        this.listing.clearSelectedItems();
    }
    /**
     * Focus listing content, or trailing breadcrumb when listing is empty.
     */
    _focusListingContentOrCrumb() {
        var _a;
        if ((_a = this.listing.sortedItems().next().done) !== null && _a !== void 0 ? _a : false) {
            this.crumbs.focusLastCrumb();
            return;
        }
        this.listing.activate();
    }
    /**
     * Rename the first currently selected item.
     *
     * @returns A promise that resolves with the new name of the item.
     */
    rename() {
        return this.listing.rename();
    }
    /**
     * Cut the selected items.
     */
    cut() {
        this.listing.cut();
    }
    /**
     * Copy the selected items.
     */
    copy() {
        this.listing.copy();
    }
    /**
     * Paste the items from the clipboard.
     *
     * @returns A promise that resolves when the operation is complete.
     */
    paste() {
        return this.listing.paste();
    }
    /**
     * Handle a `pathChanged` signal from the model.
     */
    _onPathChanged() {
        // Clear filter when user navigates to a new directory
        if (this._clearFilterOnNavigation) {
            const input = this._fileFilterRef.current;
            const query = input ? input.value : '';
            // Only clear the filter (and trigger a refresh) if a non-empty query is active
            if (query && query.trim() !== '') {
                this.model.setFilter(value => {
                    return {};
                });
                if (input) {
                    input.value = '';
                }
            }
        }
    }
    async _createNew(options) {
        // normalize the path if the file is created from a custom drive
        if (options.path) {
            const localPath = this._manager.services.contents.localPath(options.path);
            options.path = this._toDrivePath(this.model.driveName, localPath);
        }
        try {
            const model = await this._manager.newUntitled(options);
            await this.listing.selectItemByName(model.name, true);
            await this.rename();
            return model;
        }
        catch (err) {
            void (0,index_js_.showErrorMessage)(this._trans.__('Error'), err);
            throw err;
        }
    }
    /**
     * Create a new directory
     */
    async createNewDirectory() {
        if (this._directoryPending) {
            return this._directoryPending;
        }
        this._directoryPending = this._createNew({
            path: this.model.path,
            type: 'directory'
        });
        try {
            return await this._directoryPending;
        }
        finally {
            this._directoryPending = null;
        }
    }
    /**
     * Create a new file
     */
    async createNewFile(options) {
        if (this._filePending) {
            return this._filePending;
        }
        this._filePending = this._createNew({
            path: this.model.path,
            type: 'file',
            ext: options.ext
        });
        try {
            return await this._filePending;
        }
        finally {
            this._filePending = null;
        }
    }
    /**
     * Delete the currently selected item(s).
     *
     * @returns A promise that resolves when the operation is complete.
     */
    delete() {
        return this.listing.delete();
    }
    /**
     * Duplicate the currently selected item(s).
     *
     * @returns A promise that resolves when the operation is complete.
     */
    duplicate() {
        return this.listing.duplicate();
    }
    /**
     * Select all listing items.
     */
    selectAll() {
        return this.listing.selectAll();
    }
    /**
     * Download the currently selected item(s).
     */
    download() {
        return this.listing.download();
    }
    /**
     * cd ..
     *
     * Go up one level in the directory tree.
     */
    async goUp() {
        return this.listing.goUp();
    }
    /**
     * Shut down kernels on the applicable currently selected items.
     *
     * @returns A promise that resolves when the operation is complete.
     */
    shutdownKernels() {
        return this.listing.shutdownKernels();
    }
    /**
     * Select next item.
     */
    selectNext() {
        this.listing.selectNext();
    }
    /**
     * Select previous item.
     */
    selectPrevious() {
        this.listing.selectPrevious();
    }
    /**
     * Find a model given a click.
     *
     * @param event - The mouse event.
     *
     * @returns The model for the selected file.
     */
    modelForClick(event) {
        return this.listing.modelForClick(event);
    }
    /**
     * Create the underlying DirListing instance.
     *
     * @param options - The DirListing constructor options.
     *
     * @returns The created DirListing instance.
     */
    createDirListing(options) {
        return new listing_DirListing(options);
    }
    /**
     * Handle a connection lost signal from the model.
     */
    _onConnectionFailure(sender, args) {
        if (args instanceof services_lib_index_js_.ServerConnection.ResponseError &&
            args.response.status === 404) {
            const title = this._trans.__('Directory not found');
            args.message = this._trans.__('Directory not found: "%1"', this.model.path);
            void (0,index_js_.showErrorMessage)(title, args);
        }
    }
    // IMovableSectionDestination implementation
    addSection(widget) {
        if (!this._accordion) {
            const accordion = new dist_index_es6_js_.AccordionPanel({
                layout: ui_components_lib_index_js_.AccordionToolbar.createLayout({})
            });
            accordion.addClass(FILE_BROWSER_ACCORDION_CLASS);
            // Move mainPanel into the accordion, then add the new section.
            accordion.addWidget(this.mainPanel);
            accordion.addWidget(widget);
            this._accordion = accordion;
            this.content.addWidget(accordion);
        }
        else {
            this._accordion.addWidget(widget);
        }
        this._sectionChanged.emit();
    }
    removeSectionWidget(widget) {
        if (!this._accordion || widget.parent !== this._accordion) {
            return;
        }
        widget.parent = null;
        // If only mainPanel is left, exit accordion mode and put mainPanel
        // back as a direct child of the content wrapper.
        if (this._accordion.widgets.length === 1 &&
            this._accordion.widgets[0] === this.mainPanel) {
            if (this.mainPanel.isHidden) {
                this.mainPanel.show();
            }
            this.content.addWidget(this.mainPanel);
            this._accordion.dispose();
            this._accordion = null;
        }
        this._sectionChanged.emit();
    }
    /**
     * Sections currently hosted by the file browser, excluding `mainPanel`.
     * Empty when no sections have been moved in.
     */
    get sections() {
        if (!this._accordion) {
            return [];
        }
        return this._accordion.widgets.filter(w => w !== this.mainPanel);
    }
    /**
     * The accordion panel hosting the file listing and any moved-in sections,
     * or `null` while no sections have been moved in.
     */
    get accordionPanel() {
        return this._accordion;
    }
    /**
     * Given a drive name and a local path, return the full
     * drive path which includes the drive name and the local path.
     *
     * @param driveName the name of the drive
     * @param localPath the local path on the drive.
     *
     * @returns the full drive path
     */
    _toDrivePath(driveName, localPath) {
        if (driveName === '') {
            return localPath;
        }
        else {
            return `${driveName}:${lib_index_js_.PathExt.removeSlash(localPath)}`;
        }
    }
}
//# sourceMappingURL=browser.js.map
;// CONCATENATED MODULE: ../../../node_modules/@jupyterlab/filebrowser/lib/model.js
// Copyright (c) Jupyter Development Team.
// Distributed under the terms of the Modified BSD License.
/* eslint-disable @typescript-eslint/no-explicit-any */









/**
 * The default duration of the auto-refresh in ms
 */
const DEFAULT_REFRESH_INTERVAL = 10000;
/**
 * The maximum upload size (in bytes) for notebook version < 5.1.0
 */
const LARGE_FILE_SIZE = 15 * 1024 * 1024;
/**
 * The size (in bytes) of the biggest chunk we should upload at once.
 */
const CHUNK_SIZE = 1024 * 1024;
/**
 * An implementation of a file browser model.
 *
 * #### Notes
 * All paths parameters without a leading `'/'` are interpreted as relative to
 * the current directory.  Supports `'../'` syntax.
 */
class FileBrowserModel {
    /**
     * Construct a new file browser model.
     */
    constructor(options) {
        var _a, _b;
        this._connectionFailure = new index_es6_js_.Signal(this);
        this._fileChanged = new index_es6_js_.Signal(this);
        this._items = [];
        this._key = '';
        this._pathChanged = new index_es6_js_.Signal(this);
        this._paths = new Set();
        this._pending = null;
        this._pendingPath = null;
        this._refreshed = new index_es6_js_.Signal(this);
        this._sessions = [];
        this._state = null;
        this._isDisposed = false;
        this._restored = new dist_index_js_.PromiseDelegate();
        this._uploads = [];
        this._uploadChanged = new index_es6_js_.Signal(this);
        this.manager = options.manager;
        this.translator = options.translator || translation_lib_index_js_.nullTranslator;
        this._trans = this.translator.load('jupyterlab');
        this._driveName = options.driveName || '';
        this._root = options.root || '';
        this._allowFileUploads = (_a = options.allowFileUploads) !== null && _a !== void 0 ? _a : true;
        this._model = {
            path: this.rootPath,
            name: lib_index_js_.PathExt.basename(this.rootPath),
            type: 'directory',
            content: undefined,
            writable: false,
            created: 'unknown',
            last_modified: 'unknown',
            mimetype: 'text/plain',
            format: 'text'
        };
        this._state = options.state || null;
        const refreshInterval = options.refreshInterval || DEFAULT_REFRESH_INTERVAL;
        const { services } = options.manager;
        services.contents.fileChanged.connect(this.onFileChanged, this);
        services.sessions.runningChanged.connect(this.onRunningChanged, this);
        this._unloadEventListener = (e) => {
            if (this._uploads.length > 0) {
                const confirmationMessage = this._trans.__('Files still uploading');
                e.returnValue = confirmationMessage;
                return confirmationMessage;
            }
        };
        window.addEventListener('beforeunload', this._unloadEventListener);
        this._poll = new polling_dist_index_es6_js_.Poll({
            auto: (_b = options.auto) !== null && _b !== void 0 ? _b : true,
            name: '@jupyterlab/filebrowser:Model',
            factory: () => this.cd('.'),
            frequency: {
                interval: refreshInterval,
                backoff: true,
                max: 300 * 1000
            },
            standby: options.refreshStandby || 'when-hidden'
        });
    }
    /**
     * A signal emitted when the file browser model loses connection.
     */
    get connectionFailure() {
        return this._connectionFailure;
    }
    /**
     * The drive name that gets prepended to the path.
     */
    get driveName() {
        return this._driveName;
    }
    /**
     * A promise that resolves when the model is first restored.
     */
    get restored() {
        return this._restored.promise;
    }
    /**
     * Get the file path changed signal.
     */
    get fileChanged() {
        return this._fileChanged;
    }
    /**
     * Get the current path.
     */
    get path() {
        return this._model ? this._model.path : '';
    }
    /**
     * Get the root path
     */
    get rootPath() {
        return this._driveName ? this._driveName + ':' : '';
    }
    /**
     * Get the navigation root path.
     *
     * When set, navigation is restricted to this path and its subdirectories.
     */
    get root() {
        return this._root;
    }
    /**
     * A signal emitted when the path changes.
     */
    get pathChanged() {
        return this._pathChanged;
    }
    /**
     * A signal emitted when the directory listing is refreshed.
     */
    get refreshed() {
        return this._refreshed;
    }
    /**
     * Get the kernel spec models.
     */
    get specs() {
        return this.manager.services.kernelspecs.specs;
    }
    /**
     * Get whether the model is disposed.
     */
    get isDisposed() {
        return this._isDisposed;
    }
    /**
     * A signal emitted when an upload progresses.
     */
    get uploadChanged() {
        return this._uploadChanged;
    }
    /**
     * Create an iterator over the status of all in progress uploads.
     */
    uploads() {
        return this._uploads[Symbol.iterator]();
    }
    /**
     * Dispose of the resources held by the model.
     */
    dispose() {
        if (this.isDisposed) {
            return;
        }
        window.removeEventListener('beforeunload', this._unloadEventListener);
        this._isDisposed = true;
        this._poll.dispose();
        this._sessions.length = 0;
        this._items.length = 0;
        index_es6_js_.Signal.clearData(this);
    }
    /**
     * Create an iterator over the model's items.
     *
     * @returns A new iterator over the model's items.
     */
    items() {
        return this._items[Symbol.iterator]();
    }
    /**
     * Create an iterator over the active sessions in the directory.
     *
     * @returns A new iterator over the model's active sessions.
     */
    sessions() {
        return this._sessions[Symbol.iterator]();
    }
    /**
     * Force a refresh of the directory contents.
     */
    async refresh() {
        await this._poll.refresh();
        await this._poll.tick;
        this._refreshed.emit(void 0);
    }
    /**
     * Change directory.
     *
     * @param path The path to the file or directory.
     *
     * @returns A promise with the contents of the directory.
     */
    async cd(path = '.') {
        const isRefresh = path === '.';
        if (path !== '.') {
            path = this.manager.services.contents.resolvePath(this._model.path, path);
        }
        else {
            path = this._pendingPath || this._model.path;
        }
        // Check if navigation is restricted and the path is outside the root
        if (!isPathWithinRoot(path, this._root)) {
            if (isRefresh) {
                // During refresh, if current path is outside root, navigate to root
                path = this._root;
            }
            else {
                return;
            }
        }
        if (this._pending) {
            // Collapse requests to the same directory.
            if (path === this._pendingPath) {
                return this._pending;
            }
            // Otherwise wait for the pending request to complete before continuing.
            await this._pending;
        }
        const oldValue = this.path;
        const options = { content: true };
        this._pendingPath = path;
        if (oldValue !== path) {
            this._sessions.length = 0;
        }
        const services = this.manager.services;
        this._pending = services.contents
            .get(path, options)
            .then(contents => {
            if (this.isDisposed) {
                return;
            }
            this.handleContents(contents);
            this._pendingPath = null;
            this._pending = null;
            if (oldValue !== path) {
                // If there is a state database and a unique key, save the new path.
                // We don't need to wait on the save to continue.
                if (this._state && this._key) {
                    void this._state.save(this._key, { path });
                }
                this._pathChanged.emit({
                    name: 'path',
                    oldValue,
                    newValue: path
                });
            }
            this.onRunningChanged(services.sessions, services.sessions.running());
            this._refreshed.emit(void 0);
        })
            .catch(error => {
            this._pendingPath = null;
            this._pending = null;
            const fallbackPath = this._root || '/';
            if (error.response &&
                error.response.status === 404 &&
                path !== fallbackPath) {
                error.message = this._trans.__('Directory not found: "%1"', this._model.path);
                console.error(error);
                this._connectionFailure.emit(error);
                return this.cd(fallbackPath);
            }
            else {
                this._connectionFailure.emit(error);
            }
        });
        return this._pending;
    }
    /**
     * Download a file.
     *
     * @param path - The path of the file to be downloaded.
     *
     * @returns A promise which resolves when the file has begun
     *   downloading.
     */
    async download(path) {
        const url = await this.manager.services.contents.getDownloadUrl(path);
        const element = document.createElement('a');
        element.href = url;
        element.download = '';
        document.body.appendChild(element);
        element.click();
        document.body.removeChild(element);
        return void 0;
    }
    /**
     * Restore the state of the file browser.
     *
     * @param id - The unique ID that is used to construct a state database key.
     *
     * @param populate - If `false`, the restoration ID will be set but the file
     * browser state will not be fetched from the state database.
     *
     * @returns A promise when restoration is complete.
     *
     * #### Notes
     * This function will only restore the model *once*. If it is called multiple
     * times, all subsequent invocations are no-ops.
     */
    async restore(id, populate = true) {
        const { manager } = this;
        const key = `file-browser-${id}:cwd`;
        const state = this._state;
        const restored = !!this._key;
        if (restored) {
            return;
        }
        // Set the file browser key for state database fetch/save.
        this._key = key;
        if (!populate || !state) {
            this._restored.resolve(undefined);
            return;
        }
        await manager.services.ready;
        try {
            const value = await state.fetch(key);
            if (!value) {
                this._restored.resolve(undefined);
                return;
            }
            const path = value['path'];
            // need to return to root path if preferred dir is set
            if (path) {
                await this.cd('/');
            }
            const localPath = manager.services.contents.localPath(path);
            await manager.services.contents.get(path);
            await this.cd(localPath);
        }
        catch (error) {
            await state.remove(key);
        }
        this._restored.resolve(undefined);
    }
    /**
     * Whether uploads are allowed.
     */
    get allowFileUploads() {
        return this._allowFileUploads;
    }
    set allowFileUploads(value) {
        this._allowFileUploads = value;
    }
    /**
     * Upload a `File` object.
     *
     * @param file - The `File` object to upload.
     * @param path - The directory into which the file should be uploaded; defaults to current directory.
     *
     * @returns A promise containing the new file contents model.
     *
     * #### Notes
     * On Notebook version < 5.1.0, this will fail to upload files that are too
     * big to be sent in one request to the server. On newer versions, or on
     * Jupyter Server, it will ask for confirmation then upload the file in 1 MB
     * chunks.
     */
    async upload(file, path) {
        // Check if upload is allowed
        if (!this._allowFileUploads) {
            throw new Error(this._trans.__('File uploads are disabled'));
        }
        // We do not support Jupyter Notebook version less than 4, and Jupyter
        // Server advertises itself as version 1 and supports chunked
        // uploading. We assume any version less than 4.0.0 to be Jupyter Server
        // instead of Jupyter Notebook.
        const serverVersion = lib_index_js_.PageConfig.getNotebookVersion();
        const supportsChunked = (0,lib_index_js_.compareVersions)(serverVersion, [4, 0, 0]) < 0 /* Jupyter Server */ ||
            (0,lib_index_js_.compareVersions)(serverVersion, [5, 1, 0]) >=
                0; /* Jupyter Notebook >= 5.1.0 */
        const largeFile = file.size > LARGE_FILE_SIZE;
        if (largeFile && !supportsChunked) {
            const msg = this._trans.__('Cannot upload file (>%1 MB). %2', LARGE_FILE_SIZE / (1024 * 1024), file.name);
            console.warn(msg);
            throw msg;
        }
        const err = 'File not uploaded';
        if (largeFile && !(await this._shouldUploadLarge(file))) {
            throw 'Cancelled large file upload';
        }
        await this._uploadCheckDisposed();
        await this.refresh();
        await this._uploadCheckDisposed();
        if (this._items.find(i => i.name === file.name) &&
            !(await (0,docmanager_lib_index_js_.shouldOverwrite)(file.name))) {
            throw err;
        }
        await this._uploadCheckDisposed();
        const chunkedUpload = supportsChunked && file.size > CHUNK_SIZE;
        return await this._upload(file, chunkedUpload, path);
    }
    async _shouldUploadLarge(file) {
        const { button } = await (0,index_js_.showDialog)({
            title: this._trans.__('Large file size warning'),
            body: this._trans.__('The file size is %1 MB. Do you still want to upload it?', Math.round(file.size / (1024 * 1024))),
            buttons: [
                index_js_.Dialog.cancelButton({ label: this._trans.__('Cancel') }),
                index_js_.Dialog.warnButton({ label: this._trans.__('Upload') })
            ]
        });
        return button.accept;
    }
    /**
     * Perform the actual upload.
     */
    async _upload(file, chunked, uploadPath) {
        // Gather the file model parameters.
        let path = typeof uploadPath === 'undefined' ? this._model.path : uploadPath;
        path = path ? path + '/' + file.name : file.name;
        const name = file.name;
        const type = 'file';
        const format = 'base64';
        const uploadInner = async (blob, chunk) => {
            await this._uploadCheckDisposed();
            const reader = new FileReader();
            reader.readAsDataURL(blob);
            await new Promise((resolve, reject) => {
                reader.onload = resolve;
                reader.onerror = event => reject(`Failed to upload "${file.name}":` + event);
            });
            await this._uploadCheckDisposed();
            // remove header https://stackoverflow.com/a/24289420/907060
            const content = reader.result.split(',')[1];
            const model = {
                type,
                format,
                name,
                chunk,
                content
            };
            return await this.manager.services.contents.save(path, model);
        };
        if (!chunked) {
            return await uploadInner(file);
        }
        let finalModel;
        let upload = { path, progress: 0 };
        this._uploadChanged.emit({
            name: 'start',
            newValue: upload,
            oldValue: null
        });
        for (let start = 0; !finalModel; start += CHUNK_SIZE) {
            const end = start + CHUNK_SIZE;
            const lastChunk = end >= file.size;
            const chunk = lastChunk ? -1 : end / CHUNK_SIZE;
            const newUpload = { path, progress: start / file.size };
            algorithm_dist_index_es6_js_.ArrayExt.removeFirstOf(this._uploads, upload);
            this._uploads.push(newUpload);
            this._uploadChanged.emit({
                name: 'update',
                newValue: newUpload,
                oldValue: upload
            });
            upload = newUpload;
            let currentModel;
            try {
                currentModel = await uploadInner(file.slice(start, end), chunk);
            }
            catch (err) {
                algorithm_dist_index_es6_js_.ArrayExt.removeFirstOf(this._uploads, upload);
                this._uploadChanged.emit({
                    name: 'failure',
                    newValue: upload,
                    oldValue: null
                });
                throw err;
            }
            if (lastChunk) {
                finalModel = currentModel;
            }
        }
        algorithm_dist_index_es6_js_.ArrayExt.removeFirstOf(this._uploads, upload);
        this._uploadChanged.emit({
            name: 'finish',
            newValue: null,
            oldValue: upload
        });
        return finalModel;
    }
    _uploadCheckDisposed() {
        if (this.isDisposed) {
            return Promise.reject('Filemanager disposed. File upload canceled');
        }
        return Promise.resolve();
    }
    /**
     * Handle an updated contents model.
     */
    handleContents(contents) {
        // Update our internal data.
        this._model = {
            name: contents.name,
            path: contents.path,
            type: contents.type,
            content: undefined,
            writable: contents.writable,
            created: contents.created,
            last_modified: contents.last_modified,
            size: contents.size,
            mimetype: contents.mimetype,
            format: contents.format
        };
        this._items = contents.content;
        this._paths.clear();
        contents.content.forEach((model) => {
            this._paths.add(model.path);
        });
    }
    /**
     * Handle a change to the running sessions.
     */
    onRunningChanged(sender, models) {
        this._populateSessions(models);
        this._refreshed.emit(void 0);
    }
    /**
     * Handle a change on the contents manager.
     */
    onFileChanged(sender, change) {
        const path = this._model.path;
        const { sessions } = this.manager.services;
        const { oldValue, newValue } = change;
        const prefix = this.driveName.length > 0 ? this.driveName + ':' : '';
        const value = oldValue &&
            oldValue.path &&
            prefix + lib_index_js_.PathExt.dirname(oldValue.path) === path
            ? oldValue
            : newValue &&
                newValue.path &&
                prefix + lib_index_js_.PathExt.dirname(newValue.path) === path
                ? newValue
                : undefined;
        // If either the old value or the new value is in the current path, update.
        if (value) {
            void this._poll.refresh();
            this._populateSessions(sessions.running());
            this._fileChanged.emit(change);
            return;
        }
    }
    /**
     * Populate the model's sessions collection.
     */
    _populateSessions(models) {
        this._sessions.length = 0;
        for (const model of models) {
            if (this._paths.has(model.path)) {
                this._sessions.push(model);
            }
        }
    }
}
/**
 * File browser model where hidden files inclusion can be toggled on/off.
 */
class TogglableHiddenFileBrowserModel extends FileBrowserModel {
    constructor(options) {
        super(options);
        this._includeHiddenFiles = options.includeHiddenFiles || false;
    }
    /**
     * Create an iterator over the model's items filtering hidden files out if necessary.
     *
     * @returns A new iterator over the model's items.
     */
    items() {
        return this._includeHiddenFiles
            ? super.items()
            : (0,algorithm_dist_index_es6_js_.filter)(super.items(), value => !value.name.startsWith('.'));
    }
    /**
     * Whether hidden files are currently included.
     */
    get includeHiddenFiles() {
        return this._includeHiddenFiles;
    }
    /**
     * Set the inclusion of hidden files. Triggers a model refresh.
     */
    showHiddenFiles(value) {
        this._includeHiddenFiles = value;
        void this.refresh();
    }
}
/**
 * File browser model with optional filter on element.
 */
class FilterFileBrowserModel extends TogglableHiddenFileBrowserModel {
    constructor(options) {
        var _a, _b, _c;
        super(options);
        this._filterSettingsChanged = new index_es6_js_.Signal(this);
        this._filter =
            (_a = options.filter) !== null && _a !== void 0 ? _a : (model => {
                return {};
            });
        this._filterDirectories = (_b = options.filterDirectories) !== null && _b !== void 0 ? _b : true;
        this._useFuzzyFilter = (_c = options.useFuzzyFilter) !== null && _c !== void 0 ? _c : true;
    }
    /**
     * Whether to filter directories.
     */
    get filterDirectories() {
        return this._filterDirectories;
    }
    set filterDirectories(value) {
        this._filterDirectories = value;
    }
    /**
     * Whether to apply fuzzy filter.
     */
    get useFuzzyFilter() {
        return this._useFuzzyFilter;
    }
    set useFuzzyFilter(value) {
        if (this._useFuzzyFilter === value) {
            return;
        }
        this._useFuzzyFilter = value;
        this._filterSettingsChanged.emit({ useFuzzyFilter: value });
    }
    /**
     * Signal for settings changed
     */
    get filterSettingsChanged() {
        return this._filterSettingsChanged;
    }
    /**
     * Create an iterator over the filtered model's items.
     *
     * @returns A new iterator over the model's items.
     */
    items() {
        return (0,algorithm_dist_index_es6_js_.filter)(super.items(), value => {
            if (!this._filterDirectories && value.type === 'directory') {
                return true;
            }
            else {
                const filtered = this._filter(value);
                value.indices = filtered === null || filtered === void 0 ? void 0 : filtered.indices;
                return !!filtered;
            }
        });
    }
    setFilter(filter) {
        this._filter = filter;
        void this.refresh();
    }
}
//# sourceMappingURL=model.js.map
;// CONCATENATED MODULE: ../../../node_modules/@jupyterlab/filebrowser/lib/opendialog.js
// Copyright (c) Jupyter Development Team.
// Distributed under the terms of the Modified BSD License.








/**
 * The class name added to open file dialog
 */
const OPEN_DIALOG_CLASS = 'jp-Open-Dialog';
/**
 * The class name added to (optional) label in the file dialog
 */
const OPEN_DIALOG_LABEL_CLASS = 'jp-Open-Dialog-label';
/**
 * Namespace for file dialog
 */
var opendialog_FileDialog;
(function (FileDialog) {
    /**
     * Create and show a open files dialog.
     *
     * Note: if nothing is selected when `getValue` will return the browser
     * model current path.
     *
     * @param options - The dialog setup options.
     *
     * @returns A promise that resolves with whether the dialog was accepted.
     */
    async function getOpenFiles(options) {
        const dialog = new OpenDialog(options);
        return dialog.launch();
    }
    FileDialog.getOpenFiles = getOpenFiles;
    /**
     * Create and show a open directory dialog.
     *
     * Note: if nothing is selected when `getValue` will return the browser
     * model current path.
     *
     * @param options - The dialog setup options.
     *
     * @returns A promise that resolves with whether the dialog was accepted.
     */
    function getExistingDirectory(options) {
        return getOpenFiles({
            ...options,
            filter: model => {
                return model.type === 'directory' ? {} : null;
            }
        });
    }
    FileDialog.getExistingDirectory = getExistingDirectory;
})(opendialog_FileDialog || (opendialog_FileDialog = {}));
class OpenDialog extends index_js_.Dialog {
    constructor(options) {
        const translator = options.translator || translation_lib_index_js_.nullTranslator;
        const trans = translator.load('jupyterlab');
        const handleOpenFile = () => {
            // Resolve the dialog with current filebrowser selection
            this.resolve();
        };
        const openDialog = new OpenDialogBody(options.manager, options.filter, translator, options.defaultPath, options.root, options.label, true, handleOpenFile);
        super({
            title: options.title,
            buttons: [
                index_js_.Dialog.cancelButton(),
                index_js_.Dialog.okButton({
                    label: trans.__('Select')
                })
            ],
            focusNodeSelector: options.focusNodeSelector,
            host: options.host,
            renderer: options.renderer,
            body: openDialog
        });
    }
}
/**
 * Open dialog widget
 */
class OpenDialogBody extends dist_index_es6_js_.Widget {
    constructor(manager, filter, translator, defaultPath, root, label, filterDirectories, handleOpenFile) {
        super();
        this._ready = new dist_index_js_.PromiseDelegate();
        translator = translator !== null && translator !== void 0 ? translator : translation_lib_index_js_.nullTranslator;
        const trans = translator.load('jupyterlab');
        this.addClass(OPEN_DIALOG_CLASS);
        opendialog_Private.createFilteredFileBrowser('filtered-file-browser-dialog', manager, filter, {}, translator, defaultPath, root, filterDirectories, handleOpenFile)
            .then(browser => {
            this._browser = browser;
            // Add toolbar items
            (0,index_js_.setToolbar)(this._browser, (browser) => [
                {
                    name: 'new-folder',
                    widget: new index_js_.ToolbarButton({
                        icon: ui_components_lib_index_js_.newFolderIcon,
                        onClick: () => {
                            void browser.createNewDirectory();
                        },
                        tooltip: trans.__('New Folder')
                    })
                },
                {
                    name: 'refresher',
                    widget: new index_js_.ToolbarButton({
                        icon: ui_components_lib_index_js_.refreshIcon,
                        onClick: () => {
                            browser.model.refresh().catch(reason => {
                                console.error('Failed to refresh file browser in open dialog.', reason);
                            });
                        },
                        tooltip: trans.__('Refresh File List')
                    })
                }
            ]);
            // Build the sub widgets
            const layout = new dist_index_es6_js_.PanelLayout();
            if (label) {
                const labelWidget = new dist_index_es6_js_.Widget();
                labelWidget.addClass(OPEN_DIALOG_LABEL_CLASS);
                labelWidget.node.textContent = label;
                layout.addWidget(labelWidget);
            }
            layout.addWidget(this._browser);
            /**
             * Dispose browser model when OpenDialogBody
             * is disposed.
             */
            this.dispose = () => {
                if (this.isDisposed) {
                    return;
                }
                this._browser.model.dispose();
                super.dispose();
            };
            // Set Widget content
            this.layout = layout;
            this._ready.resolve();
        })
            .catch(reason => {
            console.error('Error while creating file browser in open dialog', reason);
            this._ready.reject(void 0);
        });
    }
    /**
     * Get the selected items.
     */
    getValue() {
        const selection = Array.from(this._browser.selectedItems());
        if (selection.length === 0) {
            // Return current path
            return [
                {
                    path: this._browser.model.path,
                    name: lib_index_js_.PathExt.basename(this._browser.model.path),
                    type: 'directory',
                    content: undefined,
                    writable: false,
                    created: 'unknown',
                    last_modified: 'unknown',
                    mimetype: 'text/plain',
                    format: 'text'
                }
            ];
        }
        else {
            return selection;
        }
    }
    /**
     * A promise that resolves when openDialog is successfully created.
     */
    get ready() {
        return this._ready.promise;
    }
}
var opendialog_Private;
(function (Private) {
    /**
     * Create a new file browser instance.
     *
     * @param id - The widget/DOM id of the file browser.
     *
     * @param manager - A document manager instance.
     *
     * @param filter - function to filter file browser item.
     *
     * @param options - The optional file browser configuration object.
     *
     * #### Notes
     * The ID parameter is used to set the widget ID. It is also used as part of
     * the unique key necessary to store the file browser's restoration data in
     * the state database if that functionality is enabled.
     *
     * If, after the file browser has been generated by the factory, the ID of the
     * resulting widget is changed by client code, the restoration functionality
     * will not be disrupted as long as there are no ID collisions, i.e., as long
     * as the initial ID passed into the factory is used for only one file browser
     * instance.
     */
    Private.createFilteredFileBrowser = async (id, manager, filter, options = {}, translator, defaultPath, root, filterDirectories, handleOpenFile) => {
        translator = translator || translation_lib_index_js_.nullTranslator;
        const model = new FilterFileBrowserModel({
            manager,
            filter,
            translator,
            driveName: options.driveName,
            refreshInterval: options.refreshInterval,
            root,
            filterDirectories
        });
        const widget = new FileBrowser({
            id,
            model,
            translator,
            handleOpenFile
        });
        widget.clearFilterOnNavigation = false;
        if (defaultPath) {
            await widget.model.cd(defaultPath);
        }
        return widget;
    };
})(opendialog_Private || (opendialog_Private = {}));
//# sourceMappingURL=opendialog.js.map
;// CONCATENATED MODULE: ../../../node_modules/@jupyterlab/filebrowser/lib/tokens.js
// Copyright (c) Jupyter Development Team.
// Distributed under the terms of the Modified BSD License.

/**
 * The file browser factory token.
 */
const IFileBrowserFactory = new dist_index_js_.Token('@jupyterlab/filebrowser:IFileBrowserFactory', `A factory object that creates file browsers.
  Use this if you want to create your own file browser (e.g., for a custom storage backend),
  or to interact with other file browsers that have been created by extensions.`);
/**
 * The default file browser token.
 */
const IDefaultFileBrowser = new dist_index_js_.Token('@jupyterlab/filebrowser:IDefaultFileBrowser', 'A service for the default file browser.');
const IDefaultFileBrowserRenderer = new dist_index_js_.Token('@jupyterlab/filebrowser:IDefaultFileBrowserRenderer', 'A service for overriding the default file browser directory listing renderer.');
/**
 * The token that indicates the default file browser commands are loaded.
 */
const IFileBrowserCommands = new dist_index_js_.Token('@jupyterlab/filebrowser:IFileBrowserCommands', 'A token to ensure file browser commands are loaded.');
//# sourceMappingURL=tokens.js.map
;// CONCATENATED MODULE: ../../../node_modules/@jupyterlab/filebrowser/lib/upload.js
// Copyright (c) Jupyter Development Team.
// Distributed under the terms of the Modified BSD License.




/**
 * A widget which provides an upload button.
 */
class Uploader extends ui_components_lib_index_js_.ToolbarButton {
    /**
     * Construct a new file browser buttons widget.
     */
    constructor(options) {
        super({
            icon: ui_components_lib_index_js_.fileUploadIcon,
            label: options.label,
            onClick: () => {
                this._input.click();
            },
            tooltip: upload_Private.translateToolTip(options.translator),
            enabled: options.model.allowFileUploads
        });
        /**
         * The 'change' handler for the input field.
         */
        this._onInputChanged = () => {
            const files = Array.prototype.slice.call(this._input.files);
            const pending = files.map(file => this.fileBrowserModel.upload(file));
            void Promise.all(pending)
                .then(models => {
                // emit the batch
                this._filesUploaded.emit(models);
            })
                .catch(error => {
                void (0,index_js_.showErrorMessage)(this._trans._p('showErrorMessage', 'Upload Error'), error);
            });
        };
        /**
         * The 'click' handler for the input field.
         */
        this._onInputClicked = () => {
            // In order to allow repeated uploads of the same file (with delete in between),
            // we need to clear the input value to trigger a change event.
            this._input.value = '';
        };
        this._input = upload_Private.createUploadInput();
        this._filesUploaded = new index_es6_js_.Signal(this);
        this.fileBrowserModel = options.model;
        this.translator = options.translator || translation_lib_index_js_.nullTranslator;
        this._trans = this.translator.load('jupyterlab');
        this._input.onclick = this._onInputClicked;
        this._input.onchange = this._onInputChanged;
        this.addClass('jp-id-upload');
    }
    /**
     * A signal emitted with file info when a batch of upload completes.
     */
    get filesUploaded() {
        return this._filesUploaded;
    }
}
/**
 * The namespace for module private data.
 */
var upload_Private;
(function (Private) {
    /**
     * Create the upload input node for a file buttons widget.
     */
    function createUploadInput() {
        const input = document.createElement('input');
        input.type = 'file';
        input.multiple = true;
        return input;
    }
    Private.createUploadInput = createUploadInput;
    /**
     * Translate upload tooltip.
     */
    function translateToolTip(translator) {
        translator = translator || translation_lib_index_js_.nullTranslator;
        const trans = translator.load('jupyterlab');
        return trans.__('Upload Files');
    }
    Private.translateToolTip = translateToolTip;
})(upload_Private || (upload_Private = {}));
//# sourceMappingURL=upload.js.map
// EXTERNAL MODULE: consume shared module (default) @jupyterlab/statusbar@^4.6.6 (strict) (fallback: /work/wt-safety/node_modules/@jupyterlab/statusbar/lib/index.js)
var statusbar_lib_index_js_ = __webpack_require__(54966);
;// CONCATENATED MODULE: ../../../node_modules/@jupyterlab/filebrowser/lib/uploadstatus.js
// Copyright (c) Jupyter Development Team.
// Distributed under the terms of the Modified BSD License.
//





/**
 * Half-spacing between items in the overall status item.
 */
const HALF_SPACING = 4;
/**
 * A pure function component for a FileUpload status item.
 *
 * @param props the props for the component.
 *
 * @returns a tsx component for the file upload status.
 */
function FileUploadComponent(props) {
    const translator = props.translator || translation_lib_index_js_.nullTranslator;
    const trans = translator.load('jupyterlab');
    return (react_index_js_.createElement(statusbar_lib_index_js_.GroupItem, { spacing: HALF_SPACING },
        react_index_js_.createElement(statusbar_lib_index_js_.TextItem, { source: trans.__('Uploading…') }),
        react_index_js_.createElement(statusbar_lib_index_js_.ProgressBar, { percentage: props.upload })));
}
/**
 * The time for which to show the "Complete!" message after uploading.
 */
const UPLOAD_COMPLETE_MESSAGE_MILLIS = 2000;
/**
 * Status bar item to display file upload progress.
 */
class uploadstatus_FileUploadStatus extends ui_components_lib_index_js_.VDomRenderer {
    /**
     * Construct a new FileUpload status item.
     */
    constructor(opts) {
        super(new uploadstatus_FileUploadStatus.Model(opts.tracker.currentWidget && opts.tracker.currentWidget.model));
        this._onBrowserChange = (tracker, browser) => {
            if (browser === null) {
                this.model.browserModel = null;
            }
            else {
                this.model.browserModel = browser.model;
            }
        };
        this.translator = opts.translator || translation_lib_index_js_.nullTranslator;
        this._trans = this.translator.load('jupyterlab');
        this._tracker = opts.tracker;
        this._tracker.currentChanged.connect(this._onBrowserChange);
    }
    /**
     * Render the FileUpload status.
     */
    render() {
        const uploadPaths = this.model.items;
        if (uploadPaths.length > 0) {
            const item = this.model.items[0];
            if (item.complete) {
                return react_index_js_.createElement(statusbar_lib_index_js_.TextItem, { source: this._trans.__('Complete!') });
            }
            else {
                return (react_index_js_.createElement(FileUploadComponent, { upload: this.model.items[0].progress, translator: this.translator }));
            }
        }
        else {
            return react_index_js_.createElement(FileUploadComponent, { upload: 100, translator: this.translator });
        }
    }
    dispose() {
        super.dispose();
        this._tracker.currentChanged.disconnect(this._onBrowserChange);
    }
}
/**
 * A namespace for FileUpload class statics.
 */
(function (FileUploadStatus) {
    /**
     * The VDomModel for the FileUpload renderer.
     */
    class Model extends ui_components_lib_index_js_.VDomModel {
        /**
         * Construct a new model.
         */
        constructor(browserModel) {
            super();
            /**
             * Handle an uploadChanged event in the filebrowser model.
             */
            this._uploadChanged = (browse, uploads) => {
                if (uploads.name === 'start') {
                    this._items.push({
                        path: uploads.newValue.path,
                        progress: uploads.newValue.progress * 100,
                        complete: false
                    });
                }
                else if (uploads.name === 'update') {
                    const idx = algorithm_dist_index_es6_js_.ArrayExt.findFirstIndex(this._items, val => val.path === uploads.oldValue.path);
                    if (idx !== -1) {
                        this._items[idx].progress = uploads.newValue.progress * 100;
                    }
                }
                else if (uploads.name === 'finish') {
                    const finishedItem = algorithm_dist_index_es6_js_.ArrayExt.findFirstValue(this._items, val => val.path === uploads.oldValue.path);
                    if (finishedItem) {
                        finishedItem.complete = true;
                        setTimeout(() => {
                            algorithm_dist_index_es6_js_.ArrayExt.removeFirstOf(this._items, finishedItem);
                            this.stateChanged.emit(void 0);
                        }, UPLOAD_COMPLETE_MESSAGE_MILLIS);
                    }
                }
                else if (uploads.name === 'failure') {
                    algorithm_dist_index_es6_js_.ArrayExt.removeFirstWhere(this._items, val => val.path === uploads.newValue.path);
                }
                else
                    return;
                this.stateChanged.emit(void 0);
            };
            this._items = [];
            this._browserModel = null;
            this.browserModel = browserModel;
        }
        /**
         * The currently uploading items.
         */
        get items() {
            return this._items;
        }
        /**
         * The current file browser model.
         */
        get browserModel() {
            return this._browserModel;
        }
        set browserModel(browserModel) {
            const oldBrowserModel = this._browserModel;
            if (oldBrowserModel) {
                oldBrowserModel.uploadChanged.disconnect(this._uploadChanged);
            }
            this._browserModel = browserModel;
            this._items = [];
            if (this._browserModel !== null) {
                this._browserModel.uploadChanged.connect(this._uploadChanged);
            }
            this.stateChanged.emit(void 0);
        }
    }
    FileUploadStatus.Model = Model;
})(uploadstatus_FileUploadStatus || (uploadstatus_FileUploadStatus = {}));
//# sourceMappingURL=uploadstatus.js.map
;// CONCATENATED MODULE: ../../../node_modules/@jupyterlab/filebrowser/lib/index.js
// Copyright (c) Jupyter Development Team.
// Distributed under the terms of the Modified BSD License.
/**
 * @packageDocumentation
 * @module filebrowser
 */








//# sourceMappingURL=index.js.map

},

}]);
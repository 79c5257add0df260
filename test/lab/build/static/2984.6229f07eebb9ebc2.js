"use strict";
(self["rspackChunk"] = self["rspackChunk"] || []).push([[2984], {
79771(__unused_rspack_module, __webpack_exports__, __webpack_require__) {
// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  IWorkspaceCommands: () => (/* reexport */ IWorkspaceCommands),
  IWorkspacesModel: () => (/* reexport */ IWorkspacesModel),
  WorkspacesModel: () => (/* reexport */ WorkspacesModel)
});

// EXTERNAL MODULE: consume shared module (default) @lumino/polling@^2.1.6 (strict) (fallback: /work/wt-safety/node_modules/@lumino/polling/dist/index.es6.js)
var index_es6_js_ = __webpack_require__(74986);
// EXTERNAL MODULE: consume shared module (default) @lumino/signaling@^2.1.6 (strict) (fallback: /work/wt-safety/node_modules/@lumino/signaling/dist/index.es6.js)
var dist_index_es6_js_ = __webpack_require__(19014);
;// CONCATENATED MODULE: ../../../node_modules/@jupyterlab/workspaces/lib/model.js
/*
 * Copyright (c) Jupyter Development Team.
 * Distributed under the terms of the Modified BSD License.
 */


/**
 * The default duration of the auto-refresh in ms
 */
const DEFAULT_REFRESH_INTERVAL = 10000;
/**
 * An implementation of a workspaces model.
 */
class WorkspacesModel {
    constructor(options) {
        var _a;
        this._refreshed = new dist_index_es6_js_.Signal(this);
        this._isDisposed = false;
        this._workspaceData = {
            ids: [],
            values: []
        };
        this._manager = options.manager;
        const refreshInterval = options.refreshInterval || DEFAULT_REFRESH_INTERVAL;
        this._poll = new index_es6_js_.Poll({
            auto: (_a = options.auto) !== null && _a !== void 0 ? _a : true,
            name: '@jupyterlab/workspaces:Model',
            factory: () => this._fetchList(),
            frequency: {
                interval: refreshInterval,
                backoff: true,
                max: 300 * 1000
            },
            standby: options.refreshStandby || 'when-hidden'
        });
    }
    /**
     * The list of available workspaces.
     */
    get workspaces() {
        return this._workspaceData.values;
    }
    /**
     * The list of workspace identifiers.
     */
    get identifiers() {
        return this._workspaceData.ids;
    }
    /**
     * Create an empty workspace.
     */
    async create(workspaceId) {
        await this._manager.save(workspaceId, {
            metadata: { id: workspaceId },
            data: {}
        });
        await this.refresh();
    }
    /**
     * A signal emitted when the workspaces list is refreshed.
     */
    get refreshed() {
        return this._refreshed;
    }
    /**
     * Force a refresh of the workspaces list.
     */
    async refresh() {
        await this._poll.refresh();
        await this._poll.tick;
    }
    /**
     * Rename a workspace.
     */
    async rename(workspaceId, newName) {
        const workspace = await this._manager.fetch(workspaceId);
        workspace.metadata.id = newName;
        await this._manager.save(newName, workspace);
        await this._manager.remove(workspaceId);
        await this.refresh();
    }
    /**
     * Reset a workspace.
     */
    async reset(workspaceId) {
        const workspace = await this._manager.fetch(workspaceId);
        workspace.data = {};
        await this._manager.save(workspaceId, workspace);
        await this.refresh();
    }
    /**
     * Remove a workspace.
     */
    async remove(workspaceId) {
        await this._manager.remove(workspaceId);
        await this.refresh();
    }
    /**
     * Save workspace under a different name.
     */
    async saveAs(workspaceId, newName) {
        const data = await this._manager.fetch(workspaceId);
        data.metadata.id = newName;
        await this._manager.save(newName, data);
        await this.refresh();
    }
    /**
     * Get whether the model is disposed.
     */
    get isDisposed() {
        return this._isDisposed;
    }
    /**
     * Dispose of the resources held by the model.
     */
    dispose() {
        if (this.isDisposed) {
            return;
        }
        this._isDisposed = true;
        this._poll.dispose();
        dist_index_es6_js_.Signal.clearData(this);
    }
    async _fetchList() {
        this._workspaceData = await this._manager.list();
        this._refreshed.emit(void 0);
    }
}
//# sourceMappingURL=model.js.map
// EXTERNAL MODULE: consume shared module (default) @lumino/coreutils@^2.2.3 (strict) (fallback: /work/wt-safety/node_modules/@lumino/coreutils/dist/index.js)
var index_js_ = __webpack_require__(3352);
;// CONCATENATED MODULE: ../../../node_modules/@jupyterlab/workspaces/lib/tokens.js
// Copyright (c) Jupyter Development Team.
// Distributed under the terms of the Modified BSD License.

/**
 * The token that provides the identifiers of workspace commands for reuse.
 */
const IWorkspaceCommands = new index_js_.Token('@jupyterlab/workspaces:IWorkspaceCommands', 'Provides identifiers of workspace commands.');
/**
 * The token that provides the identifiers of workspace commands for reuse.
 */
const IWorkspacesModel = new index_js_.Token('@jupyterlab/workspaces:IWorkspacesModel', 'Provides a model for available workspaces.');
//# sourceMappingURL=tokens.js.map
;// CONCATENATED MODULE: ../../../node_modules/@jupyterlab/workspaces/lib/index.js
// Copyright (c) Jupyter Development Team.
// Distributed under the terms of the Modified BSD License.
/**
 * @packageDocumentation
 * @module workspaces
 */


//# sourceMappingURL=index.js.map

},

}]);
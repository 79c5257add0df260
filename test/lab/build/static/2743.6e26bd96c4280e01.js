"use strict";
(self["rspackChunk"] = self["rspackChunk"] || []).push([[2743], {
95146(__unused_rspack_module, __webpack_exports__, __webpack_require__) {
__webpack_require__.r(__webpack_exports__);
/* import */ var _jupyterlab_services__rspack_import_0 = __webpack_require__(61793);
/* import */ var _jupyterlab_services__rspack_import_0_default = /*#__PURE__*/__webpack_require__.n(_jupyterlab_services__rspack_import_0);
/* -----------------------------------------------------------------------------
| Copyright (c) Jupyter Development Team.
| Distributed under the terms of the Modified BSD License.
|----------------------------------------------------------------------------*/
/**
 * @packageDocumentation
 * @module services-extension
 */

/**
 * Config section manager plugin.
 */
const configSectionManager = {
    id: '@jupyterlab/services-extension:config-section-manager',
    autoStart: true,
    provides: _jupyterlab_services__rspack_import_0.IConfigSectionManager,
    optional: [_jupyterlab_services__rspack_import_0.IServerSettings],
    description: 'Provides the config section manager.',
    activate: (_, serverSettings) => {
        const manager = new _jupyterlab_services__rspack_import_0.ConfigSectionManager({ serverSettings });
        // Set the config section manager for the global ConfigSection.
        _jupyterlab_services__rspack_import_0.ConfigSection._setConfigSectionManager(manager);
        return manager;
    }
};
/**
 * The default connection status provider.
 */
const connectionStatusPlugin = {
    id: '@jupyterlab/services-extension:connection-status',
    autoStart: true,
    provides: _jupyterlab_services__rspack_import_0.IConnectionStatus,
    description: 'Provides the default connection status.',
    activate: () => {
        return new _jupyterlab_services__rspack_import_0.ConnectionStatus();
    }
};
/**
 * The default contents manager plugin.
 */
const contentsManagerPlugin = {
    id: '@jupyterlab/services-extension:contents-manager',
    description: 'The default contents manager plugin.',
    autoStart: true,
    provides: _jupyterlab_services__rspack_import_0.IContentsManager,
    requires: [_jupyterlab_services__rspack_import_0.IDefaultDrive, _jupyterlab_services__rspack_import_0.IServerSettings],
    activate: (_, defaultDrive, serverSettings) => {
        return new _jupyterlab_services__rspack_import_0.ContentsManager({
            defaultDrive,
            serverSettings
        });
    }
};
/**
 * The default IContentProvider plugin.
 */
const defaultContentProvider = {
    id: '@jupyterlab/services-extension:default-content-provider',
    description: 'The default content provider for the contents manager.',
    autoStart: true,
    provides: _jupyterlab_services__rspack_import_0.IDefaultContentProvider,
    optional: [_jupyterlab_services__rspack_import_0.IServerSettings],
    activate: (_, serverSettings) => {
        const apiEndpoint = 'api/contents';
        serverSettings = serverSettings !== null && serverSettings !== void 0 ? serverSettings : _jupyterlab_services__rspack_import_0.ServerConnection.makeSettings();
        return new _jupyterlab_services__rspack_import_0.RestContentProvider({ serverSettings, apiEndpoint });
    }
};
/**
 * Content provider plugin warning
 *
 * A plugin that errors out if users are overwritting the deprecated defaultContentProvider
 */
const contentProviderWarning = {
    id: '@jupyterlab/services-extension:content-provider-warning',
    description: 'Warn if user is overwriting the deprecated contentprovider plugin.',
    autoStart: true,
    requires: [_jupyterlab_services__rspack_import_0.IDefaultContentProvider],
    activate: (_, contentProvider) => {
        if (!(contentProvider instanceof _jupyterlab_services__rspack_import_0.RestContentProvider)) {
            console.error('Defining a IDefaultContentProvider plugin is deprecated since JupyterLab 4.5.1 and does not be have any effect.');
        }
    }
};
/**
 * The default drive plugin.
 */
const defaultDrivePlugin = {
    id: '@jupyterlab/services-extension:default-drive',
    description: 'The default drive for the contents manager.',
    autoStart: true,
    provides: _jupyterlab_services__rspack_import_0.IDefaultDrive,
    optional: [_jupyterlab_services__rspack_import_0.IServerSettings],
    activate: (_, serverSettings) => {
        return new _jupyterlab_services__rspack_import_0.Drive({ serverSettings: serverSettings !== null && serverSettings !== void 0 ? serverSettings : undefined });
    }
};
/**
 * The event manager plugin.
 */
const eventManagerPlugin = {
    id: '@jupyterlab/services-extension:event-manager',
    description: 'The event manager plugin.',
    autoStart: true,
    provides: _jupyterlab_services__rspack_import_0.IEventManager,
    optional: [_jupyterlab_services__rspack_import_0.IServerSettings, _jupyterlab_services__rspack_import_0.IConnectionStatus],
    activate: (_, serverSettings, connectionStatus) => {
        return new _jupyterlab_services__rspack_import_0.EventManager({
            serverSettings,
            standby: () => {
                return !(connectionStatus === null || connectionStatus === void 0 ? void 0 : connectionStatus.isConnected) || 'when-hidden';
            }
        });
    }
};
/**
 * The kernel manager plugin.
 */
const kernelManagerPlugin = {
    id: '@jupyterlab/services-extension:kernel-manager',
    description: 'The kernel manager plugin.',
    autoStart: true,
    provides: _jupyterlab_services__rspack_import_0.IKernelManager,
    optional: [_jupyterlab_services__rspack_import_0.IServerSettings, _jupyterlab_services__rspack_import_0.IConnectionStatus],
    activate: (_, serverSettings, connectionStatus) => {
        return new _jupyterlab_services__rspack_import_0.KernelManager({
            serverSettings,
            standby: () => {
                return !(connectionStatus === null || connectionStatus === void 0 ? void 0 : connectionStatus.isConnected) || 'when-hidden';
            }
        });
    }
};
/**
 * The kernel spec manager plugin.
 */
const kernelSpecManagerPlugin = {
    id: '@jupyterlab/services-extension:kernel-spec-manager',
    description: 'The kernel spec manager plugin.',
    autoStart: true,
    provides: _jupyterlab_services__rspack_import_0.IKernelSpecManager,
    optional: [_jupyterlab_services__rspack_import_0.IServerSettings, _jupyterlab_services__rspack_import_0.IConnectionStatus],
    activate: (_, serverSettings, connectionStatus) => {
        return new _jupyterlab_services__rspack_import_0.KernelSpecManager({
            serverSettings,
            standby: () => {
                return !(connectionStatus === null || connectionStatus === void 0 ? void 0 : connectionStatus.isConnected) || 'when-hidden';
            }
        });
    }
};
/**
 * The nbconvert manager plugin.
 */
const nbConvertManagerPlugin = {
    id: '@jupyterlab/services-extension:nbconvert-manager',
    description: 'The nbconvert manager plugin.',
    autoStart: true,
    provides: _jupyterlab_services__rspack_import_0.INbConvertManager,
    optional: [_jupyterlab_services__rspack_import_0.IServerSettings],
    activate: (_, serverSettings) => {
        return new _jupyterlab_services__rspack_import_0.NbConvertManager({ serverSettings });
    }
};
/**
 * The session manager plugin.
 */
const sessionManagerPlugin = {
    id: '@jupyterlab/services-extension:session-manager',
    description: 'The session manager plugin.',
    autoStart: true,
    provides: _jupyterlab_services__rspack_import_0.ISessionManager,
    requires: [_jupyterlab_services__rspack_import_0.IKernelManager],
    optional: [_jupyterlab_services__rspack_import_0.IServerSettings, _jupyterlab_services__rspack_import_0.IConnectionStatus],
    activate: (_, kernelManager, serverSettings, connectionStatus) => {
        return new _jupyterlab_services__rspack_import_0.SessionManager({
            kernelManager,
            serverSettings,
            standby: () => {
                return !(connectionStatus === null || connectionStatus === void 0 ? void 0 : connectionStatus.isConnected) || 'when-hidden';
            }
        });
    }
};
/**
 * The setting manager plugin.
 */
const settingManagerPlugin = {
    id: '@jupyterlab/services-extension:setting-manager',
    description: 'The setting manager plugin.',
    autoStart: true,
    provides: _jupyterlab_services__rspack_import_0.ISettingManager,
    optional: [_jupyterlab_services__rspack_import_0.IServerSettings],
    activate: (_, serverSettings) => {
        return new _jupyterlab_services__rspack_import_0.SettingManager({ serverSettings });
    }
};
/**
 * The terminal manager plugin.
 */
const terminalManagerPlugin = {
    id: '@jupyterlab/services-extension:terminal-manager',
    description: 'The terminal manager plugin.',
    autoStart: true,
    provides: _jupyterlab_services__rspack_import_0.ITerminalManager,
    optional: [_jupyterlab_services__rspack_import_0.IServerSettings, _jupyterlab_services__rspack_import_0.IConnectionStatus],
    activate: (_, serverSettings, connectionStatus) => {
        if (!_jupyterlab_services__rspack_import_0.Terminal.isAvailable()) {
            return new _jupyterlab_services__rspack_import_0.TerminalManager.NoopManager();
        }
        return new _jupyterlab_services__rspack_import_0.TerminalManager({
            serverSettings,
            standby: () => {
                return !(connectionStatus === null || connectionStatus === void 0 ? void 0 : connectionStatus.isConnected) || 'when-hidden';
            }
        });
    }
};
/**
 * The user manager plugin.
 */
const userManagerPlugin = {
    id: '@jupyterlab/services-extension:user-manager',
    description: 'The user manager plugin.',
    autoStart: true,
    provides: _jupyterlab_services__rspack_import_0.IUserManager,
    optional: [_jupyterlab_services__rspack_import_0.IServerSettings, _jupyterlab_services__rspack_import_0.IConnectionStatus],
    activate: (_, serverSettings, connectionStatus) => {
        return new _jupyterlab_services__rspack_import_0.UserManager({
            serverSettings,
            standby: () => {
                return !(connectionStatus === null || connectionStatus === void 0 ? void 0 : connectionStatus.isConnected) || 'when-hidden';
            }
        });
    }
};
/**
 * The workspace manager plugin.
 */
const workspaceManagerPlugin = {
    id: '@jupyterlab/services-extension:workspace-manager',
    description: 'The workspace manager plugin.',
    autoStart: true,
    provides: _jupyterlab_services__rspack_import_0.IWorkspaceManager,
    optional: [_jupyterlab_services__rspack_import_0.IServerSettings],
    activate: (_, serverSettings) => {
        return new _jupyterlab_services__rspack_import_0.WorkspaceManager({ serverSettings });
    }
};
/**
 * The default server settings plugin.
 */
const serverSettingsPlugin = {
    id: '@jupyterlab/services-extension:server-settings',
    description: 'The default server settings plugin.',
    autoStart: true,
    provides: _jupyterlab_services__rspack_import_0.IServerSettings,
    activate: (_) => {
        return _jupyterlab_services__rspack_import_0.ServerConnection.makeSettings();
    }
};
/**
 * Instantiate a new service manager.
 */
const serviceManagerPlugin = {
    id: '@jupyterlab/services-extension:service-manager',
    description: 'The default service manager plugin.',
    autoStart: true,
    provides: _jupyterlab_services__rspack_import_0.IServiceManager,
    // Builder is not exposed as a plugin since it is now deprecated.
    optional: [
        _jupyterlab_services__rspack_import_0.IConnectionStatus,
        _jupyterlab_services__rspack_import_0.IContentsManager,
        _jupyterlab_services__rspack_import_0.IDefaultDrive,
        _jupyterlab_services__rspack_import_0.IServerSettings,
        _jupyterlab_services__rspack_import_0.IEventManager,
        _jupyterlab_services__rspack_import_0.IKernelManager,
        _jupyterlab_services__rspack_import_0.IKernelSpecManager,
        _jupyterlab_services__rspack_import_0.INbConvertManager,
        _jupyterlab_services__rspack_import_0.ISessionManager,
        _jupyterlab_services__rspack_import_0.ISettingManager,
        _jupyterlab_services__rspack_import_0.ITerminalManager,
        _jupyterlab_services__rspack_import_0.IUserManager,
        _jupyterlab_services__rspack_import_0.IWorkspaceManager
    ],
    activate: (_, connectionStatus, contents, defaultDrive, serverSettings, events, kernels, kernelspecs, nbconvert, sessions, settings, terminals, user, workspaces) => {
        return new _jupyterlab_services__rspack_import_0.ServiceManager({
            standby: () => {
                return !(connectionStatus === null || connectionStatus === void 0 ? void 0 : connectionStatus.isConnected) || 'when-hidden';
            },
            contents,
            defaultDrive,
            serverSettings,
            events,
            kernels,
            kernelspecs,
            nbconvert,
            sessions,
            settings,
            terminals,
            user,
            workspaces
        });
    }
};
/* export default */ const __rspack_default_export = ([
    configSectionManager,
    connectionStatusPlugin,
    contentsManagerPlugin,
    defaultContentProvider,
    contentProviderWarning,
    defaultDrivePlugin,
    eventManagerPlugin,
    kernelManagerPlugin,
    kernelSpecManagerPlugin,
    nbConvertManagerPlugin,
    sessionManagerPlugin,
    settingManagerPlugin,
    serverSettingsPlugin,
    serviceManagerPlugin,
    terminalManagerPlugin,
    userManagerPlugin,
    workspaceManagerPlugin
]);
//# sourceMappingURL=index.js.map
__webpack_require__.d(__webpack_exports__, {
}, {
  "default": __rspack_default_export
});


},

}]);
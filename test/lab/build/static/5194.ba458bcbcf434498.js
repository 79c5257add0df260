"use strict";
(self["rspackChunk"] = self["rspackChunk"] || []).push([[5194], {
95889(__unused_rspack_module, __webpack_exports__, __webpack_require__) {
__webpack_require__.r(__webpack_exports__);
/* import */ var _jupyterlab_application__rspack_import_0 = __webpack_require__(5446);
/* import */ var _jupyterlab_apputils__rspack_import_1 = __webpack_require__(94731);
/* import */ var _jupyterlab_mainmenu__rspack_import_2 = __webpack_require__(97188);
/* import */ var _jupyterlab_settingregistry__rspack_import_3 = __webpack_require__(43706);
/* import */ var _jupyterlab_translation__rspack_import_4 = __webpack_require__(15186);
/* ----------------------------------------------------------------------------
| Copyright (c) Jupyter Development Team.
| Distributed under the terms of the Modified BSD License.
|----------------------------------------------------------------------------*/
/**
 * @packageDocumentation
 * @module translation-extension
 */





/**
 * Translation plugins
 */
const PLUGIN_ID = '@jupyterlab/translation-extension:plugin';
/**
 * Provide the translator connector as a separate plugin to allow for alternative
 * implementations that may want to fetch translation bundles from a different
 * source or endpoint.
 */
const translatorConnector = {
    id: '@jupyterlab/translation-extension:translator-connector',
    description: 'Provides the application translation connector.',
    autoStart: true,
    requires: [_jupyterlab_application__rspack_import_0.JupyterFrontEnd.IPaths],
    provides: _jupyterlab_translation__rspack_import_4.ITranslatorConnector,
    activate: (app, paths) => {
        const url = paths.urls.translations;
        const serverSettings = app.serviceManager.serverSettings;
        return new _jupyterlab_translation__rspack_import_4.TranslatorConnector(url, serverSettings);
    }
};
/**
 * The main translator plugin.
 */
const translator = {
    id: '@jupyterlab/translation-extension:translator',
    description: 'Provides the application translation object.',
    autoStart: true,
    requires: [_jupyterlab_application__rspack_import_0.JupyterFrontEnd.IPaths, _jupyterlab_settingregistry__rspack_import_3.ISettingRegistry],
    optional: [_jupyterlab_application__rspack_import_0.ILabShell, _jupyterlab_translation__rspack_import_4.ITranslatorConnector],
    provides: _jupyterlab_translation__rspack_import_4.ITranslator,
    activate: async (app, paths, settings, labShell, connector) => {
        const setting = await settings.load(PLUGIN_ID);
        const currentLocale = setting.get('locale').composite;
        let stringsPrefix = setting.get('stringsPrefix')
            .composite;
        const displayStringsPrefix = setting.get('displayStringsPrefix')
            .composite;
        stringsPrefix = displayStringsPrefix ? stringsPrefix : '';
        const serverSettings = app.serviceManager.serverSettings;
        const translationManager = new _jupyterlab_translation__rspack_import_4.TranslationManager(paths.urls.translations, stringsPrefix, serverSettings, connector !== null && connector !== void 0 ? connector : undefined);
        // As we wait for fetching the translation, ITranslator is guarantee to be
        // ready when consumed in other plugins.
        await translationManager.fetch(currentLocale);
        // Set the document language after optionally fetching the system language
        // if the setting 'locale' is set to 'default'
        document.documentElement.lang = translationManager.languageCode;
        // Set translator to UI
        if (labShell) {
            labShell.translator = translationManager;
        }
        _jupyterlab_apputils__rspack_import_1.Dialog.translator = translationManager;
        return translationManager;
    }
};
/**
 * Initialization data for the extension.
 */
const langMenu = {
    id: PLUGIN_ID,
    description: 'Adds translation commands and settings.',
    requires: [_jupyterlab_settingregistry__rspack_import_3.ISettingRegistry, _jupyterlab_translation__rspack_import_4.ITranslator, _jupyterlab_translation__rspack_import_4.ITranslatorConnector],
    optional: [_jupyterlab_mainmenu__rspack_import_2.IMainMenu, _jupyterlab_apputils__rspack_import_1.ICommandPalette],
    autoStart: true,
    activate: (app, settings, translator, translatorConnector, mainMenu, palette) => {
        var _a;
        const trans = translator.load('jupyterlab');
        const { commands } = app;
        // Create a languages menu
        const languagesMenu = mainMenu
            ? (_a = mainMenu.settingsMenu.items.find(item => {
                var _a;
                return item.type === 'submenu' &&
                    ((_a = item.submenu) === null || _a === void 0 ? void 0 : _a.id) === 'jp-mainmenu-settings-language';
            })) === null || _a === void 0 ? void 0 : _a.submenu
            : null;
        // Add command to install language packs via the Extension Manager
        const installCommand = 'jupyterlab-translation:install-languages';
        commands.addCommand(installCommand, {
            label: trans.__('Install more languages…'),
            caption: trans.__('Search for language packs in the Extension Manager'),
            isEnabled: () => commands.hasCommand('extensionmanager:show-panel') &&
                commands.isVisible('extensionmanager:show-panel'),
            execute: () => {
                return commands.execute('extensionmanager:show-panel', {
                    query: 'jupyterlab-language-pack'
                });
            },
            describedBy: {
                args: {
                    type: 'object',
                    properties: {}
                }
            }
        });
        if (palette) {
            palette.addItem({
                category: trans.__('Display Languages'),
                command: installCommand
            });
        }
        // Get list of available locales
        translatorConnector
            .fetch()
            .then(languageList => {
            const appLocale = translator.languageCode.replace('-', '_');
            for (const locale in languageList.data) {
                const value = languageList.data[locale];
                const displayName = value.displayName;
                const nativeName = value.nativeName;
                const toggled = appLocale === locale;
                const label = toggled
                    ? `${displayName}`
                    : `${displayName} - ${nativeName}`;
                // Add a command per language
                const command = `jupyterlab-translation:${locale}`;
                commands.addCommand(command, {
                    label: label,
                    caption: trans.__('Change interface language to %1', label),
                    isEnabled: () => !toggled,
                    isToggled: () => toggled,
                    execute: async () => {
                        const result = await (0,_jupyterlab_apputils__rspack_import_1.showDialog)({
                            title: trans.__('Change interface language?'),
                            body: trans.__('After changing the interface language to %1, you will need to reload JupyterLab to see the changes.', label),
                            buttons: [
                                _jupyterlab_apputils__rspack_import_1.Dialog.cancelButton(),
                                _jupyterlab_apputils__rspack_import_1.Dialog.okButton({ label: trans.__('Change and reload') })
                            ]
                        });
                        if (result.button.accept) {
                            try {
                                await settings.set(PLUGIN_ID, 'locale', locale);
                                window.location.reload();
                            }
                            catch (reason) {
                                console.error(`Failed to update language locale to ${locale}`, reason);
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
                // Add the language command to the menu
                if (languagesMenu) {
                    languagesMenu.addItem({
                        command,
                        args: {}
                    });
                }
                if (palette) {
                    palette.addItem({
                        category: trans.__('Display Languages'),
                        command
                    });
                }
            }
        })
            .catch(reason => {
            console.error(`Available locales errored!\n${reason}`);
        })
            .finally(() => {
            if (languagesMenu) {
                if (languagesMenu.items.length > 0) {
                    languagesMenu.addItem({ type: 'separator' });
                }
                languagesMenu.addItem({
                    command: installCommand,
                    args: {}
                });
            }
        });
    }
};
/**
 * Export the plugins as default.
 */
const plugins = [
    translatorConnector,
    translator,
    langMenu
];
/* export default */ const __rspack_default_export = (plugins);
//# sourceMappingURL=index.js.map
__webpack_require__.d(__webpack_exports__, {
}, {
  "default": __rspack_default_export
});


},

}]);
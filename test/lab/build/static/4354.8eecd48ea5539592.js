"use strict";
(self["rspackChunk"] = self["rspackChunk"] || []).push([[4354], {
76679(__unused_rspack_module, __unused_rspack___webpack_exports__, __webpack_require__) {

// EXTERNAL MODULE: consume shared module (default) @jupyterlab/coreutils@^6.6.6 (strict) (fallback: /work/wt-safety/node_modules/@jupyterlab/coreutils/lib/index.js)
var index_js_ = __webpack_require__(59728);
// EXTERNAL MODULE: consume shared module (default) @jupyterlab/application@^4.6.6 (strict) (fallback: /work/wt-safety/node_modules/@jupyterlab/application/lib/index.js)
var lib_index_js_ = __webpack_require__(5446);
// EXTERNAL MODULE: consume shared module (default) @jupyterlab/services@^7.6.6 (strict) (fallback: /work/wt-safety/node_modules/@jupyterlab/services/lib/index.js)
var services_lib_index_js_ = __webpack_require__(61793);
// EXTERNAL MODULE: consume shared module (default) @lumino/coreutils@^2.2.3 (strict) (fallback: /work/wt-safety/node_modules/@lumino/coreutils/dist/index.js)
var dist_index_js_ = __webpack_require__(3352);
// EXTERNAL MODULE: consume shared module (default) @jupyterlab/application-extension@^4.6.4 (strict) (fallback: /work/wt-safety/node_modules/@jupyterlab/application-extension/lib/index.js)
var application_extension_lib_index_js_ = __webpack_require__(34676);
// EXTERNAL MODULE: consume shared module (default) @jupyterlab/apputils-extension@^4.6.4 (strict) (fallback: /work/wt-safety/node_modules/@jupyterlab/apputils-extension/lib/index.js)
var apputils_extension_lib_index_js_ = __webpack_require__(43940);
// EXTERNAL MODULE: consume shared module (default) @jupyterlab/codemirror-extension@^4.6.4 (strict) (fallback: /work/wt-safety/node_modules/@jupyterlab/codemirror-extension/lib/index.js)
var codemirror_extension_lib_index_js_ = __webpack_require__(85828);
// EXTERNAL MODULE: consume shared module (default) @jupyterlab/completer-extension@^4.6.4 (strict) (fallback: /work/wt-safety/node_modules/@jupyterlab/completer-extension/lib/index.js)
var completer_extension_lib_index_js_ = __webpack_require__(25368);
// EXTERNAL MODULE: consume shared module (default) @jupyterlab/console-extension@^4.6.4 (strict) (fallback: /work/wt-safety/node_modules/@jupyterlab/console-extension/lib/index.js)
var console_extension_lib_index_js_ = __webpack_require__(7256);
// EXTERNAL MODULE: consume shared module (default) @jupyterlab/docmanager-extension@^4.6.4 (strict) (fallback: /work/wt-safety/node_modules/@jupyterlab/docmanager-extension/lib/index.js)
var docmanager_extension_lib_index_js_ = __webpack_require__(37278);
// EXTERNAL MODULE: consume shared module (default) @jupyterlab/filebrowser-extension@^4.6.4 (strict) (fallback: /work/wt-safety/node_modules/@jupyterlab/filebrowser-extension/lib/index.js)
var filebrowser_extension_lib_index_js_ = __webpack_require__(15708);
// EXTERNAL MODULE: consume shared module (default) @jupyterlab/help-extension@^4.6.4 (strict) (fallback: /work/wt-safety/node_modules/@jupyterlab/help-extension/lib/index.js)
var help_extension_lib_index_js_ = __webpack_require__(70122);
// EXTERNAL MODULE: consume shared module (default) @jupyterlab/launcher-extension@^4.6.6 (strict) (fallback: /work/wt-safety/node_modules/@jupyterlab/launcher-extension/lib/index.js)
var launcher_extension_lib_index_js_ = __webpack_require__(45898);
// EXTERNAL MODULE: consume shared module (default) @jupyterlab/mainmenu-extension@^4.6.4 (strict) (fallback: /work/wt-safety/node_modules/@jupyterlab/mainmenu-extension/lib/index.js)
var mainmenu_extension_lib_index_js_ = __webpack_require__(63332);
// EXTERNAL MODULE: consume shared module (default) @jupyterlab/markedparser-extension@^4.6.6 (strict) (fallback: /work/wt-safety/node_modules/@jupyterlab/markedparser-extension/lib/index.js)
var markedparser_extension_lib_index_js_ = __webpack_require__(83332);
// EXTERNAL MODULE: consume shared module (default) @jupyterlab/mathjax-extension@^4.6.4 (strict) (fallback: /work/wt-safety/node_modules/@jupyterlab/mathjax-extension/lib/index.js)
var mathjax_extension_lib_index_js_ = __webpack_require__(63600);
// EXTERNAL MODULE: consume shared module (default) @jupyterlab/notebook-extension@^4.6.4 (strict) (fallback: /work/wt-safety/node_modules/@jupyterlab/notebook-extension/lib/index.js)
var notebook_extension_lib_index_js_ = __webpack_require__(81162);
// EXTERNAL MODULE: consume shared module (default) @jupyterlab/rendermime-extension@^4.6.4 (strict) (fallback: /work/wt-safety/node_modules/@jupyterlab/rendermime-extension/lib/index.js)
var rendermime_extension_lib_index_js_ = __webpack_require__(71292);
// EXTERNAL MODULE: consume shared module (default) @jupyterlab/running-extension@^4.6.4 (strict) (fallback: /work/wt-safety/node_modules/@jupyterlab/running-extension/lib/index.js)
var running_extension_lib_index_js_ = __webpack_require__(84972);
// EXTERNAL MODULE: consume shared module (default) @jupyterlab/services-extension@^4.6.4 (strict) (fallback: /work/wt-safety/node_modules/@jupyterlab/services-extension/lib/index.js)
var services_extension_lib_index_js_ = __webpack_require__(5788);
// EXTERNAL MODULE: consume shared module (default) @jupyterlab/shortcuts-extension@^5.4.4 (strict) (fallback: /work/wt-safety/node_modules/@jupyterlab/shortcuts-extension/lib/index.js)
var shortcuts_extension_lib_index_js_ = __webpack_require__(5101);
// EXTERNAL MODULE: consume shared module (default) @jupyterlab/statusbar-extension@^4.6.4 (strict) (fallback: /work/wt-safety/node_modules/@jupyterlab/statusbar-extension/lib/index.js)
var statusbar_extension_lib_index_js_ = __webpack_require__(49104);
// EXTERNAL MODULE: consume shared module (default) @jupyterlab/theme-light-extension@^4.6.4 (strict) (fallback: /work/wt-safety/node_modules/@jupyterlab/theme-light-extension/lib/index.js)
var theme_light_extension_lib_index_js_ = __webpack_require__(88756);
// EXTERNAL MODULE: consume shared module (default) @jupyterlab/translation-extension@^4.6.4 (strict) (fallback: /work/wt-safety/node_modules/@jupyterlab/translation-extension/lib/index.js)
var translation_extension_lib_index_js_ = __webpack_require__(53304);
// EXTERNAL MODULE: consume shared module (default) @jupyterlab/ui-components-extension@^4.6.4 (strict) (fallback: /work/wt-safety/node_modules/@jupyterlab/ui-components-extension/lib/index.js)
var ui_components_extension_lib_index_js_ = __webpack_require__(55596);
;// CONCATENATED MODULE: ./gen/plugins.js
// Generated by build.mjs: the plugin modules of the front end.





















const modules = [application_extension_lib_index_js_, apputils_extension_lib_index_js_, codemirror_extension_lib_index_js_, completer_extension_lib_index_js_, console_extension_lib_index_js_, docmanager_extension_lib_index_js_, filebrowser_extension_lib_index_js_, help_extension_lib_index_js_, launcher_extension_lib_index_js_, mainmenu_extension_lib_index_js_, markedparser_extension_lib_index_js_, mathjax_extension_lib_index_js_, notebook_extension_lib_index_js_, rendermime_extension_lib_index_js_, running_extension_lib_index_js_, services_extension_lib_index_js_, shortcuts_extension_lib_index_js_, statusbar_extension_lib_index_js_, theme_light_extension_lib_index_js_, translation_extension_lib_index_js_, ui_components_extension_lib_index_js_];

// EXTERNAL MODULE: ../../../node_modules/@jupyterlab/application-extension/style/index.js + 1 modules
var style = __webpack_require__(3923);
// EXTERNAL MODULE: ../../../node_modules/@jupyterlab/apputils-extension/style/index.js + 1 modules
var apputils_extension_style = __webpack_require__(3083);
// EXTERNAL MODULE: ../../../node_modules/@jupyterlab/codemirror-extension/style/index.js
var codemirror_extension_style = __webpack_require__(24186);
// EXTERNAL MODULE: ../../../node_modules/@jupyterlab/completer-extension/style/index.js
var completer_extension_style = __webpack_require__(33159);
// EXTERNAL MODULE: ../../../node_modules/@jupyterlab/console-extension/style/index.js + 3 modules
var console_extension_style = __webpack_require__(14005);
// EXTERNAL MODULE: ../../../node_modules/@jupyterlab/docmanager-extension/style/index.js
var docmanager_extension_style = __webpack_require__(55077);
// EXTERNAL MODULE: ../../../node_modules/@jupyterlab/filebrowser-extension/style/index.js + 1 modules
var filebrowser_extension_style = __webpack_require__(96999);
// EXTERNAL MODULE: ../../../node_modules/@jupyterlab/help-extension/style/index.js + 1 modules
var help_extension_style = __webpack_require__(78624);
// EXTERNAL MODULE: ../../../node_modules/@jupyterlab/launcher-extension/style/index.js + 1 modules
var launcher_extension_style = __webpack_require__(57296);
// EXTERNAL MODULE: ../../../node_modules/@jupyterlab/mainmenu-extension/style/index.js
var mainmenu_extension_style = __webpack_require__(72426);
// EXTERNAL MODULE: ../../../node_modules/@jupyterlab/markedparser-extension/style/index.js + 3 modules
var markedparser_extension_style = __webpack_require__(98720);
// EXTERNAL MODULE: ../../../node_modules/@jupyterlab/mathjax-extension/style/index.js + 1 modules
var mathjax_extension_style = __webpack_require__(84143);
// EXTERNAL MODULE: ../../../node_modules/@jupyterlab/notebook-extension/style/index.js + 4 modules
var notebook_extension_style = __webpack_require__(30101);
// EXTERNAL MODULE: ../../../node_modules/@jupyterlab/rendermime-extension/style/index.js
var rendermime_extension_style = __webpack_require__(94952);
// EXTERNAL MODULE: ../../../node_modules/@jupyterlab/running-extension/style/index.js + 2 modules
var running_extension_style = __webpack_require__(7295);
// EXTERNAL MODULE: ../../../node_modules/@jupyterlab/shortcuts-extension/style/index.js + 1 modules
var shortcuts_extension_style = __webpack_require__(18705);
// EXTERNAL MODULE: ../../../node_modules/@jupyterlab/statusbar-extension/style/index.js
var statusbar_extension_style = __webpack_require__(51791);
// EXTERNAL MODULE: ../../../node_modules/@jupyterlab/translation-extension/style/index.js
var translation_extension_style = __webpack_require__(82227);
// EXTERNAL MODULE: ../../../node_modules/@jupyterlab/ui-components-extension/style/index.js
var ui_components_extension_style = __webpack_require__(50897);
;// CONCATENATED MODULE: ./gen/style.js
/* This is a generated file of CSS imports */
/* It was generated by @jupyter/builder in Build.ensureAssets() */





















;// CONCATENATED MODULE: ./bootstrap.js
// Starts a JupyterLab 4 front end built from the @jupyterlab/* npm packages (the plugin modules listed in
// gen/plugins.js, written by build.mjs), plus every prebuilt extension the server lists in the page config
// (federated_extensions: loaded from <labextensions>/<name>/<load>, sharing this app's modules).







/** Plugins that reach outside this machine or are noise in tests. */
const SKIPPED = new Set(["@jupyterlab/apputils-extension:announcements"]);

/** Loads a prebuilt extension's remoteEntry script; it registers its container under window._JUPYTERLAB. */
function loadScript(url) {
  return new Promise((resolve, reject) => {
    const script = document.createElement("script");
    script.src = url;
    script.async = true;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`cannot load ${url}`));
    document.head.appendChild(script);
  });
}

/** Initialises a prebuilt extension's container with this app's share scope. */
async function initContainer(url, scope) {
  await loadScript(url);
  await __webpack_require__.I("default");
  const container = window._JUPYTERLAB[scope];
  await container.init(__webpack_require__.S.default);
}

/** One exposed module of a prebuilt extension. */
async function exposed(scope, module) {
  const factory = await window._JUPYTERLAB[scope].get(module);
  return factory();
}

/** The plugins of a plugin module (its default export: one plugin or a list). */
function pluginsOf(mod) {
  const exported = mod && mod.__esModule !== false && "default" in mod ? mod.default : mod;
  const list = Array.isArray(exported) ? exported : [exported];
  return list.filter((p) => p && typeof p === "object" && typeof p.id === "string" && !SKIPPED.has(p.id));
}

async function main() {
  const plugins = [];
  const mimeExtensions = [];
  for (const mod of modules) plugins.push(...pluginsOf(mod));

  window._JUPYTERLAB = window._JUPYTERLAB || {};
  const federated = JSON.parse(index_js_.PageConfig.getOption("federated_extensions") || "[]");
  const base = index_js_.PageConfig.getOption("fullLabextensionsUrl");
  const failures = [];
  await Promise.all(
    federated.map(async (data) => {
      try {
        await initContainer(index_js_.URLExt.join(base, data.name, data.load), data.name);
        if (data.extension) plugins.push(...pluginsOf(await exposed(data.name, data.extension)));
        if (data.mimeExtension) mimeExtensions.push(...pluginsOf(await exposed(data.name, data.mimeExtension)));
        if (data.style) await exposed(data.name, data.style);
      } catch (e) {
        failures.push(`${data.name}: ${e && e.message ? e.message : e}`);
        console.error(`xai-lab test front end: cannot load the extension ${data.name}`, e);
      }
    }),
  );

  const pluginRegistry = new dist_index_js_.PluginRegistry();
  pluginRegistry.registerPlugins(plugins);
  const serviceManager = await pluginRegistry.resolveRequiredService(services_lib_index_js_.IServiceManager);
  const lab = new lib_index_js_.JupyterLab({ pluginRegistry, serviceManager, mimeExtensions });
  window.jupyterapp = lab;
  window.xaiLabFrontEnd = { federated: federated.map((d) => d.name), failures };
  await lab.start({ bubblingKeydown: true });
  await lab.restored;
  document.body.dataset.xaiLabReady = "true";
}

main().catch((e) => {
  console.error("xai-lab test front end failed to start", e);
  document.body.dataset.xaiLabReady = "failed";
});


},

}]);
// Starts a JupyterLab 4 front end built from the @jupyterlab/* npm packages (the plugin modules listed in
// gen/plugins.js, written by build.mjs), plus every prebuilt extension the server lists in the page config
// (federated_extensions: loaded from <labextensions>/<name>/<load>, sharing this app's modules).
import { PageConfig, URLExt } from "@jupyterlab/coreutils";
import { JupyterLab } from "@jupyterlab/application";
import { IServiceManager } from "@jupyterlab/services";
import { PluginRegistry } from "@lumino/coreutils";
import { modules } from "./gen/plugins.js";
import "./gen/style.js";

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
  await __webpack_init_sharing__("default");
  const container = window._JUPYTERLAB[scope];
  await container.init(__webpack_share_scopes__.default);
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
  const federated = JSON.parse(PageConfig.getOption("federated_extensions") || "[]");
  const base = PageConfig.getOption("fullLabextensionsUrl");
  const failures = [];
  await Promise.all(
    federated.map(async (data) => {
      try {
        await initContainer(URLExt.join(base, data.name, data.load), data.name);
        if (data.extension) plugins.push(...pluginsOf(await exposed(data.name, data.extension)));
        if (data.mimeExtension) mimeExtensions.push(...pluginsOf(await exposed(data.name, data.mimeExtension)));
        if (data.style) await exposed(data.name, data.style);
      } catch (e) {
        failures.push(`${data.name}: ${e && e.message ? e.message : e}`);
        console.error(`xai-lab front end: cannot load the extension ${data.name}`, e);
      }
    }),
  );

  const pluginRegistry = new PluginRegistry();
  pluginRegistry.registerPlugins(plugins);
  const serviceManager = await pluginRegistry.resolveRequiredService(IServiceManager);
  const lab = new JupyterLab({ pluginRegistry, serviceManager, mimeExtensions });
  window.jupyterapp = lab;
  window.xaiLabFrontEnd = { federated: federated.map((d) => d.name), failures };
  await lab.start({ bubblingKeydown: true });
  await lab.restored;
  // Plugins that should have started but did not (a service they require is missing): tests check none are.
  window.xaiLabFrontEnd.inactive = plugins.filter((p) => p.autoStart === true && !lab.isPluginActivated(p.id)).map((p) => p.id);
  document.body.dataset.xaiLabReady = "true";
}

main().catch((e) => {
  console.error("xai-lab front end failed to start", e);
  document.body.dataset.xaiLabReady = "failed";
});

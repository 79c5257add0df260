// The entry of the front end. Everything shared with prebuilt extensions (JupyterLab, Lumino, ...)
// must be loaded through module federation's share scope, which is only ready after an asynchronous
// step: this dynamic import is that boundary.
import("./bootstrap.js");

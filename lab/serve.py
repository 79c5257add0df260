#!/usr/bin/python3
"""Serves the npm-built JupyterLab front end (lab/build) with jupyter_server and jupyterlab_server.

Run with Debian's /usr/bin/python3 (packages python3-jupyter-server and python3-jupyterlab-server); there is
no `jupyterlab` Python package here, only its server side, which is all this needs. Listens on 127.0.0.1
only, with a token. The Jupyter data directory (--data-dir) holds the kernelspecs (kernels/xai-lab) and the
prebuilt extensions (labextensions/<name>/); the state directory keeps settings and workspaces apart from
the user's own.

usage: serve.py --app-dir BUILD --data-dir DIR --state-dir DIR --root-dir NOTEBOOKS --port N --token T
"""
import argparse
import json
import os
import sys


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--app-dir", required=True, help="the built front end: static/, schemas/, themes/, templates/")
    parser.add_argument("--data-dir", required=True, help="Jupyter data directory with kernels/ and labextensions/")
    parser.add_argument("--state-dir", required=True, help="where settings, workspaces and runtime files go")
    parser.add_argument("--root-dir", required=True, help="the folder the file browser shows")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--token", required=True)
    parser.add_argument("--no-autosave", action="store_true", help="never write notebooks unless asked (tests)")
    args = parser.parse_args()

    app_dir = os.path.abspath(args.app_dir)
    state = os.path.abspath(args.state_dir)
    for sub in ("config", "runtime", "settings", "workspaces", "app-settings"):
        os.makedirs(os.path.join(state, sub), exist_ok=True)
    overrides = {}
    if args.no_autosave:
        overrides["@jupyterlab/docmanager-extension:plugin"] = {"autosave": False}
    with open(os.path.join(state, "app-settings", "overrides.json"), "w") as f:
        json.dump(overrides, f)
    # Before jupyter_core reads them: our data dir first, and no user or system config.
    os.environ["JUPYTER_DATA_DIR"] = os.path.abspath(args.data_dir)
    os.environ["JUPYTER_PATH"] = os.path.abspath(args.data_dir)
    os.environ["JUPYTER_CONFIG_DIR"] = os.path.join(state, "config")
    os.environ["JUPYTER_RUNTIME_DIR"] = os.path.join(state, "runtime")
    os.environ["JUPYTER_PLATFORM_DIRS"] = "0"

    from jupyterlab_server import LabServerApp

    argv = [
        "--ServerApp.ip=127.0.0.1",
        f"--ServerApp.port={args.port}",
        "--ServerApp.port_retries=0",
        f"--ServerApp.token={args.token}",
        "--ServerApp.open_browser=False",
        f"--ServerApp.root_dir={os.path.abspath(args.root_dir)}",
        "--ServerApp.allow_remote_access=False",
        f"--LabServerApp.static_dir={os.path.join(app_dir, 'static')}",
        f"--LabServerApp.templates_dir={os.path.join(app_dir, 'templates')}",
        f"--LabServerApp.schemas_dir={os.path.join(app_dir, 'schemas')}",
        f"--LabServerApp.themes_dir={os.path.join(app_dir, 'themes')}",
        f"--LabServerApp.app_settings_dir={os.path.join(state, 'app-settings')}",
        f"--LabServerApp.user_settings_dir={os.path.join(state, 'settings')}",
        f"--LabServerApp.workspaces_dir={os.path.join(state, 'workspaces')}",
    ]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        argv.append("--ServerApp.allow_root=True")
    LabServerApp.launch_instance(argv=argv)


if __name__ == "__main__":
    sys.exit(main())

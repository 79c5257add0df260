#!/usr/bin/env bash
# The Debian packages xai-lab's notebooks, reports and tests use: Jupyter's server side (the kernel runs
# in it; there is no JupyterLab package: the front end is built from npm), nbclient/nbconvert (notebook
# execution and HTML reports), jupyter_client and jupyter_kernel_test (the kernel-protocol test), and
# Chromium (the browser tests). Needs root (or sudo); does nothing when everything is already installed.
set -euo pipefail
PACKAGES=(jupyter-nbconvert python3-nbclient python3-jupyter-server python3-jupyterlab-server
          jupyter-client python3-jupyter-kernel-test chromium)
missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-system: all Debian packages present"
  exit 0
fi
as_root=()
if [ "$(id -u)" -ne 0 ]; then
  if ! command -v sudo >/dev/null; then
    echo "install-system: run as root to install: ${missing[*]}" >&2
    exit 1
  fi
  as_root=(sudo)
fi
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "install-system: installed ${missing[*]}"

#!/usr/bin/env bash
# The Debian packages xai-lab's notebooks, reports and tests use: Jupyter's server side (the kernel runs
# in it; there is no JupyterLab package: the front end is built from npm), nbclient/nbconvert (notebook
# execution and HTML reports), jupyter_client and jupyter_kernel_test (the kernel-protocol test), Chromium
# (the browser tests), and a software Vulkan driver for the WebGPU tests: Mesa's lavapipe, which Dawn (the
# WebGPU implementation in the npm package `webgpu`) accepts from Mesa 25 on. Debian 12 ships Mesa 22.3,
# which Dawn refuses ("shaderUniform*ArrayDynamicIndexing required"), so on bookworm the driver comes from
# bookworm-backports (Mesa 25.0), whose apt source this script adds. Needs root (or sudo); does nothing
# when everything is already installed.
set -euo pipefail
PACKAGES=(jupyter-nbconvert python3-nbclient python3-jupyter-server python3-jupyterlab-server
          jupyter-client python3-jupyter-kernel-test chromium libvulkan1)
VULKAN_DRIVER=mesa-vulkan-drivers
VULKAN_DRIVER_MIN=25
BACKPORTS_SOURCE=/etc/apt/sources.list.d/xai-lab-bookworm-backports.sources

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }

missing=()
for p in "${PACKAGES[@]}"; do installed "$p" || missing+=("$p"); done
driver_version=$(dpkg-query -W -f='${Version}' "$VULKAN_DRIVER" 2>/dev/null || true)
need_driver=0
if ! installed "$VULKAN_DRIVER" || ! dpkg --compare-versions "$driver_version" ge "$VULKAN_DRIVER_MIN"; then need_driver=1; fi
if [ ${#missing[@]} -eq 0 ] && [ $need_driver -eq 0 ]; then
  echo "install-system: all Debian packages present"
  exit 0
fi

as_root=()
if [ "$(id -u)" -ne 0 ]; then
  if ! command -v sudo >/dev/null; then
    echo "install-system: run as root to install: ${missing[*]} $( [ $need_driver -eq 1 ] && echo "$VULKAN_DRIVER>=$VULKAN_DRIVER_MIN")" >&2
    exit 1
  fi
  as_root=(sudo)
fi
apt_get() { "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get "$@"; }

# Mesa 25 on Debian 12 comes from bookworm-backports; later Debian releases ship it in their main suite.
driver_from=()
codename=$(. /etc/os-release && echo "${VERSION_CODENAME:-}")
if [ $need_driver -eq 1 ] && [ "$codename" = bookworm ]; then
  if ! grep -rqs "bookworm-backports" /etc/apt/sources.list /etc/apt/sources.list.d/; then
    printf '%s\n' "Types: deb" "URIs: http://deb.debian.org/debian" "Suites: bookworm-backports" "Components: main" \
      "Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg" | "${as_root[@]}" tee "$BACKPORTS_SOURCE" >/dev/null
    echo "install-system: added the bookworm-backports apt source ($BACKPORTS_SOURCE)"
  fi
  driver_from=(-t bookworm-backports)
fi

apt_get update -qq
if [ ${#missing[@]} -gt 0 ]; then
  apt_get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  echo "install-system: installed ${missing[*]}"
fi
if [ $need_driver -eq 1 ]; then
  apt_get install -y -qq --no-install-recommends "${driver_from[@]}" "$VULKAN_DRIVER" >/dev/null
  echo "install-system: installed $VULKAN_DRIVER $(dpkg-query -W -f='${Version}' "$VULKAN_DRIVER") (lavapipe, for the WebGPU tests)"
fi

#!/usr/bin/env bash
# Packs what scripts/gpu-check.sh needs into one archive, for a GPU machine that has no network (and maybe
# no node): the built library (kernel/dist/src), the files of its npm dependencies that it loads at run
# time (tfjs' Node bundles, the wasm binaries, Dawn's linux-x64 addon), this node binary, and the Vulkan
# loader's .deb (libvulkan1). About 30 MB.
#
#   bash scripts/gpu-pack.sh [OUT.tar.xz]            # default .gpu-pack/xai-lab-gpu.tar.xz (git-ignored)
#
# There:   mkdir -p /tmp/xai && tar -xJf xai-lab-gpu.tar.xz -C /tmp/xai && bash /tmp/xai/scripts/gpu-check.sh
# (without xz: python3 -m tarfile -e xai-lab-gpu.tar.xz /tmp/xai). Run here after `npm ci && npm run build`.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
out=${1:-.gpu-pack/xai-lab-gpu.tar.xz}
[ -f kernel/dist/src/bench/gpu.js ] || { echo "gpu-pack: build first (npm run build)" >&2; exit 1; }
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT

# The npm packages the library loads at run time and, in each, what it loads: the file `main` names (tfjs
# ships self-contained Node bundles), plus the extra files listed here.
declare -A EXTRA=(
  ["@tensorflow/tfjs-backend-wasm"]="dist/*.wasm"
  ["webgpu"]="index.js dist/linux-x64/*"
  ["pngjs"]="lib/*.js"
  ["seedrandom"]="*.js lib/*.js"
)
PACKAGES=(@tensorflow/tfjs @tensorflow/tfjs-core @tensorflow/tfjs-layers @tensorflow/tfjs-converter @tensorflow/tfjs-data
          @tensorflow/tfjs-backend-cpu @tensorflow/tfjs-backend-webgl @tensorflow/tfjs-backend-wasm @tensorflow/tfjs-backend-webgpu
          long seedrandom pngjs webgpu)
copy() { mkdir -p "$stage/$(dirname "$1")" && cp "$1" "$stage/$1"; }
for p in "${PACKAGES[@]}"; do
  dir=node_modules/$p
  [ -d "$dir" ] || { echo "gpu-pack: $dir is missing (npm ci)" >&2; exit 1; }
  copy "$dir/package.json"
  main=$(node -p "require('./$dir/package.json').main || 'index.js'")
  [ -f "$dir/$main" ] && copy "$dir/$main"
  [ -f "$dir/$main.js" ] && copy "$dir/$main.js"
  for pattern in ${EXTRA[$p]:-}; do
    for f in $dir/$pattern; do [ -f "$f" ] && copy "$f"; done
  done
done
# The library itself (JavaScript only), its package.json, the scripts.
while IFS= read -r f; do copy "$f"; done < <(find kernel/dist/src -name '*.js')
copy kernel/package.json
copy package.json
copy scripts/gpu-check.sh
# node, for a machine without it (gpu-check.sh unpacks it only where no node is installed).
mkdir -p "$stage/bin"
xz -T0 -6 -c "$(command -v node)" > "$stage/bin/node.xz"
# The Vulkan loader, for a machine without it.
mkdir -p "$stage/.vulkan"
if ls .vulkan/libvulkan1_*.deb >/dev/null 2>&1; then
  cp .vulkan/libvulkan1_*.deb "$stage/.vulkan/"
else
  (cd "$stage/.vulkan" && apt-get download libvulkan1 >/dev/null 2>&1) || echo "gpu-pack: could not download libvulkan1 (the target must have a Vulkan loader)" >&2
fi
mkdir -p "$(dirname "$out")"
tar -C "$stage" -cJf "$out" .
echo "gpu-pack: $out ($(du -h "$out" | cut -f1)): node $(node --version), $(find "$stage" -type f | wc -l) files"

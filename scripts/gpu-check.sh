#!/usr/bin/env bash
# One shot on a machine with an NVIDIA GPU: makes Vulkan available to Dawn (the WebGPU implementation in
# the npm package `webgpu`), prints the adapter, benchmarks the real-size architectures on WebGPU and on
# wasm with every CPU core (kernel/src/bench/gpu.ts), and writes the table to a file. Shader compilation is
# measured apart: each step's first call on a freshly prepared model, and again on a second one.
#
#   bash scripts/gpu-check.sh [--out DIR] [--quick] [--software] [-- extra arguments of kernel/src/bench/gpu.ts]
#
#   --out DIR     where gpu-check.md (the table) and gpu-check.log go (default: gpu-check/)
#   --quick       small copies of the models (32×32 inputs, channels ÷ 8), batches 1 and 2: a smoke run
#   --software    accept a software adapter (Mesa's lavapipe) and skip the NVIDIA parts: tests this
#                 script end to end on a machine without a GPU
#
# Vulkan: Dawn needs the Vulkan loader (libvulkan.so.1) and the GPU's driver (an ICD json). Where no loader
# is installed (containers often have none), a libvulkan1 .deb is unpacked with `dpkg -x` into a private
# folder: from $XAI_LAB_VULKAN_DEBS, .gl/ or .vulkan/ in the repository (fetch it beforehand where the
# machine has no network: `apt-get download libvulkan1`), or downloaded with apt-get where it can.
# NVIDIA's ICD is looked for where containers put it (/usr/local/nvidia/share/vulkan/icd.d) and where the
# driver installs it; VK_DRIVER_FILES, when set, is used as it is.
# Needs node 20 and this repository's node_modules (npm ci); builds kernel/dist when it is missing. For a
# machine without network or node, scripts/gpu-pack.sh packs all of it into one archive.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"

out_dir=gpu-check
quick=0
software=0
extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --out) out_dir=$2; shift 2 ;;
    --quick) quick=1; shift ;;
    --software) software=1; shift ;;
    --) shift; extra=("$@"); break ;;
    -h|--help) sed -n '2,21p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "gpu-check: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done
out_dir=$(mkdir -p "$out_dir" && cd "$out_dir" && pwd)
log="$out_dir/gpu-check.log"
: > "$log"
say() { echo "gpu-check: $*" | tee -a "$log" >&2; }
fail() { say "$*"; exit 1; }
trap 'say "failed at line $LINENO of $0 (see $log)"' ERR

# node: the one installed, else the one scripts/gpu-pack.sh packed (XAI_LAB_PACKED_NODE=1 prefers it).
if [ -f bin/node.xz ] && { ! command -v node >/dev/null || [ "${XAI_LAB_PACKED_NODE:-}" = 1 ]; }; then
  if [ ! -x bin/node ]; then
    if command -v xz >/dev/null; then xz -dkc bin/node.xz > bin/node
    else python3 -c 'import lzma, shutil, sys; shutil.copyfileobj(lzma.open(sys.argv[1]), open(sys.argv[2], "wb"))' bin/node.xz bin/node; fi
    chmod +x bin/node
  fi
  export PATH="$ROOT/bin:$PATH"
fi
command -v node >/dev/null || fail "node is not installed (node 20 or later is needed; scripts/gpu-pack.sh packs one)"
say "node $(node --version) ($(command -v node))"
[ -d node_modules/@tensorflow/tfjs ] || fail "node_modules is missing: run npm ci first (or carry a built checkout here)"
[ -d node_modules/webgpu ] || fail "the npm package webgpu (an optional dependency) is not installed: npm ci on linux-x64 installs it"
if [ ! -f kernel/dist/src/bench/gpu.js ]; then
  say "building kernel/dist"
  (cd kernel && npx --no-install tsc -p tsconfig.json) >>"$log" 2>&1 || fail "the build failed (see $log)"
fi

# 1. The Vulkan loader.
has_loader() {
  ldconfig -p 2>/dev/null | grep -q 'libvulkan\.so\.1 ' && return 0
  local d
  local IFS=:
  for d in ${LD_LIBRARY_PATH:-}; do [ -e "$d/libvulkan.so.1" ] && return 0; done
  return 1
}
if has_loader; then
  say "Vulkan loader: installed"
else
  private="$out_dir/vulkan-loader"
  deb=""
  for dir in "${XAI_LAB_VULKAN_DEBS:-}" "$ROOT/.gl" "$ROOT/.vulkan"; do
    [ -n "$dir" ] && [ -d "$dir" ] || continue
    deb=$(ls "$dir"/libvulkan1_*.deb 2>/dev/null | head -n 1 || true)
    [ -n "$deb" ] && break
  done
  if [ -z "$deb" ] && command -v apt-get >/dev/null; then
    mkdir -p "$private.debs"
    (cd "$private.debs" && apt-get download libvulkan1 >>"$log" 2>&1) && deb=$(ls "$private.debs"/libvulkan1_*.deb | head -n 1) || true
  fi
  [ -n "$deb" ] || fail "no Vulkan loader (libvulkan.so.1) and no libvulkan1 .deb to unpack: put one in .vulkan/ (apt-get download libvulkan1) or set XAI_LAB_VULKAN_DEBS"
  command -v dpkg >/dev/null || fail "dpkg is needed to unpack $deb"
  dpkg -x "$deb" "$private"
  libdir=$(dirname "$(find "$private" -name 'libvulkan.so.1' | head -n 1)")
  export LD_LIBRARY_PATH="$libdir${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
  say "Vulkan loader: unpacked $(basename "$deb") into $libdir"
fi

# 2. The driver (ICD).
if [ $software -eq 1 ]; then
  say "--software: NVIDIA parts skipped; any Vulkan driver is accepted (VK_DRIVER_FILES=${VK_DRIVER_FILES:-${VK_ICD_FILENAMES:-default search}})"
else
  if command -v nvidia-smi >/dev/null; then
    nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv,noheader 2>>"$log" | sed 's/^/gpu-check: GPU: /' | tee -a "$log" >&2 || true
  else
    say "nvidia-smi not found: is this an NVIDIA machine? (--software runs on any Vulkan driver)"
  fi
  if [ -z "${VK_DRIVER_FILES:-}${VK_ICD_FILENAMES:-}" ]; then
    for icd in /usr/local/nvidia/share/vulkan/icd.d/nvidia_icd.json /usr/share/vulkan/icd.d/nvidia_icd.json \
               /etc/vulkan/icd.d/nvidia_icd.json /usr/share/vulkan/icd.d/nvidia_icd.x86_64.json; do
      if [ -f "$icd" ]; then export VK_DRIVER_FILES="$icd"; break; fi
    done
    [ -n "${VK_DRIVER_FILES:-}" ] || fail "no NVIDIA Vulkan driver (nvidia_icd.json) found; in a container the NVIDIA runtime mounts it with NVIDIA_DRIVER_CAPABILITIES=graphics (or all); set VK_DRIVER_FILES to its path"
  fi
  say "Vulkan driver: ${VK_DRIVER_FILES:-${VK_ICD_FILENAMES:-}}"
  # NVIDIA's ICD names its library without a path (libGLX_nvidia.so.0): containers keep it here.
  [ -d /usr/local/nvidia/lib64 ] && export LD_LIBRARY_PATH="/usr/local/nvidia/lib64${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
fi

# 3. The adapter, as xai-lab sees it.
adapter=$(node -e '
  const xai = require("./kernel/dist/src/index.js");
  (async () => {
    const a = await xai.findAdapter();
    if (!a) { const info = await xai.ready(); console.log("NONE " + info.tried.find((t) => t.name === "webgpu").reason); return; }
    console.log((a.fallback ? "SOFTWARE " : "HARDWARE ") + JSON.stringify(a));
  })().catch((e) => { console.log("NONE " + e.message); });
' 2>>"$log")
say "adapter: ${adapter#* }"
case "$adapter" in
  HARDWARE*) ;;
  SOFTWARE*) [ $software -eq 1 ] || fail "only a software adapter was found: the GPU's Vulkan driver is not in use (see above); --software accepts it" ;;
  *) fail "no WebGPU adapter" ;;
esac

# 4. The benchmark: every step on WebGPU; on wasm (every core) the steps of the target row and the gradient.
if [ $quick -eq 1 ]; then
  args=(--size 32 --width 0.125 --batches 1,2 --repeats 2)
else
  args=(--batches 1,8 --repeats 3 --wasm-batches 8 --wasm-steps forward,gradient,epsilon-plus-flat --wasm-repeats 2)
fi
say "benchmark: node kernel/dist/src/bench/gpu.js ${args[*]} ${extra[*]:-}"
started=$(date +%s)
node kernel/dist/src/bench/gpu.js --backends webgpu,wasm "${args[@]}" "${extra[@]}" --out "$out_dir/gpu-check.md" 2>>"$log" \
  || fail "the benchmark failed (see $log)"
say "done in $(( $(date +%s) - started )) s: table in $out_dir/gpu-check.md, progress and warnings in $log"

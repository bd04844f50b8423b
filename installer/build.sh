#!/usr/bin/env bash
# Installs what is missing and builds Seagull into build/ (or $SEAGULL_BUILD_DIR).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${SEAGULL_BUILD_DIR:-$root/build}"

bash "$root/installer/install-deps.sh"
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" -j"$(nproc)"

#!/usr/bin/env bash
# Sets up, builds and runs every test (CTest; widget tests run offscreen).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${SEAGULL_BUILD_DIR:-$root/build}"

bash "$root/installer/build.sh"
cd "$build"
QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j"$(nproc)"

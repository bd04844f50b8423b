#!/usr/bin/env bash
# Installs the Debian 12 packages Seagull needs to build, test and run, when they are missing.
# Idempotent: installs nothing when everything is there. Runs as root, or through sudo.
# networkx, sqlite3 and graphviz (its sfdp command) are the reference tools the benchmark suite
# measures Seagull against (tests/bench/run-suite.sh).
set -euo pipefail

PACKAGES=(
    cmake g++ make pkg-config dpkg-dev clang libclang-rt-14-dev
    qt6-base-dev qt6-tools-dev qt6-l10n-tools qt6-svg-dev qt6-translations-l10n
    libgraphviz-dev libboost-dev libsqlite3-dev libphonenumber-dev libicu-dev zlib1g-dev
    xvfb xauth fonts-noto-core fonts-noto-cjk poppler-utils
    python3-networkx sqlite3 graphviz
)

missing=()
for package in "${PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "seagull: all build and run dependencies are installed."
    exit 0
fi

echo "seagull: installing ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then
    SUDO=""
elif command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
else
    echo "seagull: these packages are missing and neither root nor sudo is available: ${missing[*]}" >&2
    exit 1
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y --no-install-recommends "${missing[@]}"

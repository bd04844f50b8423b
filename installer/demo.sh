#!/usr/bin/env bash
# Sets up, builds, writes the demonstration case and opens it in Seagull. Without a display it
# says so and writes the demonstration chart to a PDF instead.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${SEAGULL_BUILD_DIR:-$root/build}"

bash "$root/installer/build.sh"

demo_dir="$build/demo"
demo_case="$demo_dir/demo.seagull"
mkdir -p "$demo_dir"
if [ ! -f "$demo_case" ]; then
    "$build/app/seagull-cli" demo "$demo_case"
fi

if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; then
    echo "seagull: opening $demo_case"
    exec "$build/app/seagull" "$demo_case"
fi

pdf="$demo_dir/demo-chart.pdf"
echo "seagull: no display found (DISPLAY and WAYLAND_DISPLAY are not set), so the GUI cannot open."
echo "seagull: writing the demonstration chart to $pdf instead."
"$build/app/seagull-cli" chart "$demo_case" --chart 1 --out "$pdf"

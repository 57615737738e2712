#!/usr/bin/env bash
# README command 1: install what is missing, build, and open Billdeck on its demo data.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${BUILD_DIR:-$root/build}"

"$root/scripts/install-deps.sh"
"$root/scripts/build.sh"

app="$build_dir/app/billdeck"
if [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ] || [ -n "${QT_QPA_PLATFORM:-}" ]; then
    exec "$app" --demo "$@"
fi
echo "demo: no display found; starting Billdeck inside a virtual X server (xvfb-run)."
echo "demo: to see it, run this on a desktop, or add: --screenshot billdeck.png"
exec xvfb-run -a -s "-screen 0 1600x1000x24" "$app" --demo "$@"

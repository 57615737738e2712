#!/usr/bin/env bash
# README command 2: install what is missing, build, and run the whole test suite headless.
# The keychain tests start their own D-Bus session and unlocked gnome-keyring (see
# tests/run-with-keyring.sh); widget tests use the offscreen platform.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${BUILD_DIR:-$root/build}"

"$root/scripts/install-deps.sh"
"$root/scripts/build.sh"
# Scalingo's JavaScript client for the scalingo_js_client test, pinned by package-lock.json.
npm ci --prefix "$root/tests/js" --no-audit --no-fund

cd "$build_dir"
ctest --output-on-failure -j "${JOBS:-2}" "$@"

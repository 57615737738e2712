#!/usr/bin/env bash
# README command 2: install what is missing, build, and run the whole test suite headless, then
# the fuzz targets briefly (scripts/fuzz.sh). CI runs this.
# The keychain tests start their own D-Bus session and unlocked gnome-keyring (see
# tests/run-with-keyring.sh); widget tests use the offscreen platform.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${BUILD_DIR:-$root/build}"

"$root/scripts/install-deps.sh"
"$root/scripts/build.sh"
# Scalingo's JavaScript client for the scalingo_js_client test, pinned by package-lock.json.
npm ci --prefix "$root/tests/js" --no-audit --no-fund

(cd "$build_dir" && ctest --output-on-failure -j "${JOBS:-2}" "$@")

# Then each libFuzzer target (tests/fuzz, clang + ASan + UBSan, in build-fuzz) for a few
# seconds from its seeds: a crash, leak, hang or undefined behaviour fails the run.
# FUZZ_SECONDS=0 skips it.
if [ "${FUZZ_SECONDS:-5}" != 0 ]; then
    "$root/scripts/fuzz.sh" "${FUZZ_SECONDS:-5}"
fi

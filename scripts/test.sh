#!/usr/bin/env bash
# README command 2: install what is missing, build, and run the whole test suite headless, then
# the whole suite again under AddressSanitizer + UndefinedBehaviorSanitizer (scripts/sanitize.sh,
# clang, in build-asan), which also runs each libFuzzer target of tests/fuzz for FUZZ_SECONDS
# (default 5). CI runs this. SANITIZE=0 skips the second pass (for a quick local run; CI runs it).
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

# Then everything again in a clang ASan + UBSan build, the fuzz targets included (a crash, leak,
# hang or undefined behaviour fails the run). FUZZ_SECONDS=0 leaves the fuzz targets out;
# scripts/fuzz.sh runs them for longer.
if [ "${SANITIZE:-1}" != 0 ]; then
    "$root/scripts/sanitize.sh" "$@"
fi

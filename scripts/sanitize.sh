#!/usr/bin/env bash
# The whole test suite again under AddressSanitizer + UndefinedBehaviorSanitizer, in ./build-asan
# (override with ASAN_BUILD_DIR). Built with clang, so the libFuzzer targets of tests/fuzz are
# built there too and each fuzzes for a few seconds as part of the suite (LABELS fuzz).
# scripts/test.sh runs this after the normal suite; extra arguments go to ctest.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${ASAN_BUILD_DIR:-$root/build-asan}"
jobs="${JOBS:-2}"

start=$(date +%s)
# Debug keeps Q_ASSERT on, in our code and in Qt's headers (QList bounds); -O1 keeps it quick.
cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=Debug \
    "-DCMAKE_CXX_FLAGS_DEBUG=-O1 -g" -DBILLDECK_WERROR=ON -DBILLDECK_SANITIZE=ON -DBILLDECK_FUZZ=ON
cmake --build "$build_dir" -j "$jobs"
built=$(date +%s)

# Left to the normal build: the package test (it packages that build) and the translations
# check (it compiles nothing).
status=0
(cd "$build_dir" && ctest --output-on-failure -j "$jobs" -LE '^(package|l10n)$' "$@") || status=$?
echo "sanitize: built in $((built - start)) s, tests ran in $(($(date +%s) - built)) s"
cat "$build_dir"/tests/fuzz/logs/*.summary 2>/dev/null || true
exit "$status"

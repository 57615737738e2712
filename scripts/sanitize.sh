#!/usr/bin/env bash
# The whole test suite again under AddressSanitizer + UndefinedBehaviorSanitizer, in ./build-asan
# (override with ASAN_BUILD_DIR). Built with clang, so the libFuzzer targets of tests/fuzz are
# built there too and each fuzzes for FUZZ_SECONDS (default 5; 0 leaves them out) as part of the
# suite (LABELS fuzz); scripts/fuzz.sh runs them longer in a build of their own.
# scripts/test.sh (and so CI) runs this after the normal suite; extra arguments go to ctest.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${ASAN_BUILD_DIR:-$root/build-asan}"
jobs="${JOBS:-2}"
fuzz_seconds="${FUZZ_SECONDS:-5}"

# Left to the normal build: the package test (it packages that build), the translations check
# (it compiles nothing) and the benchmarks (their timings mean nothing here; not even built).
excluded='package|l10n|benchmark'
fuzz_options=()
if [ "$fuzz_seconds" = 0 ]; then
    excluded="$excluded|fuzz"
else
    fuzz_options=("-DBILLDECK_FUZZ_SECONDS=$fuzz_seconds")
fi

start=$(date +%s)
# Debug keeps Q_ASSERT on, in our code and in Qt's headers (QList bounds); -O1 keeps it quick.
cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=Debug \
    "-DCMAKE_CXX_FLAGS_DEBUG=-O1 -g" -DBILLDECK_WERROR=ON -DBILLDECK_SANITIZE=ON -DBILLDECK_FUZZ=ON \
    -DBILLDECK_BENCHMARKS=OFF "${fuzz_options[@]}"
cmake --build "$build_dir" -j "$jobs"
built=$(date +%s)

# Only this run's fuzz figures are printed at the end.
rm -f "$build_dir"/tests/fuzz/logs/*.summary
status=0
(cd "$build_dir" && ctest --output-on-failure -j "$jobs" -LE "^($excluded)\$" "$@") || status=$?
echo "sanitize: built in $((built - start)) s, tests ran in $(($(date +%s) - built)) s (load average $(cut -d' ' -f1-3 /proc/loadavg))"
if [ "$fuzz_seconds" != 0 ]; then
    cat "$build_dir"/tests/fuzz/logs/*.summary 2>/dev/null || true
fi
exit "$status"

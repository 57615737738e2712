#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz with clang (ASan + UBSan) into ./build-fuzz
# (override with FUZZ_BUILD_DIR) and runs each for [seconds] (default 300), JOBS at a time.
# The corpus each one grows is kept in build-fuzz/tests/fuzz/corpus/ for the next run; an input
# that crashes, hangs, leaks or hits undefined behaviour is kept in build-fuzz/tests/fuzz/
# artifacts/ (replay: build-fuzz/tests/fuzz/fuzz_<name> <file>). Prints what each one did.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
seconds="${1:-300}"
build_dir="${FUZZ_BUILD_DIR:-$root/build-fuzz}"
jobs="${JOBS:-2}"

# Debug keeps Q_ASSERT on; -O1 keeps the fuzzer fast enough.
cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=Debug \
    "-DCMAKE_CXX_FLAGS_DEBUG=-O1 -g" -DBILLDECK_WERROR=ON -DBILLDECK_FUZZ=ON -DBILLDECK_FUZZ_SECONDS="$seconds"
cmake --build "$build_dir" --target billdeck_fuzzers -j "$jobs"
status=0
(cd "$build_dir" && ctest -L fuzz -j "$jobs" --output-on-failure) || status=$?
cat "$build_dir"/tests/fuzz/logs/*.summary
exit "$status"

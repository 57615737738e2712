#!/usr/bin/env bash
# Builds the Debian package of Billdeck and prints its path (only that, on standard output).
# Uses the build dir ./build (override with BUILD_DIR): configures and builds it first if it
# was never configured, else brings it up to date. The .deb and billdeck-dbgsym's .ddeb (the
# debug symbols) are written to <build dir>/packages, replacing what was there.
# Needs dpkg-dev (dpkg-shlibdeps), file, binutils and help2man: scripts/install-deps.sh.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build_dir="${BUILD_DIR:-$root/build}"
jobs="${JOBS:-$(nproc)}"

# Everything but the package's path goes to standard error, so `deb=$(scripts/package.sh)` works.
if [ -f "$build_dir/CMakeCache.txt" ]; then
    cmake --build "$build_dir" -j "$jobs" >&2
else
    BUILD_DIR="$build_dir" "$root/scripts/build.sh" >&2
fi

out_dir="$build_dir/packages"
rm -rf "$out_dir"
cpack -G DEB --config "$build_dir/CPackConfig.cmake" -B "$out_dir" >&2

shopt -s nullglob
debs=("$out_dir"/billdeck_*.deb)
if [ ${#debs[@]} -ne 1 ]; then
    echo "package: expected one billdeck_*.deb in $out_dir, found ${#debs[@]}" >&2
    exit 1
fi
echo "${debs[0]}"

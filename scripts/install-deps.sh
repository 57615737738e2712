#!/usr/bin/env bash
# Installs what Billdeck needs to build, run and test on Debian 12 (bookworm).
# Safe to run again: it only calls apt when something is missing.
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools
    qt6-charts-dev libqt6opengl6-dev          # Qt Charts' CMake package needs Qt6OpenGL
    qt6-httpserver-dev qt6-websockets-dev     # Qt HttpServer's CMake package needs Qt6WebSockets
    qt6-pdf-dev qtkeychain-qt6-dev qt6-tools-dev qt6-l10n-tools libqt6sql6-sqlite
    qt6-svg-dev                               # Costs page: export the chart as SVG
    qt6-translations-l10n                     # Qt's own strings in French (qtbase_fr.qm)
    qt6-qpa-plugins libgl1-mesa-dev
    xvfb xauth                                # a display for headless runs
    dbus dbus-x11 gnome-keyring libsecret-1-0 # the Secret Service keychain, headless
    fonts-dejavu-core
    clang libclang-rt-dev                     # the sanitizer build and libFuzzer (scripts/sanitize.sh, fuzz.sh)
    # The package test: build the .deb (scripts/package.sh) and check it
    dpkg-dev file binutils help2man            # dpkg-shlibdeps, CPack's ELF scan, strip, man pages
    lintian desktop-file-utils appstream       # lintian, desktop-file-validate, appstreamcli
)
# Node.js runs the test with Scalingo's own JavaScript client (tests/js); a node that is
# already installed (any source) is used as it is.
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
    packages+=(nodejs npm)
fi

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q '^install ok installed$'; then
        missing+=("$package")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#packages[@]} packages are installed"
    exit 0
fi

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    sudo_cmd=(sudo)
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -q
"${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"

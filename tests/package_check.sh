#!/usr/bin/env bash
# The package test: builds the .deb with scripts/package.sh from the build dir under test and
# checks it as Debian and the desktop would. Fails on any lintian error or warning (there is no
# override: one would go, with its reason, in a packaging/debian/billdeck.lintian-overrides
# installed as /usr/share/lintian/overrides/billdeck), on any desktop-file-validate or
# appstreamcli error, and when the package's contents, version or programs are not what they
# should be.
# Usage: package_check.sh <source dir> <build dir>
set -uo pipefail
root="$1"
build_dir="$2"

failures=0
checks=0
pass() { checks=$((checks + 1)); echo "ok: $*"; }
fail() { checks=$((checks + 1)); failures=$((failures + 1)); echo "FAIL: $*"; }
# check <description> <command...>: runs the command, passes when it exits 0.
check() {
    local what="$1"
    shift
    if "$@"; then pass "$what"; else fail "$what"; fi
}

for tool in lintian desktop-file-validate appstreamcli dpkg-deb help2man; do
    if ! command -v "$tool" >/dev/null; then
        echo "FAIL: $tool is not installed (scripts/install-deps.sh installs it)"
        exit 1
    fi
done

if ! deb="$(BUILD_DIR="$build_dir" JOBS="${JOBS:-2}" "$root/scripts/package.sh")"; then
    echo "FAIL: scripts/package.sh"
    exit 1
fi
echo "package: $deb"
version="$(dpkg-deb -f "$deb" Version)"
arch="$(dpkg-deb -f "$deb" Architecture)"
ddeb="$(dirname "$deb")/billdeck-dbgsym_${version}_${arch}.ddeb"
check "the debug symbols package is beside it" test -f "$ddeb"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# --- lintian: both packages, errors and warnings fail (info and pedantic tags are shown) ---
echo "--- lintian"
packages=("$deb")
[ -f "$ddeb" ] && packages+=("$ddeb")
# Lintian says it prefers not to run as root; CI runs as root, and lintian only reads here.
lintian --display-info --fail-on error,warning "${packages[@]}" 2>&1 |
    grep -v '^running with root privileges is not recommended!$' | tee "$work/lintian.txt"
lintian_status=${PIPESTATUS[0]}
check "lintian: no error, no warning" test "$lintian_status" -eq 0
check "lintian: no E: or W: line" bash -c "! grep -q '^[EW]: ' '$work/lintian.txt'"

# --- contents ---
dpkg-deb -c "$deb" | awk '{ print $6 }' | sed 's|^\./|/|' >"$work/contents.txt"
for path in /usr/bin/billdeck /usr/libexec/billdeck/billdeck-demo-server \
    /usr/share/applications/org.billdeck.Billdeck.desktop \
    /usr/share/metainfo/org.billdeck.Billdeck.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/org.billdeck.Billdeck.svg \
    /usr/share/man/man1/billdeck.1.gz /usr/share/man/man1/billdeck-demo-server.1.gz \
    /usr/share/doc/billdeck/copyright /usr/share/doc/billdeck/changelog.gz; do
    check "the package has $path" grep -qxF "$path" "$work/contents.txt"
done
check "only the app is on the search path" \
    test "$(grep -c '^/usr/bin/[^/]' "$work/contents.txt")" -eq 1
check "everything is under /usr" bash -c "! grep -v '^/usr/\\|^/$' '$work/contents.txt'"

dpkg-deb -x "$deb" "$work/root"

# --- desktop entry and AppStream metainfo, as installed ---
echo "--- desktop-file-validate"
check "desktop-file-validate" \
    desktop-file-validate "$work/root/usr/share/applications/org.billdeck.Billdeck.desktop"
echo "--- appstreamcli validate"
# --no-net: the screenshot and homepage addresses are not fetched (no network in CI).
check "appstreamcli validate" \
    appstreamcli validate --no-net --explain "$work/root/usr/share/metainfo/org.billdeck.Billdeck.metainfo.xml"

# --- the programs run from the package, and say the package's version ---
app_version="$(QT_QPA_PLATFORM=offscreen "$work/root/usr/bin/billdeck" --version 2>&1)"
echo "billdeck --version: $app_version"
check "billdeck --version is the package's ($version)" test "$app_version" = "billdeck $version"
server_version="$("$work/root/usr/libexec/billdeck/billdeck-demo-server" --version 2>&1)"
check "billdeck-demo-server --version is the package's" \
    test "$server_version" = "billdeck-demo-server $version"

# --- one version everywhere: the Debian changelog and AppStream's newest release ---
changelog_version="$(zcat "$work/root/usr/share/doc/billdeck/changelog.gz" | sed -n '1s/^billdeck (\([^)]*\)).*/\1/p')"
check "the changelog's newest entry is $version (it says '$changelog_version')" \
    test "$changelog_version" = "$version"
release_version="$(grep -o '<release version="[^"]*"' \
    "$work/root/usr/share/metainfo/org.billdeck.Billdeck.metainfo.xml" | head -1 | cut -d'"' -f2)"
check "AppStream's newest release is $version (it says '$release_version')" \
    test "$release_version" = "$version"

# --- manual pages come from --help: they name options the programs have ---
check "billdeck(1) documents --demo" bash -c \
    "zcat '$work/root/usr/share/man/man1/billdeck.1.gz' | grep -q -- '\\\\-\\\\-demo'"
check "billdeck-demo-server(1) documents --port" bash -c \
    "zcat '$work/root/usr/share/man/man1/billdeck-demo-server.1.gz' | grep -q -- '\\\\-\\\\-port'"

# --- stripped binaries whose debug symbols are in the .ddeb, by build ID ---
if [ -f "$ddeb" ]; then
    dpkg-deb -c "$ddeb" | awk '{ print $6 }' | sed 's|^\./|/|' >"$work/dbgsym.txt"
    for program in usr/bin/billdeck usr/libexec/billdeck/billdeck-demo-server; do
        binary="$work/root/$program"
        check "$program has no symbol table" bash -c "! readelf -S '$binary' | grep -q '\\.symtab'"
        check "$program has no debug sections" bash -c "! readelf -S '$binary' | grep -q '\\.debug_'"
        build_id="$(readelf -n "$binary" | sed -n 's/.*Build ID: \([0-9a-f]*\).*/\1/p')"
        check "$program's symbols are in the .ddeb (build ID ${build_id:-none})" \
            grep -qxF "/usr/lib/debug/.build-id/${build_id:0:2}/${build_id:2}.debug" "$work/dbgsym.txt"
    done
fi

echo "$((checks - failures)) passed, $failures failed"
[ "$failures" -eq 0 ]

#!/usr/bin/env bash
# Runs a test inside a private D-Bus session with its own unlocked gnome-keyring (Secret
# Service), so keychain tests hit a real keychain without touching the user's own keyring or
# needing a desktop session.
#
#   tests/run-with-keyring.sh <test executable> [args...]
#
# The test sees BILLDECK_PRIVATE_KEYRING=1 and treats a missing keychain as a failure.
set -euo pipefail

if [ "$#" -lt 1 ]; then
    echo "usage: $0 <command> [args...]" >&2
    exit 2
fi
for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "run-with-keyring: $tool is not installed (Debian: dbus, gnome-keyring)" >&2
        exit 1
    fi
done

scratch="$(mktemp -d "${TMPDIR:-/tmp}/billdeck-keyring.XXXXXX")"
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/data" "$scratch/runtime"
chmod 700 "$scratch/runtime"
# The keyring files land in XDG_DATA_HOME/keyrings, its control socket in XDG_RUNTIME_DIR.
export XDG_DATA_HOME="$scratch/data"
export XDG_RUNTIME_DIR="$scratch/runtime"
export BILLDECK_PRIVATE_KEYRING=1
unset DBUS_SESSION_BUS_ADDRESS GNOME_KEYRING_CONTROL

dbus-run-session -- bash -c '
    eval "$(printf "billdeck-test\n" | gnome-keyring-daemon --unlock --components=secrets)"
    export GNOME_KEYRING_CONTROL SSH_AUTH_SOCK
    exec "$@"
' run-with-keyring "$@"

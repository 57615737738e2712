#!/usr/bin/env bash
# Brings resources/translations/*.ts up to date with the sources: new strings are added as
# unfinished, strings gone from the code are dropped. Translate the unfinished ones (Qt Linguist,
# or any editor) and commit; the l10n test (tests/check_translations.py) fails until none is left.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
lupdate="${LUPDATE:-}"
if [ -z "$lupdate" ]; then
    for candidate in /usr/lib/qt6/bin/lupdate "$(command -v lupdate6 || true)" "$(command -v lupdate || true)"; do
        if [ -n "$candidate" ] && [ -x "$candidate" ]; then
            lupdate="$candidate"
            break
        fi
    done
fi
if [ -z "$lupdate" ]; then
    echo "update-translations: lupdate not found (Debian: qt6-l10n-tools); set LUPDATE" >&2
    exit 1
fi
cd "$root"
# Line numbers are left out of the .ts: they would change with every edit of the code.
# English is the source language: its .ts holds only the plural forms ("%n invoice(s)").
for ts in resources/translations/billdeck_*.ts; do
    options=()
    case "$ts" in
    *_en.ts) options=(-pluralonly) ;;
    esac
    "$lupdate" "${options[@]}" -no-obsolete -locations none app ui models -ts "$ts"
done

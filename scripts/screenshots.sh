#!/usr/bin/env bash
# Renders every page each demo account offers, at 1440x900 and 1024x640, in a light (offscreen)
# and a dark (Xvfb + KDE Breeze Dark kdeglobals) palette, plus a failing account, the invoice
# detail with its PDF preview and a Costs month, into one folder (default ./shots).
#   scripts/screenshots.sh [OUT_DIR] [light|dark|both]
# Needs xvfb-run for the dark ones; DARK_KDEGLOBALS points at a kdeglobals with dark colours.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
app="${BILLDECK:-$root/build/app/billdeck}"
out="${1:-$root/shots}"
themes="${2:-both}"
kdeglobals="${DARK_KDEGLOBALS:-$root/../shared/dark/kdeglobals}"
pages=(invoices overview catalog costs operations contacts profile tax payment-methods)
sizes=(1440x900 1024x640)
mkdir -p "$out"
failures=0

# shoot THEME FILE ARGS...: one picture in a fresh home (no saved account, no stored data).
shoot() {
    local theme=$1 file=$2
    shift 2
    local home
    home=$(mktemp -d)
    mkdir -p "$home/.config" "$home/.local"
    local env=(HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local")
    if [[ $theme == dark ]]; then
        cp "$kdeglobals" "$home/.config/"
        env+=(XDG_CURRENT_DESKTOP=KDE KDE_SESSION_VERSION=5 KDE_FULL_SESSION=true QT_QPA_PLATFORM=xcb)
        env "${env[@]}" xvfb-run -a -s "-screen 0 1920x1200x24" "$app" "$@" --screenshot "$out/$file" \
            >"$out/${file%.png}.log" 2>&1
    else
        env "${env[@]}" QT_QPA_PLATFORM=offscreen "$app" "$@" --screenshot "$out/$file" \
            >"$out/${file%.png}.log" 2>&1
    fi
    local rc=$?
    rm -rf "$home"
    [[ -s "$out/${file%.png}.log" ]] || rm -f "$out/${file%.png}.log"
    return $rc
}

case $themes in
both) theme_list=(light dark) ;;
*) theme_list=("$themes") ;;
esac

for theme in "${theme_list[@]}"; do
    for size in "${sizes[@]}"; do
        for account in "Demo SkySQL" "Demo Scalingo" all; do
            tag=$(tr 'A-Z ' 'a-z-' <<<"$account")
            for page in "${pages[@]}"; do
                file="$theme-$size-$tag-$page.png"
                if ! shoot "$theme" "$file" --demo --account "$account" --page "$page" --size "$size"; then
                    # A page the account does not offer is refused: no picture, not a failure.
                    if grep -q "has no \"$page\" page" "$out/${file%.png}.log" 2>/dev/null; then
                        rm -f "$out/$file" "$out/${file%.png}.log"
                        continue
                    fi
                    echo "FAILED: $file (see ${file%.png}.log)" >&2
                    failures=$((failures + 1))
                fi
            done
            shoot "$theme" "$theme-$size-$tag-invoice-pdf.png" --demo --account "$account" --preview-pdf --size "$size" \
                || { echo "FAILED: $theme-$size-$tag-invoice-pdf.png" >&2; failures=$((failures + 1)); }
        done
        shoot "$theme" "$theme-$size-all-costs-month.png" --demo --account all --page costs \
            --costs-month "$(date -d "$(date +%Y-%m-01) -2 month" +%Y-%m)" --size "$size" \
            || { echo "FAILED: $theme-$size-all-costs-month.png" >&2; failures=$((failures + 1)); }
        # A failing account: nothing listens on port 9. It exits 1 and still saves the picture.
        for page in invoices costs; do
            BILLDECK_SKYSQL_API_KEY=x shoot "$theme" "$theme-$size-failing-$page.png" --provider skysql \
                --api-url http://127.0.0.1:9 --page "$page" --size "$size"
            [[ -s "$out/$theme-$size-failing-$page.png" ]] \
                || { echo "FAILED: $theme-$size-failing-$page.png" >&2; failures=$((failures + 1)); }
        done
    done
done
echo "$(ls "$out"/*.png 2>/dev/null | wc -l) pictures in $out; $failures failed"
[[ $failures -eq 0 ]]

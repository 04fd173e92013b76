#!/usr/bin/env bash
# Regenerates the user guide's screenshots from the real console, so the pictures follow the UI
# instead of being hand-made: for each language and each guide picture, one headless
# `syncdesk --screenshot` run on the sandbox.
#
#   usage: docs/user-guide/make-screenshots.sh [PATH/TO/syncdesk] [LANG…]
#     PATH/TO/syncdesk  a built console (default: build/app/syncdesk); this script builds nothing
#     LANG…             en, de, ja (default: all three)
#   e.g.   docs/user-guide/make-screenshots.sh build/app/syncdesk de
#
# Writes docs/user-guide/images/<lang>/<name>.png. Needs xvfb-run (xvfb), dbus-run-session and
# gnome-keyring-daemon (for .ci/private-keyring) and fonts-noto-cjk for the Japanese pictures.
#
# Each run gets a fresh temporary HOME (and XDG folders, and profile folder) so no settings,
# profiles, window geometry or keychain entries of the person running it leak into a picture, and
# its own throwaway keyring: the sandbox's secrets go to a real Secret Service that nobody has to
# unlock. Runs are sequential on purpose (the machines this runs on have few cores and the monitor
# pictures need the simulated team's events to arrive in time).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)

app=${1:-$root/build/app/syncdesk}
[ $# -gt 0 ] && shift
langs=("$@")
[ ${#langs[@]} -eq 0 ] && langs=(en de ja)

if [ ! -x "$app" ]; then
  echo "make-screenshots: no syncdesk at $app; build it first (cmake --build build --target syncdesk) or pass its path" >&2
  exit 2
fi
app=$(cd "$(dirname "$app")" && pwd)/$(basename "$app")
for tool in xvfb-run dbus-run-session gnome-keyring-daemon; do
  if ! command -v "$tool" >/dev/null; then
    echo "make-screenshots: $tool is needed (apt-get install xvfb dbus-daemon gnome-keyring libsecret-1-0)" >&2
    exit 2
  fi
done
for l in "${langs[@]}"; do
  case $l in en | de | ja) ;; *) echo "make-screenshots: unknown language $l (use en, de or ja)" >&2; exit 2 ;; esac
done

# Fixed window size, style, scale, time zone and locale: the same picture on every machine.
size=1280x800
export QT_STYLE_OVERRIDE=Fusion QT_SCALE_FACTOR=1 QT_AUTO_SCREEN_SCALE_FACTOR=0 QT_ENABLE_HIGHDPI_SCALING=0
export TZ=UTC LC_ALL=C.UTF-8 LANG=C.UTF-8
unset QT_QPA_PLATFORMTHEME QT_QPA_PLATFORM DBUS_SESSION_BUS_ADDRESS

# Milliseconds to wait before the picture: the sandbox's data loads in well under a second; the
# monitor, the Overview's event row and the engagement timeline need the simulated team's live
# events, which start arriving after about two seconds.
short=1500
live=4000

# The guide's pictures: NAME|DELAY|ARGUMENTS (all runs add --sandbox unless ARGUMENTS start with
# "nosandbox"). The names are what the pages link to (../images/<lang>/NAME.png).
shots=(
  "overview|$live|--area overview"
  "zoom-credentials|$short|--area zoom"
  "zoom-test-connection|$short|--area zoom --test-connection"
  "acd-connection|$short|--area acd/connection"
  "acd-mapping|$short|--area acd/mapping"
  "acd-addressbooks|$short|--area acd/addressbooks"
  "acd-directory|$short|--area acd/directory"
  "salesforce-prerequisites|$short|--area salesforce/prerequisites"
  "salesforce-mapping|$short|--area salesforce/mapping"
  "salesforce-statuses|$short|--area salesforce/statuses"
  "salesforce-rules|$short|--area salesforce/rules"
  "salesforce-simulator|$short|--area salesforce/simulator"
  "cc-advisor|$short|--area contactcenter/advisor"
  "cc-cti|$short|--area contactcenter/cti"
  "cc-flowscript|$short|--area contactcenter/flowscript"
  "cc-timeline|$live|--area contactcenter/timeline"
  "cc-reconcile|$short|--area contactcenter/reconcile"
  "monitor|$live|--area monitor"
  "setup-profile|$short|nosandbox --page profile"
  "setup-checklist|$short|--page checklist"
  "setup-credentials|$short|--page credentials"
  "setup-acd-connection|$short|--page acd-connection"
  "setup-acd-mapping|$short|--page acd-mapping"
  "setup-salesforce-mapping|$short|--page salesforce-mapping"
)
# The welcome page exists only in builds that have --welcome; ask this build, not the source.
if "$app" --help 2>/dev/null | grep -q -- '--welcome'; then
  shots=("welcome|$short|nosandbox --welcome" "${shots[@]}")
fi

shoot() { # LANG NAME DELAY ARGS…
  local lang=$1 name=$2 delay=$3
  shift 3
  local home out
  home=$(mktemp -d "${TMPDIR:-/tmp}/syncdesk-shot.XXXXXX")
  out=$here/images/$lang/$name.png
  mkdir -p "$home/profiles" "$home/.config" "$home/.local/share" "$home/.local/state" "$home/.cache" \
    "$(dirname "$out")"
  rm -f "$out"
  local status=0
  HOME=$home XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share \
    XDG_STATE_HOME=$home/.local/state XDG_CACHE_HOME=$home/.cache XDG_RUNTIME_DIR=$home \
    timeout 120 xvfb-run -a -s "-screen 0 1400x900x24" "$root/.ci/private-keyring" \
    "$app" --lang "$lang" --profile-dir "$home/profiles" --size "$size" \
    --screenshot "$out" --screenshot-delay "$delay" "$@" >"$home/log" 2>&1 || status=$?
  if [ $status -ne 0 ] || [ ! -s "$out" ]; then
    echo "make-screenshots: $lang/$name failed (exit $status):" >&2
    sed 's/^/  /' "$home/log" >&2
    rm -rf "$home"
    return 1
  fi
  rm -rf "$home"
  # Screenshots are flat UI colours: pngquant's palette keeps them visually identical at about a
  # third of the size (monitor.png: 255 KB -> 87 KB), which keeps the repository and the .deb small.
  if command -v pngquant >/dev/null; then
    pngquant --quality 70-95 --speed 1 --force --skip-if-larger --output "$out" "$out" || true
  fi
}

failed=0
for lang in "${langs[@]}"; do
  start=$(date +%s)
  for shot in "${shots[@]}"; do
    IFS='|' read -r name delay args <<<"$shot"
    read -r -a argv <<<"$args"
    if [ "${argv[0]}" = nosandbox ]; then argv=("${argv[@]:1}"); else argv=(--sandbox "${argv[@]}"); fi
    shoot "$lang" "$name" "$delay" "${argv[@]}" || failed=$((failed + 1))
  done
  echo "make-screenshots: $lang: ${#shots[@]} pictures in $(($(date +%s) - start)) s"
done
if [ $failed -ne 0 ]; then
  echo "make-screenshots: $failed pictures failed" >&2
  exit 1
fi

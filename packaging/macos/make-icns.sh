#!/usr/bin/env bash
# Regenerates packaging/macos/syncdesk.icns from resources/icons/syncdesk.svg (the one source of
# the app icon), so the checked-in .icns is a build product anyone can redo, not a hand-made file.
# Debian 12: apt-get install librsvg2-bin icnsutils (on a Mac, iconutil does the same from an
# .iconset folder). Run after changing the SVG; commit the result.
set -euo pipefail
cd "$(dirname "$0")/../.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pngs=()
for size in 16 32 128 256 512 1024; do
  rsvg-convert -w "$size" -h "$size" resources/icons/syncdesk.svg -o "$tmp/$size.png"
  pngs+=("$tmp/$size.png")
done
png2icns packaging/macos/syncdesk.icns "${pngs[@]}"
icns2png -l packaging/macos/syncdesk.icns

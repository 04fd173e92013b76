#!/usr/bin/env bash
# Regenerates packaging/windows/syncdesk.ico from resources/icons/syncdesk.svg (the one source of
# the app icon), so the checked-in .ico is a build product anyone can redo, not a hand-made file.
# Debian 12: apt-get install librsvg2-bin icoutils. Run after changing the SVG; commit the result.
set -euo pipefail
cd "$(dirname "$0")/../.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for size in 16 24 32 48 256; do
  rsvg-convert -w "$size" -h "$size" resources/icons/syncdesk.svg -o "$tmp/$size.png"
done
# 256 px is stored as PNG (-r): what Windows Vista and later expect, and 10x smaller than a BMP.
icotool -c -o packaging/windows/syncdesk.ico \
  "$tmp/16.png" "$tmp/24.png" "$tmp/32.png" "$tmp/48.png" -r "$tmp/256.png"
icotool -l packaging/windows/syncdesk.ico

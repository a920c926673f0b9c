#!/bin/sh
# Screenshot an HTML file with headless Chromium, to check the rendered documents by eye.
#   usage: scripts/dev/screenshot.sh PAGE.html [OUT.png] [WIDTHxHEIGHT]
# Writes OUT.png (default: /tmp/<page name>.png, so screenshots stay out of the repository).
# Needs chromium (apt-get install -y chromium).
set -eu
if [ $# -lt 1 ] || [ $# -gt 3 ]; then
    echo "usage: $0 PAGE.html [OUT.png] [WIDTHxHEIGHT]" >&2
    exit 64
fi
page=$1
[ -f "$page" ] || { echo "$0: $page: no such file" >&2; exit 66; }
base=$(basename "$page")
out=${2:-/tmp/${base%.*}.png}
size=${3:-1400x1000}
case $page in /*) abs=$page ;; *) abs=$(pwd)/$page ;; esac
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
[ -n "$browser" ] || { echo "$0: chromium not found (apt-get install -y chromium)" >&2; exit 69; }
"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars \
    --screenshot="$out" --window-size="$(echo "$size" | tr x ,)" "file://$abs" >/dev/null 2>&1
echo "wrote $out"

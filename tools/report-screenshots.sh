#!/usr/bin/env bash
# Makes the screenshots of docs/reports.md: each report's HTML page over the eu-agency
# example as of 2026-03-31, in headless Chromium (Debian chromium), into docs/images/.
#
# Usage: tools/report-screenshots.sh [DUES_BINARY]   (default build/dev/src/dues)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
dues=${1:-$root/build/dev/src/dues}
command -v chromium >/dev/null || { echo "report-screenshots: chromium is not installed" >&2; exit 5; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export DUES_TODAY=2026-03-31 DUES_NO_CACHE=1 HOME=$tmp
ledger=$root/examples/eu-agency
shoot() { # NAME ARGS...
  local name=$1
  shift
  "$dues" -C "$ledger" "$@" --format html >"$tmp/$name.html"
  timeout 120 chromium --headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage \
    --hide-scrollbars --window-size=1000,760 --screenshot="$tmp/$name.png" \
    "file://$tmp/$name.html" >/dev/null 2>&1
  mv "$tmp/$name.png" "$root/docs/images/report-$name.png"
  echo "docs/images/report-$name.png"
}
mkdir -p "$root/docs/images"
shoot aging aging
shoot dso report dso --currency EUR
shoot forecast report forecast --currency EUR --by week --periods 8
shoot risk report risk --currency EUR
shoot tax report tax --period 2026-Q1 --currency EUR
shoot payments report payments --currency EUR

#!/usr/bin/env bash
# Regenerates the man pages docs/man/*.1 from their pandoc sources docs/man/*.1.md.
#
# Usage: tools/gen-man.sh [OUTPUT_DIR]    (default: docs/man, next to the sources)
#
# In the sources, write options as **\-\-today**: pandoc's smart punctuation would turn
# a bare `--` into an en dash. tests/lint/check-docs.sh catches a dash that slipped
# through; tests/lint/check-man-fresh.sh checks the committed pages are up to date.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
out=${1:-$root/docs/man}
mkdir -p "$out"
for source in "$root"/docs/man/*.1.md; do
  page=$(basename "$source" .md)
  pandoc -s -t man "$source" -o "$out/$page"
done

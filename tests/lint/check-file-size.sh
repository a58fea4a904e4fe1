#!/usr/bin/env bash
# No source file in src/ is longer than 600 lines: split it where the code has a seam.
# Usage: check-file-size.sh REPO_ROOT [DUES_BINARY]
set -euo pipefail
root=${1:?usage: check-file-size.sh REPO_ROOT}
limit=600
cd "$root"

status=0
while IFS= read -r file; do
  lines=$(wc -l <"$file")
  if ((lines > limit)); then
    echo "$file: $lines lines (at most $limit)" >&2
    status=1
  fi
done < <(find src -type f \( -name '*.cpp' -o -name '*.hpp' -o -name '*.h' \) | sort)

exit $status

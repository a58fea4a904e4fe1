#!/usr/bin/env bash
# Times every `dues report` (and aging, and the xlsx/html writers) on a generated ledger:
# wall time and peak memory (RSS) per command, the best of BENCH_REPEAT runs. The target
# (issue 15) is every report on the 1M-invoice ledger in at most 1.5 s and 1 GiB; run
# small sizes on a shared machine. Not part of the test suite.
#
# Usage: bench/reports.sh [SIZE]        (default 10000 invoices)
# Environment: DUES (default build/release/src/dues, else build/dev/src/dues: a debug
# build is several times slower), BENCH_REPEAT (default 3), BENCH_OUT (default bench/out).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
out=${BENCH_OUT:-$root/bench/out}
repeat=${BENCH_REPEAT:-3}
size=${1:-10000}
today=2026-11-15
[[ $size == *[!0-9]* || -z $size ]] && { echo "bench/reports.sh: not a size: '$size'" >&2; exit 2; }
dues=${DUES:-$root/build/release/src/dues}
[[ -x $dues ]] || dues=$root/build/dev/src/dues
[[ -x $dues ]] || { echo "bench/reports.sh: no dues binary; build first" >&2; exit 5; }
[[ -x /usr/bin/time ]] || { echo "bench/reports.sh: GNU time is missing (Debian 'time')" >&2; exit 5; }

mkdir -p "$out"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
meta() { :; }
# shellcheck source=bench/inputs.sh
. "$root/bench/inputs.sh"
ensure_ledger "$size"

export DUES_TODAY=$today DUES_NO_CACHE=1 NO_COLOR=1
commands=(
  "report dso"
  "report dso --by quarter --periods 8"
  "report forecast"
  "report forecast --by week --periods 12"
  "report risk"
  "report tax --period 2026-Q3"
  "report payments"
  "report risk --format html"
  "report payments --format xlsx"
  "aging --format xlsx"
)
echo "dues report bench: $size invoices ($(basename "$ledger")), $(basename "$(dirname "$(dirname "$dues")")") build, best of $repeat"
printf '%-40s %9s %9s\n' command seconds "RSS MiB"
for command in "${commands[@]}"; do
  best_time= best_rss=
  for ((i = 0; i < repeat; i++)); do
    # shellcheck disable=SC2086
    /usr/bin/time -f '%e %M' -o "$tmp/time" "$dues" -C "$ledger" $command >"$tmp/output" 2>"$tmp/err" ||
      { [[ $command == "report risk"* ]] || { cat "$tmp/err" >&2; exit 1; }; }
    read -r seconds kib <"$tmp/time"
    if [[ -z $best_time ]] || awk -v a="$seconds" -v b="$best_time" 'BEGIN { exit !(a < b) }'; then
      best_time=$seconds best_rss=$kib
    fi
  done
  printf '%-40s %9s %9d\n' "$command" "$best_time" $((best_rss / 1024))
done

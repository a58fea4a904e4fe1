# shellcheck shell=bash
# What the small one-feature benchmarks share (export.sh, import.sh): sourced after
# `root`, `size` and `out` are set. Picks the binary, generates the ledger once, fixes the
# day, and defines `measure`.
#
# Environment: DUES (default: build/release/src/dues, else build/dev/src/dues).

dues=${DUES:-}
if [[ -z $dues ]]; then
  dues=$root/build/release/src/dues
  [[ -x $dues ]] || dues=$root/build/dev/src/dues
fi
mkdir -p "$out"
if [[ ! -f $out/ledger/dues.toml ]]; then
  /usr/bin/python3 "$root/bench/gen_ledger.py" "$out/ledger" --invoices "$size" --seed 42 >/dev/null
fi
export LC_ALL=C.UTF-8 DUES_TODAY=2026-11-15 DUES_NO_CACHE=1

# measure LABEL COMMAND...: one line of wall seconds, CPU seconds and peak RSS in MiB.
measure() {
  local label=$1
  shift
  /usr/bin/time -f "%e %U %S %M" -o "$out/time" "$@" >/dev/null
  read -r wall user sys rss <"$out/time"
  printf '%-34s %8s s wall %8.2f s cpu %8d MiB\n' "$label" "$wall" \
    "$(echo "$user + $sys" | bc)" $((rss / 1024))
}

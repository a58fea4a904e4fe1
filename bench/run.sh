#!/usr/bin/env bash
# The dues benchmark: builds the release binary, generates (or reuses) large ledgers and a
# bank export for each size, and prints wall time, CPU time and peak memory of the main
# commands, against `wc -l` over the same journal as the floor. bench/README.md explains
# the figures and the targets. Not part of the test suite.
#
# Usage: bench/run.sh [--verify] [--cold] [--size N]... [SIZES...]
#                                              (default sizes: 10000 100000 1000000)
#   SIZES, --size N  numbers of invoices; customers are SIZE/100 (at least 20), bank lines
#               SIZE/10 (at least 100; 100,000 at 1M)
#   --verify    also regenerate each ledger and bank file in a scratch folder and compare
#               sha256 sums with the cached ones (the generators must be deterministic)
#   --cold      evict the journal and snapshot files from the page cache before every
#               run (posix_fadvise through dd iflag=nocache: no root, other files stay)
# Environment: BENCH_REPEAT (default 3) runs per command; BENCH_DUES a dues binary to
# measure instead of building the release preset; BENCH_ONLY (an extended regex)
# runs only the commands whose label matches; BENCH_OUT (default bench/out) for
# generated ledgers, scratch copies and results (bench/out is git-ignored).
#
# Generated ledgers are cached in BENCH_OUT, keyed by the generator's arguments and a hash
# of the generator itself, so a rerun reuses them (1M invoices take about a minute
# and 408 MB). Every run's table is also saved in BENCH_OUT/results/.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
out=${BENCH_OUT:-$root/bench/out}
repeat=${BENCH_REPEAT:-3}
today=2026-11-15
seed_ledger=42
seed_bank=7
verify=0
cold=0
only=${BENCH_ONLY:-}
sizes=()
want_size=0
for arg in "$@"; do
  if ((want_size)); then
    want_size=0
    [[ $arg =~ ^[0-9]+$ ]] || { echo "bench/run.sh: --size needs a number, not '$arg'" >&2; exit 2; }
    sizes+=("$arg")
    continue
  fi
  case $arg in
    --verify) verify=1 ;;
    --cold) cold=1 ;;
    --size) want_size=1 ;;
    --size=*) arg=${arg#--size=}; [[ $arg =~ ^[0-9]+$ ]] || { echo "bench/run.sh: not a size: '$arg'" >&2; exit 2; }; sizes+=("$arg") ;;
    -h | --help) sed -n '2,21p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *[!0-9]* | '') echo "bench/run.sh: not a size: '$arg'" >&2; exit 2 ;;
    *) sizes+=("$arg") ;;
  esac
done
((${#sizes[@]})) || sizes=(10000 100000 1000000)

if [[ ! -x /usr/bin/time ]]; then
  echo "bench/run.sh: GNU time is missing: run tools/setup (Debian package 'time')" >&2
  exit 5
fi

mkdir -p "$out/results" "$out/work"
stamp=$(date +%Y%m%d-%H%M%S)
raw=$out/results/$stamp.tsv
report=$out/results/$stamp.txt
: >"$raw"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

meta() { printf 'meta\t%s\t%s\t%s\n' "$1" "$2" "$3" >>"$raw"; }

# --- the build (BENCH_DUES: a binary built before, e.g. of another commit) -------------
if [[ -n ${BENCH_DUES:-} ]]; then
  dues=$(realpath "$BENCH_DUES")
else
  echo "building the release preset (build/release) ..." >&2
  (cd "$root" && nice cmake --preset release >"$tmp/build.log" 2>&1 &&
    nice cmake --build --preset release >>"$tmp/build.log" 2>&1) || {
    tail -40 "$tmp/build.log" >&2
    echo "bench/run.sh: the release build failed" >&2
    exit 1
  }
  dues=$root/build/release/src/dues
fi

meta all started "$(date '+%Y-%m-%d %H:%M:%S %Z')"
meta all commit "$(git -C "$root" describe --always --dirty 2>/dev/null || echo unknown)"
meta all machine "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), \
$(nproc) cores, $(free -m | awk '/^Mem:/{printf "%.1f GiB RAM (%.1f GiB available)", $2/1024, $7/1024}')"
mkdir -p "$out"
fs_dev=$(findmnt -n -T "$out" -o SOURCE 2>/dev/null || echo ?)
fs_disk=$(lsblk -n -d -o NAME "$fs_dev" 2>/dev/null | head -1 || true)
meta all storage "$out on $fs_dev ($(findmnt -n -T "$out" -o FSTYPE 2>/dev/null || echo ?)), \
$( [[ -n $fs_disk && -r /sys/block/$fs_disk/queue/rotational ]] &&
  { [[ $(cat "/sys/block/$fs_disk/queue/rotational") == 1 ]] && echo "reported rotational (virtual disks often say so)" || echo "solid state"; } ||
  echo "kind unknown"), $(df -h --output=avail "$out" | tail -1 | tr -d ' ') free"
meta all cache "$( ((cold)) && echo "cold: journal and snapshot evicted before every run" ||
  echo "warm: the journal is read once before measuring")"
meta all load "$(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min) at the start"
meta all nice "$(nice)"
meta all build "$dues (release preset, RelWithDebInfo: -O2 -g, unless BENCH_DUES named another), $(c++ --version | head -1)"
meta all repeat "$repeat"
meta all today "$today"

# --- generated inputs: ensure_ledger and ensure_bank (cached in $out) ---------------------
. "$root/bench/inputs.sh"

# --- measuring ---------------------------------------------------------------------------
work=$out/work/ledger
# Ledger snapshots (the cache that spares a parse when no file changed) go to a folder of
# the benchmark's own, emptied per size, so "first run" rows really parse.
export DUES_CACHE_DIR=$out/cache
unset DUES_NO_CACHE
forget_snapshots() { rm -rf "$DUES_CACHE_DIR"; }
# The journals are hard-linked, except the last one (where every write of the benchmark
# appends: all are dated $today) and the TOML files, which are copied: 130 MB instead of
# 408 MB at 1M, each run.
fresh_copy() {
  rm -rf "$work" && cp -al "$ledger" "$work" || return
  local file last
  last=$(find "$work/journal" -name '*.dues' | LC_ALL=C sort | tail -1)
  for file in "$work"/*.toml "$last"; do
    cp --remove-destination "$ledger/${file#"$work"/}" "$file"
  done
}
# A fresh copy whose snapshot is saved already: what a write meets after any report.
fresh_copy_warm() { fresh_copy && "$dues" -C "$work" --today "$today" aging >/dev/null; }
# The same, then one item description in the middle of the oldest journal file changed
# (a copy of it, not the hard link): the snapshot no longer fits, the next run parses.
fresh_copy_edited_old() {
  fresh_copy_warm || return
  local first
  first=$(find "$work/journal" -name '*.dues' | LC_ALL=C sort | head -1)
  local lines middle
  lines=$(wc -l <"$first")
  middle=$(awk -v from=$((lines / 2)) 'NR >= from && /^  item "/ { print NR; exit }' "$first")
  sed "${middle}s/^  item \"/  item \"Edited /" "$first" >"$first.new" && mv "$first.new" "$first"
}

# measure SIZE LABEL PREPARE COMMAND... : runs COMMAND $repeat times (after PREPARE, which
# is not timed, when it is not "-") and records wall (EPOCHREALTIME around GNU time, so
# milliseconds rather than its 10 ms %e), user+sys CPU and peak RSS (%M, KiB).
# With --cold, drops the journal and snapshot pages (only those files) from the page cache.
evict() {
  local file
  for file in "$@"; do
    dd if="$file" iflag=nocache count=0 status=none 2>/dev/null || true
  done
}
evict_inputs() {
  evict "$ledger"/journal/*.dues "$ledger"/*.toml
  [[ ! -d $work ]] || evict "$work"/journal/*.dues "$work"/*.toml
  [[ ! -d $DUES_CACHE_DIR ]] || evict "$DUES_CACHE_DIR"/*
}
# How much of the journal is in the page cache now (fincore), as "NN% resident".
resident() {
  command -v fincore >/dev/null || { echo "unknown"; return; }
  fincore -b -n -o RES,SIZE "$@" 2>/dev/null |
    awk '{ r += $1; s += $2 } END { printf "%.0f%% resident", s ? 100 * r / s : 0 }'
}

measure() {
  local size=$1 label=$2 prepare=$3
  shift 3
  [[ -z $only || $label =~ $only ]] || return 0
  local rep start end code
  for ((rep = 1; rep <= repeat; rep++)); do
    [[ $prepare == - ]] || $prepare
    ((!cold)) || evict_inputs
    start=$EPOCHREALTIME
    code=0
    /usr/bin/time -f '%U %S %M' -o "$tmp/time" "$@" >"$tmp/stdout" 2>"$tmp/stderr" || code=$?
    end=$EPOCHREALTIME
    if ((code > 1)); then
      echo "bench/run.sh: '$label' exited with $code:" >&2
      head -5 "$tmp/stderr" >&2
    fi
    read -r user sys rss < <(tail -n1 "$tmp/time")
    printf 'run\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$size" "$label" "$rep" "$start" "$end" \
      "$user" "$sys" "$rss" >>"$raw"
    printf 'exit\t%s\t%s\t%s\n' "$size" "$label" "$code" >>"$raw"
  done
}

python3 "$root/bench/report.py" header "$raw" | tee "$report"
for size in "${sizes[@]}"; do
  ensure_ledger "$size"
  ensure_bank "$size"
  files=("$ledger"/journal/*.dues)
  meta "$size" journal_files "${#files[@]}"
  meta "$size" journal_bytes "$(cat "${files[@]}" | wc -c)"
  meta "$size" journal_lines "$(cat "${files[@]}" | wc -l)"
  meta "$size" load_before "$(cut -d' ' -f1-3 /proc/loadavg)"
  big=c000000
  csv=$bank/bank.csv
  profile=$bank/bench.toml
  d=("$dues" -C "$ledger" --today "$today")
  w=("$dues" -C "$work" --today "$today")
  if ((cold)); then
    evict_inputs
  else
    cat "${files[@]}" >/dev/null # warm the page cache: every figure is of a warm cache
  fi
  meta "$size" page_cache "journal $(resident "${files[@]}") before measuring"

  measure "$size" "wc -l journal (floor)" - wc -l "${files[@]}"
  measure "$size" "cat journal > /dev/null" - cat "${files[@]}"
  forget_snapshots
  measure "$size" "check" - "${d[@]}" check
  measure "$size" "check, one thread (DUES_PARSE_THREADS=1)" - env DUES_PARSE_THREADS=1 \
    "${d[@]}" check
  measure "$size" "aging, parsing (DUES_NO_CACHE=1)" - env DUES_NO_CACHE=1 "${d[@]}" aging
  measure "$size" "aging, first run (parse + save snapshot)" forget_snapshots "${d[@]}" aging
  measure "$size" "aging" - "${d[@]}" aging
  # Issue 16: the first run after an edit in the middle of an old journal file (<= check).
  measure "$size" "aging after a change in an old journal" fresh_copy_edited_old "${w[@]}" aging
  measure "$size" "aging --format json" - "${d[@]}" aging --format json
  measure "$size" "statement $big" - "${d[@]}" statement "$big"
  measure "$size" "pay $big 1000.00 (write)" fresh_copy_warm "${w[@]}" pay "$big" 1000.00
  measure "$size" "pay, parsing (DUES_NO_CACHE=1)" fresh_copy env DUES_NO_CACHE=1 "${w[@]}" \
    pay "$big" 1000.00
  measure "$size" "reconcile (plan)" - "${d[@]}" reconcile "$csv" --profile "$profile"
  measure "$size" "reconcile --apply (write)" fresh_copy_warm "${w[@]}" reconcile "$csv" \
    --profile "$profile" --apply
  # The copy the last --apply wrote: the same file again is all "already imported".
  measure "$size" "reconcile again (plan)" - "${w[@]}" reconcile "$csv" --profile "$profile"
  # The other writes of issue 16, on the newest open invoice of the big customer (looked
  # up once, not timed); each run on a fresh copy with its snapshot saved, as for pay.
  open_doc=$("${d[@]}" invoice list --customer "$big" --status open --format ids | tail -1)
  meta "$size" open_invoice "$open_doc"
  measure "$size" "invoice new (write)" fresh_copy_warm "${w[@]}" invoice new "$big" \
    --item "Consulting hour:2:120.00:std"
  measure "$size" "credit --full (write)" fresh_copy_warm "${w[@]}" credit "$open_doc" --full \
    --reason bench
  measure "$size" "writeoff (write)" fresh_copy_warm "${w[@]}" writeoff "$open_doc" --reason bench
  measure "$size" "dispute (write)" fresh_copy_warm "${w[@]}" dispute "$open_doc" --reason bench
  # One document's items and taxes (its details read from its own entry, issue 16).
  measure "$size" "invoice show (one document)" - "${d[@]}" invoice show "$open_doc"
  # Other issues' targets at 1M: remind (13), export (14), reports (15), camt.053 (18).
  # remind needs [dunning]: a copy of the ledger (journals hard-linked) with
  # bench/dunning.toml appended to its dues.toml, its snapshot saved before (not timed).
  dunning=$out/work/dunning
  rm -rf "$dunning" && cp -al "$ledger" "$dunning" && rm "$dunning/dues.toml"
  cat "$ledger/dues.toml" "$root/bench/dunning.toml" >"$dunning/dues.toml"
  "$dues" -C "$dunning" --today "$today" aging >/dev/null
  measure "$size" "remind (plan)" - "$dues" -C "$dunning" --today "$today" remind
  rm -rf "$dunning"
  measure "$size" "export beancount" - "${d[@]}" export --format beancount --output "$tmp/x.beancount"
  for name in dso forecast risk "tax --period 2026-Q3" payments collections; do
    # shellcheck disable=SC2086
    measure "$size" "report ${name%% *}" - "${d[@]}" report $name
  done
  camt=$bank/bank.xml
  [[ -s $camt ]] || python3 "$root/bench/csv_to_camt.py" "$csv" "$camt"
  meta "$size" camt_bytes "$(stat -c %s "$camt")"
  measure "$size" "reconcile camt.053 (plan)" - "${d[@]}" reconcile "$camt"
  rm -rf "$work"
  meta "$size" load_after "$(cut -d' ' -f1-3 /proc/loadavg)"
  python3 "$root/bench/report.py" size "$raw" "$size" | tee -a "$report"
done
python3 "$root/bench/report.py" summary "$raw" | tee -a "$report"
echo "(saved: $report and $raw)" >&2

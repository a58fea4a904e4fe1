#!/usr/bin/env bash
# Runs one libFuzzer harness for N seconds with a seed corpus from examples/ and the
# bad-input set, and prints libFuzzer's final statistics.
#   tools/fuzz.sh journal_parser|toml_reader|bank_csv|toml_patch|output_escaping|bank_standard SECONDS [flags...]
# (extra flags go to libFuzzer, e.g. -jobs=2 or -minimize_crash=1)
# Build first: cmake --preset fuzz && cmake --build --preset fuzz
# Crashes are written to fuzz/crashes/<target>/ (add each as a regression test), the
# whole libFuzzer output to fuzz/corpus-work/<target>.log.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
target=${1:?target: journal_parser, toml_reader, bank_csv, toml_patch, output_escaping or bank_standard}
seconds=${2:-60}
shift $(( $# < 2 ? $# : 2 ))
binary=$root/build/fuzz/fuzz/fuzz_$target
[ -x "$binary" ] || { echo "fuzz.sh: build first: cmake --preset fuzz && cmake --build --preset fuzz" >&2; exit 5; }
work=$root/fuzz/corpus-work/$target
crashes=$root/fuzz/crashes/$target
log=$root/fuzz/corpus-work/$target.log # the whole output, stack traces included
mkdir -p "$work" "$crashes"
seed=$(mktemp -d)
trap 'rm -rf "$seed"' EXIT
case $target in
  journal_parser) find "$root/examples" "$root/tests" -name '*.dues' -size -64k -exec cp -t "$seed" --backup=numbered {} + 2>/dev/null || true ;;
  toml_reader|toml_patch) find "$root/examples" "$root/tests" -name '*.toml' -size -64k -exec cp -t "$seed" --backup=numbered {} + 2>/dev/null || true ;;
  bank_csv) find "$root/examples" "$root/tests" -name '*.csv' -size -64k -exec cp -t "$seed" --backup=numbered {} + 2>/dev/null || true ;;
  bank_standard) find "$root/tests/data/bank/standard" \( -name '*.xml' -o -name '*.sta' \) -size -64k -exec cp -t "$seed" --backup=numbered {} + 2>/dev/null || true ;;
  output_escaping) find "$root/examples" "$root/tests/data" \( -name '*.toml' -o -name '*.csv' \) -size -8k -exec cp -t "$seed" --backup=numbered {} + 2>/dev/null || true ;;
  *) echo "fuzz.sh: unknown target '$target'" >&2; exit 2 ;;
esac
# The committed, minimised corpus of earlier runs (fuzz/README.md), when there is one.
if [ -d "$root/fuzz/corpus/$target" ]; then
  cp -t "$seed" --backup=numbered "$root/fuzz/corpus/$target"/* 2>/dev/null || true
fi
"$binary" -max_total_time="$seconds" -print_final_stats=1 -artifact_prefix="$crashes/" \
  -max_len=8192 -timeout=10 "$@" "$work" "$seed" 2>&1 | tee "$log" | grep -E '^(stat::|#[0-9]+[[:space:]]+DONE|==[0-9]+==|SUMMARY|artifact_prefix|Test unit written)' || true
echo "crashes: $(find "$crashes" -type f | wc -l) (in fuzz/crashes/$target)"

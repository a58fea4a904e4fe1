#!/usr/bin/env bash
# Times the phases of `dues reconcile` separately (loading the ledger, reading the bank
# file, building the match indexes, matching), then the whole command, on the cached inputs
# of bench/run.sh (generated when missing): the CSV export, then the same lines as a
# camt.053 (bank.xml beside it, made by csv_to_camt.py as bench/run.sh does).
#   bench/reconcile-phases.sh [INVOICES] [LINES]     (defaults: 1000000 100000)
# Needs the release build: cmake --preset release && cmake --build --preset release
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=${BENCH_OUT:-$root/bench/out}
build=$root/build/release
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
meta() { :; }
. "$root/bench/inputs.sh"
ensure_ledger "${1:-1000000}"
ensure_bank "${1:-1000000}" "${2:-100000}"
camt=$bank/bank.xml
[[ -s $camt ]] || python3 "$root/bench/csv_to_camt.py" "$bank/bank.csv" "$camt"
# libdues_core.a is static: name every library its members use (src/CMakeLists.txt).
# shellcheck disable=SC2046
g++ -std=c++20 -O2 -I"$root/src" -DTOML_HEADER_ONLY=0 -DTOML_SHARED_LIB=1 -DONLY_C_LOCALE=1 \
  -DHAS_STRING_VIEW=1 "$root/bench/reconcile_phases.cpp" "$build/src/libdues_core.a" \
  -lfmt -ltomlplusplus -lxxhash -lre2 -lpugixml -lsqlite3 -lcurl -lcrypto -larchive \
  $(pkg-config --libs xlsxwriter pangocairo cairo-pdf fontconfig libqrencode) \
  -o "$tmp/reconcile_phases"
echo "== CSV"
"$tmp/reconcile_phases" "$ledger" "$bank/bank.csv" "$bank/bench.toml"
/usr/bin/time -f "whole command: %e s, %U+%S s cpu, %M KB" "$build/src/dues" -C "$ledger" \
  --today 2026-11-15 reconcile "$bank/bank.csv" --profile "$bank/bench.toml" >/dev/null || true
echo "== camt.053"
"$tmp/reconcile_phases" "$ledger" "$camt"
/usr/bin/time -f "whole command: %e s, %U+%S s cpu, %M KB" "$build/src/dues" -C "$ledger" \
  --today 2026-11-15 reconcile "$camt" >/dev/null || true

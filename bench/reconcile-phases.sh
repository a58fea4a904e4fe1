#!/bin/sh
# Times loading, bank-file reading and matching separately on a synthetic ledger.
#   bench/reconcile-phases.sh [INVOICES] [LINES]     (defaults: 1000000 100000)
# Needs the release build: cmake --preset release && cmake --build --preset release
set -e
root=$(cd "$(dirname "$0")/.." && pwd)
build=$root/build/release
work=${TMPDIR:-/tmp}/dues-bench-reconcile
rm -rf "$work" && mkdir -p "$work"
python3 "$root/bench/reconcile-synthetic.py" "$work/ledger" "${1:-1000000}" "${2:-100000}"
g++ -std=c++20 -O2 -I"$root/src" -DTOML_HEADER_ONLY=0 -DTOML_SHARED_LIB=1 -DONLY_C_LOCALE=1 \
  -DHAS_STRING_VIEW=1 "$root/bench/reconcile_phases.cpp" "$build/src/libdues_core.a" \
  -lfmt -ltomlplusplus -o "$work/reconcile_phases"
"$work/reconcile_phases" "$work/ledger"
/usr/bin/time -f "whole command: %e s, %M KB" "$build/src/dues" -C "$work/ledger" reconcile \
  "$work/ledger/bank.csv" --profile bench > /dev/null || true

#!/usr/bin/env bash
# Export speed: `dues export` of a generated ledger to beancount (target at 1M invoices:
# <= 6 s, <= 1 GiB RSS) and to sqlite (<= 20 s), beside the time hledger and ledger take
# to read the exported file. Prints one line per step: wall seconds, CPU seconds, peak
# RSS in MiB. Not part of the test suite; on a shared machine run it small.
#
# Usage: bench/export.sh [SIZE]       (invoices; default 10000)
# Environment: DUES (default: build/release/src/dues, else build/dev/src/dues);
# BENCH_OUT (default bench/out) for the generated ledger and the exports.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
size=${1:-10000}
out=${BENCH_OUT:-$root/bench/out}/export-$size
. "$root/bench/small.sh"

echo "dues export, $size invoices ($("$dues" --version))"
measure "export beancount" "$dues" -C "$out/ledger" export --format beancount --output "$out/x.beancount"
measure "export ledger" "$dues" -C "$out/ledger" export --format ledger --output "$out/x.ledger"
measure "export hledger" "$dues" -C "$out/ledger" export --format hledger --output "$out/x.journal"
measure "export sqlite" "$dues" -C "$out/ledger" export --format sqlite --output "$out/x.db"
measure "export json" "$dues" -C "$out/ledger" export --format json --output "$out/x.json"
measure "dues aging (the load alone)" "$dues" -C "$out/ledger" aging --format json
measure "bean-check reads it" bean-check "$out/x.beancount"
measure "ledger bal reads it" ledger -f "$out/x.ledger" bal
measure "hledger bal reads it" hledger -f "$out/x.journal" bal
ls -l "$out"/x.* | awk '{ printf "%-40s %12d bytes\n", $9, $5 }'

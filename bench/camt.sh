#!/usr/bin/env bash
# Times `dues reconcile` on a camt.053 against the same lines as CSV (issue 18's target:
# 100,000 camt.053 entries against 1M open invoices in 2 s). Run it small on a shared
# machine: the defaults are 20,000 invoices and 5,000 lines.
#   bench/camt.sh [INVOICES] [LINES]     (DUES: the binary, default build/release/src/dues)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
invoices=${1:-20000}
lines=${2:-5000}
dues=${DUES:-$root/build/release/src/dues}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 "$root/bench/gen_ledger.py" "$work/ledger" --invoices "$invoices" > /dev/null
python3 "$root/bench/gen_bank.py" "$work/ledger" "$work/bank" --lines "$lines" > /dev/null
python3 "$root/bench/csv_to_camt.py" "$work/bank/bank.csv" "$work/bank/bank.xml"
echo "bench/camt.sh: $invoices invoices, $lines bank lines ($(stat -c %s "$work/bank/bank.xml") bytes of camt.053)"
"$dues" -C "$work/ledger" check > /dev/null # warm the snapshot cache
for run in csv camt; do
  if [ $run = csv ]; then
    args=(reconcile "$work/bank/bank.csv" --profile "$work/bank/bench.toml")
  else
    args=(reconcile "$work/bank/bank.xml")
  fi
  /usr/bin/time -f "$run: %e s wall, %U s user, %M KiB peak" "$dues" -C "$work/ledger" "${args[@]}" \
    --format json > "$work/$run.json" || [ $? -eq 1 ]
  python3 -c 'import json,sys; print("   ", json.load(open(sys.argv[1]))["summary"])' "$work/$run.json"
done

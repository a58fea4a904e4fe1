#!/usr/bin/env bash
# Generated ledger (bench/gen_ledger.py) + random sequences of writes (pay, dispute,
# writeoff, note, text appended by hand), some made within a second of the snapshot's
# proofs, some after: after each round every report must be the same with the snapshot
# cache and without it (tests/tools/snapshot-differential.sh). ctest label "slow".
#
# Usage: snapshot-random-writes.sh DUES ROOT [INVOICES [ROUNDS [SEED]]]
set -euo pipefail
dues=$1 root=$2 invoices=${3:-10000} rounds=${4:-3} seed=${5:-7}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 "$root/bench/gen_ledger.py" "$work/ledger" --invoices "$invoices" --seed 42 >/dev/null
export DUES_CACHE_DIR=$work/cache DUES_TODAY=2026-11-15
ledger=$work/ledger
customers=$((invoices / 100 < 20 ? 20 : invoices / 100))
mapfile -t open < <(grep -o '^2026-[0-9-]* invoice INV-2026-[0-9]*' "$ledger/journal/2026.dues" |
  awk '{print $3}' | tail -400)
RANDOM=$seed
"$dues" -C "$ledger" aging >/dev/null
status=0
for ((round = 1; round <= rounds; round++)); do
  ((round % 2)) || sleep 1.1 # the proofs of the run before now hold
  for ((write = 0; write < 6; write++)); do
    customer=$(printf 'c%06d' $((RANDOM % customers)))
    invoice=${open[RANDOM % ${#open[@]}]}
    case $((RANDOM % 5)) in
      0 | 1) "$dues" -C "$ledger" pay "$customer" "$((RANDOM % 900 + 1)).$((RANDOM % 90 + 10))" ;;
      2) "$dues" -C "$ledger" dispute "$invoice" --reason "round $round" ;;
      3) "$dues" -C "$ledger" writeoff "$invoice" --reason "round $round" ;;
      4) "$dues" -C "$ledger" note "$customer" "called in round $round" ;;
    esac >/dev/null 2>&1 || true # a refused write changes nothing: fine
  done
  "$dues" -C "$ledger" aging >/dev/null 2>&1 || true
  printf '; appended by hand in round %s\n' "$round" >>"$ledger/journal/2026.dues"
  echo "round $round: $(grep -c '' "$ledger/journal/2026.dues") lines in journal/2026.dues"
  bash "$root/tests/tools/snapshot-differential.sh" "$dues" "$ledger" c000000 || status=1
done
DUES_NO_CACHE=1 "$dues" -C "$ledger" check >/dev/null || { echo "check failed"; status=1; }
exit $status

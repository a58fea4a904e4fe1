#!/usr/bin/env bash
# Crash safety: starts `dues pay` again and again and kills it with SIGKILL after a
# random delay, so kills land before, during and after the write. After every kill the
# ledger must still parse and validate, and every payment a writer reported as recorded
# (exit 0 and "recorded payment ID") must be in the journal.
#   kill-writers.sh LEDGER RUNS
set -u
ledger=$1
runs=${2:-200}
journal=$ledger/journal/2026.dues
reported=$(mktemp)
trap 'rm -f "$reported" "$reported.out"' EXIT
killed=0 finished=0
for ((run = 1; run <= runs; run++)); do
  dues -C "$ledger" pay acme 1.00 --ref "run $run" > "$reported.out" 2>&1 &
  pid=$!
  # 0 to 150 ms: a write into the test ledger takes about as long, so kills spread over it.
  sleep "$(printf "0.%03d" $((RANDOM % 150)))"
  if kill -KILL "$pid" 2>/dev/null; then
    killed=$((killed + 1))
  fi
  if wait "$pid"; then
    finished=$((finished + 1))
    grep -o 'recorded payment [A-Z0-9-]*' "$reported.out" | cut -d' ' -f3 >> "$reported"
  fi
  if ! dues -C "$ledger" check > /dev/null 2>&1; then
    echo "run $run: the ledger does not validate after a kill"
    dues -C "$ledger" check
    exit 1
  fi
done
missing=0
while read -r id; do
  grep -q " payment $id " "$journal" || { echo "reported $id is missing"; missing=$((missing + 1)); }
done < "$reported"
recorded=$(grep -c ' payment PAY-' "$journal")
echo "runs: $runs; ledger valid after every run; reported writes missing: $missing"
# Writers killed after their write but before reporting may add unreported payments:
# never the other way round.
[ "$recorded" -ge "$(wc -l < "$reported")" ] && echo "journal holds at least every reported write"
echo "killed: $killed, finished: $finished" >&2

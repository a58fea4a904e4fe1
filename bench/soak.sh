#!/usr/bin/env bash
# Soak test of durable writes (issue 19.9): writers killed with SIGKILL at random points,
# writers stopped by a full disk (`ulimit -f`, SIGXFSZ), while other writers and readers
# go on. At the end `dues check` must pass and every write that was acknowledged (exit 0
# and its "recorded payment PAY-..." line) must be in the journal. Prints the counts;
# exits 1 when a write was lost or the ledger does not check. Not part of the test suite.
#
# Usage: bench/soak.sh [KILLS] [DUES]   (default 1000 kills; dues from PATH)
# Environment: SOAK_DIR (default: a temporary folder, removed afterwards),
#              SOAK_SEED (default 1) for the random points, SOAK_PARALLEL (default 4).
# Run it at small sizes on a shared machine: `bench/soak.sh 40` takes about a minute.
set -uo pipefail

kills=${1:-1000}
dues=${2:-dues}
parallel=${SOAK_PARALLEL:-4}
RANDOM=${SOAK_SEED:-1}
work=${SOAK_DIR:-$(mktemp -d)}
[ -n "${SOAK_DIR:-}" ] || trap 'rm -rf "$work"' EXIT
ledger=$work/ledger
acks=$work/acks
: >"$acks"

export DUES_TODAY=2026-06-01
"$dues" --today 2026-01-01 init "$ledger" >/dev/null || exit 5
printf '[acme]\nname = "ACME"\n' >>"$ledger/customers.toml"

# One write: a payment with --no-apply (the append is the whole write). An acknowledged
# write prints its id; record it.
write_one() {
  local out
  if out=$("$dues" -C "$ledger" pay acme 1.00 --no-apply --ref "soak $1" 2>/dev/null); then
    sed -n 's/^recorded payment \(PAY-[0-9-]*\) .*/\1/p' <<<"$out" >>"$acks"
  fi
}

killed=0 full=0 started=0 reads=0 read_errors=0
for ((round = 0; round < kills; round++)); do
  # Background writers and a reader that are left alone.
  for ((i = 0; i < parallel - 1; i++)); do
    write_one "$round.$i" &
    started=$((started + 1))
  done
  if "$dues" -C "$ledger" aging >/dev/null 2>&1; then reads=$((reads + 1)); else
    status=$?
    # 4: the writers hold the lock; anything else is a reader that failed.
    [ $status -eq 4 ] || read_errors=$((read_errors + 1))
  fi
  # One writer (the dues process itself) killed at a random point in its first ~50 ms.
  # A killed writer acknowledges nothing; what it may have written must still check.
  "$dues" -C "$ledger" pay acme 1.00 --no-apply --ref "victim $round" >"$work/victim" 2>&1 &
  victim=$!
  started=$((started + 1))
  sleep "0.0$((RANDOM % 5))$((RANDOM % 10))"
  if kill -KILL "$victim" 2>/dev/null; then
    killed=$((killed + 1))
  elif wait "$victim"; then
    sed -n 's/^recorded payment \(PAY-[0-9-]*\) .*/\1/p' "$work/victim" >>"$acks"
  fi
  # Every tenth round, a writer whose file size limit is smaller than the journal: the
  # kernel stops its write with SIGXFSZ, as a full disk would with ENOSPC.
  if ((round % 10 == 0)); then
    size=$(($(stat -c %s "$ledger"/journal/*.dues | sort -n | tail -1) / 1024))
    (ulimit -f "$size" && write_one "full $round") 2>/dev/null
    full=$((full + 1))
    started=$((started + 1))
  fi
  wait 2>/dev/null
done

check=$("$dues" -C "$ledger" check 2>&1)
check_status=$?
acknowledged=$(wc -l <"$acks")
lost=0
while read -r id; do
  grep -q "^[0-9-]* payment $id " "$ledger"/journal/*.dues || lost=$((lost + 1))
done <"$acks"
recorded=$(grep -ch '^[0-9-]* payment ' "$ledger"/journal/*.dues | paste -sd+ | bc)

echo "writers started:        $started"
echo "writers killed (KILL):  $killed"
echo "writers on a full disk: $full"
echo "writes acknowledged:    $acknowledged"
echo "payments in journal:    $recorded"
echo "reads ok:               $reads (failed: $read_errors)"
echo "lost:                   $lost"
echo "dues check:             exit $check_status: $check"
[ "$lost" -eq 0 ] && [ "$check_status" -eq 0 ] && [ "$read_errors" -eq 0 ]

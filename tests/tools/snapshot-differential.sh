#!/usr/bin/env bash
# Every report that may come from the snapshot cache, run with the cache (twice: the
# first run after a change proves the inputs by reading them, the second by their
# identity) and without it (DUES_NO_CACHE=1): standard output, standard error and exit
# code must be the same. Prints each command that differs and exits 1 if any did.
#
# Usage: snapshot-differential.sh DUES LEDGER CUSTOMER
#   DUES_CACHE_DIR and DUES_TODAY come from the caller.
set -u
dues=$1 ledger=$2 customer=$3
commands=(
  "aging"
  "aging --format json"
  "aging --customer $customer --format csv"
  "statement $customer --format csv"
  "statement $customer"
  "report dso"
  "report forecast"
  "report risk"
  "report payments"
  "report tax"
  "invoice list"
  "customer show $customer"
  "remind"
)
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
status=0
for command in "${commands[@]}"; do
  read -ra args <<<"$command"
  for run in 1 2; do
    code=0
    "$dues" -C "$ledger" "${args[@]}" >"$scratch/cached.out" 2>"$scratch/cached.err" || code=$?
    echo "exit $code" >>"$scratch/cached.out"
    code=0
    DUES_NO_CACHE=1 "$dues" -C "$ledger" "${args[@]}" >"$scratch/none.out" 2>"$scratch/none.err" ||
      code=$?
    echo "exit $code" >>"$scratch/none.out"
    if ! cmp -s "$scratch/cached.out" "$scratch/none.out" ||
      ! cmp -s "$scratch/cached.err" "$scratch/none.err"; then
      echo "differ (run $run): dues $command"
      diff "$scratch/none.out" "$scratch/cached.out" | head -5
      diff "$scratch/none.err" "$scratch/cached.err" | head -5
      status=1
    fi
  done
done
exit $status

#!/usr/bin/env bash
# privacy: how long encrypting and decrypting customer values with age takes, for N
# customers with an encrypted bank account and tax id each (2N values).
#   bench/privacy.sh [N] [DUES_BINARY]     (default 200, dues on PATH)
# Prints the seconds of: rekey (encrypts 2N values, age run 8 at a time), check with the
# identity (decrypts 2N values in one batch), aging without the identity (no age call),
# and, for comparison, 2N age decryptions one after the other from the shell.
set -euo pipefail
n=${1:-200}
dues=${2:-dues}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
umask 077
age-keygen -o id.key 2>/dev/null
recipient=$(age-keygen -y id.key)
mkdir -p ledger/journal
cat > ledger/dues.toml <<END
format = 1

[company]
name = "Bench GmbH"
currency = "EUR"

[series.invoice]
format = "INV-{year}-{seq:05}"
external = true

[security]
encrypt = ["bank-accounts", "tax-id"]
recipients = ["$recipient"]
END
for i in $(seq "$n"); do
  printf '[c%d]\nname = "Customer %d"\ntax-id = "DE%09d"\nbank-accounts = ["DE89 3704 0044 0532 0130 00"]\n\n' "$i" "$i" "$i"
done > ledger/customers.toml
: > ledger/journal/2026.dues
export DUES_TODAY=2026-03-01 DUES_NO_CACHE=1 DUES_MATCHING_KEY=bench-key
seconds() {
  local start end
  start=$(date +%s%N)
  "$@" > /dev/null 2>&1 || true
  end=$(date +%s%N)
  echo "scale=2; ($end - $start) / 1000000000" | bc
}
echo "customers: $n, encrypted values: $((2 * n))"
echo "rekey (encrypt $((2 * n))): $(seconds "$dues" -C ledger security rekey) s"
echo "check with identity (decrypt $((2 * n))): $(DUES_IDENTITY=$work/id.key seconds "$dues" -C ledger check) s"
echo "aging without identity: $(seconds "$dues" -C ledger aging) s"
value=$(sed -n 's/^tax-id = "age:\(.*\)"$/\1/p' ledger/customers.toml | head -1)
printf '%s' "$value" | base64 -d > one.age
sequential() {
  for _ in $(seq $((2 * n))); do age -d -i id.key one.age > /dev/null; done
}
echo "shell loop, age one at a time (decrypt $((2 * n))): $(seconds sequential) s"

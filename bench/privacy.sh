#!/usr/bin/env bash
# privacy: how long encrypting and decrypting customer values with age takes, for N
# customers with an encrypted bank account, tax id and SEPA mandate (IBAN and BIC) each
# (4N values) and one invoice due each (N collections).
#   bench/privacy.sh [N] [DUES_BINARY]     (default 200, dues on PATH)
# Prints the seconds of: rekey from clear (encrypts 4N values, age run 8 at a time),
# rekey again (decrypts 4N, encrypts 4N: a recipient changed), check with the identity
# (decrypts 4N in one batch), collect --dry-run (no age call), collect (decrypts the 2N
# mandate values, writes pain.008), aging without the identity (no age call), and, for
# comparison, age run once per value from the shell, one after the other.
set -euo pipefail
n=${1:-200}
dues=${2:-dues}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
umask 077
age-keygen -o id.key 2>/dev/null
age-keygen -o new.key 2>/dev/null
recipient=$(age-keygen -y id.key)
newcomer=$(age-keygen -y new.key)
mkdir -p ledger/journal
cat > ledger/dues.toml <<END
format = 1

[company]
name = "Bench GmbH"
currency = "EUR"
iban = "DE02 1203 0000 0000 2020 51"
creditor-id = "DE98ZZZ09999999999"

[series.invoice]
format = "INV-{year}-{seq:05}"
external = true

[security]
encrypt = ["bank-accounts", "tax-id", "mandate"]
recipients = ["$recipient"]
END
for i in $(seq "$n"); do
  printf '[c%d]\nname = "Customer %d"\ntax-id = "DE%09d"\nbank-accounts = ["DE89 3704 0044 0532 0130 00"]\n\n' "$i" "$i" "$i"
  printf '[c%d.mandate]\nid = "M-%d"\nsigned = "2025-01-02"\niban = "DE75512108001245126199"\nbic = "COBADEFFXXX"\n\n' "$i" "$i"
done > ledger/customers.toml
for i in $(seq "$n"); do
  printf '2026-02-01 invoice INV-2026-%05d customer c%d due 2026-03-02 total 100.00 EUR\n' "$i" "$i"
done > ledger/journal/2026.dues
export DUES_TODAY=2026-03-01 DUES_NO_CACHE=1 DUES_MATCHING_KEY=bench-key
# Seconds of wall time; a failing command is reported, not timed.
seconds() {
  local start end
  start=$(date +%s%N)
  if ! "$@" > /dev/null 2> "$work/err"; then
    echo "FAILED: $*: $(head -1 "$work/err")"
    return
  fi
  end=$(date +%s%N)
  echo "$(echo "scale=2; ($end - $start) / 1000000000" | bc) s"
}
id=$work/id.key
echo "customers: $n, encrypted values: $((4 * n)) (of which mandate: $((2 * n)))"
echo "rekey from clear (encrypt $((4 * n))): $(seconds "$dues" -C ledger security rekey)"
sed -i "s/^recipients = .*/recipients = [\"$recipient\", \"$newcomer\"]/" ledger/dues.toml
echo "rekey for 2 recipients (decrypt $((4 * n)), encrypt $((4 * n))): $(DUES_IDENTITY=$id seconds "$dues" -C ledger security rekey)"
echo "check with identity (decrypt $((4 * n))): $(DUES_IDENTITY=$id seconds "$dues" -C ledger check)"
echo "collect --dry-run, no identity (no age call): $(seconds "$dues" -C ledger collect --due-by 2026-03-31 --dry-run)"
cp -r ledger ledger2
echo "collect (decrypt $((2 * n)) mandate values, $n transactions): $(DUES_IDENTITY=$id seconds "$dues" -C ledger collect --due-by 2026-03-31 --output "$work/out.xml")"
echo "aging without identity: $(seconds "$dues" -C ledger2 aging)"
value=$(sed -n 's/^tax-id = "age:\(.*\)"$/\1/p;T;q' ledger2/customers.toml)
printf '%s' "$value" | base64 -d > one.age
decrypt_loop() {
  for _ in $(seq "$n"); do age -d -i id.key one.age > /dev/null; done
}
encrypt_loop() {
  for _ in $(seq "$n"); do printf 'DE75512108001245126199' | age -r "$recipient" > /dev/null; done
}
echo "shell loop, age -d one at a time ($n values): $(seconds decrypt_loop)"
echo "shell loop, age -r one at a time ($n values): $(seconds encrypt_loop)"

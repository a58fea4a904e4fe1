#!/bin/bash
# Runs every command of dues against one bad-input case (the base ledger with the case's
# files laid over it): the README's promise that no command works on a ledger that does
# not check. Each command is one that succeeds on the base ledger (run-every-command.sh
# base shows that), so on a broken ledger it must fail the way `dues check` fails (exit
# 3, or 5 for an environment problem such as a newer format) and change no file.
#   usage: run-every-command.sh CASE
# Prints one line per command that breaks the promise ("pay: exit 0" or "pay: changed
# journal/2026.dues"), and nothing when every command kept it. For base it prints each
# command's exit code instead. Each command starts from the case's ledger afresh.
set -u
here=$(cd "$(dirname "$0")" && pwd)
[ -d "$here/$1" ] || { echo "no case $1" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
ledger="$work/ledger"
mkdir "$ledger"
cp -R "$here/base/." "$ledger/"
cp -R "$here/$1/." "$ledger/"
# A draft to issue, and a bank export with its profile (outside the ledger).
mkdir -p "$ledger/drafts"
printf 'customer = "beta"\n\n[[items]]\ndescription = "Work"\nprice = "10"\n' \
  >"$ledger/drafts/h.toml"
printf 'date = "Date"\namount = "Amount"\ncurrency = "EUR"\nreference = "Reference"\n' \
  >"$work/profile.toml"
printf 'Date,Amount,Reference\n2026-03-01,600.00,INV-2026-0003\n' >"$work/bank.csv"

checksums() {
  (cd "$ledger" && find . -type f ! -name .dues.lock | LC_ALL=C sort | xargs sha256sum)
}

commands=(
  "check"
  "aging"
  "aging --format csv"
  "statement acme"
  "customer list"
  "customer show acme"
  "customer add delta --name Delta"
  "customer set beta email ap@beta.example"
  "invoice list"
  "invoice show INV-2026-0001"
  "invoice render INV-2026-0001"
  "invoice render INV-2026-0001 --format html --output $work/out.html"
  "invoice new beta --item Work:1:10.00"
  "invoice new beta --item Work:1:10.00 --dry-run"
  "invoice new beta --item Work:1:10.00 --draft --name h2"
  "invoice issue h"
  "invoice void INV-2026-0003 --reason Mistake"
  "credit INV-2026-0003 --full --reason Returned"
  "pay acme 80.00"
  "pay beta 600.00 --dry-run"
  "apply acme"
  "pay acme 100.00 ; refund acme 10.00"
  "writeoff INV-2026-0003 --reason Lost"
  "dispute INV-2026-0003 --reason Quality"
  "recur"
  "reconcile $work/bank.csv --profile $work/profile.toml"
  "reconcile $work/bank.csv --profile $work/profile.toml --apply"
)

cp -R "$ledger" "$work/pristine"
before=$(checksums)
for command in "${commands[@]}"; do
  # Each command starts from the same ledger (on base, the writes succeed).
  if [ "$1" = base ]; then
    rm -rf "$ledger" && cp -R "$work/pristine" "$ledger"
  fi
  # A command may follow another that prepares for it ("A ; B"): each must fail alike.
  code=
  IFS=';' read -ra steps <<<"$command"
  for step in "${steps[@]}"; do
    # shellcheck disable=SC2086 # the commands are word lists
    dues -C "$ledger" --today 2026-06-01 $step >/dev/null 2>&1
    last=$?
    if [ -z "$code" ] || { [ "$last" != 3 ] && [ "$last" != 5 ]; }; then
      code=$last
    fi
  done
  name=$(echo "$command" | sed "s|$work/||g")
  if [ "$1" = base ]; then
    echo "$name: exit $code"
    continue
  fi
  now=$(checksums)
  if [ "$code" != 3 ] && [ "$code" != 5 ]; then
    echo "$name: exit $code"
  fi
  if [ "$now" != "$before" ]; then
    echo "$name: changed $(diff <(echo "$before") <(echo "$now") | sed -n 's/^> [0-9a-f]*  \.\///p' | tr '\n' ' ')"
    rm -rf "$ledger" && cp -R "$work/pristine" "$ledger"
  fi
done

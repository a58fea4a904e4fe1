#!/usr/bin/env bash
# Documents and sending (issue 12), at small sizes: `invoice render --format pdf` of one
# invoice, `statement --format pdf` of a customer with INVOICES invoices and payments,
# and `dues send` to a real SMTP server on 127.0.0.1 (tests/cli/mail_server.py,
# python3-aiosmtpd): one invoice per run, then INVOICES invoices in one run (each message
# a PDF attachment, each accepted one a `sent` entry appended under the lock). Prints
# the best wall and best CPU (user + system, this process and its children) of
# BENCH_REPEAT runs. Not part of the test suite; the machine is shared, so compare CPU.
#
# Usage: bench/send.sh [INVOICES]     (default 20)
# Environment: DUES (default: build/release/src/dues, else build/dev/src/dues),
# BENCH_REPEAT (default 5), BENCH_OUT (default bench/out).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
invoices=${1:-20}
repeat=${BENCH_REPEAT:-5}
out=${BENCH_OUT:-$root/bench/out}/send
dues=${DUES:-}
if [[ -z $dues ]]; then
  dues=$root/build/release/src/dues
  [[ -x $dues ]] || dues=$root/build/dev/src/dues
fi
[[ -x $dues ]] || { echo "bench/send.sh: no dues binary (build first or set DUES)" >&2; exit 5; }
export DUES_TODAY=2026-03-10 DUES_NO_CACHE=1 TESTS=$root/tests

rm -rf "$out" && mkdir -p "$out"
cd "$out"
. "$root/tests/cli/send_ledger.sh" > /dev/null # ./ledger, start_server, use_smtp
sed -i 's/^country = "JP"/country = "JP"\nemails = ["keiri@tokyo.example"]/' customers.toml
for ((i = 1; i <= invoices; i++)); do
  "$dues" invoice new acme --date 2026-03-06 --item "Consulting $i:10:120.00" \
    --item "Travel:1:84.50" > /dev/null
  "$dues" pay acme 500 --date 2026-03-07 --ref "bank $i" > /dev/null
done
ids=$("$dues" invoice list --format ids | tail -n "$invoices")
first=$(head -1 <<< "$ids")

start_server "$out/smtp"
trap 'stop_server "$out/smtp"' EXIT
echo 'security = "none"' | use_smtp "$out/smtp" # plain SMTP on 127.0.0.1

# "WALL_MS CPU_MS" of one run of "$@".
timed() {
  /usr/bin/time -f '%e %U %S' -o "$out/time.txt" "$@" > /dev/null
  awk '{ printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000 }' "$out/time.txt"
}
best_of() { # best wall and best CPU over BENCH_REPEAT runs of "$@"; `before` runs first
  for ((r = 0; r < repeat; r++)); do
    [[ -n ${before:-} ]] && eval "$before"
    timed "$@"
  done | sort -n | awk 'NR == 1 { wall = $1 } { if (cpu == "" || $2 < cpu) cpu = $2 }
                        END { print wall " ms wall, " cpu " ms CPU" }'
}
# Each send run starts from the journal without its sent entries.
cp journal/2026.dues unsent.dues
reset_journal='cp unsent.dues journal/2026.dues'

text=$(best_of "$dues" invoice render "$first" --format text)
pdf=$(best_of "$dues" invoice render "$first" --format pdf)
statement=$(best_of "$dues" statement acme --format pdf)
statement_text=$(best_of "$dues" statement acme)
send_one=$(before=$reset_journal best_of "$dues" send "$first")
send_all=$(before=$reset_journal best_of "$dues" send $ids)
sent=$(grep -c ' sent ' journal/2026.dues)
received=$(find "$out/smtp" -name '*.eml' | wc -l)

echo "binary: $dues"
echo "ledger: $invoices invoices and $invoices payments for acme; best of $repeat runs"
echo "invoice render --format pdf (1 invoice):     $pdf"
echo "invoice render --format text (the floor):    $text"
echo "statement acme --format pdf:                 $statement"
echo "statement acme (text):                       $statement_text"
echo "send 1 invoice (SMTP, 127.0.0.1):            $send_one"
echo "send $invoices invoices in one run (SMTP):         $send_all"
echo "sent entries after the last run: $sent; messages the server received in all runs: $received"

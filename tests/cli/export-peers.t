`dues export --format beancount|ledger|hledger`, checked by the tools themselves:
bean-check, `hledger check` (with the strict account and commodity checks) and
`ledger --pedantic` read every export without error, and each tool's receivable balance
per customer and currency (Receivable plus CustomerCredit) equals `dues aging`'s total,
to the cent, at the end and at a mid-history --to date. tests/export/balances.sh asks
each tool and sums exactly.

  $ export DUES_TODAY=2026-12-31 LC_ALL=C.UTF-8 # hledger reads UTF-8 only in a UTF-8 locale
  $ source "$TESTS/export/verify.sh" # verify DIR [TO]: export, check with the tools, compare balances

Every example ledger, at the end and in the middle of its history:

  $ verify "$EXAMPLES/tiny"
  2 balances agree
  $ verify "$EXAMPLES/tiny" 2026-03-15
  2 balances agree
  $ verify "$EXAMPLES/eu-agency"
  * balances agree (glob)
  $ verify "$EXAMPLES/eu-agency" 2025-09-30
  * balances agree (glob)
  $ verify "$EXAMPLES/cn-trading"
  * balances agree (glob)
  $ verify "$EXAMPLES/cn-trading" 2025-06-30
  * balances agree (glob)

A generated ledger of 10,000 invoices (bench/gen_ledger.py: partial payments,
overpayments kept as credit, fees, credit notes, write-offs, voids):

  $ /usr/bin/python3 "$ROOT/bench/gen_ledger.py" big --invoices 10000 --seed 14 > /dev/null
  $ verify big
  * balances agree (glob)
  $ verify big 2025-06-30
  * balances agree (glob)

The same period exported twice gives the same bytes:

  $ dues -C big export --format beancount --from 2025-01-01 --to 2025-03-31 | md5sum > first
  $ dues -C big export --format beancount --from 2025-01-01 --to 2025-03-31 | md5sum | diff first -

Incremental: the transactions of two consecutive periods are, together, those of the
whole history (each export repeats only its header and declarations):

  $ body() { sed '1,/^$/d' | sed '1,/^$/d'; } # drop the header, then the declarations
  $ for f in beancount ledger hledger; do
  >   dues -C "$EXAMPLES/eu-agency" export --format $f | body > whole
  >   dues -C "$EXAMPLES/eu-agency" export --format $f --to 2025-12-31 | body > parts
  >   dues -C "$EXAMPLES/eu-agency" export --format $f --from 2026-01-01 | body >> parts
  >   cmp whole parts && echo "$f: same"
  > done
  beancount: same
  ledger: same
  hledger: same

A payment links the invoices it paid (beancount ^links), so a tool can follow an invoice
from issue to payment:

  $ dues -C "$EXAMPLES/tiny" export --format beancount | grep -A3 'Payment PAY-2026-0002'
  2026-02-09 * "\xe4\xba\xac\xe9\x83\xbd\xe3\x83\x86\xe3\x82\xad\xe3\x82\xb9\xe3\x82\xbf\xe3\x82\xa4\xe3\x83\xab\xe6\xa0\xaa\xe5\xbc\x8f\xe4\xbc\x9a\xe7\xa4\xbe" "Payment PAY-2026-0002" ^INV-2026-0002 (esc)
    customer: "kyoto"
    ref: "KYOTO TEXTILE INV-2026-0002"
    method: "bank"

Charge documents (docs/dunning.md): with `charges = "document"`, the fee and the interest
of each reminder sent become an invoice of the charge series, recorded with the remind
entry in one write after the letter was delivered. Aging, statements and the balance
count it; a payment settles it; `dues check` verifies it; a second run adds nothing.

  $ cp -R "$EXAMPLES/dunning" ledger && cd ledger
  $ export DUES_TODAY=2026-03-10
  $ sed -i 's/^language = "de"$/language = "de"\ncharges = "document"/' dues.toml
  $ printf '\n[series.charge]\nkind = "invoice"\nformat = "GB-{year}-{seq:04}"\n' >> dues.toml
  $ dues check
  ok: 4 customers, 5 invoices, 0 credit notes, 1 payment, 0 refunds in 1 journal file

Three letters; FR-2026-0001 (level 3: interest 33.48) and FR-2026-0002 (level 2: fee
40.00 and interest 10.85, as in remind.t) get a charge each; level 1 has neither:

  $ dues remind --send --outbox out
  recorded 4 reminders and 2 charge documents on 2026-03-10
  $ grep -A2 -E '^2026-03-10 (remind|invoice)' journal/2026.dues
  2026-03-10 remind FR-2026-0001 level 3
  2026-03-10 remind FR-2026-0005 level 1
  2026-03-10 invoice GB-2026-0001 customer kranich series charge due 2026-03-24 subtotal 33.48 total 33.48 EUR origin dunning:FR-2026-0001/3
    item "Interest on FR-2026-0001 through 2026-03-10" unit interest price 33.48 amount 33.48
  2026-03-10 remind FR-2026-0002 level 2
  2026-03-10 invoice GB-2026-0002 customer harbour series charge due 2026-03-24 subtotal 50.85 total 50.85 EUR origin dunning:FR-2026-0002/2
    item "Reminder fee, level 2, FR-2026-0002" unit fee price 40.00 amount 40.00
    item "Interest on FR-2026-0002 through 2026-03-10" unit interest price 10.85 amount 10.85
  2026-03-10 remind FR-2026-0003 level 1
  $ grep -h 'FR-2026-000[12]' out/*.eml
    FR-2026-0002  level 2  due 2026-01-26  43 days  open 590.00 EUR  fee 40.00  interest 10.85  charged as GB-2026-0002
    FR-2026-0001  level 3  due 2026-01-19  50 days  open 2380.00 EUR  interest 33.48  charged as GB-2026-0001
  $ dues check
  ok: 4 customers, 7 invoices, 0 credit notes, 1 payment, 0 refunds in 1 journal file

A second run on the same day sends and charges nothing:

  $ dues remind --send --outbox out
  recorded 0 reminders on 2026-03-10
  $ grep -c ' invoice GB-' journal/2026.dues
  2

The charges are open items: aging, the statement and the balance count them, and dunning
leaves them alone (no interest on interest):

  $ dues aging --customer harbour
  Aging as of 2026-03-10 by due date
  
  EUR
  CUSTOMER  NAME                NOT DUE  1-30   31-60  61-90   90+  CREDIT   TOTAL
  harbour   Harbour & Pine Ltd    50.85  0.00  590.00   0.00  0.00    0.00  640.85
  --------------------------------------------------------------------------------
  total                           50.85  0.00  590.00   0.00  0.00    0.00  640.85
  $ dues statement harbour | grep -E 'GB-|FR-2026-0002'
  2026-01-12  invoice  FR-2026-0002  due 2026-01-26  1190.00  1190.00
  2026-03-10  invoice  GB-2026-0002  due 2026-03-24    50.85   640.85
  2026-02-05  remind   FR-2026-0002  level 1
  2026-02-06  promise  FR-2026-0002  600.00 EUR by 2026-02-20: kept (Mr Pine by email)
  2026-03-10  remind   FR-2026-0002  level 2
  $ DUES_TODAY=2026-05-01 dues remind --customer harbour --format csv | cut -d, -f2 | sort -u
  FR-2026-0002
  invoice

A payment settles the charge like any invoice:

  $ dues pay harbour 50.85 --date 2026-03-12 --apply GB-2026-0002 > /dev/null
  $ DUES_TODAY=2026-03-12 dues aging --customer harbour | grep ^harbour
  harbour   Harbour & Pine Ltd     0.00  0.00  590.00   0.00  0.00    0.00  590.00

The next level charges only the interest accrued since the last charge: 590.00 for the
10 days 11-20 March at 10.27%: 59000 x 10.27 x 10 / 36500 = 166.0 cents -> 1.66.

  $ DUES_TODAY=2026-03-20 dues remind --send --outbox out --customer harbour
  recorded 1 reminder and 1 charge document on 2026-03-20
  $ tail -2 journal/2026.dues
  2026-03-20 invoice GB-2026-0003 customer harbour series charge due 2026-04-03 subtotal 1.66 total 1.66 EUR origin dunning:FR-2026-0002/3
    item "Interest on FR-2026-0002 through 2026-03-20" unit interest price 1.66 amount 1.66

`dues check` catches a charge that does not go with a reminder:

  $ sed -i 's|origin dunning:FR-2026-0002/3|origin dunning:FR-2026-0002/2|' journal/2026.dues
  $ dues check
  dues: error: journal/2026.dues:29:1: GB-2026-0003 has origin 'dunning:FR-2026-0002/2' like GB-2026-0002 at journal/2026.dues:22; void one of them
  dues: error: journal/2026.dues:29:1: charge GB-2026-0003: no 'remind FR-2026-0002 level 2' entry on 2026-03-20: a charge is issued with the reminder it belongs to
  dues: error: the ledger has 2 errors; nothing was changed
  [3]

A letter that is not delivered records neither its reminders nor its charges, and the
numbers stay gapless for the letters that were:

  $ cd .. && cp -R "$EXAMPLES/dunning" second && cd second
  $ sed -i 's/^language = "de"$/language = "de"\ncharges = "document"/' dues.toml
  $ printf '\n[series.charge]\nkind = "invoice"\nformat = "GB-{year}-{seq:04}"\n' >> dues.toml
  $ sed -i '/^\[kranich\]/,/^\[/s/^emails = .*$/emails = []/' customers.toml
  $ dues remind --send --outbox out
  dues: warning: customer kranich has no email; no reminder sent
  recorded 2 reminders and 1 charge document on 2026-03-10; 1 letter(s) not sent
  [1]
  $ grep -E ' (invoice GB|remind)' journal/2026.dues | grep 2026-03-10
  2026-03-10 remind FR-2026-0002 level 2
  2026-03-10 invoice GB-2026-0001 customer harbour series charge due 2026-03-24 subtotal 50.85 total 50.85 EUR origin dunning:FR-2026-0002/2
  2026-03-10 remind FR-2026-0003 level 1
  $ dues check
  ok: 4 customers, 6 invoices, 0 credit notes, 1 payment, 0 refunds in 1 journal file

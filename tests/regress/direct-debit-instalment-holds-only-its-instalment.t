Issue 18: a pending SEPA collection of one instalment held the whole instalment invoice,
so the other instalments were neither reminded nor collected until the invoice was
fully paid. Now a collection (its EndToEndId is the invoice id and "-N") holds only
instalment N: remind and the next `dues collect` consider the others.

  $ cp -R "$EXAMPLES/dunning" ledger && cd ledger
  $ sed -i 's/^country = "DE"$/country = "DE"\niban = "DE02 1203 0000 0000 2020 51"\nbic = "BYLADEM1001"\ncreditor-id = "DE98ZZZ09999999999"/' dues.toml
  $ cat >> customers.toml <<'END'
  > 
  > [linde.mandate]
  > id = "LINDE-01"
  > signed = "2026-01-10"
  > iban = "DE89 3704 0044 0532 0130 00"
  > sequence = "FRST"
  > END
  $ cat >> journal/2026.dues <<'END'
  > 
  > 2026-02-10 invoice FR-2026-0006 customer linde due 2026-03-25 total 300.00 EUR
  >   instalment 2026-02-25 100.00
  >   instalment 2026-03-25 200.00
  > END
  $ dues check
  ok: 4 customers, 6 invoices, 0 credit notes, 1 payment, 0 refunds in 1 journal file

On 1 March the first instalment is due and is collected (with the older FR-2026-0003):

  $ dues collect --today 2026-03-01 --output first.xml | grep FR-
  2026-03-02  linde        FR-2026-0003           595.00 EUR  mandate LINDE-01 CORE FRST
  2026-03-02  linde        FR-2026-0006           100.00 EUR  mandate LINDE-01 CORE RCUR
  $ grep -o '<EndToEndId>[^<]*</EndToEndId>' first.xml
  <EndToEndId>FR-2026-0003</EndToEndId>
  <EndToEndId>FR-2026-0006-1</EndToEndId>

The bank has not booked them by 20 April. The second instalment (due 25 March) is
not held by the collection of the first: it is reminded, for its own 200.00 (the
100.00 being collected is left out), and the next run collects it; the collected
instalment and FR-2026-0003 stay pending:

  $ export DUES_TODAY=2026-04-20
  $ dues remind --customer linde | grep FR-
  linde     FR-2026-0003  2026-01-29    81  595.00  EUR     -      -  skip    0.00      0.00  direct debit pending
  linde     FR-2026-0006  2026-03-25    26  200.00  EUR     -      1  send    0.00      0.00  26 days after due, level 1 at 14
  $ dues collect --output second.xml
  2026-04-21  linde        FR-2026-0006           200.00 EUR  mandate LINDE-01 CORE RCUR
  not collected: linde FR-2026-0003 (collection pending since 2026-03-01)
  not collected: linde FR-2026-0006 (collection pending since 2026-03-01)
  1 collection, 200.00 EUR: wrote second.xml (pain.008.001.02) and recorded 1 pending collection.
  $ grep -o '<EndToEndId>[^<]*</EndToEndId>\|<InstdAmt[^<]*</InstdAmt>' second.xml
  <EndToEndId>FR-2026-0006-2</EndToEndId>
  <InstdAmt Ccy="EUR">200.00</InstdAmt>

A third run collects nothing, and the invoice shows the latest pending collection:

  $ dues collect --output third.xml
  not collected: linde FR-2026-0003 (collection pending since 2026-03-01)
  not collected: linde FR-2026-0006 (collection pending since 2026-03-01)
  not collected: linde FR-2026-0006 (collection pending since 2026-04-20)
  Nothing to collect.
  $ dues invoice show FR-2026-0006 | grep -A4 '^instalments\|^direct debit'
  instalments:
  DUE         AMOUNT    OPEN
  2026-02-25  100.00  100.00
  2026-03-25  200.00  200.00
  
  direct debit: 200.00 EUR on 2026-04-21, mandate LINDE-01 (pending)

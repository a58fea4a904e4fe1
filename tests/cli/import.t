`dues import customers` and `dues import open-items`: a plan by default, one atomic write
with --apply, nothing twice (docs/import.md).

  $ export DUES_TODAY=2026-06-01 LC_ALL=C.UTF-8
  $ cp -R "$TESTS/bad-input/base" ledger && cd ledger
  $ sum() { find . -type f ! -name .dues.lock | LC_ALL=C sort | xargs cat | sha256sum; }

Customers, as another system exports them (its own column names, a list cell):

  $ cat > kunden.csv <<'CSV'
  > Kundennr;Name;E-Mail;Land;Zahlungsziel
  > gamma;Gamma AG;"ap@gamma.example; buchhaltung@gamma.example";CH;net30
  > beta;Beta SARL;;FR;
  > CSV
  $ before=$(sum)
  $ dues import customers kunden.csv --delimiter ';' --map id=Kundennr --map emails=E-Mail \
  >   --map country=Land --map terms=Zahlungsziel
    new      gamma  Gamma AG
    already  beta   Beta SARL
  would import 1 customer, 1 already there (dry run: nothing was written; --apply writes)
  $ [ "$(sum)" = "$before" ] && echo "nothing written"
  nothing written
  $ dues import customers kunden.csv --delimiter ';' --map id=Kundennr --map emails=E-Mail \
  >   --map country=Land --map terms=Zahlungsziel --apply
    new      gamma  Gamma AG
    already  beta   Beta SARL
  imported 1 customer, 1 already there
  $ tail -6 customers.toml
  
  [gamma]
  name = "Gamma AG"
  emails = ["ap@gamma.example", "buchhaltung@gamma.example"]
  country = "CH"
  terms = "net30"
  $ dues import customers kunden.csv --delimiter ';' --map id=Kundennr --map emails=E-Mail \
  >   --map country=Land --map terms=Zahlungsziel --apply
    already  gamma  Gamma AG
    already  beta   Beta SARL
  imported 0 customers, 2 already there
  $ dues customer show gamma | head -3
  id:            gamma
  name:          Gamma AG
  emails:        ap@gamma.example, buchhaltung@gamma.example

Open items in a German layout: instalments (two rows of RE-100), a credit (negative), a
disputed invoice:

  $ cat > op.csv <<'CSV'
  > Beleg;Kunde;Datum;Fällig;Offen;Währung;Strittig;Verwendungszweck
  > RE-100;gamma;03.11.2025;03.12.2025;1.000,00;EUR;0;RE-100 Gamma
  > RE-100;gamma;03.11.2025;03.01.2026;500,50;EUR;0;
  > RE-101;acme;15.12.2025;14.01.2026;250,00;EUR;1;
  > GS-7;beta;20.12.2025;;-40,00;EUR;nein;
  > RE-102;kyoto;20.12.2025;19.01.2026;120000;JPY;0;
  > CSV
  $ opts=(--delimiter ';' --date-format %d.%m.%Y --decimal-mark , --thousands .
  >   --map id=Beleg --map customer=Kunde --map date=Datum --map due=Fällig --map amount=Offen
  >   --map currency=Währung --map disputed=Strittig --map reference=Verwendungszweck
  >   --source "old ERP, 2026-06")
  $ dues import open-items op.csv "${opts[@]}"
  dues: error: op.csv:5:34: disputed: expected 1/0, true/false or yes/no, not 'nein'
  dues: error: op.csv: 1 problem; nothing was imported
  [3]

"nein" is not a flag: nothing is written, the cell is named:

  $ dues import open-items op.csv "${opts[@]}" --apply
  dues: error: op.csv:5:34: disputed: expected 1/0, true/false or yes/no, not 'nein'
  dues: error: op.csv: 1 problem; nothing was imported
  [3]
  $ sed -i 's/;nein;/;0;/' op.csv
  $ dues import open-items op.csv "${opts[@]}" --apply
    new      invoice  RE-100  gamma  2025-11-03  due 2026-01-03   1500.50 EUR  2 instalments
    new      invoice  RE-101  acme   2025-12-15  due 2026-01-14    250.00 EUR  disputed
    new      credit   GS-7    beta   2025-12-20                    -40.00 EUR
    new      invoice  RE-102  kyoto  2025-12-20  due 2026-01-19    120000 JPY
  imported 4 opening items, 0 already there
  $ cat journal/2025.dues
  2025-11-03 invoice RE-100 customer gamma total 1500.50 EUR ref "RE-100 Gamma" opening "old ERP, 2026-06"
    instalment 2025-12-03 1000.00
    instalment 2026-01-03 500.50
  2025-12-15 invoice RE-101 customer acme due 2026-01-14 total 250.00 EUR opening "old ERP, 2026-06"
  2025-12-20 credit GS-7 customer beta total 40.00 EUR opening "old ERP, 2026-06"
  2025-12-20 invoice RE-102 customer kyoto due 2026-01-19 total 120000 JPY opening "old ERP, 2026-06"
  2025-12-15 dispute RE-101 reason "disputed when taken over from old ERP, 2026-06"
  $ dues check
  ok: 5 customers, 6 invoices (3 opening), 2 credit notes (1 opening), 1 payment, 0 refunds in 2 journal files
  $ dues import open-items op.csv "${opts[@]}" --apply
    already  invoice  RE-100  gamma  2025-11-03  due 2026-01-03   1500.50 EUR  2 instalments
    already  invoice  RE-101  acme   2025-12-15  due 2026-01-14    250.00 EUR  disputed
    already  credit   GS-7    beta   2025-12-20                    -40.00 EUR
    already  invoice  RE-102  kyoto  2025-12-20  due 2026-01-19    120000 JPY
  imported 0 opening items, 4 already there

They age, are paid and disputed like any invoice:

  $ dues aging --as-of 2026-01-10
  Aging as of 2026-01-10 by due date
  
  EUR
  CUSTOMER  NAME       NOT DUE    1-30    31-60  61-90   90+  CREDIT    TOTAL
  acme      ACME GmbH  1450.00    0.00     0.00   0.00  0.00    0.00  1450.00
  beta      Beta SARL   600.00    0.00     0.00   0.00  0.00  -40.00   560.00
  gamma     Gamma AG      0.00  500.50  1000.00   0.00  0.00    0.00  1500.50
  ---------------------------------------------------------------------------
  total                2050.00  500.50  1000.00   0.00  0.00  -40.00  3510.50
  
  JPY
  CUSTOMER  NAME              NOT DUE  1-30  31-60  61-90  90+  CREDIT   TOTAL
  kyoto     \xe4\xba\xac\xe9\x83\xbd\xe5\x95\x86\xe4\xba\x8b\xe6\xa0\xaa\xe5\xbc\x8f\xe4\xbc\x9a\xe7\xa4\xbe   170000     0      0      0    0       0  170000 (esc)
  ----------------------------------------------------------------------------
  total                        170000     0      0      0    0       0  170000
  $ dues pay gamma 1000.00 --date 2026-01-05 | head -3
  recorded payment PAY-2026-0002 on 2026-01-05: 1000.00 EUR from gamma
  INVOICE  FROM           APPLIED    OPEN  STATE
  RE-100   PAY-2026-0002  1000.00  500.50  overdue
  $ dues invoice list --status disputed --format ids
  RE-101

The same number with other values is a conflict: exit 4, nothing written:

  $ sed -i 's/250,00/260,00/' op.csv
  $ before=$(sum)
  $ dues import open-items op.csv "${opts[@]}" --apply
  dues: error: op.csv:4:1: 'RE-101' is already in the ledger (journal/2025.dues:4:1) with other values; an import never changes what is there
  dues: error: op.csv: 1 problem; nothing was imported
  [4]
  $ [ "$(sum)" = "$before" ] && echo "nothing written"
  nothing written

A dues invoice issued after the import is numbered on in its series:

  $ dues invoice new acme --item "Work:1:10.00" --date 2026-06-01 --dry-run 2>&1 | head -1
  2026-06-01 invoice INV-2026-0004 customer acme due 2026-07-01 terms net30 subtotal 10.00 total 10.00 EUR

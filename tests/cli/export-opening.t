Opening items (issue 14, `dues import open-items`): another system already booked their
income and tax, so the export takes them over against equity ([export] opening, default
Equity:Opening-Balances), not against income or tax; `invoice show` names where an
opening item came from. bean-check, hledger and ledger read the export, and each
customer's receivable balance equals `dues aging` (docs/export.md).

  $ export DUES_TODAY=2026-06-30 LC_ALL=C.UTF-8
  $ source "$TESTS/export/verify.sh"
  $ cp -R "$TESTS/bad-input/base" ledger
  $ cat > op.csv <<'CSV'
  > id;customer;date;due;amount;currency
  > RE-100;acme;2025-11-03;2025-12-03;1000.00;EUR
  > RE-100;acme;2025-11-03;2026-01-03;500.50;EUR
  > RE-101;beta;2025-12-15;2026-01-14;250.00;EUR
  > GS-7;beta;2025-12-20;;-40.00;EUR
  > RE-102;kyoto;2025-12-20;2026-01-19;120000;JPY
  > CSV
  $ dues -C ledger import open-items op.csv --delimiter ';' --source "old ERP" --apply | tail -1
  imported 4 opening items, 0 already there
  $ dues -C ledger pay acme 1000.00 --date 2026-01-05 | head -1
  recorded payment PAY-2026-0002 on 2026-01-05: 1000.00 EUR from acme
  $ dues -C ledger invoice void RE-101 --date 2026-02-01 --reason "settled in the old system" | head -1
  voided RE-101 on 2026-02-01; its number stays used

`invoice show` prints the opening text, in text and JSON:

  $ dues -C ledger invoice show RE-100 | grep -E '^(invoice|opening|series)'
  invoice RE-100  overdue
  opening:  old ERP
  $ dues -C ledger invoice show GS-7 --format json | jq -c '[.kind, .opening, .origin]'
  ["credit","old ERP",null]
  $ dues -C ledger invoice show INV-2026-0001 --format json | jq -c .opening
  null

The books: an opening invoice posts the receivable against equity, an opening credit
note equity against the customer's credit; no income, no tax:

  $ dues -C ledger export --format beancount | sed -n '/Opening invoice RE-100/,/^$/p'
  2025-11-03 * "ACME GmbH" "Opening invoice RE-100" ^RE-100
    customer: "acme"
    document: "RE-100"
    due: 2026-01-03
    opening: "old ERP"
    Equity:Opening-Balances                         -1500.50 EUR
    Assets:Receivable:Acme                           1500.50 EUR
  
  $ dues -C ledger export --format hledger | sed -n '/Opening credit note GS-7/,/^$/p'
  2025-12-20 * (GS-7) Beta SARL | Opening credit note GS-7
      ; customer: beta
      ; document: GS-7
      ; opening: old ERP
      Equity:Opening-Balances                            40.00 EUR
      Liabilities:CustomerCredit:beta                   -40.00 EUR
  
  $ dues -C ledger export --format ledger --to 2025-12-31 | grep -c '^ *Income\|^ *Liabilities:Tax'
  0
  [1]

Every tool reads the export; the balances agree with `dues aging`, at the end and
before the payment and the void:

  $ verify ledger
  3 balances agree
  $ verify ledger 2025-12-31
  3 balances agree
  $ hledger -f out.hledger bal Equity -N --flat
          -1710.50 EUR
           -120000 JPY  Equity:Opening-Balances

The account is configurable in [export]:

  $ printf '\n[export]\nopening = "Equity:Migration:OldERP"\n' >> ledger/dues.toml
  $ dues -C ledger export --format beancount | grep -c 'Equity:Migration:OldERP'
  6
  $ verify ledger
  3 balances agree
  $ sed -i 's/^opening = .*/opening = "Opening"/' ledger/dues.toml
  $ dues -C ledger export --format beancount
  dues: error: dues.toml:33:1: [export] opening: 'Opening' is not a beancount account name: it has a first part other than Assets, Liabilities, Equity, Income or Expenses
  [3]
  $ sed -i 's/^opening = .*/opening = "Equity:Opening-Balances"/' ledger/dues.toml

The tables carry the opening text in the documents table (csv, json, sqlite):

  $ dues -C ledger export --format csv --table documents | grep -E '^(id|RE-100|INV-2026-0001),'
  id,kind,customer,date,due,currency,total_minor,subtotal_minor,reference,related_invoice,opening
  RE-100,invoice,acme,2025-11-03,2026-01-03,EUR,150050,,,,old ERP
  INV-2026-0001,invoice,acme,2026-01-05,2026-02-04,EUR,120000,,,,
  $ dues -C ledger export --format sqlite --output ar.db
  $ sqlite3 ar.db "SELECT id, opening FROM documents WHERE opening IS NOT NULL ORDER BY id"
  GS-7|old ERP
  RE-100|old ERP
  RE-101|old ERP
  RE-102|old ERP
  $ diff <("$TESTS/export/balances.sh" aging ledger) <("$TESTS/export/balances.sh" sqlite ar.db) && echo same
  same

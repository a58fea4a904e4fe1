dues dispute: flag an invoice as disputed (kept out of dunning and of automatic
allocation), and resolve it.

  $ dues --today 2026-01-01 init ledger > /dev/null
  $ cd ledger
  $ cat >> customers.toml <<'EOF'
  > [acme]
  > name = "ACME Corporation"
  > EOF
  $ cat >> journal/2026.dues <<'EOF'
  > 
  > 2026-01-05 invoice INV-2026-0001 customer acme due 2026-02-04 total 100.00 EUR
  > 2026-01-06 invoice INV-2026-0002 customer acme due 2026-02-05 total 200.00 EUR
  > 2026-01-07 credit CN-2026-0001 customer acme total 10.00 EUR
  > EOF
  $ export DUES_TODAY=2026-03-10

  $ dues dispute INV-2026-0001 --reason "Goods arrived damaged" --date 2026-03-01
  disputed INV-2026-0001 on 2026-03-01; 100.00 open, disputed
  $ dues aging --detail --format csv
  as_of,basis,currency,customer,name,document,instalment,date,due,days,not due,1-30,31-60,61-90,90+,credit,total,disputed
  2026-03-10,due,EUR,acme,ACME Corporation,INV-2026-0001,0,2026-01-05,2026-02-04,34,0.00,0.00,100.00,0.00,0.00,0.00,100.00,true
  2026-03-10,due,EUR,acme,ACME Corporation,INV-2026-0002,0,2026-01-06,2026-02-05,33,0.00,0.00,200.00,0.00,0.00,0.00,200.00,false
  2026-03-10,due,EUR,acme,ACME Corporation,,,,,,0.00,0.00,0.00,0.00,0.00,-10.00,-10.00,false

Automatic allocation passes the disputed invoice by.

  $ dues pay acme 50 --dry-run
  would record payment PAY-2026-0001 on 2026-03-10: 50.00 EUR from acme
  INVOICE        FROM           APPLIED    OPEN  STATE
  INV-2026-0002  PAY-2026-0001    50.00  150.00  overdue
  unapplied: 0.00 EUR of PAY-2026-0001; acme has 10.00 EUR unapplied credit
  dry run: nothing was written

  $ dues dispute INV-2026-0001 --resolve --reason "Replacement sent" --format json
  {
    "dry_run": false,
    "event": "resolve",
    "invoice": "INV-2026-0001",
    "date": "2026-03-10",
    "reason": "Replacement sent",
    "open": "100.00",
    "state": "overdue"
  }
  $ tail -2 journal/2026.dues
  2026-03-01 dispute INV-2026-0001 reason "Goods arrived damaged"
  2026-03-10 resolve INV-2026-0001 reason "Replacement sent"

Errors change nothing.

  $ cp journal/2026.dues before.dues
  $ dues dispute INV-2026-0001 --resolve
  dues: error: INV-2026-0001 is not disputed on 2026-03-10; nothing to resolve
  [2]
  $ dues dispute INV-2026-0002
  dues: error: --reason: say what the customer disputes (or use --resolve)
  [2]
  $ dues dispute INV-2026-0002 --reason "x" --dry-run
  would dispute INV-2026-0002 on 2026-03-10; 200.00 open, disputed
  dry run: nothing was written
  $ dues dispute CN-2026-0001 --reason "Credit notes are not disputed"
  dues: error: 'CN-2026-0001' is not an invoice
  [2]
  $ dues dispute INV-2026-0007 --reason "Unknown"
  dues: error: no invoice 'INV-2026-0007' in this ledger
  [2]
  $ cmp before.dues journal/2026.dues
  $ dues dispute INV-2026-0002 --reason "Price"
  disputed INV-2026-0002 on 2026-03-10; 200.00 open, disputed
  $ dues dispute INV-2026-0002 --reason "Price again"
  dues: error: INV-2026-0002 is already disputed on 2026-03-10
  [2]
  $ dues check
  ok: 1 customer, 2 invoices, 1 credit note, 0 payments, 0 refunds in 1 journal file

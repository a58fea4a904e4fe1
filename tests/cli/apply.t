dues apply: use unapplied credit (payments and credit notes) on open invoices.

  $ dues --today 2026-01-01 init ledger > /dev/null
  $ cd ledger
  $ cat >> customers.toml <<'EOF'
  > [acme]
  > name = "ACME Corporation"
  > 
  > [beta]
  > name = "Beta GmbH"
  > 
  > [slow]
  > name = "Slow Payer Ltd"
  > allocation = "manual"
  > EOF
  $ cat >> journal/2026.dues <<'EOF'
  > 
  > 2026-01-02 credit CN-2026-0001 customer acme reason "Goodwill" total 30.00 EUR
  > 2026-01-05 invoice INV-2026-0001 customer acme due 2026-02-04 total 100.00 EUR
  > 2026-01-06 invoice INV-2026-0002 customer acme due 2026-01-20 total 200.00 EUR
  > 2026-01-07 invoice INV-2026-0003 customer acme due 2026-03-01 total 50.00 USD
  > 2026-01-08 invoice INV-2026-0004 customer beta due 2026-02-07 total 60.00 EUR
  > 2026-01-09 invoice INV-2026-0005 customer slow due 2026-02-08 total 70.00 EUR
  > 2026-01-10 payment PAY-2026-0001 customer acme amount 150.00 EUR
  > 2026-01-11 payment PAY-2026-0002 customer beta amount 100.00 EUR
  > 2026-01-12 payment PAY-2026-0003 customer slow amount 70.00 EUR
  > 2026-01-13 payment PAY-2026-0004 customer acme amount 20.00 USD
  > EOF
  $ export DUES_TODAY=2026-03-10
  $ dues check
  ok: 3 customers, 5 invoices, 1 credit note, 4 payments, 0 refunds in 1 journal file

A customer: the oldest money first (the credit note, then the payment), to the oldest
due invoice first, one allocate entry per source; every currency with credit.

  $ dues apply acme --date 2026-02-01 --dry-run
  would apply on 2026-02-01:
  INVOICE        FROM           APPLIED   OPEN  STATE
  INV-2026-0002  CN-2026-0001     30.00  20.00  overdue
  INV-2026-0002  PAY-2026-0001   150.00  20.00  overdue
  INV-2026-0003  PAY-2026-0004    20.00  30.00  partially-paid
  acme has 0.00 EUR unapplied credit
  acme has 0.00 USD unapplied credit
  dry run: nothing was written
  $ dues apply acme --date 2026-02-01 --currency EUR
  applied on 2026-02-01:
  INVOICE        FROM           APPLIED   OPEN  STATE
  INV-2026-0002  CN-2026-0001     30.00  20.00  overdue
  INV-2026-0002  PAY-2026-0001   150.00  20.00  overdue
  acme has 0.00 EUR unapplied credit
  $ tail -4 journal/2026.dues
  2026-02-01 allocate CN-2026-0001
    apply INV-2026-0002 30.00
  2026-02-01 allocate PAY-2026-0001
    apply INV-2026-0002 150.00

Nothing left to apply is not an error (cron may run it every night).

  $ dues apply acme --currency EUR
  nothing to apply on 2026-03-10

One payment, to named invoices: exactly an amount, or what is left.

  $ dues apply PAY-2026-0002 --apply INV-2026-0004=10 --format json
  {
    "dry_run": false,
    "date": "2026-03-10",
    "applied": [
      {
        "source": "PAY-2026-0002",
        "invoice": "INV-2026-0004",
        "amount": "10.00",
        "open": "50.00",
        "state": "overdue"
      }
    ],
    "credit": [
      {
        "customer": "beta",
        "currency": "EUR",
        "unapplied": "90.00"
      }
    ]
  }
  $ dues apply PAY-2026-0002 --apply INV-2026-0004
  applied on 2026-03-10:
  INVOICE        FROM           APPLIED  OPEN  STATE
  INV-2026-0004  PAY-2026-0002    50.00  0.00  paid
  beta has 40.00 EUR unapplied credit

--all skips customers whose allocation is manual; naming them applies their credit.

  $ dues apply --all
  applied on 2026-03-10:
  INVOICE        FROM           APPLIED   OPEN  STATE
  INV-2026-0003  PAY-2026-0004    20.00  30.00  overdue
  acme has 0.00 USD unapplied credit
  beta has 40.00 EUR unapplied credit
  $ dues apply slow
  applied on 2026-03-10:
  INVOICE        FROM           APPLIED  OPEN  STATE
  INV-2026-0005  PAY-2026-0003    70.00  0.00  paid
  slow has 0.00 EUR unapplied credit

Errors change nothing.

  $ cp journal/2026.dues before.dues
  $ dues apply
  dues: error: give a CUSTOMER, PAYMENT or CREDIT-NOTE id, or --all
  [2]
  $ dues apply nobody
  dues: error: no customer, payment or credit note 'nobody' in this ledger
  [2]
  $ dues apply INV-2026-0001
  dues: error: no customer, payment or credit note 'INV-2026-0001' in this ledger
  [2]
  $ dues apply beta --apply INV-2026-0001
  dues: error: --apply: INV-2026-0001 is an invoice of 'acme', not of 'beta'
  [2]
  $ dues apply PAY-2026-0002 --apply INV-2026-0004
  dues: error: --apply: nothing is open on INV-2026-0004
  [2]
  $ dues apply PAY-2026-0001 --apply INV-2026-0001
  dues: error: --apply: PAY-2026-0001 holds no unapplied credit on 2026-03-10
  [2]
  $ dues apply PAY-2026-0002 --date 2026-01-05
  dues: error: PAY-2026-0002 is dated 2026-01-11, after 2026-01-05
  [2]
  $ dues apply --all --apply INV-2026-0001
  dues: error: --apply names invoices of one customer; not with --all
  [2]
  $ cmp before.dues journal/2026.dues
  $ dues check
  ok: 3 customers, 5 invoices, 1 credit note, 4 payments, 0 refunds in 1 journal file

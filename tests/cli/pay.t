dues pay: record a payment, allocate it oldest due first or as --apply says.

  $ dues --today 2026-01-01 init ledger > /dev/null
  $ cd ledger
  $ cat >> customers.toml <<'EOF'
  > [acme]
  > name = "ACME Corporation"
  > currency = "EUR"
  > 
  > [sato]
  > name = "佐藤商事株式会社"
  > currency = "JPY"
  > 
  > [slow]
  > name = "Slow Payer Ltd"
  > allocation = "manual"
  > EOF
  $ cat >> journal/2026.dues <<'EOF'
  > 
  > 2026-01-05 invoice INV-2026-0001 customer acme due 2026-02-04 total 1000.00 EUR
  > 2026-01-10 invoice INV-2026-0002 customer acme due 2026-02-09 total 500.00 EUR
  > 2026-01-12 invoice INV-2026-0003 customer acme total 900.00 EUR
  >   instalment 2026-02-01 300.00
  >   instalment 2026-03-01 300.00
  >   instalment 2026-04-01 300.00
  > 2026-01-15 invoice INV-2026-0004 customer sato due 2026-02-15 total 150000 JPY
  > 2026-01-20 invoice INV-2026-0005 customer slow due 2026-02-19 total 80.00 EUR
  > 2026-01-21 invoice INV-2026-0006 customer acme due 2026-01-31 total 50.00 EUR
  > 2026-02-02 dispute INV-2026-0006 reason "Not delivered"
  > EOF
  $ export DUES_TODAY=2026-03-10
  $ dues check
  ok: 3 customers, 6 invoices, 0 credit notes, 0 payments, 0 refunds in 1 journal file

Automatic allocation pays the oldest due item first (instalments separately) and skips
the disputed INV-2026-0006; --dry-run writes nothing.

  $ cp journal/2026.dues before.dues
  $ dues pay acme 1200 --dry-run
  would record payment PAY-2026-0001 on 2026-03-10: 1200.00 EUR from acme
  INVOICE        FROM           APPLIED    OPEN  STATE
  INV-2026-0003  PAY-2026-0001   300.00  600.00  overdue
  INV-2026-0001  PAY-2026-0001   900.00  100.00  overdue
  unapplied: 0.00 EUR of PAY-2026-0001; acme has 0.00 EUR unapplied credit
  dry run: nothing was written
  $ cmp before.dues journal/2026.dues

A fee settles like money: 1397.50 + 2.50 pays 1400.00.

  $ dues pay acme 1397.50 --fee 2.50 --method bank --ref "SEPA 4711" --date 2026-03-01
  recorded payment PAY-2026-0001 on 2026-03-01: 1397.50 EUR from acme, fee 2.50
  INVOICE        FROM           APPLIED    OPEN  STATE
  INV-2026-0003  PAY-2026-0001   300.00  600.00  partially-paid
  INV-2026-0001  PAY-2026-0001  1000.00    0.00  paid
  INV-2026-0002  PAY-2026-0001   100.00  400.00  overdue
  unapplied: 0.00 EUR of PAY-2026-0001; acme has 0.00 EUR unapplied credit
  $ tail -4 journal/2026.dues
  2026-03-01 payment PAY-2026-0001 customer acme amount 1397.50 EUR fee 2.50 method bank ref "SEPA 4711"
    apply INV-2026-0003 300.00
    apply INV-2026-0001 1000.00
    apply INV-2026-0002 100.00

Explicit allocation: what is open, or exactly an amount; the rest stays unapplied credit.

  $ dues pay acme 1000 --apply INV-2026-0006 --apply INV-2026-0002=150 --format json
  {
    "dry_run": false,
    "payment": {
      "id": "PAY-2026-0002",
      "customer": "acme",
      "date": "2026-03-10",
      "amount": "1000.00",
      "fee": "0.00",
      "currency": "EUR",
      "method": "",
      "ref": ""
    },
    "applied": [
      {
        "source": "PAY-2026-0002",
        "invoice": "INV-2026-0006",
        "amount": "50.00",
        "open": "0.00",
        "state": "paid"
      },
      {
        "source": "PAY-2026-0002",
        "invoice": "INV-2026-0002",
        "amount": "150.00",
        "open": "250.00",
        "state": "overdue"
      }
    ],
    "unapplied": "800.00",
    "customer_credit": "800.00"
  }

Over-payment with nothing left to pay, and a manual customer: all unapplied.

  $ dues pay slow 80
  recorded payment PAY-2026-0003 on 2026-03-10: 80.00 EUR from slow
  nothing applied
  unapplied: 80.00 EUR of PAY-2026-0003; slow has 80.00 EUR unapplied credit
  $ dues pay acme 5 --no-apply
  recorded payment PAY-2026-0004 on 2026-03-10: 5.00 EUR from acme
  nothing applied
  unapplied: 5.00 EUR of PAY-2026-0004; acme has 805.00 EUR unapplied credit

Zero-decimal currency: the customer's currency is used; yen have no decimals.

  $ dues pay sato 200000
  recorded payment PAY-2026-0005 on 2026-03-10: 200000 JPY from sato
  INVOICE        FROM           APPLIED  OPEN  STATE
  INV-2026-0004  PAY-2026-0005   150000     0  paid
  unapplied: 50000 JPY of PAY-2026-0005; sato has 50000 JPY unapplied credit
  $ dues pay sato 100.5
  dues: error: AMOUNT: too many decimals for JPY (at most 0): '100.5'
  [2]

Errors change nothing.

  $ cp journal/2026.dues before.dues
  $ dues pay nobody 10
  dues: error: unknown customer 'nobody' (not in customers.toml)
  [2]
  $ dues pay acme 12.345
  dues: error: AMOUNT: too many decimals for EUR (at most 2): '12.345'
  [2]
  $ dues pay acme abc
  dues: error: AMOUNT: not an amount (digits, optionally '.' and decimals): 'abc'
  [2]
  $ dues pay acme 0
  dues: error: AMOUNT: must be more than zero: '0'
  [2]
  $ dues pay acme 100 --apply INV-2026-0002=300
  dues: error: --apply: 300.00 EUR is more than the 250.00 EUR open on INV-2026-0002
  [2]
  $ dues pay acme 100 --apply INV-2026-0002=60 --apply INV-2026-0003=60
  dues: error: --apply: the amounts applied add up to more than the 100.00 EUR available
  [2]
  $ dues pay acme 100 --apply INV-2026-0004
  dues: error: --apply: INV-2026-0004 is an invoice of 'sato', not of 'acme'
  [2]
  $ dues pay acme 100 --apply INV-2026-0001
  dues: error: --apply: nothing is open on INV-2026-0001
  [2]
  $ dues pay acme 100 --method bitcoin
  dues: error: --method: expected bank, cash, card, alipay, wechat, cheque or other, not 'bitcoin'
  [2]
  $ dues pay acme 100 --no-apply --apply INV-2026-0002
  dues: error: --no-apply and --apply exclude each other
  [2]
  $ dues pay acme 100 --currency XYZ
  dues: error: --currency: unknown currency 'XYZ' (expected an ISO 4217 code such as EUR)
  [2]
  $ dues pay acme 100 --date 2026-02-30
  dues: error: --date: not a valid date (YYYY-MM-DD): '2026-02-30'
  [2]
  $ dues pay acme
  dues: error: amount is required
  Run 'dues --help' or 'dues COMMAND --help' for usage.
  [2]
  $ cmp before.dues journal/2026.dues

Another writer holds the lock: exit 4, nothing written.

  $ exec 9> .dues.lock
  $ flock 9
  $ DUES_LOCK_TIMEOUT=0 dues pay acme 10
  dues: error: another dues process is writing to this ledger (lock .dues.lock held for more than 0 ms); try again
  [4]
  $ exec 9>&-
  $ cmp before.dues journal/2026.dues

With [defaults] auto-apply-credit = true, older unapplied credit pays first.

  $ sed -i 's/^\[defaults\]$/[defaults]\nauto-apply-credit = true/' dues.toml
  $ cat >> journal/2026.dues <<'EOF'
  > 2026-03-10 invoice INV-2026-0007 customer acme due 2026-04-09 total 1500.00 EUR
  > EOF
  $ dues pay acme 100
  recorded payment PAY-2026-0006 on 2026-03-10: 100.00 EUR from acme
  INVOICE        FROM           APPLIED     OPEN  STATE
  INV-2026-0002  PAY-2026-0002   250.00     0.00  paid
  INV-2026-0003  PAY-2026-0002   550.00     0.00  paid
  INV-2026-0003  PAY-2026-0004     5.00     0.00  paid
  INV-2026-0003  PAY-2026-0006    45.00     0.00  paid
  INV-2026-0007  PAY-2026-0006    55.00  1445.00  partially-paid
  unapplied: 0.00 EUR of PAY-2026-0006; acme has 0.00 EUR unapplied credit
  $ dues check
  ok: 3 customers, 7 invoices, 0 credit notes, 6 payments, 0 refunds in 1 journal file
  $ dues aging --customer acme
  Aging as of 2026-03-10 by due date
  
  EUR
  CUSTOMER  NAME              NOT DUE  1-30  31-60  61-90   90+  CREDIT    TOTAL
  acme      ACME Corporation  1445.00  0.00   0.00   0.00  0.00    0.00  1445.00
  ------------------------------------------------------------------------------
  total                       1445.00  0.00   0.00   0.00  0.00    0.00  1445.00

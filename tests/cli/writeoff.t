dues writeoff: settle part or all of an invoice as a loss.

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
  > 2026-01-07 invoice INV-2026-0003 customer acme due 2026-02-06 total 300.00 EUR
  > 2026-01-08 void INV-2026-0003 reason "Issued twice"
  > 2026-02-01 payment PAY-2026-0001 customer acme amount 99.98 EUR
  >   apply INV-2026-0001 99.98
  > EOF
  $ export DUES_TODAY=2026-03-10

The default is everything open.

  $ dues writeoff INV-2026-0001 --reason "Rounding difference"
  wrote off 0.02 EUR of INV-2026-0001 on 2026-03-10; 0.00 open, written-off
  $ dues writeoff INV-2026-0002 --amount 50 --reason "Partial loss" --date 2026-03-01 --format json
  {
    "dry_run": false,
    "writeoff": {
      "invoice": "INV-2026-0002",
      "date": "2026-03-01",
      "amount": "50.00",
      "currency": "EUR",
      "reason": "Partial loss"
    },
    "open": "150.00",
    "state": "overdue"
  }
  $ tail -2 journal/2026.dues
  2026-03-10 writeoff INV-2026-0001 amount 0.02 EUR reason "Rounding difference"
  2026-03-01 writeoff INV-2026-0002 amount 50.00 EUR reason "Partial loss"
  $ dues writeoff INV-2026-0002 --reason "Customer insolvent" --dry-run
  would write off 150.00 EUR of INV-2026-0002 on 2026-03-10; 0.00 open, written-off
  dry run: nothing was written

Errors change nothing.

  $ cp journal/2026.dues before.dues
  $ dues writeoff INV-2026-0002 --amount 150.01 --reason "Too much"
  dues: error: --amount: 150.01 EUR is more than the 150.00 EUR open on INV-2026-0002
  [2]
  $ dues writeoff INV-2026-0001 --reason "Again"
  dues: error: nothing is open on INV-2026-0001 (written-off); nothing to write off
  [2]
  $ dues writeoff INV-2026-0003 --reason "Void"
  dues: error: nothing is open on INV-2026-0003 (void); nothing to write off
  [2]
  $ dues writeoff PAY-2026-0001 --reason "Not an invoice"
  dues: error: 'PAY-2026-0001' is not an invoice
  [2]
  $ dues writeoff INV-2026-0009 --reason "Unknown"
  dues: error: no invoice 'INV-2026-0009' in this ledger
  [2]
  $ dues writeoff INV-2026-0002 --reason "Early" --date 2026-01-01
  dues: error: INV-2026-0002 is dated 2026-01-06, after 2026-01-01
  [2]
  $ dues writeoff INV-2026-0002 --amount 1.001 --reason "Decimals"
  dues: error: --amount: too many decimals for EUR (at most 2): '1.001'
  [2]
  $ dues writeoff INV-2026-0002
  dues: error: --reason is required
  Run 'dues --help' or 'dues COMMAND --help' for usage.
  [2]
  $ cmp before.dues journal/2026.dues
  $ dues check
  ok: 1 customer, 3 invoices, 0 credit notes, 1 payment, 0 refunds in 1 journal file

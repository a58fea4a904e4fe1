dues refund: pay unapplied credit back; never more than the customer has.

  $ dues --today 2026-01-01 init ledger > /dev/null
  $ cd ledger
  $ cat >> customers.toml <<'EOF'
  > [acme]
  > name = "ACME Corporation"
  > 
  > [kuwait]
  > name = "شركة الكويت"
  > currency = "KWD"
  > EOF
  $ cat >> journal/2026.dues <<'EOF'
  > 
  > 2026-01-05 invoice INV-2026-0001 customer acme due 2026-02-04 total 100.00 EUR
  > 2026-01-10 payment PAY-2026-0001 customer acme amount 180.00 EUR
  >   apply INV-2026-0001 100.00
  > 2026-01-11 payment PAY-2026-0002 customer kuwait amount 12.500 KWD
  > 2026-03-01 refund RFD-2026-0001 customer acme amount 50.00 EUR
  > EOF
  $ export DUES_TODAY=2026-03-10
  $ dues check
  ok: 2 customers, 1 invoice, 0 credit notes, 2 payments, 1 refund in 1 journal file

80.00 EUR of credit, 50.00 of it refunded on 2026-03-01: 30.00 may be refunded, even
on a day before that refund.

  $ dues refund acme 30.01 --date 2026-02-01
  dues: error: a refund of 30.01 EUR exceeds the unapplied credit of 'acme' on 2026-02-01 (30.00 EUR)
  [2]
  $ dues refund acme 30 --date 2026-02-01 --method bank --ref "Overpayment" --dry-run
  would record refund RFD-2026-0002 on 2026-02-01: 30.00 EUR to acme from PAY-2026-0001
  acme has 50.00 EUR unapplied credit
  dry run: nothing was written
  $ dues refund acme 20 --method bank --ref "Overpayment"
  recorded refund RFD-2026-0002 on 2026-03-10: 20.00 EUR to acme from PAY-2026-0001
  acme has 10.00 EUR unapplied credit
  $ tail -1 journal/2026.dues
  2026-03-10 refund RFD-2026-0002 customer acme amount 20.00 EUR method bank ref "Overpayment" from PAY-2026-0001

Three decimals for the Kuwaiti dinar; JSON for scripts.

  $ dues refund kuwait 2.125 --format json
  {
    "dry_run": false,
    "refund": {
      "id": "RFD-2026-0003",
      "customer": "kuwait",
      "date": "2026-03-10",
      "amount": "2.125",
      "currency": "KWD",
      "method": "",
      "ref": "",
      "from": [
        {
          "id": "PAY-2026-0002",
          "amount": "2.125"
        }
      ]
    },
    "customer_credit": "10.375"
  }
  $ dues refund kuwait 1.0001
  dues: error: AMOUNT: too many decimals for KWD (at most 3): '1.0001'
  [2]

Errors change nothing.

  $ cp journal/2026.dues before.dues
  $ dues refund acme 10.01
  dues: error: a refund of 10.01 EUR exceeds the unapplied credit of 'acme' on 2026-03-10 (10.00 EUR)
  [2]
  $ dues refund acme 5 --currency USD
  dues: error: a refund of 5.00 USD exceeds the unapplied credit of 'acme' on 2026-03-10 (0.00 USD)
  [2]
  $ dues refund nobody 5
  dues: error: unknown customer 'nobody' (not in customers.toml)
  [2]
  $ dues refund acme -5
  dues: error: AMOUNT: must be more than zero: '-5'
  [2]
  $ dues refund acme 5 --method card --date 2026-13-01
  dues: error: --date: not a valid date (YYYY-MM-DD): '2026-13-01'
  [2]
  $ cmp before.dues journal/2026.dues
  $ dues check
  ok: 2 customers, 1 invoice, 0 credit notes, 2 payments, 3 refunds in 1 journal file

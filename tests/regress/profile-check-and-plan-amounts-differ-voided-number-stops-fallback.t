Two reconcile defects (issue 19, item 6).

One: `reconcile --profile-check` and the plan showed different amounts for the same
skipped row (a row without an amount was blank in the check, 0.00 in the plan). Both
now take a skipped row's amount from one function.

Two: a voided invoice's number in the text stopped the fallback to the payer's name
and amount (the line stayed ambiguous: "INV-2026-0001 is not open"). The number is now
ignored, with a note in the plan, and the payer's name and the amount decide.

  $ export DUES_TODAY=2026-11-30
  $ dues --today 2026-11-01 init books > /dev/null && cd books
  $ printf '[hooli]\nname = "Hooli Inc"\n' >> customers.toml
  $ mkdir bank && cp "$ROOT/examples/bank-profiles/n26.toml" bank/
  $ head='"Booking Date","Value Date","Partner Name","Partner Iban",Type,"Payment Reference","Account Name","Amount (EUR)","Original Amount","Original Currency","Exchange Rate"'

A row without an amount and an outgoing one, shown with the same amounts by both:

  $ printf '%s\n2026-11-16,2026-11-16,"Hooli Inc",DE89370400440532013000,"Credit Transfer","x","Main Account",,,,\n2026-11-17,2026-11-17,"Hooli Inc",DE89370400440532013000,"Debit Transfer","y","Main Account",-12.50,,,\n' "$head" > skipped.csv
  $ dues reconcile skipped.csv --profile n26 --format json | grep '"amount"'
        "amount": "",
        "amount": "-12.50",
  $ dues reconcile --profile-check skipped.csv --profile n26 --format json | grep '"amount"'
        "amount": "",
        "amount": "-12.50",
  $ dues reconcile skipped.csv --profile n26 | grep -E '^ +[23] '
     2  no amount  2026-11-16          Hooli Inc x
     3  outgoing   2026-11-17  -12.50  Hooli Inc y

A payment quoting the number of a voided invoice is matched by the payer's name and
the amount to the invoice that replaced it:

  $ dues invoice new hooli --date 2026-11-02 --item "Work:1:1200.00" > /dev/null
  $ dues invoice void INV-2026-0001 --reason "wrong address" --date 2026-11-03 > /dev/null
  $ dues invoice new hooli --date 2026-11-03 --item "Work:1:1200.00" > /dev/null
  $ printf '%s\n2026-11-16,2026-11-16,"Hooli Inc",DE89370400440532013000,"Credit Transfer","Invoice INV-2026-0001","Main Account",1200.00,,,\n' "$head" > voided.csv
  $ dues reconcile voided.csv --profile n26 --format json | grep -E '"(status|invoice)"|voided'
    "file": "voided.csv",
        "status": "matched",
            "invoice": "INV-2026-0002",
          "invoice number INV-2026-0001 in the text is of a voided invoice: ignored",
  $ dues reconcile voided.csv --profile n26 --apply | tail -n 1
  Recorded 1 payment.
  $ dues invoice list --status open
  ID  DATE  DUE  CUSTOMER  TOTAL  OPEN  CCY  STATE
  $ dues check
  ok: 1 customer, 2 invoices, 0 credit notes, 1 payment, 0 refunds in 1 journal file

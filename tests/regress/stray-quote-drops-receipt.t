A stray quote inside a CSV cell (`"INV-2026-0006,"Main Account",1428.00`) used to shift
the row's cells and drop the receipt as "no amount" with exit 0. It is now an error
naming the file, line and column of the quote.

  $ export DUES_TODAY=2026-11-30
  $ dues --today 2026-11-01 init books > /dev/null && cd books
  $ mkdir bank && cp "$ROOT/examples/bank-profiles/n26.toml" bank/
  $ cat > stray.csv <<'END'
  > "Booking Date","Value Date","Partner Name","Partner Iban",Type,"Payment Reference","Account Name","Amount (EUR)","Original Amount","Original Currency","Exchange Rate"
  > 2026-11-16,2026-11-16,"Hooli Inc",DE89370400440532013000,"Credit Transfer","INV-2026-0006,"Main Account",1428.00,,,
  > END
  $ dues reconcile stray.csv --profile n26
  dues: error: stray.csv:2:91: text after the closing quote of a cell (a quoted cell is closed by the quote before its delimiter; a quote inside it is written twice: "")
  dues: error: the bank file stray.csv has 1 error; nothing was recorded
  [3]
  $ sed -i 's/"INV-2026-0006,"Main/INV-2026-0006,x"Main/' stray.csv
  $ dues reconcile stray.csv --profile n26
  dues: error: stray.csv:2:91: a quote inside a cell that does not start with one (a quoted cell is closed by the quote before its delimiter; a quote inside it is written twice: "")
  dues: error: the bank file stray.csv has 1 error; nothing was recorded
  [3]

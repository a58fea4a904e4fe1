A bank export whose last row was cut used to be accepted: cut after the IBAN
(`...,"Hooli Inc",DE11,` without a line break) it was "skipped: no amount" with exit 0;
cut inside the amount (`...,"Main Account",12`) it became a 12.00 EUR receipt. A data
row with fewer cells than the header is now an error naming file:line:col (exit 3,
nothing recorded).

  $ export DUES_TODAY=2026-11-30
  $ dues --today 2026-11-01 init books > /dev/null && cd books
  $ printf '[hooli]\nname = "Hooli Inc"\n' >> customers.toml
  $ mkdir bank && cp "$ROOT/examples/bank-profiles/n26.toml" bank/
  $ head='"Booking Date","Value Date","Partner Name","Partner Iban",Type,"Payment Reference","Account Name","Amount (EUR)","Original Amount","Original Currency","Exchange Rate"'
  $ row='2026-11-16,2026-11-16,"Hooli Inc",DE89370400440532013000,"Credit Transfer","INV-2026-0006","Main Account",1428.00,,,'
  $ printf '%s\n%s\n2026-11-17,2026-11-17,"Hooli Inc",DE11,' "$head" "$row" > cut-iban.csv
  $ dues reconcile cut-iban.csv --profile n26
  dues: error: cut-iban.csv:3:40: the last row has 5 cells, the header 11, and the file ends without a line break: the file looks truncated
  dues: error: the bank file cut-iban.csv has 1 error; nothing was recorded
  [3]
  $ printf '%s\n2026-11-17,2026-11-17,"Hooli Inc",DE11,"Credit Transfer","x","Main Account",12' "$head" > cut-amount.csv
  $ dues reconcile cut-amount.csv --profile n26 --apply
  dues: error: cut-amount.csv:2:77: the last row has 8 cells, the header 11, and the file ends without a line break: the file looks truncated
  dues: error: the bank file cut-amount.csv has 1 error; nothing was recorded
  [3]
  $ grep -c '^[0-9].* payment ' journal/*.dues
  0
  [1]

A short row in the middle is cut too, unless the profile says the bank drops trailing
empty cells; even then the last row of a file without a final line break is refused:

  $ printf '%s\n2026-11-17,2026-11-17,"Hooli Inc",DE11,"Credit Transfer","x","Main Account",12.00\n%s\n' "$head" "$row" > short.csv
  $ dues reconcile short.csv --profile n26 > /dev/null
  dues: error: short.csv:2:77: the row has 8 cells, the header 11; the row is cut short (bank profile 'n26' may set 'short-rows = true' for a bank that drops trailing empty cells)
  dues: error: the bank file short.csv has 1 error; nothing was recorded
  [3]
  $ echo 'short-rows = true' >> bank/n26.toml
  $ dues reconcile short.csv --profile n26 | tail -n 1
  0 matched, 0 ambiguous, 2 unmatched, 0 already imported, 0 skipped
  $ dues reconcile cut-amount.csv --profile n26
  dues: error: cut-amount.csv:2:77: the last row has 8 cells, the header 11, and the file ends without a line break: the file looks truncated
  dues: error: the bank file cut-amount.csv has 1 error; nothing was recorded
  [3]

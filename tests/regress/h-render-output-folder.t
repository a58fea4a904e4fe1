Issue 21 item 6: `invoice render --output` created missing parent folders silently (a
typo in the path made a folder tree). A missing folder is now an error naming it.

  $ cp -R "$TESTS/bad-input/base" ledger && cd ledger
  $ dues --today 2026-06-01 invoice render INV-2026-0001 --format html --output no/such/inv.html
  dues: error: --output: cannot write no/such/inv.html: the folder no/such does not exist
  [5]
  $ ls
  customers.toml
  dues.toml
  journal
  $ dues --today 2026-06-01 invoice render INV-2026-0001 --format html --output inv.html && test -s inv.html

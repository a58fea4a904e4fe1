`dues check` validates the whole ledger and prints a one-line summary on stdout; it exits
0 only when the ledger is clean (tests/cli/bad-input.t has the failures).

Each example ledger is valid:

  $ export DUES_TODAY=2026-12-01
  $ dues -C "$EXAMPLES/tiny" check
  ok: 3 customers, 7 invoices, 1 credit note, 5 payments, 1 refund in 1 journal file
  $ dues -C "$EXAMPLES/cn-trading" check
  ok: 23 customers, 238 invoices, 4 credit notes, 224 payments, 2 refunds in 2 journal files
  $ dues -C "$EXAMPLES/eu-agency" check
  ok: 22 customers, 225 invoices, 3 credit notes, 219 payments, 2 refunds in 2 journal files

The summary is the only output, on stdout; nothing goes to stderr:

  $ dues -C "$EXAMPLES/cn-trading" check 2>&1 >/dev/null

The ledger is found with -C, with DUES_LEDGER, or by searching upwards from the working
folder, as git finds its repository; -C wins over DUES_LEDGER:

  $ cp -R "$EXAMPLES/tiny" ledger
  $ DUES_LEDGER=ledger dues check
  ok: 3 customers, 7 invoices, 1 credit note, 5 payments, 1 refund in 1 journal file
  $ cd ledger/journal && dues check && cd ../..
  ok: 3 customers, 7 invoices, 1 credit note, 5 payments, 1 refund in 1 journal file
  $ DUES_LEDGER=nowhere dues -C ledger check
  ok: 3 customers, 7 invoices, 1 credit note, 5 payments, 1 refund in 1 journal file

Checking changes nothing, and "today" does not matter to it:

  $ (cd ledger && find . -type f | LC_ALL=C sort | xargs sha256sum) > before
  $ dues -C ledger --today 2020-01-01 check
  ok: 3 customers, 7 invoices, 1 credit note, 5 payments, 1 refund in 1 journal file
  $ DUES_TODAY=2030-12-31 dues -C ledger check
  ok: 3 customers, 7 invoices, 1 credit note, 5 payments, 1 refund in 1 journal file
  $ (cd ledger && find . -type f | LC_ALL=C sort | xargs sha256sum) | diff before -

Journal files are those that [journal] files names, in any layout; an entry may be in
any file. Moving the first entries into another file changes nothing:

  $ mkdir ledger/journal/archive
  $ sed -n '1,40p' ledger/journal/2026.dues > ledger/journal/archive/q1.dues
  $ sed -i '1,40d' ledger/journal/2026.dues
  $ printf '\n[journal]\nfiles = ["journal/*.dues", "journal/archive/*.dues"]\n' >> ledger/dues.toml
  $ dues -C ledger check
  ok: 3 customers, 7 invoices, 1 credit note, 5 payments, 1 refund in 2 journal files

A ledger with no journal file yet is valid (and empty):

  $ mkdir empty && cp ledger/dues.toml ledger/customers.toml empty/
  $ dues -C empty check
  ok: 3 customers, 0 invoices, 0 credit notes, 0 payments, 0 refunds in 0 journal files

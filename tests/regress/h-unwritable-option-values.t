Issue 21 item 8: command-line text that cannot be written was left to the parser to
find in the new entries: `pay --ref $'x"y\nz'` reported `journal/2026.dues:18:69:
unterminated string` for a line that does not exist, and `invoice new --date
9999-12-31` a file journal/9999.dues. These are usage errors (exit 2) naming the option,
and nothing is written.

  $ export DUES_TODAY=2026-06-01
  $ cp -R "$TESTS/bad-input/base" ledger && cd ledger && cp -R . ../before
  $ dues pay acme 10.00 --ref $'x"y\nz'
  dues: error: --ref: a line break cannot be written; give the value on one line, with spaces
  [2]
  $ dues pay acme 10.00 --ref $'\xff\xfe'
  dues: error: --ref: not valid UTF-8 (byte 0xFF at offset 0)
  [2]
  $ dues customer add zed --name $'Z\xffed'
  dues: error: --name: not valid UTF-8 (byte 0xFF at offset 1)
  [2]
  $ dues invoice new beta --item W:1:10.00 --date 9999-12-31
  dues: error: --date: 9999-12-31 is too far ahead; dates up to 9899-12-31 can be written
  [2]
  $ dues invoice new beta --item $'W\tx:1:10.00'
  dues: error: --item: a tab cannot be written; give the value on one line, with spaces
  [2]
  $ diff -r . ../before

A quote or a backslash is escaped by the writer and reads back as given:

  $ dues pay acme 10.00 --ref 'x"y\z' > /dev/null && tail -2 journal/2026.dues
  2026-06-01 payment PAY-2026-0002 customer acme amount 10.00 EUR ref "x\"y\\z"
    apply INV-2026-0001 10.00
  $ dues check
  ok: 4 customers, 3 invoices, 1 credit note, 2 payments, 0 refunds in 1 journal file

A postal address may have several lines:

  $ dues customer add zed --name Zed --address $'Main St 1\n10115 Berlin'
  added customer zed

Balances-only commands keep a snapshot of the parsed ledger in the cache folder. It is
keyed by a hash of every input file's content, so it is never stale: it only saves the
parse. Outputs with a cold cache, a warm one and none at all are the same.

  $ export DUES_CACHE_DIR="$PWD/cache" DUES_TODAY=2026-11-23
  $ cp -r "$EXAMPLES/eu-agency" ledger
  $ dues -C ledger aging --format json > cold.json
  $ ls cache | wc -l | tr -d ' '
  1
  $ dues -C ledger aging --format json > warm.json
  $ DUES_NO_CACHE=1 dues -C ledger aging --format json > none.json
  $ cmp cold.json warm.json && cmp cold.json none.json
  $ dues -C ledger statement almhof --format csv > warm.csv
  $ DUES_NO_CACHE=1 dues -C ledger statement almhof --format csv > none.csv
  $ cmp warm.csv none.csv

A journal edited by hand (here: a payment appended with an editor) changes the key: the
next run parses again and sees the payment.

  $ dues -C ledger aging --customer almhof --format csv | cut -d, -f4,12
  customer,total
  almhof,5650.00
  $ printf '2026-11-20 payment ZE-00220 customer almhof amount 100.00 EUR\n  apply NL-2026-0092 100.00\n' >> ledger/journal/2026.dues
  $ dues -C ledger check > /dev/null || dues -C ledger check
  $ dues -C ledger aging --customer almhof --format csv | cut -d, -f4,12
  customer,total
  almhof,5550.00

A damaged snapshot is never believed: the ledger is parsed again.

  $ printf 'garbage' | dd of="$(ls -d cache/*)" bs=1 seek=200 conv=notrunc 2> /dev/null
  $ dues -C ledger aging --format json > after.json
  $ DUES_NO_CACHE=1 dues -C ledger aging --format json > after-none.json
  $ cmp after.json after-none.json

A write keeps the snapshot in step with what it appended, and the next report agrees with
a full parse.

  $ dues -C ledger pay almhof 50.00 > /dev/null
  $ dues -C ledger aging --format json > paid.json
  $ DUES_NO_CACHE=1 dues -C ledger aging --format json > paid-none.json
  $ cmp paid.json paid-none.json
  $ DUES_NO_CACHE=1 dues -C ledger aging --customer almhof --format csv | cut -d, -f4,12
  customer,total
  almhof,5500.00

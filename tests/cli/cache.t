Balances-only commands keep a snapshot of the parsed ledger in the cache folder. It is
keyed by a hash of every input file's content, so it is never stale: it only saves the
parse. Outputs with a cold cache, a warm one and none at all are the same.

  $ export DUES_CACHE_DIR="$PWD/cache" DUES_TODAY=2026-11-23
  $ cp -r "$EXAMPLES/eu-agency" ledger
  $ dues -C ledger aging --format json > cold.json
  $ ls cache/*.snapshot | wc -l | tr -d ' '
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

  $ printf 'garbage' | dd of="$(ls -d cache/*.snapshot)" bs=1 seek=200 conv=notrunc 2> /dev/null
  $ dues -C ledger aging --format json > after.json
  $ DUES_NO_CACHE=1 dues -C ledger aging --format json > after-none.json
  $ cmp after.json after-none.json

A write leaves the snapshot as it is: the next load parses only what was appended to the
last journal file since, and agrees with a full parse.

  $ dues -C ledger aging > /dev/null
  $ cp cache/*.snapshot before.snapshot
  $ dues -C ledger pay almhof 50.00 > /dev/null
  $ cmp before.snapshot cache/*.snapshot
  $ dues -C ledger aging --format json > paid.json
  $ DUES_NO_CACHE=1 dues -C ledger aging --format json > paid-none.json
  $ cmp paid.json paid-none.json
  $ DUES_NO_CACHE=1 dues -C ledger aging --customer almhof --format csv | cut -d, -f4,12
  customer,total
  almhof,5500.00

Text appended by hand after the snapshot is checked as a write checks what it appends.
An error in it is reported at its line in the file, as a full parse reports it, and a
snapshot taken before it is not trusted.

  $ lines=$(wc -l < ledger/journal/2026.dues)
  $ printf '2026-11-21 payment ZE-00222 customer nobody amount 1.00 EUR\n' >> ledger/journal/2026.dues
  $ dues -C ledger aging > /dev/null 2> err.txt; echo "exit $?"
  exit 3
  $ grep -c "journal/2026.dues:$((lines + 1)):" err.txt
  1
  $ cmp before.snapshot cache/*.snapshot

A valid entry appended by hand counts, parsed on top of the snapshot (which stays as it
was: a full parse would have saved a new one).

  $ head -n "$lines" ledger/journal/2026.dues > fixed && cat fixed > ledger/journal/2026.dues
  $ printf '2026-11-21 payment ZE-00222 customer almhof amount 1.00 EUR\n  apply NL-2026-0092 1.00' >> ledger/journal/2026.dues
  $ dues -C ledger aging --customer almhof --format csv | cut -d, -f4,12
  customer,total
  almhof,5499.00
  $ cmp before.snapshot cache/*.snapshot

A snapshot that covers a last line without its newline is not extended: the line may go
on. Text appended to it is read by a full parse.

  $ rm cache/*.snapshot && dues -C ledger aging > /dev/null
  $ cp cache/*.snapshot unterminated.snapshot
  $ printf '\n2026-11-22 payment ZE-00223 customer almhof amount 2.00 EUR\n  apply NL-2026-0092 2.00\n' >> ledger/journal/2026.dues
  $ dues -C ledger aging --customer almhof --format csv | cut -d, -f4,12
  customer,total
  almhof,5497.00
  $ cmp -s unterminated.snapshot cache/*.snapshot || echo saved again
  saved again
  $ dues -C ledger aging --format json > tail.json
  $ DUES_NO_CACHE=1 dues -C ledger aging --format json > tail-none.json
  $ cmp tail.json tail-none.json

Changing a byte the snapshot covered, even keeping the file's size, is a miss.

  $ sed -i 's/ZE-00220 customer almhof amount 100.00/ZE-00220 customer almhof amount 200.00/; s/apply NL-2026-0092 100.00/apply NL-2026-0092 200.00/' ledger/journal/2026.dues
  $ dues -C ledger aging --customer almhof --format csv | cut -d, -f4,12
  customer,total
  almhof,5397.00

A last journal file cut shorter than what the snapshot covered is a miss too.

  $ dues -C ledger aging > /dev/null
  $ head -n -2 ledger/journal/2026.dues > cut && cat cut > ledger/journal/2026.dues
  $ dues -C ledger aging --customer almhof --format csv | cut -d, -f4,12
  customer,total
  almhof,5399.00

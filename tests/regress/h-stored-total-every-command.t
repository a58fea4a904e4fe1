Issue 21 item 1: a stored total edited by hand (600.00 into 500.00) was caught by
`dues check` but not by the reports and writes, which read balances only, nor by a load
from the snapshot cache. Now every load checks stored totals.

  $ export DUES_CACHE_DIR="$CRAMTMP/cache" DUES_TODAY=2026-06-01
  $ cp -R "$TESTS/bad-input/base" ledger && cd ledger
  $ dues aging > /dev/null && ls "$DUES_CACHE_DIR"/*.snapshot | wc -l
  1
  $ sed -i 's/total 600.00 EUR/total 500.00 EUR/' journal/2026.dues
  $ cp journal/2026.dues before
  $ dues aging
  dues: error: journal/2026.dues:8:1: INV-2026-0003: stored total 500.00 EUR does not match the items: 600.00 EUR
  dues: error: the ledger has 1 error; nothing was changed
  [3]
  $ dues pay acme 80.00
  dues: error: journal/2026.dues:8:1: INV-2026-0003: stored total 500.00 EUR does not match the items: 600.00 EUR
  dues: error: the ledger has 1 error; nothing was changed
  [3]
  $ DUES_NO_CACHE=1 dues statement acme > /dev/null
  dues: error: journal/2026.dues:8:1: INV-2026-0003: stored total 500.00 EUR does not match the items: 600.00 EUR
  dues: error: the ledger has 1 error; nothing was changed
  [3]
  $ cmp before journal/2026.dues

Text appended after the snapshot (here by hand) is checked in full, items included:

  $ sed -i 's/total 500.00 EUR/total 600.00 EUR/' journal/2026.dues
  $ dues aging > /dev/null
  $ printf '\n2026-03-01 invoice INV-2026-0004 customer beta due 2026-03-31 total 99.00 EUR\n  item "Work" price 100.00 amount 100.00\n' >> journal/2026.dues
  $ dues invoice list > /dev/null
  dues: error: journal/2026.dues:*: * (glob)
  dues: error: the ledger has 1 error; nothing was changed
  [3]

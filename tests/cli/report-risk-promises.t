`dues report risk` scores broken payment promises (docs/reports.md, "risk"). A promise is
kept when the promised amount was paid by the end of the promised day, broken when that
day passed without it; partly paid by the day is broken, and paying later does not mend
it. `remind`, `report collections`, `report risk` and `customer show` share that one
definition (src/query/promises.hpp).

  $ cp -R "$EXAMPLES/dunning" ledger && cd ledger
  $ export DUES_TODAY=2026-03-10

The example already has a kept promise: harbour promised 600.00 by 2026-02-20 and paid
it on 2026-02-18. Add a broken one (kranich, nothing paid), a partly kept one (linde
promised 595.00, paid 300.00 by the day) and one kept before its day (kranich again):

  $ dues promise FR-2026-0005 --date 2026-03-02 --on 2026-02-25 --text "next week" > /dev/null
  $ dues promise FR-2026-0003 --date 2026-03-06 --on 2026-03-03 --amount 595.00 > /dev/null
  $ dues pay linde 300.00 --date 2026-03-05 --apply FR-2026-0003=300.00 > /dev/null
  $ dues promise FR-2026-0001 --date 2026-03-12 --on 2026-03-04 --amount 1000.00 > /dev/null
  $ dues pay kranich 1000.00 --date 2026-03-09 --apply FR-2026-0001=1000.00 > /dev/null

While a promise is open, dunning waits for it:

  $ dues remind --as-of 2026-03-01 --format csv | grep -E 'FR-2026-0005|^customer'
  customer,invoice,due,days_overdue,open,currency,sent_level,level,action,fee,interest,why
  kranich,FR-2026-0005,2026-02-16,13,714.00,EUR,0,0,skip,0.00,0.00,promised to pay by 2026-03-02

The customer's history says where each promise stands:

  $ dues customer show kranich | grep promise
  2026-02-25  promise  FR-2026-0005  714.00 EUR by 2026-03-02: broken (next week)
  2026-03-04  promise  FR-2026-0001  1000.00 EUR by 2026-03-12: kept
  $ dues customer show linde | grep promise
  2026-03-03  promise  FR-2026-0003  595.00 EUR by 2026-03-06: broken
  $ dues customer show harbour | grep promise
  2026-02-06  promise  FR-2026-0002  600.00 EUR by 2026-02-20: kept (Mr Pine by email)

On 10 March the broken and the partly kept promise count, 10 points each (the kept ones
do not); the work list counts the same two:

  $ dues report risk --format csv | cut -d, -f3,17,18
  customer,broken_promises,score
  harbour,0,40
  kranich,1,50
  linde,1,50
  verein,0,40
  $ dues report risk --format json --customer linde | grep -E '"(broken_promises|score)"'
            "broken_promises": 1,
            "score": 50,
  $ dues report collections --format csv | cut -d, -f3,10,11
  customer,open_promises,broken_promises
  kranich,0,1
  harbour,0,0
  linde,0,1
  verein,0,0
  total,,

Paying later does not mend a broken promise: linde pays the rest on 20 March, leaves the
work list (nothing overdue to call about), but its risk still counts the broken promise:

  $ dues pay linde 295.00 --date 2026-03-20 --apply FR-2026-0003 > /dev/null
  $ dues report risk --as-of 2026-03-31 --format csv --customer linde | cut -d, -f3,17,18
  customer,broken_promises,score
  linde,1,37
  $ dues report collections --as-of 2026-03-31 --format csv | cut -d, -f3,11
  customer,broken_promises
  kranich,1
  harbour,0
  verein,0
  total,

A broken promise counts while its promised day is within the last 90 days (the window of
RECENT days late): on 1 June the one of 2 March (91 days back) has left it, the one of
6 March (87 days) has not:

  $ dues report risk --as-of 2026-06-01 --format csv | cut -d, -f3,17
  customer,broken_promises
  harbour,0
  kranich,0
  linde,1
  verein,0

The same history is in `customer show` and `statement` as JSON, for scripts:

  $ dues customer show kranich --format json | grep -A6 '"history"' | head -7
    "history": [
      {
        "date": "2026-01-29",
        "event": "remind",
        "invoice": "FR-2026-0001",
        "detail": "level 1"
      },
  $ dues statement linde --format json | grep -c '"event": "promise"'
  1

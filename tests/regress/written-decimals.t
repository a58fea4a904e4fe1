An amount may not be written with more decimals than its currency has, even zeros:
"1000.00 JPY" is refused like "12.345 EUR" (docs/journal-format.md). dues used to accept
it, as the value fits. Messages show amounts as written, not shortened ('-10.00', not
'-10').

  $ export DUES_TODAY=2026-12-01
  $ cp -R "$EXAMPLES/tiny" ledger && cd ledger
  $ cat >> journal/2026.dues <<'END'
  > 
  > 2026-05-12 payment PAY-2026-0006 customer kyoto amount 1000.00 JPY
  > 
  > 2026-05-13 payment PAY-2026-0007 customer ferro amount 10.000 EUR
  > 
  > 2026-05-14 payment PAY-2026-0008 customer ferro amount -10.00 EUR
  > END
  $ dues check
  dues: error: journal/2026.dues:80:56: too many decimals for JPY (at most 0): '1000.00'
  dues: error: journal/2026.dues:82:56: too many decimals for EUR (at most 2): '10.000'
  dues: error: journal/2026.dues:84:56: amount must not be negative: '-10.00'
  dues: error: the ledger has 3 errors; nothing was changed
  [3]

When an entry's header line cannot be read, its indented lines are not judged: dues does
not know what entry they belong to. It used to check them against the entry read before
(or an invoice), and reported errors such as "unknown line 'apply' in an invoice" for a
perfectly good line of a payment.

  $ export DUES_TODAY=2026-12-01
  $ cp -R "$TESTS/bad-input/base" ledger && cd ledger
  $ cat > journal/broken.dues <<'END'
  > 2026-02-30 payment PAY-2026-0002 customer acme amount 10.00 EUR
  >   apply INV-2026-0001 10.00
  > 
  > 2026-03-01 payment PAY-2026-0003 customer acme amount 10.00 EURO
  >   apply INV-2026-0001 10.00
  > END
  $ printf '2026-03-02\tpayment PAY-2026-0004 customer acme amount 10.00 EUR\n  apply INV-2026-0001 10.00\n' >> journal/broken.dues
  $ dues check
  dues: error: journal/broken.dues:1:1: not a valid date (YYYY-MM-DD): '2026-02-30'
  dues: error: journal/broken.dues:4:61: expected a currency code (such as EUR) after the amount, found 'EURO'
  dues: error: journal/broken.dues:6:11: tab character; journals use spaces (run 'dues fmt' to convert)
  dues: error: the ledger has 3 errors; nothing was changed
  [3]
  $ dues fmt
  dues: error: journal/broken.dues:1:1: not a valid date (YYYY-MM-DD): '2026-02-30'
  dues: error: journal/broken.dues:4:61: expected a currency code (such as EUR) after the amount, found 'EURO'
  dues: error: cannot format a journal that does not parse (2 errors); nothing was changed
  [3]

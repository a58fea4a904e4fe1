Money that a refund paid back cannot be applied to an invoice afterwards. dues used to
accept this: the payment still "held" 80.00 after the refund, so the invoice counted as
paid while the customer had got the money back.

  $ export DUES_TODAY=2026-12-01
  $ cp -R "$EXAMPLES/tiny" ledger && cd ledger
  $ cat >> journal/2026.dues <<'END'
  > 
  > 2026-05-12 payment PAY-2026-0006 customer ferro amount 1428.00 EUR method bank
  > 
  > 2026-05-13 refund RFD-2026-0002 customer ferro amount 1428.00 EUR method bank
  > 
  > 2026-05-14 allocate PAY-2026-0006
  >   apply INV-2026-0006 1428.00
  > END
  $ dues check
  dues: error: journal/2026.dues:85:9: PAY-2026-0006 applies 1428.00 EUR to INV-2026-0006, but customer 'ferro' has only 0.00 EUR of unapplied credit on 2026-05-14 (refunds paid the rest back)
  dues: error: the ledger has 1 error; nothing was changed
  [3]

Applied before the refund, the same money is fine, and then the refund is too big:

  $ sed -i 's/^2026-05-14 allocate/2026-05-12 allocate/' journal/2026.dues
  $ dues check
  dues: error: journal/2026.dues:82:1: refund RFD-2026-0002 of 1428.00 EUR exceeds the unapplied credit of customer 'ferro': 0.00 EUR on 2026-05-13
  dues: error: the ledger has 1 error; nothing was changed
  [3]

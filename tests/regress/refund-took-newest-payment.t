A refund used to take its money from the newest payment first, which no page said:
`pay a 100.00` (01-01), `pay a 50.00` (01-02), `refund a 60.00` (01-03), an invoice, and
`dues apply PAY-2026-0002` then found nothing to apply. A refund now pays back the
payment or credit note named by --from, or the oldest unapplied credit first, and the
journal records it as `from`.

  $ dues --today 2026-01-01 init ledger > /dev/null
  $ cd ledger
  $ printf '[a]\nname = "A"\n' >> customers.toml
  $ dues pay a 100.00 --no-apply --date 2026-01-01 > /dev/null
  $ dues pay a 50.00 --no-apply --date 2026-01-02 > /dev/null
  $ dues refund a 60.00 --date 2026-01-03
  recorded refund RFD-2026-0001 on 2026-01-03: 60.00 EUR to a from PAY-2026-0001
  a has 90.00 EUR unapplied credit
  $ tail -1 journal/2026.dues
  2026-01-03 refund RFD-2026-0001 customer a amount 60.00 EUR from PAY-2026-0001
  $ echo '2026-01-04 invoice INV-2026-0001 customer a due 2026-02-03 total 200.00 EUR' >> journal/2026.dues
  $ dues apply PAY-2026-0002 --date 2026-01-04
  applied on 2026-01-04:
  INVOICE        FROM           APPLIED    OPEN  STATE
  INV-2026-0001  PAY-2026-0002    50.00  150.00  partially-paid
  a has 40.00 EUR unapplied credit

The payment named by --from, however new, and never more than it holds:

  $ dues refund a 40.01 --from PAY-2026-0001 --date 2026-01-05
  dues: error: a refund of 40.01 EUR exceeds the unapplied credit of 'a' on 2026-01-05 (40.00 EUR)
  [2]
  $ dues refund a 1.00 --from PAY-2026-0002 --date 2026-01-05
  dues: error: --from: PAY-2026-0002 holds 0.00 EUR of unapplied credit on 2026-01-05, less than 1.00 EUR
  [2]
  $ dues refund a 1.00 --from INV-2026-0001 --date 2026-01-05
  dues: error: no customer, payment or credit note 'INV-2026-0001' in this ledger
  [2]

When a payment has nothing left, `apply` says which refund paid it back:

  $ dues refund a 40.00 --date 2026-01-05 > /dev/null
  $ dues apply PAY-2026-0001 --date 2026-01-06
  nothing to apply on 2026-01-06
  PAY-2026-0001 holds no unapplied credit: refund RFD-2026-0001 of 2026-01-03 paid 60.00 EUR back, refund RFD-2026-0002 of 2026-01-05 paid 40.00 EUR back

A journal written before `from` existed still reads: its refunds draw on the oldest
unapplied credit first, so the newer payment keeps its money.

  $ cd .. && dues --today 2026-01-01 init old > /dev/null && cd old
  $ printf '[a]\nname = "A"\n' >> customers.toml
  $ cat >> journal/2026.dues <<'END'
  > 2026-01-01 payment PAY-2026-0001 customer a amount 100.00 EUR
  > 2026-01-02 payment PAY-2026-0002 customer a amount 50.00 EUR
  > 2026-01-03 refund RFD-2026-0001 customer a amount 120.00 EUR
  > 2026-01-04 invoice INV-2026-0001 customer a due 2026-02-03 total 200.00 EUR
  > END
  $ dues check
  ok: 1 customer, 1 invoice, 0 credit notes, 2 payments, 1 refund in 1 journal file
  $ dues apply PAY-2026-0002 --date 2026-01-04
  applied on 2026-01-04:
  INVOICE        FROM           APPLIED    OPEN  STATE
  INV-2026-0001  PAY-2026-0002    30.00  170.00  partially-paid
  a has 0.00 EUR unapplied credit

A `from` that is not a payment or credit note, or that holds less, does not check:

  $ cat >> journal/2026.dues <<'END'
  > 2026-01-05 payment PAY-2026-0003 customer a amount 10.00 EUR
  > 2026-01-06 refund RFD-2026-0002 customer a amount 20.00 EUR from PAY-2026-0003
  > 2026-01-07 refund RFD-2026-0003 customer a amount 1.00 EUR from INV-2026-0001
  > END
  $ dues check
  dues: error: journal/2026.dues:16:1: refund RFD-2026-0002 of 20.00 EUR exceeds the 10.00 EUR unapplied on PAY-2026-0003 on 2026-01-06
  dues: error: journal/2026.dues:17:65: refund RFD-2026-0003: 'INV-2026-0001' is not a payment or credit note in this ledger
  dues: error: the ledger has 2 errors; nothing was changed
  [3]
  $ sed -i '$d' journal/2026.dues
  $ dues check
  dues: error: journal/2026.dues:16:1: refund RFD-2026-0002 of 20.00 EUR exceeds the 10.00 EUR unapplied on PAY-2026-0003 on 2026-01-06
  dues: error: the ledger has 1 error; nothing was changed
  [3]

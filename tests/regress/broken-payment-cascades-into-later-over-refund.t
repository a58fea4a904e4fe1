A payment entry that does not build (here an unknown customer) is left out of the
ledger with its apply lines; a later refund that pays its money back then failed
too, "exceeds the unapplied credit", as if it were a second mistake (issue 21.2).
`dues check` now reports the real cause at its file:line:col, and only it when the
refund names the broken payment in `from`; a refund without `from` is still checked,
its message says it may only follow from the entry above.

  $ export DUES_TODAY=2026-11-30
  $ dues --today 2026-11-01 init books > /dev/null && cd books
  $ printf '[acme]\nname = "ACME"\n' >> customers.toml
  $ dues invoice new acme --date 2026-11-02 --item "Work:1:100.00" > /dev/null
  $ dues pay acme 150.00 --date 2026-11-05 > /dev/null
  $ dues refund acme 30.00 --date 2026-11-08 > /dev/null
  $ grep -E '^2026-11-0[58]|^  apply' journal/2026.dues
  2026-11-05 payment PAY-2026-0001 customer acme amount 150.00 EUR
    apply INV-2026-0001 100.00
  2026-11-08 refund RFD-2026-0001 customer acme amount 30.00 EUR from PAY-2026-0001
  $ dues check
  ok: 1 customer, 1 invoice, 0 credit notes, 1 payment, 1 refund in 1 journal file
  $ cp journal/2026.dues good.dues

A typo in the payment's customer: one error, the payment's own:

  $ sed -i 's/payment PAY-2026-0001 customer acme/payment PAY-2026-0001 customer acmee/' journal/2026.dues
  $ dues check
  dues: error: journal/2026.dues:11:43: unknown customer 'acmee' (not in customers.toml); did you mean 'acme'?
  dues: error: the ledger has 1 error; nothing was changed
  [3]
  $ dues pay acme 10.00 --date 2026-11-09
  dues: error: journal/2026.dues:11:43: unknown customer 'acmee' (not in customers.toml); did you mean 'acme'?
  dues: error: the ledger has 1 error; nothing was changed
  [3]

A refund without `from` draws on the oldest credit: its error is kept, marked as
possibly following from the first:

  $ sed -i 's/ from PAY-2026-0001$//' journal/2026.dues
  $ dues check
  dues: error: journal/2026.dues:11:43: unknown customer 'acmee' (not in customers.toml); did you mean 'acme'?
  dues: error: journal/2026.dues:13:1: refund RFD-2026-0001 of 30.00 EUR exceeds the unapplied credit of customer 'acme': 0.00 EUR on 2026-11-08 (perhaps only because an entry above did not read: fix its error first)
  dues: error: the ledger has 2 errors; nothing was changed
  [3]

A refund that really takes more than its payment holds is still an error:

  $ sed 's/amount 30.00 EUR from/amount 300.00 EUR from/' good.dues > journal/2026.dues
  $ dues check
  dues: error: journal/2026.dues:13:1: refund RFD-2026-0001 of 300.00 EUR exceeds the 50.00 EUR unapplied on PAY-2026-0001 on 2026-11-08
  dues: error: the ledger has 1 error; nothing was changed
  [3]

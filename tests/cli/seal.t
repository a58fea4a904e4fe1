Tamper evidence (docs/team.md): `dues seal` records a SHA-256 chain over each journal
file, and `dues check` verifies it, naming the first entry that was changed, deleted,
moved or back-dated after the seal. Corrections that are new entries (a void, a credit
note) and `dues fmt` keep the seal valid.

  $ export DUES_TODAY=2026-03-10 DUES_NO_CACHE=1
  $ dues init --company Kiefer ledger > /dev/null
  $ cd ledger
  $ dues customer add acme --name ACME > /dev/null
  $ dues customer add bolt --name Bolt > /dev/null
  $ dues invoice new acme --item "Design:1:100" --date 2026-03-02
  issued INV-2026-0001 acme 100.00 EUR due 2026-04-01
  $ dues invoice new bolt --item "Repair:1:80" --date 2026-03-03
  issued INV-2026-0002 bolt 80.00 EUR due 2026-04-02
  $ dues pay acme 50 --apply INV-2026-0001 --date 2026-03-05 > /dev/null
  $ dues invoice new acme --item "Parts:1:30" --date 2026-03-06
  issued INV-2026-0003 acme 30.00 EUR due 2026-04-05

Without a seal, --audit says so:

  $ dues check --audit
  ok: 2 customers, 3 invoices, 0 credit notes, 1 payment, 0 refunds in 1 journal file
  audit: journal/2026.dues: not sealed (run 'dues seal')
  [1]
  $ dues seal
  sealed journal/2026.dues: 4 entries (4 new), head f41b3f428041a68a4fc7af9ee80cd5ed0823ecd085ac09042a5a42d2f3b13415
  $ cat journal/2026.dues.seal | cut -c1-60
  # The seal of journal/2026.dues: a SHA-256 chain over its en
  sealed 2026-03-10
  2026-03-02 invoice INV-2026-0001 a262a8b0d3a07c7bc2ed95db225
  2026-03-03 invoice INV-2026-0002 725fe8858879d7f0709cc08cd0f
  2026-03-05 payment PAY-2026-0001 da9c58f6ca019ba565c6b1def86
  2026-03-06 invoice INV-2026-0003 f41b3f428041a68a4fc7af9ee80
  $ dues check --audit
  ok: 2 customers, 3 invoices, 0 credit notes, 1 payment, 0 refunds in 1 journal file
  audit: journal/2026.dues: 4 sealed entries intact, 0 added since the seal of 2026-03-10
  $ cd ..
  $ sealed() { rm -rf case; cp -R ledger case; cd case; }

Each edit is found, with the entry's file:line:

An amount (the payment's):

  $ sealed
  $ sed -i 's/amount 50.00 EUR/amount 55.00 EUR/; s/apply INV-2026-0001 50.00/apply INV-2026-0001 55.00/' journal/2026.dues
  $ dues check
  dues: error: journal/2026.dues:13:1: payment PAY-2026-0001 was changed after it was sealed on 2026-03-10 (its text differs from seal link 3 of 2026-03-05 payment PAY-2026-0001)
  dues: error: the journal does not match its seal (1 file)
  [3]
  $ cd ..

A date:

  $ sealed
  $ sed -i 's/^2026-03-03 invoice/2026-03-04 invoice/' journal/2026.dues
  $ dues check
  dues: error: journal/2026.dues:11:1: invoice INV-2026-0002 was changed after it was sealed on 2026-03-10 (its text differs from seal link 2 of 2026-03-03 invoice INV-2026-0002)
  dues: error: the journal does not match its seal (1 file)
  [3]
  $ cd ..

A customer:

  $ sealed
  $ sed -i 's/^\(2026-03-06 invoice INV-2026-0003 customer\) acme/\1 bolt/' journal/2026.dues
  $ dues check
  dues: error: journal/2026.dues:15:1: invoice INV-2026-0003 was changed after it was sealed on 2026-03-10 (its text differs from seal link 4 of 2026-03-06 invoice INV-2026-0003)
  dues: error: the journal does not match its seal (1 file)
  [3]
  $ cd ..

A deleted entry (the last invoice, so that numbering has no gap):

  $ sealed
  $ sed -i '/^2026-03-06 invoice/,+1d' journal/2026.dues
  $ dues check
  dues: error: journal/2026.dues:13:1: the entry sealed as link 4 (2026-03-06 invoice INV-2026-0003) is missing after this one: deleted, edited or moved after the seal of 2026-03-10
  dues: error: the journal does not match its seal (1 file)
  [3]
  $ cd ..

Two entries swapped:

  $ sealed
  $ python3 - <<'END'
  > p = "journal/2026.dues"
  > lines = open(p).read().split("\n")
  > i = next(n for n, l in enumerate(lines) if l.startswith("2026-03-02 invoice"))
  > lines[i:i + 4] = lines[i + 2:i + 4] + lines[i:i + 2]
  > open(p, "w").write("\n".join(lines))
  > END
  $ dues check
  dues: error: journal/2026.dues:9:1: 2026-03-03 invoice INV-2026-0002 is not the entry sealed here (seal link 1: 2026-03-02 invoice INV-2026-0001): an entry was inserted, deleted or moved after the seal of 2026-03-10
  dues: error: the journal does not match its seal (1 file)
  [3]
  $ cd ..

A back-dated invoice, added after the seal with an earlier date:

  $ sealed
  $ dues invoice new bolt --item "Extra:1:10" --date 2026-03-04 > /dev/null
  $ dues check
  dues: error: journal/2026.dues:17:1: 2026-03-04 invoice INV-2026-0004 is not sealed and dated before the seal of 2026-03-10: inserted afterwards with an earlier date (back-dated)
  dues: error: the journal does not match its seal (1 file)
  [3]
  $ dues seal
  dues: error: journal/2026.dues:17:1: 2026-03-04 invoice INV-2026-0004 is not sealed and dated before the seal of 2026-03-10: inserted afterwards with an earlier date (back-dated)
  dues: error: the journal does not match its seal (1 file); nothing was sealed
  [3]
  $ cd ..

A correction is a new entry: a void and a credit note dated after the seal, and `dues fmt`
over a journal with a new comment and untidy spaces, keep the seal:

  $ sealed
  $ dues invoice void INV-2026-0003 --reason "Issued twice" --date 2026-03-11
  voided INV-2026-0003 on 2026-03-11; its number stays used
  $ dues credit INV-2026-0002 --item "Discount:1:8" --reason "Late" --date 2026-03-12 > /dev/null
  $ sed -i 's/^\(2026-03-02 invoice INV-2026-0001\) /\1   /; 1i ; reviewed by the auditor' journal/2026.dues
  $ dues fmt
  reformatted journal/2026.dues
  $ dues check --audit
  ok: 2 customers, 3 invoices, 1 credit note, 1 payment, 0 refunds in 1 journal file
  audit: journal/2026.dues: 4 sealed entries intact, 2 added since the seal of 2026-03-10
  $ dues seal | cut -c1-50
  sealed journal/2026.dues: 6 entries (2 new), head 
  $ dues check --audit
  ok: 2 customers, 3 invoices, 1 credit note, 1 payment, 0 refunds in 1 journal file
  audit: journal/2026.dues: 6 sealed entries intact, 0 added since the seal of 2026-03-10

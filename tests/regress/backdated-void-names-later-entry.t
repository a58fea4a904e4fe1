Issue 21.10: a back-dated entry that clashes with a later one says which later entry
would become invalid, why, and from what date the new one fits; it used to answer
"INV-2026-0003 is already void" at the dispute's line, as if that line were wrong.

  $ export DUES_TODAY=2026-06-01
  $ cp -R "$TESTS/bad-input/base" ledger && cd ledger
  $ dues dispute INV-2026-0003 --reason "Wrong hours" --date 2026-03-05
  disputed INV-2026-0003 on 2026-03-05; 600.00 open, disputed
  $ sha256sum journal/2026.dues > before
  $ dues invoice void INV-2026-0003 --reason "Issued twice" --date 2026-03-01
  dues: error: journal/2026.dues:18:1: this later entry of 2026-03-05 would no longer be valid: INV-2026-0003 is already void
  dues: error: the new entry dated 2026-03-01 comes before 1 later entry it would make invalid (above); date it 2026-03-05 or later, or change the later entry first; nothing was changed
  [3]
  $ sha256sum -c --quiet before

The date it names works:

  $ dues invoice void INV-2026-0003 --reason "Issued twice" --date 2026-03-05
  voided INV-2026-0003 on 2026-03-05; its number stays used
  $ dues check
  ok: 4 customers, 3 invoices, 1 credit note, 1 payment, 0 refunds in 1 journal file

Issue 21.11, the last three: an unknown entry keyword in the journal and an item's tax code
that is not one of its document's tax lines get "did you mean", and `dues init --currency`
takes a code in any case. Nothing is written on error.

  $ export DUES_TODAY=2026-06-01
  $ cp -R "$TESTS/bad-input/base" ledger && cd ledger
  $ cp journal/2026.dues journal.orig

An entry keyword with a typo:

  $ sed -i 's/^2026-01-07 invoice /2026-01-07 invoise /' journal/2026.dues
  $ dues check 2>&1 | grep "invoise"
  dues: error: journal/2026.dues:8:12: unknown entry 'invoise'; did you mean 'invoice'?
  $ dues check > /dev/null 2>&1; echo "exit $?"
  exit 3

A word far from every keyword still lists them:

  $ sed -i 's/^2026-01-07 invoise /2026-01-07 frobnicate /' journal/2026.dues
  $ dues check 2>&1 | grep "frobnicate"
  dues: error: journal/2026.dues:8:12: unknown entry 'frobnicate'; expected one of invoice, credit, payment, refund, void, writeoff, allocate, dispute, resolve, remind, note, promise, sent, collection, return, forgotten
  $ cp journal.orig journal/2026.dues

An item's tax code that is a typo of the document's tax line:

  $ sed -i '2s/tax standard amount/tax standrd amount/' journal/2026.dues
  $ dues check 2>&1 | grep "standrd"
  dues: error: journal/2026.dues:2:3: INV-2026-0001: unknown tax code 'standrd' (each tax code used by an item needs a tax line); did you mean 'standard'?
  $ cp journal.orig journal/2026.dues
  $ dues check > /dev/null && echo ok
  ok

`dues init --currency` in lower case:

  $ cd .. && dues init --currency cny --company "Shanghai Trading" cn > /dev/null
  $ grep '^currency' cn/dues.toml
  currency = "CNY"          # the default currency of invoices
  $ dues -C cn check > /dev/null && echo ok
  ok

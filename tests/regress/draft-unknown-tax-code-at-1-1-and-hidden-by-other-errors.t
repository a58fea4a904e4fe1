Did-you-mean for unknown tax codes on item lines, in every context (issue 21.11). A
draft's unknown tax code was reported at drafts/NAME.toml:1:1, and not at all while
another file (a recurring template, the journal) had an error, since a draft is only
previewed on a valid ledger. The code is checked against dues.toml alone, at the
item's line, in the same pass as every other error.

  $ export DUES_TODAY=2026-11-30
  $ dues --today 2026-11-01 init books > /dev/null && cd books
  $ printf '[acme]\nname = "ACME"\n' >> customers.toml
  $ mkdir -p drafts recurring

On the command line, for invoices and credit notes:

  $ dues invoice new acme --date 2026-11-02 --item "Work:1:100.00:standrd"
  dues: error: unknown tax code 'standrd' (not in [taxes] of dues.toml); did you mean 'standard'?
  [2]
  $ dues invoice new acme --date 2026-11-02 --item "Work:1:100.00:standard" > /dev/null
  $ dues credit INV-2026-0001 --item "Work:1:10.00:standrd" --reason x
  dues: error: unknown tax code 'standrd' (not in [taxes] of dues.toml); did you mean 'standard'?
  [2]

In a draft and a recurring template, both in one pass, each at its item:

  $ printf 'customer = "acme"\n\n[[items]]\ndescription = "D"\nprice = "10.00"\ntax = "standrd"\n' > drafts/d1.toml
  $ printf 'customer = "acme"\nstart = "2026-01-15"\n[[items]]\ndescription = "H"\nprice = "10.00"\ntax = "standrd"\n' > recurring/r1.toml
  $ dues check
  dues: error: drafts/d1.toml:3:1: unknown tax code 'standrd' (not in [taxes] of dues.toml); did you mean 'standard'?
  dues: error: recurring/r1.toml:3:1: recurring template 'r1': unknown tax code 'standrd' (not in [taxes] of dues.toml); did you mean 'standard'?
  dues: error: the ledger has 2 errors; nothing was changed
  [3]
  $ rm recurring/r1.toml
  $ dues invoice issue d1
  dues: error: drafts/d1.toml:3:1: unknown tax code 'standrd' (not in [taxes] of dues.toml); did you mean 'standard'?
  dues: error: the ledger has 1 error; nothing was changed
  [3]
  $ rm drafts/d1.toml

On a journal item line, against the document's tax lines:

  $ sed -i 's/tax standard amount/tax standrd amount/' journal/2026.dues
  $ dues check
  dues: error: journal/2026.dues:*:3: INV-2026-0001: unknown tax code 'standrd' (each tax code used by an item needs a tax line); did you mean 'standard'? (glob)
  dues: error: the ledger has 1 error; nothing was changed
  [3]

Errors found in dues.toml after reading it name the line and column of the value, like
every other error. dues used to print "dues.toml: unknown currency ..." without a place,
and reported a float rate twice (once as "needs a rate").

  $ export DUES_TODAY=2026-12-01
  $ cp -R "$EXAMPLES/tiny" ledger && cd ledger
  $ sed -i -e 's/^currency = "EUR"/currency = "EURO"/' -e 's/^terms = "net14"/terms = "net7"/' \
  >   -e 's/^tax = "standard"/tax = "vat"/' -e 's/^rate = "7%"/rate = 0.07/' dues.toml
  $ dues check
  dues: error: dues.toml:13:12: unknown currency 'EURO' in [company] (expected an ISO 4217 code)
  dues: error: dues.toml:20:9: [defaults] unknown terms 'net7' (not in [terms] of dues.toml)
  dues: error: dues.toml:21:7: [defaults] unknown tax code 'vat' (not in [taxes] of dues.toml)
  dues: error: dues.toml:40:8: 'rate' must be a string such as "20%" or a whole number, not a float: floats cannot hold decimals exactly
  dues: error: the ledger has 4 errors; nothing was changed
  [3]

An invoice without a due date (and without instalments) is reported with a column too:

  $ cp "$EXAMPLES/tiny/dues.toml" dues.toml
  $ printf '\n2026-05-12 invoice INV-2026-0008 customer ferro total 10.00 EUR\n' >> journal/2026.dues
  $ dues check
  dues: error: journal/2026.dues:80:1: missing 'due' for an invoice (or instalment lines)
  dues: error: the ledger has 1 error; nothing was changed
  [3]

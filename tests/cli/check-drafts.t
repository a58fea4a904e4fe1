dues check reads the drafts waiting in drafts/ too: a draft that does not read, or that
could not be issued as it is, fails the check (exit 3) at its file, line and column, so
a pull request that adds a broken draft is caught before anyone tries to issue it. The
credit limit is not the check's business: it depends on the day of issue.

  $ export DUES_TODAY=2026-03-01
  $ . "$TESTS/cli/invoicing_ledger.sh"
  $ dues invoice new acme --draft --name acme-april --date 2026-04-01 --item "Design:8:95" > /dev/null
  $ dues check
  ok: 2 customers, 0 invoices, 0 credit notes, 0 payments, 0 refunds in 1 journal file

  $ printf 'customer = "acme"\ncolour = "red"\n[[items]]\ndescription = "X"\nprice = 1.5\n' > drafts/bad.toml
  $ printf 'customer = "nobody"\n[[items]]\ndescription = "X"\nprice = "1.50"\n' > drafts/stranger.toml
  $ printf 'customer = "acme"\n[[items]]\ndescription = "X"\nprice = "1.50"\ntax = "luxury"\n' > drafts/taxed.toml
  $ cp -r . ../before
  $ dues check
  dues: error: drafts/bad.toml:2:1: unknown key 'colour' in draft drafts/bad.toml
  dues: error: drafts/bad.toml:5:9: 'price' in item 1 of draft drafts/bad.toml must be a string such as "120.50" (floats cannot hold decimals exactly)
  dues: error: drafts/stranger.toml:1:1: unknown customer 'nobody' (not in customers.toml)
  dues: error: drafts/taxed.toml:2:1: unknown tax code 'luxury' (not in [taxes] of dues.toml)
  dues: error: the ledger has 4 errors; nothing was changed
  [3]
  $ diff -r . ../before

A draft over the customer's credit limit passes: issuing it asks for --over-limit.

  $ rm drafts/bad.toml drafts/stranger.toml drafts/taxed.toml
  $ dues invoice new acme --draft --name big --item "Design:1000:95" > /dev/null
  $ dues check
  ok: 2 customers, 0 invoices, 0 credit notes, 0 payments, 0 refunds in 1 journal file

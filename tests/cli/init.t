`dues init [DIR]` starts a ledger: commented settings, an empty customer file, this
year's journal file, and git attributes so that journals merge line by line.

  $ export DUES_TODAY=2026-12-01
  $ dues --today 2026-03-15 init shop --currency CNY --company "上海小店有限公司"
  created a ledger in shop: dues.toml, customers.toml, journal/2026.dues
  $ find shop -type f | LC_ALL=C sort
  shop/.gitattributes
  shop/.gitignore
  shop/customers.toml
  shop/dues.toml
  shop/journal/2026.dues
  $ cat shop/.gitattributes shop/.gitignore
  # Appends from two clones merge line by line; `dues check` catches collisions.
  journal/*.dues merge=union
  .dues.lock
  $ grep -n '^name\|^currency' shop/dues.toml
  6:name = "\xe4\xb8\x8a\xe6\xb5\xb7\xe5\xb0\x8f\xe5\xba\x97\xe6\x9c\x89\xe9\x99\x90\xe5\x85\xac\xe5\x8f\xb8" (esc)
  7:currency = "CNY"          # the default currency of invoices
  44:name = "VAT 20%"

The new ledger is valid, canonical, and owes nothing:

  $ dues -C shop check
  ok: 0 customers, 0 invoices, 0 credit notes, 0 payments, 0 refunds in 1 journal file
  $ dues -C shop fmt --check
  $ dues -C shop --today 2026-03-15 aging
  Aging as of 2026-03-15 by due date
  
  Nothing is owed.

The examples in its comments are real: un-commenting the sample customer and journal
entries gives a valid, canonical ledger:

  $ sed -i '/^# \[acme\]/,$ s/^# //' shop/customers.toml
  $ sed -i 's/^; \(2026-\|  \)/\1/' shop/journal/2026.dues
  $ dues -C shop check
  ok: 1 customer, 1 invoice, 0 credit notes, 1 payment, 0 refunds in 1 journal file
  $ dues -C shop fmt --check

Without DIR it starts the ledger in the current folder, in EUR by default:

  $ mkdir here && cd here
  $ dues --today 2026-03-15 init
  created a ledger in .: dues.toml, customers.toml, journal/2026.dues
  note: dues.toml's [dunning.interest] base-rates (Germany's Basiszinssatz, BGB section 247) go through 2026-06-30 (base-rates-until), and only 1.27% from 2026-01-01 was verified; after that day `dues remind` stops at levels with interest until you add the rate in force from 2026-07-01 as `{ from = 2026-07-01, rate = "R%" },` to base-rates and set base-rates-until = 2026-12-31. The Deutsche Bundesbank fixes the rate for each 1 January and 1 July and publishes it on bundesbank.de and in the Bundesanzeiger (docs/dunning.md, "Base rates").
  $ grep '^currency' dues.toml
  currency = "EUR"          # the default currency of invoices
  $ dues check
  ok: 0 customers, 0 invoices, 0 credit notes, 0 payments, 0 refunds in 1 journal file
  $ cd ..

A folder that holds a ledger already is refused with exit 4 (conflict), and nothing in
it changes:

  $ find shop -type f ! -name .dues.lock | LC_ALL=C sort | xargs sha256sum > before
  $ dues --today 2026-03-15 init shop
  dues: error: shop already holds a ledger (dues.toml exists); nothing was changed
  [4]
  $ dues --today 2027-01-01 init shop --currency EUR
  dues: error: shop already holds a ledger (dues.toml exists); nothing was changed
  [4]
  $ find shop -type f ! -name .dues.lock | LC_ALL=C sort | xargs sha256sum | diff before -

An unknown currency is a usage error (exit 2), and no folder is created:

  $ dues init other --currency EURO
  dues: error: --currency: unknown currency 'EURO' (expected an ISO 4217 code such as EUR)
  [2]
  $ test -e other || echo "no folder"
  no folder

A code in lower case is the same code (issue 21.11):

  $ dues init lower --currency eur
  created a ledger in lower: dues.toml, customers.toml, journal/2026.dues
  note: dues.toml's [dunning.interest] base-rates (Germany's Basiszinssatz, BGB section 247) go through 2026-06-30 (base-rates-until), and only 1.27% from 2026-01-01 was verified; today (2026-12-01) is already past it, so `dues remind` stops at levels with interest until you add the rate in force from 2026-07-01 as `{ from = 2026-07-01, rate = "R%" },` to base-rates and set base-rates-until = 2026-12-31. The Deutsche Bundesbank fixes the rate for each 1 January and 1 July and publishes it on bundesbank.de and in the Bundesanzeiger (docs/dunning.md, "Base rates").
  $ grep '^currency' lower/dues.toml
  currency = "EUR"          # the default currency of invoices

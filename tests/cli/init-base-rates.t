The Bundesbank base rates `dues init` writes for EUR are marked as unverified, and the
table ends at base-rates-until: interest for a later day is an error naming
[dunning.interest] (exit 3), never the last rate carried on and never a zero rate.

`dues init` says so when it writes the table, and what to add (today is past its end):

  $ dues --today 2026-12-07 init books --currency EUR
  created a ledger in books: dues.toml, customers.toml, journal/2026.dues
  note: dues.toml's [dunning.interest] base-rates (Germany's Basiszinssatz, BGB section 247) go through 2026-06-30 (base-rates-until), and only 1.27% from 2026-01-01 was verified; today (2026-12-07) is already past it, so `dues remind` stops at levels with interest until you add the rate in force from 2026-07-01 as `{ from = 2026-07-01, rate = "R%" },` to base-rates and set base-rates-until = 2026-12-31. The Deutsche Bundesbank fixes the rate for each 1 January and 1 July and publishes it on bundesbank.de and in the Bundesanzeiger (docs/dunning.md, "Base rates").
  $ cd books
  $ grep -n 'NOT verified\|Bundesbank table\|2026-01-01\|base-rates-until =' dues.toml
  77:# The base rates below were NOT verified against the primary source when this default
  78:# was written: check them against the Bundesbank table (Basiszinssatz nach \xc2\xa7 247 BGB, (esc)
  79:# bundesbank.de) before relying on the figures. Only 1.27% from 2026-01-01 was checked
  92:  { from = 2026-01-01, rate = "1.27%" },
  94:base-rates-until = 2026-06-30
  $ cat >> customers.toml <<'END'
  > [acme]
  > name = "Acme GmbH"
  > emails = ["ap@acme.example"]
  > END
  $ mkdir -p journal && cat > journal/2026.dues <<'END'
  > 2026-03-02 invoice INV-2026-0001 customer acme due 2026-04-01 total 1000.00 EUR
  > END
  $ dues check
  ok: 1 customer, 1 invoice, 0 credit notes, 0 payments, 0 refunds in 1 journal file

Level 1 goes out first (no interest); level 2 states interest. Through 30 June the
table covers every day: 1000.00 from 2 April to 30 June at 1.27% + 9 points:
100000 x 10.27 x 90 / 36500 = 2532.3 cents -> 25.32.

  $ dues remind --as-of 2026-04-08 --send --outbox out
  recorded 1 reminder on 2026-04-08
  $ dues remind --as-of 2026-06-30 --format csv | cut -d, -f2,8-11
  invoice,level,action,fee,interest
  INV-2026-0001,2,send,40.00,25.32
  $ dues remind --as-of 2026-07-01
  dues: error: dues.toml:84:1: [dunning.interest] base-rates cover days through 2026-06-30 (base-rates-until), not 2026-07-01: add `{ from = 2026-07-01, rate = "R%" },` to base-rates, R being the rate in force from that day, and set `base-rates-until = 2026-12-31`; for Germany R is the Basiszinssatz (\xc2\xa7 247 BGB) that the Deutsche Bundesbank fixes for each 1 January and 1 July and publishes on bundesbank.de and in the Bundesanzeiger (docs/dunning.md, "Base rates") (esc)
  [3]
  $ dues remind --as-of 2026-07-01 --send --outbox out
  dues: error: dues.toml:84:1: [dunning.interest] base-rates cover days through 2026-06-30 (base-rates-until), not 2026-07-01: add `{ from = 2026-07-01, rate = "R%" },` to base-rates, R being the rate in force from that day, and set `base-rates-until = 2026-12-31`; for Germany R is the Basiszinssatz (\xc2\xa7 247 BGB) that the Deutsche Bundesbank fixes for each 1 January and 1 July and publishes on bundesbank.de and in the Bundesanzeiger (docs/dunning.md, "Base rates") (esc)
  [3]
  $ ls out
  2026-04-08-acme.eml
  2026-04-08-acme.pdf
  $ grep -c ' remind ' journal/2026.dues
  1

For a later day the message names every half-year's row missing through that day:

  $ dues remind --as-of 2027-02-01 2>&1 | grep -o 'add .* and set `[^`]*`'
  add `{ from = 2026-07-01, rate = "R%" },` `{ from = 2027-01-01, rate = "R%" },` to base-rates, each R being the rate in force from its day, and set `base-rates-until = 2027-06-30`

Doing what it says (with a made-up rate of 2.00% for the test: check the real one) lets
remind go on: 1000.00 x (1.27% + 9) x 90 days + 1000.00 x (2.00% + 9) x 1 day
= (100000 x 10.27 x 90 + 100000 x 11 x 1) / 36500 = 2562.47 cents -> 25.62.

  $ sed -i 's/^  { from = 2026-01-01, rate = "1.27%" },$/&\n  { from = 2026-07-01, rate = "2.00%" },/; s/^base-rates-until = 2026-06-30$/base-rates-until = 2026-12-31/' dues.toml
  $ dues remind --as-of 2026-07-01 --format csv | cut -d, -f2,8-11
  invoice,level,action,fee,interest
  INV-2026-0001,2,send,40.00,25.62

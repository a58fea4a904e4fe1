Issue 21.11: an unknown name gets "did you mean" (edit distance, base/suggest.hpp), one
phrasing of "unknown customer" for every command, "unknown command" and "unknown option"
instead of CLI11's "arguments were not expected", DUES_TODAY named when it is the one
that is wrong, currency and country codes in any case, a nested ledger warned about, and
`credit --format json`.

  $ export DUES_TODAY=2026-06-01
  $ cp -R "$TESTS/bad-input/base" ledger && cd ledger
  $ sha256sum customers.toml dues.toml journal/2026.dues > before

Unknown customer, the same words everywhere:

  $ dues pay acne 10.00
  dues: error: unknown customer 'acne' (not in customers.toml); did you mean 'acme'?
  [2]
  $ dues invoice new acne --item "X:1:10"
  dues: error: unknown customer 'acne' (not in customers.toml); did you mean 'acme'?
  [2]
  $ dues aging --customer acne
  dues: error: --customer: unknown customer 'acne' (not in customers.toml); did you mean 'acme'?
  [2]
  $ dues invoice list --customer acne
  dues: error: --customer: unknown customer 'acne' (not in customers.toml); did you mean 'acme'?
  [2]
  $ dues customer show acne
  dues: error: unknown customer 'acne' (not in customers.toml); did you mean 'acme'?
  [2]
  $ dues customer set acne name "X"
  dues: error: unknown customer 'acne' (not in customers.toml); did you mean 'acme'?
  [2]

Unknown terms, series, tax code; an attribute of a journal entry:

  $ dues invoice new acme --item "X:1:10" --terms net3O
  dues: error: unknown terms 'net3O' (not in [terms] of dues.toml); did you mean 'net30'?
  [2]
  $ dues invoice new acme --item "X:1:10" --series invoce
  dues: error: unknown invoice series 'invoce' (not a [series] of kind invoice in dues.toml); did you mean 'invoice'?
  [2]
  $ dues invoice new acme --item "X:1:10:standrd"
  dues: error: unknown tax code 'standrd' (not in [taxes] of dues.toml); did you mean 'standard'?
  [2]
  $ sha256sum -c --quiet before

Commands and options:

  $ dues frobnicate
  dues: error: unknown command 'frobnicate'
  Run 'dues --help' or 'dues COMMAND --help' for usage.
  [2]
  $ dues invoce list
  dues: error: unknown command 'invoce'; did you mean 'invoice'?
  Run 'dues --help' or 'dues COMMAND --help' for usage.
  [2]
  $ dues invoice lst
  dues: error: unknown command 'lst' for 'dues invoice'; did you mean 'list'?
  Run 'dues --help' or 'dues COMMAND --help' for usage.
  [2]
  $ dues aging --fromat csv
  dues: error: unknown option '--fromat' for 'dues aging'; did you mean '--format'?
  Run 'dues --help' or 'dues COMMAND --help' for usage.
  [2]
  $ dues invoice list --stauts open
  dues: error: unknown option '--stauts' for 'dues invoice list'; did you mean '--status'?
  Run 'dues --help' or 'dues COMMAND --help' for usage.
  [2]

An invalid DUES_TODAY names the variable; an invalid --today the option:

  $ DUES_TODAY=2026-13-01 dues check
  dues: error: DUES_TODAY: not a valid date (YYYY-MM-DD): '2026-13-01'
  [2]
  $ dues --today 2026-13-01 check
  dues: error: --today: not a valid date (YYYY-MM-DD): '2026-13-01'
  [2]

Currency codes in lower case are the codes in capitals:

  $ dues pay acme 10.00 --currency eur --dry-run
  would record payment PAY-2026-0002 on 2026-06-01: 10.00 EUR from acme
  INVOICE        FROM           APPLIED   OPEN  STATE
  INV-2026-0001  PAY-2026-0002    10.00  70.00  overdue
  unapplied: 0.00 EUR of PAY-2026-0002; acme has 0.00 EUR unapplied credit
  dry run: nothing was written
  $ dues aging --currency jpy --format csv | cut -d, -f3 | sort -u
  JPY
  currency

Countries are ISO 3166 codes; the tax-id check follows the code as normalised:

  $ dues customer add china --name "X" --country China
  dues: error: --country: 'China' is not an ISO 3166 country code (two letters such as DE, CN or JP)
  [2]
  $ dues customer add zz --name "X" --country ZZ
  dues: error: --country: 'ZZ' is not an ISO 3166 country code (two letters such as DE, CN or JP)
  [2]
  $ dues customer add cnlower --name "X" --country cn --tax-id 91330100716105852X
  dues: error: --tax-id: not a valid unified social credit code (18 characters with a check character): '91330100716105852X'
  [2]
  $ sha256sum -c --quiet before

Typed in lower case, they are written in capitals:

  $ dues customer add lower --name "Lower Ltd" --currency cny --country cn
  added customer lower
  $ sed -n '/^\[lower\]$/,$p' customers.toml
  [lower]
  name = "Lower Ltd"
  country = "CN"
  currency = "CNY"

Written by hand in lower case in customers.toml, they are reported with the code meant:

  $ sed -i 's/^country = "CN"$/country = "cn"/; s/^currency = "CNY"$/currency = "cny"/' customers.toml
  $ dues check
  dues: error: customers.toml:18:11: country 'cn' must be written in capitals; did you mean 'CN'?
  dues: error: customers.toml:20:12: unknown currency 'cny' (expected an ISO 4217 code); did you mean 'CNY'?
  dues: error: customers.toml:24:11: country 'cn' must be written in capitals; did you mean 'CN'?
  dues: error: customers.toml:25:12: unknown currency 'cny' (expected an ISO 4217 code); did you mean 'CNY'?
  dues: error: the ledger has 4 errors; nothing was changed
  [3]
  $ sed -i 's/^country = "cn"$/country = "CN"/; s/^currency = "cny"$/currency = "CNY"/' customers.toml

dues init inside a ledger warns that the new ledger is nested:

  $ dues init sub
  dues: warning: sub is inside the ledger in */ledger; this creates a nested ledger, and commands run in it use the new one (glob)
  created a ledger in sub: dues.toml, customers.toml, journal/2026.dues
  note: dues.toml's [dunning.interest] base-rates (Germany's Basiszinssatz, BGB section 247) go through 2026-06-30 (base-rates-until), and only 1.27% from 2026-01-01 was verified; after that day `dues remind` stops at levels with interest until you add the rate in force from 2026-07-01 as `{ from = 2026-07-01, rate = "R%" },` to base-rates and set base-rates-until = 2026-12-31. The Deutsche Bundesbank fixes the rate for each 1 January and 1 July and publishes it on bundesbank.de and in the Bundesanzeiger (docs/dunning.md, "Base rates").
  $ rm -r sub

credit --format json, as the other writers:

  $ dues credit INV-2026-0003 --full --reason "Cancelled" --format json
  {
    "dry_run": false,
    "credit_note": {
      "id": "CN-2026-0002",
      "invoice": "INV-2026-0003",
      "customer": "beta",
      "date": "2026-06-01",
      "total": "600.00",
      "currency": "EUR",
      "reason": "Cancelled"
    },
    "applied": {
      "invoice": "INV-2026-0003",
      "amount": "600.00"
    }
  }

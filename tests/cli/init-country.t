`dues init --country CC` starts a ledger with that country's usual tax rates and labels,
its currency, the language and paper of printed documents, and neutral placeholders (no
German sample address or IBAN for a Shanghai company). The rates are starting points.

  $ export DUES_TODAY=2026-03-15

A Shanghai company: CNY, the three VAT rates, Chinese labels, no IBAN, no EU interest:

  $ dues init sh --country CN --company "上海小店有限公司"
  created a ledger in sh: dues.toml, customers.toml, journal/2026.dues
  $ sed -n '/^\[company\]/,/^$/p' sh/dues.toml
  [company]
  name = "\xe4\xb8\x8a\xe6\xb5\xb7\xe5\xb0\x8f\xe5\xba\x97\xe6\x9c\x89\xe9\x99\x90\xe5\x85\xac\xe5\x8f\xb8" (esc)
  country = "CN"                # ISO 3166: tax-id check, payment references
  currency = "CNY"          # the default currency of invoices
  # address = """
  # Street and number
  # Postcode and city"""
  # tax-id = ""                 # \xe7\xbb\x9f\xe4\xb8\x80\xe7\xa4\xbe\xe4\xbc\x9a\xe4\xbf\xa1\xe7\x94\xa8\xe4\xbb\xa3\xe7\xa0\x81: 18 characters; dues check verifies the check character (esc)
  # email = "billing@example.com"
  # phone = ""
  # bank = ""                   # the bank's name, printed with the account
  # account-number = ""         # printed on invoices as payment instructions
  # routing-number = ""         # ABA routing number, sort code, bank code
  
  $ grep -c 'Berlin\|DE89\|iban' sh/dues.toml sh/customers.toml
  sh/dues.toml:0
  sh/customers.toml:0
  [1]
  $ grep -A2 '^\[taxes\.' sh/dues.toml | grep -v '^--'
  [taxes.standard]
  rate = "13%"
  name = "\xe5\xa2\x9e\xe5\x80\xbc\xe7\xa8\x8e 13%" (esc)
  [taxes.reduced]
  rate = "9%"
  name = "\xe5\xa2\x9e\xe5\x80\xbc\xe7\xa8\x8e 9%" (esc)
  [taxes.services]
  rate = "6%"
  name = "\xe5\xa2\x9e\xe5\x80\xbc\xe7\xa8\x8e 6%" (esc)
  [taxes.zero]
  rate = "0%"
  name = "\xe5\xa2\x9e\xe5\x80\xbc\xe7\xa8\x8e 0%" (esc)
  $ grep -A2 '^\[documents\]' sh/dues.toml
  [documents]
  language = "zh"               # labels of printed documents: en, de, fr, zh or ja
  paper = "a4"                  # "a4" or "letter"
  $ grep -c 'BGB\|^points\|^fee' sh/dues.toml
  0
  [1]
  $ dues -C sh check
  ok: 0 customers, 0 invoices, 0 credit notes, 0 payments, 0 refunds in 1 journal file

Japan: yen, 10% and the 8% reduced rate, tax cut once per rate per invoice (インボイス制度),
Japanese labels. The example invoice is in yen at the standard rate:

  $ dues init tokyo --country jp
  created a ledger in tokyo: dues.toml, customers.toml, journal/2026.dues
  $ grep '^currency\|^country\|rounding =\|^rate\|^language = "[a-z]*" ' tokyo/dues.toml
  country = "JP"                # ISO 3166: tax-id check, payment references
  currency = "JPY"          # the default currency of invoices
  tax-rounding = "invoice"      # per line ("line") or once per rate per invoice ("invoice")
  rounding = "down"             # "half-up", "half-even", "down" (\xe5\x88\x87\xe3\x82\x8a\xe6\x8d\xa8\xe3\x81\xa6) or "up" (esc)
  rate = "10%"
  rate = "8%"
  rate = "0%"
  language = "ja"               # labels of printed documents: en, de, fr, zh or ja
  $ grep 'total\|rate' tokyo/journal/2026.dues
  ; 2026-01-05 invoice INV-2026-0001 customer acme due 2026-02-04 terms net30 total 1320 JPY
  ;   tax standard rate 10% base 1200 amount 120

The United States: dollars, Letter paper, no VAT (sales tax is left to the user), an
account and routing number instead of an IBAN:

  $ dues init ny --country US
  created a ledger in ny: dues.toml, customers.toml, journal/2026.dues
  $ grep '^currency\|^paper\|^rate\|^name = "No\|routing-number' ny/dues.toml
  currency = "USD"          # the default currency of invoices
  # routing-number = ""         # ABA routing number, sort code, bank code
  rate = "0%"
  name = "No sales tax"
  paper = "letter"              # "a4" or "letter"

Germany keeps the EU late-payment defaults (base rate + 9 points, EUR 40); a Swiss
company invoicing in euros does not get them:

  $ dues init berlin --country DE
  created a ledger in berlin: dues.toml, customers.toml, journal/2026.dues
  note: dues.toml's [dunning.interest] base-rates (Germany's Basiszinssatz, BGB section 247) go through 2026-06-30 (base-rates-until), and only 1.27% from 2026-01-01 was verified; after that day `dues remind` stops at levels with interest until you add the rate in force from 2026-07-01 as `{ from = 2026-07-01, rate = "R%" },` to base-rates and set base-rates-until = 2026-12-31. The Deutsche Bundesbank fixes the rate for each 1 January and 1 July and publishes it on bundesbank.de and in the Bundesanzeiger (docs/dunning.md, "Base rates").
  $ grep '^rate\|^name = "USt\|^points\|^fee\|^language = "[a-z]*" ' berlin/dues.toml
  rate = "19%"
  name = "USt. 19 %"
  rate = "7%"
  name = "USt. 7 %"
  rate = "0%"
  name = "USt. 0 %"
  language = "de"               # labels of printed documents: en, de, fr, zh or ja
  points = "9%"
  fee = { EUR = "40.00" }    # \xc2\xa7 288 (5) BGB, Art. 6 of Directive 2011/7/EU (esc)
  $ dues init zurich --country CH --currency EUR
  created a ledger in zurich: dues.toml, customers.toml, journal/2026.dues
  $ grep -c '^points\|^fee\|BGB' zurich/dues.toml
  0
  [1]
  $ grep '^currency\|^rate = "8' zurich/dues.toml
  currency = "EUR"          # the default currency of invoices
  rate = "8.1%"

France has four rates:

  $ dues init paris --country FR >/dev/null
  $ grep '^rate\|^language = "[a-z]*" ' paris/dues.toml
  rate = "20%"
  rate = "10%"
  rate = "5.5%"
  rate = "2.1%"
  rate = "0%"
  language = "fr"               # labels of printed documents: en, de, fr, zh or ja

Every country's ledger checks, and so do its examples once un-commented (the invoice in
that currency at that standard rate):

  $ for c in AT AU BE CA CH CN DE DK ES FR GB IT JP KR LU NL NO PL PT SG US; do
  >   dues init all-$c --country $c >/dev/null || echo "$c: init failed"
  >   sed -i '/^# \[acme\]/,$ s/^# //' all-$c/customers.toml
  >   sed -i 's/^; \(2026-\|  \)/\1/' all-$c/journal/2026.dues
  >   dues -C all-$c check >/dev/null || echo "$c: check failed"
  >   dues -C all-$c fmt --check || echo "$c: not canonical"
  > done

A code without starting settings is a usage error listing the known ones; nothing is
created:

  $ dues init other --country ZZ
  dues: error: --country: no starting settings for 'ZZ'; dues knows AT, AU, BE, CA, CH, CN, DE, DK, ES, FR, GB, IT, JP, KR, LU, NL, NO, PL, PT, SG, US (leave --country out and write [taxes] by hand otherwise)
  [2]
  $ dues init other --country China
  dues: error: --country: no starting settings for 'China'; dues knows AT, AU, BE, CA, CH, CN, DE, DK, ES, FR, GB, IT, JP, KR, LU, NL, NO, PL, PT, SG, US (leave --country out and write [taxes] by hand otherwise)
  [2]
  $ test -e other || echo "no folder"
  no folder

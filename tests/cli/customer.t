dues customer: add, list, show and set customers; customers.toml keeps its comments.

  $ export DUES_TODAY=2026-03-01
  $ . "$TESTS/cli/invoicing_ledger.sh"
  $ cp customers.toml before.toml

Adding a customer appends one table at the end and changes nothing else:

  $ dues customer add carl.de --name "Carl & Söhne KG" --email a@carl.example --email b@carl.example --alias "CARL UND SOEHNE" --address $'Weg 2\n"Hof" 3' --country DE --tax-id DE999999999 --bank-account "DE89 3704 0044 0532 0130 00" --currency EUR --terms skonto --credit-limit 2500.00 --tag wholesale --tag de
  added customer carl.de
  $ diff -u before.toml customers.toml | tail -n +3
  @@ -13,3 +13,16 @@
   name = "\xe3\x83\x9c\xe3\x83\xab\xe3\x83\x88\xe6\xa0\xaa\xe5\xbc\x8f\xe4\xbc\x9a\xe7\xa4\xbe" (esc)
   currency = "JPY"
   terms = "net14"
  +
  +["carl.de"]
  +name = "Carl & S\xc3\xb6hne KG" (esc)
  +aliases = ["CARL UND SOEHNE"]
  +emails = ["a@carl.example", "b@carl.example"]
  +address = "Weg 2\n\"Hof\" 3"
  +country = "DE"
  +tax-id = "DE999999999"
  +bank-accounts = ["DE89 3704 0044 0532 0130 00"]
  +currency = "EUR"
  +terms = "skonto"
  +credit-limit = "2500.00"
  +tags = ["wholesale", "de"]
  $ dues check
  ok: 3 customers, 0 invoices, 0 credit notes, 0 payments, 0 refunds in 1 journal file

A Chinese customer's tax id is checked as a unified social credit code:

  $ dues customer add hua --name "华为" --country CN --tax-id 91350211M0000XUL0J --currency CNY
  added customer hua

Invalid values are usage errors naming the option, exactly as 'dues check' judges them;
the file is not touched:

  $ cp customers.toml before.toml
  $ dues customer add dora --name Dora --email not-an-email --bank-account DE00123 --currency XYZ --terms never
  dues: error: --email: not a valid email address: 'not-an-email'
  dues: error: --bank-account: not a valid IBAN (length or check digits): 'DE00123'
  dues: error: --currency: unknown currency 'XYZ' (expected an ISO 4217 code)
  dues: error: --terms: unknown terms 'never' (not in [terms] of dues.toml)
  [2]
  $ dues customer add dora --name Dora --country CN --tax-id 91350211M0000XUL0E
  dues: error: --tax-id: not a valid unified social credit code (18 characters with a check character): '91350211M0000XUL0E'
  [2]
  $ dues customer add dora --name Dora --credit-limit 1,000
  dues: error: --credit-limit: not an amount (such as 10000.00): '1,000'
  [2]
  $ dues customer add "do ra" --name Dora
  dues: error: not a valid customer id (letters, digits, '-', '_', '.', '/'): 'do ra'
  [2]
  $ dues customer add dora
  dues: error: --name is required
  Run 'dues --help' or 'dues COMMAND --help' for usage.
  [2]
  $ cmp before.toml customers.toml

An id that exists already is a conflict (exit 4):

  $ dues customer add acme --name "Other ACME"
  dues: error: customer 'acme' already exists at customers.toml:3:2; use 'dues customer set' to change it
  [4]
  $ cmp before.toml customers.toml

Listing, filtered by tag; 'ids' prints one id per line for shell completion:

  $ dues customer list
  ID       NAME             CURRENCY  TERMS   CREDIT LIMIT  TAGS
  acme     ACME Corp                               5000.00
  bolt     \xe3\x83\x9c\xe3\x83\xab\xe3\x83\x88\xe6\xa0\xaa\xe5\xbc\x8f\xe4\xbc\x9a\xe7\xa4\xbe   JPY       net14 (esc)
  carl.de  Carl & S\xc3\xb6hne KG  EUR       skonto       2500.00  wholesale,de (esc)
  hua      \xe5\x8d\x8e\xe4\xb8\xba             CNY (esc)
  $ dues customer list --tag de --format ids
  carl.de
  $ dues customer list --format ids
  acme
  bolt
  carl.de
  hua
  $ dues customer list --format csv
  id,name,currency,terms,credit_limit,country,tax_id,emails,tags
  acme,ACME Corp,,,5000.00,,,ap@acme.example,
  bolt,\xe3\x83\x9c\xe3\x83\xab\xe3\x83\x88\xe6\xa0\xaa\xe5\xbc\x8f\xe4\xbc\x9a\xe7\xa4\xbe,JPY,net14,,,,, (esc)
  carl.de,Carl & S\xc3\xb6hne KG,EUR,skonto,2500.00,DE,DE999999999,a@carl.example;b@carl.example,wholesale;de (esc)
  hua,\xe5\x8d\x8e\xe4\xb8\xba,CNY,,,CN,91350211M0000XUL0J,, (esc)
  $ dues customer list --tag wholesale --format json
  [
    {
      "id": "carl.de",
      "name": "Carl & S\xc3\xb6hne KG", (esc)
      "aliases": [
        "CARL UND SOEHNE"
      ],
      "emails": [
        "a@carl.example",
        "b@carl.example"
      ],
      "address": "Weg 2\n\"Hof\" 3",
      "country": "DE",
      "tax-id": "DE999999999",
      "bank-accounts": [
        "DE** **** 3000"
      ],
      "currency": "EUR",
      "terms": "skonto",
      "credit-limit": "2500.00",
      "tags": [
        "wholesale",
        "de"
      ],
      "allocation": null,
      "notes": null,
      "dunning": null,
      "reminder-emails": [],
      "language": null
    }
  ]
  $ dues customer list --format yaml
  dues: error: --format: expected one of table, csv, json, not 'yaml'
  [2]

Setting fields edits only the value's span; comments and layout stay:

  $ cp customers.toml before.toml
  $ dues customer set acme name "ACME Corporation"
  customer acme: name "ACME Corporation"
  $ dues customer set acme email --add ar@acme.example
  customer acme: emails ["ap@acme.example", "ar@acme.example"]
  $ dues customer set acme address "2 Side Street"
  customer acme: address "2 Side Street"
  $ dues customer set acme terms eom30
  customer acme: terms "eom30"
  $ dues customer set acme credit-limit --unset
  customer acme: credit-limit unset
  $ diff -u before.toml customers.toml | tail -n +3
  @@ -1,12 +1,10 @@
   # Our customers. Keep this comment.
   
   [acme]   # the big one
  -name = "ACME Corp"
  -emails = ["ap@acme.example"]   # accounts payable
  -address = """
  -1 Main Street
  -Springfield"""
  -credit-limit = "5000.00"
  +name = "ACME Corporation"
  +emails = ["ap@acme.example", "ar@acme.example"]   # accounts payable
  +address = "2 Side Street"
  +terms = "eom30"
   
   # A Japanese customer billed in yen.
   [bolt]
  $ dues customer set bolt tag --add export
  customer bolt: tags ["export"]
  $ dues customer set bolt tags --remove export
  customer bolt: tags unset
  $ dues customer set bolt credit-limit 1000000
  customer bolt: credit-limit "1000000"
  $ dues check
  ok: 4 customers, 0 invoices, 0 credit notes, 0 payments, 0 refunds in 1 journal file

Mistakes change nothing:

  $ cp customers.toml before.toml
  $ dues customer set acme email --add broken
  dues: error: emails: not a valid email address: 'broken'
  [2]
  $ dues customer set acme email --remove nobody@acme.example
  dues: error: 'nobody@acme.example' is not in emails of customer 'acme'
  [2]
  $ dues customer set acme colour blue
  dues: error: unknown customer field 'colour'; expected one of name, aliases, emails, address, country, tax-id, bank-accounts, currency, terms, credit-limit, tags, allocation, notes, dunning, reminder-emails, language
  [2]
  $ dues customer set acme name --unset
  dues: error: a customer needs a name; 'name' cannot be unset
  [2]
  $ dues customer set acme terms --add net30
  dues: error: --add and --remove work on list fields (aliases, emails, bank-accounts, tags), not 'terms'
  [2]
  $ dues customer set acme terms
  dues: error: missing VALUE for 'terms'
  [2]
  $ dues customer set bolt credit-limit 10.5
  dues: error: credit-limit: not a valid JPY credit limit: '10.5'
  [2]
  $ dues customer set nobody name X
  dues: error: unknown customer 'nobody' (not in customers.toml)
  [2]
  $ cmp before.toml customers.toml

Show: every field and the open balance per currency (open items, credit not yet
applied, and what is overdue):

  $ cat >> journal/2026.dues <<'END'
  > 2026-01-10 invoice INV-2026-0001 customer acme due 2026-02-09 total 1190.00 EUR
  > 2026-02-01 invoice INV-2026-0002 customer acme due 2026-02-20 total 595.00 EUR
  > 2026-02-21 payment PAY-1 customer acme amount 1300.00 EUR
  >   apply INV-2026-0001 1190.00
  > 2026-02-25 invoice INV-2026-0003 customer acme due 2026-03-27 total 100.00 USD
  > END
  $ dues customer show acme
  id:            acme
  name:          ACME Corporation
  emails:        ap@acme.example, ar@acme.example
  address:       2 Side Street
  terms:         eom30
  
  balance as of 2026-03-01:
  CURRENCY    OPEN  OVERDUE  CREDIT  BALANCE  INVOICES  OVERDUE INVOICES
  EUR       595.00   595.00  110.00   485.00         1                 1
  USD       100.00     0.00    0.00   100.00         1                 0
  $ dues customer show acme --format json
  {
    "id": "acme",
    "name": "ACME Corporation",
    "aliases": [],
    "emails": [
      "ap@acme.example",
      "ar@acme.example"
    ],
    "address": "2 Side Street",
    "country": null,
    "tax-id": null,
    "bank-accounts": [],
    "currency": null,
    "terms": "eom30",
    "credit-limit": null,
    "tags": [],
    "allocation": null,
    "notes": null,
    "dunning": null,
    "reminder-emails": [],
    "language": null,
    "as_of": "2026-03-01",
    "balances": [
      {
        "currency": "EUR",
        "open": "595.00",
        "overdue": "595.00",
        "credit": "110.00",
        "balance": "485.00",
        "open_invoices": 1,
        "overdue_invoices": 1
      },
      {
        "currency": "USD",
        "open": "100.00",
        "overdue": "0.00",
        "credit": "0.00",
        "balance": "100.00",
        "open_invoices": 1,
        "overdue_invoices": 0
      }
    ],
    "history": []
  }
  $ dues customer show nobody
  dues: error: unknown customer 'nobody' (not in customers.toml)
  [2]

A group without an action, or with an unknown one, is a usage error:

  $ dues customer
  dues: error: dues customer: expected add, list, show, set, export-data or forget
  [2]
  $ dues customer frob
  dues: error: unknown command 'frob' for 'dues customer'
  Run 'dues --help' or 'dues COMMAND --help' for usage.
  [2]

A customers.toml that does not parse is reported and left alone:

  $ echo '[broken' >> customers.toml
  $ dues customer list
  dues: error: customers.toml:34:8: not valid TOML: Error while parsing table header: expected ']', saw '\n'
  [3]

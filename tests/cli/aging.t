`dues aging`: what customers owe, by age, per currency, as of the end of a day. "Today"
is fixed with --today (or DUES_TODAY) so the output is the same on every run.

Outputs with Chinese or Japanese names are compared with files in tests/cli/golden/
(cram would show them as escaped bytes, and the point of those tables is that their
columns line up). To re-bless them: DUES_BLESS=1 cram3 tests/cli/aging.t.

  $ export DUES_TODAY=2026-12-01
  $ same_as() {
  >   if [ -n "${DUES_BLESS-}" ]; then cat > "$TESTDIR/golden/$1"
  >   else diff -u "$TESTDIR/golden/$1" - || return 1; fi
  >   echo "same as golden/$1"
  > }

The tiny ledger
---------------

On 2026-05-15 Ferro owes an invoice 14 days overdue; Kyoto's yen invoice is not due yet.
Buckets come from dues.toml ([aging] buckets = [30, 60]):

  $ cd "$EXAMPLES/tiny"
  $ dues --today 2026-05-15 aging | same_as tiny-aging.txt
  same as golden/tiny-aging.txt

DUES_TODAY does the same as --today:

  $ DUES_TODAY=2026-05-15 dues aging | same_as tiny-aging.txt
  same as golden/tiny-aging.txt

As of an earlier day, only what was dated on or before it counts: the payments made
later are still open. --detail lists each open item under its customer, a disputed one
marked:

  $ dues --today 2026-05-15 aging --as-of 2026-04-10 --detail
  Aging as of 2026-04-10 by due date
  
  EUR
  CUSTOMER  NAME                        NOT DUE     1-30  31-60   60+  CREDIT           TOTAL
  acme      ACME Werkzeuge GmbH            0.00  2856.00   0.00  0.00    0.00         2856.00
              INV-2026-0005 (disputed)           2856.00                       due 2026-03-16
  ferro     Ferro & Figli S.r.l.        1428.00  1633.76   0.00  0.00    0.00         3061.76
              INV-2026-0004                      1633.76                       due 2026-03-18
              INV-2026-0006             1428.00                                due 2026-05-01
  -------------------------------------------------------------------------------------------
  total                                 1428.00  4489.76   0.00  0.00    0.00         5917.76

On 2026-05-04 ACME's payment of 3000.00 had arrived without saying what for: it stands
as unapplied credit (negative) next to the open invoice, and the total is the balance:

  $ dues --today 2026-05-15 aging --as-of 2026-05-04 --customer acme --detail
  Aging as of 2026-05-04 by due date
  
  EUR
  CUSTOMER  NAME                 NOT DUE  1-30    31-60   60+    CREDIT           TOTAL
  acme      ACME Werkzeuge GmbH     0.00  0.00  2856.00  0.00  -3000.00         -144.00
              INV-2026-0005                     2856.00                  due 2026-03-16
  -------------------------------------------------------------------------------------
  total                             0.00  0.00  2856.00  0.00  -3000.00         -144.00

Before the first entry nothing is owed:

  $ dues --today 2026-05-15 aging --as-of 2025-12-31
  Aging as of 2025-12-31 by due date
  
  Nothing is owed.

CSV for scripts: one row per customer and currency, amounts with the currency's own
decimals (yen have none); with --detail one row per open item:

  $ dues --today 2026-05-15 aging --format csv | same_as tiny-aging.csv
  same as golden/tiny-aging.csv
  $ dues --today 2026-05-15 aging --format csv --as-of 2026-04-10 --detail
  as_of,basis,currency,customer,name,document,instalment,date,due,days,not due,1-30,31-60,60+,credit,total,disputed
  2026-04-10,due,EUR,acme,ACME Werkzeuge GmbH,INV-2026-0005,0,2026-03-02,2026-03-16,25,0.00,2856.00,0.00,0.00,0.00,2856.00,true
  2026-04-10,due,EUR,ferro,Ferro & Figli S.r.l.,INV-2026-0004,0,2026-02-16,2026-03-18,23,0.00,1633.76,0.00,0.00,0.00,1633.76,false
  2026-04-10,due,EUR,ferro,Ferro & Figli S.r.l.,INV-2026-0006,0,2026-04-01,2026-05-01,-21,1428.00,0.00,0.00,0.00,0.00,1428.00,false

JSON, amounts as strings:

  $ dues --today 2026-05-15 aging --format json --currency JPY | same_as tiny-aging-jpy.json
  same as golden/tiny-aging-jpy.json
  $ dues --today 2026-05-15 aging --format json --as-of 2026-04-10 --customer ferro --detail
  {
    "as_of": "2026-04-10",
    "basis": "due",
    "bucket_labels": [
      "not due",
      "1-30",
      "31-60",
      "60+"
    ],
    "currencies": [
      {
        "currency": "EUR",
        "customers": [
          {
            "customer": "ferro",
            "name": "Ferro & Figli S.r.l.",
            "buckets": [
              "1428.00",
              "1633.76",
              "0.00",
              "0.00"
            ],
            "credit": "0.00",
            "total": "3061.76",
            "disputed": "0.00",
            "items": [
              {
                "document": "INV-2026-0004",
                "date": "2026-02-16",
                "due": "2026-03-18",
                "days": 23,
                "bucket": "1-30",
                "open": "1633.76",
                "disputed": false
              },
              {
                "document": "INV-2026-0006",
                "date": "2026-04-01",
                "due": "2026-05-01",
                "days": -21,
                "bucket": "not due",
                "open": "1428.00",
                "disputed": false
              }
            ]
          }
        ],
        "totals": {
          "buckets": [
            "1428.00",
            "1633.76",
            "0.00",
            "0.00"
          ],
          "credit": "0.00",
          "total": "3061.76",
          "disputed": "0.00"
        }
      }
    ]
  }

By invoice date instead of due date there is no "not due" column; --buckets replaces
the buckets of dues.toml:

  $ dues --today 2026-05-15 aging --basis invoice --buckets 7,14,28 | same_as tiny-aging-invoice.txt
  same as golden/tiny-aging-invoice.txt
  $ dues --today 2026-05-15 aging --as-of 2026-04-10 --buckets 10 --currency EUR
  Aging as of 2026-04-10 by due date
  
  EUR
  CUSTOMER  NAME                  NOT DUE  1-10      10+  CREDIT    TOTAL
  acme      ACME Werkzeuge GmbH      0.00  0.00  2856.00    0.00  2856.00
  ferro     Ferro & Figli S.r.l.  1428.00  0.00  1633.76    0.00  3061.76
  -----------------------------------------------------------------------
  total                           1428.00  0.00  4489.76    0.00  5917.76

A currency nobody owes in is simply empty:

  $ dues --today 2026-05-15 aging --currency USD --format csv
  as_of,basis,currency,customer,name,not due,1-30,31-60,60+,credit,total

cn-trading
----------

Chinese characters take two columns each and the columns still line up; a name longer
than its column is cut with "…":

  $ cd "$EXAMPLES/cn-trading"
  $ dues --today 2026-12-01 aging | same_as cn-trading-aging.txt
  same as golden/cn-trading-aging.txt

At the end of 2025, with the Hong Kong customer's USD invoices in their own block:

  $ dues --today 2026-12-01 aging --as-of 2025-12-31 | same_as cn-trading-aging-2025.txt
  same as golden/cn-trading-aging-2025.txt

Each instalment of an equipment contract ages on its own (#1, #2, #3); the retention of
10 % falls due a year after the invoice:

  $ dues --today 2026-12-01 aging --as-of 2025-06-30 --customer xinda --detail --format csv | same_as cn-trading-xinda-2025-06.csv
  same as golden/cn-trading-xinda-2025-06.csv
  $ dues --today 2026-12-01 aging --customer xinda --detail --format csv | same_as cn-trading-xinda.csv
  same as golden/cn-trading-xinda.csv

A disputed invoice stays in the aging, marked; an advance receipt is unapplied credit:

  $ dues --today 2026-12-01 aging --customer hengtai --detail | same_as cn-trading-hengtai.txt
  same as golden/cn-trading-hengtai.txt
  $ dues --today 2026-12-01 aging --customer shengda --format json | same_as cn-trading-shengda.json
  same as golden/cn-trading-shengda.json

A customer in bankruptcy, the day before and the day of the write-off:

  $ dues --today 2026-12-01 aging --as-of 2026-06-29 --customer hongyuan --format csv | same_as cn-trading-hongyuan.csv
  same as golden/cn-trading-hongyuan.csv
  $ dues --today 2026-12-01 aging --as-of 2026-06-30 --customer hongyuan --format csv
  as_of,basis,currency,customer,name,not due,1-30,31-60,61-90,91-180,180+,credit,total

  $ dues --today 2026-12-01 aging --currency USD --basis invoice --detail --format csv | same_as cn-trading-usd.csv
  same as golden/cn-trading-usd.csv

eu-agency
---------

EUR, JPY (no decimals) and KWD (three decimals) in separate blocks:

  $ cd "$EXAMPLES/eu-agency"
  $ dues --today 2026-12-01 aging | same_as eu-agency-aging.txt
  same as golden/eu-agency-aging.txt

Mid-2026 the insolvent restaurant was more than 90 days overdue:

  $ dues --today 2026-12-01 aging --as-of 2026-06-30 --currency EUR | same_as eu-agency-aging-2026-06.txt
  same as golden/eu-agency-aging-2026-06.txt
  $ dues --today 2026-12-01 aging --as-of 2026-06-30 --customer hafen --detail --format json | same_as eu-agency-hafen.json
  same as golden/eu-agency-hafen.json
  $ dues --today 2026-12-01 aging --currency KWD --detail --format json
  {
    "as_of": "2026-12-01",
    "basis": "due",
    "bucket_labels": [
      "not due",
      "1-30",
      "31-60",
      "61-90",
      "90+"
    ],
    "currencies": [
      {
        "currency": "KWD",
        "customers": [
          {
            "customer": "alnoor",
            "name": "Al Noor Trading Co. W.L.L.",
            "buckets": [
              "1382.000",
              "0.000",
              "0.000",
              "0.000",
              "0.000"
            ],
            "credit": "0.000",
            "total": "1382.000",
            "disputed": "0.000",
            "items": [
              {
                "document": "NL-2026-0102",
                "date": "2026-11-09",
                "due": "2026-12-09",
                "days": -8,
                "bucket": "not due",
                "open": "1382.000",
                "disputed": false
              }
            ]
          }
        ],
        "totals": {
          "buckets": [
            "1382.000",
            "0.000",
            "0.000",
            "0.000",
            "0.000"
          ],
          "credit": "0.000",
          "total": "1382.000",
          "disputed": "0.000"
        }
      }
    ]
  }
  $ dues --today 2026-12-01 aging --currency JPY --basis invoice --buckets 15,45 --detail --format csv | same_as eu-agency-jpy.csv
  same as golden/eu-agency-jpy.csv

Bad arguments
-------------

Mistakes on the command line are usage errors: exit 2, a message on stderr, nothing on
stdout.

  $ cd "$EXAMPLES/tiny"
  $ dues aging --as-of 2026-02-30
  dues: error: --as-of: not a valid date (YYYY-MM-DD): '2026-02-30'
  [2]
  $ dues aging --as-of yesterday
  dues: error: --as-of: not a valid date (YYYY-MM-DD): 'yesterday'
  [2]
  $ dues aging --as-of
  dues: error: --as-of: 1 required DATE missing
  Run 'dues --help' or 'dues COMMAND --help' for usage.
  [2]
  $ dues --today 2026-1-5 aging
  dues: error: --today: not a valid date (YYYY-MM-DD): '2026-1-5'
  [2]
  $ dues aging --buckets 30,20
  dues: error: --buckets: expected increasing day counts such as 30,60,90, not '30,20'
  [2]
  $ dues aging --buckets 0
  dues: error: --buckets: expected increasing day counts such as 30,60,90, not '0'
  [2]
  $ dues aging --buckets 30,,60
  dues: error: --buckets: expected increasing day counts such as 30,60,90, not '30,,60'
  [2]
  $ dues aging --buckets thirty
  dues: error: --buckets: expected increasing day counts such as 30,60,90, not 'thirty'
  [2]
  $ dues aging --basis paid
  dues: error: --basis: expected 'due' or 'invoice', not 'paid'
  [2]
  $ dues aging --format xml
  dues: error: --format: expected one of table, csv, json, html, xlsx, not 'xml'
  [2]
  $ dues aging --customer nobody
  dues: error: --customer: unknown customer 'nobody' (not in customers.toml)
  [2]
  $ dues aging --currency eur
  Aging as of 2026-12-01 by due date
  
  EUR
  CUSTOMER  NAME                  NOT DUE  1-30  31-60      60+  CREDIT    TOTAL
  ferro     Ferro & Figli S.r.l.     0.00  0.00   0.00  1428.00    0.00  1428.00
  ------------------------------------------------------------------------------
  total                              0.00  0.00   0.00  1428.00    0.00  1428.00
  $ dues aging --currency XYZ
  dues: error: --currency: unknown currency 'XYZ' (expected an ISO 4217 code such as EUR)
  [2]
  $ dues aging --as-of 2026-02-30 2>/dev/null | wc -c
  0

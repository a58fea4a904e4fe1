`dues report NAME`: the reports for decisions over the example ledgers, as of fixed days.
Whole tables are compared with files in tests/cli/golden/ (cram would escape their
non-ASCII names). To re-bless them: DUES_BLESS=1 cram3 tests/cli/report.t.

  $ export DUES_TODAY=2026-03-31
  $ same_as() {
  >   if [ -n "${DUES_BLESS-}" ]; then cat > "$TESTDIR/golden/$1"
  >   else diff -u "$TESTDIR/golden/$1" - || return 1; fi
  >   echo "same as golden/$1"
  > }
  $ cd "$EXAMPLES/eu-agency"

Every report, as a table, over the agency's ledger:

  $ dues report dso | same_as report-dso.txt
  same as golden/report-dso.txt
  $ dues report forecast | same_as report-forecast.txt
  same as golden/report-forecast.txt
  $ dues report risk | same_as report-risk.txt
  same as golden/report-risk.txt
  $ dues report tax --period 2026-Q1 | same_as report-tax.txt
  same as golden/report-tax.txt
  $ dues report payments --by quarter --periods 2 | same_as report-payments.txt
  same as golden/report-payments.txt
  $ dues -C "$EXAMPLES/cn-trading" report tax --period 2026 | same_as report-tax-cn.txt
  same as golden/report-tax-cn.txt

The tax summary's totals are the documents' stored tax lines, to the cent: the tax lines
of the EUR invoices and credit notes dated in 2026-Q1 (credit notes negative, the voided
NL-G-2026-001 left out), added up here with awk, give the same base and tax.

  $ dues report tax --period 2026-Q1 --currency EUR --format csv | grep '^codes,EUR,total'
  codes,EUR,total,,,29,1,176358.96,13330.20,216.00,0.00,176142.96,13330.20,121193.66,9965.07
  $ awk '/^[0-9]/ { on = 0 }
  >      /^2026-0[123]-[0-9][0-9] (invoice|credit) / && / EUR/ && $3 != "NL-G-2026-001" {
  >        on = 1; sign = ($2 == "credit") ? -1 : 1 }
  >      /^  tax / && on { base += sign * $6 * 100; tax += sign * $8 * 100 }
  >      END { printf "base %d tax %d (cents)\n", base, tax }' journal/2026.dues
  base 17614296 tax 1333020 (cents)

--period takes a year, a quarter or a month; --from/--to any days:

  $ dues report tax --period 2026-02 --currency EUR --format csv | grep ',total,'
  codes,EUR,total,,,11,1,47730.00,2486.44,216.00,0.00,47514.00,2486.44,45460.76,2432.49
  $ dues report tax --from 2026-02-01 --to 2026-02-28 --currency EUR --format csv | grep ',total,'
  codes,EUR,total,,,11,1,47730.00,2486.44,216.00,0.00,47514.00,2486.44,45460.76,2432.49

--customer, --currency and --as-of narrow every report:

  $ dues report dso --customer almhof --currency EUR --periods 2 --format csv
  section,currency,period,start,end,begin_ar,sales,ar,current,dso,countback,cei,days_to_pay,paid
  trend,EUR,2026-02,2026-02-01,2026-02-28,4850.00,6790.00,6790.00,6790.00,28.0,28.0,100.0,75.0,1
  trend,EUR,2026-03,2026-03-01,2026-03-31,6790.00,0.00,6790.00,0.00,,59.0,0.0,,0
  section,currency,customer,name,begin_ar,sales,ar,current,dso,countback,cei,days_to_pay,paid
  customers,EUR,almhof,Almhof Tourismus GmbH,6790.00,0.00,6790.00,0.00,,59.0,0.0,,0
  $ dues report forecast --customer stadtwerke --by week --periods 2 --format json
  {
    "report": "forecast",
    "as_of": "2026-03-31",
    "by": "week",
    "sections": [
      {
        "kind": "periods",
        "currency": "EUR",
        "rows": [
          {
            "period": "overdue",
            "start": null,
            "end": null,
            "due": "6991.25",
            "expected": "0.00",
            "discount": "0.00",
            "held": "0.00"
          },
          {
            "period": "2026-W14",
            "start": "2026-04-01",
            "end": "2026-04-05",
            "due": "7682.64",
            "expected": "0.00",
            "discount": "0.00",
            "held": "0.00"
          },
          {
            "period": "2026-W15",
            "start": "2026-04-06",
            "end": "2026-04-12",
            "due": "0.00",
            "expected": "0.00",
            "discount": "0.00",
            "held": "0.00"
          },
          {
            "period": "later",
            "start": null,
            "end": null,
            "due": "0.00",
            "expected": "14673.89",
            "discount": "0.00",
            "held": "0.00"
          }
        ],
        "total": {
          "period": "total",
          "start": null,
          "end": null,
          "due": "14673.89",
          "expected": "14673.89",
          "discount": "0.00",
          "held": "0.00"
        }
      },
      {
        "kind": "customers",
        "currency": "EUR",
        "rows": [
          {
            "customer": "stadtwerke",
            "name": "Stadtwerke Lindenau GmbH",
            "delay": 91,
            "delay_from": "own",
            "history": 5,
            "open": "14673.89",
            "expected": "0.00",
            "later": "14673.89",
            "held": "0.00"
          }
        ]
      }
    ],
    "warnings": []
  }
  $ dues report payments --as-of 2026-01-31 --periods 1 --currency KWD --format csv
  section,currency,period,receipts,amount,fees,paid,days_to_pay,on_time,unapplied
  periods,KWD,2026-01,1,3746.000,5.000,1,56.0,0.0,0.000
  periods,KWD,total,1,3746.000,5.000,1,56.0,0.0,0.000
  section,currency,customer,name,receipts,amount,fees,paid,days_to_pay,on_time,unapplied
  customers,KWD,alnoor,Al Noor Trading Co. W.L.L.,1,3746.000,5.000,1,56.0,0.0,0.000
  section,currency,method,receipts,amount,fees
  methods,KWD,bank,1,3746.000,5.000

Risk warnings: --warnings-only prints them alone and exits 1 (needs attention), so that
cron mails them; without warnings it prints nothing and exits 0.

  $ dues report risk --warnings-only
  greenleaf (EUR): worsening: score 0 -> 14 since 2025-12-31
  hafen (EUR): worsening: score 54 -> 67 since 2025-12-31
  velo (EUR): worsening: score 26 -> 60 since 2025-12-31
  [1]
  $ dues report risk --warnings-only --customer brauhaus
  $ dues report risk --warnings-only --format json --customer velo | head -5
  {
    "report": "risk",
    "as_of": "2026-03-31",
    "compared_with": "2025-12-31",
    "sections": [

Mistakes are usage errors (exit 2) and change nothing:

  $ dues report tax --period 2026-Q5
  dues: error: --period: expected a year (2026), quarter (2026-Q3) or month (2026-09), not '2026-Q5'
  [2]
  $ dues report tax --period 2026 --from 2026-01-01 --to 2026-01-31
  dues: error: --period and --from/--to do not go together
  [2]
  $ dues report tax --from 2026-01-01
  dues: error: --from and --to go together
  [2]
  $ dues report dso --by week
  dues: error: --by: expected month, quarter, not 'week'
  [2]
  $ dues report dso --periods 0
  dues: error: --periods: expected a number from 1 to 120, not 0
  [2]
  $ dues report risk --customer nobody
  dues: error: unknown customer 'nobody' (not in customers.toml)
  [2]
  $ dues report payments --currency XYZ
  dues: error: --currency: unknown currency 'XYZ' (expected an ISO 4217 code such as EUR)
  [2]
  $ dues report forecast --format pdf
  dues: error: --format: expected one of table, csv, json, html, xlsx, not 'pdf'
  [2]
  $ dues report frobnicate
  dues: error: unknown command 'frobnicate' for 'dues report'
  Run 'dues --help' or 'dues COMMAND --help' for usage.
  [2]
  $ dues report
  dues: error: dues report: expected dso, forecast, risk, tax, payments or collections
  [2]

`dues export --format csv|json|sqlite`: one table per concept, the same columns in all
three (docs/export.md). Amounts are integers of minor units beside a currency code.

  $ export DUES_TODAY=2026-12-31 LC_ALL=C.UTF-8
  $ balances="$TESTS/export/balances.sh"
  $ cd "$EXAMPLES/tiny"

The columns of each CSV table:

  $ for t in currencies customers documents items tax_lines payments allocations returns events; do
  >   dues export --format csv --table $t | head -1; done
  code,exponent
  id,name,currency,terms,country,tax_id
  id,kind,customer,date,due,currency,total_minor,subtotal_minor,reference,related_invoice,opening
  document,line,description,quantity,unit,unit_price,tax,amount_minor
  document,code,rate,base_minor,amount_minor
  id,kind,customer,date,currency,amount_minor,fee_minor,method,reference
  source,source_kind,document,date,currency,amount_minor
  payment,customer,date,currency,amount_minor,fee_minor,reason
  document,date,kind,amount_minor,level,reason

  $ dues export --format csv --table payments --from 2026-02-01 --to 2026-03-31
  id,kind,customer,date,currency,amount_minor,fee_minor,method,reference
  PAY-2026-0002,payment,kyoto,2026-02-09,JPY,357500,2500,bank,KYOTO TEXTILE INV-2026-0002
  PAY-2026-0003,payment,ferro,2026-03-20,EUR,100000,0,bank,Acconto fattura INV-2026-0004

JSON holds every table, with the same rows as CSV:

  $ dues export --format json | jq -r '.format, (.tables | keys_unsorted | join(" "))'
  1
  currencies customers documents items tax_lines payments allocations returns events open_items
  $ dues export --format json | jq -r '.tables.documents | length'
  8
  $ dues export --format csv --table documents | tail -n +2 | wc -l
  8

SQLite: the balances view equals `dues aging` totals, and the aging view its buckets,
for every example ledger (at the end and mid-history):

  $ check_sqlite() { # DIR AS_OF
  >   rm -f "$CRAMTMP/t.db"
  >   dues -C "$1" export --format sqlite --to "$2" --output "$CRAMTMP/t.db" || return 1
  >   "$balances" aging "$1" "$2" | diff -u - <("$balances" sqlite "$CRAMTMP/t.db") || return 1
  >   "$balances" aging-buckets "$1" "$2" | diff -u - <("$balances" sqlite-aging "$CRAMTMP/t.db") || return 1
  >   echo "$("$balances" sqlite "$CRAMTMP/t.db" | wc -l) balances agree"
  > }
  $ check_sqlite "$EXAMPLES/tiny" 2026-12-31
  2 balances agree
  $ check_sqlite "$EXAMPLES/tiny" 2026-03-15
  2 balances agree
  $ check_sqlite "$EXAMPLES/eu-agency" 2026-12-31
  * balances agree (glob)
  $ check_sqlite "$EXAMPLES/cn-trading" 2025-06-30
  * balances agree (glob)
  $ sqlite3 "$CRAMTMP/t.db" "PRAGMA foreign_key_check" | wc -l
  0

Mistakes on the command line are usage errors (exit 2) and write nothing:

  $ dues export --format csv
  dues: error: --format csv needs --table NAME (customers, documents, items, tax_lines, payments, allocations, returns, events, currencies, open_items)
  [2]
  $ dues export --format csv --table nope
  dues: error: --table: no table 'nope'
  [2]
  $ dues export --format sqlite
  dues: error: --format sqlite needs --output FILE
  [2]
  $ dues export --format gnucash
  dues: error: --format: expected beancount, ledger, hledger, csv, json or sqlite, not 'gnucash'
  [2]
  $ dues export --format json --from 2026-05-01 --to 2026-04-01
  dues: error: --to: the period ends before it starts (--from)
  [2]

An account in [export] that the target cannot hold stops the export (exit 3) with the
place of the table; ledger and hledger hold more names than beancount:

  $ cp -r "$EXAMPLES/tiny" "$CRAMTMP/ledger" && cd "$CRAMTMP/ledger"
  $ printf '\n[export]\nincome = "Revenue:Sales"\n' >> dues.toml
  $ dues export --format beancount
  dues: error: dues.toml:*:1: [export] income: 'Revenue:Sales' is not a beancount account name: it has a first part other than Assets, Liabilities, Equity, Income or Expenses (glob)
  [3]
  $ dues export --format hledger | grep -c Revenue:Sales
  10
  $ printf 'bad-debt = "Expenses:Bad  Debt"\n' >> dues.toml
  $ dues export --format ledger
  dues: error: dues.toml:*:1: [export] bad-debt: 'Expenses:Bad  Debt' is not a ledger account name: it has two spaces in a row (glob)
  [3]

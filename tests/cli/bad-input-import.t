Bad input to `dues import` (tests/bad-input/i-*: the base ledger with an import file and
the `command` that reads it): every bad row is named as file:line:col, the exit code is 3
(4 for a clash with what the ledger holds, 2 for a usage error), and no file changes.
The i-opening-* cases are journals with a broken opening item, for `dues check`.

  $ bad() { bash "$TESTS/bad-input/run-case.sh" "$1"; }

  $ bad i-amount-and-minor
  dues: error: open.csv:2:40: give the open amount once: as amount or as open_minor, not both
  dues: error: open.csv: 1 problem; nothing was imported
  import: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad i-amount-too-many-decimals
  dues: error: open.csv:2:33: '100.005' has more decimals than EUR has (2); amounts are never rounded
  dues: error: open.csv:3:34: '100.5' has more decimals than JPY has (0); amounts are never rounded
  dues: error: open.csv: 2 problems; nothing was imported
  import: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad i-amount-zero
  dues: error: open.csv:2:33: the open amount is zero: nothing to take over
  dues: error: open.csv: 1 problem; nothing was imported
  import: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad i-bad-amount
  dues: error: open.csv:2:33: not an amount: '1OO.00'
  dues: error: open.csv: 1 problem; nothing was imported
  import: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad i-bad-date
  dues: error: open.csv:2:11: not a date in the format '%Y-%m-%d' (--date-format): '2025-11-31'
  dues: error: open.csv: 1 problem; nothing was imported
  import: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad i-bad-id
  dues: error: open.csv:2:1: 'RE 1' is not a valid id (letters, digits, '-', '_', '.', '/'; at most 64 bytes)
  dues: error: open.csv: 1 problem; nothing was imported
  import: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad i-customers-bad-email
  dues: error: new.csv:2:16: not a valid email address: 'not-an-email'
  dues: error: new.csv: 1 problem; nothing was imported
  import: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad i-customers-bad-iban
  dues: error: new.csv:2:16: not a valid IBAN (length or check digits): 'DE89 3704 0044 0532 0130 01'
  dues: error: new.csv: 1 problem; nothing was imported
  import: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad i-customers-conflict
  dues: error: new.csv:2:1: customer 'acme' is already in customers.toml (customers.toml:1:2) with other values: name
  dues: error: new.csv: 1 problem; nothing was imported
  import: exit 4, no file changed
  fmt: exit 0, no file changed
  $ bad i-customers-duplicate-id
  dues: error: new.csv:3:1: duplicate customer id 'gamma' (first on line 2)
  dues: error: new.csv: 1 problem; nothing was imported
  import: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad i-customers-no-name
  dues: error: new.csv:2:1: customer 'gamma' needs a name
  dues: error: new.csv:3:16: unknown currency 'XXY' (expected an ISO 4217 code)
  dues: error: new.csv: 2 problems; nothing was imported
  import: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad i-date-format
  dues: error: open.csv:2:22: not a date in the format '%d.%m.%Y' (--date-format): '2025-12-03'
  dues: error: open.csv: 1 problem; nothing was imported
  import: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad i-disputed-flag
  dues: error: open.csv:2:40: disputed: expected 1/0, true/false or yes/no, not 'maybe'
  dues: error: open.csv: 1 problem; nothing was imported
  import: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad i-due-before-date
  dues: error: open.csv:2:22: due date 2025-10-03 is before the invoice date 2025-11-03
  dues: error: open.csv: 1 problem; nothing was imported
  import: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad i-duplicate-number
  dues: error: open.csv:3:1: duplicate number 'RE-1' (first on line 2); rows of one invoice are its instalments: same customer, currency and date, each with its own due date
  dues: error: open.csv:5:1: duplicate number 'RE-2' (first on line 4); rows of one invoice are its instalments: same customer, currency and date, each with its own due date
  dues: error: open.csv: 2 problems; nothing was imported
  import: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad i-empty-file
  dues: error: open.csv: the file is empty; its first row must name the columns
  dues: error: open.csv: 1 problem; nothing was imported
  import: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad i-invalid-utf8
  dues: error: open.csv:3:7: invalid UTF-8 (save the file as UTF-8)
  dues: error: open.csv: 1 problem; nothing was imported
  import: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad i-map-unknown-column
  dues: error: --map id=Belegnr: open.csv has no column 'Belegnr'; its columns are id, customer, date, due, amount
  import: exit 2, no file changed
  fmt: exit 0, no file changed
  $ bad i-minor-not-integer
  dues: error: open.csv:2:33: open_minor: not a whole number of minor units: '100.50'
  dues: error: open.csv: 1 problem; nothing was imported
  import: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad i-missing-column
  dues: error: open.csv:1:1: no column for 'customer' (looked for: customer, customer-id); name it with --map customer=COLUMN
  dues: error: open.csv: 1 problem; nothing was imported
  import: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad i-missing-due
  dues: error: open.csv:2:1: an open invoice needs its due date (a 'due' column)
  dues: error: open.csv: 1 problem; nothing was imported
  import: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad i-number-taken
  dues: error: open.csv:2:1: 'INV-2026-0001' is already in the ledger (journal/2026.dues:1:1) with other values; an import never changes what is there
  dues: error: open.csv: 1 problem; nothing was imported
  import: exit 4, no file changed
  fmt: exit 0, no file changed
  $ bad i-opening-empty
  dues: error: journal/bad.dues:1:82: 'opening' needs a text: where the opening item came from
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad i-opening-with-items
  dues: error: journal/bad.dues:1:1: RE-4711 is an opening item: it states only its total, without item or tax lines
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad i-short-row
  dues: error: open.csv:2:22: the row has 4 cells, the header 5
  dues: error: open.csv: 1 problem; nothing was imported
  import: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad i-stray-quote
  dues: error: open.csv:2:40: text after the closing quote of a cell (a quote inside a quoted cell is written twice: "")
  dues: error: open.csv: 1 problem; nothing was imported
  import: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad i-truncated
  dues: error: open.csv:3:11: the row has 3 cells, the header 5; the file ends without a line break: it looks truncated
  dues: error: open.csv: 1 problem; nothing was imported
  import: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad i-unclosed-quote
  dues: error: open.csv:2:33: a quoted cell is never closed (a '"' is missing)
  dues: error: open.csv: 1 problem; nothing was imported
  import: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad i-unknown-currency
  dues: error: open.csv:2:40: unknown currency 'EURO' (an ISO 4217 code such as EUR)
  dues: error: open.csv: 1 problem; nothing was imported
  import: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad i-unknown-customer
  dues: error: open.csv:3:6: unknown customer 'gamma' (add it first: dues import customers or dues customer add)
  dues: error: open.csv: 1 problem; nothing was imported
  import: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad i-json-not-rows
  dues: error: open.json:1:1: expected an array of rows (objects), or an object with the member 'customers' or 'tables.customers' holding one
  dues: error: open.json: 1 problem; nothing was imported
  import: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad i-json-nested-value
  dues: error: open.json:2:30: expected a string, a number, true, false or null, not an object or array
  dues: error: open.json: 1 problem; nothing was imported
  import: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad i-json-syntax
  dues: error: open.json:3:17: expected ',' or '}' in an object
  import: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad i-json-unknown-customer
  dues: error: open.json:2:36: unknown customer 'gamma' (add it first: dues import customers or dues customer add)
  dues: error: open.json: 1 problem; nothing was imported
  import: exit 3, no file changed
  fmt: exit 0, no file changed

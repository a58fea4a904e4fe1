Bad input, d- cases (issue 19.8): every file kind (dues.toml, customers.toml, journal,
drafts, recurring templates, bank profiles, bank files) crossed with every class of
damage (syntax, wrong type, out of range, unknown key, duplicate, wrong encoding, NUL
byte, 10 MB line, truncated, empty, a directory instead of the file, a symlink loop).
Each case is a folder of tests/bad-input/ run by run-case.sh: the base ledger with the
case's files laid over it, an optional `setup` script (what git cannot store) and an
optional `command` (else `dues check`). Every case must fail with its documented exit
status and a message naming the place, and change no file.
(An unreadable file is not a case: the suite runs as root, which reads everything.)

  $ bad() { bash "$TESTS/bad-input/run-case.sh" "$1" | cut -c1-400; }

  $ bad d-bankfile-amount-overflow
  dues: error: bank.csv:2:12: not an amount with decimal mark '.' and no thousands separator: '99999999999999999999.00'
  dues: error: the bank file bank.csv has 1 error; nothing was recorded
  reconcile: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad d-bankfile-bad-amount
  dues: error: bank.csv:2:12: not an amount with decimal mark '.' and no thousands separator: '12O0.00'
  dues: error: the bank file bank.csv has 1 error; nothing was recorded
  reconcile: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad d-bankfile-bad-date
  dues: error: bank.csv:2:1: not a date in the format '%Y-%m-%d': '2026-02-30'
  dues: error: the bank file bank.csv has 1 error; nothing was recorded
  reconcile: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad d-bankfile-bad-profile-name
  dues: error: cannot read ../x: No such file or directory
  reconcile: exit 5, no file changed
  fmt: exit 0, no file changed
  $ bad d-bankfile-cut-last-row
  dues: error: bank.csv:3:12: the last row has 2 cells, the header 4, and the file ends without a line break: the file looks truncated
  dues: error: the bank file bank.csv has 1 error; nothing was recorded
  reconcile: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad d-bankfile-directory
  dues: error: cannot read bank.csv: a folder, not a regular file
  reconcile: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad d-bankfile-empty
  dues: error: bank.csv: no header row after the 0 lines bank profile 'p' skips
  reconcile: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad d-bankfile-gbk-as-utf8
  dues: error: bank.csv:2:19: not valid utf-8 text: byte 0xB9 at byte offset 43 (set 'encoding' in the bank profile)
  reconcile: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad d-bankfile-header-only-other
  dues: error: bank/p.toml:1:8: bank profile 'p': column 'Date' is not in the header of bank.csv (line 1 has 'Datum', 'Betrag')
  reconcile: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad d-bankfile-huge-line
  dues: error: bank.csv:2:12: not an amount with decimal mark '.' and no thousands separator: '99999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999\xe2\x80\xa6 (esc)
  dues: error: the bank file bank.csv has 1 error; nothing was recorded
  reconcile: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad d-bankfile-latin1
  dues: error: bank.csv:3:18: not valid utf-8 text: byte 0xFC at byte offset 83 (set 'encoding' in the bank profile)
  reconcile: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad d-bankfile-missing
  dues: error: cannot read bank.csv: No such file or directory
  reconcile: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad d-bankfile-mt940
  dues: error: --profile is for CSV files; bank.csv is mt940, which needs none
  reconcile: exit 2, no file changed
  fmt: exit 0, no file changed
  $ bad d-bankfile-no-header
  dues: error: bank.csv: no header row after the 0 lines bank profile 'p' skips
  reconcile: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad d-bankfile-nul-byte
  dues: error: bank/p.toml:5:13: bank profile 'p': column 'Text' is not in the header of bank.csv (line 1 has 'Date', 'Amount', 'Payer', 'Te
  reconcile: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad d-bankfile-profile-missing
  dues: error: --profile: no bank profile 'nope' ([bank.nope] in dues.toml or bank/nope.toml); this ledger has none
  reconcile: exit 2, no file changed
  fmt: exit 0, no file changed
  $ bad d-bankfile-quote-in-cell
  dues: error: bank.csv:2:25: a quote inside a cell that does not start with one (a quoted cell is closed by the quote before its delimiter; a quote inside it is written twice: "")
  dues: error: the bank file bank.csv has 1 error; nothing was recorded
  reconcile: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad d-bankfile-short-row
  dues: error: bank.csv:2:12: the row has 2 cells, the header 4; the row is cut short (bank profile 'p' may set 'short-rows = true' for a bank that drops trailing empty cells)
  dues: error: the bank file bank.csv has 1 error; nothing was recorded
  reconcile: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad d-bankfile-stray-quote
  dues: error: bank.csv:2:32: text after the closing quote of a cell (a quoted cell is closed by the quote before its delimiter; a quote inside it is written twice: "")
  dues: error: the bank file bank.csv has 1 error; nothing was recorded
  reconcile: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad d-bankfile-symlink-loop
  dues: error: cannot read bank.csv: a symbolic link loop (or too many links)
  reconcile: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad d-bankfile-too-many-decimals
  dues: error: bank.csv:2:12: more decimals than EUR has: '1200.001'
  dues: error: the bank file bank.csv has 1 error; nothing was recorded
  reconcile: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad d-bankfile-truncated
  dues: error: bank.csv:2:20: the last row has 3 cells, the header 4, and the file ends without a line break: the file looks truncated
  dues: error: the bank file bank.csv has 1 error; nothing was recorded
  reconcile: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad d-bankfile-unterminated-quote
  dues: error: bank.csv:2:30: a quoted cell is never closed (a '"' is missing)
  dues: error: the bank file bank.csv has 1 error; nothing was recorded
  reconcile: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad d-bankfile-utf16
  dues: error: bank.csv:1:1: not valid utf-8 text: byte 0xFF at byte offset 0 (set 'encoding' in the bank profile)
  reconcile: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad d-bankfile-xml
  dues: error: --profile is for CSV files; bank.csv is camt053, which needs none
  reconcile: exit 2, no file changed
  fmt: exit 0, no file changed
  $ bad d-customers-allocation-unknown
  dues: error: customers.toml:9:14: 'allocation' in customer [beta] must be "oldest-due" or "manual"
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad d-customers-bad-uscc-check-digit
  dues: error: customers.toml:19:10: not a valid unified social credit code (18 characters with a check character): '91330100716105852X'
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad d-customers-credit-limit-float
  dues: error: customers.toml:9:16: 'credit-limit' must be a string such as "1200.50" or a whole number, not a float: floats cannot hold decimals exactly
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad d-customers-credit-limit-negative
  dues: error: customers.toml:9:16: not a valid EUR credit limit: '-5'
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad d-customers-directory
  dues: error: cannot read customers.toml: a folder, not a regular file
  check: exit 5, no file changed
  fmt: exit 0, no file changed
  $ bad d-customers-duplicate-key
  dues: error: customers.toml:9:8: not valid TOML: Error while parsing key-value pair: cannot redefine existing string 'name'
  check: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad d-customers-duplicate-table
  dues: error: customers.toml:22:1: not valid TOML: Error while parsing table header: cannot redefine existing table 'beta'
  check: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad d-customers-empty
  dues: error: journal/2026.dues:1:43: unknown customer 'acme' (not in customers.toml)
  dues: error: journal/2026.dues:5:43: unknown customer 'kyoto' (not in customers.toml)
  dues: error: journal/2026.dues:8:43: unknown customer 'beta' (not in customers.toml)
  dues: error: journal/2026.dues:11:43: unknown customer 'acme' (not in customers.toml)
  dues: error: journal/2026.dues:14:41: unknown customer 'acme' (not in customers.toml)
  dues: error: the ledger has 5 errors; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad d-customers-huge-line
  dues: error: customers.toml:21:3: not valid TOML: Error while parsing comment: control characters other than TAB (U+0009) are explicitly prohibited in comments
  check: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad d-customers-latin1
  dues: error: customers.toml:21:3: not valid TOML: Encountered invalid utf-8 sequence
  check: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad d-customers-name-number
  dues: error: customers.toml:23:8: 'name' in customer [extra] must be a string
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad d-customers-nul-byte
  dues: error: customers.toml:2:14: not valid TOML: Error while parsing string: unescaped control characters other than TAB (U+0009) are explicitly prohibited
  check: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad d-customers-symlink-loop
  dues: error: cannot read customers.toml: a symbolic link loop (or too many links)
  check: exit 5, no file changed
  fmt: exit 0, no file changed
  $ bad d-customers-top-level-key
  dues: error: customers.toml:1:8: 'name' must be a table [name] of customer fields
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad d-customers-unclosed-string
  dues: error: customers.toml:23:14: not valid TOML: Error while parsing string: unescaped control characters other than TAB (U+0009) are explicitly prohibited
  check: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad d-draft-bad-date
  dues: error: drafts/march.toml:2:8: 'date' in draft drafts/march.toml must be a date written "YYYY-MM-DD"
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad d-draft-directory
  dues: error: cannot read drafts/march.toml: a folder, not a regular file
  check: exit 5, no file changed
  fmt: exit 0, no file changed
  $ bad d-draft-discount-over-100
  dues: error: drafts/march.toml:1:1: a discount of more than 100%: '120%'
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad d-draft-duplicate-key
  dues: error: drafts/march.toml:7:7: not valid TOML: Error while parsing key-value pair: cannot redefine existing string 'qty'
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad d-draft-empty
  dues: error: drafts/march.toml:1:1: draft drafts/march.toml needs customer = "ID"
  dues: error: drafts/march.toml:1:1: draft drafts/march.toml needs at least one [[items]] table
  dues: error: the ledger has 2 errors; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad d-draft-huge-line
  dues: error: drafts/march.toml:1:3: not valid TOML: Error while parsing comment: control characters other than TAB (U+0009) are explicitly prohibited in comments
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad d-draft-item-without-price
  dues: error: drafts/march.toml:4:1: item 1 of draft drafts/march.toml needs a price such as price = "120.00"
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad d-draft-latin1
  dues: error: drafts/march.toml:8:3: not valid TOML: Encountered invalid utf-8 sequence
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad d-draft-no-items
  dues: error: drafts/march.toml:1:1: draft drafts/march.toml needs at least one [[items]] table
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad d-draft-nul-byte
  dues: error: drafts/march.toml:2:3: not valid TOML: Error while parsing key-value pair: expected '=', saw '\u0000'
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad d-draft-price-float
  dues: error: drafts/march.toml:7:9: 'price' in item 1 of draft drafts/march.toml must be a string such as "120.50" (floats cannot hold decimals exactly)
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad d-draft-qty-negative-huge
  dues: error: drafts/march.toml:6:7: 'qty' in item 1 of draft drafts/march.toml must be a number written as a string, such as "120.50"
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad d-draft-symlink-loop
  dues: error: cannot read drafts/march.toml: a symbolic link loop (or too many links)
  check: exit 5, no file changed
  fmt: exit 0, no file changed
  $ bad d-draft-truncated
  dues: error: drafts/march.toml:5:17: not valid TOML: Error while parsing string: encountered end-of-file
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad d-draft-unclosed-array
  dues: error: drafts/march.toml:4:9: not valid TOML: Error while parsing table header: expected ']', saw '\n'
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad d-draft-unknown-customer
  dues: error: drafts/march.toml:1:1: unknown customer 'acne' (not in customers.toml); did you mean 'acme'?
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad d-draft-unknown-key
  dues: error: drafts/march.toml:2:1: unknown key 'colour' in draft drafts/march.toml
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad d-draft-unknown-tax
  dues: error: drafts/march.toml:4:1: unknown tax code 'nope' (not in [taxes] of dues.toml)
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad d-journal-amount-letters
  dues: error: journal/bad.dues:1:55: not a valid amount (digits, optionally '.' and decimals): '1O0.00'
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 3, no file changed
  $ bad d-journal-bom
  dues: error: journal/bad.dues:1:1: byte order mark at the start of the file; journals are UTF-8 without one (run 'dues fmt' to remove it)
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  reformatted journal/bad.dues
  fmt: exit 0, changed: journal/bad.dues
  ok: 4 customers, 3 invoices, 1 credit note, 1 payment, 0 refunds in 2 journal files
  check after fmt: exit 0
  $ bad d-journal-crlf
  dues: error: journal/bad.dues:1:40: carriage return at the end of the line (CRLF); journals use LF line ends (run 'dues fmt' to convert)
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  reformatted journal/bad.dues
  fmt: exit 0, changed: journal/bad.dues
  ok: 4 customers, 3 invoices, 1 credit note, 1 payment, 0 refunds in 2 journal files
  check after fmt: exit 0
  $ bad d-journal-date-year-zero
  dues: error: journal/bad.dues:1:1: event is dated before INV-2026-0001 is issued on 2026-01-05
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad d-journal-directory
  dues: error: cannot read journal/bad.dues: a folder, not a regular file
  check: exit 5, no file changed
  fmt: exit 5, no file changed
  $ bad d-journal-duplicate-credit-id
  dues: error: journal/bad.dues:1:1: id CN-2026-0001 already used at journal/2026.dues:14
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad d-journal-header-only-date
  dues: error: journal/bad.dues:1:12: expected an entry keyword such as 'invoice', found end of line
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 3, no file changed
  $ bad d-journal-huge-line
  dues: error: journal/bad.dues:1:46: unterminated string: missing closing '"'
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 3, no file changed
  $ bad d-journal-instalment-bad-date
  dues: error: journal/bad.dues:2:14: not a valid date (YYYY-MM-DD): '2026-02-30'
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 3, no file changed
  $ bad d-journal-latin1
  dues: error: journal/bad.dues:2:4: invalid UTF-8 (byte 0xFC); journals must be UTF-8
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 3, no file changed
  $ bad d-journal-level-text
  dues: error: journal/bad.dues:1:39: not a whole number: 'one'
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 3, no file changed
  $ bad d-journal-nul-byte
  dues: error: journal/bad.dues:1:19: not a valid id (letters, digits, '-', '_', '.', '/'): 'IN
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 3, no file changed
  $ bad d-journal-percent-over-100
  dues: error: journal/bad.dues:1:1: INV-2026-0004: stored total 0.00 EUR does not match the items: -5.00 EUR
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad d-journal-refund-before-source
  dues: error: journal/bad.dues:2:1: refund RFD-2026-0001 on 2026-03-01 pays back PAY-2026-0002, which is dated later
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad d-journal-refund-from-invoice
  dues: error: journal/bad.dues:1:1: refund RFD-2026-0001 of 10.00 EUR exceeds the unapplied credit of customer 'acme': 0.00 EUR on 2026-03-01
  dues: error: journal/bad.dues:1:69: refund RFD-2026-0001: 'INV-2026-0001' is not a payment or credit note in this ledger
  dues: error: the ledger has 2 errors; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad d-journal-refund-from-other-customer
  dues: error: journal/bad.dues:2:1: refund RFD-2026-0001 of 10.00 EUR exceeds the unapplied credit of customer 'acme': 0.00 EUR on 2026-03-02
  dues: error: journal/bad.dues:2:69: refund RFD-2026-0001 is to customer 'acme', but PAY-2026-0002 is from 'beta'
  dues: error: the ledger has 2 errors; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad d-journal-refund-from-unknown
  dues: error: journal/bad.dues:1:1: refund RFD-2026-0001 of 10.00 EUR exceeds the unapplied credit of customer 'acme': 0.00 EUR on 2026-03-01
  dues: error: journal/bad.dues:1:69: refund RFD-2026-0001: 'PAY-2026-0009' is not a payment or credit note in this ledger
  dues: error: the ledger has 2 errors; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad d-journal-refund-more-than-source
  dues: error: journal/bad.dues:2:1: refund RFD-2026-0001 of 10.00 EUR exceeds the 5.00 EUR unapplied on PAY-2026-0002 on 2026-03-02
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad d-journal-rounding-unknown
  dues: error: journal/bad.dues:1:72: 'rounding' must be half-up, half-even, down or up, not 'banker'
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad d-journal-symlink-loop
  dues: error: cannot read journal/bad.dues: a symbolic link loop (or too many links)
  check: exit 5, no file changed
  fmt: exit 5, no file changed
  $ bad d-journal-truncated
  dues: error: journal/bad.dues:1:28: missing 'level' for a reminder
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 3, no file changed
  $ bad d-journal-unterminated-note
  dues: error: journal/bad.dues:1:46: unterminated string: missing closing '"'
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 3, no file changed
  $ bad d-profile-bad-date-format
  dues: error: bank/p.toml:6:15: bank profile 'p': date format '%Q': unknown conversion '%Q' (known: %Y %y %m %d %b %H %M %S %%)
  dues: error: bank profile p has 1 error; nothing was recorded
  reconcile: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad d-profile-column-too-large
  dues: error: bank/p.toml:2:10: 'amount' in bank profile 'p': column 99 is past the last column of bank.csv (expected a position from 1 to 4; line 1 has 4 cells: 'Date', 'Amount', 'Payer', 'Text')
  reconcile: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad d-profile-column-zero
  dues: error: bank/p.toml:2:10: 'amount' in bank profile 'p' must be a header name such as "Amount" or a position from 1
  dues: error: bank profile p has 1 error; nothing was recorded
  reconcile: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad d-profile-delimiter-two-chars
  dues: error: bank/p.toml:6:13: 'delimiter' in bank profile 'p' must be one character such as ";", or "tab"
  dues: error: bank profile p has 1 error; nothing was recorded
  reconcile: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad d-profile-directory
  dues: error: cannot read bank/p.toml: a folder, not a regular file
  reconcile: exit 5, no file changed
  fmt: exit 0, no file changed
  $ bad d-profile-duplicate-key
  dues: error: bank/p.toml:6:12: not valid TOML: Error while parsing key-value pair: cannot redefine existing string 'currency'
  dues: error: bank profile p has 1 error; nothing was recorded
  reconcile: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad d-profile-empty
  dues: error: bank/p.toml:1:1: bank profile 'p': no 'date' column
  dues: error: bank/p.toml:1:1: bank profile 'p': no amount column: set 'amount' (signed), 'credit' and 'debit', or 'amount' with 'direction' and 'incoming'
  dues: error: bank/p.toml:1:1: bank profile 'p': no currency: set 'currency' to a code such as "EUR", or 'currency-column'
  dues: error: bank profile p has 3 errors; nothing was recorded
  reconcile: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad d-profile-header-missing-column
  dues: error: bank/p.toml:2:10: bank profile 'p': column 'Betrag' is not in the header of bank.csv (line 1 has 'Date', 'Amount', 'Payer', 'Text')
  reconcile: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad d-profile-huge-line
  dues: error: bank/p.toml:1:3: not valid TOML: Error while parsing comment: control characters other than TAB (U+0009) are explicitly prohibited in comments
  dues: error: bank profile p has 1 error; nothing was recorded
  reconcile: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad d-profile-latin1
  dues: error: bank/p.toml:6:3: not valid TOML: Encountered invalid utf-8 sequence
  dues: error: bank profile p has 1 error; nothing was recorded
  reconcile: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad d-profile-no-currency
  dues: error: bank/p.toml:1:1: bank profile 'p': no currency: set 'currency' to a code such as "EUR", or 'currency-column'
  dues: error: bank profile p has 1 error; nothing was recorded
  reconcile: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad d-profile-nul-byte
  dues: error: bank/p.toml:2:7: not valid TOML: Error while parsing key-value pair: expected '=', saw '\u0000'
  dues: error: bank profile p has 1 error; nothing was recorded
  reconcile: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad d-profile-regex-backreference
  dues: error: bank/p.toml:6:16: bank profile 'p': 'ignore-regex' is not a regular expression dues can use (RE2 syntax: no backreferences or lookaround): '(a)\1': invalid escape sequence: \1
  dues: error: bank profile p has 1 error; nothing was recorded
  reconcile: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad d-profile-regex-lookahead
  dues: error: bank/p.toml:6:16: bank profile 'p': 'footer-regex' is not a regular expression dues can use (RE2 syntax: no backreferences or lookaround): 'x(?=y)': invalid perl operator: (?=
  dues: error: bank profile p has 1 error; nothing was recorded
  reconcile: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad d-profile-regex-unclosed
  dues: error: bank/p.toml:6:16: bank profile 'p': 'footer-regex' is not a regular expression dues can use (RE2 syntax: no backreferences or lookaround): '(abc': missing ): (abc
  dues: error: bank profile p has 1 error; nothing was recorded
  reconcile: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad d-profile-short-rows-string
  dues: error: bank/p.toml:6:14: 'short-rows' in bank profile 'p' must be true or false
  dues: error: bank profile p has 1 error; nothing was recorded
  reconcile: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad d-profile-skip-lines-negative
  dues: error: bank/p.toml:6:14: 'skip-lines' in bank profile 'p' must be a whole number from 0 to 1000
  dues: error: bank profile p has 1 error; nothing was recorded
  reconcile: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad d-profile-symlink-loop
  dues: error: cannot read bank/p.toml: a symbolic link loop (or too many links)
  reconcile: exit 5, no file changed
  fmt: exit 0, no file changed
  $ bad d-profile-truncated
  dues: error: bank/p.toml:4:11: not valid TOML: Error while parsing key-value pair: encountered end-of-file
  dues: error: bank profile p has 1 error; nothing was recorded
  reconcile: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad d-profile-two-amount-modes
  dues: error: bank/p.toml:2:10: bank profile 'p': 'amount' and 'direction' cannot be combined with 'credit' and 'debit'
  dues: error: bank profile p has 1 error; nothing was recorded
  reconcile: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad d-profile-unclosed-string
  dues: error: bank/p.toml:6:23: not valid TOML: Error while parsing string: unescaped control characters other than TAB (U+0009) are explicitly prohibited
  dues: error: bank profile p has 1 error; nothing was recorded
  reconcile: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad d-profile-unknown-currency
  dues: error: bank/p.toml:3:12: bank profile 'p': unknown currency 'XYZ' (expected an ISO 4217 code)
  dues: error: bank profile p has 1 error; nothing was recorded
  reconcile: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad d-profile-unknown-encoding
  dues: error: bank/p.toml:6:12: 'encoding' in bank profile 'p' must be one of utf-8, gbk (cp936), gb18030, cp1252 (windows-1252), iso-8859-1 (latin1)
  dues: error: bank profile p has 1 error; nothing was recorded
  reconcile: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad d-profile-unknown-key
  dues: error: bank/p.toml:6:1: unknown key 'colour' in bank profile 'p'
  dues: error: bank profile p has 1 error; nothing was recorded
  reconcile: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad d-recurring-bad-name
  sha256sum: ./recurring/bad: No such file or directory
  sha256sum: name.toml: No such file or directory
  sha256sum: ./recurring/bad: No such file or directory
  sha256sum: name.toml: No such file or directory
  sha256sum: ./recurring/bad: No such file or directory
  sha256sum: name.toml: No such file or directory
  sha256sum: ./recurring/bad: No such file or directory
  sha256sum: name.toml: No such file or directory
  dues: error: recurring/bad name.toml:1:1: not a valid template name (letters, digits, '-', '_', '.'): 'bad name'
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 3, no file changed
  $ bad d-recurring-day-32
  dues: error: recurring/hosting.toml:2:7: 'day' in recurring template recurring/hosting.toml must be a whole number from 1 to 31
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 3, no file changed
  $ bad d-recurring-day-zero
  dues: error: recurring/hosting.toml:2:7: 'day' in recurring template recurring/hosting.toml must be a whole number from 1 to 31
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 3, no file changed
  $ bad d-recurring-defined-twice
  dues: error: recurring/hosting.toml:1:1: recurring template 'hosting' is also defined in dues.toml
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 3, no file changed
  $ bad d-recurring-directory
  dues: error: cannot read recurring/hosting.toml: a folder, not a regular file
  check: exit 5, no file changed
  fmt: exit 5, no file changed
  $ bad d-recurring-empty
  dues: error: recurring/hosting.toml:1:1: recurring template recurring/hosting.toml needs customer = "ID"
  dues: error: recurring/hosting.toml:1:1: recurring template recurring/hosting.toml needs at least one [[items]] table
  dues: error: recurring/hosting.toml:1:1: recurring template recurring/hosting.toml needs start = "YYYY-MM-DD"
  dues: error: the ledger has 3 errors; nothing was changed
  check: exit 3, no file changed
  fmt: exit 3, no file changed
  $ bad d-recurring-end-before-start
  dues: error: recurring/hosting.toml:1:1: recurring template 'hosting': end 2025-12-31 is before start 2026-01-15
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad d-recurring-huge-line
  dues: error: recurring/hosting.toml:1:3: not valid TOML: Error while parsing comment: control characters other than TAB (U+0009) are explicitly prohibited in comments
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 3, no file changed
  $ bad d-recurring-latin1
  dues: error: recurring/hosting.toml:8:3: not valid TOML: Encountered invalid utf-8 sequence
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 3, no file changed
  $ bad d-recurring-nul-byte
  dues: error: recurring/hosting.toml:2:3: not valid TOML: Error while parsing key-value pair: expected '=', saw '\u0000'
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 3, no file changed
  $ bad d-recurring-schedule-number
  dues: error: recurring/hosting.toml:2:12: 'schedule' in recurring template recurring/hosting.toml must be a string
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 3, no file changed
  $ bad d-recurring-start-missing
  dues: error: recurring/hosting.toml:1:1: recurring template recurring/hosting.toml needs start = "YYYY-MM-DD"
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 3, no file changed
  $ bad d-recurring-symlink-loop
  dues: error: cannot read recurring/hosting.toml: a symbolic link loop (or too many links)
  check: exit 5, no file changed
  fmt: exit 5, no file changed
  $ bad d-recurring-truncated
  dues: error: recurring/hosting.toml:6:10: not valid TOML: Error while parsing key-value pair: encountered end-of-file
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 3, no file changed
  $ bad d-recurring-unknown-customer
  dues: error: recurring/hosting.toml:1:1: recurring template 'hosting': unknown customer 'acne' (not in customers.toml); did you mean 'acme'?
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad d-recurring-unknown-key
  dues: error: recurring/hosting.toml:2:1: unknown key 'colour' in recurring template recurring/hosting.toml
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 3, no file changed
  $ bad d-settings-bank-unknown-key
  dues: error: dues.toml:37:1: unknown key 'colour' in bank profile 'q'
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad d-settings-company-currency-bad
  dues: error: dues.toml:7:12: unknown currency 'EURO' in [company] (expected an ISO 4217 code)
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad d-settings-directory
  dues: error: cannot read /tmp/\S+/dues.toml: a folder, not a regular file (re)
  check: exit 5, no file changed
  fmt: exit 5, no file changed
  $ bad d-settings-duplicate-key
  dues: error: dues.toml:32:8: not valid TOML: Error while parsing key-value pair: cannot redefine existing integer 'days'
  check: exit 3, no file changed
  fmt: exit 3, no file changed
  $ bad d-settings-duplicate-table
  dues: error: dues.toml:33:1: not valid TOML: Error while parsing table header: cannot redefine existing table 'terms.net30'
  check: exit 3, no file changed
  fmt: exit 3, no file changed
  $ bad d-settings-empty
  dues: error: dues.toml:1:1: missing 'format = 1' at the top of the file
  dues: error: dues.toml:1:1: missing 'currency' in [company] (the default currency, such as "EUR")
  dues: error: the ledger has 2 errors; nothing was changed
  check: exit 3, no file changed
  fmt: exit 3, no file changed
  $ bad d-settings-format-string
  dues: error: dues.toml:3:10: 'format' in dues.toml must be a whole number
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 3, no file changed
  $ bad d-settings-format-zero
  dues: error: dues.toml:3:10: 'format' in dues.toml must be a format version from 1 to 1
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 3, no file changed
  $ bad d-settings-huge-line
  dues: error: dues.toml:32:3: not valid TOML: Error while parsing comment: control characters other than TAB (U+0009) are explicitly prohibited in comments
  check: exit 3, no file changed
  fmt: exit 3, no file changed
  $ bad d-settings-instalment-days-too-big
  dues: error: dues.toml:35:25: 'days' in an instalment of [terms.long] must be a whole number from 0 to 3660
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 3, no file changed
  $ bad d-settings-instalment-unknown-key
  dues: error: dues.toml:35:45: unknown key 'when' in an instalment of [terms.inst]
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 3, no file changed
  $ bad d-settings-latin1
  dues: error: dues.toml:32:3: not valid TOML: Encountered invalid utf-8 sequence
  check: exit 3, no file changed
  fmt: exit 3, no file changed
  $ bad d-settings-nul-byte
  dues: error: dues.toml:1:21: not valid TOML: Error while parsing comment: control characters other than TAB (U+0009) are explicitly prohibited in comments
  check: exit 3, no file changed
  fmt: exit 3, no file changed
  $ bad d-settings-rate-over-100
  dues: error: dues.toml:33:1: [taxes.extra] rate must be from 0% to 100%
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad d-settings-recurring-unknown-schedule
  dues: error: dues.toml:35:12: 'schedule' in [recurring.x] must be "monthly", "quarterly" or "yearly"
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 3, no file changed
  $ bad d-settings-rounding-number
  dues: error: dues.toml:10:12: 'rounding' in [defaults] must be "half-up" or "half-even" or "down" or "up"
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 3, no file changed
  $ bad d-settings-symlink-loop
  dues: error: cannot read /tmp/\S+/dues.toml: a symbolic link loop (re)
  check: exit 5, no file changed
  fmt: exit 5, no file changed
  $ bad d-settings-terms-days-negative
  dues: error: dues.toml:34:8: 'days' in [terms.neg] must be a whole number from 0 to 3660
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 3, no file changed
  $ bad d-settings-terms-days-string
  dues: error: dues.toml:34:8: 'days' in [terms.str] must be a whole number from 0 to 3660
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 3, no file changed
  $ bad d-settings-truncated
  dues: error: dues.toml:10:9: [defaults] unknown terms 'net30' (not in [terms] of dues.toml)
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad d-settings-unclosed-table
  dues: error: dues.toml:33:13: not valid TOML: Error while parsing table header: expected ']', saw '\n'
  check: exit 3, no file changed
  fmt: exit 3, no file changed
  $ bad d-settings-unknown-company-key
  dues: error: dues.toml:6:1: unknown key 'nmae' in [company]
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 3, no file changed
  $ bad d-settings-unknown-default-tax
  dues: error: dues.toml:10:7: [defaults] unknown tax code 'nope' (not in [taxes] of dues.toml)
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed
  $ bad d-settings-unknown-rounding
  dues: error: dues.toml:10:12: 'rounding' in [defaults] must be "half-up" or "half-even" or "down" or "up"
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 3, no file changed
  $ bad d-customers-jp-registration-number
  dues: error: customers.toml:14:10: not a valid registration number of a qualified invoice issuer ('T' and 13 digits): 'T123456789012'
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed

The d- cases number at least 140, and with the older cases the corpus holds 200+:

  $ ls -d "$TESTS"/bad-input/d-*/ | wc -l | awk '$1 >= 140 { print "enough" }'
  enough
  $ ls -d "$TESTS"/bad-input/*/ | wc -l | awk '$1 >= 200 { print "200+" }'
  200+

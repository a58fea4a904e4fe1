Bad input: every folder of tests/bad-input/ except base/ is the valid base ledger with
one thing broken (the folder holds the files that differ). For each, `dues check` must
name the problem as `dues: error: file:line:col: message` and exit 3, and neither
`dues check` nor `dues fmt` (a command that writes) may change a file, except that fmt
repairs CRLF, a BOM and tabs (and the zeros of an amount), which is its job. The one
case with another exit code is a ledger of a newer format: 5, an environment problem.
run-case.sh prints the output of check, then each command's exit code and what changed.

  $ bad() { bash "$TESTS/bad-input/run-case.sh" "$1"; }

The base ledger is valid:

  $ bad base
  ok: 4 customers, 3 invoices, 1 credit note, 1 payment, 0 refunds in 1 journal file
  check: exit 0, no file changed
  fmt: exit 0, no file changed

Dates must exist and be written YYYY-MM-DD:

  $ bad date-february-30
  dues: error: journal/bad.dues:1:1: not a valid date (YYYY-MM-DD): '2026-02-30'
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 3, no file changed

  $ bad date-month-13
  dues: error: journal/bad.dues:1:1: not a valid date (YYYY-MM-DD): '2026-13-01'
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 3, no file changed

  $ bad date-not-padded
  dues: error: journal/bad.dues:1:1: not a valid date (YYYY-MM-DD): '2026-1-5'
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 3, no file changed

  $ bad date-in-attribute
  dues: error: journal/bad.dues:1:52: not a valid date (YYYY-MM-DD): '2026-04-31'
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 3, no file changed

  $ bad due-before-date
  dues: error: journal/bad.dues:1:52: due date 2026-03-01 is before the invoice date 2026-03-02
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed

Amounts: digits, at most the currency's decimals (even zeros), in range, not negative:

  $ bad amount-overflow
  dues: error: journal/bad.dues:1:55: amount out of range: '99999999999999999999'
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 3, no file changed

  $ bad amount-too-many-decimals-eur
  dues: error: journal/bad.dues:1:55: too many decimals for EUR (at most 2): '10.005'
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed

  $ bad amount-decimals-for-jpy
  dues: error: journal/bad.dues:1:56: too many decimals for JPY (at most 0): '100.5'
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed

  $ bad amount-zero-decimals-for-jpy
  dues: error: journal/bad.dues:1:56: too many decimals for JPY (at most 0): '100.00'
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  reformatted journal/bad.dues
  fmt: exit 0, changed: journal/bad.dues
  ok: 4 customers, 3 invoices, 1 credit note, 2 payments, 0 refunds in 2 journal files
  check after fmt: exit 0

  $ bad amount-negative
  dues: error: journal/bad.dues:1:55: amount must not be negative: '-10.00'
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed

  $ bad amount-with-grouping
  dues: error: journal/bad.dues:1:55: not a valid amount (digits, optionally '.' and decimals): '1,000.00'
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 3, no file changed

  $ bad bad-discount
  dues: error: journal/bad.dues:2:40: not a valid discount (a percentage such as 10% or an amount): '-5%'
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 3, no file changed

References resolve: customers, currencies, series:

  $ bad unknown-customer
  dues: error: journal/bad.dues:1:43: unknown customer 'acne' (not in customers.toml); did you mean 'acme'?
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed

  $ bad unknown-currency
  dues: error: journal/bad.dues:1:61: unknown currency 'EUX' (expected an ISO 4217 code)
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 3, no file changed

  $ bad currency-lower-case
  dues: error: journal/bad.dues:1:61: expected a currency code (such as EUR) after the amount, found 'eur'
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 3, no file changed

  $ bad unknown-series
  dues: error: journal/bad.dues:1:1: unknown series 'export' (not in [series] of dues.toml)
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed

Bytes: UTF-8 without BOM, LF line ends, no tabs (fmt repairs the last three):

  $ bad invalid-utf8
  dues: error: journal/bad.dues:1:45: invalid UTF-8 (byte 0xE9); journals must be UTF-8
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 3, no file changed

  $ bad crlf
  dues: error: journal/bad.dues:1:40: carriage return at the end of the line (CRLF); journals use LF line ends (run 'dues fmt' to convert)
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  reformatted journal/bad.dues
  fmt: exit 0, changed: journal/bad.dues
  ok: 4 customers, 3 invoices, 1 credit note, 1 payment, 0 refunds in 2 journal files
  check after fmt: exit 0

  $ bad bom
  dues: error: journal/bad.dues:1:1: byte order mark at the start of the file; journals are UTF-8 without one (run 'dues fmt' to remove it)
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  reformatted journal/bad.dues
  fmt: exit 0, changed: journal/bad.dues
  ok: 4 customers, 3 invoices, 1 credit note, 1 payment, 0 refunds in 2 journal files
  check after fmt: exit 0

  $ bad tab
  dues: error: journal/bad.dues:1:32: tab character; journals use spaces (run 'dues fmt' to convert)
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  reformatted journal/bad.dues
  fmt: exit 0, changed: journal/bad.dues
  ok: 4 customers, 3 invoices, 1 credit note, 1 payment, 0 refunds in 2 journal files
  check after fmt: exit 0

Ids are unique, and numbering is gapless and follows the series:

  $ bad duplicate-invoice-id
  dues: error: journal/bad.dues:1:1: invoice INV-2026-0001 already issued at journal/2026.dues:1
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed

  $ bad duplicate-payment-id
  dues: error: journal/bad.dues:1:1: id PAY-2026-0001 already used at journal/2026.dues:11
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed

  $ bad bad-id
  dues: error: journal/bad.dues:1:20: not a valid id (letters, digits, '-', '_', '.', '/'): 'PAY#2'
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 3, no file changed

  $ bad numbering-gap
  dues: error: journal/bad.dues:1:1: numbering gap in series 'invoice': INV-2026-0004 is missing before INV-2026-0005
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed

  $ bad numbering-wrong-year
  dues: error: journal/bad.dues:1:1: 'INV-2025-0001' is numbered in year 2025 but dated 2026-03-02
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed

  $ bad numbering-wrong-format
  dues: error: journal/bad.dues:1:1: id 'INV-26-4' does not follow the invoice series format 'INV-{year}-{seq:04}'
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed

Stored totals equal a recomputation from the items:

  $ bad total-mismatch
  dues: error: journal/bad.dues:1:1: INV-2026-0004: stored total 121.00 EUR does not match the items: 120.00 EUR
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed

  $ bad item-amount-mismatch
  dues: error: journal/bad.dues:1:1: INV-2026-0004: stored total 120.00 EUR does not match the items: 119.99 EUR
  dues: error: journal/bad.dues:2:3: item amount 100.00 EUR does not match quantity x price: 99.99 EUR
  dues: error: journal/bad.dues:3:3: stored tax standard base 100.00 EUR amount 20.00 EUR does not match the items: base 99.99 EUR amount 20.00 EUR
  dues: error: the ledger has 3 errors; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed

  $ bad tax-line-mismatch
  dues: error: journal/bad.dues:3:3: stored tax reduced base 100.00 EUR amount 7.50 EUR does not match the items: base 100.00 EUR amount 7.00 EUR
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed

  $ bad tax-line-missing
  dues: error: journal/bad.dues:2:3: INV-2026-0004: unknown tax code 'standard' (each tax code used by an item needs a tax line)
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed

  $ bad tax-line-unused
  dues: error: journal/bad.dues:3:3: tax line reduced is not used by any item
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed

  $ bad instalments-do-not-add-up
  dues: error: journal/bad.dues:3:3: instalments of INV-2026-0004 add up to 90.00 EUR, but its total is 100.00 EUR
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed

  $ bad item-without-price
  dues: error: journal/bad.dues:2:38: missing 'price' for an item line
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 3, no file changed

Money is never applied beyond what is open or what the payment holds, nor across customers or currencies:

  $ bad over-allocation
  dues: error: journal/bad.dues:2:9: PAY-2026-0002 applies 100.00 EUR to INV-2026-0001, but only 80.00 EUR is open on 2026-03-02
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed

  $ bad apply-more-than-payment
  dues: error: journal/bad.dues:2:9: PAY-2026-0002 applies more than it holds: 10.00 EUR left, 50.00 EUR applied to INV-2026-0001
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed

  $ bad apply-zero
  dues: error: journal/bad.dues:2:23: an applied amount must be more than zero
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed

  $ bad apply-unknown-invoice
  dues: error: journal/bad.dues:2:9: unknown invoice 'INV-2026-0099'
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed

  $ bad apply-to-credit-note
  dues: error: journal/bad.dues:2:9: 'CN-2026-0001' is not an invoice; money is applied to invoices
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed

  $ bad apply-across-customers
  dues: error: journal/bad.dues:2:9: invoice INV-2026-0003 belongs to customer 'beta', not 'acme'
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed

  $ bad apply-across-currencies
  dues: error: journal/bad.dues:2:9: invoice INV-2026-0002 is in JPY, but the money applied is in EUR
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed

  $ bad apply-before-issue
  dues: error: journal/bad.dues:2:9: PAY-2026-0002 applies to INV-2026-0001 before that invoice is issued on 2026-01-05
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed

  $ bad apply-to-void-invoice
  dues: error: journal/bad.dues:4:9: PAY-2026-0002 applies to INV-2026-0003, which is void
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed

  $ bad allocate-unknown-source
  dues: error: journal/bad.dues:2:9: 'PAY-2026-0099' is not a payment or credit note in this ledger
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed

  $ bad allocate-refunded-money
  dues: error: journal/bad.dues:6:9: PAY-2026-0002 applies 80.00 EUR to INV-2026-0001, but customer 'acme' has only 0.00 EUR of unapplied credit on 2026-03-04 (refunds paid the rest back)
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed

  $ bad refund-exceeding-credit
  dues: error: journal/bad.dues:1:1: refund RFD-2026-0001 of 50.00 EUR exceeds the unapplied credit of customer 'acme': 0.00 EUR on 2026-03-02
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed

Status changes: void, write-off, dispute, reminder:

  $ bad void-paid-invoice
  dues: error: journal/bad.dues:1:1: INV-2026-0001 cannot be voided: money has been applied to or from it; issue a credit note instead
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed

  $ bad void-twice
  dues: error: journal/bad.dues:3:1: INV-2026-0003 is already void
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed

  $ bad void-before-issue
  dues: error: journal/bad.dues:1:1: void is dated before INV-2026-0003 is issued on 2026-01-07
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed

  $ bad writeoff-over-open
  dues: error: journal/bad.dues:1:1: write-off of INV-2026-0001 on 2026-03-02 for 100.00 EUR, but 80.00 EUR is open
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed

  $ bad writeoff-wrong-currency
  dues: error: journal/bad.dues:1:42: invoice INV-2026-0002 is in JPY, not EUR
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed

  $ bad dispute-twice
  dues: error: journal/bad.dues:3:1: INV-2026-0003 is already disputed
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed

  $ bad resolve-without-dispute
  dues: error: journal/bad.dues:1:1: INV-2026-0003 is not disputed, so there is nothing to resolve
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed

  $ bad remind-level-0
  dues: error: journal/bad.dues:1:1: a reminder's level starts at 1
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed

Syntax of entries:

  $ bad missing-required-attribute
  dues: error: journal/bad.dues:1:63: missing 'total' for an invoice
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 3, no file changed

  $ bad missing-due
  dues: error: journal/bad.dues:1:1: missing 'due' for an invoice (or instalment lines)
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed

  $ bad unknown-attribute
  dues: error: journal/bad.dues:1:41: unknown attribute 'colour' for a reminder
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 3, no file changed

  $ bad attribute-of-another-entry
  dues: error: journal/bad.dues:1:65: unknown attribute 'due' for a payment
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 3, no file changed

  $ bad attribute-given-twice
  dues: error: journal/bad.dues:1:48: 'customer' given twice
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 3, no file changed

  $ bad unknown-entry-keyword
  dues: error: journal/bad.dues:1:12: unknown entry 'invoise'; did you mean 'invoice'?
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 3, no file changed

  $ bad unknown-detail-line
  dues: error: journal/bad.dues:2:3: unknown line 'item' in a payment; expected apply
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 3, no file changed

  $ bad unterminated-string
  dues: error: journal/bad.dues:1:41: unterminated string: missing closing '"'
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 3, no file changed

  $ bad unknown-escape
  dues: error: journal/bad.dues:1:49: unknown escape in string; only \" and \\ are allowed
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 3, no file changed

  $ bad indented-line-outside-entry
  dues: error: journal/bad.dues:1:3: indented line outside an entry (entries start with a date in column 1)
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 3, no file changed

customers.toml:

  $ bad bad-email
  dues: error: customers.toml:3:10: not a valid email address: 'ap@acme'
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed

  $ bad bad-iban
  dues: error: customers.toml:5:17: not a valid IBAN (length or check digits): 'DE89 3704 0044 0532 0130 01'
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed

  $ bad bad-uscc
  dues: error: customers.toml:19:10: not a valid unified social credit code (18 characters with a check character): '91330100716105852E'
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed

  $ bad customer-unknown-currency
  dues: error: customers.toml:14:12: unknown currency 'YEN' (expected an ISO 4217 code)
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed

  $ bad customer-unknown-terms
  dues: error: customers.toml:9:9: unknown terms 'net45' (not in [terms] of dues.toml)
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed

  $ bad customer-without-name
  dues: error: customers.toml:7:2: customer 'beta' needs a name
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed

  $ bad customer-unknown-key
  dues: error: customers.toml:9:1: unknown key 'colour' in customer [beta]
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed

  $ bad customer-bad-credit-limit
  dues: error: customers.toml:9:16: not a valid EUR credit limit: '1000.005'
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed

  $ bad customer-invalid-id
  dues: error: customers.toml:7:2: not a valid customer id (letters, digits, '-', '_', '.', '/'): 'beta sarl'
  dues: error: journal/2026.dues:8:43: unknown customer 'beta' (not in customers.toml)
  dues: error: the ledger has 2 errors; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed

  $ bad customers-bad-toml
  dues: error: customers.toml:2:18: not valid TOML: Error while parsing string: unescaped control characters other than TAB (U+0009) are explicitly prohibited
  check: exit 3, no file changed
  fmt: exit 0, no file changed

dues.toml:

  $ bad settings-bad-toml
  dues: error: dues.toml:5:9: not valid TOML: Error while parsing table header: expected ']', saw '\n'
  check: exit 3, no file changed
  fmt: exit 3, no file changed

  $ bad settings-float-rate
  dues: error: dues.toml:25:8: 'rate' must be a string such as "20%" or a whole number, not a float: floats cannot hold decimals exactly
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 3, no file changed

  $ bad settings-unknown-key
  dues: error: dues.toml:7:1: unknown key 'colour' in [company]
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 3, no file changed

  $ bad settings-unknown-currency
  dues: error: dues.toml:7:12: unknown currency 'EURO' in [company] (expected an ISO 4217 code)
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed

  $ bad settings-unknown-default-terms
  dues: error: dues.toml:10:9: [defaults] unknown terms 'net60' (not in [terms] of dues.toml); did you mean 'net30'?
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed

  $ bad settings-missing-format
  dues: error: dues.toml:1:1: missing 'format = 1' at the top of the file
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 3, no file changed

  $ bad settings-series-without-seq
  dues: error: dues.toml:22:10: 'format' in [series.refund] is not a series format such as "INV-{year}-{seq:04}": it needs a {seq} or {seq:04} placeholder
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed

  $ bad settings-instalment-shares
  dues: error: dues.toml:30:1: [terms.net30] instalment shares add up to 90%, not 100%
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed

SEPA direct debit: a mandate's fields and the creditor identifier are checked:

  $ bad b-mandate-bad-fields
  dues: error: customers.toml:23:6: a mandate id is 1 to 35 letters, digits, spaces or '+?/-:().,' characters: 'ACME_001'
  dues: error: customers.toml:24:10: the mandate's signature date must be YYYY-MM-DD: '2024-02-30'
  dues: error: customers.toml:25:8: the mandate's debtor IBAN is not valid: 'DE89 3704 0044 0532 0130 01'
  dues: error: customers.toml:26:10: the mandate's scheme must be CORE or B2B, not 'COR1'
  dues: error: customers.toml:27:12: the mandate's sequence must be FRST, RCUR, FNAL or OOFF, not 'ONCE'
  dues: error: the ledger has 5 errors; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed

  $ bad b-creditor-id-check-digits
  dues: error: dues.toml:8:15: not a valid SEPA creditor identifier (country, check digits, business code, national id; mod 97): 'DE97ZZZ09999999999'
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed

A newer format is refused with exit 5 (environment), by check and by fmt alike:

  $ bad settings-format-newer
  dues: error: dues.toml:3:10: this ledger uses format 2, but this dues reads format 1 at most; upgrade dues
  check: exit 5, no file changed
  fmt: exit 5, no file changed

Hardening (issue 21; cases named h-*). Ledger files must be regular files: a device or
a FIFO is refused before it is read (exit 5), never read for ever:

  $ bad h-dev-zero-journal
  dues: error: cannot read journal/zero.dues: a device, not a regular file
  check: exit 5, no file changed
  fmt: exit 5, no file changed

  $ bad h-dev-zero-profile
  dues: error: cannot read bank/zero.toml: a device, not a regular file
  check: exit 5, no file changed
  fmt: exit 0, no file changed

A symbolic link loop is reported as one, not as "unknown customer" at every line:

  $ bad h-customers-link-loop
  dues: error: cannot read customers.toml: a symbolic link loop (or too many links)
  check: exit 5, no file changed
  fmt: exit 0, no file changed

Paths in dues.toml stay inside the ledger folder (entries written outside would never
be read back, and the next number would be used twice):

  $ bad h-journal-append-outside
  dues: error: dues.toml:34:10: [journal] append '../x-{year}.dues' must stay inside the ledger folder, but it goes up with '..' (write a relative path such as "journal/{year}.dues")
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 3, no file changed

  $ bad h-journal-files-absolute
  dues: error: dues.toml:34:9: [journal] files '/tmp/*.dues' must stay inside the ledger folder, but it is absolute (write a relative path such as "journal/{year}.dues")
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 3, no file changed

Every case folder is run above:

  $ cd "$TESTS/bad-input" && for d in */; do
  >   d=${d%/}; [ "$d" = base ] || grep -qx "  \\$ bad $d" "$TESTDIR"/bad-input*.t || echo "not run: $d"
  > done
  $ n=$(ls -d "$TESTS"/bad-input/*/ | wc -l); echo "$n cases"; [ "$n" -ge 200 ]
  * cases (glob)

Collections: [dunning] settings and note/promise entries (docs/dunning.md). A level
without a template, levels that overlap, a negative fee, interest above a base rate
with no base-rate table, a float for a rate; a promise on a paid invoice, a note about
nothing known:

  $ bad c-level-without-template
  dues: error: dues.toml:35:1: dunning level 1 (default): needs a template = "NAME" of [dunning.templates.NAME]
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed

  $ bad c-overlapping-levels
  dues: error: dues.toml:40:8: dunning level 2 (default): days 7 overlaps level 1 (days 14): each level's days must be later than the one before
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed

  $ bad c-negative-fee
  dues: error: dues.toml:38:7: dunning level 1 (default): a fee must not be negative: -5.00 EUR
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed

  $ bad c-interest-without-base-rate
  dues: error: dues.toml:35:1: [dunning.interest]: 'points' above the base rate needs 'base-rates', a table of { from = DATE, rate = "N%" } rows
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed

  $ bad c-interest-float-rate
  dues: error: dues.toml:36:8: 'rate' in [dunning.interest] must be a percentage such as "9%" (a string, not a float)
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 3, no file changed

  $ bad c-promise-on-paid-invoice
  dues: error: journal/2026.dues:22:20: INV-2026-0003 has nothing open on 2026-03-01: a promise needs an unpaid invoice
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed

A charge document (origin dunning:INVOICE/LEVEL) goes with the reminder it was issued
with, belongs to the dunned invoice's customer, and has only fee and interest items:

  $ bad c-charge-without-reminder
  dues: error: journal/bad.dues:1:1: charge INV-2026-0004: no 'remind INV-2026-0001 level 1' entry on 2026-03-01: a charge is issued with the reminder it belongs to
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed

  $ bad c-charge-other-customer
  dues: error: journal/bad.dues:2:1: charge INV-2026-0004: INV-2026-0001 belongs to customer acme, the charge to beta
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed

  $ bad c-charge-item-unit
  dues: error: journal/bad.dues:3:3: charge INV-2026-0004: an item's unit is 'fee' or 'interest', not 'h'
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed

  $ bad c-note-unknown-target
  dues: error: journal/2026.dues:19:17: 'nobody' is neither an invoice nor a customer
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed

A `forgotten` entry (privacy) names a customer of customers.toml:

  $ bad forgotten-unknown-customer
  dues: error: journal/bad.dues:1:22: unknown customer 'nobody' (not in customers.toml)
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed

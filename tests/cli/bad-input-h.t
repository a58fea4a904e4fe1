Bad input, hardening cases of issue 21 items 2 and 9 (tests/bad-input/h-*; run by
run-case.sh as in bad-input.t: the base ledger with the case's files laid over it).

  $ bad() { bash "$TESTS/bad-input/run-case.sh" "$1" | cut -c1-400; }

One broken line gives one error (21.2). An entry that is written but does not parse
(a typo in an attribute, a date that does not exist, a quote left open) is not also
"missing" from its numbering series, nor unknown to the payment, void or dispute that
names it:

  $ bad h-typo-one-error
  dues: error: journal/bad.dues:1:34: unknown attribute 'custmer' for an invoice; did you mean 'customer'?
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 3, no file changed

  $ bad h-bad-date-one-error
  dues: error: journal/bad.dues:1:1: not a valid date (YYYY-MM-DD): '2026-02-30'
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 3, no file changed

  $ bad h-unterminated-quote-one-error
  dues: error: journal/bad.dues:2:8: unterminated string: missing closing '"'
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 3, no file changed

  $ bad h-broken-dispute-one-error
  dues: error: journal/bad.dues:1:34: unknown attribute 'reasn' for a dispute; did you mean 'reason'?
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 3, no file changed

Every independent error of every file in one pass: dues.toml, customers.toml, a journal,
a draft and a bank profile, each with one problem:

  $ bad h-every-file-one-pass
  dues: error: bank/p.toml:6:1: unknown key 'colour' in bank profile 'p'
  dues: error: customers.toml:8:8: 'name' in customer [beta] must be a string
  dues: error: drafts/april.toml:2:8: 'date' in draft drafts/april.toml must be a date written "YYYY-MM-DD"
  dues: error: dues.toml:10:9: [defaults] unknown terms 'net3O' (not in [terms] of dues.toml); did you mean 'net30'?
  dues: error: journal/bad.dues:1:34: unknown attribute 'custmer' for an invoice; did you mean 'customer'?
  dues: error: the ledger has 5 errors; nothing was changed
  check: exit 3, no file changed
  fmt: exit 3, no file changed

Messages at the key that is wrong (21.9): a series format, a customer field of the wrong
type, an item whose quantity x price does not fit an amount:

  $ bad h-series-format-width
  dues: error: dues.toml:13:10: 'format' in [series.invoice] is not a series format such as "INV-{year}-{seq:04}": '{seq:99999999999}': the width after 'seq:' must be a number from 1 to 12 (such as {seq:04})
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed

  $ bad h-series-format-unclosed
  dues: error: dues.toml:16:10: 'format' in [series.credit] is not a series format such as "INV-{year}-{seq:04}": '{' at character 11 is not closed by '}'
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed

  $ bad h-customer-name-not-string
  dues: error: customers.toml:8:8: 'name' in customer [beta] must be a string
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed

  $ bad h-item-qty-price-overflow
  dues: error: journal/bad.dues:3:3: INV-2026-0004: item 2 ('Does not fit'): quantity 99999999999999 x price 99999999999.00 is out of range for EUR (at most 92233720368547758.07 EUR)
  dues: error: the ledger has 1 error; nothing was changed
  check: exit 3, no file changed
  fmt: exit 0, no file changed

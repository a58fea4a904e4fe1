A customers.toml or dues.toml that is not TOML is reported alone. dues used to go on
without the file's content and report every consequence: each journal entry naming a
customer got "unknown customer", and a broken dues.toml "missing 'currency'".

  $ export DUES_TODAY=2026-12-01
  $ cp -R "$EXAMPLES/tiny" ledger && cd ledger
  $ sed -i 's/^name = "ACME Werkzeuge GmbH"$/name = "ACME Werkzeuge GmbH/' customers.toml
  $ dues check
  dues: error: customers.toml:4:28: not valid TOML: Error while parsing string: unescaped control characters other than TAB (U+0009) are explicitly prohibited
  [3]
  $ cp "$EXAMPLES/tiny/customers.toml" customers.toml
  $ sed -i 's/^\[company\]$/[company/' dues.toml
  $ dues check
  dues: error: dues.toml:5:9: not valid TOML: Error while parsing table header: expected ']', saw '\n'
  [3]

A bank profile regex with a repeated group (`ignore-regex = "(x|y)*z"`) meeting a
20,000-character cell crashed dues with SIGSEGV: std::regex matches by recursion. The
patterns now run on RE2 (linear time, no recursion), and a pattern RE2 cannot take is an
error naming the profile key.

  $ export DUES_TODAY=2026-11-30
  $ dues --today 2026-11-01 init books > /dev/null && cd books
  $ mkdir bank
  $ cat > bank/plain.toml <<'END'
  > date = "Date"
  > amount = "Amount"
  > currency = "EUR"
  > reference = "Text"
  > ignore-regex = "(x|y)*z"
  > footer-regex = "^(a+)+$"
  > END
  $ printf 'Date,Amount,Text\n2026-11-16,10.00,%s\n' "$(head -c 20000 /dev/zero | tr '\0' x)" > long.csv
  $ dues reconcile long.csv --profile plain | tail -n 1
  0 matched, 0 ambiguous, 1 unmatched, 0 already imported, 0 skipped
  $ printf 'Date,Amount,Text\n2026-11-16,10.00,%sz\n' "$(head -c 20000 /dev/zero | tr '\0' y)" > ignored.csv
  $ dues reconcile ignored.csv --profile plain | head -n 1
  ignored.csv (bank profile plain): 0 receipts, 1 other row

A backreference or a lookahead is refused where it is written:

  $ echo 'ignore-regex = ["ok", "(a)\\1", "x(?=y)"]' > extra && sed -i '/^ignore-regex/d' bank/plain.toml && cat extra >> bank/plain.toml
  $ dues reconcile long.csv --profile plain
  dues: error: bank/plain.toml:6:16: bank profile 'plain': 'ignore-regex' is not a regular expression dues can use (RE2 syntax: no backreferences or lookaround): '(a)\1': invalid escape sequence: \1
  dues: error: bank/plain.toml:6:16: bank profile 'plain': 'ignore-regex' is not a regular expression dues can use (RE2 syntax: no backreferences or lookaround): 'x(?=y)': invalid perl operator: (?=
  dues: error: bank profile plain has 2 errors; nothing was recorded
  [3]

Issue 19.7: a UTF-8 export read with a profile that says cp1252 decodes without an error
(every byte is defined in cp1252) and gives mojibake, so names no longer match. dues now
warns when a file declared cp1252 (or iso-8859-1) is valid multi-byte UTF-8, and still
reads it as the profile says; when the header no longer matches the profile's columns,
the error says why. A real cp1252 file gets no warning.

  $ P=$ROOT/examples/bank-profiles D=$TESTS/data/bank
  $ dues reconcile --profile $P/deutsche-bank.toml --profile-check $D/deutsche-bank.csv 2>&1 | grep -c warning
  0
  [1]
  $ iconv -f cp1252 -t utf-8 $D/deutsche-bank.csv > utf8.csv
  $ dues reconcile --profile $P/deutsche-bank.toml --profile-check utf8.csv 2>&1 >/dev/null | sed "s|$P|P|"
  dues: error: P/deutsche-bank.toml:15:19: bank profile 'deutsche-bank': column 'W\xc3\xa4hrung' is not in the header of utf8.csv (line 5 has 'Buchungstag', 'Wert', 'Umsatzart', 'Beg\xc3\x83\xc2\xbcnstigter / Auftraggeber', 'Verwendungszweck', 'IBAN', 'BIC', 'Soll', 'Haben', 'W\xc3\x83\xc2\xa4hrung'); the file is valid UTF-8 read as cp1252 (mojibake): remove 'encoding' from the profile (esc)

With a byte order mark the file is read as UTF-8, and there is nothing to warn about:

  $ { printf '\357\273\277'; cat utf8.csv; } > bom.csv
  $ dues reconcile --profile $P/deutsche-bank.toml --profile-check bom.csv 2>&1 | grep -c warning
  0
  [1]

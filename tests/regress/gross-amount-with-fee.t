Revolut, PayPal and Stripe exports give the gross a customer paid, the fee the provider
kept and the net. A profile can now name the gross column (`gross`) with the fee beside
it (`fee`): the receipt settles the gross, recorded as the net that arrived plus `fee`.
Example profiles for Revolut, Deutsche Bank (cp1252) and Alipay (GBK) read their samples.

  $ P=$ROOT/examples/bank-profiles D=$TESTS/data/bank
  $ dues reconcile --profile $P/revolut.toml --profile-check $D/revolut.csv | grep -E '^ +[0-9]' | cut -c1-72
     2  receipt                     2024-03-18  4250.00 EUR         Globex
     3  receipt                     2024-03-16   962.50 EUR  17.50  Initec
     4  pending (status 'PENDING')
  $ dues reconcile --profile $P/alipay.toml --profile-check $D/alipay.csv | grep -E '^ +[0-9]' | cut -c1-48
     6  receipt   2024-03-15  974.12 CNY  5.88  \xe6\x9f (esc)
     7  outgoing  2024-03-14  -13.40 CNY        \xe6\x9f (esc)
     8  footer
     9  footer
  $ dues reconcile --profile $P/deutsche-bank.toml --profile-check $D/deutsche-bank.csv | head -n 1 | sed 's|.*/||'
  deutsche-bank.csv read with bank profile deutsche-bank (encoding cp1252)

`gross` needs the fee column, and replaces `amount`:

  $ printf 'date = "Date"\ngross = "Gross"\ncurrency = "EUR"\n' > g.toml
  $ dues reconcile --profile ./g.toml --profile-check $D/revolut.csv
  dues: error: ./g.toml:2:9: bank profile 'g': 'gross' needs 'fee', the column of what was deducted
  dues: error: bank profile ./g.toml has 1 error; nothing was recorded
  [3]

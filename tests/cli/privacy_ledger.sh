# A ledger for the privacy tests (customer export-data, customer forget): customer hansm,
# a person, with one entry of every kind from 2014-2015; customer other, active in 2024.
# Usage: . "$TESTS/cli/privacy_ledger.sh"   (creates ./books)
mkdir -p books/journal
cat > books/dues.toml <<'END'
format = 1

[company]
name = "Gartenbau Linde GmbH"
currency = "EUR"
country = "DE"

[series.invoice]
format = "INV-{year}-{seq:04}"

[series.credit]
format = "CN-{year}-{seq:04}"

[series.payment]
format = "PAY-{year}-{seq:04}"

[series.refund]
format = "RFD-{year}-{seq:04}"

[taxes.standard]
rate = "19%"

[retention]
years = 10
END
cat > books/customers.toml <<'END'
# Hans Müller is a sole trader: his name is personal data.
[hansm]
name = "Hans Müller"
aliases = ["MUELLER HANS"]
emails = ["hans@mueller.example"]
address = "Gartenweg 1\n12345 Lindenau"
country = "DE"
tax-id = "DE147258365"
bank-accounts = ["DE89 3704 0044 0532 0130 00"]
notes = "Prefers calls after 18:00"
reminder-emails = ["hans.privat@mueller.example"]

[hansm.mandate]
id = "HM-01"
signed = "2014-01-10"
iban = "DE89 3704 0044 0532 0130 00"

[other]
name = "Other AG"
END
cat > books/journal/2014.dues <<'END'
; Hans Müller's first job
2014-03-01 invoice INV-2014-0001 customer hansm due 2014-03-15 subtotal 1000.00 total 1190.00 EUR note "Hans Müller, Gartenweg 1"
  item "Gartenplanung für Hans Müller" price 1000.00 tax standard amount 1000.00
  tax standard rate 19% base 1000.00 amount 190.00
2014-03-05 sent INV-2014-0001 to "hans@mueller.example" via smtp
2014-03-20 remind INV-2014-0001 level 1
2014-03-21 note hansm text "Called Hans Müller, he pays next week"
2014-03-21 promise INV-2014-0001 due 2014-03-31 amount 500.00 EUR text "Hans Müller promised on the phone"
2014-03-28 payment PAY-2014-0001 customer hansm amount 500.00 EUR method bank ref "HANS MUELLER RECHNUNG INV-2014-0001"
  apply INV-2014-0001 500.00
2014-04-02 dispute INV-2014-0001 reason "Hans Müller says the plan is incomplete"
2014-04-10 credit CN-2014-0001 customer hansm invoice INV-2014-0001 subtotal 100.00 total 119.00 EUR reason "Plan incomplete"
  item "Gartenplanung, Nachlass" price 100.00 tax standard amount 100.00
  tax standard rate 19% base 100.00 amount 19.00
  apply INV-2014-0001 119.00
2014-04-11 resolve INV-2014-0001 reason "Credit note agreed with Hans Müller"
2014-05-01 payment PAY-2014-0002 customer hansm amount 600.00 EUR method bank ref "Mueller Hans" ; Hans Müller paid too much
  apply INV-2014-0001 571.00
2014-05-10 refund RFD-2014-0001 customer hansm amount 29.00 EUR method bank from PAY-2014-0002 note "Refund to Hans Müller"
END
cat > books/journal/2015.dues <<'END'
2015-06-30 invoice INV-2015-0001 customer hansm due 2015-07-14 total 50.00 EUR
2015-07-01 collection INV-2015-0001 amount 50.00 EUR mandate "HM-01" sequence FRST debit 2015-07-03
2015-12-31 writeoff INV-2015-0001 amount 50.00 reason "Hans Müller moved away"
END
cat > books/journal/2024.dues <<'END'
2024-02-01 invoice INV-2024-0001 customer other due 2024-03-01 total 100.00 EUR
2024-02-20 payment PAY-2024-0001 customer other amount 60.00 EUR method bank
  apply INV-2024-0001 60.00
END

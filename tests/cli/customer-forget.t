dues customer forget: once [retention] years have passed since the end of the year of a
customer's last record, their personal data becomes a pseudonym in customers.toml and in
the journal; totals, numbering and every report's figures stay (docs/security.md).

  $ . "$TESTS/cli/privacy_ledger.sh"
  $ cd books
  $ sums() { find . -type f ! -name .dues.lock | sort | xargs sha256sum; }
  $ figures() { python3 -c 'import csv, sys; [print(",".join(r[:5] + r[6:])) for r in csv.reader(sys.stdin)]'; }

hansm's last record is INV-2015-0001 (2015-06-30): with years = 10 forgetting is
possible from 2026-01-01. Before that it is refused (exit 4), naming the day, and
nothing changes:

  $ sums > ../before.sums
  $ dues --today 2025-12-31 customer forget hansm --apply; echo $?
  dues: error: customer 'hansm' cannot be forgotten before 2026-01-01: their last record is dated 2015-06-30 and [retention] years = 10 (counted from the end of that year); nothing was changed
  4
  $ dues --today 2026-03-31 customer forget other --apply; echo $?
  dues: error: customer 'other' cannot be forgotten before 2035-01-01: their last record is dated 2024-02-20 and [retention] years = 10 (counted from the end of that year); nothing was changed
  4
  $ dues --today 2026-03-31 customer forget nobody --apply; echo $?
  dues: error: unknown customer 'nobody' (not in customers.toml)
  2
  $ sums | diff ../before.sums -

Reports before:

  $ export DUES_TODAY=2026-03-31
  $ dues aging --as-of 2015-03-31 --detail > ../aging-2015.txt
  $ dues aging --detail > ../aging.txt
  $ dues aging --format csv > ../aging.csv
  $ dues statement hansm --from 2014-01-01 --format csv | figures > ../statement.csv
  $ dues statement other --from 2014-01-01 > ../statement-other.txt
  $ dues export --format beancount > ../export.beancount

The plan (without --apply) changes nothing:

  $ dues customer forget hansm
  customer hansm: would replace personal data by the pseudonym forgotten-fee23e20
    customers.toml: would remove name, aliases, emails, address, tax-id, bank-accounts, notes, reminder-emails, mandate; dunning off
    journal/2014.dues: would rewrite (personal text in entries and comments)
    journal/2015.dues: would rewrite (personal text in entries and comments)
    journal/2026.dues: would append: 2026-03-31 forgotten hansm
  run again with --apply to write
  $ sums | diff ../before.sums -

  $ dues customer forget hansm --apply
  customer hansm: replace personal data by the pseudonym forgotten-fee23e20
    customers.toml: remove name, aliases, emails, address, tax-id, bank-accounts, notes, reminder-emails, mandate; dunning off
    journal/2014.dues: rewrite (personal text in entries and comments)
    journal/2015.dues: rewrite (personal text in entries and comments)
    journal/2026.dues: append: 2026-03-31 forgotten hansm
  forgot customer hansm (13 entries and comment lines changed)
  $ dues check
  ok: 2 customers, 3 invoices, 1 credit note, 3 payments, 1 refund in 4 journal files

The old name, aliases, emails, tax id, IBAN, address and memos are nowhere in the
ledger folder:

  $ grep -r -i -e 'Müller' -e 'Mueller' -e 'hans@' -e 'DE147258365' -e '0532 0130' -e 'Gartenweg' -e 'HM-01' -e 'after 18:00' . ; echo $?
  1
  $ cat customers.toml
  # forgotten-fee23e20 is a sole trader: his name is personal data.
  [hansm]
  name = "forgotten-fee23e20"
  country = "DE"
  dunning = "off"
  
  
  [other]
  name = "Other AG"
  $ cat journal/2014.dues
  ; forgotten-fee23e20's first job
  2014-03-01 invoice INV-2014-0001 customer hansm due 2014-03-15 subtotal 1000.00 total 1190.00 EUR note "forgotten-fee23e20"
    item "Gartenplanung f\xc3\xbcr forgotten-fee23e20" price 1000.00 tax standard amount 1000.00 (esc)
    tax standard rate 19% base 1000.00 amount 190.00
  2014-03-05 sent INV-2014-0001 to "forgotten-fee23e20@forgotten.invalid" via smtp
  2014-03-20 remind INV-2014-0001 level 1
  2014-03-21 note hansm text "forgotten-fee23e20"
  2014-03-21 promise INV-2014-0001 due 2014-03-31 amount 500.00 EUR text "forgotten-fee23e20"
  2014-03-28 payment PAY-2014-0001 customer hansm amount 500.00 EUR method bank ref "forgotten-fee23e20"
    apply INV-2014-0001 500.00
  2014-04-02 dispute INV-2014-0001 reason "forgotten-fee23e20"
  2014-04-10 credit CN-2014-0001 customer hansm invoice INV-2014-0001 subtotal 100.00 total 119.00 EUR reason "forgotten-fee23e20"
    item "Gartenplanung, Nachlass" price 100.00 tax standard amount 100.00
    tax standard rate 19% base 100.00 amount 19.00
    apply INV-2014-0001 119.00
  2014-04-11 resolve INV-2014-0001 reason "forgotten-fee23e20"
  2014-05-01 payment PAY-2014-0002 customer hansm amount 600.00 EUR method bank ref "forgotten-fee23e20" ; forgotten-fee23e20 paid too much
    apply INV-2014-0001 571.00
  2014-05-10 refund RFD-2014-0001 customer hansm amount 29.00 EUR method bank note "forgotten-fee23e20" from PAY-2014-0002
  $ tail -3 journal/2026.dues
  2026-03-31 forgotten hansm

Same figures: aging (in 2015 and now) is identical; the statement's dates, documents,
amounts and balances are identical (only the detail text changed); the other customer's
statement is identical; the export differs only in names and texts, not in amounts:

  $ dues aging --as-of 2015-03-31 --detail | diff ../aging-2015.txt -
  $ dues aging --detail | diff ../aging.txt -
  $ dues aging --format csv | diff ../aging.csv -
  $ dues statement hansm --from 2014-01-01 --format csv | figures | diff ../statement.csv -
  $ cat ../statement.csv
  customer,currency,date,type,document,amount,balance
  hansm,EUR,2013-12-31,opening,,,0.00
  hansm,EUR,2014-03-01,invoice,INV-2014-0001,1190.00,1190.00
  hansm,EUR,2014-03-28,payment,PAY-2014-0001,-500.00,690.00
  hansm,EUR,2014-04-10,credit-note,CN-2014-0001,-119.00,571.00
  hansm,EUR,2014-05-01,payment,PAY-2014-0002,-600.00,-29.00
  hansm,EUR,2014-05-10,refund,RFD-2014-0001,29.00,0.00
  hansm,EUR,2015-06-30,invoice,INV-2015-0001,50.00,50.00
  hansm,EUR,2015-12-31,write-off,INV-2015-0001,-50.00,0.00
  hansm,EUR,2026-03-31,closing,,,0.00
  hansm,EUR,2026-03-31,aging,,0.00,
  hansm,EUR,2026-03-31,aging,,0.00,
  hansm,EUR,2026-03-31,aging,,0.00,
  hansm,EUR,2026-03-31,aging,,0.00,
  hansm,EUR,2026-03-31,aging,,0.00,
  hansm,EUR,2026-03-31,aging,,0.00,
  hansm,EUR,2026-03-31,aging,,0.00,
  $ dues statement other --from 2014-01-01 | diff ../statement-other.txt -
  $ dues export --format beancount | diff ../export.beancount - | grep -c '^[<>].*EUR'
  0
  [1]

Again: nothing to do.

  $ sums > ../after.sums
  $ dues customer forget hansm --apply
  customer hansm was forgotten on 2026-03-31; nothing to do
  $ sums | diff ../after.sums -
  $ dues log INV-2015-0001 --no-git 2>&1 | tail -2
  2015-07-01  direct debit of 50.00 EUR requested for 2015-07-03 (mandate forgotten-fee23e20, FRST)  journal/2015.dues:2
  2015-12-31  written off 50.00 EUR: forgotten-fee23e20  journal/2015.dues:3

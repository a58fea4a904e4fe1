SEPA direct debit, the whole cycle (issue 18, docs/direct-debit.md): an invoice of a
customer with a mandate is collected (pain.008 file and a pending `collection` entry),
dunning leaves it alone, the invoice and its email announce the debit, the camt.053
that shows the collection pays it, and the return (AM04) reopens it, so the next run
collects it again with FRST.

  $ cp -R "$EXAMPLES/dunning" ledger && cd ledger
  $ export DUES_TODAY=2026-03-10
  $ sed -i 's/^country = "DE"$/country = "DE"\niban = "DE02 1203 0000 0000 2020 51"\nbic = "BYLADEM1001"\ncreditor-id = "DE98ZZZ09999999999"/' dues.toml
  $ cat >> dues.toml <<'END'
  > 
  > [mail]
  > from = "Falkenrot Studio GmbH <buchhaltung@falkenrot.example>"
  > transport = "outbox"
  > END
  $ cat >> customers.toml <<'END'
  > 
  > [linde.mandate]
  > id = "LINDE-01"
  > signed = "2026-01-10"
  > iban = "DE89 3704 0044 0532 0130 00"
  > sequence = "FRST"
  > END
  $ dues check
  ok: 4 customers, 5 invoices, 0 credit notes, 1 payment, 0 refunds in 1 journal file

Before the collection, FR-2026-0003 (overdue since 29 January) is due a reminder:

  $ dues remind --customer linde | grep FR-
  linde     FR-2026-0003  2026-01-29    40  595.00  EUR     -      1  send    0.00      0.00  40 days after due, level 1 at 14

Collecting writes the file and records the pending collection, with FRST, the
mandate's first collection:

  $ dues collect
  2026-03-11  linde        FR-2026-0003           595.00 EUR  mandate LINDE-01 CORE FRST
  1 collection, 595.00 EUR: wrote pain008-20260310.xml (pain.008.001.02) and recorded 1 pending collection.
  $ tail -1 journal/2026.dues
  2026-03-10 collection FR-2026-0003 amount 595.00 EUR ref "FR-2026-0003" message-id "DUES-20260310-1" mandate "LINDE-01" sequence FRST debit 2026-03-11
  $ xmllint --noout --schema "$TESTS/data/sepa/pain.008.001.02-subset.xsd" pain008-20260310.xml
  pain008-20260310.xml validates
  $ grep -o '<SeqTp>[A-Z]*</SeqTp>\|<EndToEndId>[^<]*</EndToEndId>\|<MndtId>[^<]*</MndtId>' pain008-20260310.xml
  <SeqTp>FRST</SeqTp>
  <EndToEndId>FR-2026-0003</EndToEndId>
  <MndtId>LINDE-01</MndtId>
  $ dues check
  ok: 4 customers, 5 invoices, 0 credit notes, 1 payment, 0 refunds in 1 journal file

A second run collects nothing twice, and writes nothing:

  $ cp journal/2026.dues before.dues
  $ dues collect
  not collected: linde FR-2026-0003 (collection pending since 2026-03-10)
  Nothing to collect.
  $ cmp before.dues journal/2026.dues

While the collection is pending, dunning skips the invoice:

  $ dues remind --customer linde | grep FR-
  linde     FR-2026-0003  2026-01-29    40  595.00  EUR     -      -  skip    0.00      0.00  direct debit pending

The pre-notification: the invoice PDF and the email state the amount, the debit date,
the mandate and the creditor id instead of asking for a transfer (and carry no
transfer QR code); in German for a customer whose language is German (linde is in
Germany, so its mail is German already):

  $ mkdir out
  $ dues invoice render FR-2026-0003 --format pdf --output out/FR-2026-0003.pdf
  $ pdftotext -layout out/FR-2026-0003.pdf - | grep -A1 'SEPA' | sed 's/  */ /g'
  595.00 EUR will be collected by SEPA direct debit on 2026-03-11 (mandate reference LINDE-01, creditor
  id DE98ZZZ09999999999); please do not transfer it.
  $ sed -i 's/^dunning = "gentle"$/dunning = "gentle"\nlanguage = "de"/' customers.toml
  $ dues invoice render FR-2026-0003 --format pdf --output out/de.pdf
  $ pdftotext -layout out/de.pdf - | grep -A1 'SEPA' | sed 's/  */ /g'
  Der Betrag von 595.00 EUR wird am 2026-03-11 per SEPA-Lastschrift eingezogen (Mandatsreferenz
  LINDE-01, Gl\xc3\xa4ubiger-ID DE98ZZZ09999999999); bitte nicht \xc3\xbcberweisen. (esc)
  $ dues send FR-2026-0003 --dry-run | grep SEPA
  f\xc3\xa4llig am 2026-01-29. Der Betrag von 595.00 EUR wird am 2026-03-11 per SEPA-Lastschrift eingezogen (Mandatsreferenz LINDE-01, Gl\xc3\xa4ubiger-ID DE98ZZZ09999999999); bitte nicht \xc3\xbcberweisen. (esc)
  $ pdftoppm -r 100 -png out/de.pdf page && zbarimg -q page-1.png
  [4]

The bank statement that shows the collection pays the invoice through reconcile:

  $ cat > collected.xml <<'END'
  > <?xml version="1.0" encoding="UTF-8"?>
  > <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08">
  >   <BkToCstmrStmt><Stmt><Id>S-0311</Id>
  >     <Ntry><Amt Ccy="EUR">595.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>
  >       <BookgDt><Dt>2026-03-11</Dt></BookgDt><AcctSvcrRef>DD-0311</AcctSvcrRef>
  >       <NtryDtls><TxDtls><Refs><EndToEndId>FR-2026-0003</EndToEndId><MndtId>LINDE-01</MndtId></Refs>
  >         <Amt Ccy="EUR">595.00</Amt><CdtDbtInd>CRDT</CdtDbtInd></TxDtls></NtryDtls></Ntry>
  >   </Stmt></BkToCstmrStmt>
  > </Document>
  > END
  $ dues reconcile collected.xml --apply --today 2026-03-11 | tail -1
  Recorded 1 payment.
  $ tail -2 journal/2026.dues
  2026-03-11 payment ZE-2026-0002 customer linde amount 595.00 EUR method bank ref "FR-2026-0003" bank "camt:DD-0311"
    apply FR-2026-0003 595.00
  $ dues invoice list --customer linde --today 2026-03-11
  ID            DATE        DUE         CUSTOMER   TOTAL  OPEN  CCY  STATE
  FR-2026-0003  2026-01-15  2026-01-29  linde     595.00  0.00  EUR  paid
  $ dues collect --today 2026-03-11
  Nothing to collect.

The return: the debtor's bank sends the money back with AM04 (insufficient funds).
Reconcile records a `return` of the payment; the invoice is open again:

  $ cat > returned.xml <<'END'
  > <?xml version="1.0" encoding="UTF-8"?>
  > <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08">
  >   <BkToCstmrStmt><Stmt><Id>S-0316</Id>
  >     <Ntry><Amt Ccy="EUR">595.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>
  >       <BookgDt><Dt>2026-03-16</Dt></BookgDt><AcctSvcrRef>RT-0316</AcctSvcrRef>
  >       <NtryDtls><TxDtls><Refs><EndToEndId>FR-2026-0003</EndToEndId></Refs>
  >         <RtrInf><Rsn><Cd>AM04</Cd></Rsn></RtrInf></TxDtls></NtryDtls></Ntry>
  >   </Stmt></BkToCstmrStmt>
  > </Document>
  > END
  $ export DUES_TODAY=2026-03-16
  $ dues reconcile returned.xml --format json | python3 -c '
  > import json, sys
  > for skip in json.load(sys.stdin)["skipped"]: print(skip["reason"], skip["detail"])'
  returned return, reason AM04 (insufficient funds) of FR-2026-0003; would record: ZE-2026-0002 returned, FR-2026-0003 open again
  $ dues reconcile returned.xml --apply --format json | python3 -c '
  > import json, sys
  > for skip in json.load(sys.stdin)["skipped"]: print(skip["reason"], skip["detail"])'
  returned return, reason AM04 (insufficient funds) of FR-2026-0003; recorded: ZE-2026-0002 returned, FR-2026-0003 open again
  $ tail -1 journal/2026.dues
  2026-03-16 return ZE-2026-0002 bank "camt:RT-0316" reason "AM04"
  $ dues check
  ok: 4 customers, 5 invoices, 0 credit notes, 2 payments, 0 refunds in 1 journal file
  $ dues invoice list --customer linde
  ID            DATE        DUE         CUSTOMER   TOTAL    OPEN  CCY  STATE
  FR-2026-0003  2026-01-15  2026-01-29  linde     595.00  595.00  EUR  overdue
  $ dues aging --customer linde 2>&1 | tail -3
  linde     Linde Verlag KG     0.00  0.00  595.00   0.00  0.00    0.00  595.00
  -----------------------------------------------------------------------------
  total                         0.00  0.00  595.00   0.00  0.00    0.00  595.00

Reading the same statement again records nothing:

  $ cp journal/2026.dues before.dues
  $ dues reconcile returned.xml --apply --format json | python3 -c '
  > import json, sys
  > for skip in json.load(sys.stdin)["skipped"]: print(skip["reason"], skip["detail"])'
  returned return, reason AM04 (insufficient funds) of FR-2026-0003; already recorded: ZE-2026-0002 returned
  $ cmp before.dues journal/2026.dues

Every export records the return: the money leaves the bank account and the invoice is
owed again, so bean-check, hledger and ledger read it and each tool's balance per
customer equals `dues aging`, before and after the return; the tables have a returns
row and the SQLite balances and aging views agree too (docs/export.md):

  $ dues export --format beancount | sed -n '/Return of payment/,/^$/p'
  2026-03-16 * "Linde Verlag KG" "Return of payment ZE-2026-0002: AM04" ^FR-2026-0003
    customer: "linde"
    ref: "FR-2026-0003"
    method: "bank"
    Assets:Receivable:Linde                           595.00 EUR
    Assets:Bank                                      -595.00 EUR
  
  $ source "$TESTS/export/verify.sh"
  $ mkdir ../books && cd ../books
  $ LC_ALL=C.UTF-8 verify ../ledger
  4 balances agree
  $ grep -c 'linde EUR 595' expected
  1
  $ LC_ALL=C.UTF-8 verify ../ledger 2026-03-15
  3 balances agree
  $ grep -c 'linde' expected
  0
  [1]
  $ dues -C ../ledger export --format csv --table returns
  payment,customer,date,currency,amount_minor,fee_minor,reason
  ZE-2026-0002,linde,2026-03-16,EUR,59500,0,AM04
  $ dues -C ../ledger export --format sqlite --output ar.db
  $ diff <("$TESTS/export/balances.sh" aging ../ledger) <("$TESTS/export/balances.sh" sqlite ar.db) && echo same balances
  same balances
  $ diff <("$TESTS/export/balances.sh" aging-buckets ../ledger 2026-03-16) \
  >      <("$TESTS/export/balances.sh" sqlite-aging ar.db) && echo same aging
  same aging
  $ cd ../ledger

Dunning resumes, and the next collection takes the invoice again, with FRST: the
mandate's first collection was returned, so the next one is a first one again:

  $ dues remind --customer linde | grep FR-
  linde     FR-2026-0003  2026-01-29    46  595.00  EUR     -      1  send    0.00      0.00  46 days after due, level 1 at 14
  $ dues collect --output again.xml
  2026-03-17  linde        FR-2026-0003           595.00 EUR  mandate LINDE-01 CORE FRST
  1 collection, 595.00 EUR: wrote again.xml (pain.008.001.02) and recorded 1 pending collection.
  $ grep -o '<SeqTp>[A-Z]*</SeqTp>' again.xml
  <SeqTp>FRST</SeqTp>
  $ xmllint --noout --schema "$TESTS/data/sepa/pain.008.001.02-subset.xsd" again.xml
  again.xml validates

The money of a returned payment cannot be applied or refunded afterwards, and a
payment is returned once:

  $ cp journal/2026.dues saved.dues
  $ echo '2026-03-17 return ZE-2026-0002 reason "AM04"' >> journal/2026.dues
  $ dues check
  dues: error: journal/2026.dues:22:1: ZE-2026-0002 is returned twice (first at journal/2026.dues:20)
  dues: error: the ledger has 1 error; nothing was changed
  [3]
  $ cp saved.dues journal/2026.dues
  $ echo '2026-03-17 allocate ZE-2026-0002' >> journal/2026.dues
  $ echo '  apply FR-2026-0003 10.00' >> journal/2026.dues
  $ dues check
  dues: error: journal/2026.dues:23:9: ZE-2026-0002 applies to FR-2026-0003 after the payment was returned
  dues: error: the ledger has 1 error; nothing was changed
  [3]
  $ cp saved.dues journal/2026.dues
  $ echo '2026-03-17 collection FR-2026-0003 amount 595.00 EUR mandate "LINDE-01" sequence XXXX debit 2026-03-01' >> journal/2026.dues
  $ dues check
  dues: error: journal/2026.dues:22:1: sequence must be FRST, RCUR, FNAL or OOFF, not 'XXXX'
  dues: error: journal/2026.dues:22:1: the collection date 2026-03-01 is before the entry's date
  dues: error: the ledger has 2 errors; nothing was changed
  [3]

dues reconcile reads ISO 20022 camt.053/camt.054 and SWIFT MT940 statements without a
bank profile: the format comes from the content (or --input-format), every booked
credit transaction is a receipt matched like a CSV row, and each statement's balances
must tie out. The samples are in tests/data/bank/standard/.

  $ export DUES_TODAY=2024-03-31
  $ S="$TESTS/data/bank/standard"
  $ mkdir -p books/journal
  $ cat > books/dues.toml <<'END'
  > format = 1
  > 
  > [company]
  > name = "Acme Widgets GmbH"
  > currency = "EUR"
  > 
  > [series.invoice]
  > format = "INV-{year}-{seq:04}"
  > external = true
  > 
  > [series.payment]
  > format = "PAY-{year}-{seq:04}"
  > END
  $ cat > books/customers.toml <<'END'
  > [globex]
  > name = "Globex GmbH"
  > bank-accounts = ["DE89 3704 0044 0532 0130 00"]
  > 
  > [initech]
  > name = "Initech AG"
  > 
  > [umbrella]
  > name = "Umbrella KG"
  > 
  > [mueller]
  > name = "Müller & Söhne KG"
  > END
  $ cat > books/journal/2024.dues <<'END'
  > 2024-03-01 invoice INV-2024-0042 customer globex due 2024-03-31 total 4250.00 EUR ref "RF05 2024 0000 42"
  > 2024-03-02 invoice INV-2024-0043 customer initech due 2024-04-01 total 980.00 EUR
  > 2024-03-03 invoice INV-2024-0039 customer umbrella due 2024-04-02 total 500.00 EUR
  > 2024-03-04 invoice INV-2024-0046 customer mueller due 2024-04-03 total 500.00 EUR
  > END
  $ cp "$S"/*.xml "$S"/*.sta .
  $ fingerprint() { md5sum books/journal/*.dues | md5sum; }
  $ before=$(fingerprint)

camt.053.001.08: a structured RF reference (tier 0), a batched entry whose two
transactions are two receipts (keys .../1 and .../2), a pending entry skipped, and the
balances it states:

  $ dues -C books reconcile camt053-v08-batch.xml
  camt053-v08-batch.xml (camt.053.001.08): 3 receipts, 1 other row
  
  Matched (2)
  LINE  DATE             AMOUNT  CUSTOMER  PAYMENT        TIER  CONF  APPLY                  WHY
    25  2024-03-18  4250.00 EUR  globex    PAY-2024-0001  0     100   INV-2024-0042 4250.00  reference RF05 2024 0000 42 is the ref of INV-2024-0042; amount equals its open amount
    49  2024-03-18   980.00 EUR  initech   PAY-2024-0002  1     95    INV-2024-0043 980.00   invoice number INV-2024-0043 in the text; amount equals its open amount
  
  Ambiguous: choose an invoice (1)
  LINE  DATE            AMOUNT  PAYER        CANDIDATES                          WHY
    55  2024-03-18  200.00 EUR  Umbrella KG  INV-2024-0039 umbrella open 500.00  invoice number INV-2024-0039 in the text; but 200.00 does not fit the open amount
  
  Skipped (1)
  LINE  REASON                   DATE        AMOUNT  TEXT
    69  pending (status 'PDNG')  2024-03-19   75.00  Hooli SARL +++020/2400/00495+++
  
  2 matched, 1 ambiguous, 0 unmatched, 0 already imported, 1 skipped
  Statement STMT-20240318-0001 (DE** **** 0000): opening 11085.61 on 2024-03-18, booked 5430.00, closing 16515.61 on 2024-03-18 EUR
  Nothing recorded yet: run with --apply to record the 2 matched lines.
  [1]

The JSON plan names the format and the balances; keys are the bank's AcctSvcrRef:

  $ dues -C books reconcile camt053-v08-batch.xml --format json --unmask | python3 -c '
  > import json, sys
  > plan = json.load(sys.stdin)
  > print(plan["format"], [l["key"] for l in plan["lines"]])
  > print(plan["lines"][0]["payer_account"], plan["lines"][0]["reference"])
  > print(plan["balances"])'
  camt.053.001.08 ['camt:2024031800001234', 'camt:2024031800001235/1', 'camt:2024031800001235/2']
  DE89370400440532013000 RF052024000042 GLOBEX-PAY-88123
  [{'statement': 'STMT-20240318-0001', 'account': 'DE00500105170000000000', 'currency': 'EUR', 'opening': '11085.61', 'opening_date': '2024-03-18', 'movements': '5430.00', 'closing': '16515.61', 'closing_date': '2024-03-18'}]

Recording; reading the same camt.053 again records nothing (the AcctSvcrRef keys):

  $ dues -C books reconcile camt053-v08-batch.xml --apply > /dev/null
  [1]
  $ dues -C books reconcile camt053-v08-batch.xml | tail -4
    69  pending (status 'PDNG')  2024-03-19   75.00  Hooli SARL +++020/2400/00495+++
  
  0 matched, 1 ambiguous, 0 unmatched, 2 already imported, 1 skipped
  Statement STMT-20240318-0001 (DE** **** 0000): opening 11085.61 on 2024-03-18, booked 5430.00, closing 16515.61 on 2024-03-18 EUR
  $ grep -c 'bank "camt:' books/journal/*.dues
  2

camt.053.001.02 (no Pty wrapper, <Sts>BOOK</Sts>, AmtDtls/TxAmt), two statements in
one file: unstructured remittance over two Ustrd, a foreign-currency credit (USD
instructed, EUR booked), a returned direct debit (AM04) and a reversal, both skipped
as returned with the reason, and a bank fee (outgoing):

  $ dues -C books reconcile camt053-v02-returns.xml
  camt053-v02-returns.xml (camt.053.001.02): 3 receipts, 3 other rows
  
  Matched (1)
  LINE  DATE            AMOUNT  CUSTOMER  PAYMENT        TIER  CONF  APPLY                            WHY
    24  2024-03-20  495.00 EUR  mueller   PAY-2024-0003  1     95    INV-2024-0046 500.00 (fee 5.00)  invoice number INV-2024-0046 in the text; amount with the file's fee 5.00 equals its open amount
  
  Unmatched (2)
  LINE  DATE            AMOUNT  PAYER       CANDIDATES  WHY
    41  2024-03-20  295.50 EUR  Hooli Inc.  -           no reference, invoice number or known payer
    87  2024-03-21   75.00 EUR  Hooli SARL  -           no reference, invoice number or known payer
  
  Skipped (3)
  LINE  REASON                                                                DATE         AMOUNT  TEXT
    57  returned (return, reason AM04 (insufficient funds) of INV-2024-0048)  2024-03-20  -150.00  Initech Ltd INV-2024-0048
    70  returned (reversal of GLOBEX-PAY-88001)                               2024-03-20  -480.00  Globex GmbH GLOBEX-PAY-88001
    92  outgoing                                                              2024-03-21    -7.50
  
  1 matched, 0 ambiguous, 2 unmatched, 0 already imported, 3 skipped
  Statement DK-STMT-1 (DE** **** 2051): opening 1000.00 on 2024-03-19, booked 160.50, closing 1160.50 on 2024-03-20 EUR
  Statement DK-STMT-2 (DE** **** 2051): opening 1160.50 on 2024-03-21, booked 67.50, closing 1228.00 on 2024-03-21 EUR
  Nothing recorded yet: run with --apply to record the 1 matched line.
  [1]

  $ dues -C books reconcile camt053-v02-returns.xml --format json | python3 -c '
  > import json, sys
  > for skip in json.load(sys.stdin)["skipped"]: print(skip["line"], skip["reason"], skip["detail"])'
  57 returned return, reason AM04 (insufficient funds) of INV-2024-0048
  70 returned reversal of GLOBEX-PAY-88001
  92 outgoing 

camt.054.001.04 with a namespace prefix: a notification has no balances; a batch
whose second transaction has its own AcctSvcrRef:

  $ dues -C books reconcile camt054-v04-prefixed.xml --format json | python3 -c '
  > import json, sys
  > plan = json.load(sys.stdin)
  > print(plan["format"], plan["balances"])
  > for line in plan["lines"]: print(line["line"], line["date"], line["amount"], line["payer_name"], line["reference"], line["key"])'
  camt.054.001.04 []
  19 2024-03-22 100.00 Globex Oy RF47INV20240043 camt:FI-NTF-0001/1
  24 2024-03-22 200.00 Initech Oy 1232 camt:FI-NTF-0001-B

MT940, German form (?20-?29 joined without a separator, SVWZ+ and EREF+, ?31 IBAN,
?32 name), with the booked fee (outgoing) and the balances. MT940 keys are their own
("mt940:" and the bank reference), so a bank account is read in one format; the two
invoices are paid by the camt.053 payments above, so the lines are ambiguous now:

  $ dues -C books reconcile mt940-german.sta --format json | python3 -c '
  > import json, sys
  > plan = json.load(sys.stdin)
  > print(plan["format"], plan["summary"])
  > for line in plan["lines"]: print(line["line"], line["amount"], line["payer_name"], "|", line["reference"], "|", line["key"])
  > print(plan["balances"][0]["statement"], plan["balances"][0]["movements"])'
  mt940 {'matched': 0, 'ambiguous': 2, 'unmatched': 0, 'already_imported': 0, 'skipped': 1}
  5 4250.00 Globex GmbH | RF052024000042 GLOBEX-PAY-88123 | mt940:2024031800001234
  7 980.00 Initech AG | Rechnung INV-2024-0043 Kd 1002 | mt940:2024031800001235
  STARTUMS 00077/001 5220.10

MT940, Dutch slash form of ING (/CNTP/, /REMI/USTD//, /EREF/, :86: wrapped at 65
characters in the middle of a word), a return (/RTRN/MS02/), two statements:

  $ dues -C books reconcile mt940-dutch.sta --format json | python3 -c '
  > import json, sys
  > plan = json.load(sys.stdin)
  > for line in plan["lines"]: print(line["line"], line["amount"], line["payer_name"], "|", line["reference"], "|", line["key"])
  > for skip in plan["skipped"]: print(skip["line"], skip["reason"], skip["detail"])
  > for b in plan["balances"]: print(b["statement"], b["opening"], b["movements"], b["closing"])'
  5 500.00 W.F. Hermans | EREF-AAA Factuur INV-2024-0046 | mt940:INGREF-0001
  16 80.00 Muller Handel | betaling factuur INV-2024-0049 | mt940:INGREF-0003
  8 returned return, reason MS02 (refused by the debtor)
  ING-NL-1 00012/00001 1000.00 350.00 1350.00
  ING-NL-2 00013/00001 1350.00 80.00 1430.00

MT940 with SWIFT header blocks, an unstructured :86: over two lines, a debit opening
balance (:60M:) and an RD reversal:

  $ dues -C books reconcile mt940-unstructured.sta --format json | python3 -c '
  > import json, sys
  > plan = json.load(sys.stdin)
  > for line in plan["lines"]: print(line["line"], line["amount"], "|", line["reference"])
  > for skip in plan["skipped"]: print(skip["line"], skip["reason"], skip["amount"], skip["detail"])
  > for b in plan["balances"]: print(b["statement"], b["opening"], b["movements"], b["closing"])'
  6 200.00 | Globex Ltd Payment for INV-2024-0044 and INV-2024-0045 thank you
  9 returned 20.00 reversal
  ABN-1 1/1 -50.00 220.00 170.00

--input-format names the format; a wrong one fails, and --profile is for CSV only:

  $ dues -C books reconcile camt053-v08-batch.xml --input-format mt940
  dues: error: camt053-v08-batch.xml:1:1: not an MT940 statement: expected a field such as ':20:' at the start of the line
  [3]
  $ dues -C books reconcile camt053-v08-batch.xml --input-format ofx
  dues: error: --input-format: expected csv, camt053, camt054 or mt940, not 'ofx'
  [2]
  $ dues -C books reconcile camt053-v08-batch.xml --profile giro
  dues: error: --profile is for CSV files; camt053-v08-batch.xml is camt053, which needs none
  [2]

Bad files: each is refused with the place and the reason, exit 3, and the journal is
unchanged (the files are in tests/data/bank/standard/bad/).

  $ after_apply=$(fingerprint)
  $ for f in "$S"/bad/*; do cp "$f" .; dues -C books reconcile "$(basename "$f")" --apply; echo "exit $?"; done
  dues: error: camt-bad-amounts.xml:51:14: not an amount (digits and a '.'): '980,00'
  dues: error: camt-bad-amounts.xml:57:14: unknown currency (expected an ISO 4217 code): 'EURO'
  dues: error: the bank file camt-bad-amounts.xml has 2 errors; nothing was recorded
  exit 3
  dues: error: camt-doctype.xml:2:11: a DOCTYPE is not allowed in a bank statement (no DTD, no entities)
  exit 3
  dues: error: camt-does-not-tie-out.xml:9:1: statement 'STMT-20240318-0001' does not tie out: opening balance 11085.61 EUR plus booked movements 5430.00 EUR is 16515.61 EUR, but its closing balance is 16615.61 EUR (a difference of 100.00 EUR)
  dues: error: the bank file camt-does-not-tie-out.xml has 1 error; nothing was recorded
  exit 3
  dues: error: camt-malformed.xml:20:24: not well-formed XML: Start-end tags mismatch
  exit 3
  dues: error: camt-truncated.xml:49:7: not well-formed XML: Start-end tags mismatch
  exit 3
  dues: error: camt-wrong-namespace.xml:6:2: not a camt.053 or camt.054 document of versions .001.02 to .001.08: root <Document> in namespace 'urn:iso:std:iso:20022:tech:xsd:camt.053.001.12'
  exit 3
  dues: error: mt940-bad-lines.sta:3:1: unknown MT940 field ':99:'
  dues: error: mt940-bad-lines.sta:8:19: expected the transaction type (N, F or S and three characters)
  dues: error: mt940-bad-lines.sta:10:11: not an entry date MMDD: '0332'
  dues: error: the bank file mt940-bad-lines.sta has 3 errors; nothing was recorded
  exit 3
  dues: error: mt940-does-not-tie-out.sta:1:1: statement 'STARTUMS 00077/001' does not tie out: opening balance 11085.61 EUR plus booked movements 5220.10 EUR is 16305.71 EUR, but its closing balance is 16315.71 EUR (a difference of 10.00 EUR)
  dues: error: the bank file mt940-does-not-tie-out.sta has 1 error; nothing was recorded
  exit 3
  dues: error: pain001.xml:2:2: not a camt.053 or camt.054 document of versions .001.02 to .001.08: root <Document> in namespace 'urn:iso:std:iso:20022:tech:xsd:pain.001.001.03'
  exit 3
  $ test "$(fingerprint)" = "$after_apply" && echo unchanged
  unchanged

A file over the size limit (1 GiB, docs/limits.md) is refused before it is read (a sparse file):

  $ truncate -s 1200M huge.xml
  $ dues -C books reconcile huge.xml
  dues: error: huge.xml is too big: 1258291200 bytes, more than the 1073741824 this kind of file may have (docs/limits.md)
  [3]

A statement of 100,000 entries: read and matched (all unmatched here), exit 1:

  $ python3 - > big.xml <<'END'
  > print('<?xml version="1.0"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"><BkToCstmrStmt><Stmt><Id>BIG</Id>')
  > for i in range(100000):
  >     print(f'<Ntry><Amt Ccy="EUR">{i % 997 + 1}.{i % 100:02d}</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts><BookgDt><Dt>2024-03-18</Dt></BookgDt><AcctSvcrRef>B{i}</AcctSvcrRef><NtryDtls><TxDtls><RmtInf><Ustrd>payment {i}</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>')
  > print('</Stmt></BkToCstmrStmt></Document>')
  > END
  $ dues -C books reconcile big.xml | tail -1
  0 matched, 0 ambiguous, 100000 unmatched, 0 already imported, 0 skipped

Structured references beyond RF. With [defaults] reference = "auto", a Belgian
company's invoices get an OGM/VCS reference; a Finnish reference, a KID or a Swiss
QR reference written as an invoice's ref is matched the same way, exactly (tier 0),
whichever way the bank prints its groups:

  $ mkdir -p be/journal
  $ cp books/customers.toml be/
  $ cat > be/dues.toml <<'END'
  > format = 1
  > 
  > [company]
  > name = "Acme Belgium NV"
  > currency = "EUR"
  > country = "BE"
  > 
  > [series.invoice]
  > format = "INV-{year}-{seq:04}"
  > external = true
  > 
  > [series.payment]
  > format = "PAY-{year}-{seq:04}"
  > 
  > [defaults]
  > reference = "auto"
  > END
  $ touch be/journal/2024.dues
  $ dues -C be invoice new umbrella --date 2024-03-01 --item "Support:1:75" --due 2024-04-30 --number INV-202400004 > /dev/null
  $ grep -o 'ref "[^"]*"' be/journal/*.dues
  ref "+++020/2400/00495+++"
  $ cat >> be/journal/2024.dues <<'END'
  > 2024-03-02 invoice INV-2024-0051 customer initech due 2024-04-30 total 200.00 EUR ref "1232"
  > 2024-03-03 invoice INV-2024-0052 customer globex due 2024-04-30 total 60.00 EUR ref "21 00000 00003 13947 14300 09017"
  > END
  $ dues -C be reconcile camt053-v02-returns.xml --format json | python3 -c '
  > import json, sys
  > for line in json.load(sys.stdin)["lines"]:
  >     if line.get("tier") == 0: print(line["line"], line["status"], line["customer"], line["reasons"])'
  87 matched umbrella ['reference +++020/2400/00495+++ is the ref of INV-202400004', 'amount equals its open amount']
  $ dues -C be reconcile camt054-v04-prefixed.xml --format json | python3 -c '
  > import json, sys
  > for line in json.load(sys.stdin)["lines"]: print(line["line"], line["status"], line.get("tier"), line["reasons"][0])'
  19 unmatched 2 payer name 'Globex Oy' is customer globex 'Globex GmbH' (similarity 100)
  24 matched 0 reference 1232 is the ref of INV-2024-0051
  $ cat > qr.sta <<'END'
  > :20:CH-1
  > :25:CH9300762011623852957
  > :28C:1/1
  > :60F:C240320EUR0,00
  > :61:2403200320C60,00NTRFNONREF//QR-1
  > :86:Zahlung Referenz 210000000003139471430009017
  > :62F:C240320EUR60,00
  > END
  $ dues -C be reconcile qr.sta | grep -o 'reference .* is the ref of INV-2024-0052'
  reference 21 00000 00003 13947 14300 09017 is the ref of INV-2024-0052

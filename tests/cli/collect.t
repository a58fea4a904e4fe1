dues collect: a SEPA direct debit file (pain.008) for the due invoices of customers
with a mandate; the bank statement that shows the collection pays them through
dues reconcile, and a returned debit is reported with its reason.

  $ export DUES_TODAY=2024-03-28
  $ mkdir -p books/journal
  $ cat > books/dues.toml <<'END'
  > format = 1
  > 
  > [company]
  > name = "Acme Widgets GmbH"
  > currency = "EUR"
  > iban = "DE02 1203 0000 0000 2020 51"
  > bic = "BYLADEM1001"
  > creditor-id = "DE98ZZZ09999999999"
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
  > 
  > [globex.mandate]
  > id = "GLOBEX-001"
  > signed = "2023-11-02"
  > iban = "DE89 3704 0044 0532 0130 00"
  > bic = "COBADEFFXXX"
  > 
  > [initech]
  > name = "Initech <AG> & Co"
  > currency = "USD"
  > 
  > [initech.mandate]
  > id = "INI/2024/7"
  > signed = "2024-01-15"
  > iban = "DE75512108001245126199"
  > scheme = "B2B"
  > sequence = "FRST"
  > 
  > [umbrella]
  > name = "Umbrella KG"
  > END
  $ cat > books/journal/2024.dues <<'END'
  > 2024-03-01 invoice INV-2024-0042 customer globex due 2024-04-01 total 4250.00 EUR
  > 2024-03-02 invoice INV-2024-0043 customer globex due 2024-03-20 total 100.00 EUR
  > 2024-03-03 invoice INV-2024-0044 customer initech due 2024-04-02 total 980.00 EUR
  > 2024-03-04 invoice INV-2024-0045 customer initech due 2024-04-02 total 50.00 USD
  > 2024-03-05 invoice INV-2024-0046 customer umbrella due 2024-04-01 total 500.00 EUR
  > 2024-03-06 invoice INV-2024-0047 customer globex due 2024-04-30 total 70.00 EUR
  > 2024-03-07 invoice INV-2024-0048 customer globex due 2024-03-15 total 30.00 EUR
  > 2024-03-08 dispute INV-2024-0048 reason "goods damaged"
  > END
  $ dues -C books check
  ok: 3 customers, 7 invoices, 0 credit notes, 0 payments, 0 refunds in 1 journal file

Items due by 2024-04-05 of globex and initech (umbrella has no mandate; INV-2024-0047
is due later; a USD invoice and a disputed one are not collected). The overdue
INV-2024-0043 is collected the next day:

  $ dues -C books collect --due-by 2024-04-05 --dry-run
  2024-03-29  globex       INV-2024-0043          100.00 EUR  mandate GLOBEX-001 CORE RCUR
  2024-04-01  globex       INV-2024-0042         4250.00 EUR  mandate GLOBEX-001 CORE RCUR
  2024-04-02  initech      INV-2024-0044          980.00 EUR  mandate INI/2024/7 B2B FRST
  not collected: globex INV-2024-0048 (disputed)
  not collected: initech INV-2024-0045 (not in EUR)
  3 collections, 5330.00 EUR; nothing written (--dry-run).
  $ ls *.xml
  ls: cannot access '*.xml': No such file or directory
  [2]
  $ cp -R books books08
  $ dues -C books collect --due-by 2024-04-05 | tail -1
  3 collections, 5330.00 EUR: wrote pain008-20240328.xml (pain.008.001.02) and recorded 3 pending collections.

The file is well-formed XML; its control sums and every mandate field are checked by
parsing it:

  $ xmllint --noout pain008-20240328.xml
  $ cat > check.py <<'END'
  > import sys, xml.etree.ElementTree as ET
  > from decimal import Decimal
  > version = sys.argv[2]
  > ns = {"p": f"urn:iso:std:iso:20022:tech:xsd:pain.008.001.{version}"}
  > root = ET.parse(sys.argv[1]).getroot()
  > assert root.tag == "{%s}Document" % ns["p"], root.tag
  > t = lambda node, path: node.find(path, ns).text
  > header = root.find("p:CstmrDrctDbtInitn/p:GrpHdr", ns)
  > print("GrpHdr", t(header, "p:MsgId"), t(header, "p:CreDtTm"), t(header, "p:NbOfTxs"), t(header, "p:CtrlSum"), t(header, "p:InitgPty/p:Nm"))
  > count, total = 0, Decimal(0)
  > bic = "BICFI" if version == "08" else "BIC"
  > for info in root.findall("p:CstmrDrctDbtInitn/p:PmtInf", ns):
  >     txs = info.findall("p:DrctDbtTxInf", ns)
  >     amounts = [Decimal(t(tx, "p:InstdAmt")) for tx in txs]
  >     assert int(t(info, "p:NbOfTxs")) == len(txs)
  >     assert Decimal(t(info, "p:CtrlSum")) == sum(amounts)
  >     count += len(txs); total += sum(amounts)
  >     print("PmtInf", t(info, "p:PmtInfId"), t(info, "p:PmtMtd"), t(info, "p:PmtTpInf/p:SvcLvl/p:Cd"), t(info, "p:PmtTpInf/p:LclInstrm/p:Cd"), t(info, "p:PmtTpInf/p:SeqTp"), t(info, "p:ReqdColltnDt"), t(info, "p:NbOfTxs"), t(info, "p:CtrlSum"))
  >     print("  creditor", t(info, "p:Cdtr/p:Nm"), t(info, "p:CdtrAcct/p:Id/p:IBAN"), t(info, f"p:CdtrAgt/p:FinInstnId/p:{bic}"), t(info, "p:ChrgBr"), t(info, "p:CdtrSchmeId/p:Id/p:PrvtId/p:Othr/p:Id"), t(info, "p:CdtrSchmeId/p:Id/p:PrvtId/p:Othr/p:SchmeNm/p:Prtry"))
  >     for tx in txs:
  >         agent = tx.find(f"p:DbtrAgt/p:FinInstnId/p:{bic}", ns)
  >         agent = agent.text if agent is not None else t(tx, "p:DbtrAgt/p:FinInstnId/p:Othr/p:Id")
  >         print("  tx", t(tx, "p:PmtId/p:EndToEndId"), tx.find("p:InstdAmt", ns).get("Ccy"), t(tx, "p:InstdAmt"), t(tx, "p:DrctDbtTx/p:MndtRltdInf/p:MndtId"), t(tx, "p:DrctDbtTx/p:MndtRltdInf/p:DtOfSgntr"), agent, repr(t(tx, "p:Dbtr/p:Nm")), t(tx, "p:DbtrAcct/p:Id/p:IBAN"), t(tx, "p:RmtInf/p:Ustrd"))
  > assert int(t(header, "p:NbOfTxs")) == count, count
  > assert Decimal(t(header, "p:CtrlSum")) == total, total
  > print("sums ok", count, total)
  > END
  $ python3 check.py pain008-20240328.xml 02
  GrpHdr DUES-20240328-3 2024-03-28T00:00:00 3 5330.00 Acme Widgets GmbH
  PmtInf DUES-20240328-3-20240329-CORE-RCUR DD SEPA CORE RCUR 2024-03-29 1 100.00
    creditor Acme Widgets GmbH DE02120300000000202051 BYLADEM1001 SLEV DE98ZZZ09999999999 SEPA
    tx INV-2024-0043 EUR 100.00 GLOBEX-001 2023-11-02 COBADEFFXXX 'Globex GmbH' DE89370400440532013000 INV-2024-0043
  PmtInf DUES-20240328-3-20240401-CORE-RCUR DD SEPA CORE RCUR 2024-04-01 1 4250.00
    creditor Acme Widgets GmbH DE02120300000000202051 BYLADEM1001 SLEV DE98ZZZ09999999999 SEPA
    tx INV-2024-0042 EUR 4250.00 GLOBEX-001 2023-11-02 COBADEFFXXX 'Globex GmbH' DE89370400440532013000 INV-2024-0042
  PmtInf DUES-20240328-3-20240402-B2B-FRST DD SEPA B2B FRST 2024-04-02 1 980.00
    creditor Acme Widgets GmbH DE02120300000000202051 BYLADEM1001 SLEV DE98ZZZ09999999999 SEPA
    tx INV-2024-0044 EUR 980.00 INI/2024/7 2024-01-15 NOTPROVIDED 'Initech <AG> & Co' DE75512108001245126199 INV-2024-0044
  sums ok 3 5330.00

It is valid against the subset of the pain.008.001.02 schema that dues writes
(tests/data/sepa/pain.008.001.02-subset.xsd: element order, cardinality, lengths, IBAN
and BIC patterns, amounts, code sets); a broken file is not:

  $ xmllint --noout --schema "$TESTS/data/sepa/pain.008.001.02-subset.xsd" pain008-20240328.xml
  pain008-20240328.xml validates
  $ sed 's#<SeqTp>RCUR</SeqTp>#<SeqTp>RCUR2</SeqTp>#' pain008-20240328.xml > broken.xml
  $ xmllint --noout --schema "$TESTS/data/sepa/pain.008.001.02-subset.xsd" broken.xml 2>&1 | sed 's/^broken.xml:[0-9]*: //' | sort -u
  broken.xml fails to validate
  element SeqTp: Schemas validity error : Element '{urn:iso:std:iso:20022:tech:xsd:pain.008.001.02}SeqTp': [facet 'enumeration'] The value 'RCUR2' is not an element of the set {'FRST', 'RCUR', 'FNAL', 'OOFF'}.

pain.008.001.08 writes BICFI:

  $ dues -C books08 collect --due-by 2024-04-05 --pain 08 --output v08.xml | tail -1
  3 collections, 5330.00 EUR: wrote v08.xml (pain.008.001.08) and recorded 3 pending collections.
  $ python3 check.py v08.xml 08 | tail -1
  sums ok 3 5330.00
  $ grep -c '<BICFI>' v08.xml
  5
  $ sed 's/pain.008.001.02/pain.008.001.08/g; s/element name="BIC" type/element name="BICFI" type/' "$TESTS/data/sepa/pain.008.001.02-subset.xsd" > v08.xsd
  $ xmllint --noout --schema v08.xsd v08.xml
  v08.xml validates

The camt.053 that shows the collection (one batched credit, a transaction per
EndToEndId) pays the invoices through reconcile; the return of one (AM04), in the same
statement, takes back the payment just recorded: INV-2024-0044 is open again, and the
next run collects it again with FRST (initech's first collection was returned):

  $ cat > camt.xml <<'END'
  > <?xml version="1.0" encoding="UTF-8"?>
  > <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08">
  >   <BkToCstmrStmt><Stmt><Id>S-0402</Id>
  >     <Ntry><Amt Ccy="EUR">5330.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>
  >       <BookgDt><Dt>2024-04-02</Dt></BookgDt><AcctSvcrRef>DD-0402</AcctSvcrRef>
  >       <NtryDtls>
  >         <TxDtls><Refs><EndToEndId>INV-2024-0043</EndToEndId><MndtId>GLOBEX-001</MndtId></Refs><Amt Ccy="EUR">100.00</Amt><CdtDbtInd>CRDT</CdtDbtInd></TxDtls>
  >         <TxDtls><Refs><EndToEndId>INV-2024-0042</EndToEndId></Refs><Amt Ccy="EUR">4250.00</Amt><CdtDbtInd>CRDT</CdtDbtInd></TxDtls>
  >         <TxDtls><Refs><EndToEndId>INV-2024-0044</EndToEndId></Refs><Amt Ccy="EUR">980.00</Amt><CdtDbtInd>CRDT</CdtDbtInd></TxDtls>
  >       </NtryDtls></Ntry>
  >     <Ntry><Amt Ccy="EUR">980.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>
  >       <BookgDt><Dt>2024-04-04</Dt></BookgDt><AcctSvcrRef>RT-0404</AcctSvcrRef>
  >       <NtryDtls><TxDtls><Refs><EndToEndId>INV-2024-0044</EndToEndId></Refs>
  >         <RtrInf><Rsn><Cd>AM04</Cd></Rsn></RtrInf></TxDtls></NtryDtls></Ntry>
  >   </Stmt></BkToCstmrStmt>
  > </Document>
  > END
  $ dues -C books reconcile camt.xml --apply --format json | python3 -c '
  > import json, sys
  > plan = json.load(sys.stdin)
  > for line in plan["lines"]: print(line["status"], line["payment"], [a["invoice"] for a in line["applies"]])
  > for skip in plan["skipped"]: print(skip["reason"], skip["detail"])'
  matched PAY-2024-0001 ['INV-2024-0043']
  matched PAY-2024-0002 ['INV-2024-0042']
  matched PAY-2024-0003 ['INV-2024-0044']
  returned return, reason AM04 (insufficient funds) of INV-2024-0044; recorded: PAY-2024-0003 returned, INV-2024-0044 open again
  $ dues -C books collect --as-of 2024-04-05 --dry-run
  2024-04-06  initech      INV-2024-0044          980.00 EUR  mandate INI/2024/7 B2B FRST
  not collected: globex INV-2024-0048 (disputed)
  not collected: initech INV-2024-0045 (not in EUR)
  1 collection, 980.00 EUR; nothing written (--dry-run).

Without a creditor id there is no file:

  $ sed -i '/creditor-id/d' books/dues.toml
  $ dues -C books collect
  dues: error: dues collect needs [company] name, iban and creditor-id (the SEPA creditor identifier) in dues.toml
  [3]
  $ dues -C books collect --pain 09
  dues: error: --pain: expected 02 or 08 (pain.008.001.02 or .08), not '09'
  [2]

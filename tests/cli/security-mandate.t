[security] encrypt = ["mandate"] (issue 20): the IBAN and BIC of a SEPA mandate
([ID.mandate] in customers.toml) are encrypted with age value by value, the IBAN with
its HMAC for matching; dues collect decrypts them with the identity and, without one,
stops before it writes anything (docs/security.md, docs/direct-debit.md).

  $ export DUES_TODAY=2024-03-28
  $ umask 077
  $ age-keygen -o alice.key 2>/dev/null
  $ age-keygen -o bob.key 2>/dev/null
  $ ALICE=$(age-keygen -y alice.key)
  $ BOB=$(age-keygen -y bob.key)
  $ mkdir -p books/journal
  $ cat > books/dues.toml <<END
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
  > 
  > [security]
  > encrypt = ["mandate"]
  > recipients = ["$ALICE"]
  > END
  $ cat > books/customers.toml <<'END'
  > [globex]
  > name = "Globex GmbH"
  > 
  > # signed on paper, scanned in the DMS
  > [globex.mandate]
  > id = "GLOBEX-001"
  > signed = "2023-11-02"
  > iban = "DE89 3704 0044 0532 0130 00"
  > bic = "COBADEFFXXX"
  > 
  > [initech]
  > name = "Initech AG"
  > 
  > [initech.mandate]
  > id = "INI/2024/7"
  > signed = "2024-01-15"
  > iban = "DE75512108001245126199"
  > scheme = "B2B"
  > sequence = "FRST"
  > END
  $ cat > books/journal/2024.dues <<'END'
  > 2024-03-01 invoice INV-2024-0042 customer globex due 2024-04-01 total 4250.00 EUR
  > 2024-03-03 invoice INV-2024-0044 customer initech due 2024-04-02 total 980.00 EUR
  > END

A mandate written in clear while "mandate" is listed: check names each value at its
line, with the command that fixes it; status counts them:

  $ dues -C books check
  dues: error: customers.toml:8:8: customer 'globex': mandate.iban is stored in clear, but [security] encrypt lists mandate; run 'dues security rekey' to encrypt it
  dues: error: customers.toml:9:7: customer 'globex': mandate.bic is stored in clear, but [security] encrypt lists mandate; run 'dues security rekey' to encrypt it
  dues: error: customers.toml:17:8: customer 'initech': mandate.iban is stored in clear, but [security] encrypt lists mandate; run 'dues security rekey' to encrypt it
  dues: error: 3 errors
  [3]
  $ dues -C books security status | sed "s/$ALICE/ALICE/"
  recipients: ALICE
  identity: none
  matching key: none
  field          encrypt   clear  encrypted  hashed
  address        no            0          0       -
  tax-id         no            0          0       -
  bank-accounts  no            0          0       0
  notes          no            0          0       -
  mandate        yes           3          0       0
  some values [security] encrypt lists are in clear: run 'dues security rekey'

A clear mandate IBAN is checked (mod 97) as before; rekey, which encrypts it, reads
the ledger first and so never encrypts a wrong one:

  $ cp books/customers.toml saved.toml
  $ sed -i 's/DE75512108001245126199/DE75512108001245126198/' books/customers.toml
  $ dues -C books security rekey 2>&1 | grep -v 'customers.toml:[0-9]*:[0-9]*: customer .* is stored in clear'
  dues: error: customers.toml:17:8: the mandate's debtor IBAN is not valid: 'DE75512108001245126198'
  dues: error: the ledger has 1 error; nothing was changed
  $ cp saved.toml books/customers.toml

rekey encrypts the IBANs and the BIC, with an HMAC beside each IBAN when a matching key
is set; the rest of the mandate, its comment and the layout stay:

  $ export DUES_MATCHING_KEY=test-matching-key-1
  $ dues -C books security rekey | sed "s/$ALICE/ALICE/"
  rewrote 3 values of 2 customers; encrypted for 1 recipient: mandate
  $ sed -E 's/age:[A-Za-z0-9+\/=]+/age:.../; s/hmac-sha256=[0-9a-f]{64}/hmac-sha256=HEX/' books/customers.toml
  [globex]
  name = "Globex GmbH"
  
  # signed on paper, scanned in the DMS
  [globex.mandate]
  id = "GLOBEX-001"
  signed = "2023-11-02"
  iban = "age:...;hmac-sha256=HEX"
  bic = "age:..."
  
  [initech]
  name = "Initech AG"
  
  [initech.mandate]
  id = "INI/2024/7"
  signed = "2024-01-15"
  iban = "age:...;hmac-sha256=HEX"
  scheme = "B2B"
  sequence = "FRST"
  $ grep -c 'DE89\|DE75\|COBADEFF' books/customers.toml
  0
  [1]
  $ dues -C books check
  ok: 2 customers, 2 invoices, 0 credit notes, 0 payments, 0 refunds in 1 journal file
  $ dues -C books security status | tail -1
  mandate        yes           0          3       2

A damaged value is an error at its line; no command writes a mandate, so the fix is to
write it in clear and rekey:

  $ cp books/customers.toml saved.toml
  $ sed -i 's/^bic = "age:/bic = "age:!!/' books/customers.toml
  $ dues -C books check
  dues: error: customers.toml:9:7: customer 'globex': mandate.bic holds a damaged encrypted value (not "age:" and base64); write it again in clear in [globex.mandate] and run 'dues security rekey'
  dues: error: 1 error
  [3]
  $ cp saved.toml books/customers.toml

The stored value is a plain age file: age alone opens it, without dues:

  $ sed -n 's/^iban = "age:\([^;]*\);.*/\1/p' books/customers.toml | head -1 | base64 -d | age -d -i alice.key; echo
  DE89 3704 0044 0532 0130 00

Without the identity every other command works: the plan, the export masked:

  $ dues -C books collect --due-by 2024-04-05 --dry-run
  2024-04-01  globex       INV-2024-0042         4250.00 EUR  mandate GLOBEX-001 CORE RCUR
  2024-04-02  initech      INV-2024-0044          980.00 EUR  mandate INI/2024/7 B2B FRST
  2 collections, 5230.00 EUR; nothing written (--dry-run).
  $ dues -C books customer export-data globex | grep -A 8 '"mandate"'
      "mandate": {
        "id": "GLOBEX-001",
        "signed": "2023-11-02",
        "iban": "(encrypted)",
        "bic": "(encrypted)",
        "scheme": "CORE",
        "sequence": "RCUR"
      }
    },

collect needs the IBANs in clear: without the identity it fails naming the field, the
customer and how to provide the key, and writes nothing (no file, the journal as it
was):

  $ cp books/journal/2024.dues journal-before.dues
  $ dues -C books collect --due-by 2024-04-05
  dues: error: customer 'globex': mandate.iban is encrypted and this command needs it in clear; name your age identity file with DUES_IDENTITY=PATH or put it at ~/.config/dues/identity (docs/security.md)
  [5]
  $ ls *.xml
  ls: cannot access '*.xml': No such file or directory
  [2]
  $ cmp books/journal/2024.dues journal-before.dues && echo unchanged
  unchanged

With alice's identity: an encrypted IBAN that is not valid (encrypted by hand with age,
bypassing dues) is found by check, and collect refuses it before writing:

  $ export DUES_IDENTITY=$PWD/alice.key

  $ cp books/customers.toml saved.toml
  $ WRONG=$(printf 'DE75512108001245126198' | age -r "$ALICE" | base64 -w0)
  $ sed -i "/^\[initech.mandate\]/,\$ s|^iban = .*|iban = \"age:$WRONG\"|" books/customers.toml
  $ dues -C books check
  dues: error: customers.toml:17:8: the mandate's debtor IBAN (encrypted) is not valid
  dues: error: 1 error
  [3]
  $ dues -C books collect --due-by 2024-04-05 --output again.xml
  dues: error: customers.toml:17:8: customer 'initech': the mandate's debtor IBAN (encrypted) is not valid; nothing was written
  [3]
  $ ls again.xml
  ls: cannot access 'again.xml': No such file or directory
  [2]
  $ cp saved.toml books/customers.toml

The file holds the clear IBANs and BIC, as with a clear ledger:

  $ dues -C books collect --due-by 2024-04-05 | tail -1
  2 collections, 5230.00 EUR: wrote pain008-20240328.xml (pain.008.001.02) and recorded 2 pending collections.
  $ grep -o '<IBAN>[^<]*</IBAN>\|<BIC>[^<]*</BIC>' pain008-20240328.xml
  <IBAN>DE02120300000000202051</IBAN>
  <BIC>BYLADEM1001</BIC>
  <BIC>COBADEFFXXX</BIC>
  <IBAN>DE89370400440532013000</IBAN>
  <IBAN>DE02120300000000202051</IBAN>
  <BIC>BYLADEM1001</BIC>
  <IBAN>DE75512108001245126199</IBAN>
  $ xmllint --noout --schema "$TESTS/data/sepa/pain.008.001.02-subset.xsd" pain008-20240328.xml
  pain008-20240328.xml validates
  $ dues -C books customer export-data globex --reveal | grep '"iban"\|"bic"'
        "iban": "DE89 3704 0044 0532 0130 00",
        "bic": "COBADEFFXXX",

Reconcile never needs the mandate's IBAN: the bank statement that shows the
collection, and the return of one, are matched by the EndToEndId (else the MsgId, else
the mandate id), all clear; it runs without the identity:

  $ cat > collected.xml <<'END'
  > <?xml version="1.0" encoding="UTF-8"?>
  > <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08">
  >   <BkToCstmrStmt><Stmt><Id>S-0402</Id>
  >     <Ntry><Amt Ccy="EUR">5230.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>
  >       <BookgDt><Dt>2024-04-02</Dt></BookgDt><AcctSvcrRef>DD-0402</AcctSvcrRef>
  >       <NtryDtls><TxDtls><Refs><EndToEndId>INV-2024-0042</EndToEndId><MndtId>GLOBEX-001</MndtId></Refs>
  >         <Amt Ccy="EUR">4250.00</Amt><CdtDbtInd>CRDT</CdtDbtInd></TxDtls>
  >       <TxDtls><Refs><EndToEndId>INV-2024-0044</EndToEndId><MndtId>INI/2024/7</MndtId></Refs>
  >         <Amt Ccy="EUR">980.00</Amt><CdtDbtInd>CRDT</CdtDbtInd></TxDtls></NtryDtls></Ntry>
  >   </Stmt></BkToCstmrStmt>
  > </Document>
  > END
  $ cat > returned.xml <<'END'
  > <?xml version="1.0" encoding="UTF-8"?>
  > <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08">
  >   <BkToCstmrStmt><Stmt><Id>S-0405</Id>
  >     <Ntry><Amt Ccy="EUR">980.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>
  >       <BookgDt><Dt>2024-04-05</Dt></BookgDt><AcctSvcrRef>RT-0405</AcctSvcrRef>
  >       <NtryDtls><TxDtls><Refs><EndToEndId>INV-2024-0044</EndToEndId></Refs>
  >         <RltdPties><Dbtr><Nm>Initech AG</Nm></Dbtr><DbtrAcct><Id><IBAN>DE75512108001245126199</IBAN></Id></DbtrAcct></RltdPties>
  >         <RtrInf><Rsn><Cd>AM04</Cd></Rsn></RtrInf></TxDtls></NtryDtls></Ntry>
  >   </Stmt></BkToCstmrStmt>
  > </Document>
  > END
  $ env -u DUES_IDENTITY dues -C books reconcile collected.xml --apply --today 2024-04-02 | tail -1
  Recorded 2 payments.
  $ env -u DUES_IDENTITY dues -C books reconcile returned.xml --apply --today 2024-04-05 --format json | python3 -c '
  > import json, sys
  > for skip in json.load(sys.stdin)["skipped"]: print(skip["reason"], skip["detail"])'
  returned return, reason AM04 (insufficient funds) of INV-2024-0044; recorded: PAY-2024-0002 returned, INV-2024-0044 open again
  $ tail -1 books/journal/2024.dues
  2024-04-05 return PAY-2024-0002 bank "camt:RT-0405" reason "AM04"

Rekey for a new recipient (alice leaves, bob joins): alice cannot read the new values,
bob can:

  $ sed -i "s/$ALICE/$BOB/" books/dues.toml
  $ dues -C books security rekey | sed "s/$BOB/BOB/"
  rewrote 3 values of 2 customers; encrypted for 1 recipient: mandate
  $ sed -n 's/^iban = "age:\([^;]*\);.*/\1/p' books/customers.toml | head -1 | base64 -d | age -d -i alice.key
  age: error: no identity matched any of the recipients
  age: report unexpected or unhelpful errors at https://filippo.io/age/report
  [1]
  $ dues -C books customer export-data globex --reveal > /dev/null
  dues: error: customer 'globex': mandate.iban does not decrypt with the identity */alice.key: age: error: no identity matched any of the recipients; ask a recipient to run 'dues security rekey' with your public key in [security] recipients (glob)
  [5]
  $ DUES_IDENTITY=$PWD/bob.key dues -C books customer export-data globex --reveal | grep '"iban"'
        "iban": "DE89 3704 0044 0532 0130 00",
  $ dues -C books check
  dues: warning: customers.toml:8:8: customer 'globex': mandate.iban does not decrypt with the identity */alice.key: age: error: no identity matched any of the recipients (glob)
  dues: warning: customers.toml:9:7: customer 'globex': mandate.bic does not decrypt with the identity */alice.key: age: error: no identity matched any of the recipients (glob)
  dues: warning: customers.toml:17:8: customer 'initech': mandate.iban does not decrypt with the identity */alice.key: age: error: no identity matched any of the recipients (glob)
  ok: 2 customers, 2 invoices, 0 credit notes, 2 payments, 0 refunds in 1 journal file

Dropping "mandate" from encrypt and rekeying writes the values back in clear:

  $ sed -i 's/^encrypt = .*/encrypt = []/' books/dues.toml
  $ DUES_IDENTITY=$PWD/bob.key dues -C books security rekey | sed "s/$BOB/BOB/"
  rewrote 3 values of 2 customers; encrypted for 1 recipient: no field
  $ grep '^iban\|^bic' books/customers.toml
  iban = "DE89 3704 0044 0532 0130 00"
  bic = "COBADEFFXXX"
  iban = "DE75512108001245126199"

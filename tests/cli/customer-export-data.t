dues customer export-data: everything the ledger holds about one customer, as JSON and
CSV (GDPR Art. 15/20; docs/security.md). The ledger has one entry of every kind.

  $ . "$TESTS/cli/privacy_ledger.sh"
  $ export DUES_TODAY=2026-03-31
  $ cd books
  $ dues check
  ok: 2 customers, 3 invoices, 1 credit note, 3 payments, 1 refund in 3 journal files

JSON: one document, every key in a fixed order; encrypted fields and bank accounts
masked without --reveal, and it says so:

  $ dues customer export-data hansm > hansm.json
  $ /usr/bin/python3 -c 'import json,sys; d=json.load(open("hansm.json")); print(list(d)); print(d["master-data-shown"]); print(d["master-data"]["bank-accounts"], d["master-data"]["mandate"]["iban"]); print([x["id"] for x in d["documents"]], [x["id"] for x in d["payments"]], [x["id"] for x in d["refunds"]]); print(d["documents"][0]["items"]); print(d["payments"][1]["allocations"]); print(len(d["write-offs"]), len(d["disputes"]), len(d["reminders"]), len(d["sent"]), len(d["direct-debits"]), len(d["notes"]), len(d["promises"]))'
  ['format', 'customer', 'as-of', 'master-data-shown', 'notice', 'master-data', 'documents', 'payments', 'refunds', 'payment-returns', 'write-offs', 'disputes', 'reminders', 'sent', 'direct-debits', 'notes', 'promises']
  masked
  ['DE** **** 3000'] DE** **** 3000
  ['INV-2014-0001', 'CN-2014-0001', 'INV-2015-0001'] ['PAY-2014-0001', 'PAY-2014-0002'] ['RFD-2014-0001']
  [{'description': 'Gartenplanung f\xc3\xbcr Hans M\xc3\xbcller', 'quantity': '1', 'unit': None, 'price': '1000.00', 'tax': 'standard', 'amount': '1000.00'}] (esc)
  [{'invoice': 'INV-2014-0001', 'date': '2014-05-01', 'amount': '571.00'}]
  1 2 1 1 1 1 1

The other customer's records are not in it:

  $ grep -c 'INV-2024-0001\|Other AG' hansm.json
  0
  [1]

The same ledger gives the same bytes; -o writes the file:

  $ dues customer export-data hansm -o again.json && cmp hansm.json again.json

CSV: one table section,record,field,value, one row per JSON value:

  $ dues customer export-data hansm --format csv > hansm.csv
  $ head -3 hansm.csv
  section,record,field,value
  export,hansm,format,dues-personal-data-1
  export,hansm,customer,hansm
  $ grep '^documents,INV-2014-0001,items' hansm.csv
  documents,INV-2014-0001,items.1.description,Gartenplanung f\xc3\xbcr Hans M\xc3\xbcller (esc)
  documents,INV-2014-0001,items.1.quantity,1
  documents,INV-2014-0001,items.1.unit,
  documents,INV-2014-0001,items.1.price,1000.00
  documents,INV-2014-0001,items.1.tax,standard
  documents,INV-2014-0001,items.1.amount,1000.00
  $ grep '^payments,PAY-2014-0002,allocations' hansm.csv
  payments,PAY-2014-0002,allocations.1.invoice,INV-2014-0001
  payments,PAY-2014-0002,allocations.1.date,2014-05-01
  payments,PAY-2014-0002,allocations.1.amount,571.00
  $ grep -c '' hansm.csv
  171

With encrypted fields: masked without the identity, in clear with --reveal and it:

  $ umask 077
  $ age-keygen -o ../alice.key 2>/dev/null
  $ cat >> dues.toml <<END
  > 
  > [security]
  > encrypt = ["tax-id", "address"]
  > recipients = ["$(age-keygen -y ../alice.key)"]
  > END
  $ dues security rekey > /dev/null
  $ dues customer export-data hansm | grep '"tax-id"\|"address"\|master-data-shown'
    "master-data-shown": "masked",
      "address": "(encrypted)",
      "tax-id": "(encrypted)",
  $ DUES_IDENTITY=../alice.key dues customer export-data hansm --reveal | grep '"tax-id"\|"bank-accounts"\|master-data-shown' -A1 | head -8
    "master-data-shown": "in clear",
    "notice": "encrypted fields were decrypted with the age identity",
  --
      "tax-id": "DE147258365",
      "bank-accounts": [
        "DE89 3704 0044 0532 0130 00"

Without the identity --reveal stops (exit 5) and writes nothing:

  $ env -u DUES_IDENTITY XDG_CONFIG_HOME=/nonexistent HOME=/nonexistent dues customer export-data hansm --reveal -o out.json; echo $?
  dues: error: customer 'hansm': address is encrypted and this command needs it in clear; name your age identity file with DUES_IDENTITY=PATH or put it at ~/.config/dues/identity (docs/security.md)
  5
  $ test -e out.json; echo $?
  1

Bad input: an unknown customer and an unknown format are usage errors (exit 2):

  $ dues customer export-data nobody; echo $?
  dues: error: unknown customer 'nobody' (not in customers.toml)
  2
  $ dues customer export-data hansm --format xml; echo $?
  dues: error: --format: expected one of json, csv, not 'xml'
  2

dues security: customer fields encrypted with age (real keys made here with
age-keygen), masked without the identity, matched by HMAC in reconcile, rekeyed for
a new recipient (docs/security.md).

  $ export DUES_TODAY=2024-03-31
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
  > 
  > [series.invoice]
  > format = "INV-{year}-{seq:04}"
  > external = true
  > 
  > [series.payment]
  > format = "PAY-{year}-{seq:04}"
  > 
  > [bank.giro]
  > delimiter = ";"
  > date = "Datum"
  > date-format = "%d.%m.%Y"
  > decimal-mark = ","
  > credit = "Haben"
  > debit = "Soll"
  > currency = "EUR"
  > payer-name = "Auftraggeber"
  > payer-account = "IBAN"
  > reference = "Verwendungszweck"
  > END
  $ cat > books/customers.toml <<'END'
  > [globex]
  > name = "Globex GmbH"
  > address = "Industriestr. 5\n20095 Hamburg"
  > tax-id = "DE811907980"
  > bank-accounts = ["DE89 3704 0044 0532 0130 00"]
  > 
  > [initech]
  > name = "Initech Ltd"
  > END
  $ cat > books/journal/2024.dues <<'END'
  > 2024-03-02 invoice INV-2024-0044 customer globex due 2024-04-01 total 100.00 EUR
  > 2024-03-03 invoice INV-2024-0045 customer globex due 2024-04-02 total 200.00 EUR
  > 2024-03-05 invoice INV-2024-0047 customer initech due 2024-04-04 total 150.00 EUR
  > END
  $ cat > march.csv <<'END'
  > Datum;Auftraggeber;IBAN;Verwendungszweck;Soll;Haben
  > 20.03.2024;GLOBEX HAMBURG;DE89370400440532013000;Sammelzahlung;;300,00
  > END
  $ cp -r books clear
  $ dues -C clear reconcile march.csv --profile giro > clear-reconcile.txt; echo $?
  0
  $ dues -C clear aging > clear-aging.txt

Listing fields in [security] encrypt turns their clear values into errors of
'dues check', each at its line with the command that fixes it:

  $ cat >> books/dues.toml <<END
  > 
  > [security]
  > encrypt = ["bank-accounts", "tax-id", "address"]
  > recipients = ["$ALICE"]
  > END
  $ dues -C books check
  dues: error: customers.toml:3:11: customer 'globex': address is stored in clear, but [security] encrypt lists it; run 'dues security rekey' to encrypt it
  dues: error: customers.toml:4:10: customer 'globex': tax-id is stored in clear, but [security] encrypt lists it; run 'dues security rekey' to encrypt it
  dues: error: customers.toml:5:17: customer 'globex': bank-accounts is stored in clear, but [security] encrypt lists it; run 'dues security rekey' to encrypt it
  dues: error: 3 errors
  [3]
  $ dues -C books security status | sed "s/$ALICE/ALICE/"
  recipients: ALICE
  identity: none
  matching key: none
  field          encrypt   clear  encrypted  hashed
  address        yes           1          0       -
  tax-id         yes           1          0       -
  bank-accounts  yes           1          0       0
  notes          no            0          0       -
  mandate        no            0          0       0
  some values [security] encrypt lists are in clear: run 'dues security rekey'
  $ dues -C books security status > /dev/null; echo $?
  1

rekey encrypts them in one atomic write; the keys stay readable, the values do not;
with a matching key each bank account carries its HMAC:

  $ export DUES_MATCHING_KEY=test-matching-key-1
  $ dues -C books security rekey | sed "s/$ALICE/ALICE/"
  rewrote 3 values of 2 customers; encrypted for 1 recipient: bank-accounts, tax-id, address
  $ sed -E 's/age:[A-Za-z0-9+\/=]+/age:.../; s/hmac-sha256=[0-9a-f]{64}/hmac-sha256=HEX/' books/customers.toml
  [globex]
  name = "Globex GmbH"
  address = "age:..."
  tax-id = "age:..."
  bank-accounts = ["age:...;hmac-sha256=HEX"]
  
  [initech]
  name = "Initech Ltd"
  $ grep -c 'DE89\|Hamburg\|DE811907980' books/customers.toml
  0
  [1]
  $ dues -C books check
  ok: 2 customers, 3 invoices, 0 credit notes, 0 payments, 0 refunds in 1 journal file

Without the identity every other command works and shows the values masked:

  $ dues -C books customer show globex
  id:            globex
  name:          Globex GmbH
  address:       (encrypted)
  tax-id:        (encrypted)
  bank-accounts: (encrypted)
  
  balance as of 2024-03-31:
  CURRENCY    OPEN  OVERDUE  CREDIT  BALANCE  INVOICES  OVERDUE INVOICES
  EUR       300.00     0.00    0.00   300.00         2                 0
  $ dues -C books aging | diff - clear-aging.txt && echo same
  same
  $ dues -C books customer show globex --reveal
  dues: error: customer 'globex': address is encrypted and this command needs it in clear; name your age identity file with DUES_IDENTITY=PATH or put it at ~/.config/dues/identity (docs/security.md)
  [5]

reconcile recognises the payer's account by its HMAC, with the matching key alone
(with another key the account is unknown, and only the payer's name is left):

  $ dues -C books reconcile march.csv --profile giro | diff - clear-reconcile.txt && echo same
  same
  $ DUES_MATCHING_KEY=another-key dues -C books reconcile march.csv --profile giro
  march.csv (bank profile giro): 1 receipt, 0 other rows
  
  Matched (1)
  LINE  DATE            AMOUNT  CUSTOMER  PAYMENT        TIER  CONF  APPLY                                       WHY
     2  2024-03-20  300.00 EUR  globex    PAY-2024-0001  2     83    INV-2024-0044 100.00, INV-2024-0045 200.00  payer name 'GLOBEX HAMBURG' is customer globex 'Globex GmbH' (similarity 88); its 2 oldest open invoices add up to the amount
  
  1 matched, 0 ambiguous, 0 unmatched, 0 already imported, 0 skipped
  Nothing recorded yet: run with --apply to record the 1 matched line.

With the identity the values are shown in clear; one kept inside the ledger is refused:

  $ export DUES_IDENTITY=$PWD/alice.key
  $ dues -C books customer show globex --reveal | head -5
  id:            globex
  name:          Globex GmbH
  address:       Industriestr. 5
                 20095 Hamburg
  tax-id:        DE811907980
  $ cp alice.key books/alice.key
  $ DUES_IDENTITY=$PWD/books/alice.key dues -C books customer show globex --reveal
  dues: error: the identity file */books/alice.key lies inside the ledger folder, where it would be shared with the ledger; move it out (name your age identity file with DUES_IDENTITY=PATH or put it at ~/.config/dues/identity (docs/security.md)) (glob)
  [5]
  $ rm books/alice.key

customer add and set encrypt on write:

  $ dues -C books customer add hooli --name "Hooli Inc" --bank-account "GB82 WEST 1234 5698 7654 32" --tax-id GB123456789
  added customer hooli
  $ dues -C books customer set initech address "1 Loop Road"
  customer initech: address "(encrypted)"
  $ grep -c 'GB82\|GB123456789\|Loop' books/customers.toml
  0
  [1]
  $ dues -C books customer show hooli --reveal | grep bank-accounts
  bank-accounts: GB82 WEST 1234 5698 7654 32

Removing a value from an encrypted list finds it by its clear text (with the identity)
and leaves the customer's other encrypted fields as they are:

  $ dues -C books customer set hooli bank-account --add "DE02 1203 0000 0000 2020 51"
  customer hooli: bank-accounts ["(encrypted)", "(encrypted)"]
  $ dues -C books customer set hooli bank-account --remove "GB82 WEST 1234 5698 7654 32"
  customer hooli: bank-accounts ["(encrypted)"]
  $ dues -C books customer show hooli --reveal | grep -A 1 'bank-accounts\|tax-id'
  tax-id:        GB123456789
  bank-accounts: DE02 1203 0000 0000 2020 51
  

Rekey for a new recipient (alice leaves, bob joins): alice can no longer read the new
values, bob can:

  $ sed -i "s/$ALICE/$BOB/" books/dues.toml
  $ dues -C books security rekey | sed "s/$BOB/BOB/"
  rewrote 6 values of 3 customers; encrypted for 1 recipient: bank-accounts, tax-id, address
  $ dues -C books customer show globex --reveal
  dues: error: customer 'globex': address does not decrypt with the identity */alice.key: age: error: no identity matched any of the recipients; ask a recipient to run 'dues security rekey' with your public key in [security] recipients (glob)
  [5]
  $ DUES_IDENTITY=$PWD/bob.key dues -C books customer show globex --reveal | grep tax-id
  tax-id:        DE811907980

check reports a value the identity does not open, and a damaged one, without failing
to run:

  $ dues -C books check
  dues: warning: customers.toml:3:11: customer 'globex': address does not decrypt with the identity */alice.key: age: error: no identity matched any of the recipients (glob)
  dues: warning: customers.toml:4:10: customer 'globex': tax-id does not decrypt with the identity */alice.key: age: error: no identity matched any of the recipients (glob)
  dues: warning: customers.toml:5:17: customer 'globex': bank-accounts does not decrypt with the identity */alice.key: age: error: no identity matched any of the recipients (glob)
  dues: warning: customers.toml:9:11: customer 'initech': address does not decrypt with the identity */alice.key: age: error: no identity matched any of the recipients (glob)
  dues: warning: customers.toml:13:10: customer 'hooli': tax-id does not decrypt with the identity */alice.key: age: error: no identity matched any of the recipients (glob)
  dues: warning: customers.toml:14:17: customer 'hooli': bank-accounts does not decrypt with the identity */alice.key: age: error: no identity matched any of the recipients (glob)
  ok: 3 customers, 3 invoices, 0 credit notes, 0 payments, 0 refunds in 1 journal file
  $ export DUES_IDENTITY=$PWD/bob.key
  $ cp books/customers.toml saved.toml
  $ sed -i 's/^tax-id = "age:/tax-id = "age:!!/' books/customers.toml
  $ dues -C books check
  dues: error: customers.toml:4:10: customer 'globex': tax-id holds a damaged encrypted value (not "age:" and base64); set it again with 'dues customer set globex tax-id VALUE'
  dues: error: customers.toml:13:10: customer 'hooli': tax-id holds a damaged encrypted value (not "age:" and base64); set it again with 'dues customer set hooli tax-id VALUE'
  dues: error: 2 errors
  [3]
  $ cp saved.toml books/customers.toml

Files readable by others are reported, as ssh does, and so is an identity readable by
the group:

  $ chmod 644 books/customers.toml
  $ chmod 640 bob.key
  $ dues -C books check
  dues: warning: */bob.key: mode 0640: readable by the group; run 'chmod 600' on it: an identity must be private (glob)
  dues: warning: customers.toml: mode 0644: readable by others; run 'chmod o-rwx' on it (and umask 027 or 077)
  ok: 3 customers, 3 invoices, 0 credit notes, 0 payments, 0 refunds in 1 journal file

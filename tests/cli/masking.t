Bank account numbers are masked in reports unless --unmask: an IBAN keeps its country
code and last four characters (DE** **** 3000), another number its last four
(**** 7890). The company's own IBAN on invoices stays whole: customers need it to pay.

  $ export DUES_TODAY=2024-03-31
  $ mkdir -p books/journal
  $ cat > books/dues.toml <<'END'
  > format = 1
  > 
  > [company]
  > name = "Acme Widgets GmbH"
  > currency = "EUR"
  > iban = "DE02 1203 0000 0000 2020 51"
  > 
  > [series.invoice]
  > format = "INV-{year}-{seq:04}"
  > 
  > [series.payment]
  > format = "PAY-{year}-{seq:04}"
  > 
  > [bank.simple]
  > date = "Date"
  > amount = "Amount"
  > currency = "EUR"
  > payer-name = "Name"
  > payer-account = "Account"
  > reference = "Text"
  > END
  $ cat > books/customers.toml <<'END'
  > [globex]
  > name = "Globex GmbH"
  > bank-accounts = ["DE89 3704 0044 0532 0130 00"]
  > 
  > [kyoto]
  > name = "Kyoto Textile"
  > bank-accounts = ["0001-123-4567890"]
  > END
  $ cat > books/journal/2024.dues <<'END'
  > 2024-03-01 invoice INV-2024-0001 customer globex due 2024-03-31 total 100.00 EUR
  > 2024-03-02 invoice INV-2024-0002 customer kyoto due 2024-04-01 total 50.00 EUR
  > END
  $ cd books

Customers:

  $ dues customer show globex | grep bank
  bank-accounts: DE** **** 3000
  $ dues customer show globex --unmask | grep bank
  bank-accounts: DE89 3704 0044 0532 0130 00
  $ dues customer show kyoto --format json | grep -A2 bank
    "bank-accounts": [
      "**** 7890"
    ],
  $ dues customer list --format json | grep -A1 bank-accounts
      "bank-accounts": [
        "DE** **** 3000"
  --
      "bank-accounts": [
        "**** 7890"
  $ dues customer list --format json --unmask | grep -A1 bank-accounts
      "bank-accounts": [
        "DE89 3704 0044 0532 0130 00"
  --
      "bank-accounts": [
        "0001-123-4567890"
  $ dues customer set kyoto bank-accounts --add "GB29 NWBK 6016 1331 9268 19"
  customer kyoto: bank-accounts ["**** 7890", "GB** **** 6819"]
  $ dues customer set kyoto bank-accounts --remove "GB29 NWBK 6016 1331 9268 19" --unmask
  customer kyoto: bank-accounts ["0001-123-4567890"]

Diagnostics quote what the user wrote, in full, so it can be fixed:

  $ dues customer set globex bank-accounts "DE89 3704 0044 0532 0130 01"
  dues: error: bank-accounts: not a valid IBAN (length or check digits): 'DE89 3704 0044 0532 0130 01'
  [2]

The bank export: Globex pays from its account and writes its IBAN into the text; a
payer without a name writes Kyoto's account number into the text; a stranger pays
from a British account.

  $ cat > ../march.csv <<'END'
  > Date,Name,Account,Text,Amount
  > 2024-03-18,Globex GmbH,DE89370400440532013000,INV-2024-0001 IBAN DE89 3704 0044 0532 0130 00,100.00
  > 2024-03-19,,,from 00011234567890 thanks,50.00
  > 2024-03-20,,GB29NWBK60161331926819,who knows GB29 NWBK 6016 1331 9268 19,7.00
  > END
  $ dues reconcile ../march.csv --profile simple
  ../march.csv (bank profile simple): 3 receipts, 0 other rows
  
  Matched (2)
  LINE  DATE            AMOUNT  CUSTOMER  PAYMENT        TIER  CONF  APPLY                 WHY
     2  2024-03-18  100.00 EUR  globex    PAY-2024-0001  1     95    INV-2024-0001 100.00  invoice number INV-2024-0001 in the text; amount equals its open amount
     3  2024-03-19   50.00 EUR  kyoto     PAY-2024-0002  2     90    INV-2024-0002 50.00   account **** 7890 in the text belongs to kyoto; its only open invoice of this amount
  
  Unmatched (1)
  LINE  DATE          AMOUNT  PAYER                     CANDIDATES  WHY
     4  2024-03-20  7.00 EUR  who knows GB** **** 6819  -           no reference, invoice number or known payer
  
  2 matched, 0 ambiguous, 1 unmatched, 0 already imported, 0 skipped
  Nothing recorded yet: run with --apply to record the 2 matched lines.
  [1]
  $ dues reconcile ../march.csv --profile simple --format json > plan.json
  [1]
  $ grep -E 'payer_account|reference|in the text' plan.json
        "payer_account": "DE** **** 3000",
        "reference": "INV-2024-0001 IBAN DE** **** 3000",
          "invoice number INV-2024-0001 in the text",
        "payer_account": "",
        "reference": "from **** 7890 thanks",
          "account **** 7890 in the text belongs to kyoto",
        "payer_account": "GB** **** 6819",
        "reference": "who knows GB** **** 6819",
          "no reference, invoice number or known payer"
  $ grep -cE '3704|4567890|NWBK' plan.json
  0
  [1]
  $ dues reconcile ../march.csv --profile simple --format json --unmask | grep -E 'payer_account|in the text'
        "payer_account": "DE89370400440532013000",
          "invoice number INV-2024-0001 in the text",
        "payer_account": "",
          "account 00011234567890 in the text belongs to kyoto",
        "payer_account": "GB29NWBK60161331926819",

--profile-check reads no ledger, so in free text it finds valid IBANs only:

  $ dues reconcile --profile-check ../march.csv --profile simple
  ../march.csv read with bank profile simple (encoding utf-8)
  header at line 1: 1=Date | 2=Name | 3=Account | 4=Text | 5=Amount
  
  LINE  RESULT   DATE            AMOUNT  FEE  PAYER        ACCOUNT         ID  STATUS  REFERENCE
     2  receipt  2024-03-18  100.00 EUR       Globex GmbH  DE** **** 3000              INV-2024-0001 IBAN DE** **** 3000
     3  receipt  2024-03-19   50.00 EUR                                                from 00011234567890 thanks
     4  receipt  2024-03-20    7.00 EUR                    GB** **** 6819              who knows GB** **** 6819
  
  3 rows shown, 0 with errors
  $ dues reconcile --profile-check ../march.csv --profile simple --unmask --format json | grep payer_account
        "payer_account": "DE89370400440532013000",
        "payer_account": "",
        "payer_account": "GB29NWBK60161331926819",

Recording keeps the bank text whole in the journal (it is the record); the statement
masks it, in every format:

  $ dues reconcile ../march.csv --profile simple --apply > /dev/null
  [1]
  $ grep -c 'IBAN DE89 3704 0044 0532 0130 00' journal/2024.dues
  1
  $ dues statement globex | grep PAY
  2024-03-18  payment  PAY-2024-0001  bank, ref INV-2024-0001 IBAN DE** **** \xe2\x80\xa6  -100.00     0.00 (esc)
  $ dues statement kyoto --format csv | grep PAY
  kyoto,EUR,2024-03-19,payment,PAY-2024-0002,"bank, ref from **** 7890 thanks",-50.00,0.00
  $ for f in table csv json html; do dues statement globex --format $f | grep -c '3704'; done
  0
  0
  0
  0
  [1]
  $ dues statement globex --format csv --unmask | grep PAY
  globex,EUR,2024-03-18,payment,PAY-2024-0001,"bank, ref INV-2024-0001 IBAN DE89 3704 0044 0532 0130 00",-100.00,0.00

The company's own IBAN, in the payment instructions:

  $ dues invoice render INV-2024-0001 | grep IBAN
    IBAN:      DE02 1203 0000 0000 2020 51
  $ dues invoice render INV-2024-0001 --format html | grep -o '<dd>DE02[^<]*</dd>'
  <dd>DE02 1203 0000 0000 2020 51</dd>

dues reconcile: matching a bank export against open invoices, recording the
confident matches, and never recording a bank line twice.

A ledger with a payment series, a fee tolerance, and a bank profile in dues.toml
for a German-style export: a preamble, semicolons, decimal commas, money out and
money in in two columns, a status column, and a closing-balance footer.

  $ export DUES_TODAY=2024-03-31
  $ mkdir -p books/journal books/bank
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
  > 
  > [reconcile]
  > fee-tolerance = "5.00"
  > fee-tolerance-percent = "2%"
  > 
  > [bank.giro]
  > description = "Sparkasse-like Girokonto export"
  > delimiter = ";"
  > header-row = ["Datum", "Haben"]
  > footer-regex = "^Kontostand;"
  > date = "Datum"
  > date-format = "%d.%m.%Y"
  > decimal-mark = ","
  > thousands-separator = "."
  > credit = "Haben"
  > debit = "Soll"
  > currency = "EUR"
  > payer-name = "Auftraggeber"
  > payer-account = "IBAN"
  > reference = "Verwendungszweck"
  > status = "Status"
  > booked = ["gebucht"]
  > END
  $ cat > books/customers.toml <<'END'
  > [globex]
  > name = "Globex GmbH"
  > bank-accounts = ["DE89 3704 0044 0532 0130 00"]
  > 
  > [initech]
  > name = "Initech Ltd"
  > aliases = ["INITECH LIMITED"]
  > 
  > [mueller]
  > name = "Müller & Söhne KG"
  > END
  $ cat > books/journal/2024.dues <<'END'
  > 2024-03-01 invoice INV-2024-0042 customer globex due 2024-03-31 total 4250.00 EUR ref "RF05 2024 0000 42"
  > 2024-03-02 invoice INV-2024-0044 customer globex due 2024-04-01 total 100.00 EUR
  > 2024-03-03 invoice INV-2024-0045 customer globex due 2024-04-02 total 200.00 EUR
  > 2024-03-04 invoice INV-2024-0046 customer mueller due 2024-04-03 total 500.00 EUR
  > 2024-03-05 invoice INV-2024-0047 customer initech due 2024-04-04 total 150.00 EUR
  > 2024-03-06 invoice INV-2024-0048 customer initech due 2024-04-05 total 150.00 EUR
  > 2024-03-28 invoice INV-2024-0049 customer mueller due 2024-04-27 total 80.00 EUR
  > END
  $ dues -C books check
  ok: 3 customers, 7 invoices, 0 credit notes, 0 payments, 0 refunds in 1 journal file

The March export. Row by row: an invoice number with the exact amount; a pending
row; money going out; one transfer from Globex's account paying its two oldest
small invoices; 497.50 for a 500.00 invoice (2.50 short: within tolerance, a fee);
150.00 from Initech, which has two open invoices of 150.00 (a tie: never guessed);
a stranger; and the footer.

  $ cat > march.csv <<'END'
  > Kontoauszug Girokonto;;;;;;
  > Zeitraum;01.03.2024 - 31.03.2024;;;;;
  > 
  > Datum;Auftraggeber;IBAN;Verwendungszweck;Soll;Haben;Status
  > 18.03.2024;Globex GmbH;DE89370400440532013000;Rechnung INV-2024-0042 Kd 1001;;4.250,00;gebucht
  > 19.03.2024;Globex GmbH;DE89370400440532013000;Vorschuss;;999,00;vorgemerkt
  > 19.03.2024;Stadtwerke;DE12500105170648489890;Strom März;-84,20;;gebucht
  > 20.03.2024;GLOBEX GMBH;DE89370400440532013000;Sammelzahlung;;300,00;gebucht
  > 21.03.2024;Müller und Söhne;;INV 2024 0046;;497,50;gebucht
  > 22.03.2024;INITECH LIMITED;;Zahlung;;150,00;gebucht
  > 23.03.2024;Hans Wurst;;Danke;;42,00;gebucht
  > Kontostand;31.03.2024;;;;16.291,11;
  > END

The default is a dry run: the plan, nothing recorded, exit 1 because two lines
need a person.

  $ dues -C books reconcile march.csv --profile giro
  march.csv (bank profile giro): 5 receipts, 3 other rows
  
  Matched (3)
  LINE  DATE             AMOUNT  CUSTOMER  PAYMENT        TIER  CONF  APPLY                                       WHY
     5  2024-03-18  4250.00 EUR  globex    PAY-2024-0001  1     95    INV-2024-0042 4250.00                       invoice number INV-2024-0042 in the text; amount equals its open amount
     8  2024-03-20   300.00 EUR  globex    PAY-2024-0002  2     85    INV-2024-0044 100.00, INV-2024-0045 200.00  payer account DE** **** 3000 belongs to globex; its 2 oldest open invoices add up to the amount
     9  2024-03-21   497.50 EUR  mueller   PAY-2024-0003  1     90    INV-2024-0046 500.00 (fee 2.50)             invoice number INV-2024-0046 in the text; 2.50 short, within tolerance: recorded as fee
  
  Ambiguous: choose an invoice (1)
  LINE  DATE            AMOUNT  PAYER            CANDIDATES                                                            WHY
    10  2024-03-22  150.00 EUR  INITECH LIMITED  INV-2024-0047 initech open 150.00, INV-2024-0048 initech open 150.00  payer name 'INITECH LIMITED' is customer initech 'Initech Ltd' (similarity 100); 2 open invoices of initech have this amount
  
  Unmatched (1)
  LINE  DATE           AMOUNT  PAYER       CANDIDATES  WHY
    11  2024-03-23  42.00 EUR  Hans Wurst  -           no reference, invoice number or known payer
  
  Skipped (3)
  LINE  REASON                         DATE        AMOUNT  TEXT
     6  pending (status 'vorgemerkt')  2024-03-19  999.00  Globex GmbH Vorschuss
     7  outgoing                       2024-03-19  -84.20  Stadtwerke Strom M\xc3\xa4rz (esc)
    12  footer                                             Kontostand;31.03.2024;;;;16.291,11;
  
  3 matched, 1 ambiguous, 1 unmatched, 0 already imported, 3 skipped
  Nothing recorded yet: run with --apply to record the 3 matched lines.
  [1]
  $ cat books/journal/2024.dues | wc -l
  7

--dry-run says the same explicitly; --apply and --dry-run together are a usage error.

  $ dues -C books reconcile march.csv --profile giro --dry-run > /dev/null
  [1]
  $ dues -C books reconcile march.csv --profile giro --dry-run --apply
  dues: error: --apply and --dry-run contradict each other
  [2]

--apply records the confident matches, one payment each, with the bank line's key,
in one write. The two lines that need a person are still reported (exit 1).

  $ dues -C books reconcile march.csv --profile giro --apply | tail -n 2
  3 matched, 1 ambiguous, 1 unmatched, 0 already imported, 3 skipped
  Recorded 3 payments.
  $ tail -n 7 books/journal/2024.dues
  2024-03-18 payment PAY-2024-0001 customer globex amount 4250.00 EUR method bank ref "Rechnung INV-2024-0042 Kd 1001" bank "giro:*#1" (glob)
    apply INV-2024-0042 4250.00
  2024-03-20 payment PAY-2024-0002 customer globex amount 300.00 EUR method bank ref "Sammelzahlung" bank "giro:*#1" (glob)
    apply INV-2024-0044 100.00
    apply INV-2024-0045 200.00
  2024-03-21 payment PAY-2024-0003 customer mueller amount 497.50 EUR fee 2.50 method bank ref "INV 2024 0046" bank "giro:*#1" (glob)
    apply INV-2024-0046 500.00
  $ dues -C books check
  ok: 3 customers, 7 invoices, 0 credit notes, 3 payments, 0 refunds in 1 journal file

Importing the same file again records nothing: the lines are already imported.

  $ cp books/journal/2024.dues before.dues
  $ dues -C books reconcile march.csv --profile giro --apply | sed -n '/^Already/,/^$/p'
  Already imported (3)
  LINE  DATE             AMOUNT  PAYER             PAYMENT
     5  2024-03-18  4250.00 EUR  Globex GmbH       PAY-2024-0001
     8  2024-03-20   300.00 EUR  GLOBEX GMBH       PAY-2024-0002
     9  2024-03-21   497.50 EUR  M\xc3\xbcller und S\xc3\xb6hne  PAY-2024-0003 (esc)
  
  $ cmp before.dues books/journal/2024.dues

An overlapping export (the last days of March and the first of April): the rows
already imported are recognised, the pending row is now booked and new (Globex has
nothing open for it: a person decides), and an April payment is matched by name.

  $ cat > overlap.csv <<'END'
  > Datum;Auftraggeber;IBAN;Verwendungszweck;Soll;Haben;Status
  > 19.03.2024;Globex GmbH;DE89370400440532013000;Vorschuss;;999,00;gebucht
  > 21.03.2024;Müller und Söhne;;INV 2024 0046;;497,50;gebucht
  > 22.03.2024;INITECH LIMITED;;Zahlung;;150,00;gebucht
  > 02.04.2024;Müller & Söhne KG;;Zahlung 80,00 EUR;;80,00;gebucht
  > END
  $ dues -C books reconcile overlap.csv --profile giro --apply
  overlap.csv (bank profile giro): 4 receipts, 0 other rows
  
  Recorded (1)
  LINE  DATE           AMOUNT  CUSTOMER  PAYMENT        TIER  CONF  APPLY                WHY
     5  2024-04-02  80.00 EUR  mueller   PAY-2024-0004  2     90    INV-2024-0049 80.00  payer name 'M\xc3\xbcller & S\xc3\xb6hne KG' is customer mueller 'M\xc3\xbcller & S\xc3\xb6hne KG' (similarity 100); its only open invoice of this amount (esc)
  
  Ambiguous: choose an invoice (1)
  LINE  DATE            AMOUNT  PAYER            CANDIDATES                                                            WHY
     4  2024-03-22  150.00 EUR  INITECH LIMITED  INV-2024-0047 initech open 150.00, INV-2024-0048 initech open 150.00  payer name 'INITECH LIMITED' is customer initech 'Initech Ltd' (similarity 100); 2 open invoices of initech have this amount
  
  Unmatched (1)
  LINE  DATE            AMOUNT  PAYER        CANDIDATES  WHY
     2  2024-03-19  999.00 EUR  Globex GmbH  -           payer account DE** **** 3000 belongs to globex; but it has no open invoice in EUR
  
  Already imported (1)
  LINE  DATE            AMOUNT  PAYER             PAYMENT
     3  2024-03-21  497.50 EUR  M\xc3\xbcller und S\xc3\xb6hne  PAY-2024-0003 (esc)
  
  1 matched, 1 ambiguous, 1 unmatched, 1 already imported, 0 skipped
  Recorded 1 payment.
  [1]

The same plan as JSON, for scripts (amounts are strings):

  $ dues -C books reconcile overlap.csv --profile giro --format json
  {
    "file": "overlap.csv",
    "profile": "giro",
    "applied": false,
    "summary": {
      "matched": 0,
      "ambiguous": 1,
      "unmatched": 1,
      "already_imported": 2,
      "skipped": 0
    },
    "lines": [
      {
        "line": 2,
        "status": "unmatched",
        "date": "2024-03-19",
        "amount": "999.00",
        "currency": "EUR",
        "payer_name": "Globex GmbH",
        "payer_account": "DE** **** 3000",
        "reference": "Vorschuss",
        "key": "giro:34ba69c5dde79263#1",
        "tier": 2,
        "confidence": 0,
        "customer": "globex",
        "applies": [],
        "candidates": [],
        "reasons": [
          "payer account DE** **** 3000 belongs to globex",
          "but it has no open invoice in EUR"
        ]
      },
      {
        "line": 3,
        "status": "already-imported",
        "date": "2024-03-21",
        "amount": "497.50",
        "currency": "EUR",
        "payer_name": "M\xc3\xbcller und S\xc3\xb6hne", (esc)
        "payer_account": "",
        "reference": "INV 2024 0046",
        "key": "giro:51482694629620fd#1",
        "payment": "PAY-2024-0003",
        "applies": [],
        "candidates": [],
        "reasons": [
          "payment PAY-2024-0003 has this line's key"
        ]
      },
      {
        "line": 4,
        "status": "ambiguous",
        "date": "2024-03-22",
        "amount": "150.00",
        "currency": "EUR",
        "payer_name": "INITECH LIMITED",
        "payer_account": "",
        "reference": "Zahlung",
        "key": "giro:e5d1b5b5d78281a8#1",
        "tier": 2,
        "confidence": 0,
        "customer": "initech",
        "applies": [],
        "candidates": [
          {
            "invoice": "INV-2024-0047",
            "customer": "initech",
            "open": "150.00"
          },
          {
            "invoice": "INV-2024-0048",
            "customer": "initech",
            "open": "150.00"
          }
        ],
        "reasons": [
          "payer name 'INITECH LIMITED' is customer initech 'Initech Ltd' (similarity 100)",
          "2 open invoices of initech have this amount"
        ]
      },
      {
        "line": 5,
        "status": "already-imported",
        "date": "2024-04-02",
        "amount": "80.00",
        "currency": "EUR",
        "payer_name": "M\xc3\xbcller & S\xc3\xb6hne KG", (esc)
        "payer_account": "",
        "reference": "Zahlung 80,00 EUR",
        "key": "giro:264a545c5598c2c7#1",
        "payment": "PAY-2024-0004",
        "applies": [],
        "candidates": [],
        "reasons": [
          "payment PAY-2024-0004 has this line's key"
        ]
      }
    ],
    "skipped": [],
    "format": "csv",
    "balances": []
  }
  [1]
  $ dues -C books reconcile overlap.csv --profile giro --format json | python3 -c 'import json,sys; d=json.load(sys.stdin); print(d["summary"], [(l["line"], l["status"], l.get("payment")) for l in d["lines"]])'
  {'matched': 0, 'ambiguous': 1, 'unmatched': 1, 'already_imported': 2, 'skipped': 0} [(2, 'unmatched', None), (3, 'already-imported', 'PAY-2024-0003'), (4, 'ambiguous', None), (5, 'already-imported', 'PAY-2024-0004')]

An invoice dated after the bank line counts only within the date tolerance; the
money is then applied on the invoice's date, with an allocate entry.

  $ cat >> books/journal/2024.dues <<'END'
  > 2024-04-05 invoice INV-2024-0050 customer mueller due 2024-05-05 total 60.00 EUR
  > END
  $ cat > early.csv <<'END'
  > Datum;Auftraggeber;IBAN;Verwendungszweck;Soll;Haben;Status
  > 03.04.2024;Müller & Söhne KG;;Vorauszahlung INV-2024-0050;;60,00;gebucht
  > END
  $ dues -C books reconcile early.csv --profile giro | grep -A2 '^Ambiguous'
  Ambiguous: choose an invoice (1)
  LINE  DATE           AMOUNT  PAYER              CANDIDATES  WHY
     2  2024-04-03  60.00 EUR  M\xc3\xbcller & S\xc3\xb6hne KG  -           invoice number INV-2024-0050 in the text; INV-2024-0050 is dated 2024-04-05, after the line (see --date-tolerance) (esc)
  $ dues -C books reconcile early.csv --profile giro --date-tolerance 3 --apply | grep -A2 '^Recorded'
  Recorded (1)
  LINE  DATE           AMOUNT  CUSTOMER  PAYMENT        TIER  CONF  APPLY                WHY
     2  2024-04-03  60.00 EUR  mueller   PAY-2024-0005  1     95    INV-2024-0050 60.00  invoice number INV-2024-0050 in the text; amount equals its open amount
  --
  Recorded 1 payment.
  $ tail -n 4 books/journal/2024.dues
  2024-04-05 invoice INV-2024-0050 customer mueller due 2024-05-05 total 60.00 EUR
  2024-04-03 payment PAY-2024-0005 customer mueller amount 60.00 EUR method bank ref "Vorauszahlung INV-2024-0050" bank "giro:69826aec520ff91e#1"
  2024-04-05 allocate PAY-2024-0005
    apply INV-2024-0050 60.00
  $ dues -C books check
  ok: 3 customers, 8 invoices, 0 credit notes, 5 payments, 0 refunds in 1 journal file

A row that cannot be read is an error naming file:line:col; nothing is recorded
from such a file (exit 3), and every bad row is reported at once.

  $ cat > bad.csv <<'END'
  > Datum;Auftraggeber;IBAN;Verwendungszweck;Soll;Haben;Status
  > 24.03.2024;Globex GmbH;;x;;1.2345,00;gebucht
  > 31.02.2024;Globex GmbH;;y;;10,00;gebucht
  > 25.03.2024;Globex GmbH;;z;5,00;10,00;gebucht
  > 26.03.2024;Globex GmbH;;INV-2024-0047;;150,00;gebucht
  > END
  $ cp books/journal/2024.dues before.dues
  $ dues -C books reconcile bad.csv --profile giro --apply
  dues: error: bad.csv:2:28: not an amount with decimal mark ',' and thousands separator '.': '1.2345,00'
  dues: error: bad.csv:3:1: not a date in the format '%d.%m.%Y': '31.02.2024'
  dues: error: bad.csv:4:32: both the credit and the debit cell hold an amount: '10' and '5'
  dues: error: the bank file bad.csv has 3 errors; nothing was recorded
  [3]
  $ cmp before.dues books/journal/2024.dues

--profile-check shows the rows it could read and marks the others; the errors go to
stderr and the exit status is 3.

  $ dues -C books reconcile --profile giro --profile-check bad.csv
  bad.csv read with bank profile giro (encoding utf-8)
  header at line 1: 1=Datum | 2=Auftraggeber | 3=IBAN | 4=Verwendungszweck | 5=Soll | 6=Haben | 7=Status
  
  LINE  RESULT   DATE            AMOUNT  FEE  PAYER        ACCOUNT  ID  STATUS   REFERENCE
     2  error
     3  error
     4  error
     5  receipt  2024-03-26  150.00 EUR       Globex GmbH               gebucht  INV-2024-0047
  
  4 rows shown, 3 with errors
  dues: error: bad.csv:2:28: not an amount with decimal mark ',' and thousands separator '.': '1.2345,00'
  dues: error: bad.csv:3:1: not a date in the format '%d.%m.%Y': '31.02.2024'
  dues: error: bad.csv:4:32: both the credit and the debit cell hold an amount: '10' and '5'
  [3]
  $ dues -C books reconcile missing.csv --profile giro
  dues: error: cannot read missing.csv: No such file or directory
  [3]
  $ printf 'Datum;Haben\n01.03.2024;\xff\n' > binary.csv
  $ dues -C books reconcile binary.csv --profile giro
  dues: error: binary.csv:2:12: not valid utf-8 text: byte 0xFF at byte offset 23 (set 'encoding' in the bank profile)
  [3]

Command-line mistakes are usage errors (exit 2):

  $ dues -C books reconcile march.csv
  dues: error: --profile NAME is required for a CSV file (a [bank.NAME] table of dues.toml or bank/NAME.toml)
  [2]
  $ dues -C books reconcile --profile giro
  dues: error: which bank file? (dues reconcile FILE --profile NAME)
  [2]
  $ dues -C books reconcile march.csv --profile nosuch
  dues: error: --profile: no bank profile 'nosuch' ([bank.nosuch] in dues.toml or bank/nosuch.toml); known: giro
  [2]
  $ dues -C books reconcile march.csv --profile giro --format csv
  dues: error: --format: expected one of table, json, not 'csv'
  [2]
  $ dues -C books reconcile march.csv --profile giro --date-tolerance -1
  dues: error: --date-tolerance: expected 0 to 366 days, not -1
  [2]
  $ dues -C books reconcile --profile giro --profile-check march.csv --apply
  dues: error: --profile-check FILE takes no other bank file and cannot be combined with --apply
  [2]

Encodings: a GBK export (as older Chinese bank files are) and a CP1252 one (as
German and Dutch banks write), made here with iconv. Profiles can live in
bank/NAME.toml, one per file.

  $ cat > books/bank/gbk.toml <<'END'
  > encoding = "gbk"
  > date = "日期"
  > credit = "收入"
  > debit = "支出"
  > thousands-separator = ","
  > payer-name = "对方户名"
  > reference = "摘要"
  > currency = "EUR"
  > END
  $ printf '日期,收入,支出,对方户名,摘要\n2024-03-25,150.00,,格罗贝克斯,INV-2024-0047\n2024-03-26,,13.40,餐厅,午餐\n' | iconv -f UTF-8 -t GBK > gbk.csv
  $ dues -C books reconcile --profile gbk --profile-check gbk.csv
  gbk.csv read with bank profile gbk (encoding gbk)
  header at line 1: 1=\xe6\x97\xa5\xe6\x9c\x9f | 2=\xe6\x94\xb6\xe5\x85\xa5 | 3=\xe6\x94\xaf\xe5\x87\xba | 4=\xe5\xaf\xb9\xe6\x96\xb9\xe6\x88\xb7\xe5\x90\x8d | 5=\xe6\x91\x98\xe8\xa6\x81 (esc)
  
  LINE  RESULT    DATE            AMOUNT  FEE  PAYER       ACCOUNT  ID  STATUS  REFERENCE
     2  receipt   2024-03-25  150.00 EUR       \xe6\xa0\xbc\xe7\xbd\x97\xe8\xb4\x9d\xe5\x85\x8b\xe6\x96\xaf                       INV-2024-0047 (esc)
     3  outgoing  2024-03-26  -13.40 EUR       \xe9\xa4\x90\xe5\x8e\x85                             \xe5\x8d\x88\xe9\xa4\x90 (esc)
  
  2 rows shown, 0 with errors
  $ dues -C books reconcile gbk.csv --profile gbk | grep -A2 '^Matched'
  Matched (1)
  LINE  DATE            AMOUNT  CUSTOMER  PAYMENT        TIER  CONF  APPLY                 WHY
     2  2024-03-25  150.00 EUR  initech   PAY-2024-0006  1     95    INV-2024-0047 150.00  invoice number INV-2024-0047 in the text; amount equals its open amount
  $ cat > books/bank/cp1252.toml <<'END'
  > encoding = "cp1252"
  > delimiter = ";"
  > date = "Datum"
  > date-format = "%d.%m.%Y"
  > amount = "Betrag"
  > decimal-mark = ","
  > thousands-separator = "."
  > payer-name = "Name"
  > reference = "Zweck"
  > currency = "EUR"
  > END
  $ printf 'Datum;Name;Zweck;Betrag\n27.03.2024;Müller & Söhne KG;Danke für alles – € 1.234,00;1.234,00\n' | iconv -f UTF-8 -t CP1252 > cp1252.csv
  $ dues -C books reconcile --profile cp1252 --profile-check cp1252.csv
  cp1252.csv read with bank profile cp1252 (encoding cp1252)
  header at line 1: 1=Datum | 2=Name | 3=Zweck | 4=Betrag
  
  LINE  RESULT   DATE             AMOUNT  FEE  PAYER              ACCOUNT  ID  STATUS  REFERENCE
     2  receipt  2024-03-27  1234.00 EUR       M\xc3\xbcller & S\xc3\xb6hne KG                       Danke f\xc3\xbcr alles \xe2\x80\x93 \xe2\x82\xac 1.234,00 (esc)
  
  1 row shown, 0 with errors
  $ dues -C books reconcile --profile giro --profile-check gbk.csv
  dues: error: gbk.csv:1:1: not valid utf-8 text: byte 0xC8 at byte offset 0 (set 'encoding' in the bank profile)
  [3]

A profile with mistakes is reported by `dues check` and by reconcile, with
file:line:col:

  $ cat > books/bank/broken.toml <<'END'
  > date = "Datum"
  > amount = "Betrag"
  > decimal-mark = ";"
  > currency = "EURO"
  > skip = 3
  > END
  $ dues -C books check
  dues: error: bank/broken.toml:3:16: bank profile 'broken': 'decimal-mark' must be "." or ","
  dues: error: bank/broken.toml:4:12: bank profile 'broken': unknown currency 'EURO' (expected an ISO 4217 code)
  dues: error: bank/broken.toml:5:1: unknown key 'skip' in bank profile 'broken'
  dues: error: the ledger has 3 errors; nothing was changed
  [3]
  $ dues -C books reconcile march.csv --profile broken
  dues: error: bank/broken.toml:3:16: bank profile 'broken': 'decimal-mark' must be "." or ","
  dues: error: bank/broken.toml:4:12: bank profile 'broken': unknown currency 'EURO' (expected an ISO 4217 code)
  dues: error: bank/broken.toml:5:1: unknown key 'skip' in bank profile 'broken'
  dues: error: bank profile broken has 3 errors; nothing was recorded
  [3]
  $ rm books/bank/broken.toml
  $ dues -C books check
  ok: 3 customers, 8 invoices, 0 credit notes, 5 payments, 0 refunds in 1 journal file

A plan reads the bank file on another thread while the ledger loads; what either
says comes out as if the bank file were read first: its problems alone when it does
not read, the ledger's when only the ledger is broken (and the same on one thread).

  $ cp -R books broken-books
  $ echo "2024-03-30 payment PAY-2024-0099 customer nobody amount 1.00 EUR" >> broken-books/journal/2024.dues
  $ for threads in 2 1; do
  >   DUES_PARSE_THREADS=$threads dues -C broken-books reconcile missing.csv --profile giro; echo "exit $?"
  >   DUES_PARSE_THREADS=$threads dues -C broken-books reconcile march.csv --profile giro; echo "exit $?"
  > done
  dues: error: cannot read missing.csv: No such file or directory
  exit 3
  dues: error: journal/2024.dues:*: unknown customer 'nobody' (not in customers.toml) (glob)
  dues: error: the ledger has 1 error; nothing was changed
  exit 3
  dues: error: cannot read missing.csv: No such file or directory
  exit 3
  dues: error: journal/2024.dues:*: unknown customer 'nobody' (not in customers.toml) (glob)
  dues: error: the ledger has 1 error; nothing was changed
  exit 3

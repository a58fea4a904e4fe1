dues statement: opening balance, every movement with the running balance, closing
balance and aging as of --to.

  $ dues --today 2026-01-01 init ledger > /dev/null
  $ cd ledger
  $ cat >> customers.toml <<'EOF'
  > [acme]
  > name = "ACME Corporation"
  > 
  > [sato]
  > name = "佐藤商事株式会社"
  > currency = "JPY"
  > 
  > [evil]
  > name = "<b>Evil & Co</b>"
  > EOF
  $ cat >> journal/2026.dues <<'EOF'
  > 
  > 2026-01-05 invoice INV-2026-0001 customer acme due 2026-02-04 total 1000.00 EUR
  > 2026-01-20 invoice INV-2026-0002 customer acme due 2026-02-19 total 500.00 EUR ref "RF18 5390 0754 7034"
  > 2026-01-21 invoice INV-2026-0003 customer acme due 2026-02-20 total 70.00 EUR
  > 2026-02-01 payment PAY-2026-0001 customer acme amount 995.00 EUR fee 5.00 method bank ref "SEPA 1"
  >   apply INV-2026-0001 1000.00
  > 2026-02-05 void INV-2026-0003 reason "Issued twice"
  > 2026-02-10 credit CN-2026-0001 customer acme invoice INV-2026-0002 reason "Damaged" total 100.00 EUR
  >   apply INV-2026-0002 100.00
  > 2026-02-28 writeoff INV-2026-0002 amount 20.00 EUR reason "Rounding"
  > 2026-03-05 payment PAY-2026-0002 customer acme amount 450.00 EUR method cash
  >   apply INV-2026-0002 380.00
  > 2026-03-06 refund RFD-2026-0001 customer acme amount 30.00 EUR method bank
  > 2026-01-07 invoice INV-2026-0004 customer acme due 2026-02-06 total 40.00 USD
  > 2026-01-08 invoice INV-2026-0005 customer sato due 2026-02-07 total 150000 JPY
  > 2026-01-09 invoice INV-2026-0006 customer evil due 2026-02-08 total 1.00 EUR ref "</td><script>x</script>"
  > EOF
  $ export DUES_TODAY=2026-03-31
  $ dues check
  ok: 3 customers, 6 invoices, 1 credit note, 2 payments, 1 refund in 1 journal file

  $ dues statement acme --from 2026-01-21
  Statement of account for ACME Corporation (acme)
  Period: 2026-01-21 to 2026-03-31
  
  EUR
  DATE        TYPE         DOCUMENT       DETAIL                       AMOUNT  BALANCE
  2026-01-20  opening                                                          1500.00
  2026-01-21  invoice      INV-2026-0003  due 2026-02-20                70.00  1570.00
  2026-02-01  payment      PAY-2026-0001  bank, ref SEPA 1            -995.00   575.00
  2026-02-01  fee          PAY-2026-0001  bank charges                  -5.00   570.00
  2026-02-05  void         INV-2026-0003  Issued twice                 -70.00   500.00
  2026-02-10  credit-note  CN-2026-0001   for INV-2026-0002, Damaged  -100.00   400.00
  2026-02-28  write-off    INV-2026-0002  Rounding                     -20.00   380.00
  2026-03-05  payment      PAY-2026-0002  cash                        -450.00   -70.00
  2026-03-06  refund       RFD-2026-0001  bank                          30.00   -40.00
  ------------------------------------------------------------------------------------
  2026-03-31  closing                                                           -40.00
  
  Aging as of 2026-03-31
  NOT DUE  1-30  31-60  61-90   90+  CREDIT   TOTAL
     0.00  0.00   0.00   0.00  0.00  -40.00  -40.00
  
  USD
  DATE        TYPE     DOCUMENT  DETAIL  AMOUNT  BALANCE
  2026-01-20  opening                              40.00
  ------------------------------------------------------
  2026-03-31  closing                              40.00
  
  Aging as of 2026-03-31
  NOT DUE  1-30  31-60  61-90   90+  CREDIT  TOTAL
     0.00  0.00  40.00   0.00  0.00    0.00  40.00

The closing balance is the aging total on the same day.

  $ dues aging --customer acme --as-of 2026-02-28 --format csv
  as_of,basis,currency,customer,name,not due,1-30,31-60,61-90,90+,credit,total
  2026-02-28,due,EUR,acme,ACME Corporation,0.00,380.00,0.00,0.00,0.00,0.00,380.00
  2026-02-28,due,USD,acme,ACME Corporation,0.00,40.00,0.00,0.00,0.00,0.00,40.00
  $ dues statement acme --to 2026-02-28 --currency EUR --format csv
  customer,currency,date,type,document,detail,amount,balance
  acme,EUR,,opening,,,,0.00
  acme,EUR,2026-01-05,invoice,INV-2026-0001,due 2026-02-04,1000.00,1000.00
  acme,EUR,2026-01-20,invoice,INV-2026-0002,"due 2026-02-19, ref RF18 5390 0754 7034",500.00,1500.00
  acme,EUR,2026-01-21,invoice,INV-2026-0003,due 2026-02-20,70.00,1570.00
  acme,EUR,2026-02-01,payment,PAY-2026-0001,"bank, ref SEPA 1",-995.00,575.00
  acme,EUR,2026-02-01,fee,PAY-2026-0001,bank charges,-5.00,570.00
  acme,EUR,2026-02-05,void,INV-2026-0003,Issued twice,-70.00,500.00
  acme,EUR,2026-02-10,credit-note,CN-2026-0001,"for INV-2026-0002, Damaged",-100.00,400.00
  acme,EUR,2026-02-28,write-off,INV-2026-0002,Rounding,-20.00,380.00
  acme,EUR,2026-02-28,closing,,,,380.00
  acme,EUR,2026-02-28,aging,,not due,0.00,
  acme,EUR,2026-02-28,aging,,1-30,380.00,
  acme,EUR,2026-02-28,aging,,31-60,0.00,
  acme,EUR,2026-02-28,aging,,61-90,0.00,
  acme,EUR,2026-02-28,aging,,90+,0.00,
  acme,EUR,2026-02-28,aging,,credit,0.00,
  acme,EUR,2026-02-28,aging,,total,380.00,

JSON for scripts; CJK names line up; zero-decimal yen.

  $ dues statement sato --from 2026-03-01 --format json
  {
    "customer": "sato",
    "name": "佐藤商事株式会社",
    "from": "2026-03-01",
    "to": "2026-03-31",
    "bucket_labels": [
      "not due",
      "1-30",
      "31-60",
      "61-90",
      "90+"
    ],
    "currencies": [
      {
        "currency": "JPY",
        "opening": "150000",
        "movements": [],
        "closing": "150000",
        "aging": {
          "buckets": [
            "0",
            "0",
            "150000",
            "0",
            "0"
          ],
          "credit": "0",
          "total": "150000"
        }
      }
    ],
    "history": []
  }
  $ dues statement sato | head -1
  Statement of account for 佐藤商事株式会社 (sato)

HTML is one self-contained UTF-8 page; every text is escaped.

  $ dues statement evil --format html > statement.html
  $ grep -c '<meta charset="utf-8">' statement.html
  1
  $ grep -o '<h1>.*</h1>' statement.html
  <h1>Statement of account for &lt;b&gt;Evil &amp; Co&lt;/b&gt; (evil)</h1>
  $ grep -o 'ref &lt;/td&gt;&lt;script&gt;x&lt;/script&gt;' statement.html
  ref &lt;/td&gt;&lt;script&gt;x&lt;/script&gt;
  $ grep -c '<script' statement.html
  0
  [1]
  $ grep -c -e '<link' -e 'src=' statement.html
  0
  [1]

Errors.

  $ dues statement nobody
  dues: error: unknown customer 'nobody' (not in customers.toml)
  [2]
  $ dues statement acme --from 2026-04-01 --to 2026-03-01
  dues: error: --from 2026-04-01 is after --to 2026-03-01
  [2]
  $ dues statement acme --format docx
  dues: error: --format: expected one of table, csv, json, html, xlsx, pdf, not 'docx'
  [2]
  $ dues statement acme --currency EURO
  dues: error: --currency: unknown currency 'EURO' (expected an ISO 4217 code such as EUR)
  [2]

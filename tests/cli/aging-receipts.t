dues aging after receipts: as-of sees only earlier events, instalments age separately,
disputed items are flagged, CJK names line up, colour only when asked for.

  $ dues --today 2026-01-01 init ledger > /dev/null
  $ cd ledger
  $ cat >> customers.toml <<'EOF'
  > [acme]
  > name = "ACME Corporation"
  > 
  > [sato]
  > name = "佐藤商事株式会社"
  > currency = "JPY"
  > EOF
  $ cat >> journal/2026.dues <<'EOF'
  > 
  > 2026-01-12 invoice INV-2026-0001 customer acme total 900.00 EUR
  >   instalment 2026-02-01 300.00
  >   instalment 2026-03-01 300.00
  >   instalment 2026-04-01 300.00
  > 2026-01-15 invoice INV-2026-0002 customer sato due 2026-02-15 total 150000 JPY
  > 2026-02-20 payment PAY-2026-0001 customer acme amount 450.00 EUR
  >   apply INV-2026-0001 450.00
  > 2026-03-02 dispute INV-2026-0002 reason "Wrong quantity"
  > 2026-03-05 payment PAY-2026-0002 customer sato amount 20000 JPY
  > EOF

Before the payment and the dispute:

  $ dues aging --as-of 2026-02-19 --detail
  Aging as of 2026-02-19 by due date
  
  EUR
  CUSTOMER  NAME                NOT DUE    1-30  31-60  61-90   90+  CREDIT           TOTAL
  acme      ACME Corporation     600.00  300.00   0.00   0.00  0.00    0.00          900.00
              INV-2026-0001 #1           300.00                              due 2026-02-01
              INV-2026-0001 #2   300.00                                      due 2026-03-01
              INV-2026-0001 #3   300.00                                      due 2026-04-01
  -----------------------------------------------------------------------------------------
  total                          600.00  300.00   0.00   0.00  0.00    0.00          900.00
  
  JPY
  CUSTOMER  NAME              NOT DUE    1-30  31-60  61-90  90+  CREDIT           TOTAL
  sato      佐藤商事株式会社        0  150000      0      0    0       0          150000
              INV-2026-0002            150000                             due 2026-02-15
  --------------------------------------------------------------------------------------
  total                             0  150000      0      0    0       0          150000

After them: the payment paid instalment 1 and half of 2; the disputed invoice is flagged;
the unapplied yen are credit.

  $ dues aging --as-of 2026-03-10 --detail
  Aging as of 2026-03-10 by due date
  
  EUR
  CUSTOMER  NAME                NOT DUE    1-30  31-60  61-90   90+  CREDIT           TOTAL
  acme      ACME Corporation     300.00  150.00   0.00   0.00  0.00    0.00          450.00
              INV-2026-0001 #2           150.00                              due 2026-03-01
              INV-2026-0001 #3   300.00                                      due 2026-04-01
  -----------------------------------------------------------------------------------------
  total                          300.00  150.00   0.00   0.00  0.00    0.00          450.00
  
  JPY
  CUSTOMER  NAME                        NOT DUE    1-30  31-60  61-90  90+  CREDIT           TOTAL
  sato      佐藤商事株式会社                  0  150000      0      0    0  -20000          130000
              INV-2026-0002 (disputed)           150000                             due 2026-02-15
  ------------------------------------------------------------------------------------------------
  total                                       0  150000      0      0    0  -20000          130000
  $ dues aging --as-of 2026-03-10 --format json --currency JPY | grep '"disputed"'
            "disputed": "150000"
          "disputed": "150000"

Colour only when asked for (stdout is not a terminal here), and a short bucket list on
the invoice basis.

  $ dues aging --as-of 2026-03-10 --basis invoice --buckets 30 --currency EUR --color always
  Aging as of 2026-03-10 by invoice date
  
  EUR
  \x1b[1mCUSTOMER  NAME              0-30     30+  CREDIT   TOTAL\x1b[0m (esc)
  \x1b[31macme      ACME Corporation  0.00  450.00    0.00  450.00\x1b[0m (esc)
  --------------------------------------------------------
  \x1b[1mtotal                       0.00  450.00    0.00  450.00\x1b[0m (esc)
  $ dues aging --as-of 2026-03-10 --currency EUR | grep -c $'\x1b'
  0
  [1]
  $ dues aging --currency EURO
  dues: error: --currency: unknown currency 'EURO' (expected an ISO 4217 code such as EUR)
  [2]

README.md's "A 5-minute tour", run for real. Every shell block of the tour must appear
here, word for word and in order (tests/lint/check-readme.sh checks that), so the README
cannot show a command or an output that this test does not prove. Lines that are not
in the README (setup, the hand edit of step 9) are marked "not in the README".

The tour runs in a checkout of the repository (not in the README: the examples are
linked in so that ../examples/bank-profiles/ resolves):

  $ ln -s "$ROOT/examples" examples

  $ export PATH=$PWD/build/release/src:$PATH
  $ export DUES_TODAY=2026-11-23        # leave this out to use the real date

1. Start a ledger

  $ dues init books --company "Example GmbH"
  created a ledger in books: dues.toml, customers.toml, journal/2026.dues
  note: dues.toml's [dunning.interest] base-rates (Germany's Basiszinssatz, BGB section 247) go through 2026-06-30 (base-rates-until), and only 1.27% from 2026-01-01 was verified; today (2026-11-23) is already past it, so `dues remind` stops at levels with interest until you add the rate in force from 2026-07-01 as `{ from = 2026-07-01, rate = "R%" },` to base-rates and set base-rates-until = 2026-12-31. The Deutsche Bundesbank fixes the rate for each 1 January and 1 July and publishes it on bundesbank.de and in the Bundesanzeiger (docs/dunning.md, "Base rates").
  $ cd books

2. Add customers

  $ dues customer add acme --name "ACME Corporation" --email ap@acme.example --terms net30
  added customer acme
  $ dues customer add globex --name "Globex GmbH" --terms net14 --bank-account "DE89 3704 0044 0532 0130 00"
  added customer globex
  $ dues customer list
  ID      NAME              CURRENCY  TERMS  CREDIT LIMIT  TAGS
  acme    ACME Corporation            net30
  globex  Globex GmbH                 net14

3. Issue an invoice

  $ dues invoice new acme --date 2026-09-01 --item "Consulting, August:12:100.00:standard"
  issued INV-2026-0001 acme 1440.00 EUR due 2026-10-01
  $ tail -n 3 journal/2026.dues
  2026-09-01 invoice INV-2026-0001 customer acme due 2026-10-01 terms net30 subtotal 1200.00 total 1440.00 EUR
    item "Consulting, August" qty 12 price 100.00 tax standard amount 1200.00
    tax standard rate 20% base 1200.00 amount 240.00

4. Draft an invoice, then issue it

  $ dues invoice new globex --draft --date 2026-11-02 --item "Workshop, 2 days:2:1250.00:standard"
  drafted drafts/globex-2026-11-02.toml for globex (3000.00 EUR as of today); issue it with 'dues invoice issue globex-2026-11-02'
  $ dues invoice issue globex-2026-11-02
  issued INV-2026-0002 globex 3000.00 EUR due 2026-11-16

5. Render it

  $ dues invoice render INV-2026-0001 --format html --output INV-2026-0001.html
  $ grep -o '<title>.*</title>' INV-2026-0001.html
  <title>Invoice INV-2026-0001</title>

6. Record a payment

  $ dues pay acme 1000.00 --date 2026-10-15 --ref INV-2026-0001
  recorded payment PAY-2026-0001 on 2026-10-15: 1000.00 EUR from acme
  INVOICE        FROM           APPLIED    OPEN  STATE
  INV-2026-0001  PAY-2026-0001  1000.00  440.00  overdue
  unapplied: 0.00 EUR of PAY-2026-0001; acme has 0.00 EUR unapplied credit

7. Reconcile a bank export

  $ mkdir bank && cp ../examples/bank-profiles/n26.toml bank/
  $ cat > november.csv <<'EOF'
  > "Booking Date","Value Date","Partner Name","Partner Iban",Type,"Payment Reference","Account Name","Amount (EUR)","Original Amount","Original Currency","Exchange Rate"
  > 2026-11-16,2026-11-16,"Globex GmbH",DE89370400440532013000,"Credit Transfer","Invoice INV-2026-0002","Main Account",3000.00,,,
  > 2026-11-17,2026-11-17,"Office Supplies AG",,"Debit Transfer","Order 5521","Main Account",-89.90,,,
  > EOF
  $ dues reconcile november.csv --profile n26
  november.csv (bank profile n26): 1 receipt, 1 other row
  
  Matched (1)
  LINE  DATE             AMOUNT  CUSTOMER  PAYMENT        TIER  CONF  APPLY                  WHY
     2  2026-11-16  3000.00 EUR  globex    PAY-2026-0002  1     95    INV-2026-0002 3000.00  invoice number INV-2026-0002 in the text; amount equals its open amount
  
  Skipped (1)
  LINE  REASON    DATE        AMOUNT  TEXT
     3  outgoing  2026-11-17  -89.90  Office Supplies AG Order 5521
  
  1 matched, 0 ambiguous, 0 unmatched, 0 already imported, 1 skipped
  Nothing recorded yet: run with --apply to record the 1 matched line.
  $ dues reconcile november.csv --profile n26 --apply | tail -n 1
  Recorded 1 payment.

8. Reports

  $ dues aging
  Aging as of 2026-11-23 by due date
  
  EUR
  CUSTOMER  NAME              NOT DUE  1-30   31-60  61-90   90+  CREDIT   TOTAL
  acme      ACME Corporation     0.00  0.00  440.00   0.00  0.00    0.00  440.00
  ------------------------------------------------------------------------------
  total                          0.00  0.00  440.00   0.00  0.00    0.00  440.00
  $ dues aging --as-of 2026-09-30 --detail
  Aging as of 2026-09-30 by due date
  
  EUR
  CUSTOMER  NAME              NOT DUE  1-30  31-60  61-90   90+  CREDIT           TOTAL
  acme      ACME Corporation  1440.00  0.00   0.00   0.00  0.00    0.00         1440.00
              INV-2026-0001   1440.00                                    due 2026-10-01
  -------------------------------------------------------------------------------------
  total                       1440.00  0.00   0.00   0.00  0.00    0.00         1440.00
  $ dues aging --format csv
  as_of,basis,currency,customer,name,not due,1-30,31-60,61-90,90+,credit,total
  2026-11-23,due,EUR,acme,ACME Corporation,0.00,0.00,440.00,0.00,0.00,0.00,440.00
  $ dues statement acme
  Statement of account for ACME Corporation (acme)
  Period: up to 2026-11-23
  
  EUR
  DATE        TYPE     DOCUMENT       DETAIL               AMOUNT  BALANCE
              opening                                                 0.00
  2026-09-01  invoice  INV-2026-0001  due 2026-10-01      1440.00  1440.00
  2026-10-15  payment  PAY-2026-0001  ref INV-2026-0001  -1000.00   440.00
  ------------------------------------------------------------------------
  2026-11-23  closing                                               440.00
  
  Aging as of 2026-11-23
  NOT DUE  1-30   31-60  61-90   90+  CREDIT   TOTAL
     0.00  0.00  440.00   0.00  0.00    0.00  440.00

9. Make a mistake (not in the README: the hand edit it describes)

  $ sed -i 's/total 1440.00 EUR/total 1400.00 EUR/' journal/2026.dues

  $ dues check; echo "exit status $?"
  dues: error: journal/2026.dues:9:1: INV-2026-0001: stored total 1400.00 EUR does not match the items: 1440.00 EUR
  dues: error: the ledger has 1 error; nothing was changed
  exit status 3

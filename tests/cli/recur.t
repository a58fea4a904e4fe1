dues recur: recurring invoices from templates in dues.toml ([recurring.NAME]) or
recurring/NAME.toml, issued once per period, however often it runs.

  $ export DUES_TODAY=2026-03-01
  $ . "$TESTS/cli/invoicing_ledger.sh"
  $ cat >> dues.toml <<'END'
  > 
  > [recurring.hosting]
  > customer = "acme"
  > schedule = "monthly"
  > day = 31                      # the last day of every month
  > start = "2026-01-15"
  > terms = "net14"
  > [[recurring.hosting.items]]
  > description = "Hosting {period}"
  > price = "49.00"
  > END
  $ mkdir recurring
  $ cat > recurring/support.toml <<'END'
  > customer = "bolt"
  > schedule = "quarterly"
  > start = "2026-01-01"
  > end = "2026-12-31"
  > items = [ { description = "Support Q {month}/{year}", price = "30000", tax = "reduced" } ]
  > END
  $ dues check
  ok: 2 customers, 0 invoices, 0 credit notes, 0 payments, 0 refunds in 1 journal file

Nothing due yet is not an error, and prints nothing:

  $ dues recur --as-of 2025-12-31
  $ cat journal/2026.dues

--dry-run shows what would be issued; the first run issues every period due, oldest
first, each recording its template and period:

  $ dues recur --dry-run | grep invoice
  2026-01-01 invoice INV-2026-0001 customer bolt due 2026-01-15 terms net14 subtotal 30000 total 32100 JPY origin recurring:support/2026-01
  2026-01-31 invoice INV-2026-0002 customer acme due 2026-02-14 terms net14 subtotal 49.00 total 58.31 EUR origin recurring:hosting/2026-01
  2026-02-28 invoice INV-2026-0003 customer acme due 2026-03-14 terms net14 subtotal 49.00 total 58.31 EUR origin recurring:hosting/2026-02
  $ cmp /dev/null journal/2026.dues
  $ dues recur
  issued INV-2026-0001 bolt 32100 JPY due 2026-01-15 (support 2026-01)
  issued INV-2026-0002 acme 58.31 EUR due 2026-02-14 (hosting 2026-01)
  issued INV-2026-0003 acme 58.31 EUR due 2026-03-14 (hosting 2026-02)
  $ cat journal/2026.dues
  2026-01-01 invoice INV-2026-0001 customer bolt due 2026-01-15 terms net14 subtotal 30000 total 32100 JPY origin recurring:support/2026-01
    item "Support Q 01/2026" price 30000 tax reduced amount 30000
    tax reduced rate 7% base 30000 amount 2100
  2026-01-31 invoice INV-2026-0002 customer acme due 2026-02-14 terms net14 subtotal 49.00 total 58.31 EUR origin recurring:hosting/2026-01
    item "Hosting 2026-01" price 49.00 tax standard amount 49.00
    tax standard rate 19% base 49.00 amount 9.31
  2026-02-28 invoice INV-2026-0003 customer acme due 2026-03-14 terms net14 subtotal 49.00 total 58.31 EUR origin recurring:hosting/2026-02
    item "Hosting 2026-02" price 49.00 tax standard amount 49.00
    tax standard rate 19% base 49.00 amount 9.31

Running again (cron, or a second clone) issues nothing twice:

  $ dues recur
  $ dues recur --as-of 2026-04-30
  issued INV-2026-0004 acme 58.31 EUR due 2026-04-14 (hosting 2026-03)
  issued INV-2026-0005 bolt 32100 JPY due 2026-04-15 (support 2026-04)
  issued INV-2026-0006 acme 58.31 EUR due 2026-05-14 (hosting 2026-04)
  $ dues check
  ok: 2 customers, 6 invoices, 0 credit notes, 0 payments, 0 refunds in 1 journal file

A void invoice of a period is not issued again (void it and issue by hand if needed):

  $ dues invoice void INV-2026-0006 --reason "Hosting paused in April" --date 2026-04-30
  voided INV-2026-0006 on 2026-04-30; its number stays used
  $ dues recur --as-of 2026-04-30

The end of a template stops it (support ends in 2026). An invoice beyond the credit
limit is reported (exit 1) while the others are issued; invoices of one run count
together:

  $ dues recur --as-of 2027-01-31
  issued INV-2026-0007 acme 58.31 EUR due 2026-06-14 (hosting 2026-05)
  issued INV-2026-0008 acme 58.31 EUR due 2026-07-14 (hosting 2026-06)
  issued INV-2026-0009 bolt 32100 JPY due 2026-07-15 (support 2026-07)
  issued INV-2026-0010 acme 58.31 EUR due 2026-08-14 (hosting 2026-07)
  issued INV-2026-0011 acme 58.31 EUR due 2026-09-14 (hosting 2026-08)
  issued INV-2026-0012 acme 58.31 EUR due 2026-10-14 (hosting 2026-09)
  issued INV-2026-0013 bolt 32100 JPY due 2026-10-15 (support 2026-10)
  issued INV-2026-0014 acme 58.31 EUR due 2026-11-14 (hosting 2026-10)
  issued INV-2026-0015 acme 58.31 EUR due 2026-12-14 (hosting 2026-11)
  issued INV-2026-0016 acme 58.31 EUR due 2027-01-14 (hosting 2026-12)
  issued INV-2027-0001 acme 58.31 EUR due 2027-02-14 (hosting 2027-01)
  $ dues customer set acme credit-limit 300
  customer acme: credit-limit "300"
  $ dues recur --as-of 2027-03-31
  dues: error: recurring template 'hosting' 2027-02: INV-2027-0002 for 58.31 EUR would take customer 'acme' to a balance of 758.03 EUR, over the credit limit of 300.00 EUR (open now: 699.72 EUR); nothing was issued (use --over-limit to issue it anyway)
  dues: error: recurring template 'hosting' 2027-03: INV-2027-0002 for 58.31 EUR would take customer 'acme' to a balance of 758.03 EUR, over the credit limit of 300.00 EUR (open now: 699.72 EUR); nothing was issued (use --over-limit to issue it anyway)
  [1]
  $ dues customer set acme credit-limit 780
  customer acme: credit-limit "780"
  $ dues recur --as-of 2027-03-31
  issued INV-2027-0002 acme 58.31 EUR due 2027-03-14 (hosting 2027-02)
  dues: error: recurring template 'hosting' 2027-03: INV-2027-0003 for 58.31 EUR would take customer 'acme' to a balance of 816.34 EUR, over the credit limit of 780.00 EUR (open now: 758.03 EUR); nothing was issued (use --over-limit to issue it anyway)
  [1]
  $ dues recur --as-of 2027-03-31 --over-limit
  issued INV-2027-0003 acme 58.31 EUR due 2027-04-14 (hosting 2027-03)

Broken templates are invalid input with file:line:col, for 'dues check' too:

  $ cat > recurring/bad.toml <<'END'
  > customer = "nobody"
  > schedule = "weekly"
  > start = "2026-02-30"
  > items = [ { description = "X", price = "1", tax = "gold" } ]
  > END
  $ dues check
  dues: error: recurring/bad.toml:1:1: recurring template 'bad': unknown customer 'nobody' (not in customers.toml)
  dues: error: recurring/bad.toml:2:12: 'schedule' in recurring template recurring/bad.toml must be "monthly", "quarterly" or "yearly"
  dues: error: recurring/bad.toml:3:9: 'start' in recurring template recurring/bad.toml must be a date written "YYYY-MM-DD"
  dues: error: recurring/bad.toml:4:11: recurring template 'bad': unknown tax code 'gold' (not in [taxes] of dues.toml)
  dues: error: the ledger has 4 errors; nothing was changed
  [3]
  $ dues recur
  dues: error: recurring/bad.toml:1:1: recurring template 'bad': unknown customer 'nobody' (not in customers.toml)
  dues: error: recurring/bad.toml:2:12: 'schedule' in recurring template recurring/bad.toml must be "monthly", "quarterly" or "yearly"
  dues: error: recurring/bad.toml:3:9: 'start' in recurring template recurring/bad.toml must be a date written "YYYY-MM-DD"
  dues: error: recurring/bad.toml:4:11: recurring template 'bad': unknown tax code 'gold' (not in [taxes] of dues.toml)
  dues: error: the ledger has 4 errors; nothing was changed
  [3]

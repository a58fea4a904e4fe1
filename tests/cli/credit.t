dues credit: credit notes in their own gapless series, linked to the invoice, priced as
the invoice was, and applied to what the invoice still has open.

  $ export DUES_TODAY=2026-03-01
  $ . "$TESTS/cli/invoicing_ledger.sh"
  $ dues invoice new acme --date 2026-01-31 --item "Consulting:10:120.00" --item "Books:3:9.99:reduced:10%" --discount 5%
  issued INV-2026-0001 acme 1384.01 EUR due 2026-03-02
  $ cat >> journal/2026.dues <<'END'
  > 2026-02-15 payment PAY-2026-0001 customer acme amount 1000.00 EUR
  >   apply INV-2026-0001 1000.00
  > END

Part of an invoice: the items credited, taxed at the rate on the invoice; the credit
is applied to the invoice's open amount (here all of it fits):

  $ dues credit INV-2026-0001 --item "Consulting:2:120.00" --reason "Two hours not worked" --date 2026-02-20
  issued credit note CN-2026-0001 for INV-2026-0001: 285.60 EUR, 285.60 EUR applied to INV-2026-0001
  $ tail -n 4 journal/2026.dues
  2026-02-20 credit CN-2026-0001 customer acme invoice INV-2026-0001 subtotal 240.00 total 285.60 EUR reason "Two hours not worked"
    item "Consulting" qty 2 price 120.00 tax standard amount 240.00
    tax standard rate 19% base 240.00 amount 45.60
    apply INV-2026-0001 285.60
  $ dues invoice show INV-2026-0001 | tail -n 4
  2026-02-15  payment  PAY-2026-0001  1000.00
  2026-02-20  credit   CN-2026-0001    285.60
  
  credit notes: CN-2026-0001

The rest of the invoice in full would credit more than was invoiced; --full credits
the whole invoice item by item, and only what is open is applied: the rest stays as the
customer's unapplied credit:

  $ dues credit INV-2026-0001 --full --reason "Cancelled"
  dues: error: a credit of 1384.01 EUR would credit more than INV-2026-0001 was invoiced for: 1384.01 EUR invoiced, 285.60 EUR credited already
  [4]
  $ dues invoice new acme --date 2026-02-01 --item "Licence:1:500"
  issued INV-2026-0002 acme 595.00 EUR due 2026-03-03
  $ dues credit INV-2026-0002 --full --reason "Licence returned" --dry-run
  2026-03-01 credit CN-2026-0002 customer acme invoice INV-2026-0002 subtotal 500.00 total 595.00 EUR reason "Licence returned"
    item "Licence" price 500.00 tax standard amount 500.00
    tax standard rate 19% base 500.00 amount 95.00
    apply INV-2026-0002 595.00
  $ cat >> journal/2026.dues <<'END'
  > 2026-02-10 payment PAY-2026-0002 customer acme amount 400.00 EUR
  >   apply INV-2026-0002 400.00
  > END
  $ dues credit INV-2026-0002 --full --reason "Licence returned"
  issued credit note CN-2026-0002 for INV-2026-0002: 595.00 EUR, 195.00 EUR applied to INV-2026-0002
  $ tail -n 5 journal/2026.dues
    apply INV-2026-0002 400.00
  2026-03-01 credit CN-2026-0002 customer acme invoice INV-2026-0002 subtotal 500.00 total 595.00 EUR reason "Licence returned"
    item "Licence" price 500.00 tax standard amount 500.00
    tax standard rate 19% base 500.00 amount 95.00
    apply INV-2026-0002 195.00
  $ dues customer show acme | tail -n 2
  CURRENCY   OPEN  OVERDUE  CREDIT  BALANCE  INVOICES  OVERDUE INVOICES
  EUR       98.41     0.00  400.00  -301.59         1                 0

--no-apply keeps the whole credit unapplied:

  $ dues invoice new acme --item "Extra:1:10:zero"
  issued INV-2026-0003 acme 10.00 EUR due 2026-03-31
  $ dues credit INV-2026-0003 --item "Extra:1:10:zero" --reason "Goodwill" --no-apply
  issued credit note CN-2026-0003 for INV-2026-0003: 10.00 EUR
  $ tail -n 3 journal/2026.dues
  2026-03-01 credit CN-2026-0003 customer acme invoice INV-2026-0003 subtotal 10.00 total 10.00 EUR reason "Goodwill"
    item "Extra" price 10.00 tax zero amount 10.00
    tax zero rate 0% base 10.00 amount 0.00
  $ dues check
  ok: 2 customers, 3 invoices, 3 credit notes, 2 payments, 0 refunds in 1 journal file

A credited invoice cannot be voided; a void invoice cannot be credited:

  $ dues invoice void INV-2026-0002 --reason "x"
  dues: error: INV-2026-0002 cannot be voided: money has been applied to or from it; issue a credit note instead (dues credit INV-2026-0002 --full --reason ...)
  [4]
  $ dues invoice new acme --item "Oops:1:10"
  issued INV-2026-0004 acme 11.90 EUR due 2026-03-31
  $ dues invoice void INV-2026-0004 --reason "Duplicate"
  voided INV-2026-0004 on 2026-03-01; its number stays used
  $ dues credit INV-2026-0004 --full --reason "x"
  dues: error: INV-2026-0004 is void; there is nothing to credit
  [4]

Mistakes are usage errors and change nothing:

  $ cp journal/2026.dues before.dues
  $ dues credit INV-2026-0001 --reason "x"
  dues: error: give either --full (credit the whole invoice) or --item "DESC:QTY:PRICE[:TAX]" for what is credited, not both
  [2]
  $ dues credit INV-2026-0001 --full --item "X:1:1" --reason "x"
  dues: error: give either --full (credit the whole invoice) or --item "DESC:QTY:PRICE[:TAX]" for what is credited, not both
  [2]
  $ dues credit INV-2026-0001 --full
  dues: error: --reason is required
  Run 'dues --help' or 'dues COMMAND --help' for usage.
  [2]
  $ dues credit INV-2099-0001 --full --reason "x"
  dues: error: no invoice 'INV-2099-0001' in the journal
  [2]
  $ dues credit PAY-2026-0001 --full --reason "x"
  dues: error: no invoice 'PAY-2026-0001' in the journal
  [2]
  $ dues credit INV-2026-0003 --item "X:1:1" --reason "x" --date 2026-01-01
  dues: error: the credit note's date 2026-01-01 is before the invoice's date 2026-03-01
  [2]
  $ dues credit INV-2026-0003 --item "X:1:1:gold" --reason "x"
  dues: error: unknown tax code 'gold' (not in [taxes] of dues.toml)
  [2]
  $ cmp before.dues journal/2026.dues

Credit notes show what they were applied to:

  $ dues invoice show CN-2026-0002
  credit note CN-2026-0002  open
  
  customer: acme  ACME Corp
  date:     2026-03-01
  invoice:  INV-2026-0002
  reason:   Licence returned
  
  DESCRIPTION  QTY   PRICE  TAX       AMOUNT
  Licence        1  500.00  standard  500.00
  
  Subtotal                            500.00
  VAT 19% on 500.00                    95.00
  Total EUR                           595.00
  Open on 2026-03-01                  400.00
  
  applied:
  DATE        KIND        ID             AMOUNT
  2026-03-01  applied-to  INV-2026-0002  195.00

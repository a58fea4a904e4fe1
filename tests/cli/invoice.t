dues invoice: issue invoices with gapless numbers, taxes, terms and stored totals;
drafts; voids; list and show.

  $ export DUES_TODAY=2026-03-01
  $ . "$TESTS/cli/invoicing_ledger.sh"

Issuing appends one entry with every amount stored. Items are DESC:QTY:PRICE[:TAX[:DISCOUNT]],
read from the right so descriptions may hold colons; TAX defaults to [defaults] tax:

  $ dues invoice new acme --date 2026-01-31 --item "Consulting: January:10:120.00" --item "Books:3:9.99:reduced:10%" --item "Shipping:1:5.00:zero" --po "PO 4711"
  issued INV-2026-0001 acme 1461.86 EUR due 2026-03-02
  $ cat journal/2026.dues
  2026-01-31 invoice INV-2026-0001 customer acme due 2026-03-02 terms net30 subtotal 1231.97 total 1461.86 EUR po "PO 4711"
    item "Consulting: January" qty 10 price 120.00 tax standard amount 1200.00
    item "Books" qty 3 price 9.99 tax reduced discount 10% amount 26.97
    item "Shipping" price 5.00 tax zero amount 5.00
    tax standard rate 19% base 1200.00 amount 228.00
    tax reduced rate 7% base 26.97 amount 1.89
    tax zero rate 0% base 5.00 amount 0.00
  $ dues check
  ok: 2 customers, 1 invoice, 0 credit notes, 0 payments, 0 refunds in 1 journal file

--dry-run prints the entry and writes nothing:

  $ cp journal/2026.dues before.dues
  $ dues invoice new acme --item "Support:1:100" --discount 5% --dry-run
  2026-03-01 invoice INV-2026-0002 customer acme due 2026-03-31 terms net30 discount 5% subtotal 95.00 total 113.05 EUR
    item "Support" price 100.00 tax standard amount 100.00
    tax standard rate 19% base 95.00 amount 18.05
  $ dues invoice new --item "Support:1:100" acme --dry-run | head -n 1
  2026-03-01 invoice INV-2026-0002 customer acme due 2026-03-31 terms net30 subtotal 100.00 total 119.00 EUR
  $ cmp before.dues journal/2026.dues

Terms: end of month + 30, 2/10 net 30 (cash discount), instalments, an explicit due date,
inclusive prices and an invoice discount as an amount:

  $ dues invoice new acme --date 2024-02-10 --terms eom30 --item "Leap:1:100" --dry-run | head -1
  2024-02-10 invoice INV-2024-0001 customer acme due 2024-03-30 terms eom30 subtotal 100.00 total 119.00 EUR
  $ dues invoice new acme --terms skonto --item "Goods:1:1000" --over-limit
  issued INV-2026-0002 acme 1190.00 EUR due 2026-03-31
  $ dues invoice new acme --terms thirds --item "Project:1:1000:zero"
  issued INV-2026-0003 acme 1000.00 EUR due 2026-04-30
  $ dues invoice new acme --due 2026-03-15 --prices inclusive --discount 19.00 --item "Gross:2:59.50"
  issued INV-2026-0004 acme 100.00 EUR due 2026-03-15
  $ tail -n 12 journal/2026.dues
  2026-03-01 invoice INV-2026-0002 customer acme due 2026-03-31 terms skonto cash-discount 2% cash-discount-until 2026-03-11 subtotal 1000.00 total 1190.00 EUR
    item "Goods" price 1000.00 tax standard amount 1000.00
    tax standard rate 19% base 1000.00 amount 190.00
  2026-03-01 invoice INV-2026-0003 customer acme due 2026-04-30 terms thirds subtotal 1000.00 total 1000.00 EUR
    item "Project" price 1000.00 tax zero amount 1000.00
    tax zero rate 0% base 1000.00 amount 0.00
    instalment 2026-03-01 333.30
    instalment 2026-03-31 333.30
    instalment 2026-04-30 333.40
  2026-03-01 invoice INV-2026-0004 customer acme due 2026-03-15 prices inclusive discount 19.00 subtotal 84.03 total 100.00 EUR
    item "Gross" qty 2 price 59.50 tax standard amount 119.00
    tax standard rate 19% base 84.03 amount 15.97
  $ dues check
  ok: 2 customers, 4 invoices, 0 credit notes, 0 payments, 0 refunds in 1 journal file

A yen invoice for a customer whose currency and terms are set:

  $ dues invoice new bolt --item "設計レビュー:3:50000" --item "Taxi:1:1234:zero:10%"
  issued INV-2026-0005 bolt 179611 JPY due 2026-03-15
  $ tail -n 5 journal/2026.dues
  2026-03-01 invoice INV-2026-0005 customer bolt due 2026-03-15 terms net14 subtotal 151111 total 179611 JPY
    item "\xe8\xa8\xad\xe8\xa8\x88\xe3\x83\xac\xe3\x83\x93\xe3\x83\xa5\xe3\x83\xbc" qty 3 price 50000 tax standard amount 150000 (esc)
    item "Taxi" price 1234 tax zero discount 10% amount 1111
    tax standard rate 19% base 150000 amount 28500
    tax zero rate 0% base 1111 amount 0

Mistakes are usage errors and change nothing:

  $ cp journal/2026.dues before.dues
  $ dues invoice new nobody --item "X:1:1"
  dues: error: unknown customer 'nobody' (not in customers.toml)
  [2]
  $ dues invoice new acme --item "X:1:1:gold"
  dues: error: unknown tax code 'gold' (not in [taxes] of dues.toml)
  [2]
  $ dues invoice new acme --item "X:one:1"
  dues: error: --item: expected "DESCRIPTION:QUANTITY:PRICE[:TAX[:DISCOUNT]]" such as "Consulting:10:120.00:standard:5%", not 'X:one:1'
  [2]
  $ dues invoice new acme
  dues: error: an invoice needs at least one --item "DESC:QTY:PRICE"
  [2]
  $ dues invoice new acme --item "X:1:1" --terms nope
  dues: error: unknown terms 'nope' (not in [terms] of dues.toml)
  [2]
  $ dues invoice new acme --item "X:1:1" --due 2026-02-30
  dues: error: --due: not a valid date (YYYY-MM-DD): '2026-02-30'
  [2]
  $ dues invoice new acme --item "X:1:1" --due 2026-02-01
  dues: error: due date 2026-02-01 is before the invoice date 2026-03-01
  [2]
  $ dues invoice new acme --item "X:1:1" --discount 5
  dues: error: the total would be negative: -4.76 EUR
  [2]
  $ dues invoice new acme --item "X:0:5"
  dues: error: --item: the quantity is zero: 'X:0:5'
  [2]
  $ dues invoice new acme --item "X:1:1" --prices gross
  dues: error: --prices: expected inclusive or exclusive, not 'gross'
  [2]
  $ dues invoice new acme --item "X:1:1" --number 12
  dues: error: series 'invoice' numbers its invoices itself; --number is only for a series with external = true
  [2]
  $ cmp before.dues journal/2026.dues

The credit limit (acme: 5000.00 EUR) is checked against the open balance; beyond it
nothing is issued and the exit code is 1, unless --over-limit:

  $ dues invoice new acme --item "Big:1:4000"
  dues: error: INV-2026-0006 for 4760.00 EUR would take customer 'acme' to a balance of 8511.86 EUR, over the credit limit of 5000.00 EUR (open now: 3751.86 EUR); nothing was issued (use --over-limit to issue it anyway)
  [1]
  $ cmp before.dues journal/2026.dues
  $ dues invoice new acme --item "Big:1:4000" --over-limit
  issued INV-2026-0006 acme 4760.00 EUR due 2026-03-31

An external series takes its numbers from outside (gap checks do not apply):

  $ dues invoice new bolt --series fapiao --item "X:1:100"
  dues: error: series 'fapiao' is numbered outside dues (external = true): give the assigned number with --number
  [2]
  $ dues invoice new bolt --series fapiao --number 26442000000012345678 --item "X:1:100"
  issued 26442000000012345678 bolt 119 JPY due 2026-03-15
  $ dues invoice new bolt --series fapiao --number 26442000000012345678 --item "X:1:100"
  dues: error: number 26442000000012345678 is already used
  [4]
  $ dues invoice new bolt --series nope --item "X:1:100"
  dues: error: unknown invoice series 'nope' (not a [series] of kind invoice in dues.toml)
  [2]

Drafts are TOML files for review; issuing assigns the number then, appends the
invoice (which records its draft as origin) and removes the draft:

  $ dues invoice new acme --draft --item "Design:8:95:standard" --ref "RF18539007547034" --note "Thank you"
  drafted drafts/acme-2026-03-01.toml for acme (904.40 EUR as of today); issue it with 'dues invoice issue acme-2026-03-01'
  $ cat drafts/acme-2026-03-01.toml
  # Draft invoice: review it, edit it, then issue it with 'dues invoice issue acme-2026-03-01'.
  # Numbers, taxes and totals are computed when it is issued (docs/drafts-and-recurring.md).
  customer = "acme"
  ref = "RF18539007547034"
  note = "Thank you"
  
  [[items]]
  description = "Design"
  qty = "8"
  price = "95"
  tax = "standard"
  $ dues invoice new acme --draft --name acme-april --date 2026-04-01 --item "Design:8:95"
  drafted drafts/acme-april.toml for acme (904.40 EUR as of today); issue it with 'dues invoice issue acme-april'
  $ dues invoice new acme --draft --name acme-april --item "Design:8:95"
  dues: error: drafts/acme-april.toml already exists; nothing was changed
  [4]
  $ dues invoice list --status draft
  DRAFT            CUSTOMER   TOTAL  CCY  PROBLEM
  acme-2026-03-01  acme      904.40  EUR
  acme-april       acme      904.40  EUR
  $ dues invoice list --status draft --format ids
  acme-2026-03-01
  acme-april
  $ dues invoice issue acme-2026-03-01 --dry-run
  dues: error: INV-2026-0007 for 904.40 EUR would take customer 'acme' to a balance of 9416.26 EUR, over the credit limit of 5000.00 EUR (open now: 8511.86 EUR); nothing was issued (use --over-limit to issue it anyway)
  [1]
  $ dues invoice issue acme-2026-03-01 --dry-run --over-limit
  2026-03-01 invoice INV-2026-0007 customer acme due 2026-03-31 terms net30 subtotal 760.00 total 904.40 EUR ref "RF18539007547034" note "Thank you" origin draft:acme-2026-03-01
    item "Design" qty 8 price 95.00 tax standard amount 760.00
    tax standard rate 19% base 760.00 amount 144.40
  $ dues invoice issue acme-2026-03-01 --over-limit
  issued INV-2026-0007 acme 904.40 EUR due 2026-03-31
  $ ls drafts
  acme-april.toml
  $ tail -n 3 journal/2026.dues
  2026-03-01 invoice INV-2026-0007 customer acme due 2026-03-31 terms net30 subtotal 760.00 total 904.40 EUR ref "RF18539007547034" note "Thank you" origin draft:acme-2026-03-01
    item "Design" qty 8 price 95.00 tax standard amount 760.00
    tax standard rate 19% base 760.00 amount 144.40

If dues stopped between appending and removing the draft, the draft is still there;
issuing it again is refused, because the journal records its origin:

  $ cat > drafts/acme-2026-03-01.toml <<'END'
  > customer = "acme"
  > [[items]]
  > description = "Design"
  > price = "95"
  > END
  $ dues invoice issue acme-2026-03-01
  dues: error: drafts/acme-2026-03-01.toml was already issued as INV-2026-0007 (origin draft:acme-2026-03-01); delete the draft, or rename it to issue it again
  [4]
  $ dues invoice issue nothing-here
  dues: error: no draft drafts/nothing-here.toml
  [2]
  $ printf 'customer = "acme"\ncolour = "red"\n[[items]]\nprice = 1.5\n' > drafts/bad.toml
  $ dues invoice issue drafts/bad.toml
  dues: error: drafts/bad.toml:2:1: unknown key 'colour' in draft drafts/bad.toml
  dues: error: drafts/bad.toml:3:1: item 1 of draft drafts/bad.toml needs a description
  dues: error: drafts/bad.toml:4:9: 'price' in item 1 of draft drafts/bad.toml must be a string such as "120.50" (floats cannot hold decimals exactly)
  dues: error: drafts/bad.toml has 3 errors; nothing was issued
  [3]
  $ dues invoice list --status draft
  DRAFT            CUSTOMER   TOTAL  CCY  PROBLEM
  acme-2026-03-01  acme      113.05  EUR
  acme-april       acme      904.40  EUR
  bad              acme                   drafts/bad.toml:4:9: 'price' in item 1 of draft drafts/bad.toml must be a string such as "120.50" (floats cannot hold decimals exactly)
  [1]
  $ rm drafts/bad.toml drafts/acme-2026-03-01.toml

Void keeps the number as a tombstone; an invoice money was applied to needs a credit
note instead:

  $ cat >> journal/2026.dues <<'END'
  > 2026-02-15 payment PAY-2026-0001 customer acme amount 500.00 EUR
  >   apply INV-2026-0001 500.00
  > END
  $ dues invoice void INV-2026-0001 --reason "Wrong customer"
  dues: error: INV-2026-0001 cannot be voided: money has been applied to or from it; issue a credit note instead (dues credit INV-2026-0001 --full --reason ...)
  [4]
  $ dues invoice void INV-2026-0004 --reason "Issued twice"
  voided INV-2026-0004 on 2026-03-01; its number stays used
  $ dues invoice void INV-2026-0004 --reason "Again"
  dues: error: INV-2026-0004 is already void
  [4]
  $ dues invoice void INV-2026-9999 --reason "?"
  dues: error: no invoice or credit note 'INV-2026-9999' in the journal
  [2]
  $ dues invoice void INV-2026-0005 --reason "Early" --date 2026-01-01
  dues: error: --date 2026-01-01 is before INV-2026-0005 was issued on 2026-03-01
  [2]
  $ tail -n 1 journal/2026.dues
  2026-03-01 void INV-2026-0004 reason "Issued twice"
  $ dues check
  ok: 2 customers, 8 invoices, 0 credit notes, 1 payment, 0 refunds in 1 journal file

List, by state, customer and day:

  $ dues invoice list
  ID                    DATE        DUE         CUSTOMER    TOTAL     OPEN  CCY  STATE
  INV-2026-0001         2026-01-31  2026-03-02  acme      1461.86   961.86  EUR  partially-paid
  INV-2026-0002         2026-03-01  2026-03-31  acme      1190.00  1190.00  EUR  open
  INV-2026-0003         2026-03-01  2026-04-30  acme      1000.00  1000.00  EUR  open
  INV-2026-0004         2026-03-01  2026-03-15  acme       100.00     0.00  EUR  void
  INV-2026-0005         2026-03-01  2026-03-15  bolt       179611   179611  JPY  open
  INV-2026-0006         2026-03-01  2026-03-31  acme      4760.00  4760.00  EUR  open
  26442000000012345678  2026-03-01  2026-03-15  bolt          119      119  JPY  open
  INV-2026-0007         2026-03-01  2026-03-31  acme       904.40   904.40  EUR  open
  $ dues invoice list --status open --customer acme
  ID             DATE        DUE         CUSTOMER    TOTAL     OPEN  CCY  STATE
  INV-2026-0001  2026-01-31  2026-03-02  acme      1461.86   961.86  EUR  partially-paid
  INV-2026-0002  2026-03-01  2026-03-31  acme      1190.00  1190.00  EUR  open
  INV-2026-0003  2026-03-01  2026-04-30  acme      1000.00  1000.00  EUR  open
  INV-2026-0006  2026-03-01  2026-03-31  acme      4760.00  4760.00  EUR  open
  INV-2026-0007  2026-03-01  2026-03-31  acme       904.40   904.40  EUR  open

One id a line (shell completions use it):

  $ dues invoice list --customer bolt --format ids
  INV-2026-0005
  26442000000012345678
  $ dues invoice list --status void --format ids
  INV-2026-0004
  $ dues invoice list --status overdue --as-of 2026-03-20 --format csv
  id,date,due,customer,total,open,currency,state
  INV-2026-0001,2026-01-31,2026-03-02,acme,1461.86,961.86,EUR,overdue
  INV-2026-0003,2026-03-01,2026-04-30,acme,1000.00,1000.00,EUR,overdue
  INV-2026-0005,2026-03-01,2026-03-15,bolt,179611,179611,JPY,overdue
  26442000000012345678,2026-03-01,2026-03-15,bolt,119,119,JPY,overdue
  $ dues invoice list --status void --format json
  [
    {
      "id": "INV-2026-0004",
      "date": "2026-03-01",
      "due": "2026-03-15",
      "customer": "acme",
      "total": "100.00",
      "open": "0.00",
      "currency": "EUR",
      "state": "void",
      "sent": null
    }
  ]
  $ dues invoice list --as-of 2026-01-31 --format csv
  id,date,due,customer,total,open,currency,state
  INV-2026-0001,2026-01-31,2026-03-02,acme,1461.86,1461.86,EUR,open
  $ dues invoice list --status unpaid
  dues: error: --status: expected open, paid, overdue, partially-paid, disputed, written-off, void or draft, not 'unpaid'
  [2]
  $ dues invoice list --customer nobody
  dues: error: --customer: unknown customer 'nobody' (not in customers.toml)
  [2]

Show: items, taxes, totals, state and what settled it:

  $ dues invoice show INV-2026-0001
  invoice INV-2026-0001  partially-paid
  
  customer:       acme  ACME Corp
  date:           2026-01-31
  due:            2026-03-02
  terms:          net30
  purchase order: PO 4711
  
  DESCRIPTION          QTY   PRICE  TAX       DISCOUNT   AMOUNT
  Consulting: January   10  120.00  standard            1200.00
  Books                  3    9.99  reduced        10%    26.97
  Shipping               1    5.00  zero                   5.00
  
  Subtotal                                              1231.97
  VAT 19% on 1200.00                                     228.00
  VAT 7% on 26.97                                          1.89
  Tax zero 0% on 5.00                                      0.00
  Total EUR                                             1461.86
  Open on 2026-03-01                                     961.86
  
  settled by:
  DATE        KIND     ID             AMOUNT
  2026-02-15  payment  PAY-2026-0001  500.00
  $ dues invoice show INV-2026-0003 --format json
  {
    "id": "INV-2026-0003",
    "kind": "invoice",
    "customer": "acme",
    "customer_name": "ACME Corp",
    "date": "2026-03-01",
    "due": "2026-04-30",
    "currency": "EUR",
    "terms": "thirds",
    "invoice": null,
    "reason": null,
    "reference": null,
    "purchase_order": null,
    "note": null,
    "origin": null,
    "opening": null,
    "prices": "exclusive",
    "discount": null,
    "items": [
      {
        "description": "Project",
        "quantity": "1",
        "unit": null,
        "price": "1000.00",
        "tax": "zero",
        "discount": null,
        "amount": "1000.00"
      }
    ],
    "taxes": [
      {
        "code": "zero",
        "name": "zero",
        "rate": "0%",
        "base": "1000.00",
        "amount": "0.00"
      }
    ],
    "subtotal": "1000.00",
    "tax": "0.00",
    "total": "1000.00",
    "as_of": "2026-03-01",
    "state": "open",
    "open": "1000.00",
    "instalments": [
      {
        "due": "2026-03-01",
        "amount": "333.30",
        "open": "333.30"
      },
      {
        "due": "2026-03-31",
        "amount": "333.30",
        "open": "333.30"
      },
      {
        "due": "2026-04-30",
        "amount": "333.40",
        "open": "333.40"
      }
    ],
    "settlements": [],
    "credit_notes": [],
    "direct_debit": null,
    "sent": []
  }
  $ dues invoice show INV-2026-0003 --as-of 2026-05-01 | tail -n 6
  
  instalments:
  DUE         AMOUNT    OPEN
  2026-03-01  333.30  333.30
  2026-03-31  333.30  333.30
  2026-04-30  333.40  333.40
  $ dues invoice show NOPE
  dues: error: no invoice or credit note 'NOPE' in the journal
  [2]

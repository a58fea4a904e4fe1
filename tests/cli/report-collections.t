dues report collections: a person's daily work list (docs/reports.md) on the dunning
example: overdue customers with the amount, the oldest days, the level reached, the last
contact, promises and the next action with its day.

  $ cp -R "$EXAMPLES/dunning" ledger && cd ledger
  $ export DUES_TODAY=2026-03-10

On 10 March reminders are due for three customers (as `dues remind` plans them); verein
opted out, so it is to be called:

  $ dues report collections
  Collections work list
  as of: 2026-03-10
  
  EUR: overdue customers
  CUSTOMER  OVERDUE  INVOICES  OLDEST  LEVEL  LAST CONTACT  BY       PROMISES  BROKEN  NEXT ACTION    ON          DETAIL
  kranich   3094.00         2      50      2  2026-02-21    remind          0       0  send reminder  2026-03-10  level 3
  harbour    590.00         1      43      1  2026-02-06    promise         0       0  send reminder  2026-03-10  level 2
  linde      595.00         1      40      0  2026-02-24    note            0       0  send reminder  2026-03-10  level 1
  verein     238.00         1      35      0                                0       0  call           2026-03-10  customer opted out (dunning\xe2\x80\xa6 (esc)
  --------------------------------------------------------------------------------------------------------------------------------------------
  total     4517.00         5
  
  OVERDUE: open and past due; OLDEST: days since the oldest overdue due date; LEVEL: highest reminder level sent for an open invoice
  $ dues report collections --format csv
  section,currency,customer,overdue,invoices,oldest_days,level,last_contact,contact,open_promises,broken_promises,next_action,next_date,detail
  customers,EUR,kranich,3094.00,2,50,2,2026-02-21,remind,0,0,send reminder,2026-03-10,level 3
  customers,EUR,harbour,590.00,1,43,1,2026-02-06,promise,0,0,send reminder,2026-03-10,level 2
  customers,EUR,linde,595.00,1,40,0,2026-02-24,note,0,0,send reminder,2026-03-10,level 1
  customers,EUR,verein,238.00,1,35,0,,,0,0,call,2026-03-10,"customer opted out (dunning = ""off"")"
  customers,EUR,total,4517.00,5,,,,,,,,,
  $ dues report collections --format json --customer harbour
  {
    "report": "collections",
    "as_of": "2026-03-10",
    "sections": [
      {
        "kind": "customers",
        "currency": "EUR",
        "rows": [
          {
            "customer": "harbour",
            "overdue": "590.00",
            "invoices": 1,
            "oldest_days": 43,
            "level": 1,
            "last_contact": "2026-02-06",
            "contact": "promise",
            "open_promises": 0,
            "broken_promises": 0,
            "next_action": "send reminder",
            "next_date": "2026-03-10",
            "detail": "level 2"
          }
        ],
        "total": {
          "customer": "total",
          "overdue": "590.00",
          "invoices": 1,
          "oldest_days": null,
          "level": null,
          "last_contact": null,
          "contact": "",
          "open_promises": null,
          "broken_promises": null,
          "next_action": "",
          "next_date": null,
          "detail": ""
        }
      }
    ],
    "warnings": []
  }

A promise holds dunning back: the work list waits for its day, then, when it is broken,
says to call:

  $ dues promise FR-2026-0003 --date 2026-03-20 --text "Ms Linde, by phone" > /dev/null
  $ dues report collections --customer linde --format csv | cut -d, -f3-
  customer,overdue,invoices,oldest_days,level,last_contact,contact,open_promises,broken_promises,next_action,next_date,detail
  linde,595.00,1,40,0,2026-03-10,promise,1,0,wait for promise,2026-03-20,FR-2026-0003 promised by 2026-03-20
  total,595.00,1,,,,,,,,,
  $ dues report collections --as-of 2026-03-25 --customer linde --format csv | cut -d, -f3-
  customer,overdue,invoices,oldest_days,level,last_contact,contact,open_promises,broken_promises,next_action,next_date,detail
  linde,595.00,1,55,0,2026-03-10,promise,0,1,send reminder,2026-03-25,level 1
  total,595.00,1,,,,,,,,,

After the reminders went out, the next action is the next level on its day:

  $ dues remind --send --outbox out > /dev/null
  $ dues report collections --customer kranich --format csv | cut -d, -f3-
  customer,overdue,invoices,oldest_days,level,last_contact,contact,open_promises,broken_promises,next_action,next_date,detail
  kranich,3094.00,2,50,3,2026-03-10,remind,0,0,reminder,2026-03-21,level 2
  total,3094.00,2,,,,,,,,,

A customer that paid everything overdue is no longer listed; a payment on the day of
the promise keeps it (regression: it used to make the ledger invalid, "FR-2026-0003 has
nothing open on 2026-03-10: a promise needs an unpaid invoice"):

  $ dues pay linde 595.00 --apply FR-2026-0003 > /dev/null
  $ dues check
  ok: 4 customers, 5 invoices, 0 credit notes, 2 payments, 0 refunds in 1 journal file
  $ dues report collections --format csv | cut -d, -f3 | sort
  customer
  harbour
  kranich
  total
  verein
